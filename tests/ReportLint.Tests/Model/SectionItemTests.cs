using ReportLint.Analysis;
using ReportLint.Lexicons;
using ReportLint.Rules;
using ReportLint.Text;
using ReportLint.Model;

namespace ReportLint.Tests.Model;

public class SectionItemTests
{
    [Fact]
    public void The_items_under_a_section_leave_its_heading_out()
    {
        ReportModel model = ReportModelTests.ModelOf("# R\n\n## Ops ✅ 90% COMPLETE\n\n- [x] Backups\n- [ ] Runbooks\n\n## Next\n\n- [ ] Other\n");
        ModelSection ops = model.Sections.Single(s => s.Title.ToString().StartsWith("Ops", StringComparison.Ordinal));

        Assert.Equal(["Backups", "Runbooks"], model.ItemsUnder(ops).Select(i => i.Title.ToString()));
    }

    [Fact]
    public void A_cells_empty_and_unknown_words_are_lexicon_data()
    {
        const string table = "| Check | Result | Target |\n|---|---|---|\n| A | 12 | n/a |\n| B | TBD | — |\n| C | à définir | - |\n";
        ModelRow[] rows = [.. Assert.Single(ReportModelTests.ModelOf(table).Tables).Body];
        Assert.Equal([false, true, false], rows.Select(r => r.Cells[1].IsPlaceholder));
        Assert.Equal([true, true, true], rows.Select(r => r.Cells[2].IsPlaceholder));
        Assert.Equal([false, false, false], rows.Select(r => r.Cells[1].IsEmptyMark));

        // A language extends the sections: French words for a value not known yet.
        Lexicon french = Lexicon.Merge([BuiltInRules.LoadLexicon(), Lexicon.Parse("language = fr\n[cell.unknown]\nà définir\n", "test.lex")]);
        ReportModel model = ReportModel.Of(new ReportDocument(SourceText.From(table), null, french, AnalysisOptions.Default));
        Assert.Equal([false, true, true], Assert.Single(model.Tables).Body.Select(r => r.Cells[1].IsPlaceholder));
    }
}
