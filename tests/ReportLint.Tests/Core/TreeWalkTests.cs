using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportLint.Analysis;
using ReportLint.Rules;
using ReportLint.Syntax;
using ReportLint.Tests.Acceptance;
using ReportLint.Tests.Harness;
using ReportLint.Text;

namespace ReportLint.Tests.Core;

/// <summary>
/// The document's nodes and the inlines of a block are walked by the tree's own links instead of Markdig's
/// <c>Descendants()</c>, which allocates an iterator and two stacks per call. Rules read nodes in that order, so the
/// walk must give exactly what <c>Descendants()</c> gives: the same objects, in the same order.
/// </summary>
public class TreeWalkTests
{
    // Nesting the walk must climb out of: quotes in lists in quotes, emphasis in links in emphasis, tables, HTML, a
    // leaf with no inlines (a thematic break), an empty document's end, code.
    private const string Nested =
        "> - a **b [c *d* e](x) f** g\n>   > 1. h `i` <b>j</b>\n>   >    - k ~~l **m**~~\n\n" +
        "| a | **b** |\n|---|---|\n| [c](d) | *e* `f` |\n\n---\n\n    code\n\n```\nfenced\n```\n\n" +
        "<div>\nhtml\n</div>\n\nLast *one **two [three](four)***\n";

    public static TheoryData<string> Corpora()
    {
        TheoryData<string> data = Repo.WithShared("tricky", "examples", "docs");
        data.Add("nested");
        return data;
    }

    private static IEnumerable<(string Name, string Text)> Texts(string corpus) => corpus switch
    {
        "nested" => [("nested", Nested), ("deep quotes", new string('>', 40) + " deep *x*\n"), ("empty", string.Empty)],
        _ => RegionTriageTests.Texts(corpus),
    };

    [Theory]
    [MemberData(nameof(Corpora))]
    public void The_walk_gives_what_Descendants_gives(string corpus)
    {
        var lexicon = BuiltInRules.LoadLexicon();
        int checkedNodes = 0;
        foreach ((string name, string text) in Texts(corpus))
        {
            var document = new ReportDocument(SourceText.From(text), name, lexicon, AnalysisOptions.Default);
            MarkdownObject[] expected = document.Syntax.Descendants().ToArray();
            AssertSame(name, expected, document.Nodes);
            AssertSame(name + " (blocks)", expected.OfType<Block>().ToArray(), document.Blocks);
            var walkedBlocks = new List<Block>();
            foreach (Block block in document.WalkBlocks)
            {
                walkedBlocks.Add(block);
            }

            AssertSame(name + " (block walk)", expected.OfType<Block>().ToArray(), walkedBlocks);
            foreach (LeafBlock leaf in expected.OfType<LeafBlock>().Where(l => l.Inline is not null))
            {
                ContainerInline root = leaf.Inline!;
                var walked = new List<Inline>();
                for (Inline? inline = root.FirstChild; inline is not null; inline = MarkdownSyntax.NextInline(inline, root))
                {
                    walked.Add(inline);
                }

                AssertSame($"{name}, line {leaf.Line + 1}", root.Descendants().ToArray(), walked);
            }

            checkedNodes += expected.Length;
        }

        Assert.True(checkedNodes > 0 || corpus == "nested", $"{corpus}: no node was compared");
    }

    // The shared models read the blocks the index sorts out instead of walking every block each (issue 51): each list
    // must hold what their own walks picked, the same objects in the same order, for the statements, facts and items
    // built from them to stay the same.
    [Theory]
    [MemberData(nameof(Corpora))]
    public void The_block_index_gives_what_each_model_walk_picked(string corpus)
    {
        var lexicon = BuiltInRules.LoadLexicon();
        int checkedBlocks = 0;
        foreach ((string name, string text) in Texts(corpus))
        {
            var document = new ReportDocument(SourceText.From(text), name, lexicon, AnalysisOptions.Default);
            Block[] blocks = document.Syntax.Descendants().OfType<Block>().ToArray();
            var statements = new List<Block>();
            var before = new List<Block?>();
            TableRow? lastRow = null;
            for (int i = 0; i < blocks.Length; i++)
            {
                if (blocks[i] is CodeBlock)
                {
                    statements.Add(blocks[i]);
                    before.Add(i > 0 ? blocks[i - 1] : null);
                }
                else if (blocks[i] is LeafBlock { Inline: not null, Parent: TableCell { Parent: TableRow row } })
                {
                    if (!ReferenceEquals(row, lastRow))
                    {
                        statements.Add(lastRow = row);
                    }
                }
                else if (blocks[i] is LeafBlock { Inline: not null })
                {
                    statements.Add(blocks[i]);
                }
            }

            BlockIndex index = document.BlockIndex;
            AssertSame(name + " (tables)", blocks.OfType<Table>().ToArray(), index.Tables);
            AssertSame(name + " (code blocks)", blocks.OfType<CodeBlock>().ToArray(), index.CodeBlocks);
            Assert.Equal(before.Count, index.BeforeCode.Length);
            for (int i = 0; i < before.Count; i++)
            {
                Assert.True(ReferenceEquals(before[i], index.BeforeCode[i]), $"{name}: code block {i} is led by another block");
            }

            AssertSame(name + " (statement sources)", statements, index.StatementSources);
            AssertSame(name + " (item sources)", blocks.Where(b => b is Table || (b is ListItemBlock { Count: > 0 } item && item[0] is ParagraphBlock)).ToArray(), index.ItemSources);
            checkedBlocks += blocks.Length;
        }

        Assert.True(checkedBlocks > 0 || corpus == "nested", $"{corpus}: no block was compared");
    }

    [Fact]
    public void The_walk_of_one_inline_stays_inside_its_root()
    {
        MarkdownDocument syntax = MarkdownSyntax.Parse("a *b **c** d* e *f*\n");
        var paragraph = (ParagraphBlock)syntax[0];
        var emphasis = (EmphasisInline)paragraph.Inline!.Descendants().First(i => i is EmphasisInline);
        var walked = new List<string>();
        for (Inline? inline = emphasis.FirstChild; inline is not null; inline = MarkdownSyntax.NextInline(inline, emphasis))
        {
            walked.Add(inline is LiteralInline literal ? literal.Content.ToString() : inline.GetType().Name);
        }

        Assert.Equal(["b ", "EmphasisInline", "c", " d"], walked);
    }

    private static void AssertSame<T>(string name, IReadOnlyList<T> expected, IReadOnlyList<T> actual)
        where T : class
    {
        Assert.True(expected.Count == actual.Count, $"{name}: {actual.Count} nodes, Descendants() gives {expected.Count}");
        for (int i = 0; i < expected.Count; i++)
        {
            Assert.True(ReferenceEquals(expected[i], actual[i]), $"{name}: node {i} is {actual[i].GetType().Name}, Descendants() gives {expected[i].GetType().Name}");
        }
    }
}
