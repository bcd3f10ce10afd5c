using ReportLint.Lexicons;
using ReportLint.Rules;

namespace ReportLint.Tests.Core;

/// <summary>
/// The bundled lexicons are parsed straight into one lexicon at start-up (<c>Lexicon.ParseMerged</c>) rather than
/// parsed file by file and merged: the result must be the lexicon <see cref="Lexicon.Merge"/> makes of each file's
/// <see cref="Lexicon.Parse"/>, section by section and phrase by phrase, with the same replacements, languages, number
/// marks and section numbers.
/// </summary>
public class LexiconLoadingTests
{
    private const string Prefix = "ReportLint.Lexicons.";

    [Fact]
    public void The_bundled_lexicons_parsed_together_are_their_merge()
    {
        foreach (string[] languages in BuiltInRules.Languages.Select(l => new[] { l }).Prepend([.. BuiltInRules.Languages]))
        {
            List<(string Content, string SourceName)> files = BundledFiles(languages);
            Assert.True(files.Count > languages.Length);
            AssertSame(Lexicon.Merge(files.Select(f => Lexicon.Parse(f.Content, f.SourceName))), Lexicon.ParseMerged(files));
        }
    }

    [Fact]
    public void The_loaded_lexicon_is_the_merge_of_its_files()
    {
        List<(string Content, string SourceName)> files = BundledFiles([.. BuiltInRules.Languages]);
        AssertSame(Lexicon.Merge(files.Select(f => Lexicon.Parse(f.Content, f.SourceName))), BuiltInRules.LoadLexicon());
    }

    [Fact]
    public void Repeats_replacements_and_number_marks_across_files_merge_as_before()
    {
        (string, string)[] files =
        [
            ("language = aa\n# comment\n[a]\nbb\nccc\nbb\ndd\n\\[x]\n[empty]\n[r]\nlong phrase => First\nlong phrase => Second\n\n" +
             "[number.decimal-mark]\n.\n[number.group-mark]\n,\n", "aa.lex"),
            ("language = bb\r\n[b]\r\nzz\r\n[a]\r\nee\r\nccc\r\nfff\r\nÉtÉ\r\n[r]\r\nlong phrase => Third\r\nother => x\r\n" +
             "[number.decimal-mark]\r\n,\r\n[number.group-mark.short-lead]\r\nu+00a0\r\n", "bb.lex"),
            ("[a]\nbb\ng\n[number.group-mark]\n.", "aa.rule.lex"),
        ];
        AssertSame(Lexicon.Merge(files.Select(f => Lexicon.Parse(f.Item1, f.Item2))), Lexicon.ParseMerged(files));
        AssertSame(Lexicon.Merge(files.Take(2).Select(f => Lexicon.Parse(f.Item1, f.Item2))), Lexicon.ParseMerged(files.Take(2)));
        // Within a file its last replacement of a phrase, across files the first file's.
        Assert.Equal("Second", Lexicon.ParseMerged(files).Replacement(new LexiconSection("r"), "long phrase"));
    }

    [Fact]
    public void A_phrase_taken_as_written_is_its_own_fold()
    {
        // Read takes a phrase as written, without folding it, when IsFolded says the fold would give it back.
        int plain = 0;
        foreach ((string content, _) in BundledFiles([.. BuiltInRules.Languages]))
        {
            foreach (string raw in content.Split('\n'))
            {
                string line = raw.Trim();
                if (Lexicon.IsFolded(line))
                {
                    plain++;
                    Assert.Equal(TextFolding.Fold(line), line);
                }
            }
        }

        Assert.True(plain > 1000, $"only {plain} plain phrases");
        foreach (string folded in new[] { "up to date", "100", "tests passing", "a" })
        {
            Assert.True(Lexicon.IsFolded(folded), folded);
            Assert.Equal(folded, TextFolding.Fold(folded));
        }

        foreach (string other in new[] { "Up to date", "up  to date", " up", "up ", "", "état", "to-do", "**done**", "l'été", "✅", "done\t" })
        {
            Assert.False(Lexicon.IsFolded(other), other);
        }

        Assert.Equal(TextFolding.Fold("Up  TO date"), Lexicon.Parse("[s]\nUp  TO date\n", "s.lex").Phrases(new LexiconSection("s"))[0]);
    }

