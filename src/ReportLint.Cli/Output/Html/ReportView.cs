using System.Globalization;
using System.Text;
using Markdig;
using Markdig.Extensions.TaskLists;
using Markdig.Extensions.Yaml;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportLint.Text;

namespace ReportLint.Cli.Output.Html;

/// <summary>
/// One report on the page, in rows: each top-level block of the Markdown, rendered as a reader sees it with its
/// highlights, beside the notes of the findings that start in it. A file that is not Markdown (a configuration file),
/// that is too large to render (over <see cref="MaxRenderedChars"/>), or that Markdig cannot parse or nests too deeply
/// is shown as its source lines around the findings instead.
/// </summary>
internal sealed class ReportView
{
    /// <summary>The largest text rendered as Markdown; a longer one is shown as source excerpts.</summary>
    public const int MaxRenderedChars = 8 * 1024 * 1024;

    /// <summary>Lines of context around each finding in the source view.</summary>
    public const int ContextLines = 2;

    // Deeper trees are shown as source: the renderer recurses once per level.
    private const int MaxDepth = 96;

    /// <summary>
    /// The Markdown the page renders: the blocks and extensions the linter reads (pipe tables, task lists, emphasis
    /// extras, YAML front matter), with precise source locations, and HTML turned off, so raw HTML in a report is
    /// read as text and shown as text.
    /// </summary>
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseTaskLists()
        .UseEmphasisExtras()
        .DisableHtml()
        .Build();

    private readonly SourceText _source;
    private readonly string _text;
    private readonly List<Finding> _findings;
    private readonly HighlightIndex _index;
    private readonly Action<TextWriter, IReadOnlyList<Finding>> _writeNotes;
    private int _nextNote;

    public ReportView(SourceText source, List<Finding> findings, Action<TextWriter, IReadOnlyList<Finding>> writeNotes)
    {
        _source = source;
        _text = source.Text;
        _findings = findings;
        _writeNotes = writeNotes;
        Highlight[] highlights = [.. findings.SelectMany(f => f.Related.Prepend(f.Span))];
        foreach (Highlight h in highlights)
        {
            h.Shown = false;
        }

        _index = new HighlightIndex(_text, highlights);
    }

    /// <summary>How the report was shown, with the reason when not as Markdown.</summary>
    public string? SourceReason { get; private set; }

    /// <summary>Writes the report's rows: rendered Markdown when it can, else its source around the findings.</summary>
    public void Write(TextWriter output, bool markdown)
    {
        MarkdownDocument? document = null;
        if (!markdown)
        {
            SourceReason = "not Markdown";
        }
        else if (_text.Length > MaxRenderedChars)
        {
            SourceReason = string.Create(CultureInfo.InvariantCulture, $"{_text.Length / (1024 * 1024)} M characters, too long to render");
        }
        else
        {
            try
            {
                document = Markdown.Parse(_text, Pipeline);
                if (Depth(document) > MaxDepth)
                {
                    document = null;
                    SourceReason = "nested too deeply to render";
                }
            }
            catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or IndexOutOfRangeException)
            {
                SourceReason = "the Markdown parser refused it";
            }
        }

