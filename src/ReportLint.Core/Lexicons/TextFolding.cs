using System.Globalization;
using System.Text;

namespace ReportLint.Lexicons;

/// <summary>
/// Folds text for matching across languages and markup: lower case, accents and emoji variation selectors
/// removed, Markdown emphasis and code markers dropped, runs of white space collapsed. "**Priorité**" and
/// "priorite" fold alike.
/// </summary>
public static class TextFolding
{
    /// <summary>Folds a piece of text.</summary>
    public static string Fold(ReadOnlySpan<char> text)
    {
        var sink = TextSink.Rent(text.Length + 1);
        FoldInto(ref sink, text, 0, null);
        return sink.ToText();
    }

    /// <summary>
    /// Folds a piece of text (which starts at <paramref name="offset"/> in the document) and records, for each folded
    /// character, the original span it came from. Mojibake sequences in <paramref name="repairs"/> are read as the
    /// characters they stand for, so "âœ…" folds to "✅" and maps back to the three mangled characters.
    /// </summary>
    public static FoldedText FoldMapped(ReadOnlySpan<char> text, int offset, IEnumerable<ReportLint.Text.MojibakeSequence>? repairs = null)
    {
        var sink = MappedSink.Rent(text.Length + 1);
        FoldRepairing(ref sink, text, offset, repairs);
        return sink.ToFolded(offset + text.Length);
    }

    /// <summary>
    /// The text <see cref="FoldMapped"/> gives, without the map back to the original: for scans that only ask
    /// whether words occur (triage), at a fraction of the cost.
    /// </summary>
    public static string FoldRepaired(ReadOnlySpan<char> text, IEnumerable<ReportLint.Text.MojibakeSequence>? repairs = null) =>
        FoldRepaired(text, 0, repairs);

    /// <summary>As <see cref="FoldRepaired(ReadOnlySpan{char}, IEnumerable{ReportLint.Text.MojibakeSequence}?)"/>, for a piece of a document that starts at <paramref name="offset"/>.</summary>
    internal static string FoldRepaired(ReadOnlySpan<char> text, int offset, IEnumerable<ReportLint.Text.MojibakeSequence>? repairs)
    {
        var sink = TextSink.Rent(text.Length + 1);
        FoldRepairing(ref sink, text, offset, repairs);
        return sink.ToText();
    }

    /// <summary>
    /// Folds <paramref name="text"/> (at <paramref name="offset"/> in the document, mojibake in
    /// <paramref name="repairs"/> read through) into a sink, character by character with the original span of each:
    /// the one folding every other entry point uses, so a scan that never builds the folded string (triage) sees
    /// exactly the characters <see cref="FoldMapped"/> would give.
    /// </summary>
    internal static void FoldRepairing<TSink>(ref TSink sink, ReadOnlySpan<char> text, int offset, IEnumerable<ReportLint.Text.MojibakeSequence>? repairs)
        where TSink : struct, IFoldSink
    {
        int position = 0;
        foreach (ReportLint.Text.MojibakeSequence sequence in repairs ?? [])
        {
            int from = sequence.Span.Start - offset, to = sequence.Span.End - offset;
            if (from < position || to > text.Length)
            {
                continue;
            }

            FoldInto(ref sink, text[position..from], offset + position, null);

            // White space that ended the segment still separates it from the repaired character.
            if (from > position && char.IsWhiteSpace(text[from - 1]) && sink.EndsInWord)
            {
                sink.Append(' ', offset + from - 1, offset + from);
            }

            FoldInto(ref sink, sequence.Repaired.AsSpan(), 0, sequence.Span);
            position = to;
        }

        FoldInto(ref sink, text[position..], offset + position, null);
    }

    // Every folded character goes to the sink with the original span it came from: its own character, or the whole
    // of a repaired mojibake sequence (<paramref name="whole"/>). Dropped markup is reported to the sink too.
    private static void FoldInto<TSink>(ref TSink sink, ReadOnlySpan<char> text, int offset, ReportLint.Text.TextSpan? whole)
        where TSink : struct, IFoldSink
    {
        bool pendingSpace = false;
        int pendingSpaceAt = 0;
        bool fixedSpan = whole.HasValue;
        int wholeStart = whole.GetValueOrDefault().Start, wholeEnd = whole.GetValueOrDefault().End;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];

