using System.Buffers;
using System.Text;

namespace ReportLint.Cli.Lsp;

/// <summary>How a position's character counts: UTF-16 code units (LSP's default) or UTF-8 bytes.</summary>
internal enum PositionEncoding
{
    Utf16,
    Utf8,
}

/// <summary>
/// The lines of a document as LSP counts them (a line ends at CRLF, LF or CR), and the conversion between offsets in
/// the text (UTF-16 code units, as <see cref="ReportLint.Text.TextSpan"/> counts) and LSP positions (0-based line, and
/// a character counted in the negotiated encoding).
/// </summary>
internal sealed class LineMap
{
    private static readonly SearchValues<char> Breaks = SearchValues.Create("\r\n");

    private readonly string _text;
    private readonly int[] _starts;

    private LineMap(string text, int[] starts)
    {
        _text = text;
        _starts = starts;
    }

    public int LineCount => _starts.Length;

    public static LineMap Of(string text)
    {
        var starts = new List<int> { 0 };
        int at = 0;
        while (true)
        {
            int next = text.AsSpan(at).IndexOfAny(Breaks);
            if (next < 0)
            {
                break;
            }

            at += next;
            at += text[at] == '\r' && at + 1 < text.Length && text[at + 1] == '\n' ? 2 : 1;
            starts.Add(at);
        }

        return new LineMap(text, [.. starts]);
    }

    /// <summary>The position of an offset (clamped to the text).</summary>
    public (int Line, int Character) PositionOf(int offset, PositionEncoding encoding)
    {
        offset = Math.Clamp(offset, 0, _text.Length);
        int line = Array.BinarySearch(_starts, offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        int start = _starts[line];
        int character = encoding == PositionEncoding.Utf16 ? offset - start : Utf8Length(_text.AsSpan(start, offset - start));
        return (line, character);
    }

    /// <summary>
    /// The offset of a position. A line past the last is the end of the text; a character past the end of its line is
    /// the end of the line (before its line break), as the protocol asks; in UTF-8, a position inside a character is
    /// the start of that character.
    /// </summary>
    public int OffsetOf(int line, int character, PositionEncoding encoding)
    {
        if (line < 0)
        {
            return 0;
        }

        if (line >= _starts.Length)
        {
            return _text.Length;
        }

        int start = _starts[line];
        int end = ContentEnd(line);
        if (character <= 0)
        {
            return start;
        }

        if (encoding == PositionEncoding.Utf16)
        {
            return Math.Min(start + character, end);
        }

        int bytes = 0;
        int at = start;
        while (at < end)
        {
            int width;
            int length = 1;
            char c = _text[at];
            if (char.IsHighSurrogate(c) && at + 1 < end && char.IsLowSurrogate(_text[at + 1]))
            {
                width = 4;
                length = 2;
            }
            else
            {
                width = c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
            }

            if (bytes + width > character)
            {
                break;
            }

            bytes += width;
            at += length;
        }

        return at;
    }

    // Where a line's characters end, before its line break.
    private int ContentEnd(int line)
    {
        int end = line + 1 < _starts.Length ? _starts[line + 1] : _text.Length;
        if (end > _starts[line] && _text[end - 1] == '\n')
        {
            end--;
        }

        if (end > _starts[line] && _text[end - 1] == '\r')
        {
            end--;
        }

        return end;
    }

    // UTF-8 bytes of UTF-16 text; a lone surrogate counts as the 3 bytes of U+FFFD, as an encoder writes it.
    private static int Utf8Length(ReadOnlySpan<char> text)
    {
        int ascii = 0;
        while (ascii < text.Length && text[ascii] < 0x80)
        {
            ascii++;
        }

        return ascii == text.Length ? ascii : ascii + Encoding.UTF8.GetByteCount(text[ascii..]);
    }
}
