using System.Runtime.CompilerServices;
using System.Globalization;
using System.Text;
using ReportLint.Text;

namespace ReportLint.Lexicons;

/// <summary>
/// Folds text for matching across languages and markup: lower case, accents and emoji variation selectors
/// removed, Markdown emphasis and code markers dropped, runs of white space collapsed. "**Priorité**" and
/// "priorite" fold alike.
/// </summary>
internal static class TextFolding
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
    [MethodImpl(Jit.Hot)]
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
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static char ToLowerAscii(char c) => (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c;

    /// <summary>Whether a character is an ASCII letter or digit (without a Unicode category lookup).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsAsciiWordCharacter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9;

    private static bool IsMarkupUnderscore(ReadOnlySpan<char> text, int i)
    {
        bool before = i > 0 && char.IsLetterOrDigit(text[i - 1]);
        bool after = i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);
        return !(before && after);
    }

    /// <summary>
    /// What the fold gives for a character beyond ASCII that it neither drops nor reads as white space: a letter with its
    /// marks removed, in lower case (possibly two letters, as œ, or none, for a combining mark); a surrogate as it is.
    /// </summary>
    internal static string FoldBeyondAscii(char c) => char.IsSurrogate(c) ? c.ToString() : FoldChar(c);

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
        string decomposed;
        try
        {
            decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        }
        catch (ArgumentException)
        {
            // ICU refuses the noncharacters U+FFFE and U+FFFF (valid UTF-8, so they reach here) and lone surrogates
            // would not get this far: such a character has nothing to decompose and folds to itself.
            decomposed = c.ToString();
        }

        foreach (char d in decomposed)
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

    /// <summary>How many folded characters it holds.</summary>
    public readonly int Count => _count;

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

    /// <summary>The folded characters so far, in the sink's buffer (valid until it is released).</summary>
    public readonly ReadOnlySpan<char> Chars => _chars.AsSpan(0, _count);

    /// <summary>The folded text; the buffer goes back to this thread's cache.</summary>
    public readonly string ToText()
    {
        string text = _count <= ReportLint.Text.StringPool.MaxLength ? ReportLint.Text.StringPool.Get(_chars.AsSpan(0, _count)) : new string(_chars, 0, _count);
        Release();
        return text;
    }

    /// <summary>Gives the buffer back to this thread's cache without making anything of it.</summary>
    public readonly void Release()
    {
        if (_chars.Length <= MaxKept && (t_chars is null || t_chars.Length < _chars.Length))
        {
            t_chars = _chars;
        }
    }
}

/// <summary>
/// The folded characters (a <see cref="TextSink"/>) and the original span of each, as runs (<see cref="FoldedText"/>)
/// in a buffer kept per thread between folds: the result is copied out into the thread's <see cref="FoldStore"/>
/// blocks, so a fold allocates its <see cref="FoldedText"/> and nothing else.
/// </summary>
internal struct MappedSink : IFoldSink
{
    // Larger run buffers (a fold of a whole long section) are not kept: at most 256 KB per thread stays allocated.
    private const int MaxKept = 1 << 16;

    [ThreadStatic]
    private static int[]? t_runs;

    private TextSink _text;
    private int[] _runs;
    private int _runLength;

    private MappedSink(TextSink text, int[] runs)
    {
        _text = text;
        _runs = runs;
        _runLength = 0;
    }

    public readonly bool EndsInWord => _text.EndsInWord;

    /// <summary>A sink with room for <paramref name="capacity"/> characters (it grows if folding lengthens the text).</summary>
    public static MappedSink Rent(int capacity)
    {
        int[] runs = t_runs ?? new int[3 * 16];
        t_runs = null;
        return new MappedSink(TextSink.Rent(capacity), runs);
    }

    public void Append(char c, int start, int end)
    {
        Map(start, end - start);
        _text.Append(c, start, end);
    }

    public void AppendWordCharacter(char c, int start, int end) => Append(c, start, end);

    public void AppendAsciiWord(ReadOnlySpan<char> run, int start)
    {
        // One character each, one after another: the run that the first one goes on (or starts) covers them all.
        if (run.Length > 0)
        {
            Map(start, 1);
        }

        _text.AppendAsciiWord(run, start);
    }

    public readonly void Dropped(char c)
    {
    }

    public readonly int AppendPlain(ReadOnlySpan<char> text, int i, int offset, ref bool pendingSpace, ref int pendingSpaceAt) => i;

