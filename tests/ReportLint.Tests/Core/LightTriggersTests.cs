using ReportLint.Analysis;
using ReportLint.Lexicons;
using ReportLint.Rules;
using ReportLint.Tests.Harness;
using ReportLint.Text;

namespace ReportLint.Tests.Core;

/// <summary>
/// A page of ASCII alone whose scan would surely be complete is asked the status report scope's questions without the
/// scan of its whole text: the marks are looked for in the raw text, the scope's words in the scans of the front and
/// heading lines. Each answer must be the one the whole scan gives, in the order the rules ask them, and so must the
/// places the scan records when a later question makes it.
/// </summary>
public class LightTriggersTests
{
    private static readonly string[] Texts =
    [
        // A status report only by a word deep in a heading, past the front.
        "Intro\n" + string.Concat(Enumerable.Repeat("Some prose line about widgets and gadgets.\n\n", 30)) + "## Widgets\n\nText.\n\n### The migration is done\n",
        // Only by a word in a paragraph above a setext underline, two lines above it.
        string.Concat(Enumerable.Repeat("Prose about widgets.\n\n", 25)) + "Everything here\nis now complete\n---\n\nMore prose.\n",
        // A word in a paragraph with no underline below it, and an underline in the next paragraph.
        string.Concat(Enumerable.Repeat("Prose about widgets.\n\n", 25)) + "The work is complete\n\nTitle\n===\n",
        // A status mark in the last line only, without a line break after it.
        string.Concat(Enumerable.Repeat("Prose about widgets.\n\n", 25)) + "- [x]",
        string.Concat(Enumerable.Repeat("Prose about widgets.\n\n", 25)) + "- [ ] later",
        // Marks the fold reads through markup, white space and line breaks, and brackets that are no mark.
        "Intro\n\n" + string.Concat(Enumerable.Repeat("Prose.\n\n", 25)) + "a [**x**] b\n",
        "Intro\n\n" + string.Concat(Enumerable.Repeat("Prose.\n\n", 25)) + "a [\n] b\n",
        "Intro\n\n" + string.Concat(Enumerable.Repeat("Prose.\n\n", 25)) + "a [  \t ] b\n",
        "Intro\n\n" + string.Concat(Enumerable.Repeat("Prose.\n\n", 25)) + "a [_x_] b [`x`] c [~~x~~] d [x_] e\n",
        "Intro\n\n" + string.Concat(Enumerable.Repeat("Prose.\n\n", 25)) + "see [the docs](x) and [link] and [] and x] and 50 %\n",
        "]x] [x\n",
        // Runs the scan gives up on: more than eight dropped markers in a word, a long word with one.
        "Intro\n\n" + string.Concat(Enumerable.Repeat("Prose.\n\n", 25)) + "a*b*c*d*e*f*g*h*i*j*k done\n",
        "Intro\n\n" + string.Concat(Enumerable.Repeat("Prose.\n\n", 25)) + new string('a', 300) + " * done\n",
        "Intro\n\n" + string.Concat(Enumerable.Repeat("Prose.\n\n", 25)) + new string('a', 300) + "_b done\n",
        // Not ASCII: read whole.
        "Intro\n\n" + string.Concat(Enumerable.Repeat("Prose.\n\n", 25)) + "- ✅ shipped\n",
        "# Rapport\n\nTout est terminé.\n",
        // Headings and front with line breaks of every kind, and a page that is no report.
        "Status report\r\n\r\nText.\r\n",
        "Title\rDone\r\r" + string.Concat(Enumerable.Repeat("Prose.\r\r", 25)) + "# Final report\r",
        "# Widgets\n\nHow to configure widgets. All options are described below.\n\n## Options\n\nSet `name` to a value.\n",
        "",
        // Heading lines past the front that are paragraphs of their own (scanned once for both uses), one that is not
        // (a line of prose under it), lines of every length around the walk's blocks of 64 characters, and lines that
        // open with white space the walk does not skip first.
        string.Concat(Enumerable.Repeat("Prose about widgets that runs on for a while, past the block.\n\n", 25)) + "# Final report\n\n## Done\nAll complete.\n\n---\n",
        string.Concat(Enumerable.Range(55, 20).Select(n => new string('w', n) + "\n\n")) + "# Status report\n\n" + new string('x', 63) + "\n## Final\n",
        string.Concat(Enumerable.Repeat("Prose.\r\n\r\n", 25)) + "# Final report\r\n\r\nDone\r\n===\r\n",
        string.Concat(Enumerable.Repeat("Prose.\n\n", 25)) + "\v# Final report\n\n\f## Status report\n\n \t# complete\n",
        // RL4003's words: in a heading, in prose, split by markup, inside longer words, and not at all.
        "# Final report\n\nText.\n",
        "Intro\n\n" + string.Concat(Enumerable.Repeat("Prose.\n\n", 25)) + "This is final. TODO: more. Write to your@example.com.\n",
        "Intro\n\n" + string.Concat(Enumerable.Repeat("Prose.\n\n", 25)) + "The fi**nal** word, a *to*do, `tbd`s\n",
        "Intro\n\n" + string.Concat(Enumerable.Repeat("Prose.\n\n", 25)) + "Finally, the finals, todos and tbdx.\n",
        "Intro\n\n" + string.Concat(Enumerable.Repeat("Prose.\n\n", 25)) + "## Finalized\n\nA snake_final and final_x.\n",
    ];

