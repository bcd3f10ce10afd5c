using ReportLint.Claims;
using ReportLint.Lexicons;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Status;

/// <summary>
/// RL3002's key of an item, to find the same item done in one place and not done in another: the content words of
/// its label (folded, plural and "-ing" dropped) without the words that say its state ("configured", "effectuée"),
/// function words, generic keys ("Status") or what stands in parentheses; and its identifiers ("GA4", "18H").
/// </summary>
internal sealed class RL3002ItemKey
{
    /// <summary>RL3002: words that say an item's state, not what it is ("configured", "effectuée", "actif").</summary>
    public static readonly LexiconSection State = new("crossref.state");

    /// <summary>RL3002: function words left out of an item's key ("and", "et", "with", "avec").</summary>
    public static readonly LexiconSection Filler = new("crossref.filler");

    /// <summary>RL3002: keys that name no item of their own ("Status", "Résultat"): their subject is the heading.</summary>
    public static readonly LexiconSection Generic = new("crossref.generic");

    /// <summary>RL3002: headings of work still ahead ("next session"), beside <c>next-step</c>.</summary>
    public static readonly LexiconSection Ahead = new("crossref.ahead");

    /// <summary>RL3002: words that, before a number, name one of several enumerated parts ("Module 3", "Tier 2").</summary>
    public static readonly LexiconSection Entity = new("crossref.entity");

    /// <summary>RL3002: words and signs that join two names into a list ("and", "et", "&amp;"): "Audit &amp; Sécurité" names two.</summary>
    public static readonly LexiconSection And = new("crossref.and");

    private RL3002ItemKey(ItemWords words, ItemWords ids, ItemWords acronyms)
    {
        Words = words;
        Ids = ids;
        Acronyms = acronyms;
    }

    /// <summary>The content words (identifiers and acronyms among them).</summary>
    public ItemWords Words { get; }

    /// <summary>Identifiers: letters and digits together ("ga4", "18h", "e501").</summary>
    public ItemWords Ids { get; }

    /// <summary>Acronyms written in capitals in a label that is not all capitals ("COEP", "HTTPS").</summary>
    public ItemWords Acronyms { get; }

    /// <summary>Whether the label is one word in capitals and nothing else ("COEP"), read as an acronym.</summary>
    public bool BareAcronym { get; private init; }

    /// <summary>
    /// The words that the label joins with "and", "et" or "&amp;" ("Audit &amp; Sécurité": audit, sécurité), in pairs,
    /// or null: such a label names several things, not the one thing its words name together ("Audit sécurité
    /// effectué").
    /// </summary>
    public List<(string Before, string After)>? Joined { get; private init; }

    // The ASCII signs as strings, to look a sign up in the lexicon without making a string for it.
    private static readonly string?[] Ascii = Enumerable.Range(0, 128)
        .Select(c => char.IsPunctuation((char)c) || char.IsSymbol((char)c) ? ((char)c).ToString() : null).ToArray();

