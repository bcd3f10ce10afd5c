using System.Collections.Immutable;
using System.Globalization;
using ReportLint.Analysis;
using ReportLint.Claims;
using ReportLint.Diagnostics;
using ReportLint.Lexicons;
using ReportLint.Text;

namespace ReportLint.Rules.Arithmetic;

/// <summary>
/// RL2002: a ratio says everything passed ("Tests: 7/7", "12/12 tests passent") while the report's own counts of the
/// same run show failures ("Total Tests: 7 / Passed: 4 / Failed: 3"): the run is matched by its total.
/// </summary>
public sealed class RL2002RatioContradictsCounts : ReportAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        "RL2002", "ratio-contradicts-counts", "A ratio and its counts disagree",
        "{0} says all {1} passed, but lines {2} count {1}: {3} passed, {4} failed",
        RuleCategory.Arithmetic, Severity.Warning,
        "A 7/7 in the summary and 'Passed: 4, Failed: 3' in the log describe the same run differently; one of them is wrong.");

    /// <inheritdoc />
    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [Rule];

    // The lexicon sections only this rule reads.
    private static readonly LexiconSection CountFailed = new("count.failed"), CountPassed = new("count.passed"), CountTotal = new("count.total");

    /// <inheritdoc />
    public override RuleNeeds Needs { get; } = RuleNeeds.FullRatio & RuleNeeds.Phrase(CountFailed);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private sealed record Counts(decimal Total, decimal Passed, decimal Failed, int FirstLine, int LastLine, TextSpan Span);

    private static void Analyze(DocumentAnalysisContext context)
    {
        ReportDocument document = context.Document;
        IReadOnlyList<MetricClaim> claims = MetricClaims.Of(document).All;
        List<Counts> runs = FindRuns(document, claims);
        if (runs.Count == 0)
        {
            return;
        }

        foreach (Statement statement in Statements.Of(document).All)
        {
            ReadOnlySpan<Quantity> quantities = statement.Quantities(document);
            // Loops, not LINQ over Quantity: framework generic code over a value type is JIT-compiled at every start.
            foreach (Quantity ratio in quantities)
            {
                if (ratio.Denominator is not { } d || d <= 1 || ratio.Value != d)
                {
                    continue;
                }

                Counts? run = runs.FirstOrDefault(r => r.Total == ratio.Denominator && r.Failed > 0 && !r.Span.Contains(ratio.Span));
                if (run is null)
                {
                    continue;
                }

                string lines = run.FirstLine == run.LastLine ? run.FirstLine.ToString(CultureInfo.InvariantCulture) : $"{run.FirstLine}–{run.LastLine}";
                context.Diagnostics.Report(Rule, ratio.Span, ImmutableDictionary<string, string>.Empty, [run.Span],
                    document.GetText(ratio.Span).ToString(), Num(run.Total), lines, Num(run.Passed), Num(run.Failed));
            }
        }
    }

    // Consecutive "Passed: n" and "Failed: n" claims (with a total, stated or their sum) make one run.
    private static List<Counts> FindRuns(ReportDocument document, IReadOnlyList<MetricClaim> claims)
    {
        var runs = new List<Counts>();
        for (int i = 0; i < claims.Count; i++)
        {
            if (!Is(document, claims[i], CountFailed) || claims[i].Value is not { } failed || failed.Denominator is not null)
            {
                continue;
            }

            int from = Math.Max(0, i - 3), to = Math.Min(claims.Count - 1, i + 3);
            MetricClaim? passed = null, total = null;
            for (int k = from; k <= to; k++)
            {
                if (Math.Abs(claims[k].Line - claims[i].Line) > 3 || claims[k].Value is null)
                {
                    continue;
                }

                passed ??= Is(document, claims[k], CountPassed) ? claims[k] : null;
                total ??= Is(document, claims[k], CountTotal) ? claims[k] : null;
            }

            if (passed?.Value is not { } p)
            {
                continue;
            }

            decimal sum = p.Value + failed.Value;
            decimal t = total?.Value?.Value ?? sum;
            if (t != sum)
            {
                continue;
            }

            int firstLine = int.MaxValue, lastLine = int.MinValue, start = int.MaxValue, end = int.MinValue;
            foreach (MetricClaim? part in new[] { total, passed, claims[i] })
            {
                if (part is not null)
                {
                    firstLine = Math.Min(firstLine, part.Line);
                    lastLine = Math.Max(lastLine, part.Line);
                    start = Math.Min(start, part.Span.Start);
                    end = Math.Max(end, part.Span.End);
                }
            }

            runs.Add(new Counts(t, p.Value, failed.Value, firstLine, lastLine, TextSpan.FromBounds(start, end)));
        }

        return runs;
    }

    private static bool Is(ReportDocument document, MetricClaim claim, LexiconSection section) => document.Lexicon.Contains(section, claim.Key);

    private static string Num(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