    // The next folded character comes from [start, start + width): it goes on the last run when it is that run's
    // next character of the same width, and starts a run otherwise.
    private void Map(int start, int width)
    {
        int last = _runLength - 3;
        int count = _text.Count;
        if (last >= 0 && start == _runs[last + 1] + (count - _runs[last]) && width == _runs[last + 2])
        {
            return;
        }

        if (_runLength == _runs.Length)
        {
            Array.Resize(ref _runs, _runs.Length * 2);
        }

        _runs[_runLength] = count;
        _runs[_runLength + 1] = start;
        _runs[_runLength + 2] = width;
        _runLength += 3;
    }

    /// <summary>The folded characters so far, in the sink's buffer (valid until it is released).</summary>
    public readonly ReadOnlySpan<char> Chars => _text.Chars;

    /// <summary>The runs of the map so far (as <see cref="FoldedText"/> keeps them), in the sink's buffer.</summary>
    public readonly ReadOnlySpan<int> Runs => _runs.AsSpan(0, _runLength);

    /// <summary>The folded text at its exact size; the buffers go back to this thread's cache.</summary>
    public readonly FoldedText ToFolded(int endOfText)
    {
        var folded = new FoldedText(_text.Chars, Runs, endOfText);
        Release();
        return folded;
    }

    /// <summary>Gives the buffers back to this thread's cache without making anything of them.</summary>
    public readonly void Release()
    {
        _text.Release();
        ReleaseRuns();
    }

    private readonly void ReleaseRuns()
    {
        if (_runs.Length <= MaxKept && (t_runs is null || t_runs.Length < _runs.Length))
        {
            t_runs = _runs;
        }
    }
}

/// <summary>Folded text with, for each folded character, the span of the original document it came from.</summary>
/// <remarks>
/// The map is kept as runs: folded characters that come one after another from consecutive original characters of
/// one width share a run, so a fold costs three integers per run of plain text instead of two per character. Most
/// folds are one run from their first character (a statement of plain text): that run is kept in two fields, with
/// no array. <see cref="Starts"/> and <see cref="Ends"/> are made from the runs each time they are read.
/// A fold a sink made keeps its characters, and its runs when they are more than one, as a view of a block shared
/// with the folds made before it on the same thread (<see cref="FoldStore"/>): no string and no array of its own.
/// <see cref="Text"/> makes a string of them each time it is read; <see cref="Chars"/> reads them in place.
/// A value (32 bytes), not an object: a statement keeps its fold in its own fields, and a fold read for a moment
/// allocates nothing of its own. The default value is no fold (<see cref="IsDefault"/>).
/// </remarks>
internal record struct FoldedText
{
    // The folded characters: a string (given, or pooled when short), or a block shared with other folds, from
    // _textStart, _length long.
    private object? _chars;

    // (first folded index, original start of that character, original width of each character) per run, by index:
    // when _runs is not null, _runs from _start, _count integers long (to its end when _count is 0); when it is
    // null, the one run (0, _start, _count). Offsets in a block and run counts fit 16 bits (a larger map has an
    // array of its own): with them, a fold is 32 bytes.
    private int[]? _runs;
    private int _start;
    private int _length;
    private ushort _textStart;
    private ushort _count;

    /// <summary>Folded text with the original span <c>[Starts[i], Ends[i])</c> of each character.</summary>
    public FoldedText(string Text, int[] Starts, int[] Ends, int EndOfText)
    {
        ArgumentNullException.ThrowIfNull(Starts);
        ArgumentNullException.ThrowIfNull(Ends);
        _chars = Text;
        this.EndOfText = EndOfText;
        SetRuns(RunsOf(Starts, Ends), Starts.Length);
    }

    // From a sink's characters and runs, copied into this thread's blocks (the runs kept in the two fields when they
    // are one run from the first character).
    internal FoldedText(ReadOnlySpan<char> text, ReadOnlySpan<int> runs, int endOfText)
    {
        int textStart = 0;
        _chars = text.Length <= ReportLint.Text.StringPool.MaxLength ? ReportLint.Text.StringPool.Get(text) : FoldStore.Keep(text, out textStart);
        _textStart = (ushort)textStart;
        EndOfText = endOfText;
        _length = text.Length;
        if (runs.Length == 3 && runs[0] == 0 && runs[2] is >= 0 and <= ushort.MaxValue)
        {
            _start = runs[1];
            _count = (ushort)runs[2];
        }
        else if (runs.Length == 0)
        {
            _runs = [];
        }
        else
        {
            // A block's runs are fewer than 2^16 integers; a map of its own array longer than that is read to its end.
            _runs = FoldStore.Keep(runs, out _start);
            _count = runs.Length <= ushort.MaxValue ? (ushort)runs.Length : (ushort)0;
        }
    }

