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
