using System.Collections.Immutable;
using System.Globalization;
using Markdig.Extensions.Tables;
using ReportLint.Analysis;
using ReportLint.Checks;
using ReportLint.Claims;
using ReportLint.Diagnostics;
using ReportLint.Lexicons;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Arithmetic;

/// <summary>
/// RL2001: a table's Total row, or a heading's bracketed total such as "(7.5h)", differs from the sum of the rows
/// it totals. Units are respected (2h + 30 min = 2.5h; hours are never added to percentages), and rounding in
/// the written figures is allowed for.
/// </summary>
public sealed partial class RL2001TotalMismatch : ReportAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        "RL2001", "total-mismatch", "A total differs from the sum of its parts",
        "{0} {1} ≠ {2} = {3} ({4})",
        RuleCategory.Arithmetic, Severity.Warning,
        "A stated total that its own parts do not add up to: either the total or a part is wrong, and readers cannot tell which.");

    /// <summary>
    /// Formats a value as the report writes its numbers: the digit grouping of <paramref name="original"/> ("2 350",
    /// "1,200") and its decimal mark ("7,5", "3 400,50"); a total written without decimals takes the decimal mark its
    /// parts are written with (<paramref name="parts"/>: "12,5 j" rows make "26,5 j", not "26.5 j").
    /// </summary>
    internal static string FormatLike(NumberFormat format, decimal value, string original, int decimals, IEnumerable<string>? parts = null)
    {
        string plain = Quantity.FormatNumber(value, decimals);
        (char? group, char? mark) = Separators(format, original);
        if (mark is null && parts is not null)
        {
            foreach (string part in parts)
            {
                if (Separators(format, part).Decimal is { } partMark)
                {
                    mark = partMark;
                    break;
                }
            }
        }

        string[] pieces = plain.Split('.');
        string whole = pieces[0];
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

        // A sum with a fraction has as many decimals as the total writes ("3 400,50" gives "3 300,50", not "3 300,5");
        // a whole sum has none ("7.5h" gives "7h").
        string fraction = pieces.Length == 1 ? "" : pieces[1];
        int written = mark is { } m && original.LastIndexOf(m) is var at and >= 0 ? original.Length - at - 1 : 0;
        if (fraction.Length > 0 && written > fraction.Length && written <= 6 && AllDigits(original.AsSpan(original.Length - written)))
        {
            fraction = fraction.PadRight(written, '0');
        }

        return fraction.Length == 0 ? whole : whole + (mark ?? '.') + fraction;
    }

    // The digit grouping and the decimal mark a number is written with, each null when it shows none, under the marks
    // of the languages in force (NumberFormat): the last decimal mark is the decimal mark unless it is also a group
    // mark followed by exactly three digits or by none ("12,5", "3 400,50", "7.5"; a lone "1,200" reads as grouped in
    // English, as reports write thousands); a group mark that is not the decimal mark, followed by exactly three
    // digits, is the grouping ("2 350", "1,200", "3 400,50"; "1.234,5" in German).
    private static (char? Group, char? Decimal) Separators(NumberFormat format, string number)
    {
        int last = number.LastIndexOfAny(format.DecimalArray);
        char? mark = null;
        if (last >= 0)
        {
            int digits = 0;
            while (last + 1 + digits < number.Length && char.IsAsciiDigit(number[last + 1 + digits]))
            {
                digits++;
            }

            if (digits > 0 && digits != 3 || !format.AnyGroup.Contains(number[last]))
            {
                mark = number[last];
            }
        }

        char? group = null;
        for (int at = number.IndexOfAny(format.AnyGroupArray); at > 0; at = number.IndexOfAny(format.AnyGroupArray, at + 1))
        {
            if (number[at] != mark && at + 3 < number.Length &&
                char.IsAsciiDigit(number[at + 1]) && char.IsAsciiDigit(number[at + 2]) && char.IsAsciiDigit(number[at + 3]) &&
                (at + 4 == number.Length || !char.IsAsciiDigit(number[at + 4])))
            {
                group = number[at];
                break;
            }
        }

        return (group, mark);
    }

    private static bool AllDigits(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private const int MaxPartsInMessage = 6;

    /// <inheritdoc />
    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [Rule];

    /// <inheritdoc />
    public override DocumentScope Scope => DocumentScope.StatusReports;

    /// <inheritdoc />
    public override RuleNeeds Needs { get; } = RuleNeeds.TableLineWith(LexiconSections.Total) | (RuleNeeds.Phrase(LexiconSections.Total) & RuleNeeds.Character("(")) | RuleNeeds.TableLineWith(new LexiconSection("overall")) | (RuleNeeds.Character("|") & RuleNeeds.HeadingWithBracketedNumber) | RuleNeeds.StatusSymbol |
        (RuleNeeds.Phrase(LexiconSections.Total) & RuleNeeds.Character("[")) |
        (RuleNeeds.Character("/") & RuleNeeds.HeadingWithBracketedNumber) |
        RuleNeeds.Phrase(new LexiconSection("overall")) | (RuleNeeds.Character("|") & RuleNeeds.Phrase(LexiconSections.Total)) |
        (RuleNeeds.Phrase(LexiconSections.Total) & RuleNeeds.Character(":"));

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.RegisterBlockAction<Table>(AnalyzeTable);
        context.RegisterDocumentAction(AnalyzeDashboards);
        context.RegisterDocumentAction(AnalyzeCountTotals);
        context.RegisterDocumentAction(AnalyzeOverallLines);
        context.RegisterDocumentAction(AnalyzeOverallRuns);
    }

    private static void AnalyzeTable(BlockAnalysisContext context)
    {
        ReportModel model = ReportModel.Of(context.Document);
        AnalyzeAggregates(context.Diagnostics, model, ColumnAggregateFacts.AggregatesOf(model, (Table)context.Block));
    }

    // The tables drawn in code blocks that read as dashboards ("│ TOTAL │ 57 │ ✅ │"), as the model reads them.
    private static void AnalyzeDashboards(DocumentAnalysisContext context)
    {
        ReportModel model = ReportModel.Of(context.Document);
        AnalyzeAggregates(context.Diagnostics, model, ColumnAggregateFacts.Of(model).Where(a => a.Table.IsDashboard).ToList());
    }

    // Each Total row's cell against the rows above it; the bracketed total of the heading above the table against the
    // first column whose rows all carry a unit.
    private static void AnalyzeAggregates(DiagnosticSink diagnostics, ReportModel model, IReadOnlyList<ColumnAggregate> aggregates)
    {
        if (aggregates.Count == 0)
        {
            return;
        }

        // One sum per thread for every aggregate, emptied before each: a report has a total row per table, and this is
        // asked table by table. Emptied when done too: the thread must not hold the part's values (and its model).
        Sum sum = t_sum ??= new Sum();
        try
        {
            AnalyzeAggregates(diagnostics, model, aggregates, sum);
        }
        finally
        {
            sum.Clear();
        }
    }

    // Walked by index: a table's aggregates are asked table by table, and a foreach boxed an enumerator for each.
    private static void AnalyzeAggregates(DiagnosticSink diagnostics, ReportModel model, IReadOnlyList<ColumnAggregate> aggregates, Sum sum)
    {
        FactValue? headingDone = null;
        for (int i = 0; i < aggregates.Count; i++)
        {
            ColumnAggregate aggregate = aggregates[i];
            if (aggregate.IsHeadingTotal)
            {
                if (ReferenceEquals(aggregate.Total, headingDone) || !TrySum(aggregate, sum) || !sum.RequireUnits())
                {
                    continue;
                }

                headingDone = aggregate.Total;
                if (!sum.Matches(aggregate.Total))
                {
                    Report(diagnostics, "Heading total", aggregate.Total, sum, $"table rows {Lines(sum)}", fixable: false);
                }

                continue;
            }

            if (JudgeWeighted(diagnostics, model, aggregate) == WeightedReading.Judged)
            {
                continue;
            }

            if (aggregate.Kind == AggregateKind.Overall)
            {
                // "Weighted Score" under a table with no column of weights: weighed by what the table does not say.
                if (!aggregate.IsWeighted && !WeightedTableFacts.SaysWeighted(model, aggregate.FoldedLabel) && TryOverall(aggregate, sum, out decimal? denominator) && !sum.MatchesSumOrMean(aggregate.Total) &&
                    !ExplainedByCount(model, aggregate.Total))
                {
                    ReportMean(diagnostics, aggregate, sum, denominator);
                }

                continue;
            }

            if (TrySum(aggregate, sum) && !sum.Matches(aggregate.Total) && !RowsRightAboveMakeIt(model, aggregate, sum) && !InChain(aggregate))
            {
                // A percentage is no sum of its rows: it is their mean, or the ratio of the row's own counts.
                if (aggregate.Total.IsPercentage)
                {
                    if (!DerivedFromRowCounts(aggregate))
                    {
                        ReportMean(diagnostics, aggregate, sum, null);
                    }

                    continue;
                }

                Report(diagnostics, "Total", aggregate.Total, sum, $"rows {Lines(sum)}",
                    fixable: !aggregate.IsWeighted && sum.IsPlainSumOf(aggregate.Total) && !RestatedElsewhere(model, aggregate));
            }
        }
    }

    // "| **Total TSX** | **412** |" under "| JSON Definitions | 204 |" and the TSX rows 8, 9, 0 and 395 right above it: the
    // rows just above the total that add up to it exactly, two at least and not all, are what it totals (a table that
    // mixes kinds of rows); the rows above them are another kind. Only a total that names its kind ("Total TSX"), or
    // rows that are totals themselves ("| **Grand Total** | ~19,130 |" under "Code Total" 10,432 and "Docs Total"
    // ~8,698), say so: a plain "Total" over plain rows totals every row, and its last rows making it is a coincidence
    // ("| **Total** | **96** |" under batches of 20, 10, 30, 36 and 30, the last three 96).
    private static bool RowsRightAboveMakeIt(ReportModel model, ColumnAggregate aggregate, Sum sum)
    {
        FactValue total = aggregate.Total;
        string label = aggregate.FoldedLabel.Trim();
        bool plain = label.Length == 0 || model.Document.Lexicon.Contains(LexiconSections.Total, label);
        ReadOnlySpan<Part> parts = sum.Parts;
        decimal run = 0;
        bool totals = true;
        for (int i = parts.Length - 1; i >= 1; i--)
        {
            run += parts[i].Value.Number;
            totals = totals && plain && RowNamesTotal(model, aggregate, parts[i].Line);
            if (parts.Length - i >= 2 && run == total.Number && (!plain || totals))
            {
                return true;
            }
        }

        return false;
    }

    // Whether the row of a part at a line names itself a total anywhere in its label ("Code Total", "Sous-total back-end").
    private static bool RowNamesTotal(ReportModel model, ColumnAggregate aggregate, int line)
    {
        foreach (AggregatePart part in aggregate.Parts)
        {
            if (part.Line == line)
            {
                return ColumnAggregateFacts.NamesTotal(model, part.Cell.Row);
            }
        }

        return false;
    }

    // "| **TOTAL** | 91 |" over rows of 92, with "Result: 91/91 PASSED" and "91 tests validés" elsewhere: the report
    // states the total again outside its table, so which figure is wrong is not known, and the fix would write a
    // number the report contradicts. The total's number stated elsewhere in its unit (a count, "91 tests", or either
    // side of a fraction, "91/91"), outside the table, withholds the fix; the finding stands.
    private static bool RestatedElsewhere(ReportModel model, ColumnAggregate aggregate)
    {
        FactValue total = aggregate.Total;
        TextSpan table = aggregate.Table.Span;
        foreach (ModelStatement statement in model.StatementArray)
        {
            if (table.Contains(statement.Span))
            {
                continue;
            }

            foreach (FactValue value in statement.Values)
            {
                if (value.IsPercentage || value.Unit != total.Unit)
                {
                    continue;
                }

                if (value.Number == total.Number || (value.IsRatio && value.Denominator == total.Number))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // An overall row over scores n/d (one d), percentages, or numbers of one unit: its figure is their sum or mean.
    private static bool TryOverall(ColumnAggregate aggregate, Sum sum, out decimal? denominator)
    {
        FactValue total = aggregate.Total;
        sum.Clear();
        denominator = total.Denominator;
        if (total.Comparison is not (Comparison.Exact or Comparison.Approximately) || total.IsRange || aggregate.Parts.Count < MinimumOverallParts)
        {
            return false;
        }

        foreach (AggregatePart cell in aggregate.Parts)
        {
            if (cell.Value is not { IsRange: false } part || part.Comparison != Comparison.Exact || part.Denominator != total.Denominator ||
                part.Unit != total.Unit || cell.Cell.Folded is ['+' or '-' or '−', ..])
            {
                return false;
            }

            sum.Add(part, part.Number, cell.Line);
        }

        return true;
    }

    private const int MinimumOverallParts = 3;

    private static void ReportMean(DiagnosticSink sink, ColumnAggregate aggregate, Sum rows, decimal? denominator) =>
        ReportMean(sink, aggregate.Label.IsEmpty ? "Overall" : aggregate.Label.ToString(), aggregate.Total, rows, denominator, "rows");

    // The figure against the mean of its parts, the parts named as rows (of a table) or lines (of a run of key lines).
    private static void ReportMean(DiagnosticSink sink, string label, FactValue total, Sum rows, decimal? denominator, string partsNoun)
    {
        var partSpans = new TextSpan[rows.Parts.Length];
        var partTexts = new string[rows.Parts.Length];
        for (int i = 0; i < partSpans.Length; i++)
        {
            partSpans[i] = rows.Parts[i].Value.Span;
            FactValue part = rows.Parts[i].Value;
            partTexts[i] = FormatLike(sink.NumberFormat, part.Number, part.NumberText, part.Decimals);
        }

        decimal mean = rows.Value / rows.Parts.Length;
        int decimals = Math.Max(Math.Max(total.Decimals, rows.Decimals), 1);
        string suffix = denominator is { } d ? "/" + Quantity.FormatNumber(d, 0) : total.UnitText;
        string parts = rows.Parts.Length <= MaxPartsInMessage
            ? $"({string.Join(" + ", partTexts)}) / {rows.Parts.Length}"
            : $"the mean of {rows.Parts.Length} {partsNoun}";
        sink.Report(Rule, total.Span, ImmutableDictionary<string, string>.Empty, partSpans,
            label, total.Text.ToString(), parts, FormatLike(sink.NumberFormat, decimal.Round(mean, decimals), total.NumberText, decimals, partTexts) + suffix,
            $"the mean of {partsNoun} {Lines(rows)}, whose sum is {FormatLike(sink.NumberFormat, rows.Value, total.NumberText, rows.Decimals, partTexts)}{suffix}");
    }

    private const int MaxParts = 16;

    // "Tests: 944" (or a "| Tests | 944 |" row) against the counts of the same thing the report states elsewhere
    // ("644 Unit Tests", "Integration Tests: 252 tests", "40+ E2E Tests"): no combination of them gives the total.
    // Which parts make the total is not known, so there is no fix.
    private static void AnalyzeCountTotals(DocumentAnalysisContext context)
    {
        ReportModel model = ReportModel.Of(context.Document);
        var reported = new HashSet<int>();
        AnalyzeKeyTotals(context, model, reported);
        if (!model.IsStatusReport)
        {
            return;
        }

        ClosingTotals.Run(context, model, reported);
        AnalyzeHeadingFractions(context, model);

        // A count in a worked example ("### Examples", "**Example 2:**" lists) is the example's, not the report's: it
        // is neither a total to check nor a part of one. Each count's role is read once, when first asked.
        IReadOnlyList<CountFact> counts = CountFacts.Of(model);
        bool?[]? examples = null;
        for (int t = 0; t < counts.Count; t++)
        {
            CountFact total = counts[t];
            if (!total.IsTotal || IsExample(model, counts, ref examples, t) || StatedPerSection(counts, total))
            {
                continue;
            }

            // The distinct values stated of the same thing outside the total's statement, at most MaxParts of them. A
            // value stated again is a restatement, unless each time names what it counts ("Main MVP: 1 system",
            // "Mobile App: 1 system"): then it is another part, and a sum may take it twice.
            var distinct = new decimal[MaxParts];
            var taken = new CountFact[MaxParts];
            int count = 0;
            bool holdsTotal = false;
            for (int p = 0; p < counts.Count; p++)
            {
                CountFact part = counts[p];
                if (part.IsTotal || count == MaxParts || part.Thing != total.Thing || total.Statement.Span.Contains(part.Value.Span) ||
                    IsExample(model, counts, ref examples, p))
                {
                    continue;
                }

                if (IsRestated(distinct, taken, count, part))
                {
                    continue;
                }

                holdsTotal |= part.Value.Number == total.Value.Number;
                taken[count] = part;
                distinct[count++] = part.Value.Number;
            }

            decimal[] values = new decimal[count];
            Array.Copy(distinct, values, count);
            if (values.Length < 2 || holdsTotal || reported.Contains(total.Value.Span.Start) || TotalFacts.AnySums(values, total.Value.Number, minimum: 2, all: true))
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

            // Counts that together make less than half the total ("1 CSS" and "2 JS" files against "Total Files: 22")
            // are things the report mentions in passing, not the parts it breaks the total into.
            if (sum * 2 < total.Value.Number)
            {
                continue;
            }

            context.Report(Rule, total.Value.Span, total.Statement.Text.ToString().Split(' ', '|').FirstOrDefault(w => w.Length > 0) ?? "Total",
                total.Value.Text.ToString(), $"any sum of the {total.Thing} counts the report states: {string.Join(" + ", listed)}",
                Quantity.FormatNumber(sum, 0), $"no combination gives {total.Value.Text}");
        }
    }

    // "- **Tests** : 7 pass" under "### R1 - …" and again under "### R2 - …": the same key stated in sibling sections
    // is each section's own count, not the report's total of the thing.
    private static bool StatedPerSection(IReadOnlyList<CountFact> counts, CountFact total)
    {
        if (total.Statement.Section is not { } section)
        {
            return false;
        }

        for (int i = 0; i < counts.Count; i++)
        {
            CountFact other = counts[i];
            if (other.IsTotal && other.Thing == total.Thing && other.Statement.Section is { } sibling && !ReferenceEquals(sibling, section) &&
                ReferenceEquals(sibling.Parent, section.Parent) && sibling.Level == section.Level)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsExample(ReportModel model, IReadOnlyList<CountFact> counts, ref bool?[]? examples, int index)
    {
        examples ??= new bool?[counts.Count];
        return examples[index] ??= model.RoleAt(counts[index].Statement, counts[index].Value.Span) == FactRole.Example;
    }

    // A stated count against the counts of the same thing that make it (an aggregate-vs-parts check): "**Total Test
    // Count:** 20 tests" against the bracketed counts of tests on the lead-ins of its section ("**Integration Tests**
    // (10 tests)"); "15 fichiers documentation/configuration" against "### Documentation (9 fichiers)" and "###
    // Configuration (3 fichiers)"; "instagram/ ✅ (6 images) [74+ total]" in a code block, under lines with "(14
    // images)", "(2 images)"… No fix: which counts make the total is read from the layout.
    private static readonly AggregateCheck<KeyTotal> KeyTotals = new(
        RuleNeeds.Character("("),
        static model => KeyTotalFacts.Of(model).Concat(CategoryTotalFacts.Of(model)).Concat(BlockTotalFacts.Of(model)).Concat(BreakdownTotalFacts.Of(model)),
        ReadCounts, ReportCounts);

    private static void AnalyzeKeyTotals(DocumentAnalysisContext context, ReportModel model, HashSet<int> reported) =>
        KeyTotals.Run(context, model, reported);

    // A total closing the run of counts above it in its list or code block: "- **Backend:** 6,296 lines", "-
    // **Frontend:** 30,186 lines", "- **Total Code:** 36,950 lines" (the sum is 36,482). Read in status reports only.
    private static readonly AggregateCheck<KeyTotal> ClosingTotals = new(
        RuleNeeds.Phrase(LexiconSections.Total) & RuleNeeds.Character(":"), ClosingTotalFacts.Of, ReadCounts, ReportCounts);

    // An exact total must be the sum of its parts, a lower bound "25+" at most their sum; parts with a floor ("5+")
    // contradict only an exact total they exceed. A part given as at most or about leaves the sum unknown.
    // A range ("2-3 jours") adds its two ends: the parts then make a range, read end for end against a stated one.
    private static AggregateReading? ReadCounts(KeyTotal total)
    {
        decimal sum = 0, upper = 0;
        bool floor = false, ranges = false;
        foreach (FactValue part in total.Parts)
        {
            if (part.IsUpperBound || part.IsApproximate)
            {
                return null;
            }

            floor |= part.IsLowerBound;
            // A fraction in a breakdown ("Functionality: (2/2)") counts its whole.
            decimal number = part.Denominator ?? part.Number;
            sum += number;
            decimal? end = part.Denominator is null ? part.UpperBound : null;
            ranges |= end is not null;
            upper += end ?? number;
        }

        FactValue stated = total.Total;
        if ((ranges || stated.IsRange) && (floor || stated.IsLowerBound))
        {
            return null;
        }

        return new AggregateReading(stated, stated.Number, sum, partsAreFloor: floor, partsUpper: ranges ? upper : null, numberUpper: stated.UpperBound);
    }

    private static AggregateReport ReportCounts(KeyTotal total, AggregateReading reading)
    {
        IReadOnlyList<FactValue> parts = total.Parts;
        var texts = new string[parts.Count];
        var spans = new TextSpan[parts.Count];
        for (int i = 0; i < texts.Length; i++)
        {
            texts[i] = parts[i].Text.ToString();
            spans[i] = parts[i].Span;
        }

        int first = parts[0].Line, last = parts[^1].Line;
        string terms = texts.Length <= MaxPartsInMessage ? string.Join(" + ", texts) : $"the sum of {texts.Length} counts";
        string lines = first == last ? first.ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{first}–{last}");
        return new AggregateReport(Rule, spans,
            [total.Key.ToString(), reading.Stated.Text.ToString(), terms,
                FormatLike(NumberFormat.Default, reading.Parts, reading.Stated.NumberText, 0, texts) + (reading.PartsAreFloor ? "+" : string.Empty) +
                (reading.PartsUpper is { } upper && upper != reading.Parts ? "–" + FormatLike(NumberFormat.Default, upper, reading.Stated.NumberText, 0, texts) : string.Empty),
                $"the {total.Thing} counts of lines {lines}"]);
    }

    private static void Report(DiagnosticSink sink, string what, FactValue total, Sum sum, string where, bool fixable = true)
    {
        var partSpans = new TextSpan[sum.Parts.Length];
        var partTexts = new string[sum.Parts.Length];
        var partNumbers = new string[sum.Parts.Length];
        for (int i = 0; i < partSpans.Length; i++)
        {
            partSpans[i] = sum.Parts[i].Value.Span;
            partTexts[i] = sum.Parts[i].Value.Text.ToString();
            partNumbers[i] = sum.Parts[i].Value.NumberText;
        }

        string parts = sum.Parts.Length <= MaxPartsInMessage ? string.Join(" + ", partTexts) : $"the sum of {sum.Parts.Length} rows";
        // A sum of parts converted to the total's unit may need decimals none of them writes: 2h + 90 min is 3.5h, not "4h".
        int decimals = Math.Max(Math.Max(total.Decimals, sum.Decimals), Math.Min(DecimalsOf(sum.Value), 2));
        // The sum is written as the report writes its numbers, as the fix writes it: "= 3 300,5 €" in a French table,
        // not "= 3300.5 €" (issue 52).
        string number = FormatLike(sink.NumberFormat, sum.Value, total.NumberText, decimals, partNumbers);
        string written = total.Text.ToString();
        int at = written.IndexOf(total.NumberText, StringComparison.Ordinal);
        string currency = at > 0 && written[..at].Trim() is "$" or "€" or "£" ? written[..at] : string.Empty;
        string computed = currency + number + (total.UnitText.Length == 0 && sum.UnitText.Length > 0 ? sum.UnitText : total.UnitText);

        // The fix replaces the total's number (its unit, markup and grouping kept) with the sum; a heading's total is
        // matched to its table by inference, so it gets no fix.
        sink.Report(Rule, total.Span, fixable ? ReplaceTotal(total, sum.Value, decimals, partNumbers) : null, partSpans, what, total.Text.ToString(), parts, computed, where);
    }

    // How many decimals a value needs to be written exactly (3.5 needs one, 3.25 two, 3 none).
    private static int DecimalsOf(decimal value)
    {
        value = Math.Abs(value);
        int decimals = 0;
        while (decimals < 6 && value != decimal.Truncate(value))
        {
            value *= 10;
            decimals++;
        }

        return decimals;
    }

    private static string Lines(Sum sum)
    {
        int first = sum.Parts[0].Line, last = sum.Parts[^1].Line;
        return first == last
            ? first.ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{first}–{last}");
    }

    // The parts of a column as one sum: every part one exact value (no ratio), in units that convert to the total's.
    private static bool TrySum(ColumnAggregate aggregate, Sum sum)
    {
        FactValue total = aggregate.Total;
        sum.Clear();
        foreach (AggregatePart cell in aggregate.Parts)
        {
            // A range ("$40-50k", "30-35%") is no one number to add, nor is a letter grade ("| **Total** | **56** | **A+** |"
            // over rows graded A+): a rating, whose points say nothing summed.
            if (cell.Value is not { IsRange: false } part || part.Comparison is not (Comparison.Exact or Comparison.Approximately) || part.Denominator is not null ||
                total.Denominator is not null || total.IsRange || part.IsGrade || total.IsGrade)
            {
                return false;
            }

            string unit = total.Unit.Length > 0 ? total.Unit : part.Unit;
            decimal value = part.Number;
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

            sum.Add(part, value, cell.Line);
        }

        return sum.Parts.Length >= 2 && total.Comparison is Comparison.Exact or Comparison.Approximately or Comparison.AtLeast or Comparison.GreaterThan;
    }

    // The part's value is among those already taken, with no name of its own or with the same name (the names are
    // read only for equal values).
    private static bool IsRestated(decimal[] values, CountFact[] taken, int count, CountFact part)
    {
        string? subject = null;
        for (int i = 0; i < count; i++)
        {
            if (values[i] != part.Value.Number)
            {
                continue;
            }

            subject ??= part.Statement.Subject.ToString();
            string other = taken[i].Statement.Subject.ToString();
            if (subject.Length == 0 || other.Length == 0 || string.Equals(subject, other, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    [ThreadStatic]
    private static Sum? t_sum;

    // A cell's value in a sum, with its line.
    private readonly struct Part(FactValue value, int line)
    {
        public FactValue Value { get; } = value;

        public int Line { get; } = line;
    }

    // The parts of one aggregate, in an array kept from one aggregate to the next (not a list: framework generic code
    // over a value type is not precompiled by ReadyToRun).
    private sealed class Sum
    {
        private const int MaxKeptParts = 1024;

        private Part[] _parts = new Part[8];
        private int _count;

        public ReadOnlySpan<Part> Parts => _parts.AsSpan(0, _count);

        public decimal Value { get; private set; }

        public decimal Tolerance { get; private set; }

        public int Decimals { get; private set; }

        public string Unit { get; set; } = string.Empty;

        public string UnitText { get; set; } = string.Empty;

        // Whether the fix may write the sum: an exact total of a plain sum, not of percentages (often a mean), of
        // parts that all carry the total's kind of unit or all none.
        public bool IsPlainSumOf(FactValue written)
        {
            if (written.Comparison != Comparison.Exact || written.IsPercentage || Unit == "%" || HasApproximateParts)
            {
                return false;
            }

            foreach (Part p in Parts)
            {
                if ((p.Value.Unit.Length == 0) != (written.Unit.Length == 0 && Unit.Length == 0))
                {
                    return false;
                }
            }

            return true;
        }

        // An overall figure: the sum or the mean of the rows, each written rounded.
        // An overall figure about its parts ("~95%") is within 5% of their sum or mean, as an approximate total is of its
        // sum (Matches): "~95%" over scores averaging 88% is no rounding of them.
        // A whole sum of whole parts is exact, but a whole mean is rounded to its unit: "Overall 10/10" over six rows of
        // 10/10 and one of 9/10 (a mean of 9.86) is that mean, written whole.
        public bool MatchesSumOrMean(FactValue written)
        {
            decimal tolerance = Rounding(written) - (written.IsApproximate ? Math.Abs(written.Number) * 0.05m : 0m);
            decimal wholeMean = written.Decimals == 0 && !written.IsPercentage ? 0.5m : 0m;
            decimal mean = Value / Parts.Length;
            return Math.Abs(Value - written.Number) <= tolerance + Tolerance ||
                   Math.Abs(mean - written.Number) <= tolerance + wholeMean + (Tolerance / Parts.Length);
        }

        public void Add(FactValue part, decimal value, int line)
        {
            if (_count == _parts.Length)
            {
                Array.Resize(ref _parts, _count * 2);
            }

            _parts[_count++] = new Part(part, line);
            Value += value;
            // The part's rounding is in its own unit: "~30min" is within 3 minutes, 0.05h of a total in hours.
            Tolerance += part.Number == 0 ? Rounding(part) : Rounding(part) * Math.Abs(value / part.Number);
            Decimals = Math.Max(Decimals, part.Decimals);
        }

        // A heading total is compared only with a column whose rows carry a unit.
        public bool RequireUnits()
        {
            foreach (Part p in Parts)
            {
                if (p.Value.Unit.Length == 0)
                {
                    return false;
                }
            }

            return true;
        }

        // How far a written figure may be from the true value: half its last decimal when it has decimals; a
        // whole number is exact, except a percentage, which reports round to whole numbers; "~2h" is within 10%.
        private static decimal Rounding(FactValue q) =>
            (q.Decimals > 0 ? q.Resolution : q.IsPercentage ? 0.5m : 0m) + (q.IsApproximate ? Math.Abs(q.Number) * 0.1m : 0m);

        public bool HasApproximateParts
        {
            get
            {
                foreach (Part p in Parts)
                {
                    if (p.Value.IsApproximate)
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        // Empty, for the next aggregate (and the next table: a huge one's parts are not kept for the thread's life).
        public void Clear()
        {
            if (_parts.Length > MaxKeptParts)
            {
                _parts = new Part[8];
                _count = 0;
            }

            Array.Clear(_parts, 0, _count);
            _count = 0;
            Value = Tolerance = 0m;
            Decimals = 0;
            Unit = UnitText = string.Empty;
        }

        public bool Matches(FactValue written)
        {
            decimal tolerance = Tolerance + Rounding(written) - (written.IsApproximate ? Math.Abs(written.Number) * 0.1m : 0m);
            if (written.IsLowerBound)
            {
                // "12+": only a sum below it contradicts it (a percentage below it, as their mean too).
                return Value + tolerance >= written.Number || ((written.IsPercentage || Unit == "%") && (Value / Parts.Length) + tolerance + 0.5m >= written.Number);
            }

            if (written.IsApproximate)
            {
                tolerance += Math.Abs(written.Number) * 0.05m;
            }

            if (Math.Abs(Value - written.Number) <= tolerance)
            {
                return true;
            }

            // A percentage "total" is often an average of the rows.
            if (written.IsPercentage || Unit == "%")
            {
                decimal mean = Value / Parts.Length;
                return Math.Abs(mean - written.Number) <= Rounding(written) + (Tolerance / Parts.Length) + 0.5m;
            }

            return false;
        }
    }
}
