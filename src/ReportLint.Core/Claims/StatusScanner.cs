using ReportLint.Lexicons;
using ReportLint.Text;

namespace ReportLint.Claims;

/// <summary>What a status mark or word says.</summary>
public enum StatusKind
{
    /// <summary>No status.</summary>
    None = 0,
    /// <summary>Done, met, passed, validated (✅ ✔ ☑ 🟢, [x]).</summary>
    Met,
    /// <summary>Failed or missed (❌ ✗ 🔴).</summary>
    Failed,
    /// <summary>Not done yet (⏳ 🔄, [ ], pending, en cours).</summary>
    Pending,
    /// <summary>Partly done or with reservations (⚠️ 🟡, partial).</summary>
    Partial,
}

/// <summary>A status mark or word found in a text.</summary>
public readonly record struct StatusMark(StatusKind Kind, TextSpan Span, string Phrase)
{
    /// <summary>Whether it is a mark (✅, ⏳, [x]) rather than a word (done, pending).</summary>
    public bool IsSymbol => Phrase.Length > 0 && !char.IsLetter(Phrase[0]);
}

/// <summary>
/// Finds status marks and words (sections <c>status.met</c>, <c>status.failed</c>, <c>status.pending</c>,
/// <c>status.partial</c> of the lexicon) in a piece of text.
/// </summary>
public static class StatusScanner
{
    private static readonly (string Section, StatusKind Kind)[] Sections =
    [
        ("status.met", StatusKind.Met),
        ("status.failed", StatusKind.Failed),
        ("status.pending", StatusKind.Pending),
        ("status.partial", StatusKind.Partial),
    ];

    /// <summary>The lexicon sections of status marks and words.</summary>
    public static string[] SectionNames { get; } = Array.ConvertAll(Sections, s => s.Section);

    /// <summary>Appends every status mark or word of <paramref name="folded"/>, in order, with original spans.</summary>
    public static void Scan(FoldedText folded, Lexicon lexicon, List<StatusMark> results)
    {
        var matches = new List<PhraseMatch>();
        foreach ((string section, _) in Sections)
        {
            PhraseMatcher.FindAll(folded.Text, lexicon, section, matches);
        }

        // A longer phrase ("not met", "non atteint") wins over a shorter one inside it ("met", "atteint").
        matches.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        int lastEnd = -1;
        foreach (PhraseMatch match in matches)
        {
            if (match.Start < lastEnd)
            {
                continue;
            }

            lastEnd = match.End;
            StatusKind kind = Array.Find(Sections, s => s.Section == match.Section).Kind;
            results.Add(new StatusMark(kind, folded.ToOriginal(match.Start, match.End), match.Phrase));
        }
    }

    /// <summary>The status of a text: <see cref="StatusKind.None"/> when it has none; any non-met mark outweighs met ones.</summary>
    public static StatusKind Summarize(IReadOnlyList<StatusMark> marks)
    {
        StatusKind result = StatusKind.None;
        foreach (StatusMark mark in marks)
        {
            if (mark.Kind != StatusKind.Met)
            {
                return mark.Kind;
            }

            result = StatusKind.Met;
        }

        return result;
    }
}