    /// <summary>The folded text (a string made at each read: <see cref="Chars"/> reads it without one).</summary>
    public string Text
    {
        readonly get => _chars as string ?? Chars.ToString();
        init
        {
            _chars = value;
            _textStart = 0;
        }
    }

    /// <summary>The folded characters, in place.</summary>
    public readonly ReadOnlySpan<char> Chars => _chars is string s ? s.AsSpan() : _chars is char[] block ? block.AsSpan(_textStart, _length) : default;

    /// <summary>The folded characters, in place, as memory (for a reader that keeps them between calls).</summary>
    public readonly ReadOnlyMemory<char> Memory => _chars is string s ? s.AsMemory() : _chars is char[] block ? block.AsMemory(_textStart, _length) : default;

    /// <summary>How many folded characters there are.</summary>
    public readonly int Length => _chars is string s ? s.Length : _length;

    /// <summary>The original offset each folded character starts at.</summary>
    public int[] Starts
    {
        readonly get => Expand(ends: false);
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            SetRuns(RunsOf(value, Ends), value.Length);
        }
    }

    /// <summary>The original offset each folded character ends at.</summary>
    public int[] Ends
    {
        readonly get => Expand(ends: true);
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            SetRuns(RunsOf(Starts, value), _length);
        }
    }

    /// <summary>The original offset the text ends at (what <see cref="StartOf"/> gives past the last character).</summary>
    public int EndOfText { get; init; }

    /// <summary>Gives the text and the maps, as the positional record this was.</summary>
    public readonly void Deconstruct(out string Text, out int[] Starts, out int[] Ends, out int EndOfText)
    {
        Text = this.Text;
        Starts = this.Starts;
        Ends = this.Ends;
        EndOfText = this.EndOfText;
    }

    /// <summary>The original offset of folded character <paramref name="index"/> (or the end of the text).</summary>
    public readonly int StartOf(int index)
    {
        Span<int> one = stackalloc int[3];
        return FoldRuns.StartOf(RunsIn(one), _length, EndOfText, index);
    }

    /// <summary>The original span of folded characters <c>[start, end)</c>.</summary>
    public readonly ReportLint.Text.TextSpan ToOriginal(int start, int end)
    {
        Span<int> one = stackalloc int[3];
        return FoldRuns.ToOriginal(RunsIn(one), _length, EndOfText, start, end);
    }

    /// <summary>
    /// Equal when the text, the end and the map are: two folds of the same text read the same way are equal however
    /// their maps are kept.
    /// </summary>
    public readonly bool Equals(FoldedText other)
    {
        if (!Chars.SequenceEqual(other.Chars) || EndOfText != other.EndOfText || _length != other._length)
        {
            return false;
        }

        Span<int> mine = stackalloc int[3], theirs = stackalloc int[3];
        return RunsIn(mine).SequenceEqual(other.RunsIn(theirs));
    }

    /// <inheritdoc />
    public override readonly int GetHashCode()
    {
        int hash = unchecked((int)2166136261);
        foreach (char c in Chars)
        {
            hash = unchecked((hash ^ c) * 16777619);
        }

        return unchecked((hash * 31) + EndOfText);
    }

    // How many folded characters the map covers (the text's length, for a fold a sink made).
    internal readonly int MappedLength => _length;

    /// <summary>Whether it is no fold: the default value.</summary>
    public readonly bool IsDefault => _chars is null;

    /// <summary>
    /// Whether both are views of the same characters and runs (the same fold, or folds that read alike, kept in the
    /// same place): what a reader that keeps what it read of a fold compares.
    /// </summary>
    internal readonly bool IsSameView(FoldedText other) =>
        ReferenceEquals(_chars, other._chars) && _textStart == other._textStart && _length == other._length && ReferenceEquals(_runs, other._runs) &&
        _start == other._start && _count == other._count && EndOfText == other.EndOfText;

    // The runs, the one-run map written into one (three integers) when it has no array.
    internal readonly ReadOnlySpan<int> RunsIn(Span<int> one)
    {
        if (_runs is not null)
        {
            return _count == 0 ? _runs.AsSpan(_start) : _runs.AsSpan(_start, _count);
        }

        one[0] = 0;
        one[1] = _start;
        one[2] = _count;
        return one;
    }

    private void SetRuns(ReadOnlySpan<int> runs, int length)
    {
        _length = length;
        if (runs.Length == 3 && runs[0] == 0 && runs[2] is >= 0 and <= ushort.MaxValue)
        {
            _runs = null;
            _start = runs[1];
            _count = (ushort)runs[2];
        }
        else
        {
            _runs = runs.Length == 0 ? [] : runs.ToArray();
            _start = 0;
            _count = 0;
        }
    }

    private readonly int[] Expand(bool ends)
    {
        Span<int> one = stackalloc int[3];
        ReadOnlySpan<int> runs = RunsIn(one);
        int[] map = new int[_length];
        for (int run = 0; run < runs.Length; run += 3)
        {
            int from = runs[run], to = run + 3 < runs.Length ? runs[run + 3] : _length;
            int offset = runs[run + 1] + (ends ? runs[run + 2] : 0);
            for (int i = from; i < to; i++)
            {
                map[i] = offset + (i - from);
            }
        }

        return map;
    }

    // The runs of maps given character by character: a character whose end is missing ends where it starts.
    private static int[] RunsOf(int[] starts, int[] ends)
    {
        var runs = new List<int>();
        for (int i = 0; i < starts.Length; i++)
        {
            int width = (i < ends.Length ? ends[i] : starts[i]) - starts[i];
            int last = runs.Count - 3;
            if (last < 0 || starts[i] != runs[last + 1] + (i - runs[last]) || width != runs[last + 2])
            {
                runs.Add(i);
                runs.Add(starts[i]);
                runs.Add(width);
            }
        }

        return runs.ToArray();
    }
}

