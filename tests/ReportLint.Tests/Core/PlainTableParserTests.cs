using System.Text;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportLint.Syntax;
using ReportLint.Tests.Acceptance;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Core;

/// <summary>
/// The plain pipe tables of reports are read by <see cref="PlainTableParser"/> at block time, not by Markdig's pipe-table
/// extension at inline time (issue 51: it was most of the cost of a page of tables). Every rule reads the tree it
/// builds, so the tree must be the extension's: the same tables, rows and cells, with the same spans, the same inlines
/// in each cell with the same spans and literal text. Lines and columns of cells and inlines are not compared: nothing
/// reads them, and the extension's are wrong after a row's first line.
/// </summary>
public class PlainTableParserTests
{
    public static TheoryData<string, bool> Tables() => new()
    {
        // Taken: plain cells, alignments, blank cells, a row of blank cells, a table with no body.
        { "| Name | Value | Status |\n|:-----|------:|:---:|\n| a  | 2h | ✅ Done |\n| b |  | x |\n", true },
        { "| A | B |\n|---|---|\n|  |   |\n| c | d |\n", true },
        { "| Game | Issue |\n|------|-------|\n\n## Next\n", true },
        // Taken: cells with inline syntax, trimmed as the extension trims them.
        { "| **Total** | `x` y | [link](u) |\n|---|---|---|\n| **Value** | &mdash;  | *a* b  |\n| 14.1*    | ~50% | Low* |\n", true },
        { "| Éléments | Clair |\n|:--|:--|\n| **Fond** | Indice **925**<br> exemple : `$pink-925` |\n", true },
        { "| A | B |\n|---|---|\n| \\\\* | \\__ |\n| x | \\* |\n", true },
        // Taken: emphasis written across cells stays in its cells, as the extension reads it.
        { "| A | B | C |\n|---|---|---|\n| *a | b* | c |\n| **a | b** | c |\n| ~a | b~ | c |\n", true },
        // Left to the extension: a pipe inside a code span, a link or escaped; a task box; a delimiter against a pipe.
        { "| A | B |\n|---|---|\n| `a|b` | c |\n", false },
        { "| A | B |\n|---|---|\n| [x|y](u) | d |\n", false },
        { "| A | B |\n|---|---|\n| e\\|f | g |\n", false },
        { "| A | B |\n|---|---|\n| [x] done | g |\n", false },
        { "| A | B |\n|---|---|\n| a*| g |\n", false },
        // Left to the extension: right under a paragraph's line, text right under it (no table at all for Markdig),
        // ragged rows, inside a list.
        { "**Targets:**\n| A | B |\n|---|---|\n| 1 | 2 |\n", false },
        { "| A | B |\n|---|---|\n| 1 | 2 |\nSome text\n", false },
        { "| A | B |\n|---|---|\n| 1 | 2 | 3 |\n", false },
        { "- item\n\n  | A | B |\n  |---|---|\n  | 1 | 2 |\n", false },
        // Left to the extension: a lone carriage return inside a row's line (Markdig breaks the line there), a tab.
        { "| a | x | y |\n|---|---|---|\n| b |\r| c |\n", false },
        { "| A | B |\n|---|---|\n| 1\t| 2 |\n", false },
        // Taken: lines ended by a carriage return and a line feed.
        { "| A | B |\r\n|---|---|\r\n| 1 | **2** |\r\n\r\nAfter.\r\n", true },
    };

    [Theory]
    [MemberData(nameof(Tables))]
    public void A_table_is_read_as_the_pipe_table_extension_reads_it(string markdown, bool taken)
    {
        MarkdownDocument fast = Markdown.Parse(markdown, MarkdownSyntax.Pipeline), stock = Markdown.Parse(markdown, MarkdownSyntax.StockPipeline);
        Assert.Equal(Dump(stock, markdown), Dump(fast, markdown));
        int ours = fast.Descendants<Table>().Count(t => t.Parser is PlainTableParser);
        Assert.Equal(taken ? fast.Descendants<Table>().Count() : 0, ours);
        Assert.True(!taken || ours > 0, "no table to compare");
    }

