using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using ReportLint.Analysis;
using ReportLint.Claims;
using ReportLint.Lexicons;
using ReportLint.Rules;
using ReportLint.Tests.Acceptance;
using ReportLint.Text;

namespace ReportLint.Tests.Core;

/// <summary>
/// Text as messages quote it, and the shared per-statement results rules read instead of computing their own: each
/// must give exactly what the longer way gives, since diagnostics' messages and spans come from them.
/// </summary>
public class ReadableTests
{
    private static readonly Lexicon Lexicon = BuiltInRules.LoadLexicon();

    public static TheoryData<string> Corpora() => RegionTriageTests.Corpora();

    [Theory]
    [InlineData("**Load tests** validated", "Load tests validated")]
    [InlineData("| **Total** | ", "Total")]
    [InlineData("## Phase 2: `api` ready", "Phase 2: api ready")]
    [InlineData("***x***", "x")]
    [InlineData("a ` b", "a b")]
    [InlineData("_a__b_", "ab")]
    [InlineData("__init__ ran", "init ran")]
    [InlineData("one \t\n two", "one two")]
    [InlineData("** ** ", "")]
    [InlineData("- Statut : âœ… TERMINÃ‰", "- Statut : ✅ TERMINÉ")]
    public void Text_is_what_a_reader_reads(string source, string expected)
    {
        ReportDocument document = Document(source + "\n");
        Assert.Equal(expected, Readable.Text(document, new TextSpan(0, source.Length)));
    }

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Text_Fold_prose_quantities_marks_and_targets_match_the_long_way_on_every_line_and_statement(string corpus)
    {
        int compared = 0;
        foreach ((string name, string text) in RegionTriageTests.Texts(corpus))
        {
            ReportDocument document = Document(text, name);
            foreach (Statement statement in Statements.Of(document).All)
            {
                var expected = new List<Quantity>();
                QuantityScanner.Scan(statement.Prose.Chars, statement.Span.Start, Lexicon, expected);
                Assert.Equal(expected, statement.Quantities(document).ToArray());
                Assert.Equal(Readable.Fold(document, statement.Span, statement.Prose.Chars).Text, Readable.FoldText(document, statement.Span, statement.Prose.Chars));
                var marks = new List<StatusMark>();
                StatusScanner.Scan(statement.Folded(document), Lexicon, marks);
                Assert.Equal(marks, statement.Marks(document).ToArray());
                var targets = new List<TargetClaim>();
                Targets.Scan(statement.Prose.Chars, statement.Span.Start, Lexicon, targets);
                Assert.Equal(targets, statement.Targets(document).ToArray());
                Assert.Equal(ProseOf(document, statement), statement.Prose.ToString());
                compared++;
            }

            for (int line = 1; line <= document.Text.LineCount; line++)
            {
                TextSpan span = document.Text.GetLineSpan(line);
                Assert.Equal(LongWay(document, span), Readable.Text(document, span));
                Assert.Equal(Readable.Fold(document, span).Text, Readable.FoldText(document, span));
                compared++;
            }
        }

        Assert.True(compared > 0, $"{corpus}: nothing was compared");
    }

    [Fact]
    public void A_statement_scans_its_quantities_once()
    {
        ReportDocument document = Document("Throughput: 1,200 req/s (target: > 1000 req/s) after 3 rounds.\n");
        Statement statement = Assert.Single(Statements.Of(document).All);
        ReadOnlySpan<Quantity> first = statement.Quantities(document);
        ReadOnlySpan<Quantity> second = statement.Quantities(document);
        Assert.Equal([1200m, 1000m, 3m], first.ToArray().Select(q => q.Value));
        Assert.Equal("req/s", first[0].Unit);
        Assert.True(first == second, "the second call must read the same array");
    }

