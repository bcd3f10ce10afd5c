using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportLint.Text;

namespace ReportLint.Syntax;

/// <summary>The one Markdig pipeline every analysis shares, and the one place Markdig spans become <see cref="TextSpan"/>s.</summary>
public static class MarkdownSyntax
{
    /// <summary>
    /// Pipe tables, task lists, emphasis extras and YAML front matter, with precise source locations; the plain pipe
    /// tables of reports read by <see cref="PlainTableParser"/> into the same tree the pipe-table extension builds, at a
    /// fraction of its cost. Built once; Markdig pipelines are thread-safe.
    /// </summary>
    public static MarkdownPipeline Pipeline { get; } = Build(plainTables: true);

    /// <summary>
    /// The same extensions as <see cref="Pipeline"/>, every table read by Markdig's pipe-table extension: the stock
    /// parse that <see cref="PlainTableParser"/> matches, and the baseline the lint is measured against.
    /// </summary>
    internal static MarkdownPipeline StockPipeline { get; } = Build(plainTables: false);

    private static MarkdownPipeline Build(bool plainTables)
    {
        MarkdownPipelineBuilder builder = new MarkdownPipelineBuilder()
            .UsePreciseSourceLocation()
            .UseYamlFrontMatter()
            .UsePipeTables()
            .UseTaskLists()
            .UseEmphasisExtras();
        if (plainTables)
        {
            builder.BlockParsers.Insert(0, new PlainTableParser());
        }

        return builder.Build();
    }

    /// <summary>Parses a text with the shared pipeline.</summary>
    public static MarkdownDocument Parse(string text)
    {
        MarkdownDocument document = Markdown.Parse(text, Pipeline);
        bool tabs = text.IndexOf('\t') >= 0;
        if (tabs || text.IndexOf('|') >= 0)
        {
            MendSpans(document, text, tabs);
        }

        return document;
    }

    // Two places where Markdig's offsets are not the source's, mended in one walk of the tree (our own, not Markdig's
    // Descendants<T>(): its iterator over two stacks cost 2% of the lint of pages of large tables). Only a text with a
    // tab can hold the first and only one with a '|' the second.
    private static void MendSpans(MarkdownDocument document, string text, bool tabs)
    {
        foreach (Block node in BlockDescendants(document))
        {
            if (node is CodeBlock code)
            {
                if (tabs)
                {
                    AnchorCodeLines(code, text);
                }
            }
            else if (node is Markdig.Extensions.Tables.Table table)
            {
                EndParagraphBefore(table, text);
            }
        }
    }

    // A code line whose tab the block's indentation only partly removes (a tab under a fence indented by a space, or
    // after a '>') is given a string of its own by Markdig, the rest of the tab written as spaces, so the offsets of its
    // slice are not the source's. Every reader takes a code line's slice as a span of the source: such a line gets the
    // slice of the source it stands for, from its first character that is not blank, so a span never lands elsewhere
    // in the file (a row read from the file's first line made a table end before it began).
    private static void AnchorCodeLines(CodeBlock block, string text)
    {
        Markdig.Helpers.StringLine[] lines = block.Lines.Lines;
        for (int i = 0; i < block.Lines.Count; i++)
        {
            if (!ReferenceEquals(lines[i].Slice.Text, text))
            {
                lines[i].Slice = SourceSlice(text, lines[i].Position, lines[i].Slice);
            }
        }
    }

    // A pipe table written right under a line of text ("**Target Metrics** :" and the table on the next line, as
    // GitHub renders it) is cut out of that paragraph by Markdig after the paragraph was read, and the paragraph keeps
    // a span over the table's lines too: its text then held every row, with the marks and values of other rows. Such a
    // paragraph ends where its last line before the table ends.
    private static void EndParagraphBefore(Markdig.Extensions.Tables.Table table, string text)
    {
        ContainerBlock? parent = table.Parent;
        int index = parent?.IndexOf(table) ?? -1;
        if (index < 1 || parent![index - 1] is not ParagraphBlock paragraph ||
            table.Span.Start <= paragraph.Span.Start || table.Span.Start > paragraph.Span.End)
        {
            return;
        }

        int end = table.Span.Start - 1;
        while (end > paragraph.Span.Start && text[end] is '\n' or '\r' or ' ' or '\t')
        {
            end--;
        }

        paragraph.Span = new SourceSpan(paragraph.Span.Start, end);
    }

    private static Markdig.Helpers.StringSlice SourceSlice(string text, int lineStart, Markdig.Helpers.StringSlice rewritten)
    {
        int start = Math.Clamp(lineStart, 0, text.Length);
        int end = text.IndexOf('\n', start);
        end = end < 0 ? text.Length : end;
        if (end > start && text[end - 1] == '\r')
        {
            end--;
        }

        ReadOnlySpan<char> content = rewritten.AsSpan().TrimStart(" \t".AsSpan());
        int from = end - content.Length;
        return from >= start && text.AsSpan(from, content.Length).SequenceEqual(content)
            ? new Markdig.Helpers.StringSlice(text, from, end - 1)
            : new Markdig.Helpers.StringSlice(text, end, end - 1);
    }

