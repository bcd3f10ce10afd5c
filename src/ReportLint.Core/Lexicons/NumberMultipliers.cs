using System.Buffers;
using System.Globalization;

namespace ReportLint.Lexicons;

/// <summary>
/// The multipliers a lexicon writes right after a number, before its unit ("12k users", "3M requests"): the sections
/// <c>number.multiplier.{factor}</c>, read in either case, and <c>number.multiplier-capital.{factor}</c>, read only
/// where they start with a capital ("5M" is five million, "5m" five minutes). Made once per lexicon
/// (<see cref="Lexicon.Multipliers"/>): the quantity scanner asks at each number without making a string.
/// </summary>
internal sealed class NumberMultipliers
{
    /// <summary>The family of multipliers read in either case.</summary>
    public static LexiconSection AnyCase { get; } = new("number.multiplier");

    /// <summary>The family of multipliers read only where they start with a capital.</summary>
    public static LexiconSection Capital { get; } = new("number.multiplier-capital");

    // Longest first, then in ordinal order: the longest multiplier written at a place is the one read.
    private readonly Entry[] _entries;

    // The characters a multiplier may start with, as written (both cases of one read in either case).
    private readonly SearchValues<char> _firsts;

    public NumberMultipliers(Lexicon lexicon)
    {
        var entries = new List<Entry>();
        Add(lexicon, AnyCase, capital: false, entries);
        Add(lexicon, Capital, capital: true, entries);
        entries.Sort(static (a, b) => a.Phrase.Length != b.Phrase.Length ? b.Phrase.Length.CompareTo(a.Phrase.Length) : string.CompareOrdinal(a.Phrase, b.Phrase));
        _entries = entries.ToArray();
        var firsts = new System.Text.StringBuilder();
        foreach (Entry entry in _entries)
        {
            firsts.Append(char.ToUpperInvariant(entry.Phrase[0]));
            if (!entry.Capital)
            {
                firsts.Append(entry.Phrase[0]);
            }
        }

        _firsts = SearchValues.Create(firsts.ToString());
    }

    private static void Add(Lexicon lexicon, LexiconSection family, bool capital, List<Entry> entries)
    {
        foreach (KeyValuePair<string, string> pair in lexicon.ReverseIndex(family))
        {
            if (pair.Key.Length > 0 && decimal.TryParse(pair.Value, NumberStyles.None, CultureInfo.InvariantCulture, out decimal factor))
            {
                entries.Add(new Entry(pair.Key, factor, capital));
            }
        }
    }

    /// <summary>
    /// Whether a multiplier is written at <paramref name="at"/>, not followed by a letter ("12k", "1.5K+", not "5kg"):
    /// its factor and its length.
    /// </summary>
    public bool TryRead(ReadOnlySpan<char> text, int at, out decimal factor, out int length)
    {
        if (at < text.Length && _firsts.Contains(text[at]))
        {
            ReadOnlySpan<char> rest = text[at..];
            foreach (Entry entry in _entries)
            {
                int n = entry.Phrase.Length;
                if (rest.Length >= n && (!entry.Capital || char.IsUpper(rest[0])) &&
                    rest[..n].Equals(entry.Phrase.AsSpan(), StringComparison.OrdinalIgnoreCase) && (rest.Length == n || !char.IsLetter(rest[n])))
                {
                    factor = entry.Factor;
                    length = n;
                    return true;
                }
            }
        }

        factor = 1m;
        length = 0;
        return false;
    }

    /// <summary>The factor of a multiplier of one letter written as <paramref name="c"/> ('k', 'K', 'M'), or 1.</summary>
    public decimal FactorOf(char c)
    {
        if (_firsts.Contains(c))
        {
            foreach (Entry entry in _entries)
            {
                if (entry.Phrase.Length == 1 && (!entry.Capital || char.IsUpper(c)) && char.ToLowerInvariant(c) == entry.Phrase[0])
                {
                    return entry.Factor;
                }
            }
        }

        return 1m;
    }

    private sealed record Entry(string Phrase, decimal Factor, bool Capital);
}
