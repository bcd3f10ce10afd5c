using ReportLint.Analysis;
using ReportLint.Lexicons;
using ReportLint.Rules;
using ReportLint.Tests.Harness;
using ReportLint.Text;

namespace ReportLint.Tests.Core;

/// <summary>
/// A page whose scan would surely be complete, of ASCII alone or beyond ASCII without mojibake, is asked the status
/// report scope's questions without the scan of its whole text: the marks are looked for in the raw text, the scope's
/// words in the scans of the front and heading lines. Each answer must be the one the whole scan gives, in the order the rules ask them, and so must the
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
        // Front matter: its title is a heading line, its other fields and its closing line are none; a file whose first
        // line opens front matter never closed has none; a line beside a heading is not the heading.
        "---\ntitle: Widgets\nsummary: The status of each widget\n---\n" + string.Concat(Enumerable.Repeat("Prose.\n\n", 25)) + "# Widgets\n",
        "---\nlayout: post\n" + string.Concat(Enumerable.Repeat("tag: x\n", 25)) + "title: Sprint 4 report\n---\n" + string.Concat(Enumerable.Repeat("Prose.\n\n", 25)),
        "---\n" + string.Concat(Enumerable.Repeat("key: value\n", 25)) + "summary: the work is complete\n...\nFirst paragraph, done.\n",
        "---\ntitle: Widgets\n" + string.Concat(Enumerable.Repeat("Prose.\n\n", 25)) + "Status report\n---\n",
        string.Concat(Enumerable.Repeat("Prose.\n\n", 25)) + "### Groups\nThis report was generated, all complete.\n",
        // Marks in a programming language's code block, closed or not, and in a YAML block.
        "# Effects\n\nAll fixed.\n\n```js\n// [x] good, fixed\n```\n",
        "# Effects\n\nAll fixed.\n\n````jsx title=a\n// [x] good\n```\n- [x] fixed\n",
        "# Effects\n\nAll fixed.\n\n```yaml\n- [x] fixed\n```\n",
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

    /// <summary>
    /// The completeness test gives what the test it replaced gives (a search for the next marker from the end of each
    /// stretch, letters and groups counted in every stretch holding one), on texts of stretches of every length around
    /// the limits (sixteen characters, eight groups, 256 letters) and the finder's blocks of 64 characters, and where
    /// it says complete on a text of ASCII alone, so is the scan. Beyond ASCII it reads each character as a letter the
    /// fold may give three of (é gives one, a combining mark none, a Hangul syllable three, œ two): it may say
    /// incomplete where the scan is complete, never the other way round.
    /// </summary>
    [Fact]
    public void Tells_a_surely_complete_scan_as_the_stretch_by_stretch_test_did()
    {
        Lexicon lexicon = BuiltInRules.LoadLexicon();
        var random = new Random(51);
        string[] pieces = ["a", "b", "7", "*", "`", "_", "~", " ", "\n", "\t", "\r\n", ".", "]", "é", "**", "x_y", "`c`", "~~", "œ", "e\u0301", "’", "한", "\u00A0"];
        var texts = new List<string>
        {
            "a*b*c*d*e*f*g*h", "a*b*c*d*e*f*g*h*", "a*b*c*d*e*f*g*h*i", "*a*b*c*d*e*f*g*h", "**a**b**c**d**e**f**g**h",
            new string('a', 256) + "*", new string('a', 257) + "*", new string('a', 257) + " *b", new string('a', 256) + " *b",
            new string('a', 257) + " \n\t*b", new string('a', 300) + "é*b", new string('x', 63) + "*" + new string('y', 300),
            "* " + new string('a', 257), new string('a', 257) + "\u00A0*b", new string('a', 257) + "\u000B*b",
            new string('œ', 129) + "*b", new string('한', 86) + "*b", new string('한', 86) + " *b", string.Concat(Enumerable.Repeat("e\u0301", 130)) + "*b",
        };

        for (int i = 0; i < 3000; i++)
        {
            var text = new System.Text.StringBuilder();
            int count = random.Next(1, 80);
            for (int k = 0; k < count; k++)
            {
                text.Append(random.Next(12) == 0 ? new string('w', random.Next(1, 300)) : pieces[random.Next(pieces.Length)]);
            }

            texts.Add(text.ToString());
        }

        foreach (string text in texts)
        {
            bool complete = TriggerTable.SurelyComplete(text);
            if (TriggerTable.IsAscii(text))
            {
                Assert.True(StretchByStretch(text) == complete, $"differs on \"{text}\"");
            }

            if (complete)
            {
                Assert.True(lexicon.Triggers.Scan(text.AsSpan(), []).Complete, $"not complete: \"{text}\"");
            }
        }
    }

    /// <summary>
    /// The marks found in the raw text of an ASCII page are those the scan finds, asked one mark at a time (so the
    /// search for ']' alone, for '%' alone and for both is each made) and all together.
    /// </summary>
    [Fact]
    public void Finds_each_mark_in_the_raw_text_as_the_scan_does()
    {
        TriggerTable table = BuiltInRules.LoadLexicon().Triggers;
        string[] texts =
        [
            "- [x] done\n- [ ] later", "a [**x**] b", "a [\n] b", "50 % and 80%", "see [the docs](x) and [] and x]", "]x] [x\n",
            "[X] [-] [~] [/] [!]", "100 %", "", "no mark here", "x ]", "a [_x_] b [`x`] c [~~x~~] d [x_] e",
        ];
        int[] marks = Enumerable.Range(table.WordCount, table.Marks.Length).Where(id => table.Marks[id - table.WordCount][^1] is ']' or '%').ToArray();
        Assert.Contains(marks, id => table.Marks[id - table.WordCount][^1] == ']');
        foreach (string text in texts)
        {
            bool[] present = table.Scan(text.AsSpan(), []).Present;
            foreach (int id in marks)
            {
                Assert.True(present[id] == table.AnyMarkInAscii(text, [id]), $"mark \"{table.Marks[id - table.WordCount]}\" in \"{text}\"");
            }

            Assert.Equal(marks.Any(id => present[id]), table.AnyMarkInAscii(text, marks));
        }
    }

    // Pages beyond ASCII without mojibake, read lightly: accents, ligatures, combining marks, typographic quotes and
    // spaces, other scripts, words the fold reads through markers, and the marks beyond ASCII.
    private static readonly string[] BeyondAscii =
    [
        "# RAPPORT D’AVANCEMENT\n\nTout est TERMINÉ et validé.\n", "L’État a publié l’œuvre. Œuvre complète.\n",
        "e\u0301tat du projet : termine\u0301\n", "*termi*né* et **ter**miné\n", "Statut\u00A0: à faire\n", "État ✅ livré\n",
        "- ❌ échec\n- ⏳ en cours\n- ⚠ à revoir\n", "Straße über Größe\n", "Přehled stavu: hotovo, ověřeno\n",
        "Durum raporu: tamamlandı İstanbul\n", "статус: готово\n", "한국어 보고서\n", "[é] [✓] [✔] 50 %\n", "🟢 done 🔴 failed\n",
        "Sprint review — “done” … «terminé»\n", "ﬁnished ﬁnal\n", "x_é_y and é_x\n", "TODO: écrire le rapport final\n",
    ];

    /// <summary>
    /// On a page beyond ASCII, the raw search for a section's words never says no where the scan finds a phrase of it,
    /// for every section of the lexicon.
    /// </summary>
    [Fact]
    public void Finds_the_words_of_a_page_beyond_ASCII_wherever_the_scan_does()
    {
        Lexicon lexicon = PlacedLexicon();
        TriggerTable table = lexicon.Triggers;
        int asked = 0;
        foreach (string text in BeyondAscii)
        {
            Triggers whole = Triggers.Of(Document(text, lexicon));
            whole.Lightly = false;
            foreach (string section in lexicon.Sections)
            {
                if (!table.AnyInText(text, section))
                {
                    asked++;
                    Assert.False(whole.Any(section), $"section {section} in \"{text}\"");
                }
            }
        }

        Assert.True(asked > 0);
    }

    /// <summary>
    /// On a page beyond ASCII, the raw search for marks never says no where the scan finds one: a mark ending beyond
    /// ASCII where a character folds to its last, a mark ending in ']' or '%' read back as the fold gives it (or left to
    /// the scan where a character before it is one the fold changes).
    /// </summary>
    [Fact]
    public void Finds_the_marks_of_a_page_beyond_ASCII_wherever_the_scan_does()
    {
        TriggerTable table = BuiltInRules.LoadLexicon().Triggers;
        int[] marks = Enumerable.Range(table.WordCount, table.Marks.Length).ToArray();
        Assert.Contains(marks, id => table.Marks[id - table.WordCount][^1] >= 0x80);
        foreach (string text in BeyondAscii)
        {
            bool[] present = table.Scan(text.AsSpan(), []).Present;
            foreach (int id in marks)
            {
                if (present[id])
                {
                    Assert.True(table.AnyMarkInAscii(text, [id]) || table.AnyMarkEndingBeyondAscii(text, [id]),
                        $"mark \"{table.Marks[id - table.WordCount]}\" in \"{text}\"");
                }
            }
        }

        int[] status = marks.Where(id => "✅❌⏳⚠".Contains(table.Marks[id - table.WordCount][^1], StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(status);
        Assert.True(table.AnyMarkEndingBeyondAscii("État ✅ livré", status));
        Assert.False(table.AnyMarkEndingBeyondAscii("L’État a publié l’œuvre « complète ».", status));
    }

    [Fact]
    public void Answers_the_scope_of_pages_beyond_ASCII_as_the_whole_scan_does()
    {
        Lexicon lexicon = PlacedLexicon();
        foreach (string text in BeyondAscii)
        {
            Assert.Equal(Answers(text, text, lexicon, lightly: false), Answers(text, text, lexicon, lightly: true));
        }
    }

    // The question's answer on the page, read lightly and with the whole scan.
    private static void AssertBothWays(string text, Func<Triggers, bool> question, bool expected)
    {
        Lexicon lexicon = PlacedLexicon();
        foreach (bool lightly in (bool[])[true, false])
        {
            Triggers triggers = Triggers.Of(Document(text, lexicon));
            triggers.Lightly = lightly;
            Assert.Equal(expected, question(triggers));
        }
    }

    // TriggerTable.SurelyComplete as perf11 wrote it: the reference.
    private static bool StretchByStretch(ReadOnlySpan<char> text)
    {
        static bool Word(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9;
        static bool Marker(char c) => c is '*' or '`' or '_' or '~';
        static bool Stretch(char c) => Word(c) || Marker(c);
        for (int from = 0; from < text.Length;)
        {
            int next = text[from..].IndexOfAny("*`_~");
            if (next < 0)
            {
                return true;
            }

            int start = from + next;
            while (start > 0 && Stretch(text[start - 1]))
            {
                start--;
            }

            int end = start, letters = 0, groups = 0;
            bool inGroup = false;
            for (; end < text.Length && Stretch(text[end]); end++)
            {
                if (Word(text[end]))
                {
                    letters++;
                    inGroup = false;
                }
                else if (!inGroup)
                {
                    inGroup = true;
                    groups += letters > 0 ? 1 : 0;
                }
            }

            if (letters > 256 || groups > 7)
            {
                return false;
            }

            if (Marker(text[start]))
            {
                int before = start - 1;
                while (before >= 0 && char.IsWhiteSpace(text[before]))
                {
                    before--;
                }

                int length = 0;
                if (before < start - 1)
                {
                    while (before >= 0 && Stretch(text[before]) && length <= 256)
                    {
                        before--;
                        length++;
                    }
                }

                if (length > 256)
                {
                    return false;
                }
            }

            from = end;
        }

        return true;
    }

    // The answers in the order the rules ask them (the scope first, then RL4003's questions), and the places of the
    // scope's words once the whole scan is made.
    private static string Answers(string name, string text, Lexicon lexicon, bool lightly)
    {
        Triggers triggers = Triggers.Of(Document(text, lexicon));
        triggers.Lightly = lightly;
        string answers = $"{name}: report {triggers.MayBeStatusReport()}, marks {triggers.AnyStatusSymbol()}, " +
            $"completion {triggers.AnyInHeadingOrFront("completion")}, kind {triggers.AnyInHeadingOrFront("report.kind")}, " +
            $"final {triggers.AnyInHeadingParagraph("report.final")}, heading {triggers.AnyInHeading("completion")} " +
            $"{triggers.AnyInHeading("report.kind")}, title {triggers.AnyInTitle("report.kind")} {triggers.AnyInTitle("completion")}, markers {triggers.Any("placeholder.marker")}, " +
            $"address words {triggers.Any("placeholder.email")}";
        return answers + $", places {Places(triggers, "completion")} {Places(triggers, "report.kind")} {Places(triggers, "report.final")}";
    }

    [Theory]
    [InlineData("---\ntitle: Sprint 4 report\n---\nText.\n", true)]
    [InlineData("---\nlayout: post\ntitle: \"Rapport d'avancement\"\n...\n\nTexte.\n", true)]
    [InlineData("---\ntitle: Widgets\nsummary: The status of each widget\n---\nText.\n", false)]
    [InlineData("---\ntitle: Widgets\n---\nIn this post, a link to twitter.com/x/status/1.\n", false)]
    [InlineData("### Groups\nThis report was generated by a tool.\n", false)]
    [InlineData("Text.\n\nSprint 4\nreport\n---\n", true)]
    [InlineData("Text.\n\n## Sprint 4 report\n", true)]
    public void Reads_a_heading_line_and_the_front_matter_title_as_headings_and_nothing_beside_them(string text, bool heading) =>
        AssertBothWays(text, triggers => triggers.AnyInHeading("report.kind"), heading);

    [Theory]
    [InlineData("---\ntitle: Sprint 4 report\n---\n# Widgets\n", true)]
    [InlineData("---\nlayout: post\n---\n# Sprint 4 report\n", true)]
    [InlineData("Intro text.\n\nSprint 4\nreport\n===\n\n## Widgets\n", true)]
    [InlineData("# Widgets\n\n## Sprint 4 report\n", false)]
    [InlineData("---\ntitle: Widgets\n---\n# Sprint 4 report\n", false)]
    [InlineData("No heading, a report in prose.\n", false)]
    public void Reads_the_title_as_the_front_matter_title_or_else_the_first_heading(string text, bool title) =>
        AssertBothWays(text, triggers => triggers.AnyInTitle("report.kind"), title);

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
