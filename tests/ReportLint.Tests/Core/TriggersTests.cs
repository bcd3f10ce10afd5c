using ReportLint.Analysis;
using ReportLint.Claims;
using ReportLint.Lexicons;
using ReportLint.Rules;
using ReportLint.Text;

namespace ReportLint.Tests.Core;

/// <summary>
/// Whether a span may hold a phrase of some sections: the triggers keep the last sets asked, resolved against their
/// scan. Asked of many sets in turn (more than they keep, some placed only on the way, so the scan is made again), each
/// answer must be the one a document's first question gets.
/// </summary>
public class TriggersTests
{
    private const string Report =
        "# Rapport de sprint\n\n- ✅ Connexion terminée\n- ⏳ Export en cours\n\nTotal : 12 tâches, dont 3 bloquées.\n\nAll tests pass.\n";

    [Fact]
    public void Answers_each_set_of_sections_as_on_a_first_question_however_many_sets_are_asked()
    {
        Lexicon lexicon = BuiltInRules.LoadLexicon();
        LexiconSection[] single = [.. LexiconSections.Status, LexiconSections.Total, LexiconSections.Period, LexiconSections.Metric];
        var sets = new List<string[]>();
        for (int round = 0; round < 3; round++)
        {
            // New arrays each round: the same sections under another reference, and pairs as well as single sections.
            sets.AddRange(single.Select(s => new[] { s.Name }));
            sets.AddRange(single.Zip(single.Skip(1), (a, b) => new[] { a.Name, b.Name }));
        }

        var document = Document(Report, lexicon);
        var lines = Enumerable.Range(1, document.Text.LineCount).Select(document.Text.GetLineSpan).ToArray();
        var answers = new List<string>();
        var expected = new List<string>();
        foreach (string[] sections in sets)
        {
            foreach (TextSpan line in lines)
            {
                answers.Add($"{string.Join(",", sections)} @{line.Start}: {Triggers.Of(document).MayHold(line, sections)}");
                expected.Add($"{string.Join(",", sections)} @{line.Start}: {Triggers.Of(Document(Report, lexicon)).MayHold(line, sections)}");
            }
        }

        Assert.Equal(expected, answers);
        Assert.Contains($"status.met @{lines[2].Start}: True", answers);
        Assert.Contains($"status.met @{lines[3].Start}: False", answers);
    }

    [Fact]
    public void Answers_whether_a_section_may_occur_in_English_and_French_the_same_when_asked_again()
    {
        Lexicon lexicon = BuiltInRules.LoadLexicon();
        Triggers english = Triggers.Of(Document("# Release notes\n\nVersion 2.4 adds a setting. See the docs.\n", lexicon));
        Triggers french = Triggers.Of(Document(Report, lexicon));
        var total = LexiconSections.Total;
        var met = LexiconSections.StatusMet;

        for (int round = 0; round < 2; round++)
        {
            // A numbered section, a section with marks among its phrases, a name the lexicon does not know.
            Assert.True(french.Any(total.Name));
            Assert.False(english.Any(total.Name));
            Assert.True(french.Any(met.Name));
            Assert.False(english.Any("no.such.section"));
            Assert.True(english.Any("no.such.section", met.Name) == english.Any(met.Name));
            Assert.True(french.MayOccur(total));
            Assert.False(english.MayOccur(total));
            Assert.True(english.MayOccur(new LexiconSection("no.such.section")));
        }
    }

    private static ReportDocument Document(string text, Lexicon lexicon) =>
        new(SourceText.From(text), "rapport.md", lexicon, AnalysisOptions.Default);
}
