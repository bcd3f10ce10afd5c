using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportLint.Analysis;
using ReportLint.Syntax;
using ReportLint.Text;

namespace ReportLint.Claims;

/// <summary>
/// The prose of a block: its source text with code spans, raw HTML and autolinks blanked out (replaced by
/// spaces, so offsets still point into the document). Claims are read from prose, never from quoted code.
/// </summary>
public static class ProseText
{
    /// <summary>The text of <paramref name="span"/> (inside <paramref name="block"/>) with its code spans blanked.</summary>
    public static string Of(ReportDocument document, LeafBlock block, TextSpan span)
    {
        string text = document.GetText(span).ToString();
        if (block.Inline is null || text.IndexOfAny(['`', '<']) < 0)
        {
            return text;
        }

        char[]? buffer = null;
        for (Inline? inline = block.Inline.FirstChild; inline is not null; inline = MarkdownSyntax.NextInline(inline, block.Inline))
        {
            if (inline is not (CodeInline or HtmlInline or AutolinkInline))
            {
                continue;
            }

            TextSpan code = document.GetSpan(inline);
            int start = Math.Max(code.Start, span.Start), end = Math.Min(code.End, span.End);
            if (end <= start)
            {
                continue;
            }

            buffer ??= text.ToCharArray();
            buffer.AsSpan(start - span.Start, end - start).Fill(' ');
        }

        return buffer is null ? text : new string(buffer);
    }
}
