using System.Runtime.CompilerServices;
using ReportLint.Claims;
using ReportLint.Collections;
using ReportLint.Model;

namespace ReportLint.Rules.Arithmetic;

// RL2001's precision conditions on an overall row: figures the report derives from something else than the rows.
public sealed partial class RL2001TotalMismatch
{
    private static readonly ConditionalWeakTable<ReportModel, HashSet<decimal>> CountedByModel = new();

    // "| **Score Global** | **79.2%** |" under rows that average 77.9%, where the report says "Score Global : 79.2%
    // (57/72 tests réussis)": the figure is a count's ratio, written beside it, not the mean of the rows.
    private static bool ExplainedByCount(ReportModel model, FactValue total) =>
        total.IsPercentage && CountedByModel.GetValue(model, CountedPercentages).Contains(total.Number);

    // "| **TOTAL** | **49** | **43** | **87.8%** |": a percentage the Total row derives from two of its own counts (43 of
    // 49). Those counts are checked against their columns; the percentage says nothing the column's rows add up to.
    private static bool DerivedFromRowCounts(ColumnAggregate aggregate)
    {
        FactValue total = aggregate.Total;
        ModelRow? row = null;
        foreach (ModelRow r in aggregate.Table.BodyArray)
        {
            if (r.Span.Contains(total.Span))
            {
                row = r;
                break;
            }
        }

        if (!total.IsPercentage || row is null)
        {
            return false;
        }

        foreach (ModelCell part in row.Cells)
        {
            if (part.Value is not { IsPercentage: false, Denominator: null, Unit.Length: 0, IsRange: false } a || a.Number < 0 || decimal.Truncate(a.Number) != a.Number)
            {
                continue;
            }

            foreach (ModelCell whole in row.Cells)
            {
                if (whole.Value is { IsPercentage: false, Denominator: null, Unit.Length: 0, IsRange: false } b && b.Number > 0 && a.Number <= b.Number &&
                    decimal.Truncate(b.Number) == b.Number && Math.Abs((100m * a.Number / b.Number) - total.Number) <= 0.05m + Rounding(total))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // A chain: "| Action | Erreurs Avant | Erreurs Après |" with rows 320 → 80, 80 → 61, 61 → 57…: each row's value in
    // one column is the next row's in another, so the columns are states one after the other, not amounts to add. Their
    // Total row gives the first state and the last ("| **TOTAL** | | **320** | **0** |"), not a sum. Three rows at least.
    private static bool InChain(ColumnAggregate aggregate)
    {
        Items<AggregatePart> parts = aggregate.Parts;
        if (parts.Count < 3)
        {
            return false;
        }

        foreach (ModelColumn other in aggregate.Table.ColumnArray)
        {
            if (other.Index != aggregate.Column.Index && (Chains(parts, aggregate.Column, other) || Chains(parts, other, aggregate.Column)))
            {
                return true;
            }
        }

        return false;
    }

    // Whether every row's value in column after is the next row's value in column before.
    private static bool Chains(Items<AggregatePart> parts, ModelColumn before, ModelColumn after)
    {
        for (int i = 0; i + 1 < parts.Count; i++)
        {
            if (parts[i].Cell.Row[after].Value is not { } done || parts[i + 1].Cell.Row[before].Value is not { } next ||
                done.Number != next.Number || done.Unit != next.Unit)
            {
                return false;
            }
        }

        return true;
    }

    // The percentages the report writes beside the ratio of counts they equal ("79.2% (57/72)"), indexed once.
    private static HashSet<decimal> CountedPercentages(ReportModel model)
    {
        var counted = new HashSet<decimal>();
        foreach (ModelStatement statement in model.StatementArray)
        {
            Items<FactValue> values = statement.Values;
            if (values.Count < 2)
            {
                continue;
            }

            foreach (FactValue percentage in values)
            {
                if (!percentage.IsPercentage || percentage.Comparison != Comparison.Exact)
                {
                    continue;
                }

                foreach (FactValue ratio in values)
                {
                    if (ratio.IsRatio && !ratio.IsPercentage && ratio.Denominator is { } of && of > 0 && ratio.Number <= of &&
                        Math.Abs((100m * ratio.Number / of) - percentage.Number) <= 0.05m + Rounding(percentage))
                    {
                        counted.Add(percentage.Number);
                    }
                }
            }
        }

        return counted;
    }

    // Half the last written digit of a percentage: 0.5 for "79%", 0.05 for "79.2%".
    private static decimal Rounding(FactValue percentage)
    {
        string text = percentage.Text.ToString();
        int dot = text.AsSpan().IndexOfAny('.', ',');
        int decimals = 0;
        for (int i = dot + 1; dot >= 0 && i < text.Length && char.IsDigit(text[i]); i++)
        {
            decimals++;
        }

        return decimals == 0 ? 0.5m : 0.5m / (decimal)Math.Pow(10, decimals);
    }
}
