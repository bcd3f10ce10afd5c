using ReportLint.Claims;
using ReportLint.Lexicons;
using ReportLint.Text;

namespace ReportLint.Model;

/// <summary>
/// The role and stance of a value from the words of its clause (lexicon sections <c>role.*</c> and <c>stance.*</c>).
/// A small first version that the model codes against; the full reading of cues replaces it.
/// </summary>
internal static class RoleCues
{
    // Roles whose cue stands before the value ("target: 90", "avant : 61 %"), nearest first wins.
    private static readonly string[] Sections = ["role.actual", "role.target", "role.goal", "role.before", "role.after", "role.projected", "role.estimate", "role.example"];
    private static readonly FactRole[] Roles = [FactRole.Actual, FactRole.Target, FactRole.Goal, FactRole.Before, FactRole.After, FactRole.Projected, FactRole.Estimate, FactRole.Example];

    [ThreadStatic]
    private static List<PhraseMatch>? t_matches;

    /// <summary>The role of the value whose SOURCE span is <paramref name="value"/>, in a statement folded as <paramref name="statement"/>.</summary>
    public static FactRole RoleOf(FoldedText statement, TextSpan value, Lexicon lexicon)
    {
        (int start, int end, int at, int after) = Clause(statement, value);
        List<PhraseMatch> matches = t_matches ??= [];
        FactRole role = FactRole.Actual;
        int best = -1;
        string clause = statement.Text[start..end];
        for (int s = 0; s < Sections.Length; s++)
        {
            matches.Clear();
            PhraseMatcher.FindAll(clause, lexicon, Sections[s], matches);
            foreach (PhraseMatch m in matches)
            {
                int mEnd = m.End + start;
                // A cue before the value, or a goal or plan that ends the clause after it ("une couverture de 100 %
                // est visée"), not one that introduces a value of its own ("72% (objectif : 80 %)").
                // A cue that another value follows first is that value's ("target: 80%), latency: 90 ms").
                bool before = mEnd <= at && clause.AsSpan(m.End, at - start - m.End).IndexOfAny("0123456789".AsSpan()) < 0;
                bool trailing = m.Start + start >= after && Roles[s] is FactRole.Goal or FactRole.Projected &&
                    clause.AsSpan(m.End).IndexOfAny("0123456789".AsSpan()) < 0;
                if ((before && mEnd > best) || (trailing && best < 0))
                {
                    best = before ? mEnd : 0;
                    role = Roles[s];
                }
            }
        }

        // "61% → 80%": the value before the arrow was, the value after it is.
        if (role == FactRole.Actual)
        {
            int arrowAfter = clause.IndexOf('→', Math.Max(0, after - start));
            int arrowBefore = clause.LastIndexOf('→', Math.Max(0, Math.Min(clause.Length - 1, at - start - 1)));
            if (arrowAfter >= 0 && (arrowBefore < 0 || arrowBefore >= at - start))
            {
                role = FactRole.Before;
            }
            else if (arrowBefore >= 0 && arrowBefore < at - start)
            {
                role = FactRole.After;
            }
        }

        return role;
    }

    /// <summary>The stance of the clause that holds <paramref name="value"/> (default: the whole statement).</summary>
    public static FactStance StanceOf(FoldedText statement, TextSpan value, Lexicon lexicon)
    {
        (int start, int end, int at, int after) = value == default ? (0, statement.Text.Length, 0, 0) : Clause(statement, value);
        string clause = statement.Text[start..end];
        FactStance stance = FactStance.None;
        if (PhraseMatcher.ContainsAny(clause, lexicon, "stance.negation"))
        {
            stance |= FactStance.Negated;
        }

        if (PhraseMatcher.ContainsAny(clause, lexicon, "stance.modal"))
        {
            stance |= FactStance.Modal;
        }

        if (clause.TrimEnd().EndsWith('?') || (end < statement.Text.Length && statement.Text[end] == '?'))
        {
            stance |= FactStance.Question;
        }

        if (value != default && after > at && Quotation.IsQuoted(statement.Text, at, after))
        {
            stance |= FactStance.Quoted;
        }

        return stance;
    }

    // The folded clause around the value: from the last '.', ';', '!', '?' or '|' before it to the next one after it,
    // with the value's folded start and end.
    private static (int Start, int End, int At, int After) Clause(FoldedText statement, TextSpan value)
    {
        string text = statement.Text;
        int at = 0;
        while (at < text.Length && statement.StartOf(at) < value.Start)
        {
            at++;
        }

        int after = at;
        while (after < text.Length && statement.StartOf(after) < value.End)
        {
            after++;
        }

        int start = at;
        while (start > 0 && !IsClauseEnd(text, start - 1))
        {
            start--;
        }

        int end = after;
        while (end < text.Length && !IsClauseEnd(text, end))
        {
            end++;
        }

        return (start, end, at, after);
    }

    // A '.' ends a clause only before white space or the end, and not after an abbreviation ("1.5", "e.g. 404").
    private static bool IsClauseEnd(string text, int i) =>
        text[i] is ';' or '!' or '?' or '|' || (text[i] == '.' && (i + 1 == text.Length || text[i + 1] == ' ') && (i < 2 || text[i - 2] != '.'));
}
