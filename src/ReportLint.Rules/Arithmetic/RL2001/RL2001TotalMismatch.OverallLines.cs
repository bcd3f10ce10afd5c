using ReportLint.Analysis;
using ReportLint.Claims;
using ReportLint.Collections;
using ReportLint.Lexicons;
using ReportLint.Model;
using ReportLint.Rules.Evidence;
using ReportLint.Text;

namespace ReportLint.Rules.Arithmetic;

// RL2001's overall and total lines: a key line right after a table that states the table's overall figure or its total.
public sealed partial class RL2001TotalMismatch
{
    private static readonly LexiconSection Overall = new("overall"), Subtotal = new("subtotal");

    // How many statements after a table may stand before its overall line: a heading and a line or two of summary.
    private const int OverallLineReach = 6;

    // "**Overall Project Completeness**: **75%**" or, under "### Overall Achievement", "- **Original Target**: 97.2%",
    // right after a table with no Total or Overall row of its own: the figure is the sum or the mean of one of its
    // columns, the one whose every row holds a value of the figure's kind (a percentage, a score out of the same
    // scale). When several columns hold such values, the line's key must name one by a word of its header ("Target"),
    // or the figure must match none of them to say nothing: a figure that matches a column is that column's.
    private static void AnalyzeOverallLines(DocumentAnalysisContext context)
    {
        ReportModel model = ReportModel.Of(context.Document);
        IReadOnlyList<ModelTable> tables = model.Tables;
        if (tables.Count == 0)
        {
            return;
        }

        // The tables with a Total or Overall row, in a set of this thread's, emptied after each document.
        HashSet<ModelTable> aggregated = t_aggregated ?? [];
        t_aggregated = null;
        IReadOnlyList<ColumnAggregate> aggregates = ColumnAggregateFacts.Of(model);
        for (int i = 0; i < aggregates.Count; i++)
        {
            if (!aggregates[i].IsHeadingTotal)
            {
                aggregated.Add(aggregates[i].Table);
            }
        }

        Sum sum = t_sum ??= new Sum();
        try
        {
            for (int t = 0; t < tables.Count; t++)
            {
                ModelTable table = tables[t];
                if (table.IsDashboard || aggregated.Contains(table) || ColumnAggregateFacts.IsWeighted(model, table))
                {
                    continue;
                }

                foreach ((ModelStatement line, FactValue figure, TextSpan key, bool total) in OverallLinesAfter(model, table))
                {
                    if (total)
                    {
                        CheckTotalLine(context, model, table, figure, key, sum);
                    }
                    else
                    {
                        CheckOverallLine(context, model, table, line, figure, key, sum);
                    }
                }

                CheckOverallLinesBefore(context, model, table, sum);
            }
        }
        finally
        {
            sum.Clear();
            if (aggregated.Count <= MaxKeptAggregated)
            {
                aggregated.Clear();
                t_aggregated = aggregated;
            }
        }
    }

    [ThreadStatic]
    private static HashSet<ModelTable>? t_aggregated;

    // A set kept per thread only while small: one huge document must not leave its buckets allocated.
    private const int MaxKeptAggregated = 1024;

    private static void CheckOverallLine(DocumentAnalysisContext context, ReportModel model, ModelTable table, ModelStatement line, FactValue figure, TextSpan key, Sum sum)
    {
        var rows = new List<ModelRow>(table.BodyArray);
        ColumnAggregate? only = null, named = null;
        int candidates = 0;
        string keyText = Restatements.Fold(model.Document.GetText(key));
        foreach (ModelColumn column in table.Columns)
        {
            // An overall result is none of the targets' ("| Metric | Target | Actual |": the Actual column's), unless
            // its key says it is a target ("Original Target: 97.2%").
            if (column.Role == ColumnRole.Label || (column.Role == ColumnRole.Target && !SharesWord(keyText, column.FoldedHeader)))
            {
                continue;
            }

            var aggregate = new ColumnAggregate(figure, table, column, null, rows, AggregateKind.Overall) { Label = model.TextOf(key) };
            if (!TryOverall(aggregate, sum, out _))
            {
                continue;
            }

            if (sum.MatchesSumOrMean(figure))
            {
                // The figure is this column's: nothing to report, whatever the other columns give.
                return;
            }

            candidates++;
            only = aggregate;
            if (SharesWord(keyText, column.FoldedHeader))
            {
                named = named is null ? aggregate : null;
            }
        }

        ColumnAggregate? chosen = candidates == 1 ? only : named;
        if (chosen is null || ExplainedByCount(model, figure) || !TryOverall(chosen, sum, out decimal? denominator))
        {
            return;
        }

        ReportMean(context.Diagnostics, chosen, sum, denominator);
    }

