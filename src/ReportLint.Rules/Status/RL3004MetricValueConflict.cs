using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using ReportLint.Analysis;
using ReportLint.Claims;
using ReportLint.Diagnostics;
using ReportLint.Lexicons;
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
    public override RuleNeeds Needs { get; } = RuleNeeds.StatusSymbol;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    /// <summary>Whether a key names a metric specific enough to compare ("security score", not "tests").</summary>
    internal static bool IsComparable(ReportDocument document, string key) =>
        key.Contains(' ', StringComparison.Ordinal) || IsReportWide(document, key);

    /// <summary>A metric of the whole report (the lexicons' <c>metric.*</c> sections), compared across sections.</summary>
    internal static bool IsReportWide(ReportDocument document, string key) =>
        ReportWide.GetValue(document.Lexicon.ReverseIndex(LexiconSections.Metric), static index => new HashSet<string>(((IReadOnlyDictionary<string, string>)index).Values, StringComparer.Ordinal)).Contains(key);

    // The names of the lexicons' metrics, as a set made once per index (the index's values were searched one by one).
    private static readonly ConditionalWeakTable<object, HashSet<string>> ReportWide = new();

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
            var representatives = new Representatives(document, model);
            foreach (MetricClaim later in group)
            {
                foreach (MetricClaim earlier in representatives.Candidates(later))
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

                representatives.Remember(later);
            }
        }
    }

    /// <summary>
    /// The claims of one metric seen so far that later claims are compared with: one representative per distinct
    /// value, status and target (a few at most) for every subset of a claim's period path and, unless the metric is
    /// report-wide, its section. Two claims that can be compared share at least one such key, so each claim is
    /// looked up under a handful of keys and the rules stay linear in the number of claims.
    /// </summary>
    internal sealed class Representatives(ReportDocument document, MetricClaims model)
    {
        private const int MaxRepresentatives = 8;
        private readonly Dictionary<string, List<MetricClaim>> _kept = new(StringComparer.Ordinal);
        private readonly List<MetricClaim> _candidates = [];
        private MetricClaim? _keyed;
        private string[] _keys = [];

        /// <summary>The representatives a claim may be compared with, in the order they were kept, each once.</summary>
        public List<MetricClaim> Candidates(MetricClaim claim)
        {
            _candidates.Clear();
            foreach (string key in KeysOf(claim))
            {
                if (!_kept.TryGetValue(key, out List<MetricClaim>? kept))
                {
                    continue;
                }

                foreach (MetricClaim earlier in kept)
                {
                    if (!ContainsSame(_candidates, earlier))
                    {
                        _candidates.Add(earlier);
                    }
                }
            }

            return _candidates;
        }

        /// <summary>Keeps a claim as a representative under each of its keys where no kept claim has its signature.</summary>
        public void Remember(MetricClaim claim)
        {
            foreach (string key in KeysOf(claim))
            {
                if (!_kept.TryGetValue(key, out List<MetricClaim>? kept))
                {
                    _kept[key] = kept = [];
                }

                if (kept.Count < MaxRepresentatives && !AnySameSignature(kept, claim))
                {
                    kept.Add(claim);
                }
            }
        }

        // "period path#section" for each compatible period path; a claim is looked up, then kept, so the keys of the
        // last claim are kept too.
        private string[] KeysOf(MetricClaim claim)
        {
            if (ReferenceEquals(claim, _keyed))
            {
                return _keys;
            }

            string section = SectionPart(document, claim);
            IEnumerable<string> compatible = model.CompatiblePeriodKeys(document, claim);
            string[] periods = compatible as string[] ?? compatible.ToArray();
            string[] keys = new string[periods.Length];
            for (int i = 0; i < keys.Length; i++)
            {
                keys[i] = periods[i] + "#" + section;
            }

            _keyed = claim;
            return _keys = keys;
        }

        private static bool ContainsSame(List<MetricClaim> claims, MetricClaim claim)
        {
            foreach (MetricClaim c in claims)
            {
                if (ReferenceEquals(c, claim))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool AnySameSignature(List<MetricClaim> claims, MetricClaim claim)
        {
            foreach (MetricClaim c in claims)
            {
                if (SameSignature(c, claim))
                {
                    return true;
                }
            }

            return false;
        }

        // Same value (and denominator) as written, unit, status and target: what "value/denominator/unit/status/
        // target/comparison" formatted as text told apart. Decimals are the same text when they have the same
        // value and scale ("1.0" is not "1").
        private static bool SameSignature(MetricClaim a, MetricClaim b) =>
            SameNumber(a.Value?.Value, b.Value?.Value) && SameNumber(a.Value?.Denominator, b.Value?.Denominator) &&
            a.Value?.Unit == b.Value?.Unit && a.Status == b.Status &&
            SameNumber(a.Target?.Value.Value, b.Target?.Value.Value) && a.Target?.Value.Comparison == b.Target?.Value.Comparison;

        private static bool SameNumber(decimal? a, decimal? b) =>
            a is not { } x ? b is null : b is { } y && x == y && Scale(x) == Scale(y);

#if NET
        private static int Scale(decimal value) => value.Scale;
#else
        private static int Scale(decimal value) => (decimal.GetBits(value)[3] >> 16) & 0xFF;
#endif
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
