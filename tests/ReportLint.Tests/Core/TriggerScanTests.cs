using ReportLint.Analysis;
using ReportLint.Claims;
using ReportLint.Lexicons;
using ReportLint.Rules;
using ReportLint.Tests.Acceptance;
using ReportLint.Tests.Harness;
using ReportLint.Text;

namespace ReportLint.Tests.Core;

/// <summary>
/// The trigger scan reads plain ASCII text (letters, digits, spaces, plain punctuation) in a loop of its own and hands
/// everything else to the fold, character by character. It must find exactly what the fold alone finds: the same
/// words and marks, at the same places, in the same order.
/// </summary>
public class TriggerScanTests
{
    // Where the plain loop hands over to the fold and back: markers after spaces, words split by markers, marks,
    // a space before %, letters that are not ASCII, mojibake, tabs and CRLF, runs longer than the run buffer.
    private const string Edges =
        "Status: DONE, target 95 % and 95%; word **bold** x *y*z snake_case _lead trail_ a~~b~~c ~x\r\n" +
        "\tcom**plete** all`tests`pass [x] [ ] [X]x] 100%pass ok✅done ⏳pending Terminé, été, œuvre\n" +
        "Ã©tÃ© âœ… COMPLETE\u00A0total\u2003goal\u000Bsum\u001Ctbd\u007Fmet !\"#$&'()+,-./:;<=>?@[\\^{|}\n" +
        "a1b2c3 100 p95 v1 " + "x" + "0123456789abcdef" + "tests**pass";

    public static TheoryData<string> Corpora()
    {
        TheoryData<string> data = Repo.WithShared("tricky", "examples", "docs");
        data.Add("edges");
        data.Add("long");
        return data;
    }

    private static IEnumerable<(string Name, string Text)> Texts(string corpus) => corpus switch
    {
        "edges" => [("edges", Edges), ("edges, ending in a space", Edges + " "), ("edges, ending in a marker", Edges + "**")],
        "long" => [("a run longer than the buffer", "all " + new string('a', 300) + " tests **" + new string('b', 300) + "**pass"),
            ("a long run with markers", "com**" + new string('c', 260) + "**plete done")],
        _ => RegionTriageTests.Texts(corpus),
    };

    [Theory]
    [MemberData(nameof(Corpora))]
    public void The_plain_loop_finds_what_the_fold_finds_character_by_character(string corpus)
    {
        Lexicon lexicon = BuiltInRules.LoadLexicon();
        TriggerTable table = lexicon.Triggers;
        table.Place(lexicon.Sections.ToArray());
        string[] names = Names(lexicon);
        foreach ((string name, string text) in Texts(corpus))
        {
            var document = new ReportDocument(SourceText.From(text), name, lexicon, AnalysisOptions.Default);
            IReadOnlyList<MojibakeSequence> repairs = DocumentMojibake.Of(document).Sequences;
            TriggerScan scan = table.Scan(text.AsSpan(), repairs);
            TriggerScan reference = table.ScanEachCharacter(text.AsSpan(), repairs);
            Assert.True(reference.Complete == scan.Complete, name);
            Assert.True(reference.Present.SequenceEqual(scan.Present), $"{name}: words found differ");
            Assert.Equal(Describe(names, reference), Describe(names, scan));
        }
    }

    [Theory]
    [MemberData(nameof(Corpora))]
    public void A_scan_for_presence_finds_the_words_a_placing_scan_finds(string corpus)
    {
        Lexicon lexicon = BuiltInRules.LoadLexicon();
        TriggerTable table = lexicon.Triggers;
        table.Place(lexicon.Sections.ToArray());
        foreach ((string name, string text) in Texts(corpus))
        {
            var document = new ReportDocument(SourceText.From(text), name, lexicon, AnalysisOptions.Default);
            IReadOnlyList<MojibakeSequence> repairs = DocumentMojibake.Of(document).Sequences;
            TriggerScan placing = table.Scan(text.AsSpan(), repairs);
            bool[] present = new bool[table.Count];
            bool complete = table.ScanPresence(text.AsSpan(), 0, repairs, present);
            Assert.True(placing.Complete == complete, name);
            Assert.True(placing.Present.SequenceEqual(present), $"{name}: words found differ");
        }
    }

