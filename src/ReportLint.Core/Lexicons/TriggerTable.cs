using System.Runtime.CompilerServices;
using System.Collections.Concurrent;
using ReportLint.Collections;
using ReportLint.Text;

namespace ReportLint.Lexicons;

/// <summary>
/// Where a word or mark of a lexicon's phrases occurs in a document: its number in the
/// <see cref="TriggerTable"/>, and the original span it was folded from.
/// </summary>
internal readonly record struct TriggerHit(int Id, int Start, int End);

/// <summary>
/// The words (maximal runs of letters and digits) and marks (short phrases with neither: ✅, [ ], %) of every phrase
/// of a lexicon, numbered, so one pass over a document's folded characters finds which of them occur and where
/// without building the folded text or any string. Built once per lexicon.
/// </summary>
internal sealed class TriggerTable
{
    /// <summary>The longest mark matched in the character stream; a longer one is assumed present.</summary>
    internal const int MaxMarkLength = 4;

    private readonly string?[] _keys;
    private readonly int[] _ids;
    private readonly int[] _hashes;
    private readonly int _mask;

    // One bit for each value of a hash's top 16 bits, set for the table's words: 8 KB, where the slots are 256 KB. Most
    // words of a text are in no phrase, and the scan's lookups of them waited on a slot that was rarely in cache; a clear
    // bit answers without reading a slot.
    private readonly ulong[] _filter = new ulong[FilterBits / 64];
    private const int FilterBits = 1 << 16;
    // Values are a class, and the set-up below uses loops rather than LINQ over value types: framework generic code
    // over a value type is not precompiled by ReadyToRun, and this runs at every start of the tool.
    private readonly ConcurrentDictionary<string, CompiledSection> _sections = new(StringComparer.Ordinal);
    private readonly Lexicon _lexicon;
    private readonly int[] _longest;
    private readonly string[] _words;
    private readonly object _placing = new();
    private volatile Placement _placement;

    public TriggerTable(Lexicon lexicon)
    {
        _lexicon = lexicon;
        var words = new List<string>();
        var marks = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var seenMarks = new HashSet<string>(StringComparer.Ordinal);
#if NET
        // Each run looked up as a piece of its phrase: a string is made only for a word not seen before (most words
        // stand in several phrases and sections), not for every run of every phrase at every start of the tool.
        HashSet<string>.AlternateLookup<ReadOnlySpan<char>> seenRuns = seen.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
        foreach (string section in lexicon.Sections)
        {
            foreach (string phrase in lexicon.Phrases(section))
            {
#if NET
                for (int from = 0; NextRun(phrase, ref from, out int start, out int length);)
                {
                    ReadOnlySpan<char> run = phrase.AsSpan(start, length);
                    if (!seenRuns.Contains(run))
                    {
                        string added = length == phrase.Length ? phrase : run.ToString();
                        seen.Add(added);
                        words.Add(added);
                    }
                }
#else
                foreach (string run in Runs(phrase))
                {
                    if (seen.Add(run))
                    {
                        words.Add(run);
                    }
                }
#endif

                if (IsMark(phrase) && seenMarks.Add(phrase))
                {
                    marks.Add(phrase);
                }
            }
        }

        WordCount = words.Count;
        _words = words.ToArray();
        Marks = marks.ToArray();
        _longest = new int[words.Count];
        for (int id = 0; id < words.Count; id++)
        {
            _longest[id] = words[id].Length;
            MaxWordLength = Math.Max(MaxWordLength, words[id].Length);
        }

        // A quarter full at most, with each key's hash beside it: most words of a text are not in the table, and a
        // lookup of one then usually stops at an empty slot or a different hash without comparing characters.
        int size = 16;
        while (size < words.Count * 4)
        {
            size *= 2;
        }

        _keys = new string?[size];
        _ids = new int[size];
        _hashes = new int[size];
        _mask = size - 1;
        for (int id = 0; id < words.Count; id++)
        {
            int hash = Hash(words[id]);
            int slot = hash & _mask;
            while (_keys[slot] is not null)
            {
                slot = (slot + 1) & _mask;
            }

            _keys[slot] = words[id];
            _ids[slot] = id;
            _hashes[slot] = hash;
            int bit = (int)((uint)hash >> 16);
            _filter[bit >> 6] |= 1UL << bit;
        }

        // Repeats are harmless: the string is only searched.
        var lastChars = new System.Text.StringBuilder(Marks.Length);
        foreach (string mark in Marks)
        {
            lastChars.Append(mark[^1]);
        }

        MarkLastChars = lastChars.ToString();
        bool[] positioned = new bool[words.Count + Marks.Length];
        for (int id = words.Count; id < positioned.Length; id++)
        {
            positioned[id] = true;
        }

        _placement = new Placement(positioned, new HashSet<string>(StringComparer.Ordinal));
    }

    /// <summary>
    /// Which words the next scans record the place of, and for which sections: marks always, and the longest word of
    /// each phrase of every section asked about by place so far (<see cref="Place"/>). Other words ("the", "to" in
    /// "up to date", the words of sections only asked about as a whole) are only noted as occurring: recording every
    /// "the" would cost more than the scan.
    /// </summary>
    public Placement Placing => _placement;

    /// <summary>
    /// Has the scans that start from now on place the phrases of the sections (by their longest word). A scan made
    /// before does not place them; <c>Triggers</c> then scans that document again.
    /// </summary>
    public void Place(string[] sections)
    {
        Placement current = _placement;
        if (current.Covers(sections))
        {
            return;
        }

        lock (_placing)
        {
            current = _placement;
            bool[] positioned = (bool[])current.Positioned.Clone();
            var placed = new HashSet<string>(current.Sections, StringComparer.Ordinal);
            foreach (string section in sections)
            {
                if (!placed.Add(section))
                {
                    continue;
                }

                foreach (int[] phrase in Section(section))
                {
                    int longest = 0;
                    foreach (int id in phrase)
                    {
                        longest = Math.Max(longest, LengthOf(id));
                    }

                    foreach (int id in phrase)
                    {
                        if (id >= 0 && LengthOf(id) == longest)
                        {
                            positioned[id] = true;
                        }
                    }
                }
            }

            _placement = new Placement(positioned, placed);
        }
    }

    // The length of a word; a mark counts as longer than any word (a phrase that is a mark is placed by it).
    private int LengthOf(int id) => id < 0 ? 0 : id < WordCount ? _longest[id] : int.MaxValue;

    /// <summary>How many words are numbered (marks are numbered after them).</summary>
    public int WordCount { get; }

    /// <summary>The marks: phrases of at most <see cref="MaxMarkLength"/> characters that start with neither a letter nor a digit.</summary>
    public string[] Marks { get; }

