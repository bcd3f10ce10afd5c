using System.Collections.Immutable;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using ReportLint.Analysis;
using ReportLint.Claims;
using ReportLint.Diagnostics;
using ReportLint.Lexicons;
using ReportLint.Text;

namespace ReportLint.Rules.Status;

/// <summary>
/// RL3001: a result misses its own stated target, yet the line, the row or the heading above presents it as met
/// (✅, "validated", "atteint", a "TESTS VALIDÉS" heading). Only certain misses are reported: units must agree and
/// a target without comparator needs a metric whose direction is known.
/// </summary>
public sealed class RL3001TargetMissedButMet : ReportAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        "RL3001", "target-missed-but-met", "A result misses its target but is presented as met",
        "{0} misses its own target {1}, yet it is presented as met ({2})",
        RuleCategory.Status, Severity.Warning,
        "A result that misses the target stated beside it, under a ✅ or a 'validated' heading, tells readers a goal was reached when it was not.");

    /// <inheritdoc />
    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [Rule];

    /// <inheritdoc />
    public override bool CanReport(ReportDocument document) => Triggers.Of(document).AnyFollowedByNumber("target") || Triggers.Of(document).AnyTableLineWith("column.target", "column.result");

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.RegisterBlockAction<ParagraphBlock>(AnalyzeListParagraph);
        context.RegisterBlockAction<Table>(AnalyzeTable);
        context.RegisterDocumentAction(AnalyzeCodeClaims);
    }

    // The first paragraph of a list item: each of its lines may state "result (target: value)".
    private static void AnalyzeListParagraph(BlockAnalysisContext context)
    {
        var paragraph = (ParagraphBlock)context.Block;
        if (paragraph.Parent is not ListItemBlock item || item.Count == 0 || !ReferenceEquals(item[0], paragraph))
        {
            return;
        }

        ReportDocument document = context.Document;
        TextSpan span = document.GetSpan(paragraph);
        int firstLine = document.Text.GetLinePosition(span.Start).Line;
        int lastLine = document.Text.GetLinePosition(span.End).Line;
        for (int line = firstLine; line <= lastLine; line++)
        {
            TextSpan lineSpan = document.Text.GetLineSpan(line);
            int start = Math.Max(lineSpan.Start, span.Start);
            int end = Math.Min(lineSpan.End, span.End);
            if (end > start)
            {
                TextSpan lineSpan2 = TextSpan.FromBounds(start, end);
                AnalyzeLine(document, context.Diagnostics, lineSpan2, ProseText.Of(document, paragraph, lineSpan2));
            }
        }
    }

    // The claim lines of code blocks: "Débit: 34 req/s ✅ # OBJECTIF: > 1000 req/s".
    private static void AnalyzeCodeClaims(DocumentAnalysisContext context)
    {
        foreach (Statement statement in Statements.Of(context.Document).All.Where(s => s.InCode))
        {
            AnalyzeLine(context.Document, context.Diagnostics, statement.Span, statement.Prose);
        }
    }

    [ThreadStatic]
    private static List<TargetClaim>? t_targets;

    [ThreadStatic]
    private static List<Quantity>? t_quantities;

    // One long line must not leave its lists' capacity allocated for the life of the thread.
    private const int MaxKeptCapacity = 1024;

    private static void AnalyzeLine(ReportDocument document, DiagnosticSink sink, TextSpan line, string prose)
    {
        ReadOnlySpan<char> text = prose;
        // Lists kept per thread (while small) and cleared for each line: they do not outlive the call.
        List<TargetClaim> targets = t_targets ??= [];
        targets.Clear();
        Targets.Scan(text, line.Start, document.Lexicon, targets);
        if (targets.Count == 0)
        {
            return;
        }

        if (targets.Capacity > MaxKeptCapacity)
        {
            t_targets = null;
        }

        List<Quantity> quantities = t_quantities ??= [];
        quantities.Clear();
        QuantityScanner.Scan(text, line.Start, document.Lexicon, quantities);
        if (quantities.Capacity > MaxKeptCapacity)
        {
            t_quantities = null;
        }

        foreach (TargetClaim target in targets)
        {
            if (Targets.ResultBefore(quantities, target, targets) is not { } found)
            {
                continue;
            }

            string metric = TextFolding.Fold(text[..(found.Span.Start - line.Start)]);
            if (Targets.Evaluate(found, target.Value, metric, document.Lexicon) != TargetOutcome.Missed)
            {
                continue;
            }

            var targetSpans = new TextSpan[targets.Count];
            for (int t = 0; t < targetSpans.Length; t++)
            {
                targetSpans[t] = targets[t].Span;
            }

            string? presentedBy = PresentedAsMet(document, line, prose, targetSpans);
            if (presentedBy is not null)
            {
                sink.Report(Rule, found.Span, document.GetText(found.Span).ToString(),
                    document.GetText(target.Value.Span).ToString(), presentedBy);
            }
        }
    }

    private static void AnalyzeTable(BlockAnalysisContext context)
    {
        ReportDocument document = context.Document;
        TableView table = TableView.Of(document, (Table)context.Block);
        int targetColumn = table.FindColumn(document.Lexicon, "column.target");
        int resultColumn = table.FindColumn(document.Lexicon, "column.result");
        if (targetColumn < 0 || resultColumn < 0 || targetColumn == resultColumn)
        {
            return;
        }

        foreach (RowView row in table.Body)
        {
            CellView targetCell = row[targetColumn];
            CellView resultCell = row[resultColumn];
            if (!QuantityScanner.TryParseWhole(Readable.Text(document, targetCell.Span), targetCell.Span.Start, document.Lexicon, out Quantity target))
            {
                continue;
            }

            var found = new List<Quantity>();
            if (target.Unit == "grade")
            {
                if (QuantityScanner.TryParseWhole(Readable.Text(document, resultCell.Span), resultCell.Span.Start, document.Lexicon, out Quantity grade))
                {
                    found.Add(grade);
                }
            }
            else
            {
                QuantityScanner.Scan(document.GetText(resultCell.Span), resultCell.Span.Start, document.Lexicon, found);
            }
            if (found.Count == 0)
            {
                // A target with no measured result ("10K req/s" / "Framework ready") is not met.
                if (resultCell.Folded.Length > 0 && resultCell.Folded is not ("-" or "—" or "n/a" or "na" or "tbd") && !resultCell.Span.IsEmpty)
                {
                    TextSpan noResultRow = row.Extent;
                    string? claimedBy = PresentedAsMet(document, noResultRow, document.GetText(noResultRow).ToString(), [targetCell.Span, resultCell.Span]);
                    if (claimedBy is not null)
                    {
                        context.Diagnostics.Report(Rule, resultCell.Span, ImmutableDictionary<string, string>.Empty, [targetCell.Span],
                            $"'{Readable.Text(document, resultCell.Span)}' (no measured result)", Readable.Text(document, targetCell.Span), claimedBy);
                    }
                }

                continue;
            }

            Quantity result = found[0];
            var metricCells = new string[Math.Min(Math.Min(targetColumn, resultColumn), row.Cells.Count)];
            for (int c = 0; c < metricCells.Length; c++)
            {
                metricCells[c] = row.Cells[c].Folded;
            }

            string metric = string.Join(' ', metricCells);
            if (Targets.Evaluate(result, target, metric, document.Lexicon) != TargetOutcome.Missed)
            {
                continue;
            }

            TextSpan rowSpan = row.Extent;
            string? presentedBy = PresentedAsMet(document, rowSpan, document.GetText(rowSpan).ToString(), [targetCell.Span, resultCell.Span]);
            if (presentedBy is not null)
            {
                context.Report(Rule, result.Span, document.GetText(result.Span).ToString(),
                    document.GetText(targetCell.Span).ToString().Trim('*', ' '), presentedBy);
            }
        }
    }

    // A loop, not LINQ: framework generic code over a value type is JIT-compiled at every start of the tool.
    private static bool Within(TextSpan[] spans, TextSpan span)
    {
        foreach (TextSpan e in spans)
        {
            if (e.Contains(span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// How the line presents itself: its own status marks and words (outside the target and result spans) decide;
    /// a line with none takes the status of the nearest heading above that has one.
    /// </summary>
    private static string? PresentedAsMet(ReportDocument document, TextSpan line, string prose, TextSpan[] excluded)
    {
        var marks = new List<StatusMark>();
        StatusScanner.Scan(Readable.Fold(document, line, prose), document.Lexicon, marks);
        marks.RemoveAll(m => Within(excluded, m.Span));
        StatusKind own = StatusScanner.Summarize(marks);
        if (own == StatusKind.Met)
        {
            return $"marked '{Readable.Text(document, marks[0].Span)}'";
        }

        if (own != StatusKind.None)
        {
            return null;
        }

        foreach (Section section in DocumentOutline.Of(document).EnclosingSections(line.Start))
        {
            var headingMarks = new List<StatusMark>();
            StatusScanner.Scan(Readable.Fold(document, section.ContentSpan, ProseText.Of(document, section.Block, section.ContentSpan)), document.Lexicon, headingMarks);
            StatusKind kind = StatusScanner.Summarize(headingMarks);
            if (kind == StatusKind.Met)
            {
                string title = document.GetText(section.ContentSpan).ToString().Replace("**", string.Empty, StringComparison.Ordinal).Trim();
                return $"under heading '{title}', line {section.Line}";
            }

            if (kind != StatusKind.None)
            {
                return null;
            }
        }

        return null;
    }
}
