using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace ReportLint.Text;

/// <summary>How the bytes of a source were encoded.</summary>
public enum SourceEncoding
{
    /// <summary>UTF-8, with or without a byte order mark.</summary>
    Utf8,
    /// <summary>UTF-16 little endian, recognised by its byte order mark.</summary>
    Utf16LittleEndian,
    /// <summary>UTF-16 big endian, recognised by its byte order mark.</summary>
    Utf16BigEndian,
}

/// <summary>
/// The text of one report, decoded from its bytes. It remembers the encoding, the byte order mark and the
/// line endings of the original so that a fixed text can be written back byte for byte, and it maps
/// offsets to 1-based lines and columns on demand.
/// </summary>
public sealed class SourceText
{
    private static readonly UTF8Encoding Utf8Lenient = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
    private static readonly UnicodeEncoding Utf16Le = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: false);
    private static readonly UnicodeEncoding Utf16Be = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: false);

    private int[]? _lineStarts;
    private int _lineHint;

    // Valid text, or text whose invalid sequences are listed (the U+FFFD each became, and its first byte).
    private SourceText(string text, SourceEncoding encoding, bool hasBom, List<int>? invalidChars = null, List<int>? invalidBytes = null,
        string? lineEnding = null, int firstLine = 1)
    {
        Text = text;
        Encoding = encoding;
        HasByteOrderMark = hasBom;
        InvalidCharOffsets = invalidChars ?? [];
        InvalidByteOffsets = invalidBytes ?? [];
        LineEnding = lineEnding ?? DetectLineEnding(text);
        FirstLine = firstLine;
    }

    /// <summary>The decoded text, without the byte order mark.</summary>
    public string Text { get; }

    /// <summary>The number of UTF-16 code units in <see cref="Text"/>.</summary>
    public int Length => Text.Length;

    /// <summary>The encoding of the original bytes.</summary>
    public SourceEncoding Encoding { get; }

    /// <summary>Whether the original bytes started with a byte order mark.</summary>
    public bool HasByteOrderMark { get; }

    /// <summary>The line ending used by most lines of the text (<c>"\n"</c> when the text has none).</summary>
    public string LineEnding { get; }

    /// <summary>The offset (in bytes, BOM included) of the first byte that is not valid in the encoding (UTF-8 or UTF-16), or -1.</summary>
    public int FirstInvalidByteOffset => InvalidByteOffsets.Count > 0 ? InvalidByteOffsets[0] : -1;

    /// <summary>How many invalid byte sequences were replaced by U+FFFD while decoding.</summary>
    public int InvalidSequenceCount => InvalidByteOffsets.Count;

    /// <summary>Each invalid byte sequence met while decoding: the offset of its U+FFFD in the text.</summary>
    internal IReadOnlyList<int> InvalidCharOffsets { get; }

    /// <summary>Each invalid byte sequence met while decoding: the offset of its first byte (BOM included).</summary>
    internal IReadOnlyList<int> InvalidByteOffsets { get; }

    /// <summary>Whether decoding met invalid bytes (they were replaced by U+FFFD, so the text cannot be written back unchanged).</summary>
    public bool HasDecodingErrors => InvalidSequenceCount > 0;

    /// <summary>The number of lines; a text ending with a line break has an empty last line.</summary>
    public int LineCount => LineStarts.Length;

    /// <summary>
    /// The number of the text's first line: 1, or for a part of a larger file (<see cref="Part"/>) the line of that file
    /// where the part begins, so that every line number (and a message that cites one) is the file's.
    /// </summary>
    public int FirstLine { get; }

    /// <summary>The number of the text's last line (<see cref="FirstLine"/> + <see cref="LineCount"/> − 1).</summary>
    public int LastLine => FirstLine + LineStarts.Length - 1;

    /// <summary>The last line of the whole file: <see cref="LastLine"/>, or for a part, the file's last line.</summary>
    internal int FileLastLine => _fileLastLine > 0 ? _fileLastLine : LastLine;

    private int _fileLastLine;

    /// <summary>
    /// The characters of <paramref name="span"/> as a source of their own, numbered with this text's line numbers (the
    /// span starts a line, or columns on its first line count from the span's start). Encoding, byte order mark and line
    /// ending are this text's; decoding errors are not carried over (they are reported on the whole).
    /// </summary>
    internal SourceText Part(TextSpan span) =>
        new(Text.Substring(span.Start, span.Length), Encoding, HasByteOrderMark, lineEnding: LineEnding, firstLine: GetLinePosition(span.Start).Line)
        {
            _fileLastLine = FileLastLine,
        };

    /// <summary>Creates a source from a string that is already decoded (UTF-8 without BOM is assumed for writing).</summary>
    public static SourceText From(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            return new SourceText(text.Substring(1), SourceEncoding.Utf8, hasBom: true);
        }

        return new SourceText(text, SourceEncoding.Utf8, hasBom: false);
    }

    /// <summary>
    /// The same source with another text (a fixed one): encoding and byte order mark kept, and the text taken as it
    /// is, so a leading U+FEFF that belongs to the text (a doubled byte order mark) stays in it and offsets do not move.
    /// </summary>
    internal SourceText WithText(string text) => new(text, Encoding, HasByteOrderMark);

    /// <summary>
    /// Decodes bytes: UTF-8 with or without BOM, UTF-16 LE or BE with BOM. Invalid bytes never throw: each invalid
    /// UTF-8 sequence, lone UTF-16 surrogate or odd trailing byte becomes U+FFFD and is counted in
    /// <see cref="InvalidSequenceCount"/>.
    /// </summary>
    public static SourceText FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            bool bigEndian = bytes[0] == 0xFE;
            ReadOnlySpan<byte> units = bytes[2..];
            string decoded = (bigEndian ? Utf16Be : Utf16Le).GetString(units);
            SourceEncoding utf16 = bigEndian ? SourceEncoding.Utf16BigEndian : SourceEncoding.Utf16LittleEndian;
            var badChars = new List<int>();
            var badBytes = new List<int>();
            FindInvalidUtf16(units, bigEndian, badChars, badBytes);
            return new SourceText(decoded, utf16, true, badChars, badBytes);
        }

        bool bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
        ReadOnlySpan<byte> body = bom ? bytes[3..] : bytes;
        if (Utf8.IsValid(body))
        {
            return new SourceText(Utf8Lenient.GetString(body), SourceEncoding.Utf8, bom);
        }

        var chars = new List<int>();
        var offsets = new List<int>();
        FindInvalidUtf8(body, bom ? 3 : 0, chars, offsets);
        return new SourceText(Utf8Lenient.GetString(body), SourceEncoding.Utf8, bom, chars, offsets);
    }

    /// <summary>Encodes <paramref name="text"/> the way the original was encoded, byte order mark included.</summary>
    public byte[] Encode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Encoding encoding = Encoding switch
        {
            SourceEncoding.Utf16LittleEndian => Utf16Le,
            SourceEncoding.Utf16BigEndian => Utf16Be,
            _ => Utf8Lenient,
        };
        ReadOnlySpan<byte> preamble = !HasByteOrderMark ? [] : Encoding switch
        {
            SourceEncoding.Utf16LittleEndian => [0xFF, 0xFE],
            SourceEncoding.Utf16BigEndian => [0xFE, 0xFF],
            _ => [0xEF, 0xBB, 0xBF],
        };
        var bytes = new byte[preamble.Length + encoding.GetByteCount(text)];
        preamble.CopyTo(bytes);
        encoding.GetBytes(text, 0, text.Length, bytes, preamble.Length);
        return bytes;
    }

    /// <summary>The characters of a span.</summary>
    public ReadOnlySpan<char> this[TextSpan span] => Text.AsSpan(span.Start, span.Length);

    /// <summary>Converts an offset to a 1-based line and column.</summary>
    public LinePosition GetLinePosition(int offset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset, Text.Length);
        int[] starts = LineStarts;
        int line = LineOf(starts, offset);
        return new LinePosition(line + FirstLine, offset - starts[line] + 1);
    }

    // The index of the line that holds the offset: the last start at or before it (the starts rise strictly from 0).
    // Offsets are mostly asked in the order of the text, so the line found last, then the line after it, is tried
    // before a search. The hint is only a guess (threads may overwrite it): each use checks it.
    private int LineOf(int[] starts, int offset)
    {
        int hint = _lineHint;
        if ((uint)hint < (uint)starts.Length && starts[hint] <= offset)
        {
            if (hint + 1 == starts.Length || offset < starts[hint + 1])
            {
                return hint;
            }

            if (hint + 2 == starts.Length || offset < starts[hint + 2])
            {
                _lineHint = hint + 1;
                return hint + 1;
            }
        }

        int line = Array.BinarySearch(starts, offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        _lineHint = line;
        return line;
    }

    /// <summary>Converts a span to a 1-based line and column range.</summary>
    public LinePositionSpan GetLinePositionSpan(TextSpan span) =>
        new(GetLinePosition(span.Start), GetLinePosition(span.End));

    /// <summary>The offset where a 1-based line starts.</summary>
    public int GetLineStart(int line) => LineStarts[line - FirstLine];

    /// <summary>The span of a 1-based line, without its line break.</summary>
    public TextSpan GetLineSpan(int line)
    {
        int[] starts = LineStarts;
        int index = line - FirstLine;
        int start = starts[index];
        int end = index + 1 < starts.Length ? starts[index + 1] : Text.Length;
        while (end > start && (Text[end - 1] == '\n' || Text[end - 1] == '\r'))
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }

    /// <summary>Converts a 1-based line and column back to an offset.</summary>
    public int GetOffset(LinePosition position) => GetLineStart(position.Line) + position.Column - 1;

    private int[] LineStarts => _lineStarts ??= ComputeLineStarts(Text);

    // The line starts of the last text, for the next: at most 256 KB per thread stays allocated.
    private const int MaxKeptStarts = 1 << 16;

    [ThreadStatic]
    private static int[]? t_starts;

    private static int[] ComputeLineStarts(string text)
    {
        ReadOnlySpan<char> span = text;
        if (!span.Contains('\r'))
        {
            // Line feeds only (the common case): one search, the starts gathered in a buffer kept per thread and copied
            // out at their exact size. (Counting them first with Count cost more than the search: NativeAOT compiles its
            // vector loop with a call per 8 characters.)
            int[] found = t_starts ?? new int[256];
            t_starts = null;
            int count = 1;
            found[0] = 0;
            for (int at = span.IndexOf('\n'); at >= 0;)
            {
                if (count == found.Length)
                {
                    Array.Resize(ref found, found.Length * 2);
                }

                found[count++] = at + 1;
                int next = span[(at + 1)..].IndexOf('\n');
                at = next < 0 ? -1 : at + 1 + next;
            }

            var exact = found.AsSpan(0, count).ToArray();
            if (found.Length <= MaxKeptStarts)
            {
                t_starts = found;
            }

            return exact;
        }

        var starts = new List<int>(Math.Max(16, text.Length / 40)) { 0 };
        int i = 0;
        while (true)
        {
            int next = span[i..].IndexOfAny('\n', '\r');
            if (next < 0)
            {
                break;
            }

            i += next;
            if (span[i] == '\r' && i + 1 < span.Length && span[i + 1] == '\n')
            {
                i++;
            }

            i++;
            starts.Add(i);
        }

        return starts.ToArray();
    }

    private static string DetectLineEnding(string text)
    {
        ReadOnlySpan<char> span = text;
        // A text without a carriage return (most) has only "\n" line endings, or none: one search, not one per line.
        if (span.IndexOf('\r') < 0)
        {
            return "\n";
        }

        int lf = 0, crlf = 0, cr = 0;
        int i = 0;
        while (i < span.Length)
        {
            int next = span[i..].IndexOfAny('\n', '\r');
            if (next < 0)
            {
                break;
            }

            i += next;
            if (span[i] == '\n')
            {
                lf++;
            }
            else if (i + 1 < span.Length && span[i + 1] == '\n')
            {
                crlf++;
                i++;
            }
            else
            {
                cr++;
            }

            i++;
        }

        if (crlf > lf && crlf >= cr)
        {
            return "\r\n";
        }

        return cr > lf && cr > crlf ? "\r" : "\n";
    }

    // A lone surrogate or an odd byte at the end: the decoder reads each as U+FFFD, so, as for invalid UTF-8, the
    // text could not be written back unchanged.
    private static void FindInvalidUtf16(ReadOnlySpan<byte> bytes, bool bigEndian, List<int> charOffsets, List<int> byteOffsets)
    {
        int units = bytes.Length / 2;
        for (int u = 0; u < units; u++)
        {
            char c = bigEndian ? (char)(bytes[2 * u] << 8 | bytes[2 * u + 1]) : (char)(bytes[2 * u + 1] << 8 | bytes[2 * u]);
            if (!char.IsSurrogate(c))
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && u + 1 < units)
            {
                char next = bigEndian ? (char)(bytes[2 * u + 2] << 8 | bytes[2 * u + 3]) : (char)(bytes[2 * u + 3] << 8 | bytes[2 * u + 2]);
                if (char.IsLowSurrogate(next))
                {
                    u++;
                    continue;
                }
            }

            // Each unit is one character of the text; the offsets count the byte order mark.
            charOffsets.Add(u);
            byteOffsets.Add(2 * u + 2);
        }

        if (bytes.Length % 2 != 0)
        {
            charOffsets.Add(units);
            byteOffsets.Add(bytes.Length + 1);
        }
    }

    private static void FindInvalidUtf8(ReadOnlySpan<byte> bytes, int bomLength, List<int> charOffsets, List<int> byteOffsets)
    {
        int i = 0, chars = 0;
        while (i < bytes.Length)
        {
            OperationStatus status = Rune.DecodeFromUtf8(bytes[i..], out Rune rune, out int consumed);
            if (status != OperationStatus.Done)
            {
                charOffsets.Add(chars);
                byteOffsets.Add(i + bomLength);
            }

            // The decoder writes one U+FFFD for each invalid sequence, as this reads them.
            chars += status == OperationStatus.Done && rune.Value > 0xFFFF ? 2 : 1;
            i += Math.Max(1, consumed);
        }
    }
}