        if (document is null)
        {
            WriteSource(output);
        }
        else
        {
            WriteMarkdown(output, document);
        }
    }

    private void WriteMarkdown(TextWriter output, MarkdownDocument document)
    {
        var block = new StringWriter(CultureInfo.InvariantCulture);
        HtmlRenderer renderer = CreateRenderer(block);
        // Link reference definitions render nothing, and Markdig files them in one group whose span is not theirs.
        Block[] blocks = [.. document.Where(b => b is not LinkReferenceDefinitionGroup)];
        for (int i = 0; i < blocks.Length; i++)
        {
            int end = i + 1 < blocks.Length ? Math.Max(0, blocks[i + 1].Span.Start) : int.MaxValue;
            if (blocks[i] is ListBlock { Count: > ListChunk } list)
            {
                WriteLongList(output, renderer, block, list, end);
                continue;
            }

            renderer.Render(blocks[i]);
            _index.WriteGhosts(block, end);
            WriteRow(output, block, end);
        }

        if (blocks.Length == 0)
        {
            _index.WriteGhosts(block, int.MaxValue);
            WriteRow(output, block, int.MaxValue);
        }

        CloseBareRow(output);
    }

    /// <summary>The most items of a top-level list in one row; a longer list is written as several, one after another.</summary>
    public const int ListChunk = 32;

    // A long list in rows of ListChunk items, each its own list (an ordered one numbered on), so that the notes of its
    // items stand beside them, and a row is laid out, and has its notes built, only near the screen. Markdig's list
    // renderer, item by item.
    private void WriteLongList(TextWriter output, HtmlRenderer renderer, StringWriter block, ListBlock list, int end)
    {
        int start = 1;
        bool numbered = list.IsOrdered && int.TryParse(list.OrderedStart, NumberStyles.None, CultureInfo.InvariantCulture, out start);
        bool implicitParagraph = renderer.ImplicitParagraph;
        for (int first = 0; first < list.Count; first += ListChunk)
        {
            int last = Math.Min(list.Count, first + ListChunk);
            if (!list.IsOrdered)
            {
                renderer.Write("<ul>\n");
            }
            else if (numbered && start + first != 1)
            {
                renderer.Write(string.Create(CultureInfo.InvariantCulture, $"<ol start=\"{start + (long)first}\">\n"));
            }
            else
            {
                renderer.Write("<ol>\n");
            }

            renderer.ImplicitParagraph = !list.IsLoose;
            for (int i = first; i < last; i++)
            {
                var item = (ListItemBlock)list[i];
                renderer.Write("<li").WriteAttributes(item).Write('>');
                renderer.WriteChildren(item);
                renderer.WriteLine("</li>");
            }

            renderer.ImplicitParagraph = implicitParagraph;
            renderer.Write(list.IsOrdered ? "</ol>\n" : "</ul>\n");
            int limit = last < list.Count ? Math.Max(0, list[last].Span.Start) : end;
            _index.WriteGhosts(block, limit);
            WriteRow(output, block, limit);
        }
    }

    /// <summary>The most blocks without findings gathered in one row.</summary>
    public const int BareRowBlocks = 16;

    private int _bareBlocks;

    // A row: the block's HTML, then the notes of the findings that start before the next block. A block that renders
    // nothing and holds no finding (a link reference definition) makes no row. Blocks without findings that follow one
    // another share a row (up to BareRowBlocks), which keeps the page's elements few.
    private void WriteRow(TextWriter output, StringWriter block, int end)
    {
        int first = _nextNote;
        while (_nextNote < _findings.Count && _findings[_nextNote].Span.Start < end)
        {
            _nextNote++;
        }

        StringBuilder html = block.GetStringBuilder();
        if (html.Length == 0 && _nextNote == first)
        {
            return;
        }

        if (_nextNote > first || _bareBlocks == BareRowBlocks)
        {
            CloseBareRow(output);
        }

        if (_nextNote > first)
        {
            output.Write("<div class=\"row\"><div class=\"md\">");
        }
        else if (_bareBlocks++ == 0)
        {
            output.Write("<div class=\"row bare\"><div class=\"md\">");
        }

        foreach (ReadOnlyMemory<char> chunk in html.GetChunks())
        {
            output.Write(chunk.Span);
        }

        html.Clear();
        if (_nextNote > first)
        {
            output.Write("</div>");
            _writeNotes(output, _findings.GetRange(first, _nextNote - first));
            output.Write("</div>\n");
        }
    }

    private void CloseBareRow(TextWriter output)
    {
        if (_bareBlocks > 0)
        {
            output.Write("</div></div>\n");
            _bareBlocks = 0;
        }
    }

    // The source view: the lines of every highlight with a few lines around them, in excerpts that each make a row
    // with the notes of the findings starting in it.
    private void WriteSource(TextWriter output)
    {
        int lastLine = _source.GetLinePosition(_text.Length).Line;
        var ranges = new List<(int First, int Last)>();
        foreach (Highlight h in _findings.SelectMany(f => f.Related.Prepend(f.Span)).OrderBy(h => h.Start))
        {
            int first = Math.Max(1, _source.GetLinePosition(h.Start).Line - ContextLines);
            int last = Math.Min(lastLine, _source.GetLinePosition(h.End).Line + ContextLines);
            ranges.Add((first, last));
        }

        ranges.Sort();
        var merged = new List<(int First, int Last)>();
        foreach ((int first, int last) in ranges)
        {
            if (merged.Count > 0 && first <= merged[^1].Last + 1)
            {
                merged[^1] = (merged[^1].First, Math.Max(merged[^1].Last, last));
            }
            else
            {
                merged.Add((first, last));
            }
        }

        var block = new StringWriter(CultureInfo.InvariantCulture);
        int shownTo = 0;
        foreach ((int first, int last) in merged)
        {
            if (first > shownTo + 1)
            {
                CloseBareRow(output);
                output.Write(string.Create(CultureInfo.InvariantCulture,
                    $"<p class=\"gap\">Lines {shownTo + 1}–{first - 1} not shown.</p>\n"));
            }

            block.Write("<pre class=\"src\">");
            for (int line = first; line <= last; line++)
            {
                int start = _source.GetLineStart(line);
                int end = line < lastLine ? _source.GetLineStart(line + 1) : _text.Length;
                block.Write(string.Create(CultureInfo.InvariantCulture, $"<span class=\"ln\" data-n=\"{line}\"></span>"));
                _index.WriteExact(block, _text.AsSpan(start, end - start), start);
                if (end == start || _text[end - 1] is not ('\n' or '\r'))
                {
                    block.Write('\n');
                }
            }

            block.Write("</pre>");
            int limit = last < lastLine ? _source.GetLineStart(last + 1) : int.MaxValue;
            _index.WriteGhosts(block, limit);
            WriteRow(output, block, limit);
            shownTo = last;
        }

        CloseBareRow(output);
        if (shownTo < lastLine && merged.Count > 0)
        {
            output.Write(string.Create(CultureInfo.InvariantCulture, $"<p class=\"gap\">Lines {shownTo + 1}–{lastLine} not shown.</p>\n"));
        }
    }

    private HtmlRenderer CreateRenderer(TextWriter writer)
    {
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        // Every renderer that writes text or a link of the report is replaced: text goes through the highlights, links
        // through the URL check. A missing one would leave Markdig's, so the page is not written from a pipeline
        // this code does not know.
        Replace<LiteralInlineRenderer>(renderer, new LiteralRenderer(this));
        Replace<CodeInlineRenderer>(renderer, new CodeInlineMappedRenderer(this));
        Replace<AutolinkInlineRenderer>(renderer, new AutolinkRenderer(this));
        Replace<LinkInlineRenderer>(renderer, new LinkRenderer());
        Replace<HtmlEntityInlineRenderer>(renderer, new EntityRenderer(this));
        Replace<HtmlInlineRenderer>(renderer, new HtmlInlineAsTextRenderer(this));
        Replace<DelimiterInlineRenderer>(renderer, new DelimiterRenderer(this));
        Replace<HtmlBlockRenderer>(renderer, new HtmlBlockAsTextRenderer(this));
        Replace<YamlFrontMatterHtmlRenderer>(renderer, new FrontMatterRenderer(this));
        Replace<CodeBlockRenderer>(renderer, new CodeRenderer(this));
        Replace<HeadingRenderer>(renderer, new ShiftedHeadingRenderer());
        Replace<HtmlTaskListRenderer>(renderer, new TaskRenderer(this));
        return renderer;
    }

    private static void Replace<T>(HtmlRenderer renderer, IMarkdownObjectRenderer replacement)
        where T : IMarkdownObjectRenderer
    {
        if (!renderer.ObjectRenderers.Replace<T>(replacement))
        {
            throw new InvalidOperationException($"The Markdown pipeline has no {typeof(T).Name} to replace.");
        }
    }

    // The deepest nesting of blocks and inlines, walked without recursion.
    private static int Depth(MarkdownDocument document)
    {
        int deepest = 0;
        var stack = new Stack<(MarkdownObject Node, int Depth)>();
        stack.Push((document, 0));
        while (stack.Count > 0)
        {
            (MarkdownObject node, int depth) = stack.Pop();
            deepest = Math.Max(deepest, depth);
            if (depth > MaxDepth)
            {
                break;
            }

            switch (node)
            {
                case ContainerBlock container:
                    foreach (Block child in container)
                    {
                        stack.Push((child, depth + 1));
                    }

                    break;
                case LeafBlock { Inline: { } inline }:
                    stack.Push((inline, depth + 1));
                    break;
                case ContainerInline container:
                    for (Inline? child = container.FirstChild; child is not null; child = child.NextSibling)
                    {
                        stack.Push((child, depth + 1));
                    }

                    break;
            }
        }

        return deepest;
    }

    // Markdig's spans are inclusive; an empty one has End < Start.
    private bool TryRange(SourceSpan span, out int start, out int end)
    {
        start = span.Start;
        end = span.End + 1;
        return start >= 0 && end >= start && end <= _text.Length;
    }

    /// <summary>
    /// Writes text the parser read from <paramref name="span"/>: character for character when it is that source text
    /// (or, with <paramref name="within"/>, a part of it: a code span inside its backticks, a cell's text inside its spaces), else as a whole.
    /// </summary>
    private void WriteMapped(TextWriter output, ReadOnlySpan<char> content, SourceSpan span, bool within = false)
    {
        if (!TryRange(span, out int start, out int end))
        {
            HtmlText.Write(output, content);
        }
        else if (end - start == content.Length && _text.AsSpan(start, end - start).SequenceEqual(content))
        {
            _index.WriteExact(output, content, start);
        }
        else
        {
            int at = within ? _text.AsSpan(start, end - start).IndexOf(content, StringComparison.Ordinal) : -1;
            if (at >= 0 && content.Length > 0)
            {
                _index.WriteExact(output, content, start + at);
            }
            else
            {
                _index.WriteWhole(output, content, start, end);
            }
        }
    }

    // A line of a code block: the parser's slice of the source when it is one, else matched at the line's position.
    private void WriteLine(TextWriter output, Markdig.Helpers.StringLine line)
    {
        Markdig.Helpers.StringSlice slice = line.Slice;
        ReadOnlySpan<char> content = slice.AsSpan();
        if (ReferenceEquals(slice.Text, _text) && slice.Start >= 0 && slice.Start + content.Length <= _text.Length)
        {
            _index.WriteExact(output, content, slice.Start);
        }
        else if (line.Position >= 0 && line.Position + content.Length <= _text.Length && _text.AsSpan(line.Position, content.Length).SequenceEqual(content))
        {
            _index.WriteExact(output, content, line.Position);
        }
        else
        {
            HtmlText.Write(output, content);
        }
    }

    private void WriteLines(HtmlRenderer renderer, LeafBlock block)
    {
        Markdig.Helpers.StringLineGroup lines = block.Lines;
        for (int i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                renderer.Writer.Write('\n');
            }

            WriteLine(renderer.Writer, lines.Lines[i]);
        }
    }

    private sealed class LiteralRenderer(ReportView view) : HtmlObjectRenderer<LiteralInline>
    {
        protected override void Write(HtmlRenderer renderer, LiteralInline obj)
        {
            if (renderer.EnableHtmlForInline)
            {
                // A table cell's literal spans the spaces around its text: the text is found inside its span.
                view.WriteMapped(renderer.Writer, obj.Content.AsSpan(), obj.Span, within: true);
            }
            else
            {
                HtmlText.Write(renderer.Writer, obj.Content.AsSpan());
            }
        }
    }

    private sealed class CodeInlineMappedRenderer(ReportView view) : HtmlObjectRenderer<CodeInline>
    {
        protected override void Write(HtmlRenderer renderer, CodeInline obj)
        {
            renderer.Writer.Write("<code>");
            view.WriteMapped(renderer.Writer, obj.ContentSpan, obj.Span, within: true);
            renderer.Writer.Write("</code>");
        }
    }

    private sealed class AutolinkRenderer(ReportView view) : HtmlObjectRenderer<AutolinkInline>
    {
        protected override void Write(HtmlRenderer renderer, AutolinkInline obj)
        {
            string url = obj.IsEmail ? "mailto:" + obj.Url : obj.Url;
            bool safe = HtmlText.IsSafeUrl(url);
            OpenLink(renderer.Writer, safe ? url : null, null);
            view.WriteMapped(renderer.Writer, obj.Url, obj.Span, within: true);
            renderer.Writer.Write(safe ? "</a>" : "</span>");
        }
    }

    // Links keep their text; only http, https and mailto targets are followed. Images are never loaded (the page
    // reaches no network): their description is shown in their place.
    private sealed class LinkRenderer : HtmlObjectRenderer<LinkInline>
    {
        protected override void Write(HtmlRenderer renderer, LinkInline obj)
        {
            if (obj.IsImage)
            {
                renderer.Writer.Write("<span class=\"img\">");
                renderer.WriteChildren(obj);
                renderer.Writer.Write("</span>");
                return;
            }

            bool safe = HtmlText.IsSafeUrl(obj.Url);
            OpenLink(renderer.Writer, safe ? obj.Url : null, obj.Title);
            renderer.WriteChildren(obj);
            renderer.Writer.Write(safe ? "</a>" : "</span>");
        }
    }

    private static void OpenLink(TextWriter output, string? url, string? title)
    {
        if (url is null)
        {
            output.Write("<span class=\"nolink\">");
            return;
        }

        output.Write("<a href=\"");
        HtmlText.WriteAttribute(output, url.Trim());
        output.Write('"');
        if (!string.IsNullOrEmpty(title))
        {
            output.Write(" title=\"");
            HtmlText.WriteAttribute(output, title);
            output.Write('"');
        }

        output.Write(" rel=\"nofollow noopener noreferrer\">");
    }

    private sealed class EntityRenderer(ReportView view) : HtmlObjectRenderer<HtmlEntityInline>
    {
        protected override void Write(HtmlRenderer renderer, HtmlEntityInline obj) =>
            view.WriteMapped(renderer.Writer, obj.Transcoded.AsSpan(), obj.Span);
    }

    // Never reached with HTML turned off in the pipeline; were it reached, the markup would be shown as text.
    private sealed class HtmlInlineAsTextRenderer(ReportView view) : HtmlObjectRenderer<HtmlInline>
    {
        protected override void Write(HtmlRenderer renderer, HtmlInline obj) =>
            view.WriteMapped(renderer.Writer, obj.Tag ?? string.Empty, obj.Span);
    }

    private sealed class HtmlBlockAsTextRenderer(ReportView view) : HtmlObjectRenderer<HtmlBlock>
    {
        protected override void Write(HtmlRenderer renderer, HtmlBlock obj)
        {
            renderer.Writer.Write("<pre class=\"raw\">");
            view.WriteLines(renderer, obj);
            renderer.Writer.Write("</pre>\n");
        }
    }

    // A delimiter the parser did not pair is its literal characters.
    private sealed class DelimiterRenderer(ReportView view) : HtmlObjectRenderer<DelimiterInline>
    {
        protected override void Write(HtmlRenderer renderer, DelimiterInline obj)
        {
            view.WriteMapped(renderer.Writer, obj.ToLiteral(), obj.Span);
            renderer.WriteChildren(obj);
        }
    }

    private sealed class FrontMatterRenderer(ReportView view) : HtmlObjectRenderer<YamlFrontMatterBlock>
    {
        protected override void Write(HtmlRenderer renderer, YamlFrontMatterBlock obj)
        {
            renderer.Writer.Write("<pre class=\"front-matter\" aria-label=\"Front matter\"><code>");
            view.WriteLines(renderer, obj);
            renderer.Writer.Write("</code></pre>\n");
        }
    }

    private sealed class CodeRenderer(ReportView view) : HtmlObjectRenderer<CodeBlock>
    {
        protected override void Write(HtmlRenderer renderer, CodeBlock obj)
        {
            renderer.EnsureLine();
            renderer.Writer.Write("<pre><code>");
            view.WriteLines(renderer, obj);
            renderer.Writer.Write("</code></pre>\n");
        }
    }

    // The report's headings sit under the page's (h1 the page, h2 each report): a report's h1 is an h3, and so on,
    // styled as the level it was written at.
    private sealed class ShiftedHeadingRenderer : HtmlObjectRenderer<HeadingBlock>
    {
        protected override void Write(HtmlRenderer renderer, HeadingBlock obj)
        {
            int level = Math.Clamp(obj.Level, 1, 6);
            string tag = "h" + Math.Min(6, level + 2).ToString(CultureInfo.InvariantCulture);
            renderer.EnsureLine();
            renderer.Writer.Write(string.Create(CultureInfo.InvariantCulture, $"<{tag} class=\"md-h{level}\">"));
            renderer.WriteLeafInline(obj);
            renderer.Writer.Write("</" + tag + ">\n");
        }
    }

    // A task marker is shown as a box, ☐ or ☑, standing for its three source characters.
    private sealed class TaskRenderer(ReportView view) : HtmlObjectRenderer<TaskList>
    {
        protected override void Write(HtmlRenderer renderer, TaskList obj)
        {
            renderer.Writer.Write(obj.Checked ? "<span class=\"task\" role=\"img\" aria-label=\"done\">" : "<span class=\"task\" role=\"img\" aria-label=\"not done\">");
            if (view.TryRange(obj.Span, out int start, out int end))
            {
                view._index.WriteWhole(renderer.Writer, obj.Checked ? "☑" : "☐", start, end);
            }
            else
            {
                renderer.Writer.Write(obj.Checked ? "☑" : "☐");
            }

            renderer.Writer.Write("</span>");
        }
    }
}
