using ReportLint.Collections;

namespace ReportLint.Lexicons;

/// <summary>
/// The words of one or more languages, grouped by meaning (<c>total</c>, <c>status.met</c>, <c>unit.h</c>…).
/// Rules ask "is this a total word?" instead of holding word lists in code; adding a language is adding
/// a lexicon file. Phrases are stored folded (see <see cref="TextFolding"/>).
/// </summary>
public sealed class Lexicon
{
    // Several hundred names are asked (every section of every rule): fewer slots than that made most lookups collide.
    private const int RecentSlots = 4096;

    // Each section by its name: its phrases longest first, their set, its phrase index.
    private readonly Dictionary<string, SectionEntry> _entries;

    // The sections last asked, by the reference of their name: the engine and the rules name their sections with
    // literals, the same string at every call, and hashing the name again cost more than the lookup it led to.
    private readonly Recent?[] _recent = new Recent?[RecentSlots];
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyDictionary<string, string>> _reverse = new(StringComparer.Ordinal);

    private readonly Dictionary<string, string> _replacements;
    private TriggerTable? _triggers;
    private PhraseUnion? _status;
    private NumberMultipliers? _multipliers;

    // The number marks its languages state (null: none states any; see NumberFormat).
    private readonly NumberFormat? _numberFormat;

    private Lexicon(IReadOnlyList<string> languages, Dictionary<string, List<string>> sections, Dictionary<string, string>? replacements = null, bool merged = false, NumberFormat? numberFormat = null)
    {
        Languages = languages;
        _numberFormat = merged ? numberFormat : NumberFormat.Read(sections);
        _replacements = new Dictionary<string, string>(replacements ?? [], StringComparer.Ordinal);
        _entries = new Dictionary<string, SectionEntry>(sections.Count, StringComparer.Ordinal);
        foreach (string name in sections.Keys)
        {
            var distinct = new HashSet<string>(StringComparer.Ordinal);
            var ordered = new List<string>();
            foreach (string phrase in sections[name])
            {
                if (distinct.Add(phrase))
                {
                    ordered.Add(phrase);
                }
            }

            // Under the interned string of its name: the same reference as the literals that name sections in code,
            // which the slots of recent sections are found by.
            _entries[name] = new SectionEntry(string.Intern(name), LongestFirst(ordered), distinct, _entries.Count);
        }
    }

    // Longest first, equal lengths in their first order: a counting sort by length (the stable sort it replaces compared
    // the phrases of every section at every start of the tool; lengths are few and small).
    internal static string[] LongestFirst(List<string> phrases)
    {
        int longest = 0;
        foreach (string phrase in phrases)
        {
            longest = Math.Max(longest, phrase.Length);
        }

        // Where the phrases of each length start: the longest at 0.
        int[] next = new int[longest + 2];
        foreach (string phrase in phrases)
        {
            next[longest - phrase.Length + 1]++;
        }

        for (int k = 1; k < next.Length; k++)
        {
            next[k] += next[k - 1];
        }

        string[] ordered = new string[phrases.Count];
        foreach (string phrase in phrases)
        {
            ordered[next[longest - phrase.Length]++] = phrase;
        }

        return ordered;
    }

    /// <summary>An empty lexicon.</summary>
    public static Lexicon Empty { get; } = new([], []);

    /// <summary>The language codes merged into this lexicon, in order.</summary>
    public IReadOnlyList<string> Languages { get; }

    /// <summary>The names of all sections.</summary>
    public IEnumerable<string> Sections => _entries.Keys;

    /// <summary>The folded phrases of a section, longest first; empty when the section is unknown.</summary>
    public IReadOnlyList<string> Phrases(LexiconSection section) => Phrases(section.Name);

    /// <summary>As <see cref="Phrases(LexiconSection)"/>, by name (for the engine's tables of every section).</summary>
    internal IReadOnlyList<string> Phrases(string section) => section is not null && EntryOf(section) is { } recent ? recent.Ordered : [];

    /// <summary>How many sections it has: their numbers (<see cref="NumberOf"/>) run from 0 to one less.</summary>
    internal int SectionCount => _entries.Count;

    /// <summary>
    /// A section's number, from 0, for tables kept per section; -1 for an unknown name or a section with a phrase that
    /// is a mark rather than words (the triage scan reads marks differently from a statement's fold: see Triggers).
    /// </summary>
    internal int NumberOf(string section) => section is not null && EntryOf(section) is { HasMark: false } entry ? entry.Number : -1;

