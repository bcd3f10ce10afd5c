using System.Buffers;

namespace ReportLint.Lexicons;

/// <summary>
/// The marks a lexicon writes numbers with: its decimal marks (section <c>number.decimal-mark</c>), the marks that
/// group digits by three (<c>number.group-mark</c>) and those that group only after at most three leading digits
/// (<c>number.group-mark.short-lead</c>: "2 350" is grouped, "12345 678" is two numbers). A mark is written as itself
/// or as its code point (<c>U+00A0</c>), since a line of a lexicon is trimmed. Every group mark groups only before a
/// group of exactly three digits; where a mark both groups and separates decimals (English ","), a group is read
/// first. Made once per lexicon (<see cref="Lexicon.NumberFormat"/>), so the scanner only asks a
/// <see cref="SearchValues{T}"/> at each mark.
/// </summary>
internal sealed class NumberFormat
{
    /// <summary>The section of decimal marks.</summary>
    public static LexiconSection DecimalMark { get; } = new("number.decimal-mark");

    /// <summary>The section of marks that group digits by three after any number of leading digits.</summary>
    public static LexiconSection GroupMark { get; } = new("number.group-mark");

    /// <summary>The section of marks that group digits by three only after at most three leading digits.</summary>
    public static LexiconSection ShortLeadGroupMark { get; } = new("number.group-mark.short-lead");

    /// <summary>
    /// The format of a lexicon that states none, and of languages in force together whose marks conflict: "." and ","
    /// are decimal marks, "," groups, and a space, no-break space or narrow no-break space groups after at most three
    /// leading digits.
    /// </summary>
    public static NumberFormat Default { get; } = new(".,", ",", " \u00A0\u202F");

    private readonly string _decimals;
    private readonly string _groups;
    private readonly string _shortLeadGroups;

    private NumberFormat(string decimals, string groups, string shortLeadGroups)
    {
        _decimals = decimals;
        _groups = groups;
        _shortLeadGroups = shortLeadGroups;
        Decimals = SearchValues.Create(decimals);
        Groups = SearchValues.Create(groups);
        ShortLeadGroups = SearchValues.Create(shortLeadGroups);
        AnyGroup = SearchValues.Create(groups + shortLeadGroups);
        DecimalArray = decimals.ToCharArray();
        AnyGroupArray = (groups + shortLeadGroups).ToCharArray();
    }

    /// <summary>The decimal marks.</summary>
    public SearchValues<char> Decimals { get; }

    /// <summary>The marks that group after any number of leading digits.</summary>
    public SearchValues<char> Groups { get; }

    /// <summary>The marks that group only after at most three leading digits.</summary>
    public SearchValues<char> ShortLeadGroups { get; }

    /// <summary>Every group mark.</summary>
    public SearchValues<char> AnyGroup { get; }

    /// <summary>The decimal marks, for <see cref="string.LastIndexOfAny(char[])"/>.</summary>
    public char[] DecimalArray { get; }

    /// <summary>Every group mark, for <see cref="string.IndexOfAny(char[], int)"/>.</summary>
    public char[] AnyGroupArray { get; }

    /// <summary>Whether <paramref name="c"/> groups digits after a lead of <paramref name="leadDigits"/> digits.</summary>
    public bool IsGroup(char c, int leadDigits) => Groups.Contains(c) || (leadDigits <= 3 && ShortLeadGroups.Contains(c));

    /// <summary>The format a lexicon's own sections state, or null when it states none.</summary>
    internal static NumberFormat? Read(Dictionary<string, List<string>> sections)
    {
        bool any = false;
        string decimals = Marks(sections, DecimalMark, ref any);
        string groups = Marks(sections, GroupMark, ref any);
        string shortLead = Marks(sections, ShortLeadGroupMark, ref any);
        return any ? new NumberFormat(decimals, groups, shortLead) : null;
    }

    /// <summary>
    /// The format of languages in force together (null: none states one). Their marks are united, unless a mark one
    /// of them reads only as a group mark is another's decimal mark (English "." and German "."): then no mark can
    /// be read safely in both, and <see cref="Default"/> is.
    /// </summary>
    internal static NumberFormat? Combine(IEnumerable<NumberFormat?> formats)
    {
        NumberFormat? united = null;
        var stated = new List<NumberFormat>();
        foreach (NumberFormat? format in formats)
        {
            if (format is null)
            {
                continue;
            }

            stated.Add(format);
            united = united is null ? format : new NumberFormat(
                Union(united._decimals, format._decimals), Union(united._groups, format._groups), Union(united._shortLeadGroups, format._shortLeadGroups));
        }

        if (united is null || stated.Count == 1)
        {
            return united;
        }

        foreach (char c in united._decimals)
        {
            if (united.AnyGroup.Contains(c) && !stated.Exists(f => f.Decimals.Contains(c) && f.AnyGroup.Contains(c)))
            {
                return Default;
            }
        }

        return united;
    }

    private static string Union(string a, string b)
    {
        var builder = new System.Text.StringBuilder(a);
        foreach (char c in b)
        {
            if (a.IndexOf(c) < 0)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static string Marks(Dictionary<string, List<string>> sections, LexiconSection section, ref bool any)
    {
        if (!sections.TryGetValue(section.Name, out List<string>? phrases))
        {
            return "";
        }

        any = true;
        var builder = new System.Text.StringBuilder();
        foreach (string phrase in phrases)
        {
            char mark = phrase.Length == 1 ? phrase[0]
                : phrase.Length > 2 && phrase.StartsWith("u+", StringComparison.Ordinal) &&
                  int.TryParse(phrase.Substring(2), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out int code) && code is > 0 and <= char.MaxValue
                    ? (char)code
                    : throw new FormatException($"[{section.Name}]: '{phrase}' is not one character nor a code point (U+00A0).");
            if (builder.ToString().IndexOf(mark) < 0)
            {
                builder.Append(mark);
            }
        }

        return builder.ToString();
    }
}