            // Most characters: an ASCII letter or digit, never markup or space.
            if (IsAsciiWordCharacter(c))
            {
                // A sink that reads plain ASCII text itself (the trigger scan) takes it from here to the next character
                // that is not a letter, digit, space or plain punctuation.
                if (!fixedSpan)
                {
                    int next = sink.AppendPlain(text, i, offset, ref pendingSpace, ref pendingSpaceAt);
                    if (next > i)
                    {
                        i = next - 1;
                        continue;
                    }
                }

                if (pendingSpace)
                {
                    sink.Append(' ', fixedSpan ? wholeStart : offset + pendingSpaceAt, fixedSpan ? wholeEnd : offset + pendingSpaceAt + 1);
                    pendingSpace = false;
                }

                if (fixedSpan)
                {
                    sink.AppendWordCharacter(ToLowerAscii(c), wholeStart, wholeEnd);
                    continue;
                }

                // The whole run of ASCII letters and digits at once: most of any text.
                int runEnd = i + 1;
                while (runEnd < text.Length && IsAsciiWordCharacter(text[runEnd]))
                {
                    runEnd++;
                }

                sink.AppendAsciiWord(text[i..runEnd], offset + i);
                i = runEnd - 1;
                continue;
            }

            if (c is '*' or '`' or '\uFE0F' or '\uFE0E' or '\u200D' || (c == '_' && IsMarkupUnderscore(text, i)) ||
                (c == '~' && i + 1 < text.Length && text[i + 1] == '~') || (c == '~' && i > 0 && text[i - 1] == '~'))
            {
                sink.Dropped(c);
                continue;
            }

            if (c == ' ' || char.IsWhiteSpace(c))
            {
                if (!pendingSpace)
                {
                    pendingSpaceAt = i;
                }

                pendingSpace = sink.EndsInWord;
                continue;
            }

            if (pendingSpace && c == '%')
            {
                pendingSpace = false;
            }

            int start = fixedSpan ? wholeStart : offset + i, end = fixedSpan ? wholeEnd : offset + i + 1;
            if (pendingSpace)
            {
                sink.Append(' ', fixedSpan ? wholeStart : offset + pendingSpaceAt, fixedSpan ? wholeEnd : offset + pendingSpaceAt + 1);
                pendingSpace = false;
            }

            if (c < 0x80)
            {
                sink.Append(ToLowerAscii(c), start, end);
            }
            else if (char.IsSurrogate(c))
            {
                sink.Append(c, start, end);
            }
            else
            {
                string folded = FoldChar(c);
                for (int k = 0; k < folded.Length; k++)
                {
                    sink.Append(folded[k], start, end);
                }
            }
        }
    }

    /// <summary>An ASCII letter in lower case; any other character as it is.</summary>
    internal static char ToLowerAscii(char c) => (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c;

    /// <summary>Whether a character is an ASCII letter or digit (without a Unicode category lookup).</summary>
    internal static bool IsAsciiWordCharacter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9;

    private static bool IsMarkupUnderscore(ReadOnlySpan<char> text, int i)
    {
        bool before = i > 0 && char.IsLetterOrDigit(text[i - 1]);
        bool after = i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);
        return !(before && after);
    }

    // Latin letters from a table (no normalisation call, no culture data); other scripts through FormD.
    private static string FoldChar(char c) =>
        c >= FoldTable.First && c < FoldTable.First + FoldTable.Entries.Length ? FoldTable.Entries[c - FoldTable.First]
        : c is 'œ' or 'Œ' ? "oe"
        : Decomposed[c] ??= Decompose(c);

    // Other characters fold through FormD (marks dropped, lower-cased), computed once per character per process:
    // symbols such as ✅ or — recur thousands of times in a report. Races only compute the same string twice.
    private static readonly string?[] Decomposed = new string?[char.MaxValue + 1];

    private static string Decompose(char c)
    {
        var folded = new StringBuilder(2);
        foreach (char d in c.ToString().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(char.ToLowerInvariant(d));
            }
        }

        return folded.ToString();
    }
}