    // A known section's phrases, set and index, through the slot of its name's reference; null for an unknown name.
    private SectionEntry? EntryOf(string name)
    {
        int slot = System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(name) & (RecentSlots - 1);
        Recent? recent = _recent[slot];
        if (recent is not null && ReferenceEquals(recent.Name, name))
        {
            return recent.Entry;
        }

        if (!_entries.TryGetValue(name, out SectionEntry? entry))
        {
            return null;
        }

        // Kept in the slot by the reference asked with, which need not be the entry's own: under NativeAOT a literal is
        // not the string string.Intern gives, and keeping only the interned name's lookups left every lookup to the
        // dictionary. The slot is replaced whole, a reference write.
        _recent[slot] = new Recent(name, entry);
        return entry;
    }

    // A name as asked and the section it names.
    private sealed class Recent(string name, SectionEntry entry)
    {
        public string Name { get; } = name;

        public SectionEntry Entry { get; } = entry;
    }

    // A known section: its phrases longest first, their set, and its phrase index (built at the first scan).
    private sealed class SectionEntry(string name, string[] ordered, HashSet<string> set, int number)
    {
        private PhraseIndex? _index;

        public int Number { get; } = number;

        public bool HasMark { get; } = Array.Exists(ordered, PhraseIndex.IsSymbol);

        public string Name { get; } = name;

        public string[] Ordered { get; } = ordered;

        public HashSet<string> Set { get; } = set;

#if NET
        // The set asked with a span of characters, no string made.
        public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SpanSet { get; } = set.GetAlternateLookup<ReadOnlySpan<char>>();
#endif

        public PhraseIndex Index => _index ?? System.Threading.Interlocked.CompareExchange(ref _index, new PhraseIndex(Ordered), null) ?? _index;
    }

    /// <summary>
    /// Maps each phrase of the sections named <c>{family}.{suffix}</c> to its suffix: with the family <c>unit</c>,
    /// "heures" maps to "h". Built once per family.
    /// </summary>
    public IReadOnlyDictionary<string, string> ReverseIndex(LexiconSection family)
    {
        string prefix = family.Name ?? string.Empty;
        // Looked up before GetOrAdd: the factory captures this, so it would allocate a delegate on every call.
        if (_reverse.TryGetValue(prefix, out IReadOnlyDictionary<string, string>? built))
        {
            return built;
        }

        return _reverse.GetOrAdd(prefix, p =>
        {
            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach ((string name, SectionEntry entry) in _entries)
            {
                string[] phrases = entry.Ordered;
                if (name.Length > p.Length + 1 && name.StartsWith(p, StringComparison.Ordinal) && name[p.Length] == '.')
                {
                    foreach (string phrase in phrases)
                    {
                        map.TryAdd(phrase, name[(p.Length + 1)..]);
                    }
                }
            }

            return map;
        });
    }

    /// <summary>
    /// The replacement a lexicon gives for a phrase of a section (written <c>phrase =&gt; replacement</c>), for
    /// fixes that rewrite text in the language it was written in; null when there is none.
    /// </summary>
    public string? Replacement(LexiconSection section, string phrase) => _replacements.GetValueOrDefault(section.Name + "\n" + phrase);

    /// <summary>
    /// The phrases of a section grouped by their first character (longest first), and the set of those characters,
    /// so a text is searched in one pass instead of once per phrase. Built once per section.
    /// </summary>
    internal PhraseIndex IndexOf(string section) => EntryOf(section)?.Index ?? PhraseIndex.Empty;

    /// <summary>The phrases of the four status sections in one index, for a scan that finds them all in one pass. Built once.</summary>
    internal PhraseUnion StatusPhrases => _status ?? System.Threading.Interlocked.CompareExchange(ref _status, new PhraseUnion(this, LexiconSections.StatusWithLevels), null) ?? _status;

    /// <summary>The multipliers written after a number ("12k", "3M"), for the quantity scanner. Built once.</summary>
    /// <summary>The marks numbers are written with in the languages of this lexicon (<see cref="NumberFormat"/>).</summary>
    internal NumberFormat NumberFormat => _numberFormat ?? NumberFormat.Default;

    internal NumberMultipliers Multipliers => _multipliers ?? System.Threading.Interlocked.CompareExchange(ref _multipliers, new NumberMultipliers(this), null) ?? _multipliers;

    /// <summary>The words and marks of every phrase, numbered for triage scans. Built once.</summary>
    internal TriggerTable Triggers => System.Threading.Volatile.Read(ref _triggers) ?? BuildTriggers();