    /// <summary>The last character of each mark.</summary>
    public string MarkLastChars { get; }

    /// <summary>The length of the longest word.</summary>
    public int MaxWordLength { get; }

    /// <summary>Every number a word or mark can have.</summary>
    public int Count => WordCount + Marks.Length;

    // Each numbered section alone, as triage asks for it by place (Triggers.MayHoldSection): one array per section,
    // shared by every document.
    private string[]?[]? _single;

    /// <summary>The section of the lexicon's <paramref name="number"/> alone, the same array at every call.</summary>
    public string[] Single(int number, string section)
    {
        string[]?[] single = _single ?? Interlocked.CompareExchange(ref _single, new string[_lexicon.SectionCount][], null) ?? _single;
        return single[number] ??= [section];
    }

    /// <summary>The number of a folded word, or -1.</summary>
    public int Find(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxWordLength)
        {
            return -1;
        }

        int hash = Hash(word);
        if (!MayHold(hash))
        {
            return -1;
        }

        for (int slot = hash & _mask; ; slot = (slot + 1) & _mask)
        {
            string? key = _keys[slot];
            if (key is null)
            {
                return -1;
            }

            if (_hashes[slot] == hash && word.SequenceEqual(key.AsSpan()))
            {
                return _ids[slot];
            }
        }
    }

    /// <summary>
    /// As <see cref="Find"/>, for a word of ASCII letters and digits as the text writes it, in any case: each character
    /// is lowered as it is read (for these characters, <c>c | 0x20</c> is what the fold gives), so the trigger scan looks
    /// up a word without copying it lowered first.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int FindAsciiWord(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxWordLength)
        {
            return -1;
        }

        int n = word.Length;
        uint mixed = (((uint)word[0] | 0x20u | (((uint)word[n - 1] | 0x20u) << 16)) * 0x9E3779B1u) +
                     (((uint)word[n >> 1] | 0x20u | ((uint)n << 16)) * 0x85EBCA77u);
        int hash = (int)(mixed ^ (mixed >> 15));
        if (!MayHold(hash))
        {
            return -1;
        }

        for (int slot = hash & _mask; ; slot = (slot + 1) & _mask)
        {
            string? key = _keys[slot];
            if (key is null)
            {
                return -1;
            }

            if (_hashes[slot] == hash && EqualsLowered(word, key))
            {
                return _ids[slot];
            }
        }
    }

    // Whether a word of the table may have this hash: false when none has its top 16 bits.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool MayHold(int hash)
    {
        int bit = (int)((uint)hash >> 16);
        return (_filter[bit >> 6] & (1UL << bit)) != 0;
    }

    private static bool EqualsLowered(ReadOnlySpan<char> word, string key)
    {
        if (key.Length != word.Length)
        {
            return false;
        }

        for (int k = 0; k < word.Length; k++)
        {
            if ((char)(word[k] | 0x20) != key[k])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The phrases of a section, each as what must all occur for it to occur: the numbers of its words, or of the
    /// mark it is; null for a phrase the scan cannot see (a longer phrase with neither letter nor digit).
    /// </summary>
    public int[][] Section(string section) => Compiled(section).Phrases;

    /// <summary>Whether a section has a phrase the scan cannot see (then it may occur anywhere).</summary>
    public bool HasUnseen(string section) => Compiled(section).Unseen;

    // Looked up before GetOrAdd: the factory captures this, so writing it on the hot path allocated a delegate per call.
    private CompiledSection Compiled(string section) =>
        _sections.TryGetValue(section, out CompiledSection? compiled) ? compiled : _sections.GetOrAdd(section, name =>
    {
        IReadOnlyList<string> list = _lexicon.Phrases(name);
        int[][] phrases = new int[list.Count][];
        bool unseen = false;
        for (int i = 0; i < phrases.Length; i++)
        {
            phrases[i] = Compile(list[i]);
            unseen |= phrases[i].Length == 0;
        }

        return new CompiledSection(phrases, unseen);
    });

    // A mark by itself ("[x]" whole, not its word "x"); other phrases by their words.
    private int[] Compile(string phrase)
    {
        int mark = Array.IndexOf(Marks, phrase);
        if (mark >= 0)
        {
            return [WordCount + mark];
        }

        string[] runs = Runs(phrase);
        int[] ids = new int[runs.Length];
        for (int i = 0; i < runs.Length; i++)
        {
            ids[i] = Find(runs[i].AsSpan());
        }

        return ids;
    }

    private sealed class CompiledSection(int[][] phrases, bool unseen)
    {
        public int[][] Phrases { get; } = phrases;

        public bool Unseen { get; } = unseen;

        // For AnyInAscii, made at its first question: one word of each phrase that may occur in a text of ASCII, in
        // order of their first character; null when a phrase is unseen or holds a mark (then only the scan tells).
        public string[]? AsciiWords { get; set; }

        public bool AsciiWordsMade { get; set; }

        // For AnyInText, as AsciiWords: one word of each phrase, ASCII or not.
        public string[]? Words { get; set; }

        public bool WordsMade { get; set; }
    }

    /// <summary>
    /// Whether the scan of a text of ASCII characters alone may find a phrase of the section, read from the raw text:
    /// false only when, for each phrase, a word of it (its longest) is nowhere as the scan could read it. The scan
    /// reads a word of such a text from ASCII letters and digits lowered, with nothing but dropped markers between
    /// them, starting after a character that is neither letter nor digit (a run's start, or a marker where it breaks)
    /// and ending before one; a phrase with a word beyond ASCII never occurs there. True for a section with a phrase
    /// the scan cannot see or a mark.
    /// </summary>
    public bool AnyInAscii(ReadOnlySpan<char> text, string section)
    {
        CompiledSection compiled = Compiled(section);
        if (!compiled.AsciiWordsMade)
        {
            compiled.AsciiWords = WordsOf(compiled, asciiOnly: true);
            compiled.AsciiWordsMade = true;
        }

        string[]? words = compiled.AsciiWords;
        if (words is null)
        {
            return true;
        }

        // One search per first letter (in either case), each place tried against the words that start with it.
        for (int group = 0; group < words.Length;)
        {
            char first = words[group][0];
            int end = group + 1;
            while (end < words.Length && words[end][0] == first)
            {
                end++;
            }

            char upper = first is >= 'a' and <= 'z' ? (char)(first - 0x20) : first;
            for (int from = 0; from < text.Length;)
            {
                int next = text[from..].IndexOfAny(first, upper);
                if (next < 0)
                {
                    break;
                }

                int at = from + next;
                if (at == 0 || !TextFolding.IsAsciiWordCharacter(text[at - 1]))
                {
                    for (int k = group; k < end; k++)
                    {
                        if (AsciiWordAt(text, at, words[k]))
                        {
                            return true;
                        }
                    }
                }

                from = at + 1;
            }

            group = end;
        }

        return false;
    }

    /// <summary>
    /// As <see cref="AnyInAscii"/>, for a text with characters beyond ASCII and no mojibake (whose repairs the scan would
    /// read): false only when, for each phrase, a word of it (its longest) is nowhere as the scan could read it. Each
    /// character is read as the fold gives it (<c>É</c> as <c>e</c>, <c>œ</c> as <c>oe</c>, a combining mark as nothing),
    /// dropped markers passed over; a word may start at an ASCII letter or digit after a character that is neither, or
    /// at any character beyond ASCII, and end before anything but an ASCII letter or digit. This may find a word the
    /// scan would not read (a word within a longer one of letters beyond ASCII), never the other way round. True for a
    /// section with a phrase the scan cannot see or a mark.
    /// </summary>
    public bool AnyInText(ReadOnlySpan<char> text, string section)
    {
        CompiledSection compiled = Compiled(section);
        if (!compiled.WordsMade)
        {
            compiled.Words = WordsOf(compiled, asciiOnly: false);
            compiled.WordsMade = true;
        }

        string[]? words = compiled.Words;
        if (words is null)
        {
            return true;
        }

        // The places of the characters beyond ASCII, found once: a word may start at any of them whose fold starts it.
        List<int>? beyond = null;
        for (int group = 0; group < words.Length;)
        {
            char first = words[group][0];
            int end = group + 1;
            while (end < words.Length && words[end][0] == first)
            {
                end++;
            }

            if (first < 0x80)
            {
                char upper = first is >= 'a' and <= 'z' ? (char)(first - 0x20) : first;
                for (int from = 0; from < text.Length;)
                {
                    int next = text[from..].IndexOfAny(first, upper);
                    if (next < 0)
                    {
                        break;
                    }

                    int at = from + next;
                    if ((at == 0 || !TextFolding.IsAsciiWordCharacter(text[at - 1])) && AnyFoldedWordAt(text, at, words, group, end))
                    {
                        return true;
                    }

                    from = at + 1;
                }
            }

            if (beyond is null)
            {
                beyond = new List<int>();
                for (int i = 0; i < text.Length; i++)
                {
                    if (text[i] >= 0x80)
                    {
                        beyond.Add(i);
                    }
                }
            }

            foreach (int at in beyond)
            {
                string folded = TextFolding.FoldBeyondAscii(text[at]);
                if (folded.Length > 0 && folded[0] == first && AnyFoldedWordAt(text, at, words, group, end))
                {
                    return true;
                }
            }

            group = end;
        }

        return false;
    }

    private static bool AnyFoldedWordAt(ReadOnlySpan<char> text, int at, string[] words, int group, int end)
    {
        for (int k = group; k < end; k++)
        {
            if (FoldedWordAt(text, at, words[k]))
            {
                return true;
            }
        }

        return false;
    }

    // Whether the word (folded) may be read from a place of the text: each character as the fold gives it, dropped
    // markers passed over, and no ASCII letter or digit after it. A word that ends within a character's fold (the "o"
    // of "œ") may be read there too: this only ever errs towards "may".
    private static bool FoldedWordAt(ReadOnlySpan<char> text, int at, string word)
    {
        int i = at, k = 0;
        while (k < word.Length)
        {
            if (i >= text.Length)
            {
                return false;
            }

            char c = text[i++];
            if (c < 0x80)
            {
                if (TextFolding.ToLowerAscii(c) == word[k])
                {
                    k++;
                }
                else if (!IsDroppableMarker(c))
                {
                    return false;
                }

                continue;
            }

            if (c is '\uFE0F' or '\uFE0E' or '\u200D')
            {
                continue;
            }

            foreach (char folded in TextFolding.FoldBeyondAscii(c))
            {
                if (k == word.Length)
                {
                    return true;
                }

                if (folded != word[k])
                {
                    return false;
                }

                k++;
            }
        }

        return i >= text.Length || !TextFolding.IsAsciiWordCharacter(text[i]);
    }

    // One word of each phrase (its longest), in order of their first character, leaving out the phrases that never
    // occur (a word no phrase numbers; with asciiOnly, a word beyond ASCII, which a text of ASCII never holds); null
    // when a phrase is unseen or holds a mark.
    private string[]? WordsOf(CompiledSection compiled, bool asciiOnly)
    {
        var words = new List<string>();
        foreach (int[] phrase in compiled.Phrases)
        {
            if (phrase.Length == 0)
            {
                return null;
            }

            string? chosen = null;
            bool never = false;
            foreach (int id in phrase)
            {
                if (id >= WordCount)
                {
                    return null;
                }

                if (id < 0 || (asciiOnly && !IsAscii(_words[id])))
                {
                    never = true;
                    break;
                }

                if (chosen is null || _words[id].Length > chosen.Length)
                {
                    chosen = _words[id];
                }
            }

            if (!never && chosen is not null && !words.Contains(chosen))
            {
                words.Add(chosen);
            }
        }

        words.Sort(StringComparer.Ordinal);
        return words.ToArray();
    }

    // Whether the word (folded: ASCII lower-case letters and digits) is read at a place of the text where it may start.
    private static bool AsciiWordAt(ReadOnlySpan<char> text, int at, string word)
    {
        int i = at + 1;
        for (int k = 1; k < word.Length;)
        {
            if (i >= text.Length)
            {
                return false;
            }

            char c = text[i];
            if (TextFolding.ToLowerAscii(c) == word[k])
            {
                k++;
            }
            else if (!IsDroppableMarker(c))
            {
                return false;
            }

            i++;
        }

        return i >= text.Length || !TextFolding.IsAsciiWordCharacter(text[i]);
    }

    /// <summary>Whether a phrase is matched as a mark: short, and starting with neither a letter nor a digit.</summary>
    public static bool IsMark(string phrase) => phrase.Length is > 0 and <= MaxMarkLength && !char.IsLetterOrDigit(phrase[0]);

    /// <summary>The maximal runs of letters and digits of a folded phrase.</summary>
    public static string[] Runs(string text)
    {
        var runs = new List<string>();
        for (int from = 0; NextRun(text, ref from, out int start, out int length);)
        {
            runs.Add(text.Substring(start, length));
        }

        return runs.ToArray();
    }

    // The next maximal run of letters and digits of a phrase at or after from (which moves past it); false when none is left.
    private static bool NextRun(string text, ref int from, out int start, out int length)
    {
        int i = from;
        while (i < text.Length && !char.IsLetterOrDigit(text[i]))
        {
            i++;
        }

        start = i;
        while (i < text.Length && char.IsLetterOrDigit(text[i]))
        {
            i++;
        }

        length = i - start;
        from = i;
        return length > 0;
    }

    /// <summary>
    /// Scans a whole document: every word and mark of the table that its folded text holds, with where each came
    /// from, in order of position. Mojibake sequences are read as the characters they stand for.
    /// </summary>
    public TriggerScan Scan(ReadOnlySpan<char> text, IEnumerable<MojibakeSequence> repairs) => Scan(text, 0, repairs);

    /// <summary>Scans a piece of a document that starts at <paramref name="offset"/> in it (hits are in document offsets).</summary>
    public TriggerScan Scan(ReadOnlySpan<char> text, int offset, IEnumerable<MojibakeSequence> repairs) => Scan(text, offset, repairs, null);

    /// <summary>
    /// As <see cref="Scan(ReadOnlySpan{char}, int, IEnumerable{MojibakeSequence})"/>, recording which words occur in
    /// <paramref name="present"/> (all false, <see cref="Count"/> long) instead of a new array: for short-lived scans
    /// of a paragraph, whose caller hands the array back for the next one.
    /// </summary>
    public TriggerScan Scan(ReadOnlySpan<char> text, int offset, IEnumerable<MojibakeSequence> repairs, bool[]? present) =>
        Scan(text, offset, repairs, present, null);

    /// <summary>
    /// As <see cref="Scan(ReadOnlySpan{char}, int, IEnumerable{MojibakeSequence}, bool[])"/>, recording the places of
    /// <paramref name="placement"/>'s words (the table's current placement when null): for a document whose questions
    /// were answered without the scan until now, scanned as it would have been when first asked.
    /// </summary>
    public TriggerScan Scan(ReadOnlySpan<char> text, int offset, IEnumerable<MojibakeSequence> repairs, bool[]? present, Placement? placement)
    {
        var sink = new TriggerSink(this, plain: true, present, placement);
        TextFolding.FoldRepairing(ref sink, text, offset, repairs);
        return sink.Finish();
    }

    /// <summary>
    /// Whether the scan of a text of ASCII characters alone is surely complete (<see cref="TriggerScan.Complete"/>),
    /// read from the raw text without the scan. The scan gives up on a run of letters and digits joined by dropped
    /// markers only: one with more than eight breaks, or one of more than <c>256</c> characters with a break or
    /// followed by a marker. Such a run lies within a stretch of letters, digits and the characters that may be
    /// dropped (<c>* ` _ ~</c>), and takes its breaks from the groups of markers of that stretch that follow a
    /// letter (markers side by side make one break) and at most one more from markers after the white space that
    /// follows it (a letter after white space starts another run, anything else ends it). So the scan is complete
    /// when each stretch holding a marker has at most 256 letters and seven such groups, and the stretch before one
    /// that opens with a marker after white space at most 256 characters. False means only "may be incomplete".
    /// A character beyond ASCII other than white space is read as a letter the fold may give three of (it may be one,
    /// or a combining mark the run goes on through), so a text beyond ASCII is surely complete less often than it is,
    /// never more.
    /// </summary>
    public static bool SurelyComplete(ReadOnlySpan<char> text)
    {
        // The markers are found 64 characters at a time (CharFinder), not by a search from the end of each stretch.
        var markers = CharFinder.Markers(text);
        for (int from = 0; ;)
        {
            int marker = markers.Next(from);
            if (marker < 0)
            {
                return true;
            }

            int start = marker;
            while (start > 0 && IsStretchCharacter(text[start - 1]))
            {
                start--;
            }

            int end = marker + 1;
            while (end < text.Length && IsStretchCharacter(text[end]))
            {
                end++;
            }

            // Letters and groups are counted only in a stretch long enough to hold too many: more than seven groups after
            // a letter take at least sixteen characters (a letter before each group), more than 256 letters more still.
            if (end - start >= 2 * (MaxSurelyCompleteMarkers + 1) && !FewEnoughBreaks(text[start..end]))
            {
                return false;
            }

            // A stretch that opens with a marker right after white space breaks the run of the stretch before, which
            // then must be short enough (its own breaks were counted when it was looked at, if it has any).
            if (IsDroppableMarker(text[start]))
            {
                int before = start - 1;
                while (before >= 0 && char.IsWhiteSpace(text[before]))
                {
                    before--;
                }

                int length = 0;
                if (before < start - 1)
                {
                    while (before >= 0 && IsStretchCharacter(text[before]) && length <= MaxSurelyCompleteStretch)
                    {
                        length += text[before] < 0x80 ? 1 : 3;
                        before--;
                    }
                }

                if (length > MaxSurelyCompleteStretch)
                {
                    return false;
                }
            }

            from = end;
        }
    }

    // Whether a stretch has at most 256 letters and seven groups of markers after a letter (a run's breaks: markers side
    // by side make one).
    private static bool FewEnoughBreaks(ReadOnlySpan<char> stretch)
    {
        int letters = 0, groups = 0;
        bool inGroup = false;
        foreach (char c in stretch)
        {
            if (TextFolding.IsAsciiWordCharacter(c) || c >= 0x80)
            {
                // A character beyond ASCII is counted as a letter the fold may give up to three of (Hangul's three
                // jamo): more than the scan counts, never fewer.
                letters += c < 0x80 ? 1 : 3;
                inGroup = false;
            }
            else if (!inGroup)
            {
                inGroup = true;
                groups += letters > 0 ? 1 : 0;
            }
        }

        return letters <= MaxSurelyCompleteStretch && groups <= MaxSurelyCompleteMarkers;
    }

    /// <summary>Whether a text holds ASCII characters alone (no mark beyond ASCII and no mojibake can be read in it).</summary>
    public static bool IsAscii(ReadOnlySpan<char> text)
    {
#if NET
        return System.Text.Ascii.IsValid(text);
#else
        foreach (char c in text)
        {
            if (c >= 0x80)
            {
                return false;
            }
        }

        return true;
#endif
    }

    private const int MaxSurelyCompleteStretch = 256;

    private const int MaxSurelyCompleteMarkers = 7;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsDroppableMarker(char c) => c is '*' or '`' or '_' or '~';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsStretchCharacter(char c) =>
        TextFolding.IsAsciiWordCharacter(c) || IsDroppableMarker(c) || (c >= 0x80 && !char.IsWhiteSpace(c));

    /// <summary>
    /// Whether the scan of a text of ASCII characters alone would find any of the marks (numbers of
    /// <see cref="Marks"/>), read from the raw text: an ASCII character ends a mark only at ']' or '%' (the scan
    /// matches marks there alone), and the mark is matched against the last three characters the fold gives there,
    /// which are read back from that character past dropped markers, with white space given as one space after a
    /// character (none at the start, none before '%'), as the fold gives them.
    /// </summary>
    public bool AnyMarkInAscii(ReadOnlySpan<char> text, ReadOnlySpan<int> marks)
    {
        // The marks by their last character: each ']' or '%' of the text is matched against those ending with it alone,
        // and a character no mark ends with is not searched for.
        Span<int> brackets = marks.Length <= 64 ? stackalloc int[marks.Length] : new int[marks.Length];
        Span<int> percents = marks.Length <= 64 ? stackalloc int[marks.Length] : new int[marks.Length];
        int bracketCount = 0, percentCount = 0;
        foreach (int id in marks)
        {
            char last = Marks[id - WordCount][^1];
            if (last == ']')
            {
                brackets[bracketCount++] = id;
            }
            else if (last == '%')
            {
                percents[percentCount++] = id;
            }
        }

        if (bracketCount + percentCount == 0)
        {
            return false;
        }

        for (int from = 0; from < text.Length;)
        {
            int next = percentCount == 0 ? text[from..].IndexOf(']') : bracketCount == 0 ? text[from..].IndexOf('%') : text[from..].IndexOfAny(']', '%');
            if (next < 0)
            {
                return false;
            }

            int at = from + next;
            if (!FoldedBefore(text, at, out char before, out char third))
            {
                // A character beyond ASCII the fold changes: the scan tells.
                return true;
            }

            foreach (int id in text[at] == ']' ? brackets[..bracketCount] : percents[..percentCount])
            {
                string mark = Marks[id - WordCount];
                if ((mark.Length < 2 || mark[^2] == before) && (mark.Length < 3 || mark[^3] == third))
                {
                    return true;
                }
            }

            from = at + 1;
        }

        return false;
    }

    /// <summary>
    /// Whether the scan of a text without mojibake may find one of the marks (numbers of <see cref="Marks"/>) that end
    /// with a character beyond ASCII (✅ ❌ ⏳ ⚠…): the scan matches such a mark only where the fold gives its last
    /// character, so false when no character of the text folds to one (a surrogate is given as it is).
    /// </summary>
    public bool AnyMarkEndingBeyondAscii(ReadOnlySpan<char> text, ReadOnlySpan<int> marks)
    {
        Span<char> lasts = marks.Length <= 64 ? stackalloc char[marks.Length] : new char[marks.Length];
        int count = 0;
        foreach (int id in marks)
        {
            char last = Marks[id - WordCount][^1];
            if (last >= 0x80)
            {
                lasts[count++] = last;
            }
        }

        if (count == 0)
        {
            return false;
        }

        lasts = lasts[..count];
        for (int i = 0; i < text.Length; i++)
        {
#if NET
            int next = text[i..].IndexOfAnyExceptInRange('\0', '\u007F');
            if (next < 0)
            {
                return false;
            }

            i += next;
#else
            if (text[i] < 0x80)
            {
                continue;
            }
#endif
            char c = text[i];
            if (char.IsWhiteSpace(c) || c is '\uFE0F' or '\uFE0E' or '\u200D')
            {
                continue;
            }

            foreach (char folded in TextFolding.FoldBeyondAscii(c))
            {
                if (lasts.IndexOf(folded) >= 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    // The two characters the fold of an ASCII text gives before the one at <paramref name="at"/> (the sink's register
    // there), read backwards: a space where nothing was given yet. False when a character beyond ASCII that the fold
    // changes (é, œ, a combining mark) stands there: only the scan tells then.
    private static bool FoldedBefore(ReadOnlySpan<char> text, int at, out char before, out char third)
    {
        before = third = ' ';
        int found = 0;
        char later = text[at];
        bool white = false;
        for (int i = at - 1; i >= 0 && found < 2; i--)
        {
            char c = text[i];
            if (IsDroppedAscii(text, i))
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                white = true;
                continue;
            }

            // White space between two given characters is one space, except before '%'.
            if (white && later != '%')
            {
                Give(' ', ref found, ref before, ref third);
                if (found == 2)
                {
                    break;
                }
            }

            if (c >= 0x80)
            {
                if (c is '\uFE0F' or '\uFE0E' or '\u200D')
                {
                    // Dropped by the fold, as the markers are.
                    continue;
                }

                string folded = TextFolding.FoldBeyondAscii(c);
                if (folded.Length != 1 || folded[0] != c)
                {
                    return false;
                }
            }

            white = false;
            Give(TextFolding.ToLowerAscii(c), ref found, ref before, ref third);
            later = c;
        }

        return true;
    }

    private static void Give(char c, ref int found, ref char before, ref char third)
    {
        if (found == 0)
        {
            before = c;
        }
        else
        {
            third = c;
        }

        found++;
    }

    // What the fold drops of an ASCII text (TextFolding.FoldInto): '*', '`', an underscore not between two letters or
    // digits, a '~' next to another.
    private static bool IsDroppedAscii(ReadOnlySpan<char> text, int i) => text[i] switch
    {
        '*' or '`' => true,
        '_' => !(i > 0 && char.IsLetterOrDigit(text[i - 1]) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])),
        '~' => (i + 1 < text.Length && text[i + 1] == '~') || (i > 0 && text[i - 1] == '~'),
        _ => false,
    };

    /// <summary>
    /// Which words and marks occur in a piece of a document, recorded in <paramref name="present"/> (all false,
    /// <see cref="Count"/> long), and no place of any: for a paragraph asked about as a whole. False when the text was
    /// too unusual to scan (then assume anything occurs), as <see cref="TriggerScan.Complete"/>.
    /// </summary>
    public bool ScanPresence(ReadOnlySpan<char> text, int offset, IEnumerable<MojibakeSequence> repairs, bool[] present)
    {
        var sink = new TriggerSink(this, plain: true, present, Nowhere);
        TextFolding.FoldRepairing(ref sink, text, offset, repairs);
        return sink.FinishPresence();
    }

    // A placement that records the place of nothing, made at the first scan for presence only.
    private Placement? _nowhere;

    private Placement Nowhere => _nowhere ??= new Placement(new bool[Count], new HashSet<string>(StringComparer.Ordinal));

    /// <summary>
    /// As <see cref="Scan(ReadOnlySpan{char}, int, IEnumerable{MojibakeSequence})"/>, with every character going
    /// through the fold one at a time (no plain-text loop): the reference the tests hold the scan to.
    /// </summary>
    internal TriggerScan ScanEachCharacter(ReadOnlySpan<char> text, IEnumerable<MojibakeSequence> repairs)
    {
        var sink = new TriggerSink(this, plain: false);
        TextFolding.FoldRepairing(ref sink, text, 0, repairs);
        return sink.Finish();
    }

    // From the length and the first, middle and last characters only: no chain of multiplications over every
    // character of every word of a text. Words that share those are told apart by comparing them.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Hash(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return 0;
        }

        uint n = (uint)word.Length;
        uint hash = ((word[0] | ((uint)word[word.Length - 1] << 16)) * 0x9E3779B1u) + ((word[word.Length >> 1] | (n << 16)) * 0x85EBCA77u);
        return (int)(hash ^ (hash >> 15));
    }
}

