using System.Collections.Immutable;
using Markdig.Syntax;
using ReportLint.Analysis;
using ReportLint.Claims;
using ReportLint.Diagnostics;
using ReportLint.Lexicons;
using ReportLint.Text;

namespace ReportLint.Rules.Status;

/// <summary>
/// RL3002: a status mark contradicts its own line: ✅ beside "partial", "pending", "not executed", "configured
/// only"; ❌ beside a target the line meets; or ✅ on an item that another line of the report says is not done.
/// The fix changes the mark to the one the line supports (for the first two).
/// </summary>
public sealed class RL3002MarkContradictsLine : ReportAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        "RL3002", "mark-contradicts-line", "A status mark contradicts its own line",
        "{0}",
        RuleCategory.Status, Severity.Warning,
        "A ✅ beside 'pending' or a ❌ beside a met target says two things at once; readers of a summary see only the mark.");

    /// <summary>Property holding the mark the fix puts instead.</summary>
    public const string ReplacementProperty = "mark";

    /// <inheritdoc />
    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [Rule];

    /// <inheritdoc />
    public override RuleNeeds Needs { get; } = RuleNeeds.StatusSymbol;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        ReportDocument document = context.Document;
        var reported = new HashSet<int>();
        foreach (Statement statement in Statements.Of(document).All)
        {
            bool item = statement.InCode || statement.Block.Parent is ListItemBlock || statement.Block.Parent is Markdig.Extensions.Tables.TableCell;
            if (!item || statement.Block is HeadingBlock || !Triggers.Of(document).MayHoldStatusSymbol(statement.Span, LexiconSections.StatusMet, LexiconSections.StatusFailed))
            {
                continue;
            }

            FoldedText folded = statement.Folded(document);
            ReadOnlySpan<StatusMark> marks = statement.Marks(document);
            // Loops, not LINQ over StatusMark: framework generic code over a value type is JIT-compiled at every start.
            StatusMark? met = null, failed = null;
            bool pending = false;
            foreach (StatusMark m in marks)
            {
                met ??= m.Kind == StatusKind.Met && m.IsSymbol ? m : null;
                failed ??= m.Kind == StatusKind.Failed && m.IsSymbol ? m : null;
                pending |= m.IsSymbol && m.Kind is StatusKind.Pending or StatusKind.Partial;
            }

            if (met is { } check && failed is null && !pending)
            {
                var words = new List<PhraseMatch>();
                PhraseMatcher.FindAll(folded.Text, document.Lexicon, StatusRuleSections.StatusContradictsMet, words);
                words.RemoveAll(w =>
                {
                    TextSpan at = folded.ToOriginal(w.Start, w.End);
                    return Quotation.IsQuoted(statement.Prose, at.Start - statement.Span.Start, at.End - statement.Span.Start);
                });
                if (words.Count > 0)
                {
                    PhraseMatch word = words[0];
                    string said = Readable.Text(document, folded.ToOriginal(word.Start, word.End));
                    string replacement = document.Lexicon.Replacement(StatusRuleSections.StatusContradictsMet, word.Phrase) ?? "⚠️";
                    Report(context, check.Span, $"{Readable.Text(document, check.Span)} marks this line as done, but it says '{said}'", replacement);
                    reported.Add(check.Span.Start);
                    continue;
                }
            }

            if (failed is { } cross && MeetsItsTarget(document, statement) is { } met2)
            {
                Report(context, cross.Span, $"{Readable.Text(document, cross.Span)} marks this line as failed, but {met2}", "✅");
                reported.Add(cross.Span.Start);
            }
        }

        // ✅ on an item another line calls not done ("Chaos engineering tests": ✅ in a table, ⏳ in the summary).
        IReadOnlyList<StatusItem> items = StatusItems.Of(document).All;
        var notDone = items.Where(i => i.Status is StatusKind.Pending or StatusKind.Failed && i.Label.Length >= 6)
            .GroupBy(i => i.Label).ToDictionary(g => g.Key, g => g.First());
        foreach (StatusItem done in items.Where(i => i.Status == StatusKind.Met && IsSymbolMark(document, i.MarkSpan)))
        {
            if (notDone.TryGetValue(done.Label, out StatusItem? other) && !reported.Contains(done.MarkSpan.Start))
            {
                string text = Readable.Text(document, other.Span);
                string says = text.Length > 80 ? text[..80] + "…" : text;
                context.Diagnostics.Report(Rule, done.MarkSpan, ImmutableDictionary<string, string>.Empty, [other.MarkSpan.IsEmpty ? other.Span : other.MarkSpan],
                    $"{Readable.Text(document, done.MarkSpan)} marks '{done.Title}' as done, but line {other.Line} says it is not: \"{says.Trim()}\"");
            }
        }
    }

    private static void Report(DocumentAnalysisContext context, TextSpan mark, string message, string replacement) =>
        context.Diagnostics.Report(Rule, mark, ImmutableDictionary<string, string>.Empty.Add(ReplacementProperty, replacement), [], message);

    private static bool IsSymbolMark(ReportDocument document, TextSpan span) =>
        !span.IsEmpty && !char.IsLetter(Readable.Text(document, span).FirstOrDefault());

    // "Critical Issues: 0 ❌ # OBJECTIF: 0": the line's result meets its own target.
    private static string? MeetsItsTarget(ReportDocument document, Statement statement)
    {
        ReadOnlySpan<TargetClaim> targets = statement.Targets(document);
        if (targets.Length != 1)
        {
            return null;
        }

        TargetClaim target = targets[0];
        Quantity? result = Targets.ResultBefore(statement.Quantities(document), target, targets);
        if (result is not { } r)
        {
            return null;
        }

        string metric = TextFolding.Fold(statement.Prose.AsSpan(0, r.Span.Start - statement.Span.Start));
        return Targets.Evaluate(r, target.Value, metric, document.Lexicon) == TargetOutcome.Met
            ? $"{document.GetText(r.Span)} meets its target {document.GetText(target.Value.Span)}"
            : null;
    }
}
