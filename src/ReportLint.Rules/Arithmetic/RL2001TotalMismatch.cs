using System.Collections.Immutable;
using System.Globalization;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using ReportLint.Analysis;
using ReportLint.Claims;
using ReportLint.Diagnostics;
using ReportLint.Lexicons;
using ReportLint.Text;

namespace ReportLint.Rules.Arithmetic;

/// <summary>
/// RL2001: a table's Total row, or a heading's bracketed total such as "(7.5h)", differs from the sum of the rows
/// it totals. Units are respected (2h + 30 min = 2.5h; hours are never added to percentages), and rounding in
/// the written figures is allowed for.
/// </summary>
public sealed class RL2001TotalMismatch : ReportAnalyzer
{
    // Made once: a params array of constants is built at every call.
    private static readonly char[] WordEnds = [':', ',', '.', ')', '*'];

    // Made once: Trim(' ', '|') made an array for every statement.
    private static readonly char[] SpaceAndPipe = [' ', '|'];

    /// <summary>The rule.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        "RL2001", "total-mismatch", "A total differs from the sum of its parts",
        "{0} {1} ≠ {2} = {3} ({4})",
        RuleCategory.Arithmetic, Severity.Warning,
        "A stated total that its own parts do not add up to: either the total or a part is wrong, and readers cannot tell which.");

    /// <summary>Property holding the computed sum, formatted like the total (for the fix).</summary>
    public const string SumProperty = "sum";

    /// <summary>Properties locating the total's number, which the fix replaces.</summary>
    public const string NumberStartProperty = "numberStart";

    /// <inheritdoc cref="NumberStartProperty"/>
    public const string NumberLengthProperty = "numberLength";

    /// <summary>Formats a value with the digit grouping and decimal mark of <paramref name="original"/> ("2 350", "1,200", "7,5").</summary>
    internal static string FormatLike(decimal value, string original, int decimals)
    {
        string plain = Quantity.FormatNumber(value, decimals);
        int at = original.IndexOfAny(GroupSeparators);
        char? group = at > 0 && original.Length - at - 1 >= 3 && !original[(at + 1)..].Contains('.') ? original[at] : null;
        bool decimalComma = group is null && original.Contains(',');
        string[] parts = plain.Split('.');
        string whole = parts[0];
        if (group is { } separator && whole.TrimStart('-').Length > 3)
        {
            var builder = new System.Text.StringBuilder();
            int lead = whole.Length % 3;
            for (int i = 0; i < whole.Length; i++)
            {
                if (i > 0 && (i - lead) % 3 == 0 && whole[i - 1] != '-')
                {
                    builder.Append(separator);
                }

                builder.Append(whole[i]);
            }

            whole = builder.ToString();
        }

        return parts.Length == 1 ? whole : whole + (decimalComma ? "," : ".") + parts[1];
    }

    private const int MaxPartsInMessage = 6;

    private static readonly char[] GroupSeparators = [' ', '\u00A0', '\u202F', ','];

    /// <inheritdoc />
    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [Rule];

    /// <inheritdoc />
    public override bool CanReport(ReportDocument document) => Triggers.Of(document).AnyTableLineWith("total") || (Triggers.Of(document).AnyChar("|") && Triggers.Of(document).AnyHeadingWithBracketedNumber()) || Triggers.Of(document).AnyStatusSymbol();

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.RegisterBlockAction<Table>(AnalyzeTable);
        context.RegisterDocumentAction(AnalyzeHeadings);
        context.RegisterDocumentAction(AnalyzeCountTotals);
    }

    private static void AnalyzeTable(BlockAnalysisContext context)
    {
        ReportDocument document = context.Document;
        TableView table = TableView.Of(document, (Table)context.Block);
        RowView[] body = BodyOf(table);
        // One sum for the table, reset for each column tried (it is read only by the report made from it).
        var sum = new Sum();
        int firstPart = 0;
        for (int r = 0; r < body.Length; r++)
        {
            RowView row = body[r];
            int labelColumn = LabelColumn(row);
            if (labelColumn < 0)
            {
                continue;
            }

            string label = row[labelColumn].Folded;
            if (PhraseMatcher.StartsWithAny(label, document.Lexicon, "subtotal"))
            {
                continue;
            }

            if (!PhraseMatcher.StartsWithAny(label, document.Lexicon, "total"))
            {
                continue;
            }

            RowView[] parts = PartsOf(body, firstPart, r, document.Lexicon);
            firstPart = r + 1;
            for (int c = 0; c < table.ColumnCount; c++)
            {
                if (c == labelColumn || !QuantityScanner.TryParseWhole(document.GetText(row[c].Span), row[c].Span.Start, document.Lexicon, out Quantity total))
                {
                    continue;
                }

                if (TrySum(document, parts, c, total, sum) && !sum.Matches(total))
                {
                    Report(context.Diagnostics, document, "Total", total, sum, $"rows {Lines(sum)}");
                }
            }
        }
    }

    // One pass over the top-level blocks: a heading with a bracketed total is compared with the first table
    // that follows it before the next heading.
    private static void AnalyzeHeadings(DocumentAnalysisContext context)
    {
        ReportDocument document = context.Document;
        Quantity? pending = null;
        foreach (Block block in document.Syntax)
        {
            if (block is HeadingBlock heading)
            {
                pending = TryFindBracketedTotal(document, document.GetSpan(heading), out Quantity total) ? total : null;
            }
            else if (block is Table table && pending is { } headingTotal)
            {
                pending = null;
                CompareHeadingWithTable(context, headingTotal, table);
            }
        }
    }

    private static void CompareHeadingWithTable(DocumentAnalysisContext context, Quantity total, Table table)
    {
        ReportDocument document = context.Document;
        TableView view = TableView.Of(document, table);
        RowView[] body = BodyOf(view);
        RowView[] parts = PartsOf(body, 0, body.Length, document.Lexicon);
        var sum = new Sum();
        for (int c = 0; c < view.ColumnCount; c++)
        {
            if (TrySum(document, parts, c, total, sum) && sum.RequireUnits())
            {
                if (!sum.Matches(total))
                {
                    Report(context.Diagnostics, document, "Heading total", total, sum, $"table rows {Lines(sum)}", fixable: false);
                }

                return;
            }
        }
    }

    private const int MaxParts = 16;

    // "Tests: 944" (or a "| Tests | 944 |" row) against the counts of the same thing the report states elsewhere
    // ("644 Unit Tests", "Integration Tests: 252 tests", "40+ E2E Tests"): no combination of them gives the total.
    // Which parts make the total is not known, so there is no fix.
    private static void AnalyzeCountTotals(DocumentAnalysisContext context)
    {
        ReportDocument document = context.Document;
        if (!MetricClaims.IsStatusReport(document))
        {
            return;
        }

        // Classes and loops, not value tuples and LINQ: framework generic code over a value type is JIT-compiled at
        // every start of the tool.
        var totals = new List<Stated>();
        var parts = new List<Stated>();
        foreach (Statement statement in Statements.Of(document).All)
        {
            string folded = statement.Folded(document).Text.Trim(SpaceAndPipe);
            ReadOnlySpan<Quantity> quantities = statement.Quantities(document);
            if (TotalOf(document, statement, folded, quantities) is { } total)
            {
                totals.Add(new Stated(total.Value, total.Thing, statement.Span));
                continue;
            }

            foreach (Quantity q in quantities)
            {
                if (q.Unit.Length == 0 && q.Denominator is null && q.Decimals == 0 && q.Value > 0 &&
                    q.Comparison is Comparison.Exact or Comparison.AtLeast && ThingAfter(document, q, statement) is { Length: > 2 } thing)
                {
                    parts.Add(new Stated(q, thing, statement.Span));
                }
            }
        }

        foreach ((Quantity total, string thing, TextSpan statement) in totals)
        {
            // The distinct values stated of the same thing outside the total's statement, at most MaxParts of them.
            var distinct = new decimal[MaxParts];
            int count = 0;
            bool holdsTotal = false;
            foreach (Stated part in parts)
            {
                if (count == MaxParts || part.Thing != thing || statement.Contains(part.Value.Span) || IsAmong(distinct, count, part.Value.Value))
                {
                    continue;
                }

                holdsTotal |= part.Value.Value == total.Value;
                distinct[count++] = part.Value.Value;
            }

            decimal[] values = new decimal[count];
            Array.Copy(distinct, values, count);
            if (values.Length < 2 || holdsTotal || SomeSubsetSums(values, total.Value))
            {
                continue;
            }

            string[] listed = new string[values.Length];
            decimal sum = 0;
            for (int i = 0; i < values.Length; i++)
            {
                listed[i] = Quantity.FormatNumber(values[i], 0);
                sum += values[i];
            }

            context.Report(Rule, total.Span, Readable.Text(document, statement).Split(' ', '|').FirstOrDefault(w => w.Length > 0) ?? "Total",
                document.GetText(total.Span).ToString(), $"any sum of the {thing} counts the report states: {string.Join(" + ", listed)}",
                Quantity.FormatNumber(sum, 0), $"no combination gives {document.GetText(total.Span)}");
        }
    }

    // "Tests: 944", "| **Tests** | 944 |", "Total tests: 944": a thing named alone, with one whole number.
    private static (Quantity Value, string Thing)? TotalOf(ReportDocument document, Statement statement, string folded, ReadOnlySpan<Quantity> quantities)
    {
        if (quantities.Length != 1 || quantities[0] is not { Unit.Length: 0, Denominator: null, Decimals: 0, Comparison: Comparison.Exact } q)
        {
            return null;
        }

        int separator = folded.IndexOfAny([':', '|']);
        if (separator <= 0)
        {
            return null;
        }

        string[] words = folded[..separator].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 2 || (words.Length == 2 && !PhraseMatcher.StartsWithAny(words[0], document.Lexicon, "total")))
        {
            return null;
        }

        string thing = Singular(words[^1]);
        return thing.Length > 2 && char.IsLetter(thing[0]) ? (q, thing) : null;
    }

    // The last word of the noun phrase after a number: "644 Unit Tests" and "252 tests" count "test".
    private static string? ThingAfter(ReportDocument document, Quantity q, Statement statement)
    {
        int from = q.Span.End - statement.Span.Start;
        if (from >= statement.Prose.Length)
        {
            return null;
        }

        // Only the few words after the number are read: folding the rest of the statement for every number made a
        // line of thousands of numbers ("12 + 12 + …") quadratic in time and memory.
        // A number (a digit after anything but a letter or digit) ends the noun phrase, so the window stops before it.
        int end = Math.Min(statement.Span.End, q.Span.End + ThingWindow);
        string text = document.Text.Text;
        for (int p = q.Span.End + 1; p < end; p++)
        {
            if (char.IsAsciiDigit(text[p]) && !char.IsLetterOrDigit(text[p - 1]))
            {
                end = p;
                break;
            }
        }

        // The words (split at spaces) read as spans: only the thing found becomes a string.
        ReadOnlySpan<char> rest = Readable.FoldText(document, TextSpan.FromBounds(q.Span.End, end)).AsSpan().TrimStart(' ');
        ReadOnlySpan<char> last = default;
        bool found = false;
        int words = 0;
        while (!rest.IsEmpty)
        {
            int space = rest.IndexOf(' ');
            ReadOnlySpan<char> word = space < 0 ? rest : rest[..space];
            rest = space < 0 ? default : rest[space..].TrimStart(' ');
            ReadOnlySpan<char> clean = word.TrimEnd(WordEnds);
            if (clean.Length == 0 || !char.IsLetter(clean[0]) || words++ >= 4)
            {
                break;
            }

            if (rest.IsEmpty && end == q.Span.End + ThingWindow && end < statement.Span.End)
            {
                // The window may have cut this word: no thing is better than a wrong one.
                return null;
            }

            last = clean;
            found = true;
            if (clean.Length != word.Length)
            {
                break;
            }
        }

        return found ? Singular(last) : null;
    }

    // Characters read after a number for the noun it counts: five words of any sensible length.
    private const int ThingWindow = 160;

    private static string Singular(string word) => word.Length > 3 && word.EndsWith('s') ? word[..^1] : word;

    private static string Singular(ReadOnlySpan<char> word) => (word.Length > 3 && word[^1] == 's' ? word[..^1] : word).ToString();

    private static bool SomeSubsetSums(decimal[] values, decimal total)
    {
        int n = values.Length;
        for (int mask = 1; mask < 1 << n; mask++)
        {
            if (System.Numerics.BitOperations.PopCount((uint)mask) < 2)
            {
                continue;
            }

            decimal sum = 0;
            for (int i = 0; i < n; i++)
            {
                if ((mask & (1 << i)) != 0)
                {
                    sum += values[i];
                }
            }

            if (sum == total)
            {
                return true;
            }
        }

        return false;
    }

    private static void Report(DiagnosticSink sink, ReportDocument document, string what, Quantity total, Sum sum, string where, bool fixable = true)
    {
        string totalText = document.GetText(total.Span).ToString();
        var partSpans = new TextSpan[sum.Parts.Count];
        var partTexts = new string[sum.Parts.Count];
        for (int i = 0; i < partSpans.Length; i++)
        {
            partSpans[i] = sum.Parts[i].Quantity.Span;
            partTexts[i] = document.GetText(partSpans[i]).ToString();
        }

        string parts = sum.Parts.Count <= MaxPartsInMessage ? string.Join(" + ", partTexts) : $"the sum of {sum.Parts.Count} rows";
        string computed = total.Format(sum.Value, Math.Max(total.Decimals, sum.Decimals));
        if (total.UnitText.Length == 0 && sum.UnitText.Length > 0)
        {
            computed = Quantity.FormatNumber(sum.Value, Math.Max(total.Decimals, sum.Decimals)) + sum.UnitText;
        }

        // The fix replaces the total's number (its unit, markup and grouping kept) with the sum; a heading's total is
        // matched to its table by inference, so it gets no fix.
        var properties = !fixable ? ImmutableDictionary<string, string>.Empty : ImmutableDictionary<string, string>.Empty
            .Add(SumProperty, FormatLike(sum.Value, document.GetText(total.NumberSpan).ToString(), Math.Max(total.Decimals, sum.Decimals)))
            .Add(NumberStartProperty, total.NumberSpan.Start.ToString(CultureInfo.InvariantCulture))
            .Add(NumberLengthProperty, total.NumberSpan.Length.ToString(CultureInfo.InvariantCulture));
        sink.Report(Rule, total.Span, properties, partSpans,
            what, totalText, parts, computed, where);
    }

    private static string Lines(Sum sum)
    {
        int first = sum.Parts[0].Line, last = sum.Parts[^1].Line;
        return first == last
            ? first.ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{first}–{last}");
    }

    private static bool TryFindBracketedTotal(ReportDocument document, TextSpan headingSpan, out Quantity total)
    {
        total = default;
        ReadOnlySpan<char> text = document.GetText(headingSpan);
        int open = text.IndexOf('(');
        List<Quantity>? found = null;
        while (open >= 0)
        {
            int close = text[open..].IndexOf(')');
            if (close < 0)
            {
                return false;
            }

            close += open;
            found ??= [];
            found.Clear();
            QuantityScanner.Scan(text[(open + 1)..close], headingSpan.Start + open + 1, document.Lexicon, found);
            if (found.Count == 1 && found[0].Unit.Length > 0 && found[0].Unit != "%" &&
                found[0].Comparison is Comparison.Exact or Comparison.Approximately && found[0].Denominator is null)
            {
                total = found[0];
                return true;
            }

            int next = text[(close + 1)..].IndexOf('(');
            open = next < 0 ? -1 : close + 1 + next;
        }

        return false;
    }

    private static int LabelColumn(RowView row)
    {
        for (int c = 0; c < Math.Min(row.Cells.Count, 3); c++)
        {
            string folded = row[c].Folded;
            if (folded.Length > 0 && char.IsLetter(folded[0]))
            {
                return c;
            }
        }

        return -1;
    }

    private static bool IsTotalRow(RowView row, Lexicon lexicon)
    {
        int label = LabelColumn(row);
        return label >= 0 && (PhraseMatcher.StartsWithAny(row[label].Folded, lexicon, "total") ||
                              PhraseMatcher.StartsWithAny(row[label].Folded, lexicon, "subtotal"));
    }

    // The rows below the header, in order; a loop, not LINQ.
    private static RowView[] BodyOf(TableView table)
    {
        IReadOnlyList<RowView> rows = table.Rows;
        int count = 0;
        for (int r = 0; r < rows.Count; r++)
        {
            count += rows[r].IsHeader ? 0 : 1;
        }

        var body = new RowView[count];
        count = 0;
        for (int r = 0; r < rows.Count; r++)
        {
            if (!rows[r].IsHeader)
            {
                body[count++] = rows[r];
            }
        }

        return body;
    }

    // The rows from first to end (excluded) that are not total rows, in order; a loop, not LINQ.
    private static RowView[] PartsOf(RowView[] body, int first, int end, Lexicon lexicon)
    {
        int count = 0;
        for (int r = first; r < end; r++)
        {
            count += IsTotalRow(body[r], lexicon) ? 0 : 1;
        }

        var parts = new RowView[count];
        count = 0;
        for (int r = first; r < end; r++)
        {
            if (!IsTotalRow(body[r], lexicon))
            {
                parts[count++] = body[r];
            }
        }

        return parts;
    }

    private static bool TrySum(ReportDocument document, RowView[] parts, int column, Quantity total, Sum sum)
    {
        sum.Reset();
        foreach (RowView row in parts)
        {
            CellView cell = row[column];
            if (cell.Folded.Length == 0 || cell.Folded is "-" or "—" or "–" or "n/a" or "na")
            {
                continue;
            }

            if (!QuantityScanner.TryParseWhole(document.GetText(cell.Span), cell.Span.Start, document.Lexicon, out Quantity part) ||
                part.Comparison != Comparison.Exact || part.Denominator is not null || total.Denominator is not null)
            {
                return false;
            }

            string unit = total.Unit.Length > 0 ? total.Unit : part.Unit;
            decimal value = part.Value;
            if (part.Unit.Length > 0 && unit.Length > 0 && !part.TryConvertTo(unit, out value))
            {
                return false;
            }

            if (part.Unit.Length > 0 && sum.Unit.Length > 0 && !Units.AreCompatible(part.Unit, sum.Unit))
            {
                return false;
            }

            if (sum.Unit.Length == 0 && part.Unit.Length > 0)
            {
                sum.Unit = part.Unit;
                sum.UnitText = part.UnitText;
            }

            sum.Add(part, value, row.Line);
        }

        return sum.Parts.Count >= 2;
    }

    private static bool IsAmong(decimal[] values, int count, decimal value)
    {
        for (int i = 0; i < count; i++)
        {
            if (values[i] == value)
            {
                return true;
            }
        }

        return false;
    }

    // A quantity stated of a thing ("944 tests") in a statement.
    private sealed record Stated(Quantity Value, string Thing, TextSpan Statement);

    // A row's quantity in a sum, with its line.
    private sealed record Part(Quantity Quantity, int Line);

    private sealed class Sum
    {
        public List<Part> Parts { get; } = [];

        public void Reset()
        {
            Parts.Clear();
            Value = 0;
            Tolerance = 0;
            Decimals = 0;
            Unit = string.Empty;
            UnitText = string.Empty;
        }

        public decimal Value { get; private set; }

        public decimal Tolerance { get; private set; }

        public int Decimals { get; private set; }

        public string Unit { get; set; } = string.Empty;

        public string UnitText { get; set; } = string.Empty;

        public void Add(Quantity part, decimal value, int line)
        {
            Parts.Add(new Part(part, line));
            Value += value;
            Tolerance += Rounding(part);
            Decimals = Math.Max(Decimals, part.Decimals);
        }

        // A heading total is compared only with a column whose rows carry a unit.
        public bool RequireUnits()
        {
            foreach (Part p in Parts)
            {
                if (p.Quantity.Unit.Length == 0)
                {
                    return false;
                }
            }

            return true;
        }

        // How far a written figure may be from the true value: half its last decimal when it has decimals; a
        // whole number is exact, except a percentage, which reports round to whole numbers.
        private static decimal Rounding(Quantity q) => q.Decimals > 0 ? q.Resolution : q.Unit == "%" ? 0.5m : 0m;

        public bool Matches(Quantity total)
        {
            decimal tolerance = Tolerance + Rounding(total);
            if (total.Comparison == Comparison.Approximately)
            {
                tolerance += Math.Abs(total.Value) * 0.05m;
            }

            if (Math.Abs(Value - total.Value) <= tolerance)
            {
                return true;
            }

            // A percentage "total" is often an average of the rows.
            if (total.Unit == "%" || Unit == "%")
            {
                decimal mean = Value / Parts.Count;
                return Math.Abs(mean - total.Value) <= Rounding(total) + (Tolerance / Parts.Count) + 0.5m;
            }

            return false;
        }
    }
}