    // Under a lock, not raced: the table is the largest thing a lexicon builds (about as much work as loading the lexicon),
    // and the CLI's workers all ask for it at their first report at once, so each built one and all but one were thrown away.
    private TriggerTable BuildTriggers()
    {
        lock (_triggersLock)
        {
            return _triggers ??= new TriggerTable(this);
        }
    }

    private readonly object _triggersLock = new();

    /// <summary>Whether the folded <paramref name="phrase"/> is one of the section's phrases.</summary>
    public bool Contains(LexiconSection section, string phrase) =>
        section.Name is not null && EntryOf(section.Name) is { } recent && recent.Set.Contains(phrase);

    /// <summary>
    /// Whether the folded characters <paramref name="phrase"/> are one of the section's phrases, without making a
    /// string of them (a word read in a buffer, a piece of a line).
    /// </summary>
    public bool Contains(LexiconSection section, ReadOnlySpan<char> phrase)
    {
#if NET
        return section.Name is not null && EntryOf(section.Name) is { } entry && entry.SpanSet.Contains(phrase);
#else
        // No alternate lookup on netstandard2.0: compared with the section's phrases that start with the same character.
        if (section.Name is null)
        {
            return false;
        }

        if (phrase.IsEmpty)
        {
            return Contains(section, string.Empty);
        }

        if (!IndexOf(section.Name).ByFirst.TryGetValue(phrase[0], out string[]? candidates))
        {
            return false;
        }

        foreach (string candidate in candidates)
        {
            if (phrase.SequenceEqual(candidate.AsSpan()))
            {
                return true;
            }
        }

        return false;
#endif
    }

    /// <summary>
    /// Parses a lexicon file: <c>language = xx</c>, then <c>[section]</c> headers each followed by one phrase
    /// per line, optionally <c>phrase =&gt; replacement</c>; <c>#</c> starts a comment line, and a backslash starts a
    /// phrase that would otherwise read as a header (<c>\[x]</c>). Phrases are folded
    /// (lower case, accents removed); replacements are kept as written.
    /// </summary>
    public static Lexicon Parse(string content, string sourceName = "lexicon")
    {
        ArgumentNullException.ThrowIfNull(content);
        var sections = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var replacements = new Dictionary<string, string>(StringComparer.Ordinal);
        string? language = Read(content, sourceName, sections, replacements);
        return new Lexicon(language is null ? [] : [language], sections, replacements);
    }

    /// <summary>
    /// Parses lexicon files into one lexicon: the same lexicon as <see cref="Merge"/> of each file's <see cref="Parse"/>
    /// (the same sections in the same order, the same phrases in the same order, the same replacements, languages and
    /// number format), without building a lexicon for each file first. Loading the bundled lexicons is part of every
    /// run's start-up.
    /// </summary>
    internal static Lexicon ParseMerged(IEnumerable<(string Content, string SourceName)> files)
    {
        var sections = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var replacements = new Dictionary<string, string>(StringComparer.Ordinal);
        var languages = new List<string>();
        var formats = new List<NumberFormat?>();
        foreach ((string content, string sourceName) in files)
        {
            ArgumentNullException.ThrowIfNull(content);
            var fileSections = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            var fileReplacements = new Dictionary<string, string>(StringComparer.Ordinal);
            if (Read(content, sourceName, fileSections, fileReplacements) is { } language)
            {
                languages.Add(language);
            }

            formats.Add(NumberFormat.Read(fileSections));

            // As Merge: the first file's replacement of a phrase wins (within a file, its last).
            foreach ((string key, string value) in fileReplacements)
            {
                replacements.TryAdd(key, value);
            }

            // Each file's phrases as they were written, where Merge takes each file's own lexicon's (its phrases without
            // repeats, longest first): the merged lexicon removes repeats and orders longest first again, keeping the
            // first of equal lengths, and a repeat has the length of the phrase it repeats, so both give the same order.
            foreach ((string name, List<string> phrases) in fileSections)
            {
                if (!sections.TryGetValue(name, out List<string>? list))
                {
                    sections[name] = list = new List<string>(phrases.Count);
                }

                list.AddRange(phrases);
            }
        }

        return new Lexicon(languages, sections, replacements, merged: true, NumberFormat.Combine(formats));
    }