    public static TheoryData<string> Corpora() => Repo.WithShared("texts", "examples", "docs");

    private static IEnumerable<(string Name, string Text)> Corpus(string corpus) => corpus switch
    {
        "texts" => Texts.Select((text, i) => ($"text {i}", text)),
        _ => ReportLint.Tests.Acceptance.RegionTriageTests.Texts(corpus),
    };

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Answers_the_scope_as_the_whole_scan_does(string corpus)
    {
        Lexicon lexicon = PlacedLexicon();
        int light = 0;
        foreach ((string name, string text) in Corpus(corpus))
        {
            Assert.Equal(Answers(name, text, lexicon, lightly: false), Answers(name, text, lexicon, lightly: true));
            light += TriggerTable.IsAscii(text) && TriggerTable.SurelyComplete(text) ? 1 : 0;
        }

        // The examples and seeds are reports with marks beyond ASCII: read whole, as they must be.
        Assert.True(light > 0 || corpus is "examples" or "seeds", "no page was read lightly");
    }

    [SharedFact("corpus/reports/docs")]
    public void Answers_the_scope_as_the_whole_scan_does_on_the_labelled_reports()
    {
        Lexicon lexicon = PlacedLexicon();
        foreach (string file in Directory.GetFiles(Path.Combine(Repo.Shared!, "corpus", "reports", "docs"), "*.md"))
        {
            string text = SourceText.FromBytes(File.ReadAllBytes(file)).Text;
            Assert.Equal(Answers(file, text, lexicon, lightly: false), Answers(file, text, lexicon, lightly: true));
        }
    }

    [Fact]
    public void Reads_a_plain_page_without_scanning_it_whole()
    {
        Lexicon lexicon = BuiltInRules.LoadLexicon();
        Triggers triggers = Triggers.Of(Document(Texts[^2], lexicon));
        Assert.False(triggers.MayBeStatusReport());
        Assert.False(triggers.AnyInHeadingParagraph("report.final"));
        var scan = typeof(Triggers).GetField("_scan", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;
        Assert.Null(scan.GetValue(triggers));
    }

    [Theory]
    [InlineData("plain words and `code` and **bold** here", true)]
    [InlineData("a*b*c*d*e*f*g*h*i*j", false)]
    [InlineData("a*b*c*d*e*f*g*h", true)]
    public void Tells_a_surely_complete_scan(string text, bool complete)
    {
        Assert.Equal(complete, TriggerTable.SurelyComplete(text));
        if (complete)
        {
            Lexicon lexicon = BuiltInRules.LoadLexicon();
            Assert.True(lexicon.Triggers.Scan(text.AsSpan(), []).Complete);
        }
    }

    // The answers in the order the rules ask them (the scope first, then RL4003's questions), and the places of the
    // scope's words once the whole scan is made.
    private static string Answers(string name, string text, Lexicon lexicon, bool lightly)
    {
        Triggers triggers = Triggers.Of(Document(text, lexicon));
        triggers.Lightly = lightly;
        string answers = $"{name}: report {triggers.MayBeStatusReport()}, marks {triggers.AnyStatusSymbol()}, " +
            $"completion {triggers.AnyInHeadingOrFront("completion")}, kind {triggers.AnyInHeadingOrFront("report.kind")}, " +
            $"final {triggers.AnyInHeadingParagraph("report.final")}, markers {triggers.Any("placeholder.marker")}, " +
            $"address words {triggers.Any("placeholder.email")}";
        return answers + $", places {Places(triggers, "completion")} {Places(triggers, "report.kind")} {Places(triggers, "report.final")}";
    }

    // A lexicon of this test's own (its table's placement is shared by every document of it, and other tests place
    // other sections), with the sections asked here placed: each page is then asked under one placement both ways.
    private static Lexicon PlacedLexicon()
    {
        Lexicon lexicon = Lexicon.Merge([BuiltInRules.LoadLexicon()]);
        _ = Answers("warm-up", "# Title\n", lexicon, lightly: false);
        return lexicon;
    }

    private static string Places(Triggers triggers, string section) =>
        triggers.PlacesOf(section) is { } places ? string.Join(",", places) : "anywhere";

    private static ReportDocument Document(string text, Lexicon lexicon) =>
        new(SourceText.From(text), "page.md", lexicon, AnalysisOptions.Default);
}
