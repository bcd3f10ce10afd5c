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

    // A statement asked for one section of words (ModelStatement.Find and Contains) is answered only where the scan already
    // places the section: placing it would widen what every later scan places, and so what the places of other sections
    // are read from (the status report scope among them).
    [Fact]
    public void A_span_asked_for_one_section_places_nothing_and_is_answered_once_the_section_is_placed()
    {
        Lexicon lexicon = Lexicon.Parse("language = xx\n\n[total]\ngesamt\nsumme\n\n[completion]\nalles fertig\n", "xx.lex");
        ReportDocument document = Document("Die summe ist 3.\n\nAlles fertig.\n", lexicon);
        Triggers triggers = Triggers.Of(document);
        var total = new LexiconSection("total");
        TextSpan first = document.Text.GetLineSpan(1), third = document.Text.GetLineSpan(3);
        Placement before = lexicon.Triggers.Placing;

        Assert.True(triggers.MayHoldSection(third, total));
        Assert.Same(before, lexicon.Triggers.Placing);

        // Asked as a set of sections, it is placed and the document scanned again; from then on the span is answered.
        Assert.False(triggers.MayHold(third, "total"));
        Assert.False(triggers.MayHoldSection(third, total));
        Assert.True(triggers.MayHoldSection(first, total));
    }

    private static ReportDocument Document(string text, Lexicon lexicon) =>
        new(SourceText.From(text), "rapport.md", lexicon, AnalysisOptions.Default);
}
