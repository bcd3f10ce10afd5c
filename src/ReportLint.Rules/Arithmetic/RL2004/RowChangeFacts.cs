using ReportLint.Claims;
using ReportLint.Model;
using ReportLint.Lexicons;
using ReportLint.Text;

namespace ReportLint.Rules.Arithmetic;

/// <summary>
/// A table row that states a value before, the value after and the relative change between them, each in the column
/// its header names (lexicon sections <c>column.before</c>, <c>column.after</c>, <c>column.change</c>):
/// <c>| Logging | $80k | $40-50k | 40-50% |</c> under <c>| Component | Baseline | Optimized | Savings |</c>. A value
/// may be a range ("$40-50k"): it then has a low and a high end.
/// </summary>
internal sealed class RowChange
{
    internal RowChange(ModelRow row, ModelCell before, ModelCell after, ModelCell change, ValueRange beforeValue, ValueRange afterValue, ValueRange changeValue)
    {
        Row = row;
        Before = before;
        After = after;
        Change = change;
        BeforeValue = beforeValue;
        AfterValue = afterValue;
        ChangeValue = changeValue;
    }

    /// <summary>The row.</summary>
    public ModelRow Row { get; }

    /// <summary>The cell of the value before.</summary>
    public ModelCell Before { get; }

    /// <summary>The cell of the value after.</summary>
    public ModelCell After { get; }

    /// <summary>The cell of the stated change, a percentage.</summary>
    public ModelCell Change { get; }

    /// <summary>The value before (low and high ends; equal unless it is a range).</summary>
    public ValueRange BeforeValue { get; }

    /// <summary>The value after.</summary>
    public ValueRange AfterValue { get; }

    /// <summary>The stated change, in percent, without its sign.</summary>
    public ValueRange ChangeValue { get; }

    /// <summary>Whether the values before and after are percentages: the change may then be in points.</summary>
    public bool InPercent { get; internal init; }
}

/// <summary>A value or a range of values as a cell writes it ("$30k", "$20-25k", "30–35%"): its low and high ends.</summary>
/// <param name="Low">The low end.</param>
/// <param name="High">The high end (equal to <paramref name="Low"/> for a single value).</param>
/// <param name="Unit">The normalised unit ("$", "%", "ms", or empty).</param>
/// <param name="Span">The value as written, emphasis and spaces around it left out.</param>
internal readonly record struct ValueRange(decimal Low, decimal High, string Unit, TextSpan Span)
{
    /// <summary>Whether the cell gives a range.</summary>
    public bool IsRange => Low != High;
}

/// <summary>The rows of change tables, the facts only RL2004 reads, built once per document.</summary>
internal static class RowChangeFacts
{
    private static readonly LexiconSection ColumnBefore = new("column.before");
    private static readonly LexiconSection ColumnAfter = new("column.after");
    private static readonly LexiconSection ColumnChange = new("column.change");

    private static readonly RuleFacts<RowChange[]> Facts = new(BuildRowChanges);

    /// <summary>
    /// The table rows that state a value before, a value after and the relative change between them (one column of each
    /// kind, told by its header; the change a percentage; before and after in one unit), in document order.
    /// </summary>
    public static IReadOnlyList<RowChange> Of(ReportModel model) => Facts.Of(model);

    private static RowChange[] BuildRowChanges(ReportModel model)
    {
        var changes = new List<RowChange>();
        foreach (ModelTable table in model.Tables)
        {
            if (table.IsDashboard || ChangeColumns(model, table) is not var (before, after, change))
            {
                continue;
            }

            foreach (ModelRow row in table.BodyArray)
            {
                if (row.Cells.Count <= Math.Max(before.Index, Math.Max(after.Index, change.Index)) ||
                    ReadRange(model, row[before]) is not { } b || ReadRange(model, row[after]) is not { } a || ReadRange(model, row[change]) is not { Unit: "%" } c ||
                    b.Unit != a.Unit || b.Low <= 0 || a.Low < 0)
                {
                    continue;
                }

                changes.Add(new RowChange(row, row[before], row[after], row[change], b, a, c with { Low = Math.Abs(c.Low), High = Math.Abs(c.High) })
                {
                    InPercent = b.Unit == "%",
                });
            }
        }

        return changes.ToArray();
    }

