using System.Collections.Immutable;
using ReportLint.Analysis;
using ReportLint.Claims;
using ReportLint.Diagnostics;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Checks;

/// <summary>
/// A stated aggregate read against its parts: the stated value, and what the parts come to (their sum, or the number
/// of items listed), with how far the parts bound it.
/// </summary>
internal readonly struct AggregateReading
{
    /// <summary>A stated aggregate and what its parts come to.</summary>
    /// <param name="stated">The stated value: where it stands, and whether it is a lower bound ("20+").</param>
    /// <param name="number">The figure stated ("5/5 tests" states 5).</param>
    /// <param name="parts">What the parts come to: their sum, or the number of items listed.</param>
    /// <param name="partsAreFloor">
    /// Whether the parts give only a floor: a part "5+", or a list that need not hold every item ("13 receivers
    /// (Slack, Email)" may name kinds). An exact aggregate is then contradicted only by parts above it, and a lower
    /// bound never.
    /// </param>
    /// <param name="tolerance">How far the parts may fall from the stated figure (parts given as about, "~48").</param>
    /// <param name="partsUpper">
    /// The upper end of what the parts come to when some are ranges ("2-3 jours" + "2 jours" is 4 to 5); then
    /// <paramref name="parts"/> is the lower end.
    /// </param>
    /// <param name="numberUpper">The upper end of a stated range ("15-20 jours"); then <paramref name="number"/> is the lower.</param>
    public AggregateReading(FactValue stated, decimal number, decimal parts, bool partsAreFloor = false, decimal tolerance = 0, decimal? partsUpper = null, decimal? numberUpper = null)
    {
        Stated = stated ?? throw new ArgumentNullException(nameof(stated));
        Number = number;
        Parts = parts;
        PartsAreFloor = partsAreFloor;
        Tolerance = tolerance;
        PartsUpper = partsUpper;
        NumberUpper = numberUpper;
    }

    /// <summary>The stated value.</summary>
    public FactValue Stated { get; }

    /// <summary>The figure stated.</summary>
    public decimal Number { get; }

    /// <summary>What the parts come to.</summary>
    public decimal Parts { get; }

    /// <summary>Whether the parts give only a floor.</summary>
    public bool PartsAreFloor { get; }

    /// <summary>How far the parts may fall from the stated figure.</summary>
    public decimal Tolerance { get; }

    /// <summary>The upper end of what the parts come to, when some parts are ranges.</summary>
    public decimal? PartsUpper { get; }

    /// <summary>The upper end of the stated figure, when it is a range.</summary>
    public decimal? NumberUpper { get; }

    /// <summary>
    /// Whether the parts contradict the stated figure: a lower bound ("25+") by parts short of it (beyond the
    /// tolerance) that are all there is; an exact figure by parts above it when they give a floor, and otherwise by
    /// parts that differ from it beyond the tolerance.
    /// A range is read end for end: a stated range against parts that make one ("15-20" over parts of 14 to 19), a
    /// stated figure within the parts' range, a stated range around parts that make one figure.
    /// </summary>
    public bool IsContradicted =>
        PartsUpper is { } upper ? (NumberUpper is { } top ? Math.Abs(Parts - Number) > Tolerance || Math.Abs(upper - top) > Tolerance : Number < Parts - Tolerance || Number > upper + Tolerance)
        : NumberUpper is { } end ? Parts < Number - Tolerance || Parts > end + Tolerance
        : Stated.IsLowerBound ? !PartsAreFloor && Parts < Number - Tolerance
        : PartsAreFloor ? Parts > Number + Tolerance
        : Math.Abs(Parts - Number) > Tolerance;
}

/// <summary>A finding of an aggregate check: the descriptor, the parts' places (related) and the message's arguments.</summary>
internal readonly struct AggregateReport
{
    /// <summary>A finding reported through <paramref name="descriptor"/>.</summary>
    public AggregateReport(RuleDescriptor descriptor, TextSpan[] parts, object?[] arguments)
    {
        Descriptor = descriptor ?? throw new ArgumentNullException(nameof(descriptor));
        Parts = parts ?? throw new ArgumentNullException(nameof(parts));
        Arguments = arguments ?? throw new ArgumentNullException(nameof(arguments));
    }

    /// <summary>The descriptor (the rule's, or one of its checks').</summary>
    public RuleDescriptor Descriptor { get; }

    /// <summary>The parts' places, reported as related locations.</summary>
    public TextSpan[] Parts { get; }

    /// <summary>The message's arguments.</summary>
    public object?[] Arguments { get; }
}

/// <summary>
/// Aggregate vs parts: a stated total, sum or count against what its own parts come to, wherever they sit (bracketed
/// counts of a section's lead-ins, sub-headings' counts, names in brackets, a list under a lead-in, a tree, open task
/// boxes). The rule gives the aggregates (from the model's facts or its own), how each reads against its parts
/// (<see cref="AggregateReading"/>: parts that cannot be read make none) and the finding. The kind decides whether
/// the parts contradict the figure, bounds and tolerance included, and reports each stated value once, at the value,
/// with the parts as related locations.
/// </summary>
/// <typeparam name="TAggregate">The rule's aggregate.</typeparam>
internal sealed class AggregateCheck<TAggregate>
    : Check
    where TAggregate : class
{
    private readonly Func<ReportModel, IEnumerable<TAggregate>> _aggregates;
    private readonly Func<TAggregate, AggregateReading?> _read;
    private readonly Func<TAggregate, AggregateReading, AggregateReport> _report;

    /// <summary>An aggregate check.</summary>
    /// <param name="needs">What a document must hold for the rule's aggregates to be found in it.</param>
    /// <param name="aggregates">The aggregates, in document order.</param>
    /// <param name="read">How an aggregate reads against its parts, or null when its parts cannot be read.</param>
    /// <param name="report">The finding for a contradicted aggregate.</param>
    public AggregateCheck(RuleNeeds needs, Func<ReportModel, IEnumerable<TAggregate>> aggregates,
        Func<TAggregate, AggregateReading?> read, Func<TAggregate, AggregateReading, AggregateReport> report)
    {
        Needs = needs ?? throw new ArgumentNullException(nameof(needs));
        _aggregates = aggregates ?? throw new ArgumentNullException(nameof(aggregates));
        _read = read ?? throw new ArgumentNullException(nameof(read));
        _report = report ?? throw new ArgumentNullException(nameof(report));
    }

    /// <inheritdoc />
    public override RuleNeeds Needs { get; }

    /// <inheritdoc />
    public override void Run(DocumentAnalysisContext context, ReportModel model) => Run(context, model, []);

    /// <summary>
    /// Runs the check, sharing with the rule's other checks the stated values already reported (by their start):
    /// a value is reported once, by the first check that finds it contradicted.
    /// </summary>
    public void Run(DocumentAnalysisContext context, ReportModel model, HashSet<int> reported)
    {
        ArgumentNullException.ThrowIfNull(reported);
        foreach (TAggregate aggregate in _aggregates(model))
        {
            if (_read(aggregate) is not { IsContradicted: true } reading || !reported.Add(reading.Stated.Span.Start))
            {
                continue;
            }

            AggregateReport report = _report(aggregate, reading);
            context.Diagnostics.Report(report.Descriptor, reading.Stated.Span, ImmutableDictionary<string, string>.Empty, report.Parts, report.Arguments);
        }
    }
}
