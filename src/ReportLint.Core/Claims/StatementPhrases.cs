using ReportLint.Analysis;
using ReportLint.Lexicons;

namespace ReportLint.Claims;

/// <summary>What a statement may hold, asked of the document's words without folding the statement.</summary>
public static class StatementPhrases
{
    /// <summary>
    /// Whether <paramref name="statement"/> may hold a phrase of any of the sections: false only when it certainly does
    /// not (the words of none of their phrases are within its span), so a rule may skip folding and matching it. A
    /// phrase the statement's fold holds is always seen.
    /// </summary>
    public static bool MayHoldPhrase(this Statement statement, ReportDocument document, params LexiconSection[] sections)
    {
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(sections);
        string[] names = new string[sections.Length];
        for (int i = 0; i < sections.Length; i++)
        {
            names[i] = sections[i].Name;
        }

        return Triggers.Of(document).MayHold(statement.Span, names);
    }
}
