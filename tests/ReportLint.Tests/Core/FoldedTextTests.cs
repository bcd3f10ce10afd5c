using ReportLint.Analysis;
using ReportLint.Claims;
using ReportLint.Lexicons;
using ReportLint.Rules;
using ReportLint.Tests.Acceptance;
using ReportLint.Text;

namespace ReportLint.Tests.Core;

/// <summary>
/// A fold keeps its map back to the document as runs of consecutive characters, not two offsets per character:
/// every offset it gives must be the one the fold recorded for that character.
/// </summary>
public class FoldedTextTests
{
    private static readonly Lexicon Lexicon = BuiltInRules.LoadLexicon();

    public static TheoryData<string> Corpora() => RegionTriageTests.Corpora();

    [Theory]
    [MemberData(nameof(Corpora))]
    public void The_runs_give_the_offset_the_fold_recorded_for_each_character(string corpus)
    {
        int compared = 0;
        foreach ((string name, string text) in RegionTriageTests.Texts(corpus))
        {
            var document = new ReportDocument(SourceText.From(text), name, Lexicon, AnalysisOptions.Default);
            var spans = new List<(TextSpan Span, string? Prose)>();
            foreach (Statement statement in Statements.Of(document).All)
            {
                spans.Add((statement.Span, statement.Prose.ToString()));
            }

            for (int line = 1; line <= document.Text.LineCount; line++)
            {
                spans.Add((document.Text.GetLineSpan(line), null));
            }

            foreach ((TextSpan span, string? prose) in spans)
            {
                IEnumerable<MojibakeSequence> repairs = DocumentMojibake.Of(document).Within(span);
                var recorded = new RecordingSink();
                TextFolding.FoldRepairing(ref recorded, prose is null ? document.GetText(span) : prose.AsSpan(), span.Start, repairs);
                FoldedText folded = prose is null ? Readable.Fold(document, span) : Readable.Fold(document, span, prose);
                AssertSameMap($"{name} at {span}", recorded, folded);
                compared++;
            }
        }

        Assert.True(compared > 0, $"{corpus}: nothing was compared");
    }

    [Fact]
    public void Markup_accents_mojibake_and_white_space_each_break_a_run()
    {
        const string Text = "**Œuvre**  done âœ…\tnow";
        var document = new ReportDocument(SourceText.From(Text + "\n"), null, Lexicon, AnalysisOptions.Default);
        FoldedText folded = Readable.Fold(document, new TextSpan(0, Text.Length));
        Assert.Equal("oeuvre done ✅ now", folded.Text);
        Assert.Equal([2, 2, 3, 4, 5, 6, 9, 11, 12, 13, 14, 15, 16, 19, 20, 21, 22], folded.Starts);
        Assert.Equal([3, 3, 4, 5, 6, 7, 10, 12, 13, 14, 15, 16, 19, 20, 21, 22, 23], folded.Ends);
        Assert.Equal(new TextSpan(2, 5), folded.ToOriginal(0, 6));
        Assert.Equal(new TextSpan(16, 3), folded.ToOriginal(12, 13));
        Assert.Equal(Text.Length, folded.StartOf(folded.Text.Length));
        Assert.Throws<ArgumentOutOfRangeException>(() => folded.ToOriginal(0, folded.Text.Length + 1));
    }

    [Fact]
    public void Maps_given_per_character_read_back_the_same()
    {
        int[] starts = [5, 6, 7, 9, 9, 12], ends = [6, 7, 8, 11, 11, 13];
        var folded = new FoldedText("abcdef", starts, ends, 20);
        Assert.Equal(starts, folded.Starts);
        Assert.Equal(ends, folded.Ends);
        Assert.Equal(new TextSpan(5, 3), folded.ToOriginal(0, 3));
        Assert.Equal(new TextSpan(9, 2), folded.ToOriginal(3, 5));
        Assert.Equal(12, folded.StartOf(5));
        Assert.Equal(20, folded.StartOf(6));

        FoldedText moved = folded with { Starts = [0, 1, 2, 3, 4, 5], Ends = [1, 2, 3, 4, 5, 6] };
        Assert.Equal(new TextSpan(1, 4), moved.ToOriginal(1, 5));
        (string text, int[] s, int[] e, int end) = moved;
        Assert.Equal(("abcdef", 6, 6, 20), (text, s.Length, e.Length, end));
    }

    [Theory]
    [InlineData("Coverage is done now", "coverage is done now")]
    [InlineData("Couverture terminée à temps", "couverture terminee a temps")]
    public void A_fold_of_one_run_maps_each_character_back_and_equals_the_same_fold_given_per_character(string text, string expected)
    {
        const int At = 7;
        var document = new ReportDocument(SourceText.From(new string('x', At) + text + "\n"), null, Lexicon, AnalysisOptions.Default);
        FoldedText folded = Readable.Fold(document, new TextSpan(At, text.Length));

        Assert.Equal(expected, folded.Text);
        Assert.Equal(Enumerable.Range(At, text.Length), folded.Starts);
        Assert.Equal(Enumerable.Range(At + 1, text.Length), folded.Ends);
        Assert.Equal(new TextSpan(At + 3, 5), folded.ToOriginal(3, 8));
        Assert.Equal(At + text.Length, folded.StartOf(text.Length));

        var given = new FoldedText(expected, folded.Starts, folded.Ends, folded.EndOfText);
        Assert.Equal(folded, given);
        Assert.Equal(folded.GetHashCode(), given.GetHashCode());
        int[] shifted = folded.Starts;
        shifted[^1]++;
        Assert.NotEqual(folded, given with { Starts = shifted });
    }

    private static void AssertSameMap(string where, RecordingSink recorded, FoldedText folded)
    {
        Assert.Equal(recorded.Text, folded.Text);
        Assert.True(recorded.Starts.SequenceEqual(folded.Starts), $"{where}: starts differ");
        Assert.True(recorded.Ends.SequenceEqual(folded.Ends), $"{where}: ends differ");
        for (int i = 0; i < recorded.Starts.Count; i++)
        {
            if (folded.StartOf(i) != recorded.Starts[i] || folded.ToOriginal(i, i + 1) != TextSpan.FromBounds(recorded.Starts[i], Math.Max(recorded.Starts[i], recorded.Ends[i])))
            {
                Assert.Fail($"{where}: character {i} maps to {folded.ToOriginal(i, i + 1)}, recorded [{recorded.Starts[i]}, {recorded.Ends[i]})");
            }
        }
    }

    // The fold as it was kept before runs: each character with its own start and end.
    private struct RecordingSink() : IFoldSink
    {
        private readonly System.Text.StringBuilder _text = new();

        public string Text => _text.ToString();

        public List<int> Starts { get; } = [];

        public List<int> Ends { get; } = [];

        public readonly bool EndsInWord => _text.Length > 0 && _text[^1] != ' ';

        public readonly void Append(char c, int start, int end)
        {
            _text.Append(c);
            Starts.Add(start);
            Ends.Add(end);
        }

        public readonly void AppendWordCharacter(char c, int start, int end) => Append(c, start, end);

        public readonly void AppendAsciiWord(ReadOnlySpan<char> run, int start)
        {
            for (int k = 0; k < run.Length; k++)
            {
                Append(TextFolding.ToLowerAscii(run[k]), start + k, start + k + 1);
            }
        }

        public readonly void Dropped(char c)
        {
        }

        public readonly int AppendPlain(ReadOnlySpan<char> text, int i, int offset, ref bool pendingSpace, ref int pendingSpaceAt) => i;
    }
}
