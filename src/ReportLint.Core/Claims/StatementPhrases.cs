using ReportLint.Analysis;
using ReportLint.Lexicons;

namespace ReportLint.Claims;

/// <summary>What a statement may hold, asked of the document's words without folding the statement.</summary>
internal static class StatementPhrases
{
    /// <summary>
    /// Whether <paramref name="statement"/> may hold a phrase of any of the sections: false only when it certainly does
    /// not (the words of none of their phrases are within its span), so a rule may skip folding and matching it. A
    /// phrase the statement's fold holds is always seen.
    /// </summary>
    public static bool MayHoldPhrase(this Statement statement, ReportDocument document, params ReadOnlySpan<LexiconSection> sections)
    {
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(document);
        string[] names = NamesOf(sections);
        return Triggers.Of(document).MayHold(statement.Span, names);
    }

    // The names of a set of sections, kept per thread for the last few sets asked: rules ask the same sets of every
    // statement, and a names array per statement was the largest allocation of a lint.
    [ThreadStatic]
    private static string[][]? t_names;

    private static string[] NamesOf(ReadOnlySpan<LexiconSection> sections)
    {
        const int Kept = 32;
        string[][] kept = t_names ??= new string[Kept][];
        // The sets are the rules' own arrays of sections, their names the same strings at every call: compared by
        // reference first, and by their characters only when no set matched so.
        for (int k = 0; k < Kept && kept[k] is { } names; k++)
        {
            if (names.Length == sections.Length && SameReferences(names, sections))
            {
                return names;
            }
        }

        for (int k = 0; k < Kept && kept[k] is { } names; k++)
        {
            if (names.Length == sections.Length && Same(names, sections))
            {
                return names;
            }
        }

        string[] made = new string[sections.Length];
        for (int i = 0; i < sections.Length; i++)
        {
            made[i] = sections[i].Name;
        }

        Array.Copy(kept, 0, kept, 1, Kept - 1);
        kept[0] = made;
        return made;
    }

    private static bool SameReferences(string[] names, ReadOnlySpan<LexiconSection> sections)
    {
        for (int i = 0; i < names.Length; i++)
        {
            if (!ReferenceEquals(names[i], sections[i].Name))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Same(string[] names, ReadOnlySpan<LexiconSection> sections)
    {
        for (int i = 0; i < names.Length; i++)
        {
            if (!string.Equals(names[i], sections[i].Name, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