    /// <summary>The key of a label as written (case kept).</summary>
    public static RL3002ItemKey Of(string written, Lexicon lexicon)
    {
        var words = new ItemWords();
        // Most labels have neither: made at the first one.
        ItemWords? ids = null;
        ItemWords? acronyms = null;
        bool allCaps = !HasLower(written);
        int depth = 0;
        int i = 0;
        string? entity = null;
        // A joining word or sign seen after a word of the key; the next word of the key makes the pair.
        bool joining = false;
        string? last = null;
        List<(string, string)>? joined = null;
        // A token is lowered here (ASCII) and looked up as characters: only the words the key keeps become strings,
        // shared through the string pool (keys repeat the same words from item to item).
        Span<char> buffer = stackalloc char[64];
        while (i < written.Length)
        {
            char c = written[i];
            if (depth == 0 && words.Count > 0 && c < Ascii.Length && Ascii[c] is { } sign && lexicon.Contains(And, sign))
            {
                joining = true;
            }

            if (c is '(' or '[')
            {
                depth++;
                i++;
                continue;
            }

            if (c is ')' or ']')
            {
                depth = Math.Max(0, depth - 1);
                i++;
                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                i++;
                continue;
            }

            int start = i;
            // "peerdas-devnet-4", "18F-3", "1.3", "l'audit", "README.md", "AUDIT_CHECKLIST": one token.
            while (i < written.Length && (char.IsLetterOrDigit(written[i]) || (written[i] is '.' or '-' or '_' or '\'' or '’' && i + 1 < written.Length
                && char.IsLetterOrDigit(written[i + 1]))))
            {
                i++;
            }

            if (depth > 0)
            {
                continue;
            }

            ReadOnlySpan<char> token = written.AsSpan(start, i - start);
            bool hasDigit = false, hasLetter = false, upper = true;
            foreach (char t in token)
            {
                hasDigit |= char.IsDigit(t);
                hasLetter |= char.IsLetter(t);
                upper &= !char.IsLower(t);
            }

            ReadOnlySpan<char> folded = Lower(token, buffer);
            if (!hasLetter)
            {
                // "Milestone 1", "Module 3": the number makes the part, an identifier of its own.
                if (entity is not null)
                {
                    string id = entity + " " + folded.ToString();
                    words.Add(id);
                    (ids ??= new ItemWords()).Add(id);
                    words.Remove(entity);
                    entity = null;
                }

                continue;
            }

            entity = lexicon.Contains(LexiconSections.Period, folded) || lexicon.Contains(Entity, folded) ? StringPool.Get(folded) : null;
            // "l'audit", "d'images": the elided article is not a word of the item.
            int apostrophe = folded.IndexOfAny('\'', '’');
            if (apostrophe is 1 or 2 && !hasDigit)
            {
                folded = folded[(apostrophe + 1)..];
            }

            if (words.Count > 0 && lexicon.Contains(And, folded))
            {
                joining = true;
                continue;
            }

            if (folded.Length < 2 || lexicon.Contains(LexiconSections.Stopword, folded) || lexicon.Contains(Filler, folded)
                || lexicon.Contains(State, folded) || lexicon.Contains(Generic, folded))
            {
                continue;
            }

            ReadOnlySpan<char> lemma = hasDigit ? folded : Lemma(folded);
            if (lexicon.Contains(State, lemma) || lexicon.Contains(Generic, lemma))
            {
                continue;
            }

            string word = StringPool.Get(lemma);

            if (words.Add(word) && joining && last is not null)
            {
                (joined ??= []).Add((last, word));
            }

            joining = false;
            last = word;
            if (hasDigit)
            {
                (ids ??= new ItemWords()).Add(word);
            }
            else if (upper && !allCaps && token.Length is >= 2 and <= 6)
            {
                (acronyms ??= new ItemWords()).Add(word);
            }
        }

        // "❌ COEP (Cross-Origin-Embedder-Policy)": a label that is one word in capitals is an acronym, not shouting.
        // Such a key matches only the same acronym alone ("✅ COEP configuré"), not any key holding it ("DR drills").
        bool bare = allCaps && words.Count == 1 && ids is null && IsAcronymLabel(written, words.First());
        return new RL3002ItemKey(words, ids ?? ItemWords.None, acronyms ?? ItemWords.None) { BareAcronym = bare, Joined = joined };
    }