    public static TheoryData<string> Corpora() => RegionTriageTests.Corpora();

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Every_table_of_a_corpus_is_read_as_the_extension_reads_it(string corpus)
    {
        int taken = 0;
        foreach ((string name, string text) in RegionTriageTests.Texts(corpus))
        {
            MarkdownDocument fast = Markdown.Parse(text, MarkdownSyntax.Pipeline), stock = Markdown.Parse(text, MarkdownSyntax.StockPipeline);
            Assert.True(Dump(stock, text) == Dump(fast, text), $"{name}: a table is read otherwise than by the extension");
            taken += fast.Descendants<Table>().Count(t => t.Parser is PlainTableParser);
        }

        Assert.True(taken > 0 || corpus == "tricky", $"{corpus}: no table was taken by the parser, so nothing was compared");
    }

    // Tables of the cells reports write, in random order and number: every one is taken and read alike.
    [Fact]
    public void Generated_tables_are_read_as_the_extension_reads_them()
    {
        string[] tokens =
        [
            "a", "b c", "Total", "✅ Done", "⏳", "12", "3.5%", "~50%", "+12%", "-3", "$1,200", "2h", "*a*", "**b**", "_c_", "`x`",
            "[l](u)", "&amp;", "<br>", "<b>x</b>", "\\*", "~d~", "~~s~~", "^e^", "++f++", "==g==", "x_y", "x*y", "*", "_", "~", "(x)",
            ":", "!", "é", "日本", "<http://a.b>", "**Total**", "`a b`", "![i](p)",
        ];
        string[] delimiters = ["---", ":---", "---:", ":---:", " --- ", "-"];
        var random = new Random(31);
        var text = new StringBuilder();
        for (int t = 0; t < 400; t++)
        {
            int columns = random.Next(1, 7), rows = random.Next(2, 8);
            for (int r = 0; r < rows; r++)
            {
                text.Append('|');
                for (int c = 0; c < columns; c++)
                {
                    if (r == 1)
                    {
                        text.Append(delimiters[random.Next(delimiters.Length)]).Append('|');
                        continue;
                    }

                    text.Append(' ', random.Next(1, 3));
                    text.AppendJoin(' ', Enumerable.Range(0, random.Next(0, 5)).Select(_ => tokens[random.Next(tokens.Length)]));
                    text.Append(' ', random.Next(1, 3)).Append('|');
                }

                text.Append('\n');
            }

            text.Append('\n');
        }

        string markdown = text.ToString();
        MarkdownDocument fast = Markdown.Parse(markdown, MarkdownSyntax.Pipeline), stock = Markdown.Parse(markdown, MarkdownSyntax.StockPipeline);
        Assert.Equal(400, fast.Descendants<Table>().Count(t => t.Parser is PlainTableParser));
        Assert.Equal(Dump(stock, markdown), Dump(fast, markdown));
    }

    // The tree as the rules read it: each node's type and span, a table's alignments, a row's kind, a literal's text.
    private static string Dump(MarkdownDocument document, string text)
    {
        var dump = new StringBuilder();
        foreach (Block block in document)
        {
            Write(block, 0);
        }

        return dump.ToString();

        void Write(Block block, int depth)
        {
            dump.Append(' ', depth).Append(block is Table ? nameof(Table) : block.GetType().Name).Append(' ').Append(block.Span.Start).Append('-').Append(block.Span.End);
            if (block is not (TableRow or TableCell) && block.Parent is not TableCell)
            {
                dump.Append(" line ").Append(block.Line);
            }

            if (block is Table table)
            {
                dump.Append(" columns ").AppendJoin(',', table.ColumnDefinitions.Select(c => c.Alignment?.ToString() ?? "-"));
            }

            if (block is TableRow row)
            {
                dump.Append(row.IsHeader ? " header" : " body");
            }

            dump.Append('\n');
            if (block is LeafBlock { Inline: { } inline })
            {
                Inlines(inline, depth + 2);
            }

            if (block is ContainerBlock container)
            {
                foreach (Block child in container)
                {
                    Write(child, depth + 1);
                }
            }
        }

        void Inlines(Inline inline, int depth)
        {
            dump.Append(' ', depth).Append(inline.GetType().Name).Append(' ').Append(inline.Span.Start).Append('-').Append(inline.Span.End);
            if (inline is LiteralInline literal)
            {
                dump.Append(" [").Append(literal.Content.ToString()).Append(']');
            }

            dump.Append('\n');
            if (inline is ContainerInline container)
            {
                foreach (Inline child in container)
                {
                    Inlines(child, depth + 1);
                }
            }
        }
    }
}
