using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportLint.Text;

namespace ReportLint.Syntax;

/// <summary>The one Markdig pipeline every analysis shares, and the one place Markdig spans become <see cref="TextSpan"/>s.</summary>
public static class MarkdownSyntax
{
    /// <summary>
    /// Pipe tables, task lists, emphasis extras and YAML front matter, with precise source locations.
    /// Built once; Markdig pipelines are thread-safe.
    /// </summary>
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseTaskLists()
        .UseEmphasisExtras()
        .Build();

    /// <summary>Parses a text with the shared pipeline.</summary>
    public static MarkdownDocument Parse(string text) => Markdown.Parse(text, Pipeline);

    /// <summary>
    /// The inline after <paramref name="current"/> in a walk of <paramref name="root"/>'s descendants in the order of
    /// Markdig's <c>Descendants()</c> (each inline, then its children), or null after the last. Start from
    /// <c>root.FirstChild</c>. The walk follows the tree's own links, so it allocates nothing, where
    /// <c>Descendants()</c> allocates an iterator and two stacks per call.
    /// </summary>
    public static Inline? NextInline(Inline current, ContainerInline root)
    {
        ArgumentNullException.ThrowIfNull(current);
        if (current is ContainerInline { FirstChild: { } child })
        {
            return child;
        }

        for (Inline? node = current; node is not null && !ReferenceEquals(node, root); node = node.Parent)
        {
            if (node.NextSibling is { } next)
            {
                return next;
            }
        }

        return null;
    }

    /// <summary>
    /// Adds every node under <paramref name="root"/> (blocks, and the inlines of leaf blocks, not the root itself) to
    /// <paramref name="nodes"/> in the order of Markdig's <c>Descendants()</c>, and the blocks among them to
    /// <paramref name="blocks"/>: one walk with a stack of its own instead of an iterator over two stacks of objects.
    /// </summary>
    internal static void AddDescendants(ContainerBlock root, List<MarkdownObject> nodes, List<Block> blocks)
    {
        var containers = new ContainerBlock[16];
        int[] next = new int[16];
        int depth = 0;
        containers[0] = root;
        while (depth >= 0)
        {
            ContainerBlock container = containers[depth];
            if (next[depth] >= container.Count)
            {
                depth--;
                continue;
            }

            Block block = container[next[depth]++];
            nodes.Add(block);
            blocks.Add(block);
            if (block is ContainerBlock inner)
            {
                if (++depth == containers.Length)
                {
                    Array.Resize(ref containers, depth * 2);
                    Array.Resize(ref next, depth * 2);
                }

                containers[depth] = inner;
                next[depth] = 0;
            }
            else if (block is LeafBlock { Inline: { } inline })
            {
                for (Inline? node = inline.FirstChild; node is not null; node = NextInline(node, inline))
                {
                    nodes.Add(node);
                }
            }
        }
    }

    /// <summary>
    /// Converts Markdig's inclusive <see cref="SourceSpan"/> to a half-open <see cref="TextSpan"/>, clamped to the text.
    /// </summary>
    public static TextSpan ToTextSpan(SourceSpan span, int textLength)
    {
        if (span.IsEmpty || span.Start < 0)
        {
            int at = Math.Clamp(span.Start, 0, textLength);
            return new TextSpan(at, 0);
        }

        int start = Math.Min(span.Start, textLength);
        int end = Math.Min(span.End + 1, textLength);
        return TextSpan.FromBounds(start, Math.Max(start, end));
    }
}