    /// <summary>
    /// Whether a done item's key (this) and a not-done item's key name the same item: one's words are all the other's
    /// (two words at least, or one distinctive word of the done item, or an acronym, against a key of at most two words:
    /// "Errors" done is not "Error budget tracking" pending), or they
    /// share an identifier and another word. A not-done "Sécurité" does not undo every done item about security.
    /// </summary>
    public bool SameItemAs(RL3002ItemKey other)
    {
        (RL3002ItemKey small, RL3002ItemKey large) = Words.Count <= other.Words.Count ? (this, other) : (other, this);
        if (small.Words.Count == 0)
        {
            return false;
        }

        int shared = 0;
        bool sharedId = false;
        foreach (string word in small.Words)
        {
            if (large.Words.Contains(word))
            {
                shared++;
                sharedId |= small.Ids.Contains(word) && large.Ids.Contains(word);
            }
        }

        if (shared == small.Words.Count)
        {
            // "✅ Audit & Sécurité" (a module for audit and one for security) is not "[ ] Audit sécurité effectué"
            // (the security audit): a list of names is the same item only as a list.
            if (shared >= 2)
            {
                return JoinsAlike(small, large) && JoinsAlike(large, small);
            }

            string only = small.Words.First();
            if (small.BareAcronym || large.BareAcronym)
            {
                return large.Words.Count == 1 && (small.Acronyms.Contains(only) || large.Acronyms.Contains(only));
            }

            if (large.Words.Count <= 2 && (small.Acronyms.Contains(only) || (ReferenceEquals(small, this) && only.Length >= 5 && !small.Ids.Contains(only))))
            {
                return true;
            }
        }

        return sharedId && shared >= 2;
    }

    // Each pair of words that one key joins, if the other holds both words, the other joins as well.
    private static bool JoinsAlike(RL3002ItemKey one, RL3002ItemKey other)
    {
        foreach ((string before, string after) in one.Joined ?? [])
        {
            if (other.Words.Contains(before) && other.Words.Contains(after) && !other.Joins(before, after))
            {
                return false;
            }
        }

        return true;
    }