/// <summary>Receives folded characters, each with the original span it came from.</summary>
internal interface IFoldSink
{
    /// <summary>Whether something other than a space was appended last (white space would then separate).</summary>
    bool EndsInWord { get; }

    /// <summary>Appends one folded character that came from <c>[start, end)</c> of the original.</summary>
    void Append(char c, int start, int end);

    /// <summary>Appends an ASCII letter (lower case) or digit.</summary>
    void AppendWordCharacter(char c, int start, int end);

    /// <summary>
    /// Appends a run of ASCII letters and digits (letters lowered here), each character from its own place in the
    /// original, the first at <paramref name="start"/>: as <see cref="AppendWordCharacter"/> for each, in one call.
    /// </summary>
    void AppendAsciiWord(ReadOnlySpan<char> run, int start);

    /// <summary>A markup character (emphasis, backtick, variation selector…) was dropped here.</summary>
    void Dropped(char c);

    /// <summary>
    /// Takes the text from <paramref name="i"/> (an ASCII letter or digit) exactly as the fold would give it, for as
    /// long as it is plain: ASCII letters, digits, spaces, tabs, line breaks and punctuation that is neither markup
    /// nor the end of a mark (<c>* ` _ ~ ] %</c>). Returns where it stopped; <paramref name="i"/> when it takes nothing.
    /// </summary>
    int AppendPlain(ReadOnlySpan<char> text, int i, int offset, ref bool pendingSpace, ref int pendingSpaceAt);
}

/// <summary>
/// The folded characters alone, in a buffer kept per thread between folds: a fold allocates its string and nothing
/// else (a builder grew its chunks and copied them again into the string).
/// </summary>
internal struct TextSink : IFoldSink
{
    // Larger buffers (a fold of a whole document) are not kept: at most 128 KB per thread stays allocated.
    private const int MaxKept = 1 << 16;

    [ThreadStatic]
    private static char[]? t_chars;

    private char[] _chars;
    private int _count;

    private TextSink(char[] chars)
    {
        _chars = chars;
        _count = 0;
    }

    public readonly bool EndsInWord => _count > 0 && _chars[_count - 1] != ' ';

    /// <summary>A sink with room for <paramref name="capacity"/> characters (it grows if folding lengthens the text).</summary>
    public static TextSink Rent(int capacity)
    {
        if (t_chars is { } chars && chars.Length >= capacity)
        {
            t_chars = null;
            return new TextSink(chars);
        }

        return new TextSink(new char[Math.Max(capacity, 64)]);
    }

    public void Append(char c, int start, int end)
    {
        if (_count == _chars.Length)
        {
            Array.Resize(ref _chars, _chars.Length * 2);
        }

        _chars[_count++] = c;
    }

    public void AppendWordCharacter(char c, int start, int end) => Append(c, start, end);

    public void AppendAsciiWord(ReadOnlySpan<char> run, int start)
    {
        if (_count + run.Length > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_count + run.Length, _chars.Length * 2));
        }

        for (int k = 0; k < run.Length; k++)
        {
            _chars[_count++] = TextFolding.ToLowerAscii(run[k]);
        }
    }

    public readonly void Dropped(char c)
    {
    }

    public readonly int AppendPlain(ReadOnlySpan<char> text, int i, int offset, ref bool pendingSpace, ref int pendingSpaceAt) => i;

    /// <summary>The folded text; the buffer goes back to this thread's cache.</summary>
    public readonly string ToText()
    {
        string text = _count == 0 ? string.Empty : new string(_chars, 0, _count);
        if (_chars.Length <= MaxKept && (t_chars is null || t_chars.Length < _chars.Length))
        {
            t_chars = _chars;
        }

        return text;
    }
}

