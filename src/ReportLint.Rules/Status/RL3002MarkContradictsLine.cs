using System.Collections.Immutable;
using ReportLint.Analysis;
using ReportLint.Claims;
using ReportLint.Diagnostics;
using ReportLint.Lexicons;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Status;

/// <summary>
/// RL3002: a status mark contradicts its own line: ✅ beside "partial", "pending", "not executed", "configured
/// only"; ❌ beside a target the line meets; or ✅ on an item that another line of the report says is not done.
/// The fix changes the mark to the one the line supports (for the first two).
/// </summary>
public sealed partial class RL3002MarkContradictsLine : ReportAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        "RL3002", "mark-contradicts-line", "A status mark contradicts its own line",
        "{0}",
        RuleCategory.Status, Severity.Warning,
        "A ✅ beside 'pending' or a ❌ beside a met target says two things at once; readers of a summary see only the mark.");

    /// <inheritdoc />
    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [Rule];

    /// <inheritdoc />
    public override RuleNeeds Needs { get; } = RuleNeeds.StatusSymbol;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        ReportModel model = ReportModel.Of(context.Document);
        var reported = new HashSet<int>();
        foreach (ModelStatement statement in model.Statements)
        {
            if (!statement.IsItem)
            {
                continue;
            }

            // Loops, not LINQ over StatusMark: framework generic code over a value type is JIT-compiled at every start.
            StatusMark? met = null, failed = null;
            bool pending = false;
            foreach (StatusMark m in statement.Symbols)
            {
                met ??= m.Kind == StatusKind.Met ? m : null;
                failed ??= m.Kind == StatusKind.Failed ? m : null;
                pending |= m.Kind is StatusKind.Pending or StatusKind.Partial;
            }

            if (met is { } check && failed is null && !pending && FirstUnquoted(statement.Find(StatusRuleSections.StatusContradictsMet)) is { } word)
            {
                string replacement = context.Document.Lexicon.Replacement(StatusRuleSections.StatusContradictsMet, word.Phrase) ?? "⚠️";
                Report(context, check.Span, $"{model.TextOf(check.Span)} marks this line as done, but it says '{model.TextOf(word.Span)}'", replacement);
                reported.Add(check.Span.Start);
                continue;
            }

            if (failed is { } cross && MeetsItsTarget(statement) is { } result)
            {
                Report(context, cross.Span, $"{model.TextOf(cross.Span)} marks this line as failed, but {result.Text} meets its target {result.Target!.Text}", "✅");
                reported.Add(cross.Span.Start);
            }
        }

        // ✅ on an item another line calls not done ("Chaos engineering tests": ✅ in a table, ⏳ in the summary).
        IReadOnlyList<ModelItem> items = model.Items;
        var notDone = items.Where(i => i.Status is StatusKind.Pending or StatusKind.Failed && i.Label.Length >= 6)
            .GroupBy(i => i.Label).ToDictionary(g => g.Key, g => g.First());
        foreach (ModelItem done in items.Where(i => i.Status == StatusKind.Met && i.HasSymbolMark))
        {
            if (notDone.TryGetValue(done.Label, out ModelItem? other) && !reported.Contains(done.MarkSpan.Start))
            {
                string says = other.Text.Truncate(80).ToString().Trim();
                context.Diagnostics.Report(Rule, done.MarkSpan, ImmutableDictionary<string, string>.Empty, [other.MarkSpan.IsEmpty ? other.Span : other.MarkSpan],
                    $"{done.Mark} marks '{done.Title}' as done, but line {other.Line} says it is not: \"{says}\"");
            }
        }
    }

    private static PhraseHit? FirstUnquoted(IReadOnlyList<PhraseHit> hits)
    {
        foreach (PhraseHit hit in hits)
        {
            if (!hit.IsQuoted)
            {
                return hit;
            }
        }

        return null;
    }

    private static void Report(DocumentAnalysisContext context, TextSpan mark, string message, string replacement) =>
        context.Diagnostics.Report(Rule, mark, ChangeMark(replacement), [], message);

    // "Critical Issues: 0 ❌ # OBJECTIF: 0": the line's one result meets its one target.
    private static Fact? MeetsItsTarget(ModelStatement statement)
    {
        Fact? found = null;
        foreach (Fact fact in statement.Facts)
        {
            if (fact.Target is not null)
            {
                if (found is not null)
                {
                    return null;
                }

                found = fact;
            }
        }

        return found is { IsActual: true, Outcome: TargetOutcome.Met } ? found : null;
    }
}