    // One column whose header says "before", one "after", one "change", each header saying only one of the three.
    private static (ModelColumn Before, ModelColumn After, ModelColumn Change)? ChangeColumns(ReportModel model, ModelTable table)
    {
        ModelColumn? before = null, after = null, change = null;
        foreach (ModelColumn column in table.Columns)
        {
            bool isBefore = PhraseMatcher.ContainsAny(column.FoldedHeader, model.Document.Lexicon, ColumnBefore);
            bool isAfter = PhraseMatcher.ContainsAny(column.FoldedHeader, model.Document.Lexicon, ColumnAfter);
            bool isChange = PhraseMatcher.ContainsAny(column.FoldedHeader, model.Document.Lexicon, ColumnChange);
            if ((isBefore ? 1 : 0) + (isAfter ? 1 : 0) + (isChange ? 1 : 0) > 1)
            {
                return null;
            }

            if (isBefore && !Assign(ref before, column) || isAfter && !Assign(ref after, column) || isChange && !Assign(ref change, column))
            {
                return null;
            }
        }

        return before is not null && after is not null && change is not null && before.Index < after.Index ? (before, after, change) : null;

        static bool Assign(ref ModelColumn? slot, ModelColumn column)
        {
            if (slot is not null)
            {
                return false;
            }

            slot = column;
            return true;
        }
    }

    // "$30k", "**$110-145k**", "30–35%", "-12%": one quantity, or two joined by a dash (the unit or multiplier written
    // once, on either end). Null for anything else (words, bounds, approximations, ratios).
    private static ValueRange? ReadRange(ReportModel model, ModelCell cell)
    {
        if (cell.IsEmpty)
        {
            return null;
        }

        ReadOnlySpan<char> text = model.Document.GetText(cell.Span);
        int start = 0, end = text.Length;
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is '*' or '_'))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '*' or '_'))
        {
            end--;
        }

        int dash = -1;
        for (int i = start + 1; i < end - 1; i++)
        {
            if (text[i] is '-' or '–' && (char.IsAsciiDigit(text[i - 1]) || text[i - 1] is 'k' or 'K') && (char.IsAsciiDigit(text[i + 1]) || text[i + 1] is '$' or '€' or '£'))
            {
                dash = i;
                break;
            }
        }

        int offset = cell.Span.Start;
        if (dash < 0)
        {
            return QuantityScanner.TryParseWhole(text[start..end], offset + start, model.Document.Lexicon, out Quantity whole) && Plain(whole)
                ? new ValueRange(whole.Value, whole.Value, whole.Unit, TextSpan.FromBounds(offset + start, offset + end))
                : null;
        }

        if (!QuantityScanner.TryParseWhole(text[start..dash], offset + start, model.Document.Lexicon, out Quantity low) ||
            !QuantityScanner.TryParseWhole(text[(dash + 1)..end], offset + dash + 1, model.Document.Lexicon, out Quantity high) || !Plain(low) || !Plain(high))
        {
            return null;
        }

        decimal lowValue = low.Value;
        NumberMultipliers multipliers = model.Document.Lexicon.Multipliers;
        decimal scale = Multiplier(text[(dash + 1)..end], multipliers);
        if (Multiplier(text[start..dash], multipliers) == 1m && scale != 1m)
        {
            lowValue *= scale;
        }

        string unit = low.Unit.Length > 0 ? low.Unit : high.Unit;
        if (low.Unit.Length > 0 && high.Unit.Length > 0 && low.Unit != high.Unit || lowValue > high.Value)
        {
            return null;
        }

        return new ValueRange(lowValue, high.Value, unit, TextSpan.FromBounds(offset + start, offset + end));

        static bool Plain(Quantity q) => q.Comparison == Comparison.Exact && q.Denominator is null && q.Unit != "grade";

        // The multiplier a value is written with (lexicon number.multiplier.*): "70k" is 70 000, "2M" 2 000 000.
        static decimal Multiplier(ReadOnlySpan<char> value, NumberMultipliers multipliers)
        {
            foreach (char c in value)
            {
                if (multipliers.FactorOf(c) is var factor && factor != 1m)
                {
                    return factor;
                }
            }

            return 1m;
        }
    }
}