/// <summary>
/// The folded characters and the original span of each, in buffers kept per thread between folds: the result is
/// copied out at its exact size, so a fold allocates its string and two maps and nothing else.
/// </summary>
internal struct MappedSink : IFoldSink
{
    // Larger buffers (a fold of a whole long section) are not kept: at most 640 KB per thread stays allocated.
    private const int MaxKept = 1 << 16;

    [ThreadStatic]
    private static char[]? t_chars;

    [ThreadStatic]
    private static int[]? t_starts;

    [ThreadStatic]
    private static int[]? t_ends;

    private char[] _chars;
    private int[] _starts;
    private int[] _ends;
    private int _count;

    private MappedSink(char[] chars, int[] starts, int[] ends)
    {
        _chars = chars;
        _starts = starts;
        _ends = ends;
        _count = 0;
    }

    public readonly bool EndsInWord => _count > 0 && _chars[_count - 1] != ' ';

    /// <summary>A sink with room for <paramref name="capacity"/> characters (it grows if folding lengthens the text).</summary>
    public static MappedSink Rent(int capacity)
    {
        char[]? chars = t_chars;
        int[]? starts = t_starts, ends = t_ends;
        if (chars is not null && starts is not null && ends is not null && chars.Length >= capacity)
        {
            t_chars = null;
            t_starts = t_ends = null;
            return new MappedSink(chars, starts, ends);
        }

        capacity = Math.Max(capacity, 64);
        return new MappedSink(new char[capacity], new int[capacity], new int[capacity]);
    }

    public void Append(char c, int start, int end)
    {
        if (_count == _chars.Length)
        {
            Grow(_count + 1);
        }

        _chars[_count] = c;
        _starts[_count] = start;
        _ends[_count] = end;
        _count++;
    }

    public void AppendWordCharacter(char c, int start, int end) => Append(c, start, end);

    public void AppendAsciiWord(ReadOnlySpan<char> run, int start)
    {
        if (_count + run.Length > _chars.Length)
        {
            Grow(_count + run.Length);
        }

        for (int k = 0; k < run.Length; k++)
        {
            _chars[_count] = TextFolding.ToLowerAscii(run[k]);
            _starts[_count] = start + k;
            _ends[_count] = start + k + 1;
            _count++;
        }
    }

    public readonly void Dropped(char c)
    {
    }

    public readonly int AppendPlain(ReadOnlySpan<char> text, int i, int offset, ref bool pendingSpace, ref int pendingSpaceAt) => i;

    /// <summary>The folded text at its exact size; the buffers go back to this thread's cache.</summary>
    public FoldedText ToFolded(int endOfText)
    {
        string text = new(_chars, 0, _count);
        int[] starts = new int[_count], ends = new int[_count];
        Array.Copy(_starts, starts, _count);
        Array.Copy(_ends, ends, _count);
        if (_chars.Length <= MaxKept && (t_chars is null || t_chars.Length < _chars.Length))
        {
            t_chars = _chars;
            t_starts = _starts;
            t_ends = _ends;
        }

        return new FoldedText(text, starts, ends, endOfText);
    }

    private void Grow(int needed)
    {
        int size = Math.Max(needed, _chars.Length * 2);
        Array.Resize(ref _chars, size);
        Array.Resize(ref _starts, size);
        Array.Resize(ref _ends, size);
    }
}

/// <summary>Folded text with, for each folded character, the span of the original document it came from.</summary>
public sealed record FoldedText(string Text, int[] Starts, int[] Ends, int EndOfText)
{
    /// <summary>The original offset of folded character <paramref name="index"/> (or the end of the text).</summary>
    public int StartOf(int index) => index < Starts.Length ? Starts[index] : EndOfText;

    /// <summary>The original span of folded characters <c>[start, end)</c>.</summary>
    public ReportLint.Text.TextSpan ToOriginal(int start, int end) =>
        end > start
            ? ReportLint.Text.TextSpan.FromBounds(Starts[start], Math.Max(Starts[start], Ends[end - 1]))
            : new ReportLint.Text.TextSpan(StartOf(start), 0);
}
