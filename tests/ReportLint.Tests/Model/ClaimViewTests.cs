using ReportLint.Model;
using static ReportLint.Tests.Model.ReportModelTests;

namespace ReportLint.Tests.Model;

public class ClaimViewTests
{
    [Fact]
    public void TextOf_quotes_a_span_as_written_with_accents_and_repaired_mojibake()
    {
        const string text = "- **Certifié le** : 17 juin\n- **ValidÃ© par** : l'équipe\n";
        ReportModel model = ModelOf(text);

        PhraseHit certified = model.Statements[0].Find(new ReportLint.Lexicons.LexiconSection("hype")).Single();
        PhraseHit validated = model.Statements[1].Find(new ReportLint.Lexicons.LexiconSection("hype")).Single();

        Assert.Equal("Certifié le", model.TextOf(certified.Span).ToString());
        Assert.Equal("Validé par", model.TextOf(validated.Span).ToString());
    }

    [Fact]
    public void Views_read_the_same_text_each_time_in_English_and_French()
    {
        ReportModel model = ModelOf("# Étape 2 : ✅ TERMINÉE\n\n- Le module est **certifié** (voir `make audit`)\n- The service is enterprise-grade\n");
        ModelStatement french = model.Statements[1], english = model.Statements[2];

        // Views are made at each read from what the statement holds: two reads agree, code stays blanked.
        Assert.Equal("Le module est **certifié** (voir " + new string(' ', "`make audit`".Length) + ")", french.Prose.ToString());
        Assert.Equal(french.Prose.ToString(), french.Prose.ToString());
        Assert.Equal("certifié", french.Prose[french.Find(new ReportLint.Lexicons.LexiconSection("hype")).Single().Span].ToString());
        Assert.Equal(french.Folded.Text, french.Folded.Text);
        Assert.True(english.Folded.Contains(new ReportLint.Lexicons.LexiconSection("hype")));
        Assert.Equal("etape 2 : ✅ terminee", model.Sections[0].Folded.Text);
        Assert.Equal(ReportLint.Claims.StatusKind.Met, model.Sections[0].Status);
    }

    [Fact]
    public void Default_views_are_empty_and_find_nothing()
    {
        ProseView prose = default;
        FoldedView folded = default;

        Assert.Equal(string.Empty, prose.ToString());
        Assert.Equal(0, prose[default].Length);
        Assert.Equal(string.Empty, folded.Text);
        Assert.False(folded.Contains(new ReportLint.Lexicons.LexiconSection("hype")));
        Assert.Empty(folded.Find(new ReportLint.Lexicons.LexiconSection("hype")));
    }

    [Fact]
    public void MayHold_is_false_only_for_statements_that_cannot_hold_the_phrase()
    {
        ReportModel model = ModelOf("- Coverage: 85%\n- Status: enterprise-grade\n");

        Assert.False(model.MayHold(model.Statements[0], new ReportLint.Lexicons.LexiconSection("hype")));
        Assert.True(model.MayHold(model.Statements[1], new ReportLint.Lexicons.LexiconSection("hype")));
    }

    [Fact]
    public void StanceAt_reads_the_clause_of_a_phrase()
    {
        ReportModel model = ModelOf("- No system is 100% secure\n- Le module n'est pas encore certifié\n- Uptime: 100%\n");

        PhraseHit secure = model.Statements[0].Find(new ReportLint.Lexicons.LexiconSection("absolute.other")).Single();
        PhraseHit certified = model.Statements[1].Find(new ReportLint.Lexicons.LexiconSection("hype")).Single();

        Assert.Equal(FactStance.Negated, model.StanceAt(model.Statements[0], secure.Span));
        Assert.Equal(FactStance.Negated, model.StanceAt(model.Statements[1], certified.Span));
        Assert.Equal(FactStance.None, model.StanceAt(model.Statements[2], model.Statements[2].Values[0].Span));
    }

    [Fact]
    public void RoleAt_reads_the_cues_and_the_column_of_a_value()
    {
        ReportModel model = ModelOf("- Coverage target: 100%\n\n| Metric | Target | Actual |\n|---|---|---|\n| Uptime | 100% | 99% |\n");

        ModelStatement item = model.Statements[0];
        ModelStatement row = model.Statements.Last();

        Assert.Equal(FactRole.Target, model.RoleAt(item, item.Values[0].Span));
        Assert.Equal(FactRole.Target, model.RoleAt(row, row.Values[0].Span));
        Assert.Equal(FactRole.Actual, model.RoleAt(row, row.Values[1].Span));
    }
}