    [Fact]
    public void A_scan_for_presence_notes_English_and_French_words_and_marks()
    {
        Lexicon lexicon = BuiltInRules.LoadLexicon();
        TriggerTable table = lexicon.Triggers;
        string[] names = Names(lexicon);
        bool[] present = new bool[table.Count];

        Assert.True(table.ScanPresence("Tous les **tests** passent ✅, coverage 85 %".AsSpan(), 0, [], present));

        string[] found = names.Where((_, id) => present[id]).ToArray();
        Assert.Contains("tests", found);
        Assert.Contains("passent", found);
        Assert.Contains("coverage", found);
        Assert.Contains("✅", found);
        Assert.DoesNotContain("failed", found);
    }

    [Fact]
    public void A_scan_places_words_and_marks_in_the_original_text()
    {
        Lexicon lexicon = BuiltInRules.LoadLexicon();
        TriggerTable table = lexicon.Triggers;
        table.Place(["target", "status.met"]);
        const string text = "All **targets** met: target 95 %, ✅ Done";
        TriggerScan scan = table.Scan(text.AsSpan(), []);

        Assert.Equal(
            ["target 21..27", "✅ 34..35"],
            Describe(Names(lexicon), scan).Where(hit => hit.StartsWith("target ", StringComparison.Ordinal) || hit.StartsWith('✅')).ToArray());
    }

    [Fact]
    public void Every_word_of_the_table_is_found_and_words_beside_them_are_not()
    {
        // The lookups answer most words of a text from a bit per hash before they read a slot: no word of the table may
        // be lost there, in the folded form or as the text writes it in capitals.
        Lexicon lexicon = BuiltInRules.LoadLexicon();
        TriggerTable table = lexicon.Triggers;
        int found = 0, ascii = 0;
        foreach (string section in lexicon.Sections)
        {
            foreach (string phrase in lexicon.Phrases(section))
            {
                foreach (string run in TriggerTable.Runs(phrase))
                {
                    if (run.Length == 0 || !char.IsLetterOrDigit(run[0]))
                    {
                        continue;
                    }

                    int id = table.Find(run.AsSpan());
                    Assert.True(id >= 0 && id < table.WordCount, $"'{run}' of [{section}] is not found");
                    found++;
                    if (run.All(c => c < 0x80 && char.IsLetterOrDigit(c)))
                    {
                        Assert.Equal(id, table.FindAsciiWord(run.ToUpperInvariant().AsSpan()));
                        ascii++;
                    }

                    Assert.Equal(-1, table.Find((run + "zq").AsSpan()));
                }
            }
        }

        Assert.True(found > 2000 && ascii > 1500, $"{found} words looked up, {ascii} of them ASCII");
        Assert.Equal(-1, table.FindAsciiWord("Qzxwvk".AsSpan()));
    }

    private static List<string> Describe(string[] names, TriggerScan scan) =>
        scan.Hits.Select(hit => $"{names[hit.Id]} {hit.Start}..{hit.End}").ToList();

    // Each word's and mark's text in the lexicon's table, by number.
    private static string[] Names(Lexicon lexicon)
    {
        TriggerTable table = lexicon.Triggers;
        string[] names = new string[table.Count];
        foreach (string section in lexicon.Sections)
        {
            foreach (string phrase in lexicon.Phrases(section))
            {
                foreach (string run in TriggerTable.Runs(phrase))
                {
                    int id = table.Find(run.AsSpan());
                    if (id >= 0)
                    {
                        names[id] = run;
                    }
                }
            }
        }

        for (int m = 0; m < table.Marks.Length; m++)
        {
            names[table.WordCount + m] = table.Marks[m];
        }

        return names;
    }
}