    // Reads one lexicon file's sections and replacements; returns its language, or null when it names none.
    private static string? Read(string content, string sourceName, Dictionary<string, List<string>> sections, Dictionary<string, string> replacements)
    {
        string? language = null;
        string? currentName = null;
        List<string>? current = null;
        int lineNumber = 0;
        ReadOnlySpan<char> rest = content.AsSpan();
        for (bool more = true; more;)
        {
            // Line by line as content.Split('\n') gives them, without a string for each.
            int newline = rest.IndexOf('\n');
            more = newline >= 0;
            ReadOnlySpan<char> rawLine = more ? rest[..newline] : rest;
            rest = more ? rest[(newline + 1)..] : default;
            lineNumber++;
            ReadOnlySpan<char> line = rawLine.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line[0] == '\\')
            {
                // "\[x]": a phrase that starts like a section header.
                line = line[1..];
            }
            else if (line[0] == '[')
            {
                if (line[^1] != ']' || line.Length < 3)
                {
                    throw new FormatException($"{sourceName}({lineNumber}): a section header must look like [name].");
                }

                string name = line[1..^1].Trim().ToString();
                currentName = name;
                if (!sections.TryGetValue(name, out current))
                {
                    current = [];
                    sections.Add(name, current);
                }

                continue;
            }

            if (current is null)
            {
                int eq = line.IndexOf('=');
                if (eq > 0 && line[..eq].Trim().SequenceEqual("language".AsSpan()))
                {
                    language = line[(eq + 1)..].Trim().ToString();
                    continue;
                }

                throw new FormatException($"{sourceName}({lineNumber}): a phrase must follow a [section] header.");
            }

            int arrow = line.IndexOf("=>".AsSpan());
            ReadOnlySpan<char> written = arrow < 0 ? line : line[..arrow].Trim();
            // Most phrases are written folded already (lower-case ASCII words, one space apart): the fold would give
            // them back as they are, so they are not folded again at every start of the tool.
            string phrase = IsFolded(written) ? written.ToString() : TextFolding.Fold(written);
            current.Add(phrase);
            if (arrow >= 0)
            {
                replacements[currentName + "\n" + phrase] = line[(arrow + 2)..].Trim().ToString();
            }
        }

        return language;
    }

    /// <summary>
    /// Whether a phrase is as <see cref="TextFolding.Fold"/> gives it back unchanged: words of lower-case ASCII letters
    /// and digits, one space between two.
    /// </summary>
    internal static bool IsFolded(ReadOnlySpan<char> phrase)
    {
        if (phrase.Length == 0)
        {
            return false;
        }

        bool afterWord = false;
        foreach (char c in phrase)
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                afterWord = true;
            }
            else if (c == ' ' && afterWord)
            {
                afterWord = false;
            }
            else
            {
                return false;
            }
        }

        return afterWord;
    }

    /// <summary>Merges lexicons: each section holds the phrases of every language.</summary>
    public static Lexicon Merge(IEnumerable<Lexicon> lexicons)
    {
        var sections = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var replacements = new Dictionary<string, string>(StringComparer.Ordinal);
        var languages = new List<string>();
        var formats = new List<NumberFormat?>();
        foreach (Lexicon lexicon in lexicons)
        {
            languages.AddRange(lexicon.Languages);
            formats.Add(lexicon._numberFormat);
            foreach ((string key, string value) in lexicon._replacements)
            {
                replacements.TryAdd(key, value);
            }

            foreach ((string name, SectionEntry entry) in lexicon._entries)
            {
                string[] phrases = entry.Ordered;
                if (!sections.TryGetValue(name, out List<string>? list))
                {
                    sections[name] = list = [];
                }

                list.AddRange(phrases);
            }
        }

        return new Lexicon(languages, sections, replacements, merged: true, NumberFormat.Combine(formats));
    }
}

/// <summary>
/// The phrases of several sections in one <see cref="PhraseIndex"/>, each with the first of the sections that holds it:
/// one scan finds the longest phrase of any of them at each place.
/// </summary>
internal sealed class PhraseUnion
{
    private readonly Dictionary<string, int> _sectionOf = new(StringComparer.Ordinal);

    public PhraseUnion(Lexicon lexicon, LexiconSection[] sections)
    {
        // Section by section, each longest first: the index keeps equal lengths in this order, so a phrase of two
        // sections is matched as the first one's.
        var phrases = new List<string>();
        for (int k = 0; k < sections.Length; k++)
        {
            foreach (string phrase in lexicon.Phrases(sections[k]))
            {
                phrases.Add(phrase);
                _sectionOf.TryAdd(phrase, k);
            }
        }

        Index = new PhraseIndex(phrases);
    }

    public PhraseIndex Index { get; }