/// <summary>
/// Which words a scan records the place of (<see cref="Positioned"/>, by number), and the sections whose phrases it
/// thereby places. Never changed once made; <see cref="TriggerTable.Place"/> makes a new one.
/// </summary>
internal sealed class Placement(bool[] positioned, HashSet<string> sections)
{
    /// <summary>Whether the place of each word or mark is recorded.</summary>
    public bool[] Positioned { get; } = positioned;

    /// <summary>The sections each of whose phrases has a word whose place is recorded.</summary>
    public HashSet<string> Sections { get; } = sections;

    /// <summary>Whether every one of the sections is placed.</summary>
    public bool Covers(string[] sections)
    {
        foreach (string section in sections)
        {
            if (!Sections.Contains(section))
            {
                return false;
            }
        }

        return true;
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, PlacedSection> _indexes = new(StringComparer.Ordinal);

    /// <summary>The phrases of a section (of the table's lexicon) by the first of their words this placement records, made once.</summary>
    public PlacedSection Index(string section, TriggerTable table, Lexicon lexicon)
    {
        if (_indexes.TryGetValue(section, out PlacedSection? index))
        {
            return index;
        }

        index = new PlacedSection(Positioned, table.Section(section), lexicon.Phrases(section));
        return _indexes.GetOrAdd(section, index);
    }
}

/// <summary>
/// A section's phrases for one <see cref="Placement"/>: which are symbols, and which phrases each placed word can bring
/// within a span (every phrase with a placed word, under its first one; the others apart, in <see cref="Unplaced"/>).
/// </summary>
internal sealed class PlacedSection
{
    public PlacedSection(bool[] positioned, int[][] phrases, IReadOnlyList<string> written)
    {
        Phrases = phrases;
        Symbol = new bool[phrases.Length];
        var byWord = new Dictionary<int, List<int>>();
        var unplaced = new List<int>();
        Words = new ulong[(positioned.Length + 63) >> 6];
        for (int i = 0; i < phrases.Length; i++)
        {
            Symbol[i] = PhraseIndex.IsSymbol(written[i]);
            int placed = -1;
            foreach (int id in phrases[i])
            {
                if (positioned[id])
                {
                    Words[id >> 6] |= 1UL << id;
                    placed = placed < 0 ? id : placed;
                }
            }

            if (placed < 0)
            {
                unplaced.Add(i);
            }
            else if (byWord.TryGetValue(placed, out List<int>? list))
            {
                list.Add(i);
            }
            else
            {
                byWord[placed] = [i];
            }
        }

        ByWord = new Dictionary<int, int[]>(byWord.Count);
        Placed = new ulong[(positioned.Length + 63) >> 6];
        foreach (KeyValuePair<int, List<int>> pair in byWord)
        {
            ByWord[pair.Key] = pair.Value.ToArray();
            Placed[pair.Key >> 6] |= 1UL << pair.Key;
        }

        Unplaced = unplaced.ToArray();
    }