    // The key lines among the few statements after the table, before another table or a second heading: a line whose
    // key (the words before its colon) holds an overall word, or any key line under a heading that holds one, with one
    // figure, a percentage or a score out of a scale, right after its colon.
    private static IEnumerable<(ModelStatement Line, FactValue Figure, TextSpan Key, bool Total)> OverallLinesAfter(ReportModel model, ModelTable table)
    {
        IReadOnlyList<ModelStatement> statements = model.Statements;
        int at = FirstStatementFrom(statements, table.Span.End);
        bool underOverallHeading = false;
        int headings = 0;
        for (int i = at, seen = 0; i < statements.Count && seen < OverallLineReach; i++, seen++)
        {
            ModelStatement statement = statements[i];
            if (statement.Kind == StatementKind.TableRow)
            {
                yield break;
            }

            if (statement.Kind == StatementKind.Heading)
            {
                if (++headings > 1)
                {
                    yield break;
                }

                underOverallHeading = statement.Contains(Overall);
                continue;
            }

            if (OverallFigure(model, statement, underOverallHeading) is { } found)
            {
                yield return (statement, found.Figure, found.Key, false);
            }
            else if (TotalFigure(model, statement) is { } total)
            {
                yield return (statement, total.Figure, total.Key, true);
            }
        }
    }

    // The overall lines right before the table, which it breaks down: "### Score Global : **7.2/10**" over the table of
    // its aspects, "**Overall Coverage**: 85%" over "### Breakdown" and the table. Read back from the table over a
    // heading or a lead-in at most, among the few statements before it, and only when no other table stands within
    // that reach: a line between two tables is the one above's.
    private static void CheckOverallLinesBefore(DocumentAnalysisContext context, ReportModel model, ModelTable table, Sum sum)
    {
        IReadOnlyList<ModelStatement> statements = model.Statements;
        int at = FirstStatementFrom(statements, table.Span.Start) - 1;
        // The reach: back to the second heading, or as many statements as after a table; none if a table row is in it.
        int end = at + 1, headings = 0;
        for (int i = at, seen = 0; i >= 0 && seen < OverallLineReach; i--, seen++)
        {
            if (statements[i].Kind == StatementKind.TableRow)
            {
                return;
            }

            end = i;
            if (statements[i].Kind == StatementKind.Heading && ++headings > 1)
            {
                break;
            }
        }

        for (int i = at; i >= end; i--)
        {
            ModelStatement statement = statements[i];
            bool heading = statement.Kind == StatementKind.Heading;
            if (OverallFigure(model, statement, underOverallHeading: !heading && statement.Section is { } section && section.Folded.Contains(Overall)) is { } overall)
            {
                CheckOverallLine(context, model, table, statement, overall.Figure, overall.Key, sum);
            }
        }
    }

    private static (FactValue Figure, TextSpan Key)? OverallFigure(ReportModel model, ModelStatement statement, bool underOverallHeading)
    {
        if (KeyOf(model, statement) is not { } key || (!underOverallHeading && !HitWithin(statement.Find(Overall), key)))
        {
            return null;
        }

        FactValue? figure = null;
        foreach (FactValue value in statement.Values)
        {
            if (value.Span.Start < key.End)
            {
                continue;
            }

            // The first figure after the colon, with nothing but emphasis, marks and spaces before it.
            if (figure is null && ClaimSpans.Adjacent(statement, key.End + 1, value.Span.Start, 0, digits: false) &&
                (value.IsPercentage || value.Denominator is not null))
            {
                figure = value;
                continue;
            }

            if (figure is not null && value.Denominator is not null && ReportModel.InBrackets(statement, value))
            {
                // "75% (9/12)": a figure beside the count it is computed from is the count's.
                return null;
            }
        }

        // A figure hoped for, asked or denied states nothing ("Overall: 95% expected?").
        return figure is { } f && model.StanceAt(statement, f.Span) == FactStance.None ? (f, TrimKey(model, key)) : null;
    }