    /// <summary>The place in the sections given of the first section that holds the phrase.</summary>
    public int SectionOf(string phrase) => _sectionOf[phrase];
}

/// <summary>The phrases of a lexicon section by first character, for a one-pass search.</summary>
internal sealed class PhraseIndex
{
    /// <summary>The index of no phrase (an unknown section's): nothing matches.</summary>
    public static PhraseIndex Empty { get; } = new([]);

    /// <summary>Whether a phrase is a mark (✅, ⏳, [x]) rather than a word: it does not start with a letter.</summary>
    public static bool IsSymbol(string phrase) => phrase.Length > 0 && !char.IsLetter(phrase[0]);

    public PhraseIndex(IReadOnlyList<string> phrases)
    {
        var nonEmpty = new List<string>(phrases.Count);
        foreach (string phrase in phrases)
        {
            if (phrase.Length > 0)
            {
                nonEmpty.Add(phrase);
            }
        }

        var byFirst = new Dictionary<char, List<string>>();
        var firsts = new System.Text.StringBuilder();
        foreach (string phrase in Lexicon.LongestFirst(nonEmpty))
        {
            if (!byFirst.TryGetValue(phrase[0], out List<string>? list))
            {
                byFirst[phrase[0]] = list = [];
                firsts.Append(phrase[0]);
            }

            list.Add(phrase);
        }

        ByFirst = new Dictionary<char, string[]>(byFirst.Count);
        foreach (char first in firsts.ToString())
        {
            ByFirst[first] = byFirst[first].ToArray();
        }

        FirstChars = System.Buffers.SearchValues.Create(firsts.ToString());

        // The same phrases by their first two characters (a phrase of one character apart): at a position, only the
        // phrases that start with its two characters can match, in the same order.
        var byPair = new Dictionary<int, List<string>>();
        Single = new Dictionary<char, string>();
        foreach (string[] list in ByFirst.Values)
        {
            foreach (string phrase in list)
            {
                if (phrase.Length == 1)
                {
                    if (!Single.ContainsKey(phrase[0]))
                    {
                        Single[phrase[0]] = phrase;
                    }

                    continue;
                }

                int pair = Pair(phrase[0], phrase[1]);
                if (!byPair.TryGetValue(pair, out List<string>? same))
                {
                    byPair[pair] = same = [];
                }

                same.Add(phrase);
            }
        }

        ByPair = new Dictionary<int, string[]>(byPair.Count);
        foreach (KeyValuePair<int, List<string>> entry in byPair)
        {
            ByPair[entry.Key] = entry.Value.ToArray();
            _pairs[FilterBit(entry.Key) >> 6] |= 1UL << (FilterBit(entry.Key) & 63);
        }

        foreach (char single in Single.Keys)
        {
            _singles[FilterBit(single) >> 6] |= 1UL << (FilterBit(single) & 63);
        }
    }

    // One bit per hash of a pair of first characters (and one per single-character phrase): a clear bit says no phrase
    // starts there, and the scan, which stops at every word whose first character starts some phrase, moves on
    // without a dictionary lookup. A set bit may be another pair's: the dictionary decides.
    private readonly ulong[] _pairs = new ulong[FilterBits / 64];
    private readonly ulong[] _singles = new ulong[FilterBits / 64];
    private const int FilterBits = 4096;

    private static int FilterBit(int key) => (int)(((uint)key * 2654435769u) >> 20) & (FilterBits - 1);

    /// <summary>Whether a phrase of two characters or more may start with these two (false: certainly none does).</summary>
    public bool MayStartPair(char first, char second)
    {
        int bit = FilterBit(Pair(first, second));
        return (_pairs[bit >> 6] & (1UL << (bit & 63))) != 0;
    }

    /// <summary>Whether a phrase of one character may be this one (false: certainly not).</summary>
    public bool MayBeSingle(char c)
    {
        int bit = FilterBit(c);
        return (_singles[bit >> 6] & (1UL << (bit & 63))) != 0;
    }

    /// <summary>The key of <see cref="ByPair"/> for two characters.</summary>
    public static int Pair(char first, char second) => (first << 16) | second;

    /// <summary>The phrases of two characters or more by their first two, longest first.</summary>
    public Dictionary<int, string[]> ByPair { get; }

    /// <summary>The phrases of one character.</summary>
    public Dictionary<char, string> Single { get; }

    /// <summary>The phrases starting with each character, longest first.</summary>
    public Dictionary<char, string[]> ByFirst { get; }

    /// <summary>Every first character.</summary>
    public System.Buffers.SearchValues<char> FirstChars { get; }
}