    /// <summary>
    /// Whether a paragraph is only a link to a place in its own document (<c>[Complete](#complete)</c>): an entry of
    /// a table of contents, which repeats a heading's words and claims nothing of its own.
    /// </summary>
    internal static bool IsAnchorLinkOnly(LeafBlock block)
    {
        if (block is not ParagraphBlock { Inline: { } inline })
        {
            return false;
        }

        bool link = false;
        for (Inline? child = inline.FirstChild; child is not null; child = child.NextSibling)
        {
            switch (child)
            {
                case LinkInline { IsImage: false, Url: { Length: > 1 } url } when url[0] == '#' && !link:
                    link = true;
                    break;
                case LiteralInline literal when literal.Content.IsEmptyOrWhitespace():
                case LineBreakInline:
                    break;
                default:
                    return false;
            }
        }

        return link;
    }

    /// <summary>
    /// The list item that the list item holding <paramref name="block"/> stands under ("Runtime demo" for a block of
    /// "Runtime demo" › "the image service is done"), or null for a top-level item or a block in no list.
    /// </summary>
    internal static ListItemBlock? ParentItemOf(Block block)
    {
        bool own = false;
        for (Block? b = block; b is not null; b = b.Parent)
        {
            if (b is ListItemBlock item)
            {
                if (own)
                {
                    return item;
                }

                own = true;
            }
        }

        return null;
    }

    /// <summary>The language of a fence: the first word of its info string ("bash" of "bash title=run"), or empty.</summary>
    internal static ReadOnlySpan<char> FenceLanguage(FencedCodeBlock fence)
    {
        ReadOnlySpan<char> info = (fence.Info ?? string.Empty).AsSpan().Trim();
        int space = info.IndexOfAny(' ', '\t', '{');
        return (space < 0 ? info : info[..space]).Trim();
    }

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
    /// Adds every block under <paramref name="root"/> (not the root itself) to <paramref name="blocks"/> in the order of
    /// Markdig's <c>Descendants()</c> (see <see cref="BlockDescendants"/>).
    /// </summary>
    internal static void AddBlocks(ContainerBlock root, List<Block> blocks)
    {
        foreach (Block block in BlockDescendants(root))
        {
            blocks.Add(block);
        }
    }

    /// <summary>
    /// Every block under <paramref name="root"/> (not the root itself) in the order of Markdig's <c>Descendants()</c>,
    /// walked as it is read: one walk with a stack of its own instead of an iterator over two stacks of objects, and
    /// no list of the blocks (a report's models walk them a few times; a list of them was kept per document).
    /// </summary>
    internal static BlockWalk BlockDescendants(ContainerBlock root) => new(root);

    /// <summary>A walk of a tree's blocks in document order (see <see cref="BlockDescendants"/>).</summary>
    internal struct BlockWalk
    {
        private ContainerBlock[] _containers;
        private int[] _next;
        private int _depth;

        public BlockWalk(ContainerBlock root)
        {
            _containers = new ContainerBlock[16];
            _next = new int[16];
            _containers[0] = root;
            _depth = 0;
            Current = null!;
        }

        public Block Current { get; private set; }

        public readonly BlockWalk GetEnumerator() => this;

        public bool MoveNext()
        {
            while (_depth >= 0)
            {
                ContainerBlock container = _containers[_depth];
                if (_next[_depth] >= container.Count)
                {
                    _depth--;
                    continue;
                }

                Block block = container[_next[_depth]++];
                if (block is ContainerBlock inner)
                {
                    if (++_depth == _containers.Length)
                    {
                        Array.Resize(ref _containers, _depth * 2);
                        Array.Resize(ref _next, _depth * 2);
                    }

                    _containers[_depth] = inner;
                    _next[_depth] = 0;
                }

                Current = block;
                return true;
            }

            return false;
        }
    }

    /// <summary>
    /// Every node under <paramref name="root"/> (blocks, and the inlines of leaf blocks, not the root itself) in the
    /// order of Markdig's <c>Descendants()</c>, walked as it is read: nothing is kept but a stack of the open containers.
    /// </summary>
    internal static NodeWalk Descendants(ContainerBlock root) => new(root);

    /// <summary>A walk of a tree's blocks and inlines in document order (see <see cref="Descendants"/>).</summary>
    internal struct NodeWalk
    {
        // The blocks, and after each leaf block its inlines.
        private BlockWalk _blocks;
        private ContainerInline? _root;
        private Inline? _nextInline;