    /// <summary>The section's phrases, compiled.</summary>
    public int[][] Phrases { get; }

    /// <summary>Whether each phrase is a symbol (does not start with a letter).</summary>
    public bool[] Symbol { get; }

    /// <summary>The phrases under the first of their words whose place is recorded.</summary>
    public Dictionary<int, int[]> ByWord { get; }

    /// <summary>Every word of the section's phrases whose place is recorded, one bit each by number.</summary>
    public ulong[] Words { get; }

    /// <summary>The words <see cref="ByWord"/> holds, one bit each by number.</summary>
    public ulong[] Placed { get; }

    /// <summary>The phrases none of whose words has its place recorded.</summary>
    public int[] Unplaced { get; }
}

/// <summary>What a <see cref="TriggerTable"/> found in a document.</summary>
internal sealed class TriggerScan(bool[] present, TriggerHit[] hits, bool complete, Placement placement)
{
    /// <summary>Which words' places <see cref="Hits"/> records.</summary>
    public Placement Placement { get; } = placement;

    /// <summary>Whether each word or mark occurs.</summary>
    public bool[] Present { get; } = present;

    /// <summary>Every occurrence, by start.</summary>
    public TriggerHit[] Hits { get; } = hits;

    /// <summary>False when the text was too unusual to scan (a run with many dropped markers): assume anything occurs.</summary>
    public bool Complete { get; } = complete;

