using ReportLint.Analysis;
using ReportLint.Lexicons;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Evidence;

// RL1001's precision conditions: statements that state no result of the work.
public sealed partial class RL1001UnverifiableClaim
{
    /// <summary>RL1001: words that, opening a heading, name the state before the work ("Before", "Avant", "Baseline").</summary>

    /// <summary>The verbs that join a subject to what is said of it ("is", "are", "est", "sont"), as the fact model reads them.</summary>
    private static readonly LexiconSection Copula = new("stance.copula");

    // How many words may stand between a claim and the copula of its clause: the rest of the subject ("… and 80%
    // satisfaction", "… et de 80 % de satisfaction de la solution").
    private const int SubjectWords = 8;

    // "100% coverage is expected", "Des taux de 100 % de couverture et de 80 % de satisfaction de la solution sont
    // attendus": the claim is in the subject of a copula that the cue (expected, required, attendus…) follows right away,
    // with nothing between the claim and the copula that ends a clause: an expectation or a requirement, not a result.
    private static bool InSubjectOf(ModelStatement statement, TextSpan claim, TextSpan cue)
    {
        foreach (PhraseHit copula in statement.Find(Copula))
        {
            if (copula.Span.Start < claim.End || copula.Span.End > cue.Start
                || !statement.Prose[TextSpan.FromBounds(copula.Span.End, cue.Start)].IsWhiteSpace())
            {
                continue;
            }

            return InOneClause(statement.Prose[TextSpan.FromBounds(claim.End, copula.Span.Start)]);
        }

        return false;
    }

    // At most SubjectWords words and numbers, and no sign that ends a clause or a cell.
    private static bool InOneClause(ReadOnlySpan<char> gap)
    {
        int words = 0;
        bool inWord = false;
        for (int i = 0; i < gap.Length; i++)
        {
            char c = gap[i];
            if (c is ',' or ';' or ':' or '!' or '?' or '(' or ')' or '|' or '\n' or '\r' or '—' or '–'
                || (c == '.' && !(i > 0 && char.IsDigit(gap[i - 1]) && i + 1 < gap.Length && char.IsDigit(gap[i + 1]))))
            {
                return false;
            }

            bool letter = char.IsLetterOrDigit(c) || c is '\'' or '’' or '-';
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
        }

        return words <= SubjectWords;
    }

    // "### Avant (Tests existants)" over "- **Taux de réussite** : 100%", "### Before" over "- Coverage: 100%": the state
    // the work started from, which the report does not claim as its result.
    private static bool InStateBefore(ModelStatement statement) => statement.Section is { IsStateBefore: true };

    // "#### Pre-Deployment" under "## Deployment Procedure" over "1. ✅ Check tests passing": a step to take, a plan, a
    // metric to watch or a standard (ModelSection.IsPlan), no result the report asserts.
    private static bool InPlan(ModelStatement statement) => statement.Section is { IsPlan: true };
}