        public NodeWalk(ContainerBlock root)
        {
            _blocks = new BlockWalk(root);
            _root = null;
            _nextInline = null;
            Current = null!;
        }

        public MarkdownObject Current { get; private set; }

        public readonly NodeWalk GetEnumerator() => this;

        public bool MoveNext()
        {
            if (_nextInline is { } inline)
            {
                Current = inline;
                _nextInline = NextInline(inline, _root!);
                return true;
            }

            if (!_blocks.MoveNext())
            {
                return false;
            }

            Block block = _blocks.Current;
            if (block is LeafBlock { Inline: { } root })
            {
                _root = root;
                _nextInline = root.FirstChild;
            }

            Current = block;
            return true;
        }
    }

    // Runs at least this long of one of these characters hold no claim, and Markdig builds an object for each character
    // of them (a line of 16 MB of '|' took 3.8 GB).
    private const int LongRun = 256;
    private static readonly System.Buffers.SearchValues<char> RunCharacters = System.Buffers.SearchValues.Create("|[]()<!");

    /// <summary>
    /// The text with every run of <see cref="LongRun"/> or more of one bracket, pipe, <c>&lt;</c> or <c>!</c> made of
    /// no-break spaces, at the same length (offsets still point into the original); null when there is none.
    /// </summary>
    internal static string? WithoutLongRuns(string text)
    {
        char[]? chars = null;
        ReadOnlySpan<char> span = text;
        int i = 0;
        while (i < span.Length)
        {
            int next = span[i..].IndexOfAny(RunCharacters);
            if (next < 0)
            {
                break;
            }

            int start = i + next;
            char c = span[start];
            int end = start + 1;
            while (end < span.Length && span[end] == c)
            {
                end++;
            }

            if (end - start >= LongRun)
            {
                chars ??= text.ToCharArray();
                for (int k = start; k < end; k++)
                {
                    chars[k] = '\u00A0'; // a loop, not Span.Fill: see ProseText.Blank
                }
            }

            i = end;
        }

        return chars is null ? null : new string(chars);
    }

    /// <summary>
    /// The text with the lines that nest too deeply for the parser made plain, at the same length (so every offset of
    /// the tree still points into the original): on a line whose block prefix (quote markers, list markers and
    /// indentation) nests more than <paramref name="maxNesting"/> levels, those markers become no-break spaces; on a
    /// line with more than <paramref name="maxNesting"/> <c>[</c>, every <c>[</c> does. Null when no line is changed.
    /// </summary>
    internal static string? Neutralise(string text, int maxNesting, out int firstLine, out int lineCount)
    {
        char[]? chars = null;
        firstLine = 0;
        lineCount = 0;
        int line = 0;
        for (int start = 0; start < text.Length; line++)
        {
            int end = text.IndexOfAny(LineBreaks, start);
            end = end < 0 ? text.Length : end;
            bool changed = NeutralisePrefix(text, start, end, maxNesting, ref chars) | NeutraliseBrackets(text, start, end, maxNesting, ref chars);
            if (changed)
            {
                firstLine = lineCount++ == 0 ? line + 1 : firstLine;
            }

            start = end < text.Length && text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? end + 2 : end + 1;
        }

        return chars is null ? null : new string(chars);
    }

    private static readonly char[] LineBreaks = ['\n', '\r'];

    private static bool NeutralisePrefix(string text, int start, int end, int maxNesting, ref char[]? chars)
    {
        int levels = 0, columns = 0, i = start;
        while (i < end)
        {
            char c = text[i];
            if (c == ' ')
            {
                columns++;
            }
            else if (c == '\t')
            {
                columns += 4;
            }
            else if (c == '>' || (c is '-' or '*' or '+' && i + 1 < end && text[i + 1] is ' ' or '\t'))
            {
                levels++;
            }
            else if (!char.IsAsciiDigit(c) && !(c is '.' or ')' && i > start && char.IsAsciiDigit(text[i - 1])))
            {
                break;
            }

            i++;
        }

        // Indentation nests lists too: two columns a level at the least.
        if (levels + columns / 2 <= maxNesting)
        {
            return false;
        }

        chars ??= text.ToCharArray();
        for (int k = start; k < i; k++)
        {
            if (text[k] is '>' or '-' or '*' or '+' || (text[k] is '.' or ')' && k > start && char.IsAsciiDigit(text[k - 1])))
            {
                chars[k] = '\u00A0';
            }
        }

        return true;
    }

    private static bool NeutraliseBrackets(string text, int start, int end, int maxNesting, ref char[]? chars)
    {
        ReadOnlySpan<char> span = text.AsSpan(start, end - start);
        if (span.Count('[') <= maxNesting)
        {
            return false;
        }

        chars ??= text.ToCharArray();
        for (int k = start; k < end; k++)
        {
            if (text[k] == '[')
            {
                chars[k] = '\u00A0';
            }
        }

        return true;
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
