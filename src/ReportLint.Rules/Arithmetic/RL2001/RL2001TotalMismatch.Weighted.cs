using System.Collections.Immutable;
using System.Globalization;
using ReportLint.Analysis;
using ReportLint.Claims;
using ReportLint.Diagnostics;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Arithmetic;

public sealed partial class RL2001TotalMismatch
{
    // What the weighted reading made of a total: not a score column of a table with weights (read as before), or judged.
    private enum WeightedReading
    {
        NotApplicable,
        Judged,
    }

    // In a table with a column of weights that make a whole (100%, 100 or 1), a score column's total is the mean of its
    // rows weighted by them ("| **Weighted Score** | **4.3/10** |" over "| Security | 3/10 | … | 25% |"), not their
    // plain mean: it is judged as that (or as their sum) alone, and a score column whose weighted mean cannot be read (a
    // range, a signed change "+27") is not judged at all. The weights' own column, a column of weighted contributions
    // ("Weighted", "Pondéré", "Points") and a column of amounts ("2h") are plain sums, read as before.
    private static WeightedReading JudgeWeighted(DiagnosticSink diagnostics, ReportModel model, ColumnAggregate aggregate)
    {
        if (!aggregate.IsWeighted || WeightedTableFacts.WeightColumn(model, aggregate.Table) is not { } weight ||
            aggregate.Column == weight || WeightedTableFacts.IsContribution(model, aggregate.Column))
        {
            return WeightedReading.NotApplicable;
        }

        // The weights first: a column named so whose rows do not all give one, or whose weights make no whole (100%,
        // 100 or 1), weighs nothing ("| Item | Poids | Effort |" with weights 2 and 1): the table is read as before.
        int count = aggregate.Parts.Count;
        var weights = new FactValue[count];
        decimal weightSum = 0;
        int i = 0;
        foreach (AggregatePart part in aggregate.Parts)
        {
            if (ColumnAggregateFacts.WholeValueOf(model, part.Cell.Row[weight]) is not { IsRange: false, Comparison: Comparison.Exact, IsRatio: false } w ||
                w.Number <= 0 || (w.Unit.Length > 0 && !w.IsPercentage) || (i > 0 && w.IsPercentage != weights[0].IsPercentage))
            {
                return WeightedReading.NotApplicable;
            }

            weights[i++] = w;
            weightSum += w.Number;
        }

        decimal whole = weightSum <= 1.5m ? 1m : 100m;
        if (count < MinimumOverallParts || Math.Abs(weightSum - whole) > whole / 100m)
        {
            return WeightedReading.NotApplicable;
        }

        // Then the scores: a column of amounts ("2h", "1 200 €") sums, as before. A score column (plain numbers, n/d or
        // percentages) whose weighted mean cannot be read (a range, a signed change "+27", another scale) is not judged
        // at all, as no plain sum or mean of it is its total.
        FactValue total = aggregate.Total;
        if (total.Unit.Length > 0 && !total.IsPercentage)
        {
            return WeightedReading.NotApplicable;
        }

        if (total.Comparison is not (Comparison.Exact or Comparison.Approximately) || total.IsRange)
        {
            return WeightedReading.Judged;
        }

        bool exactWhole = weightSum == whole;
        var scores = new FactValue[count];
        var lines = new int[count];
        decimal weighted = 0, scoreRounding = 0, weightRounding = 0;
        i = 0;
        foreach (AggregatePart part in aggregate.Parts)
        {
            if (part.Value is not { IsRange: false, Comparison: Comparison.Exact } score || score.Denominator != total.Denominator || score.Unit != total.Unit ||
                part.Cell.Folded is ['+' or '-' or '−', ..])
            {
                return WeightedReading.Judged;
            }

            scores[i] = score;
            lines[i] = part.Line;
            weighted += weights[i].Number * score.Number;
            scoreRounding += weights[i].Number * PartRounding(score);
            weightRounding += score.Number * PartRounding(weights[i]);
            i++;
        }

        decimal sum = 0;
        foreach (FactValue score in scores)
        {
            sum += score.Number;
        }

        decimal mean = weighted / weightSum;
        decimal tolerance = (total.Decimals > 0 ? total.Resolution : 0.5m) + (total.IsApproximate ? Math.Abs(total.Number) * 0.1m : 0m) +
                            (scoreRounding / weightSum) + (exactWhole ? 0m : weightRounding / weightSum);
        if (Math.Abs(mean - total.Number) <= tolerance || (total.Denominator is null && Math.Abs(sum - total.Number) <= tolerance))
        {
            return WeightedReading.Judged;
        }

        ReportWeightedMean(diagnostics, aggregate, weight, scores, weights, lines, mean, whole);
        return WeightedReading.Judged;
    }

    // How far a part written rounded may be from its value: half its last decimal, half a point for a whole percentage.
    private static decimal PartRounding(FactValue value) => value.Decimals > 0 ? value.Resolution : value.IsPercentage ? 0.5m : 0m;

    // "Weighted Score 4.3/10 ≠ (3 × 25% + 4 × 20% + …) / 100% = 4.15/10 (the mean of rows 89–94 weighted by 'Weight')".
    private static void ReportWeightedMean(DiagnosticSink sink, ColumnAggregate aggregate, ModelColumn weight, FactValue[] scores, FactValue[] weights,
        int[] lines, decimal mean, decimal whole)
    {
        FactValue total = aggregate.Total;
        var spans = new TextSpan[scores.Length];
        var terms = new string[scores.Length];
        var numbers = new string[scores.Length];
        for (int i = 0; i < scores.Length; i++)
        {
            spans[i] = scores[i].Span;
            numbers[i] = scores[i].NumberText;
            terms[i] = $"{scores[i].NumberText} × {weights[i].Text}";
        }

        string header = weight.Header.ToString().Trim('*', '_', ' ');
        string wholeText = Quantity.FormatNumber(whole, 0) + (weights[0].IsPercentage ? "%" : string.Empty);
        string parts = scores.Length <= MaxPartsInMessage
            ? $"({string.Join(" + ", terms)}) / {wholeText}"
            : $"the mean of {scores.Length} rows weighted by '{header}'";
        // To the hundredth at least, or one decimal past the total's: "4.15/10" against "4.3/10", "56.09" against "85".
        int places = Math.Max(total.Decimals + 1, 2);
        int decimals = Math.Min(DecimalsOf(decimal.Round(mean, places, MidpointRounding.AwayFromZero)), places);
        string suffix = total.Denominator is { } d ? "/" + Quantity.FormatNumber(d, 0) : total.UnitText;
        string value = FormatLike(sink.NumberFormat, decimal.Round(mean, decimals, MidpointRounding.AwayFromZero), total.NumberText, decimals, numbers) + suffix;
        string rows = lines[0] == lines[^1]
            ? lines[0].ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{lines[0]}–{lines[^1]}");
        string label = aggregate.Label.IsEmpty ? "Weighted total" : aggregate.Label.ToString();
        sink.Report(Rule, total.Span, ImmutableDictionary<string, string>.Empty, spans,
            label, total.Text.ToString(), parts, value, $"the mean of rows {rows} weighted by '{header}'");
    }
}