/// <summary>
/// Where the folds made on a thread keep their characters and runs (<see cref="Collections.ThreadBlocks{T}"/>): a fold
/// takes a view of the current block instead of a string and an array of its own.
/// </summary>
internal static class FoldStore
{
    // 16 KB of characters and 16 KB of integers: under the large object heap's threshold.
    private const int CharBlock = 8 * 1024;
    private const int IntBlock = 4 * 1024;

    /// <summary>The block <paramref name="text"/> is copied into, and where in it.</summary>
    public static char[] Keep(ReadOnlySpan<char> text, out int start) => Collections.ThreadBlocks<char>.Keep(text, CharBlock, out start);

    /// <summary>The block <paramref name="runs"/> is copied into, and where in it.</summary>
    public static int[] Keep(ReadOnlySpan<int> runs, out int start) => Collections.ThreadBlocks<int>.Keep(runs, IntBlock, out start);
}

/// <summary>
/// Reads a fold's map kept as runs (first folded index, original start of that character, original width of each
/// character, per run): <see cref="FoldedText"/>'s, or a sink's before it is copied out.
/// </summary>
internal static class FoldRuns
{
    /// <summary>The original offset of folded character <paramref name="index"/> (or <paramref name="endOfText"/> past the last).</summary>
    public static int StartOf(ReadOnlySpan<int> runs, int length, int endOfText, int index)
    {
        if (index >= length)
        {
            return endOfText;
        }

        int run = RunOf(runs, index);
        return runs[run + 1] + (index - runs[run]);
    }

    /// <summary>The original span of folded characters <c>[start, end)</c>.</summary>
    public static ReportLint.Text.TextSpan ToOriginal(ReadOnlySpan<int> runs, int length, int endOfText, int start, int end)
    {
        if (end <= start)
        {
            return new ReportLint.Text.TextSpan(StartOf(runs, length, endOfText, start), 0);
        }

        if (end > length)
        {
            throw new ArgumentOutOfRangeException(nameof(end), end, "past the last folded character");
        }

        int first = StartOf(runs, length, endOfText, start);
        int run = RunOf(runs, end - 1);
        int last = runs[run + 1] + (end - 1 - runs[run]) + runs[run + 2];
        return ReportLint.Text.TextSpan.FromBounds(first, Math.Max(first, last));
    }

    // The offset in runs of the run holding folded character index (0 <= index < length).
    private static int RunOf(ReadOnlySpan<int> runs, int index)
    {
        if (index < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, "folded characters start at 0");
        }

        int lo = 0, hi = (runs.Length / 3) - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) >>> 1;
            if (runs[3 * mid] <= index)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return 3 * lo;
    }
}
