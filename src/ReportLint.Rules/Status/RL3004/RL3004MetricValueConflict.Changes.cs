using System.Collections.Immutable;
using ReportLint.Analysis;
using ReportLint.Model;

namespace ReportLint.Rules.Status;

public sealed partial class RL3004MetricValueConflict
{
    // "Security score: 3.5/10 → 9.8/10" and, later, "Security score: 6.5/10 → 9.8/10": one change told twice, to the
    // same end from two starting points. The starting value of a change (the value a metric claim holds: its before)
    // is compared with the starting values of the same metric, subject and moment, as actual values are with actual
    // values, and only when the two changes end at the same value: two steps of one metric ("500 KB → 400 KB", later
    // "400 KB → 300 KB") are not one change told twice.
    private static void ReportChangesThatDiffer(DocumentAnalysisContext context, ReportModel model)
    {
        foreach (FactRelation restatement in model.RestatementsWithEarlier(f => f.Role == FactRole.Before && f.Stance == FactStance.None && f.Value is not null))
        {
            Fact later = restatement.Fact;
            foreach (Fact earlier in restatement.Related)
            {
                if (Partner(earlier, FactRole.After) is not { Value: { } a } || Partner(later, FactRole.After) is not { Value: { } b }
                    || a.Number != b.Number || a.Unit != b.Unit || a.Denominator != b.Denominator)
                {
                    continue;
                }

                if (NumericConflict(earlier, later) is { } conflict)
                {
                    context.Diagnostics.Report(ChangeStart, later.Span, ImmutableDictionary<string, string>.Empty, [earlier.Span], [.. conflict, b.Text]);
                    break;
                }
            }
        }
    }

    // The other end of the change a fact is one end of: the one value of the other role in its statement (none when
    // the statement holds several changes).
    private static Fact? Partner(Fact fact, FactRole role)
    {
        Fact? found = null;
        foreach (Fact candidate in fact.Statement.Facts)
        {
            if (candidate.Role == role && candidate.Value is not null)
            {
                if (found is not null)
                {
                    return null;
                }

                found = candidate;
            }
        }

        return found;
    }
}