    // A statement's prose as ProseText gives it: a row's from each cell's, copied into the row's text where the cell
    // lies within the row (Markdig's spans of a cell can fall outside its row's).
    private static string ProseOf(ReportDocument document, Statement statement)
    {
        if (statement.InCode)
        {
            // A dashboard's line reads its box verticals as '|' and the rest of its frame as spaces.
            string source = document.GetText(statement.Span).ToString();
            return Dashboards.Of(document).For((Markdig.Syntax.CodeBlock)statement.Block) is null
                ? source
                : new string(source.Select(c => c is '│' or '┃' or '║' or '┆' or '┊' ? '|' : c is >= '\u2500' and <= '\u257F' ? ' ' : c).ToArray());
        }

        if (statement.Block.Parent is not Markdig.Extensions.Tables.TableCell { Parent: Markdig.Extensions.Tables.TableRow row })
        {
            return ProseText.Of(document, statement.Block, statement.Span).ToString();
        }

        char[] prose = document.GetText(statement.Span).ToArray();
        foreach (Markdig.Syntax.Block cell in row)
        {
            if (cell is Markdig.Extensions.Tables.TableCell { Count: > 0 } tableCell && tableCell[0] is Markdig.Syntax.LeafBlock { Inline: not null } leaf)
            {
                TextSpan cellSpan = document.GetSpan(leaf);
                string blanked = ProseText.Of(document, leaf, cellSpan).ToString();
                int at = cellSpan.Start - statement.Span.Start;
                if (at >= 0 && at + blanked.Length <= prose.Length)
                {
                    blanked.CopyTo(0, prose, at, blanked.Length);
                }
            }
        }

        return new string(prose);
    }

    [Fact]
    public void Prose_with_nothing_to_blank_is_read_in_the_documents_text_and_blanked_prose_has_its_own()
    {
        ReportDocument document = Document("""
            # Rapport de sprint

            - ✅ Migration terminée : 12/12 tables
            - ⏳ Export `csv` en cours
            - [x] Backups configured, see https://example.com/runbook

            | Module | État |
            |---|---|
            | Cache | ✅ |
            | `api` | ⏳ |

            Phrase une. La phrase `deux` suit. Coverage is 85%.

            """);
        int shared = 0, own = 0;
        foreach (Statement statement in Statements.Of(document).All)
        {
            ReadOnlySpan<char> source = document.GetText(statement.Span);
            bool blanked = source.IndexOf('`') >= 0 || source.IndexOf("://".AsSpan()) >= 0;
            bool same = Unsafe.AreSame(ref MemoryMarshal.GetReference(statement.Prose.Chars), ref MemoryMarshal.GetReference(source));
            Assert.True(blanked != same, $"'{source.ToString()}': blanked {blanked}, read in the document's text {same}");
            Assert.Equal(statement.Span.Length, statement.Prose.Length);
            _ = same ? shared++ : own++;
        }

        // The heading, the first item, the header row, the first row, two sentences; the second and third items, the
        // second row, the sentence with code.
        Assert.Equal((6, 4), (shared, own));
    }

    [Fact]
    public void A_statement_equals_its_copy_whatever_was_computed_from_either()
    {
        ReportDocument document = Document("Coverage: 85% (target: 80%) ✅\n");
        Statement statement = Assert.Single(Statements.Of(document).All);
        Statement copy = statement with { };
        _ = statement.Quantities(document);
        _ = statement.Marks(document);
        _ = statement.Targets(document);
        Assert.Equal(statement, copy);
        Assert.Equal(statement.GetHashCode(), copy.GetHashCode());
        Assert.NotEqual(statement, copy with { InCode = true });
        Assert.NotEqual(statement, copy with { Prose = new ProseChars("Coverage: 86% (target: 80%) ✅") });
        Assert.Equal(statement, copy with { Prose = new ProseChars("Coverage: 85% (target: 80%) ✅") });
        Assert.Equal(statement.GetHashCode(), (copy with { Prose = new ProseChars("Coverage: 85% (target: 80%) ✅") }).GetHashCode());
    }

    private static ReportDocument Document(string text, string? name = null) =>
        new(SourceText.From(text), name, Lexicon, AnalysisOptions.Default);

    // What Readable.Text did with a builder and its Replace: the reference the one-buffer version is held to.
    private static string LongWay(ReportDocument document, TextSpan span)
    {
        var builder = new StringBuilder(span.Length);
        int position = span.Start;
        foreach (MojibakeSequence sequence in DocumentMojibake.Of(document).Within(span))
        {
            builder.Append(document.GetText(TextSpan.FromBounds(position, sequence.Span.Start)));
            builder.Append(sequence.Repaired);
            position = sequence.Span.End;
        }

        builder.Append(document.GetText(TextSpan.FromBounds(position, span.End)));
        builder.Replace("**", string.Empty).Replace("__", string.Empty).Replace("`", string.Empty);
        var collapsed = new StringBuilder();
        bool inSpace = false;
        foreach (char c in builder.ToString())
        {
            bool space = char.IsWhiteSpace(c);
            if (!space || !inSpace)
            {
                collapsed.Append(space ? ' ' : c);
            }

            inSpace = space;
        }

        return collapsed.ToString().Trim(' ', '*', '_', ':', '|', '#');
    }
}