    private bool Joins(string a, string b)
    {
        foreach ((string before, string after) in Joined ?? [])
        {
            if ((before == a && after == b) || (before == b && after == a))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The identifier of an enumerated heading ("6. Context Manager", "M2: USB Host Mode", "Phase 3 …"), or null: parts
    /// under differently numbered headings are different subjects.
    /// </summary>
    public static string? HeadingId(ModelSection section, Lexicon lexicon)
    {
        string title = section.Title.ToString();
        string? first = null;
        int i = 0;
        for (int n = 0; n < 2; n++)
        {
            while (i < title.Length && !char.IsLetterOrDigit(title[i]))
            {
                i++;
            }

            int start = i;
            while (i < title.Length && char.IsLetterOrDigit(title[i]))
            {
                i++;
            }

            if (start == i)
            {
                return null;
            }

            string token = Lower(title.AsSpan(start, i - start));
            bool hasDigit = token.Any(char.IsDigit);
            if (n == 0)
            {
                if (hasDigit)
                {
                    return token;
                }

                // "Week 5" / "Week 6" are moments of one subject, not two subjects: only parts ("Module 3") count.
                if (!lexicon.Contains(Entity, token))
                {
                    return null;
                }

                first = token;
            }
            else
            {
                return hasDigit || token.Length == 1 ? first + " " + token : null;
            }
        }

        return null;
    }

    // Case and accents dropped, as lexicon phrases are: "Effectuée" → "effectuee" (the model's fold, which does not
    // depend on the runtime's normalisation: under invariant globalization string.Normalize keeps accents).
    private static string Lower(ReadOnlySpan<char> token) => StatusWords.LowerAscii(token) ?? ReportModel.Fold(token.ToString());

    // The same, an ASCII token that fits lowered into buffer (no string made).
    private static ReadOnlySpan<char> Lower(ReadOnlySpan<char> token, Span<char> buffer) =>
        StatusWords.LowerAscii(token, buffer) ? buffer.Slice(0, token.Length) : Lower(token).AsSpan();

    // Whether the label holds just that word (2 to 6 letters) and punctuation or spaces.
    private static bool IsAcronymLabel(string written, string word)
    {
        int letters = 0;
        foreach (char c in written)
        {
            letters += char.IsLetterOrDigit(c) ? 1 : 0;
        }

        return word.Length is >= 2 and <= 6 && letters == word.Length;
    }

    private static bool HasLower(string text)
    {
        foreach (char c in text)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    // "backups" → "backup", "testing" → "test", "automatiques" → "automatique".
    private static ReadOnlySpan<char> Lemma(ReadOnlySpan<char> word)
    {
        if (word.Length >= 7 && word.EndsWith("ing".AsSpan()))
        {
            return word[..^3];
        }

        if (word.Length >= 4 && word[^1] == 's' && word[^2] != 's')
        {
            return word[..^1];
        }

        return word;
    }
}

/// <summary>
/// The words of an item's key: a set of a few strings, compared by a scan (no hash table per key). Enumerated in the
/// order a <see cref="HashSet{T}"/> gives: the order of adding, a removed word's place taken by the next word added.
/// </summary>
internal sealed class ItemWords : IEnumerable<string>
{
    /// <summary>The empty set of a key without identifiers or acronyms, shared: never added to.</summary>
    public static readonly ItemWords None = new();

    private string?[] _slots = [];
    private int _used;
    private int _count;
    // The places of removed words, the last removed reused first: the last one here, the ones before it in the list
    // (most keys remove one word at most: "Module" once "Module 3" is read).
    private int _lastFree = -1;
    private List<int>? _moreFree;

    /// <summary>The number of words.</summary>
    public int Count => _count;

    /// <summary>Whether the set holds <paramref name="word"/>.</summary>
    public bool Contains(string word)
    {
        for (int i = 0; i < _used; i++)
        {
            if (_slots[i] is { } held && string.Equals(held, word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Adds a word; false when the set holds it already.</summary>
    public bool Add(string word)
    {
        if (Contains(word))
        {
            return false;
        }

        if (_lastFree >= 0)
        {
            _slots[_lastFree] = word;
            _lastFree = -1;
            if (_moreFree is { Count: > 0 })
            {
                _lastFree = _moreFree[^1];
                _moreFree.RemoveAt(_moreFree.Count - 1);
            }
        }
        else
        {
            if (_used == _slots.Length)
            {
                Array.Resize(ref _slots, Math.Max(4, _slots.Length * 2));
            }

            _slots[_used++] = word;
        }

        _count++;
        return true;
    }

    /// <summary>Removes a word; false when the set does not hold it.</summary>
    public bool Remove(string word)
    {
        for (int i = 0; i < _used; i++)
        {
            if (_slots[i] is { } held && string.Equals(held, word, StringComparison.Ordinal))
            {
                _slots[i] = null;
                if (_lastFree >= 0)
                {
                    (_moreFree ??= []).Add(_lastFree);
                }

                _lastFree = i;
                _count--;
                return true;
            }
        }

        return false;
    }

    /// <summary>The first word, as enumerated.</summary>
    public string First() => FirstOrDefault() ?? throw new InvalidOperationException("The set is empty.");

    /// <summary>The first word, as enumerated, or null.</summary>
    public string? FirstOrDefault()
    {
        for (int i = 0; i < _used; i++)
        {
            if (_slots[i] is { } held)
            {
                return held;
            }
        }

        return null;
    }

    /// <summary>Whether every word of <paramref name="other"/> is in this set.</summary>
    public bool IsSupersetOf(ItemWords other)
    {
        foreach (string word in other)
        {
            if (!Contains(word))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The words, without allocation.</summary>
    public Enumerator GetEnumerator() => new(this);

    IEnumerator<string> IEnumerable<string>.GetEnumerator()
    {
        foreach (string word in this)
        {
            yield return word;
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => ((IEnumerable<string>)this).GetEnumerator();

    /// <summary>Enumerates the words in order.</summary>
    public struct Enumerator
    {
        private readonly ItemWords _set;
        private int _index;

        internal Enumerator(ItemWords set)
        {
            _set = set;
            _index = -1;
        }

        /// <summary>The current word.</summary>
        public readonly string Current => _set._slots[_index]!;

        /// <summary>Moves to the next word.</summary>
        public bool MoveNext()
        {
            while (++_index < _set._used)
            {
                if (_set._slots[_index] is not null)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
