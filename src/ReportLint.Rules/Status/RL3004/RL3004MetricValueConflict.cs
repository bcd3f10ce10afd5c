using System.Collections.Immutable;
using ReportLint.Analysis;
using ReportLint.Claims;
using ReportLint.Diagnostics;
using ReportLint.Lexicons;
using ReportLint.Model;

namespace ReportLint.Rules.Status;

/// <summary>
/// RL3004: one metric is given different values in one report ("Security Score: 95/100" and "Score sécurité :
/// 85/100"), or is fully met in one place and failing in another ("Security Headers: 100% compliance" and "⚠️ Security
/// Headers - Missing headers"). Values under headings of different periods (week, sprint, phase…) are progress,
/// not contradictions; a goal, a before, a projection or a quoted value is no claim to contradict.
/// </summary>
public sealed partial class RL3004MetricValueConflict : ReportAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        "RL3004", "metric-value-conflict", "One metric is given different values",
        "{0}",
        RuleCategory.Status, Severity.Warning,
        "A report that gives the same metric two values cannot be right twice; readers quote whichever they saw first.");

    /// <inheritdoc />
    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [Rule];

    /// <inheritdoc />
    public override DocumentScope Scope => DocumentScope.StatusReports;

    /// <inheritdoc />
    public override RuleNeeds Needs { get; } = RuleNeeds.StatusSymbol;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        ReportModel model = ReportModel.Of(context.Document);
        if (!model.IsStatusReport)
        {
            return;
        }

        // Each statement of a metric is compared with the earlier statements of the same metric and moment.
        foreach (FactRelation restatement in model.RestatementsWithEarlier(IsClaim))
        {
            Fact later = restatement.Fact;
            foreach (Fact earlier in restatement.Related)
            {
                string? conflict = NumericConflict(earlier, later) ?? StatusConflict(earlier, later);
                if (conflict is not null)
                {
                    context.Diagnostics.Report(Rule, later.Span, ImmutableDictionary<string, string>.Empty, [earlier.Span], conflict);
                    break;
                }
            }
        }

        ReportFullValuesAgainstNamedOnes(context, model);
        ReportFloorsAgainstMembers(context, model);
        ReportRemainingAcrossParts(context, model);
        ReportOverallCompletions(context, model);
        ReportSwappedPartNames(context, model);
        ReportPartsOverTheirWhole(context, model);
        ReportCountsAgainstTableCells(context, model);
        ReportTeamsThatDiffer(context, model);
        ReportPerMemberCounts(context, model);
        ReportCountsAgainstBreakdowns(context, model);
        ReportComputedTimesAgainstStated(context, model);
        ReportNamedCountsThatDiffer(context, model);
        ReportEmptyCriticalBuckets(context, model);
        ReportEstimatesAgainstTimeline(context, model);
        ReportMadeCountsAgainstTableTotals(context, model);
        ReportChangesThatDiffer(context, model);
    }

    // An actual value; a status alone ("Security Headers - Missing headers") counts unless it is modal, asked or
    // quoted: its negation ("not configured") is the status it states.
    private static bool IsClaim(Fact fact) =>
        fact.Value is null ? (fact.Stance & (FactStance.Modal | FactStance.Question | FactStance.Quoted)) == 0 : fact.IsActual;

    // Two values conflict when no true value can satisfy both: each is read as the interval it allows ("98%" is
    // 97.5-98.5, "95%+" is 95 or more, "100-500ms" the range, "~85%" a tenth either side), and the intervals do not
    // overlap (touching ends, 98 and 99, do not overlap).
    private static string? NumericConflict(Fact earlier, Fact later)
    {
        if (earlier.Value is not { } first || later.Value is not { } second)
        {
            return null;
        }

        FactValue a = RangeHolding(earlier, first), b = RangeHolding(later, second);
        if (a.Unit != b.Unit || a.Denominator != b.Denominator || earlier.ValueNoun != later.ValueNoun || a.IsGrade || b.IsGrade)
        {
            return null;
        }

        (decimal aLow, decimal aHigh) = IntervalOf(a);
        (decimal bLow, decimal bHigh) = IntervalOf(b);
        if (aLow < bHigh && bLow < aHigh)
        {
            return null;
        }

        return $"{later.MetricName} is {b.Text} here but {a.Text} at line {earlier.Statement.Line}";
    }

    // The range a value is an end of ("80-85%"), or the value itself.
    private static FactValue RangeHolding(Fact fact, FactValue value)
    {
        foreach (FactValue v in fact.Statement.Values)
        {
            if (v.IsRange && v.Span.Contains(value.Span))
            {
                return v;
            }
        }

        return value;
    }

    private static (decimal Low, decimal High) IntervalOf(FactValue value)
    {
        decimal low = value.Number, high = value.UpperBound ?? value.Number;
        decimal slack = value.Resolution;
        if (value.IsApproximate)
        {
            slack = Math.Max(slack, Math.Max(Math.Abs(low), Math.Abs(high)) / 10m);
        }

        return value.Comparison switch
        {
            Comparison.AtLeast or Comparison.GreaterThan => (low - slack, decimal.MaxValue),
            Comparison.AtMost or Comparison.LessThan => (decimal.MinValue, high + slack),
            _ => (low - slack, high + slack),
        };
    }

    // "100% compliance" (met) in one place, "Missing headers" (partial or failed) in another.
    private static string? StatusConflict(Fact earlier, Fact later)
    {
        bool earlierFull = earlier.Status == StatusKind.Met && earlier.Value is { IsPercentage: true, Number: 100m };
        bool laterFull = later.Status == StatusKind.Met && later.Value is { IsPercentage: true, Number: 100m };
        bool earlierBad = earlier.Status is StatusKind.Partial or StatusKind.Failed or StatusKind.Pending;
        bool laterBad = later.Status is StatusKind.Partial or StatusKind.Failed or StatusKind.Pending;
        if ((earlierFull && laterBad) || (laterFull && earlierBad))
        {
            return $"{later.MetricName} is '{later.ValueText}' here but '{earlier.ValueText}' at line {earlier.Statement.Line}";
        }

        return null;
    }
}
