using System.Collections.Immutable;
using ReportLint.Analysis;
using ReportLint.Claims;
using ReportLint.Diagnostics;
using ReportLint.Text;

namespace ReportLint.Rules.Status;

/// <summary>
/// RL3004: one metric is given different values in one report ("Security Score: 95/100" and "Score sécurité :
/// 85/100"), or is fully met in one place and failing in another ("Security Headers: 100% compliance" and "⚠️ Security
/// Headers - Missing headers"). Values under headings of different periods (week, sprint, phase…) are progress,
/// not contradictions.
/// </summary>
public sealed class RL3004MetricValueConflict : ReportAnalyzer
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
    public override bool CanReport(ReportDocument document) => Triggers.Of(document).AnyStatusSymbol();

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    /// <summary>Whether a key names a metric specific enough to compare ("security score", not "tests").</summary>
    internal static bool IsComparable(ReportDocument document, string key) =>
        key.Contains(' ', StringComparison.Ordinal) || IsReportWide(document, key);

    /// <summary>A metric of the whole report (the lexicons' <c>metric.*</c> sections), compared across sections.</summary>
    internal static bool IsReportWide(ReportDocument document, string key) => document.Lexicon.ReverseIndex("metric").Values.Contains(key);

    /// <summary>Whether two claims may be compared: same moment, and same section unless the metric is report-wide.</summary>
    internal static bool Comparable(ReportDocument document, MetricClaim a, MetricClaim b) =>
        MetricClaims.SameMoment(document, a, b) && (ReferenceEquals(a.Section, b.Section) || IsReportWide(document, a.Key));

    private static void Analyze(DocumentAnalysisContext context)
    {
        ReportDocument document = context.Document;
        if (!MetricClaims.IsStatusReport(document))
        {
            return;
        }

        MetricClaims model = MetricClaims.Of(document);
        foreach (var group in model.All.GroupBy(c => c.Key).Where(g => g.Count() > 1 && IsComparable(document, g.Key)))
        {
            // Each claim is compared with the first claim of each earlier moment it can be compared with: one
            // representative per (period path, section) keeps this linear in the number of claims.
            var firsts = new Dictionary<string, List<MetricClaim>>(StringComparer.Ordinal);
            foreach (MetricClaim later in group)
            {
                foreach (MetricClaim earlier in Candidates(document, model, later, firsts))
                {
                    if (!Comparable(document, earlier, later))
                    {
                        continue;
                    }

                    string? conflict = NumericConflict(document, earlier, later) ?? StatusConflict(earlier, later);
                    if (conflict is not null)
                    {
                        TextSpan at = later.Value is { } v ? v.Span : later.Span;
                        context.Diagnostics.Report(Rule, at, ImmutableDictionary<string, string>.Empty, [earlier.Value?.Span ?? earlier.Span], conflict);
                        break;
                    }
                }

                Remember(document, model, later, firsts);
            }
        }
    }

    /// <summary>
    /// Keeps a claim as the representative of every subset of its period path (and, unless the metric is report-wide,
    /// of its section), where no earlier claim already is: two claims that can be compared share at least one such key.
    /// </summary>
    internal static void Remember(ReportDocument document, MetricClaims model, MetricClaim claim, Dictionary<string, List<MetricClaim>> firsts)
    {
        string section = SectionPart(document, claim);
        foreach (string period in model.CompatiblePeriodKeys(document, claim))
        {
            string key = period + "#" + section;
            if (!firsts.TryGetValue(key, out List<MetricClaim>? kept))
            {
                firsts[key] = kept = [];
            }

            // One representative per distinct value, status and target, and a few at most: bounded work per claim.
            if (kept.Count < MaxRepresentatives && !kept.Any(k => Signature(k) == Signature(claim)))
            {
                kept.Add(claim);
            }
        }
    }

    private const int MaxRepresentatives = 8;

    private static string Signature(MetricClaim claim) =>
        $"{claim.Value?.Value}/{claim.Value?.Denominator}/{claim.Value?.Unit}/{claim.Status}/{claim.Target?.Value.Value}/{claim.Target?.Value.Comparison}";

    /// <summary>
    /// The representatives a claim may be compared with, looked up directly (a handful of keys), so the rule stays
    /// linear in the number of claims however many periods and sections a report has.
    /// </summary>
    internal static IEnumerable<MetricClaim> Candidates(ReportDocument document, MetricClaims model, MetricClaim claim, Dictionary<string, List<MetricClaim>> firsts)
    {
        string section = SectionPart(document, claim);
        var seen = new HashSet<MetricClaim>(ReferenceEqualityComparer.Instance);
        foreach (string period in model.CompatiblePeriodKeys(document, claim))
        {
            if (firsts.TryGetValue(period + "#" + section, out List<MetricClaim>? kept))
            {
                foreach (MetricClaim earlier in kept.Where(seen.Add))
                {
                    yield return earlier;
                }
            }
        }
    }

    private static string SectionPart(ReportDocument document, MetricClaim claim) =>
        IsReportWide(document, claim.Key) ? string.Empty : claim.Section?.Span.Start.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;

    private static string? NumericConflict(ReportDocument document, MetricClaim earlier, MetricClaim later)
    {
        if (earlier.Value is not { } a || later.Value is not { } b ||
            a.Comparison != Comparison.Exact || b.Comparison != Comparison.Exact ||
            a.Unit != b.Unit || a.Denominator != b.Denominator || earlier.ValueNoun != later.ValueNoun)
        {
            return null;
        }

        decimal tolerance = Math.Max(a.Resolution, b.Resolution);
        if (Math.Abs(a.Value - b.Value) <= tolerance)
        {
            return null;
        }

        return $"{later.Name} is {document.GetText(b.Span)} here but {document.GetText(a.Span)} at line {earlier.Line}";
    }

    // "100% compliance" (met) in one place, "Missing headers" (partial or failed) in another.
    private static string? StatusConflict(MetricClaim earlier, MetricClaim later)
    {
        bool earlierFull = earlier.Status == StatusKind.Met && earlier.Value is { Unit: "%", Value: 100m };
        bool laterFull = later.Status == StatusKind.Met && later.Value is { Unit: "%", Value: 100m };
        bool earlierBad = earlier.Status is StatusKind.Partial or StatusKind.Failed or StatusKind.Pending;
        bool laterBad = later.Status is StatusKind.Partial or StatusKind.Failed or StatusKind.Pending;
        if ((earlierFull && laterBad) || (laterFull && earlierBad))
        {
            return $"{later.Name} is '{later.ValueText}' here but '{earlier.ValueText}' at line {earlier.Line}";
        }

        return null;
    }
}
