using System.Collections.Immutable;
using ReportLint.Analysis;
using ReportLint.Checks;
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
    /// <summary>The rule; each of its checks below has its own descriptor, message and section of the rule's page.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        "RL3004", "metric-value-conflict", "One metric is given different values",
        "One metric is given different values",
        RuleCategory.Status, Severity.Warning,
        "A report that gives the same metric two values cannot be right twice; readers quote whichever they saw first.");

    /// <summary>Two values of one metric that no true value can satisfy together.</summary>
    public static readonly RuleDescriptor RestatedValue = Rule.ForCheck("restated-value",
        "A metric restated with a value the first cannot hold", "{0} is {1} here but {2} at line {3}");

    /// <summary>A metric fully met in one place and partial or failing in another.</summary>
    public static readonly RuleDescriptor MetAndFailing = Rule.ForCheck("met-and-failing",
        "A metric met in one place and failing in another", "{0} is '{1}' here but '{2}' at line {3}");

    /// <summary>A whole value written before its metric, above a lower value of that metric.</summary>
    public static readonly RuleDescriptor FullValue = Rule.ForCheck("full-value",
        "A whole value where the metric is given lower", "'{0}' here, but {1} is {2} at line {3}");

    /// <summary>A coverage floor over a set against a member below it.</summary>
    public static readonly RuleDescriptor FloorAgainstMember = Rule.ForCheck("floor-against-member",
        "A floor for each member with a member below it", "{0} here, a floor for each member, but {1} at line {2} under '{3}'{4}");

    /// <summary>What remains spread over parts against the parts' own counts.</summary>
    public static readonly RuleDescriptor RemainingAcrossParts = Rule.ForCheck("remaining-across-parts",
        "What remains disagrees with the parts it is spread over", "'{0}' remain here, but the breakdown from line {1} leaves work open in {2}: {3}{4}");

    /// <summary>The overall completion given twice.</summary>
    public static readonly RuleDescriptor OverallCompletion = Rule.ForCheck("overall-completion",
        "The overall completion given twice", "The overall completion is {0} here but {1} at line {2}: \"{3}\"");

    /// <summary>Two parts whose names are swapped.</summary>
    public static readonly RuleDescriptor SwappedPartNames = Rule.ForCheck("swapped-part-names",
        "Two parts with their names swapped", "{0} is '{1}' here but '{2}' at line {3}; '{4}' is {5} at line {6}");

    /// <summary>One part counted larger than its whole.</summary>
    public static readonly RuleDescriptor PartOverWhole = Rule.ForCheck("part-over-whole",
        "A part counted larger than its whole", "{0} {1}s here, more than the {2} {1}s that line {3} gives for all of '{4}'");

    /// <summary>A count named by a table's row and column against that cell.</summary>
    public static readonly RuleDescriptor CountAgainstTableCell = Rule.ForCheck("count-against-table-cell",
        "A count that its table cell gives otherwise", "{0} is {1} here but {2} at line {3} (row '{4}', column '{5}')");

    /// <summary>The team named twice, differently.</summary>
    public static readonly RuleDescriptor TeamRoster = Rule.ForCheck("team-roster",
        "The team named twice, differently", "The team here includes {0}, but the table at line {1} has {2} instead");

    /// <summary>A count claimed for every member against a line giving fewer.</summary>
    public static readonly RuleDescriptor PerMemberCount = Rule.ForCheck("per-member-count",
        "A count claimed for every member that a line gives fewer of", "'{0}' says every one has {1}, but line {2} gives {3}: \"{4}\"");

    /// <summary>A count reused for another scope than the breakdown that totals it.</summary>
    public static readonly RuleDescriptor BreakdownScope = Rule.ForCheck("breakdown-scope",
        "A breakdown's count reused for another scope", "{0} is {1} here but line {2} counts {3} for its {4}: \"{5}\"");

    /// <summary>A breakdown's total restated as one kind when the breakdown names others.</summary>
    public static readonly RuleDescriptor BreakdownKind = Rule.ForCheck("breakdown-kind",
        "A breakdown's total restated as one kind of many", "{0} {1}s are called {2} here, but the {3} of line {4} include \"{5}\" (line {6})");

    /// <summary>A time computed shorter than the report says the work took.</summary>
    public static readonly RuleDescriptor ComputedDuration = Rule.ForCheck("computed-duration",
        "A computed time shorter than the time stated", "{0} {1}s take {2} here but {3} at line {4}: \"{5}\"");

    /// <summary>The parts of one named thing counted twice, differently.</summary>
    public static readonly RuleDescriptor NamedPartCount = Rule.ForCheck("named-part-count",
        "The parts of one thing counted twice, differently", "'{0}' here, but line {1} gives '{2}' for the same {3}");

    /// <summary>No critical item left while one is open.</summary>
    public static readonly RuleDescriptor EmptyCriticalLevel = Rule.ForCheck("empty-critical-level",
        "No critical item left while one is open", "'{0}' counts no critical item left, but '{1}', listed as critical at line {2}, is still open under '{3}' (line {4})");

    /// <summary>A task's estimate against its days on the timeline.</summary>
    public static readonly RuleDescriptor EstimateOverTimeline = Rule.ForCheck("estimate-over-timeline",
        "A task's estimate far above its days on the timeline", "'{0}' takes {1} here, but the timeline gives it {2} ({3} days) at line {4}: \"{5}\"");

    /// <summary>A count of things made larger than the report's table of them totals.</summary>
    public static readonly RuleDescriptor MadeOverTableTotal = Rule.ForCheck("made-over-table-total",
        "More things made than their table totals", "{0} {1} {2} here, but the table under '{3}' totals {4} at line {5}");

    /// <summary>One change told twice from two starting values.</summary>
    public static readonly RuleDescriptor ChangeStart = Rule.ForCheck("change-start",
        "One change told from two starting values", "The starting value of {0} is {1} here but {2} at line {3}, for the same end value {4}");

    /// <inheritdoc />
    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } =
    [
        Rule, RestatedValue, MetAndFailing, FullValue, FloorAgainstMember, RemainingAcrossParts, OverallCompletion, SwappedPartNames,
        PartOverWhole, CountAgainstTableCell, TeamRoster, PerMemberCount, BreakdownScope, BreakdownKind, ComputedDuration,
        NamedPartCount, EmptyCriticalLevel, EstimateOverTimeline, MadeOverTableTotal, ChangeStart,
    ];

    /// <inheritdoc />
    public override DocumentScope Scope => DocumentScope.StatusReports;

    // restated-value and met-and-failing: a consistency check over the claims, a numeric conflict tried before a
    // status one for each pair.
    private static readonly ConsistencyCheck RestatedClaims = new(RuleNeeds.StatusSymbol, IsClaim,
        new Conflict(RestatedValue, NumericConflict), new Conflict(MetAndFailing, StatusConflict));

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
        RestatedClaims.Run(context, model);

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
    private static object?[]? NumericConflict(Fact earlier, Fact later)
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

        return [later.MetricName, b.Text, a.Text, earlier.Statement.Line];
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
    private static object?[]? StatusConflict(Fact earlier, Fact later)
    {
        bool earlierFull = earlier.Status == StatusKind.Met && earlier.Value is { IsPercentage: true, Number: 100m };
        bool laterFull = later.Status == StatusKind.Met && later.Value is { IsPercentage: true, Number: 100m };
        bool earlierBad = earlier.Status is StatusKind.Partial or StatusKind.Failed or StatusKind.Pending;
        bool laterBad = later.Status is StatusKind.Partial or StatusKind.Failed or StatusKind.Pending;
        if ((earlierFull && laterBad) || (laterFull && earlierBad))
        {
            return [later.MetricName, later.ValueText, earlier.ValueText, earlier.Statement.Line];
        }

        return null;
    }
}
