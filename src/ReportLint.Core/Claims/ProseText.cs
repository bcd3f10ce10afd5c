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
        ReadOnlySpan<char> text = document.GetText(span);
        char[]? buffer = null;
        if (MayHoldCode(block, text))
        {
            Inline? cursor = block.Inline!.FirstChild;
            while (NextCode(document, block, span, ref cursor, out TextSpan code))
            {
                buffer ??= text.ToArray();
                buffer.AsSpan(code.Start - span.Start, code.Length).Fill(' ');
            }
        }

        return buffer is null ? text.ToString() : new string(buffer);
    }

    /// <summary>
    /// Blanks the code spans, HTML and autolinks of <paramref name="block"/> within <paramref name="span"/> in
    /// <paramref name="text"/>, which holds that span's characters (a row's buffer holding each of its cells): what
    /// <see cref="Of"/> gives, without a string per cell.
    /// </summary>
    internal static void BlankCode(ReportDocument document, LeafBlock block, TextSpan span, Span<char> text)
    {
        if (!MayHoldCode(block, text))
        {
            return;
        }

        Inline? cursor = block.Inline!.FirstChild;
        while (NextCode(document, block, span, ref cursor, out TextSpan code))
        {
            text.Slice(code.Start - span.Start, code.Length).Fill(' ');
        }
    }

    // Code spans start with a backtick, HTML and autolinks with '<': text with neither has nothing to blank.
    private static bool MayHoldCode(LeafBlock block, ReadOnlySpan<char> text) => block.Inline is not null && text.IndexOfAny('`', '<') >= 0;

    // The part within span of the next code span, HTML or autolink from cursor on (the inline to look at next, in the
    // order of Descendants()); false when there is none left.
    private static bool NextCode(ReportDocument document, LeafBlock block, TextSpan span, ref Inline? cursor, out TextSpan code)
    {
        while (cursor is not null)
        {
            Inline inline = cursor;
            cursor = MarkdownSyntax.NextInline(inline, block.Inline!);
            if (inline is not (CodeInline or HtmlInline or AutolinkInline))
            {
                continue;
            }

            TextSpan found = document.GetSpan(inline);
            int start = Math.Max(found.Start, span.Start), end = Math.Min(found.End, span.End);
            if (end > start)
            {
                code = TextSpan.FromBounds(start, end);
                return true;
            }
        }

        code = default;
        return false;
    }
}
