using System.Collections.Immutable;
using System.Globalization;
using ReportLint.Analysis;
using ReportLint.Claims;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Arithmetic;

// RL2001's heading fraction over the table that breaks it down: "## SCORE GLOBAL: 62/76 = 82%" over a "Complété"
// column of 8/8, 7/8, 14/15… (61/76); "### ✅ Routes Postman (216/216)" over a "Routes" column that adds to 169.
public sealed partial class RL2001TotalMismatch
{
    // A column of fractions whose wholes add up to the heading's whole gives its done part: their numerators must add up
    // to the heading's. Otherwise a column of counts the heading names by a word of its header ("Routes", "Complètes")
    // must add up to one side of the fraction. No fix: which side is wrong, and which column is meant, is inference.
    private static void AnalyzeHeadingFractions(DocumentAnalysisContext context, ReportModel model)
    {
        foreach (HeadingFraction heading in HeadingFractionFacts.Of(model))
        {
            var rows = new List<ModelRow>();
            foreach (ModelRow row in heading.Table.BodyArray)
            {
                if (ColumnAggregateFacts.AggregateLabel(model, row) == ColumnAggregateFacts.RowAggregate.None)
                {
                    rows.Add(row);
                }
            }

            if (rows.Count >= 2 && !CheckFractionColumn(context, model, heading, rows))
            {
                CheckNamedCountColumn(context, model, heading, rows);
            }
        }
    }

    // Whether a column of fractions adds up to the heading's whole (reported when its done parts do not).
    private static bool CheckFractionColumn(DocumentAnalysisContext context, ReportModel model, HeadingFraction heading, List<ModelRow> rows)
    {
        foreach (ModelColumn column in heading.Table.Columns)
        {
            if (column.Role == ColumnRole.Label)
            {
                continue;
            }

            decimal done = 0, whole = 0;
            var parts = new List<FactValue>(rows.Count);
            foreach (ModelRow row in rows)
            {
                if (row[column].Value is not { Denominator: { } of, IsRange: false, IsPercentage: false, Comparison: Comparison.Exact } part ||
                    decimal.Truncate(part.Number) != part.Number || decimal.Truncate(of) != of)
                {
                    parts.Clear();
                    break;
                }

                done += part.Number;
                whole += of;
                parts.Add(part);
            }

            if (parts.Count < 2 || whole != heading.Fraction.Denominator)
            {
                continue;
            }

            if (done != heading.Fraction.Number)
            {
                ReportHeadingFraction(context, model, heading, column, parts, Format(done) + "/" + Format(whole));
            }

            return true;
        }

        return false;
    }

    private static void CheckNamedCountColumn(DocumentAnalysisContext context, ReportModel model, HeadingFraction heading, List<ModelRow> rows)
    {
        string folded = heading.Heading.Folded.Text;
        foreach (ModelColumn column in heading.Table.Columns)
        {
            if (column.Role == ColumnRole.Label || !NamesColumn(folded, column.FoldedHeader))
            {
                continue;
            }

            decimal sum = 0;
            var parts = new List<FactValue>(rows.Count);
            foreach (ModelRow row in rows)
            {
                if (row[column].Value is not { Denominator: null, IsRange: false, IsPercentage: false, Unit.Length: 0, Comparison: Comparison.Exact } part ||
                    decimal.Truncate(part.Number) != part.Number)
                {
                    parts.Clear();
                    break;
                }

                sum += part.Number;
                parts.Add(part);
            }

            if (parts.Count < 2 || sum == heading.Fraction.Number || sum == heading.Fraction.Denominator)
            {
                continue;
            }

            ReportHeadingFraction(context, model, heading, column, parts, Format(sum));
            return;
        }
    }

    private static void ReportHeadingFraction(DocumentAnalysisContext context, ReportModel model, HeadingFraction heading, ModelColumn column, List<FactValue> parts, string computed)
    {
        var spans = new TextSpan[parts.Count];
        var texts = new string[parts.Count];
        for (int i = 0; i < parts.Count; i++)
        {
            spans[i] = parts[i].Span;
            texts[i] = parts[i].Text.ToString();
        }

        string terms = texts.Length <= MaxPartsInMessage ? string.Join(" + ", texts) : $"the sum of {texts.Length} rows";
        string lines = string.Create(CultureInfo.InvariantCulture, $"the {column.Header} column, rows {parts[0].Line}–{parts[^1].Line}");
        context.Diagnostics.Report(Rule, heading.Fraction.Span, ImmutableDictionary<string, string>.Empty, spans,
            HeadingLabel(model, heading), heading.Fraction.Text.ToString(), terms, computed, lines);
    }

    // The heading's words before its fraction, without marks, emphasis or a closing colon or bracket: "SCORE GLOBAL",
    // "Routes Postman".
    private static string HeadingLabel(ReportModel model, HeadingFraction heading)
    {
        ReadOnlySpan<char> text = model.Document.GetText(TextSpan.FromBounds(heading.Heading.Span.Start, heading.Fraction.Span.Start));
        int start = 0, end = text.Length;
        while (start < end && !char.IsLetterOrDigit(text[start]))
        {
            start++;
        }

        while (end > start && !char.IsLetterOrDigit(text[end - 1]))
        {
            end--;
        }

        return end > start ? text[start..end].ToString() : "Heading";
    }

    // Whether a word of the column's header (three letters or more) is a word of the heading: "completes" in "(43/49
    // exigences completes)", words cut at anything but a letter or a digit.
    private static bool NamesColumn(string heading, string header)
    {
        foreach (string word in header.Split(WordBreaks, StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length <= 2)
            {
                continue;
            }

            for (int at = heading.IndexOf(word, StringComparison.Ordinal); at >= 0; at = heading.IndexOf(word, at + 1, StringComparison.Ordinal))
            {
                int end = at + word.Length;
                if ((at == 0 || !char.IsLetterOrDigit(heading[at - 1])) && (end == heading.Length || !char.IsLetterOrDigit(heading[end])))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static readonly char[] WordBreaks = [' ', '/', '-', '(', ')', '.', ':', ',', '\'', '’'];

    private static string Format(decimal value) => value.ToString("0", CultureInfo.InvariantCulture);
}