    // "**TOTAL**: 11h de coordination", "**Total routes:** 60": a key line whose key holds a total word, with one figure
    // right after its colon that is a count or an amount (no percentage, no fraction: those are the overall line's).
    private static (FactValue Figure, TextSpan Key)? TotalFigure(ReportModel model, ModelStatement statement)
    {
        if (KeyOf(model, statement) is not { } key || !HitWithin(statement.Find(LexiconSections.Total), key) || HitWithin(statement.Find(Subtotal), key))
        {
            return null;
        }

        foreach (FactValue value in statement.Values)
        {
            if (value.Span.Start < key.End)
            {
                continue;
            }

            if (!ClaimSpans.Adjacent(statement, key.End + 1, value.Span.Start, 0, digits: false) || value.IsPercentage || value.Denominator is not null ||
                value.IsRange || model.StanceAt(statement, value.Span) != FactStance.None)
            {
                return null;
            }

            return (value, TrimKey(model, key));
        }

        return null;
    }

    // The total line's figure against the sum of one column of the table above it: the column whose every row holds
    // an amount of the figure's unit ("| Durée |" of 2h, 3h… under "TOTAL: 11h"), or, for a bare count, the column the
    // key or the figure's noun names by a word of its header ("Total routes: 60" over "| Routes |"). A figure that is
    // some column's sum is that column's; two columns that could be meant, and none named, say nothing.
    private static void CheckTotalLine(DocumentAnalysisContext context, ReportModel model, ModelTable table, FactValue figure, TextSpan key, Sum sum)
    {
        var rows = new List<ModelRow>(table.BodyArray);
        ColumnAggregate? only = null, named = null;
        int candidates = 0;
        string keyText = Restatements.Fold(model.Document.GetText(key)) + " " + figure.Noun;
        foreach (ModelColumn column in table.Columns)
        {
            if (column.Role == ColumnRole.Label)
            {
                continue;
            }

            var aggregate = new ColumnAggregate(figure, table, column, null, rows, AggregateKind.Sum) { Label = model.TextOf(key) };
            // Every part in the figure's unit (TrySum converts hours and minutes), or, for a bare count, none with a unit.
            if (!TrySum(aggregate, sum) || !(figure.Unit.Length == 0 ? sum.Unit.Length == 0 : sum.RequireUnits()))
            {
                continue;
            }

            if (sum.Matches(figure))
            {
                return;
            }

            bool names = SharesWord(keyText, column.FoldedHeader);
            if (figure.Unit.Length == 0 && !names)
            {
                continue;
            }

            candidates++;
            only = aggregate;
            if (names)
            {
                named = named is null ? aggregate : null;
            }
        }

        ColumnAggregate? chosen = candidates == 1 ? only : named;
        if (chosen is null || !TrySum(chosen, sum))
        {
            return;
        }

        Report(context.Diagnostics, chosen.Label.ToString(), figure, sum, $"rows {Lines(sum)}", fixable: false);
    }

    // The words of a key line before its first colon, or null when it has none.
    private static TextSpan? KeyOf(ReportModel model, ModelStatement statement)
    {
        int colon = model.Document.GetText(statement.Span).IndexOf(':');
        return colon > 0 ? new TextSpan(statement.Span.Start, colon) : null;
    }

    private static TextSpan TrimKey(ReportModel model, TextSpan key)
    {
        ReadOnlySpan<char> text = model.Document.GetText(key);
        int start = 0, end = text.Length;
        while (start < end && text[start] is ' ' or '-' or '*' or '_' or '+' or '#' or '>')
        {
            start++;
        }

        while (end > start && text[end - 1] is ' ' or '*' or '_')
        {
            end--;
        }

        return new TextSpan(key.Start + start, end - start);
    }

    private static bool HitWithin(Items<PhraseHit> hits, TextSpan span)
    {
        foreach (PhraseHit hit in hits)
        {
            if (!hit.IsQuoted && span.Contains(hit.Span))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SharesWord(string folded, string header)
    {
        foreach (string word in header.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length > 2 && (" " + folded + " ").Contains(" " + word + " ", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // The index of the first statement that starts at or after the position (statements are in document order).
    private static int FirstStatementFrom(IReadOnlyList<ModelStatement> statements, int position)
    {
        int low = 0, high = statements.Count;
        while (low < high)
        {
            int mid = low + ((high - low) / 2);
            if (statements[mid].Span.Start < position)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}
