using System.Collections.Immutable;
using System.Globalization;
using ReportLint.Analysis;
using ReportLint.Claims;
using ReportLint.Diagnostics;
using ReportLint.Model;
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

    /// <inheritdoc />
    public override bool CanReport(ReportDocument document) => Triggers.Of(document).AnyFullRatio() && Triggers.Of(document).Any("count.failed");

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private sealed record Counts(decimal Total, decimal Passed, decimal Failed, int FirstLine, int LastLine, TextSpan Span);

    private static void Analyze(DocumentAnalysisContext context)
    {
        ReportModel model = ReportModel.Of(context.Document);
        List<Counts> runs = FindRuns(model);
        if (runs.Count == 0)
        {
            return;
        }

        foreach (ModelStatement statement in model.Statements)
        {
            foreach (FactValue ratio in statement.Values)
            {
                if (ratio.Denominator is not { } d || d <= 1 || ratio.Number != d)
                {
                    continue;
                }

                Counts? run = runs.FirstOrDefault(r => r.Total == d && r.Failed > 0 && !r.Span.Contains(ratio.Span));
                if (run is null)
                {
                    continue;
                }

                string lines = run.FirstLine == run.LastLine ? run.FirstLine.ToString(CultureInfo.InvariantCulture) : $"{run.FirstLine}–{run.LastLine}";
                context.Diagnostics.Report(Rule, ratio.Span, ImmutableDictionary<string, string>.Empty, [run.Span],
                    ratio.Text.ToString(), Num(run.Total), lines, Num(run.Passed), Num(run.Failed));
            }
        }
    }

    // Consecutive "Passed: n" and "Failed: n" facts (with a total, stated or their sum) make one run.
    private static List<Counts> FindRuns(ReportModel model)
    {
        IReadOnlyList<Fact> facts = model.MetricFacts;
        var runs = new List<Counts>();
        for (int i = 0; i < facts.Count; i++)
        {
            if (!model.IsMetric(facts[i], "count.failed") || facts[i].Value is not { } failed || failed.Denominator is not null)
            {
                continue;
            }

            int from = Math.Max(0, i - 3), to = Math.Min(facts.Count - 1, i + 3);
            Fact? passed = null, total = null;
            for (int k = from; k <= to; k++)
            {
                if (Math.Abs(facts[k].Line - facts[i].Line) > 3 || facts[k].Value is null)
                {
                    continue;
                }

                passed ??= model.IsMetric(facts[k], "count.passed") ? facts[k] : null;
                total ??= model.IsMetric(facts[k], "count.total") ? facts[k] : null;
            }

            if (passed?.Value is not { } p)
            {
                continue;
            }

            decimal sum = p.Number + failed.Number;
            decimal t = total?.Value?.Number ?? sum;
            if (t != sum)
            {
                continue;
            }

            int firstLine = int.MaxValue, lastLine = int.MinValue, start = int.MaxValue, end = int.MinValue;
            foreach (Fact? part in new[] { total, passed, facts[i] })
            {
                if (part is not null)
                {
                    firstLine = Math.Min(firstLine, part.Line);
                    lastLine = Math.Max(lastLine, part.Line);
                    start = Math.Min(start, part.Statement.Span.Start);
                    end = Math.Max(end, part.Statement.Span.End);
                }
            }

            runs.Add(new Counts(t, p.Number, failed.Number, firstLine, lastLine, TextSpan.FromBounds(start, end)));
        }

        return runs;
    }

    private static string Num(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