    // The last answer of FirstAtOrAfter: statements are asked about in the order of the text, so the next answer is
    // mostly the same or a few hits on. Only a guess (threads may overwrite it): each use checks it.
    private int _hint;

    /// <summary>The index of the first hit starting at or after <paramref name="offset"/>.</summary>
    public int FirstAtOrAfter(int offset)
    {
        TriggerHit[] hits = Hits;
        int at = _hint;
        if ((uint)at <= (uint)hits.Length && (at == 0 || hits[at - 1].Start < offset))
        {
            // Hits before the hint start before the offset: the answer is the hint or a few hits on.
            for (int step = 0; step < 4; step++, at++)
            {
                if (at == hits.Length || hits[at].Start >= offset)
                {
                    _hint = at;
                    return at;
                }
            }
        }

        int lo = 0, hi = hits.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (hits[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        _hint = lo;
        return lo;
    }
}

/// <summary>
/// Reads the folded characters of a document as <see cref="TextFolding"/> gives them and looks up each word in the
/// table. Markup the fold drops ("**", "`", "_") joins what it separates, but a statement that blanks a code span
/// or ends at the marker separates it: both readings are looked up, every contiguous piece of a word between
/// dropped markers, so the scan finds at least every word any reading of the text holds.
/// </summary>
internal struct TriggerSink : IFoldSink
{
    private const int MaxBreaks = 8;
    private const int Capacity = 256;
    private readonly TriggerTable _table;
    private readonly char[] _run;
    private readonly int[] _breakAt;
    private readonly int[] _breakStart;
    private readonly int[] _breakEnd;
    private readonly bool[] _present;
    private readonly Placement _placement;
    private readonly bool[] _positioned;
    private readonly bool _plain;
    private TriggerHit[] _hits;
    private int _count;
    private int _length;
    private int _breaks;
    private int _runStart;
    private int _runEnd;
    private bool _complete;
    private bool _sorted;
    private char _last;
    private char _before;
    private char _third;
    private int _lastStart;
    private int _beforeStart;
    private int _thirdStart;

    // The word buffers of a finished scan on this thread, for the next: a paragraph's scan is short, and each new
    // set of buffers cost more than its scan's hits.
    [ThreadStatic]
    private static (char[] Run, int[] BreakAt, int[] BreakStart, int[] BreakEnd)? t_buffers;

    public TriggerSink(TriggerTable table, bool plain, bool[]? present = null, Placement? placement = null)
    {
        _table = table;
        _plain = plain;
        if (t_buffers is { } kept)
        {
            // Taken, not shared: a scan that started inside this one would make its own.
            t_buffers = null;
            (_run, _breakAt, _breakStart, _breakEnd) = kept;
        }
        else
        {
            _run = new char[Capacity];
            _breakAt = new int[MaxBreaks + 2];
            _breakStart = new int[MaxBreaks + 2];
            _breakEnd = new int[MaxBreaks + 2];
        }

        _present = present ?? new bool[table.Count];
        _placement = placement ?? table.Placing;
        _positioned = _placement.Positioned;
        _hits = HitBuffers.Rent(256);
        _count = 0;
        _length = _breaks = _runStart = _runEnd = 0;
        _complete = _sorted = true;
        _last = _before = _third = ' ';
        _lastStart = _beforeStart = _thirdStart = 0;
    }

    public readonly bool EndsInWord => _last != ' ';

    public void AppendWordCharacter(char c, int start, int end)
    {
        AddToRun(c, start, end);
        Shift(c, start);
    }

    public void AppendAsciiWord(ReadOnlySpan<char> run, int start)
    {
        // As AddToRun and Shift for each character, with the checks that depend only on the run's start and length done once.
        int n = run.Length;
        NoteRunPiece(start);
        int kept = Math.Min(n, Math.Max(0, Capacity - _length));
        for (int k = 0; k < kept; k++)
        {
            _run[_length + k] = TextFolding.ToLowerAscii(run[k]);
        }

        if (kept < n && _breaks > 0)
        {
            _complete = false;
        }

        _length += n;
        _runEnd = start + n;
        for (int k = Math.Max(0, n - 3); k < n; k++)
        {
            Shift(TextFolding.ToLowerAscii(run[k]), start + k);
        }
    }

    [MethodImpl(Jit.Hot)]
    public int AppendPlain(ReadOnlySpan<char> text, int i, int offset, ref bool pendingSpace, ref int pendingSpaceAt)
    {
        // What FoldInto and this sink's Append, AppendAsciiWord and EndsInWord do for these characters, in one loop:
        // about a third less time than character by character (TriggerScanTests hold the two to the same result).
        if (!_plain)
        {
            return i;
        }

        // A run that starts here is looked up in the text itself when a space or punctuation ends it (most words), and
        // copied lowered into the run's buffer only if it is still open when this loop stops (a dropped marker or a
        // letter that is not ASCII may go on with it): inText is where it starts, or -1 when the buffer holds the run.
        int inText = -1;
        int n = text.Length;
        while (i < n)
        {
            char c = text[i];
            if (TextFolding.IsAsciiWordCharacter(c))
            {
                if (pendingSpace)
                {
                    EndRunIn(text, ref inText);
                    Shift(' ', offset + pendingSpaceAt);
                    pendingSpace = false;
                }

                if (_length != 0)
                {
                    // The run goes on (after a dropped marker or a letter that is not ASCII).
                    KeepRun(text, ref inText);
                    int next = i + 1;
                    while (next < n && TextFolding.IsAsciiWordCharacter(text[next]))
                    {
                        next++;
                    }

                    AppendAsciiWord(text[i..next], offset + i);
                    i = next;
                    continue;
                }

                // A new run: found, and left in the text.
                int end = i + 1;
                while (end < n && TextFolding.IsAsciiWordCharacter(text[end]))
                {
                    end++;
                }

                inText = i;
                _runStart = offset + i;
                _runEnd = offset + end;
                _length = end - i;
                if (end - i >= 3)
                {
                    // The last three characters, as three shifts would leave them.
                    _third = TextFolding.ToLowerAscii(text[end - 3]);
                    _thirdStart = offset + end - 3;
                    _before = TextFolding.ToLowerAscii(text[end - 2]);
                    _beforeStart = offset + end - 2;
                    _last = TextFolding.ToLowerAscii(text[end - 1]);
                    _lastStart = offset + end - 1;
                }
                else
                {
                    for (int k = i; k < end; k++)
                    {
                        Shift(TextFolding.ToLowerAscii(text[k]), offset + k);
                    }
                }

                i = end;
            }
            else if (c is ' ' or '\n' or '\r' or '\t')
            {
                if (!pendingSpace)
                {
                    pendingSpaceAt = i;
                }

                pendingSpace = _last != ' ';
                i++;
            }
            else if (c is > ' ' and < '\u007F' and not ('*' or '`' or '_' or '~' or ']' or '%'))
            {
                if (pendingSpace)
                {
                    EndRunIn(text, ref inText);
                    Shift(' ', offset + pendingSpaceAt);
                    pendingSpace = false;
                }

                EndRunIn(text, ref inText);
                Shift(c, offset + i);
                i++;
            }
            else
            {
                break;
            }
        }

        KeepRun(text, ref inText);
        return i;
    }

    // EndRun, for a run that may still be in the text: a run left there has no dropped marker within it (it started
    // with none and ended before any), so it is one word, looked up as EndRun's Look would look up its lowered copy.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void EndRunIn(ReadOnlySpan<char> text, ref int inText)
    {
        if (inText < 0)
        {
            EndRun();
            return;
        }

        if (_length <= Capacity)
        {
            int id = _table.FindAsciiWord(text.Slice(inText, _length));
            if (id >= 0)
            {
                Add(id, _runStart, _runEnd);
            }
        }

        _length = 0;
        _breaks = 0;
        inText = -1;
    }

    // Copies a run left in the text into the run's buffer, lowered (its first Capacity characters), as the fold would
    // have appended it: for what comes after this loop to go on with it or end it.
    private void KeepRun(ReadOnlySpan<char> text, ref int inText)
    {
        if (inText < 0)
        {
            return;
        }

        ReadOnlySpan<char> word = text.Slice(inText, Math.Min(_length, Capacity));
        Span<char> run = _run.AsSpan(0, word.Length);
        for (int k = 0; k < word.Length; k++)
        {
            run[k] = TextFolding.ToLowerAscii(word[k]);
        }

        inText = -1;
    }

    public void Append(char c, int start, int end)
    {
        bool letter = c < 0x80 ? TextFolding.IsAsciiWordCharacter(c) : char.IsLetterOrDigit(c);
        if (letter)
        {
            AddToRun(c, start, end);
        }
        else
        {
            EndRun();
        }

        Shift(c, start);
        if (!letter && (c < 0x80 ? c is ']' or '%' : _table.MarkLastChars.IndexOf(c) >= 0))
        {
            MatchMarks(end);
        }
    }

    // The last three folded characters, for marks.
    private void Shift(char c, int start)
    {
        _third = _before;
        _thirdStart = _beforeStart;
        _before = _last;
        _beforeStart = _lastStart;
        _last = c;
        _lastStart = start;
    }

    private void AddToRun(char c, int start, int end)
    {
        NoteRunPiece(start);
        if (_length < Capacity)
        {
            _run[_length] = c;
        }
        else if (_breaks > 0)
        {
            _complete = false;
        }

        _length++;
        _runEnd = end;
    }

    // A character at start begins the run, or the piece after a dropped marker.
    private void NoteRunPiece(int start)
    {
        if (_length == 0)
        {
            _runStart = start;
        }
        else if (_breaks > 0 && _breakAt[_breaks] == _length && _breakStart[_breaks] < 0)
        {
            _breakStart[_breaks] = start;
        }
    }

    public void Dropped(char c)
    {
        if (_length == 0 || (_breaks > 0 && _breakAt[_breaks] == _length))
        {
            return;
        }

        if (_breaks == MaxBreaks || _length > Capacity)
        {
            _complete = false;
            return;
        }

        _breaks++;
        _breakAt[_breaks] = _length;
        _breakStart[_breaks] = -1;
        _breakEnd[_breaks] = _runEnd;
    }

    public TriggerScan Finish()
    {
        EndRun();
        var hits = _count == 0 ? [] : new TriggerHit[_count];
        Array.Copy(_hits, hits, _count);
        HitBuffers.Return(_hits);
        // Every position of the buffers is written before it is read, so they are handed on as they are.
        t_buffers = (_run, _breakAt, _breakStart, _breakEnd);
        if (!_sorted)
        {
            HitBuffers.SortByStart(hits);
        }

        return new TriggerScan(_present, hits, _complete, _placement);
    }

    /// <summary>Ends a scan whose words' presence is all that is asked: whether it is complete (no hits are made).</summary>
    public bool FinishPresence()
    {
        EndRun();
        HitBuffers.Return(_hits);
        t_buffers = (_run, _breakAt, _breakStart, _breakEnd);
        return _complete;
    }

    private void EndRun()
    {
        if (_length == 0)
        {
            return;
        }

        if (_length > Capacity)
        {
            // Longer than any word, and its pieces were not kept (the scan is then marked incomplete).
        }
        else if (_breaks == 0)
        {
            Look(0, _length, _runStart, _runEnd);
        }
        else
        {
            // Pieces between dropped markers: [0] is the start of the word, [_breaks + 1] its end.
            _breakAt[0] = 0;
            _breakStart[0] = _runStart;
            _breakAt[_breaks + 1] = _length;
            _breakEnd[_breaks + 1] = _runEnd;
            for (int i = 0; i <= _breaks; i++)
            {
                for (int j = i + 1; j <= _breaks + 1; j++)
                {
                    if (_breakStart[i] >= 0)
                    {
                        Look(_breakAt[i], _breakAt[j], _breakStart[i], _breakEnd[j]);
                    }
                }
            }

            // Pieces come by start, as whole words do; Add notes any hit that starts before the one before it.
        }

        _length = 0;
        _breaks = 0;
    }

    private void Look(int from, int to, int start, int end)
    {
        int id = to > from ? _table.Find(_run.AsSpan(from, to - from)) : -1;
        if (id >= 0)
        {
            Add(id, start, end);
        }
    }

    private void Add(int id, int start, int end)
    {
        _present[id] = true;
        if (!_positioned[id])
        {
            return;
        }

        if (_count > 0 && _hits[_count - 1].Start > start)
        {
            _sorted = false;
        }

        if (_count == _hits.Length)
        {
            var larger = new TriggerHit[_count * 2];
            Array.Copy(_hits, larger, _count);
            HitBuffers.Return(_hits);
            _hits = larger;
        }

        _hits[_count++] = new TriggerHit(id, start, end);
    }

    private void MatchMarks(int end)
    {
        string[] marks = _table.Marks;
        for (int m = 0; m < marks.Length; m++)
        {
            string mark = marks[m];
            if (mark[^1] != _last ||
                (mark.Length >= 2 && mark[^2] != _before) ||
                (mark.Length >= 3 && mark[^3] != _third))
            {
                continue;
            }

            if (mark.Length == 4)
            {
                // Not tracked that far back: counted whenever its last three characters are seen.
                Add(_table.WordCount + m, _thirdStart, end);
                continue;
            }

            Add(_table.WordCount + m, mark.Length switch { 1 => _lastStart, 2 => _beforeStart, _ => _thirdStart }, end);
        }
    }
}

/// <summary>
/// The hit buffer a scan fills, kept per thread between scans, and the sort of a scan's hits by start. Not
/// <c>ArrayPool&lt;TriggerHit&gt;</c> or <c>Array.Sort</c>: framework generic code over a value type of this assembly is
/// not precompiled by ReadyToRun, so those were JIT-compiled at every start of the tool (<see cref="StableSort"/> is
/// ours, so it is precompiled).
/// </summary>
internal static class HitBuffers
{
    private const int MaxKept = 1 << 16;

    [ThreadStatic]
    private static TriggerHit[]? t_spare;

    public static TriggerHit[] Rent(int minimumLength)
    {
        TriggerHit[]? spare = t_spare;
        if (spare is not null && spare.Length >= minimumLength)
        {
            t_spare = null;
            return spare;
        }

        return new TriggerHit[minimumLength];
    }

    public static void Return(TriggerHit[] buffer)
    {
        if (buffer.Length <= MaxKept && (t_spare is null || t_spare.Length < buffer.Length))
        {
            t_spare = buffer;
        }
    }

    /// <summary>Sorts hits by start, keeping the order of equal starts.</summary>
    public static void SortByStart(TriggerHit[] hits) => StableSort.Sort(hits, static (a, b) => a.Start.CompareTo(b.Start));
}