    [Fact]
    public void Phrases_are_ordered_longest_first_keeping_the_order_of_equal_lengths()
    {
        var random = new Random(7);
        for (int round = 0; round < 200; round++)
        {
            List<string> phrases = Enumerable.Range(0, random.Next(0, 40)).Select(i => new string('a', random.Next(0, 12)) + i).ToList();
            Assert.Equal(phrases.OrderByDescending(p => p.Length).ToArray(), Lexicon.LongestFirst(phrases));
        }

        Assert.Equal(["ccc", "bb", "dd", "a", ""], Lexicon.LongestFirst(["bb", "a", "ccc", "", "dd"]));
    }

    [Theory]
    [InlineData("[a]\nx\n[bad\n")]
    [InlineData("language = xx\nphrase\n")]
    [InlineData("[number.decimal-mark]\nab\n")]
    public void A_malformed_file_fails_with_the_same_message(string content)
    {
        (string, string)[] files = [("[ok]\nfine\n", "ok.lex"), (content, "bad.lex")];
        var expected = Assert.Throws<FormatException>(() => Lexicon.Merge(files.Select(f => Lexicon.Parse(f.Item1, f.Item2))));
        var actual = Assert.Throws<FormatException>(() => Lexicon.ParseMerged(files));
        Assert.Equal(expected.Message, actual.Message);
    }

    [Fact]
    public void The_trigger_table_is_one_table_whoever_asks_first()
    {
        List<(string Content, string SourceName)> files = BundledFiles([.. BuiltInRules.Languages]);
        Lexicon lexicon = Lexicon.ParseMerged(files);
        var tables = new TriggerTable[8];
        using var start = new Barrier(tables.Length);
        Parallel.For(0, tables.Length, new ParallelOptions { MaxDegreeOfParallelism = tables.Length }, i =>
        {
            start.SignalAndWait();
            tables[i] = lexicon.Triggers;
        });
        Assert.All(tables, t => Assert.Same(tables[0], t));
    }

    // The files BuiltInRules.LoadLexicon reads for these languages, in its order: common, then each language's own
    // file and its rules' files in name order.
    private static List<(string Content, string SourceName)> BundledFiles(string[] languages)
    {
        System.Reflection.Assembly assembly = typeof(BuiltInRules).Assembly;
        string[] names = assembly.GetManifestResourceNames();
        var order = new List<string> { "common" };
        foreach (string language in languages)
        {
            order.Add(language);
            order.AddRange(names.Where(n => n.StartsWith(Prefix + "Rules.", StringComparison.Ordinal) && n.EndsWith($".{language}.lex", StringComparison.Ordinal))
                .Select(n => n[Prefix.Length..^".lex".Length]).Where(n => n.Contains('.')).Order(StringComparer.Ordinal));
        }

        return order.Select(name =>
        {
            using Stream stream = assembly.GetManifestResourceStream($"{Prefix}{name}.lex")!;
            using var reader = new StreamReader(stream);
            return (reader.ReadToEnd(), name + ".lex");
        }).ToList();
    }

    private static void AssertSame(Lexicon expected, Lexicon actual)
    {
        Assert.Equal(expected.Languages, actual.Languages);
        Assert.Equal(expected.Sections, actual.Sections);
        Assert.Equal(expected.SectionCount, actual.SectionCount);
        foreach (string name in expected.Sections)
        {
            var section = new LexiconSection(name);
            Assert.Equal(expected.Phrases(section), actual.Phrases(section));
            Assert.Equal(expected.NumberOf(name), actual.NumberOf(name));
            foreach (string phrase in expected.Phrases(section))
            {
                Assert.Equal(expected.Replacement(section, phrase), actual.Replacement(section, phrase));
            }
        }

        Assert.Equal(expected.NumberFormat.DecimalArray, actual.NumberFormat.DecimalArray);
        Assert.Equal(expected.NumberFormat.AnyGroupArray, actual.NumberFormat.AnyGroupArray);
        foreach (char c in expected.NumberFormat.AnyGroupArray.Concat(actual.NumberFormat.AnyGroupArray))
        {
            Assert.Equal(expected.NumberFormat.IsGroup(c, 4), actual.NumberFormat.IsGroup(c, 4));
        }
    }
}
