using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportLint.Analysis;
using ReportLint.Syntax;
using ReportLint.Text;

namespace ReportLint.Claims;

/// <summary>
/// The prose of a block: its source text with code spans, raw HTML, autolinks and the targets of links and images
/// blanked out (replaced by spaces, so offsets still point into the document). Claims are read from prose, never
/// from quoted code or from a URL: "[see thread](https://…/pull/12#issuecomment-1100200300)" keeps "[see thread".
/// </summary>
internal static class ProseText
{
    /// <summary>
    /// The text of <paramref name="span"/> (inside <paramref name="block"/>) with its code spans blanked: read in the
    /// document's own text when nothing is blanked (most lines), a string of its own otherwise.
    /// </summary>
    public static ProseChars Of(ReportDocument document, LeafBlock block, TextSpan span)
    {
        ReadOnlySpan<char> text = document.GetText(span);
        // A rented buffer when something is blanked: the one string is made from it at the end.
        char[]? buffer = null;
        if (MayHoldCode(block, text))
        {
            Inline? cursor = block.Inline!.FirstChild;
            while (NextCode(document, block, span, ref cursor, out TextSpan code))
            {
                buffer ??= Rent(text);
                Blank(buffer.AsSpan(code.Start - span.Start, code.Length));
            }
        }

        if (text.IndexOf("://".AsSpan()) >= 0)
        {
            buffer ??= Rent(text);
            BlankBareUrls(buffer.AsSpan(0, text.Length));
        }

        if (buffer is null)
        {
            return new ProseChars(document.Text.Text, span.Start, span.Length);
        }

        string prose = buffer.AsSpan(0, text.Length).ToString();
        System.Buffers.ArrayPool<char>.Shared.Return(buffer);
        return new ProseChars(prose);
    }

    /// <summary>
    /// The prose <paramref name="prose"/> of <paramref name="span"/>, made in a buffer: the document's own text when
    /// nothing was changed in it, else a string of its own.
    /// </summary>
    internal static ProseChars Keep(ReportDocument document, TextSpan span, ReadOnlySpan<char> prose) =>
        prose.SequenceEqual(document.GetText(span)) ? new ProseChars(document.Text.Text, span.Start, span.Length) : new ProseChars(prose.ToString());

    /// <summary>A buffer from the shared pool holding <paramref name="text"/>; return it once its string is made.</summary>
    internal static char[] Rent(ReadOnlySpan<char> text)
    {
        char[] buffer = System.Buffers.ArrayPool<char>.Shared.Rent(text.Length);
        text.CopyTo(buffer);
        return buffer;
    }

    /// <summary>
    /// Blanks the code spans, HTML and autolinks of <paramref name="block"/> within <paramref name="span"/> in
    /// <paramref name="text"/>, which holds that span's characters (a row's buffer holding each of its cells): what
    /// <see cref="Of"/> gives, without a string per cell.
    /// </summary>
    internal static void BlankCode(ReportDocument document, LeafBlock block, TextSpan span, Span<char> text)
    {
        if (MayHoldCode(block, text))
        {
            Inline? cursor = block.Inline!.FirstChild;
            while (NextCode(document, block, span, ref cursor, out TextSpan code))
            {
                Blank(text.Slice(code.Start - span.Start, code.Length));
            }
        }

        BlankBareUrls(text);
    }

    /// <summary>
    /// Blanks each bare URL of the text ("https://…/pull/12", as GitHub links it): from its scheme to the next white
    /// space or closing bracket.
    /// </summary>
    internal static void BlankBareUrls(Span<char> text)
    {
        int from = 0;
        while (from < text.Length)
        {
            int colon = text[from..].IndexOf("://".AsSpan());
            if (colon < 0)
            {
                return;
            }

            colon += from;
            int start = colon;
            while (start > 0 && char.IsAsciiLetter(text[start - 1]))
            {
                start--;
            }

            int end = colon + 3;
            while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not (')' or ']' or '>' or '|' or '"'))
            {
                end++;
            }

            if (start < colon)
            {
                Blank(text[start..end]);
            }

            from = end;
        }
    }

    // Code spans start with a backtick, HTML and autolinks with '<', the target of a link follows a ']': text with
    // none of them has nothing to blank.
    private static bool MayHoldCode(LeafBlock block, ReadOnlySpan<char> text) => block.Inline is not null && text.IndexOfAny('`', '<', ']') >= 0;

    // The part within span of the next code span, HTML or autolink from cursor on (the inline to look at next, in the
    // order of Descendants()); false when there is none left.
    private static bool NextCode(ReportDocument document, LeafBlock block, TextSpan span, ref Inline? cursor, out TextSpan code)
    {
        while (cursor is not null)
        {
            Inline inline = cursor;
            cursor = MarkdownSyntax.NextInline(inline, block.Inline!);
            TextSpan found;
            if (inline is LinkInline link)
            {
                // The target of a link or image: from the end of its text (or of its opening bracket) to its end.
                found = document.GetSpan(link);
                int labelEnd = link.LastChild is { } last ? document.GetSpan(last).End : found.Start + (link.IsImage ? 2 : 1);
                found = labelEnd > found.Start && labelEnd < found.End ? TextSpan.FromBounds(labelEnd, found.End) : default;
                if (found.IsEmpty)
                {
                    continue;
                }
            }
            else if (inline is CodeInline or HtmlInline or AutolinkInline)
            {
                found = document.GetSpan(inline);
            }
            else
            {
                continue;
            }

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

    // A loop, not Span.Fill: the framework's fill is vectorised code that ReadyToRun does not hold, JIT-compiled at
    // every start of the tool, and the blanked runs (code spans, link targets) are short.
    private static void Blank(Span<char> text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            text[i] = ' ';
        }
    }
}

/// <summary>
/// The prose characters of a piece of the source, index 0 at its start: a string of their own when something was
/// blanked, else a stretch of the document's text, which they then share instead of copying.
/// </summary>
internal readonly struct ProseChars : IEquatable<ProseChars>
{
    private readonly string _text;
    private readonly int _start;

    /// <summary>Characters held in a string of their own.</summary>
    public ProseChars(string text)
        : this(text, 0, text.Length)
    {
    }

    /// <summary>The <paramref name="length"/> characters of <paramref name="text"/> from <paramref name="start"/>.</summary>
    public ProseChars(string text, int start, int length)
    {
        if ((uint)start > (uint)text.Length || (uint)length > (uint)(text.Length - start))
        {
            throw new ArgumentOutOfRangeException(nameof(length), $"{start}+{length} is outside a text of {text.Length} characters");
        }

        _text = text;
        _start = start;
        Length = length;
    }

    /// <summary>The number of characters.</summary>
    public int Length { get; }

    /// <summary>The characters.</summary>
    public ReadOnlySpan<char> Chars => _text.AsSpan(_start, Length);

    /// <inheritdoc />
    public bool Equals(ProseChars other) => Chars.SequenceEqual(other.Chars);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ProseChars other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        // FNV-1a over the characters: the same for the same characters, wherever they are held.
        unchecked
        {
            uint hash = 2166136261;
            foreach (char c in Chars)
            {
                hash = (hash ^ c) * 16777619;
            }

            return (int)hash;
        }
    }

    /// <summary>The characters as a string: the held one when it is exactly them (empty for the default, which holds none).</summary>
    public override string ToString() => _text is null ? string.Empty : _start == 0 && Length == _text.Length ? _text : _text.Substring(_start, Length);
}
