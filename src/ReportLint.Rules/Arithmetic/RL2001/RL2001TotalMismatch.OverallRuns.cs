using ReportLint.Analysis;
using ReportLint.Claims;
using ReportLint.Model;

namespace ReportLint.Rules.Arithmetic;

// RL2001's overall line in a run of key lines: "OVERALL: 90%" closing five bars, "Overall Score: 98.69/100" over its
// "Component Scores:" list.
public sealed partial class RL2001TotalMismatch
{
    private const int MinimumRunParts = 3;

    // How many lines with no figure may stand between an overall line and the lead-in of its parts.
    private const int MaximumVerdictLines = 3;

    // An overall key line ("OVERALL:  █████████░ 90%", "✅ Overall Score: 98.69/100") and the run of key lines of its
    // parts right before it, on the lines just above (a separator line between allowed), or right after it (after a
    // lead-in such as "Component Scores:"): list items, lines of a code block or key lines, each "Name: figure" with one
    // figure of the overall's kind. Its figure must be their sum or their mean. A line right after a table is the table's
    // (see the overall line after a table).
    private static void AnalyzeOverallRuns(DocumentAnalysisContext context)
    {
        ReportModel model = ReportModel.Of(context.Document);
        IReadOnlyList<ModelStatement> statements = model.Statements;
        Sum sum = t_sum ??= new Sum();
        try
        {
            for (int i = 0; i < statements.Count; i++)
            {
                ModelStatement statement = statements[i];
                if (!IsRunKind(statement.Kind) || (i > 0 && statements[i - 1].Kind == StatementKind.TableRow) ||
                    OverallFigure(model, statement, underOverallHeading: false) is not { } found)
                {
                    continue;
                }

                FactValue figure = found.Figure;
                bool before = CollectRun(model, statements, i, -1, figure, sum), beforeMatches = before && sum.MatchesSumOrMean(figure);
                bool after = CollectRun(model, statements, i, +1, figure, sum), afterMatches = after && sum.MatchesSumOrMean(figure);
                if (!(before || after) || beforeMatches || afterMatches)
                {
                    continue;
                }

                // The run before when there is one, else the run after: collected again, the other emptied the sum.
                CollectRun(model, statements, i, before ? -1 : +1, figure, sum);
                if (!ExplainedByCount(model, figure))
                {
                    ReportMean(context.Diagnostics, model.TextOf(found.Key).ToString(), figure, sum, figure.Denominator, "lines");
                }
            }
        }
        finally
        {
            sum.Clear();
        }
    }

    private static bool IsRunKind(StatementKind kind) =>
        kind is StatementKind.ListItem or StatementKind.KeyValueLine or StatementKind.CodeLine or StatementKind.DashboardLine;

    // The parts on the lines next to the overall line, in one direction; true with three parts or more, then in the sum.
    private static bool CollectRun(ReportModel model, IReadOnlyList<ModelStatement> statements, int at, int step, FactValue figure, Sum sum)
    {
        sum.Clear();
        int line = statements[at].Line;
        bool leadIn = false, inBlock = InBlock(statements[at].Kind);
        int verdicts = 0;
        List<(FactValue Value, int Line)>? found = null;
        for (int i = at + step; i >= 0 && i < statements.Count; i += step)
        {
            ModelStatement part = statements[i];
            int gap = Math.Abs(part.Line - line);
            // The next line, or the one after a separator or a blank line.
            if (gap > 2 || !IsRunKind(part.Kind) && !(step > 0 && !leadIn && IsLeadIn(model, part)))
            {
                break;
            }

            line = part.Line;
            if (step > 0 && !leadIn && found is null && IsLeadIn(model, part))
            {
                leadIn = true;
                continue;
            }

            // "✅ Production Ready: YES" between "✅ Overall Score: 98.69/100" and "Component Scores:": a line with no
            // figure says more of the verdict before its parts come.
            if (step > 0 && !leadIn && found is null && part.Values.Count == 0 && ++verdicts <= MaximumVerdictLines)
            {
                continue;
            }

            // After the overall line, its parts follow a lead-in ("Component Scores:"), or stand in the same dashboard
            // (a box that opens with its overall bar): a list further down is another.
            if ((step > 0 && !leadIn && !(inBlock && InBlock(part.Kind))) || PartFigure(model, part, figure) is not { } value)
            {
                break;
            }

            (found ??= []).Add((value, part.Line));
        }

        if (found is null || found.Count < MinimumRunParts)
        {
            return false;
        }

        // In the order of the text, whichever way the run was read.
        if (step < 0)
        {
            found.Reverse();
        }

        foreach ((FactValue value, int partLine) in found)
        {
            sum.Add(value, value.Number, partLine);
        }

        return true;
    }

    private static bool InBlock(StatementKind kind) => kind is StatementKind.CodeLine or StatementKind.DashboardLine;

    // "Component Scores:": a line that ends with its colon and gives no figure.
    private static bool IsLeadIn(ReportModel model, ModelStatement statement) =>
        statement.Values.Count == 0 && model.Document.GetText(statement.Span).TrimEnd(" *_\t").EndsWith(":".AsSpan(), StringComparison.Ordinal);

    // A part line: "Name: figure", its one figure of the overall's kind right after the colon, and no overall word.
    private static FactValue? PartFigure(ReportModel model, ModelStatement statement, FactValue figure)
    {
        ReadOnlySpan<char> text = model.Document.GetText(statement.Span);
        int colon = text.IndexOf(':');
        if (colon <= 0 || statement.Contains(Overall) || model.StanceAt(statement, statement.Span) != FactStance.None)
        {
            return null;
        }

        FactValue? found = null;
        foreach (FactValue value in statement.Values)
        {
            if (value.Span.Start < statement.Span.Start + colon)
            {
                continue;
            }

            if (found is not null || value.IsRange || value.Comparison != Comparison.Exact || value.IsPercentage != figure.IsPercentage ||
                value.Denominator != figure.Denominator || value.Unit != figure.Unit)
            {
                return null;
            }

            found = value;
        }

        return found;
    }
}
