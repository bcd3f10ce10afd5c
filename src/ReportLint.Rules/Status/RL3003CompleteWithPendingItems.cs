using System.Collections.Immutable;
using ReportLint.Analysis;
using ReportLint.Claims;
using ReportLint.Diagnostics;
using ReportLint.Lexicons;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Status;

/// <summary>
/// RL3003: a section that says it is complete ("✅ 100% COMPLETE", "TERMINÉ") holds items not done (⏳, unchecked
/// boxes, pending), or a document whose status line says "100% PRODUCTION-READY" holds them anywhere. The message
/// counts them and names the first.
/// </summary>
public sealed class RL3003CompleteWithPendingItems : ReportAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        "RL3003", "complete-with-pending", "A section said to be complete holds items not done",
        "'{0}' but {1} {2} not done: '{3}' ({4}, line {5}){6}",
        RuleCategory.Status, Severity.Warning,
        "A section or report that calls itself complete while listing pending or unchecked items asks readers to believe the headline over its own contents.");

    /// <inheritdoc />
    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [Rule];

    /// <inheritdoc />
    public override RuleNeeds Needs { get; } =
        RuleNeeds.Phrase(LexiconSections.Completion) & RuleNeeds.Phrase(LexiconSections.StatusPending, LexiconSections.StatusPartial, LexiconSections.StatusFailed) &
        RuleNeeds.SectionOrDocumentCompletionClaim;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        ReportModel model = ReportModel.Of(context.Document);
        var reportedReportClaim = false;
        foreach (CompletionFact claim in model.Completions)
        {
            // A completion hoped for, asked or quoted ("Phase 2 should be complete by Friday") claims nothing.
            if (!claim.ClaimsAll || claim.IsOverall || (claim.AboutReport && reportedReportClaim) ||
                (claim.Stance & (FactStance.Modal | FactStance.Question | FactStance.Quoted)) != 0)
            {
                continue;
            }

            // The items the claim covers that are not done: pending or partial in the report, anything not met in a section.
            var notDone = new List<ModelItem>();
            foreach (ModelItem item in model.ItemsCoveredBy(claim))
            {
                if (claim.AboutReport ? item.Status is StatusKind.Pending or StatusKind.Partial : item.Status != StatusKind.Met)
                {
                    notDone.Add(item);
                }
            }

            if (notDone.Count == 0)
            {
                continue;
            }

            reportedReportClaim |= claim.AboutReport;
            ModelItem first = notDone[0];
            string status = first.Status switch
            {
                StatusKind.Pending => "pending",
                StatusKind.Partial => "partial",
                _ => "failed",
            };
            string scope = claim.AboutReport ? "the report lists" : "the section holds";
            string count = notDone.Count == 1 ? "1 item" : $"{notDone.Count} items";
            // An array, not LINQ's Select: framework generic code over a value type is JIT-compiled at every start.
            var marks = new TextSpan[notDone.Count];
            for (int i = 0; i < marks.Length; i++)
            {
                marks[i] = notDone[i].MarkSpan;
            }

            context.Diagnostics.Report(Rule, claim.Span, ImmutableDictionary<string, string>.Empty, marks,
                claim.Text, $"{scope} {count}", notDone.Count == 1 ? "that is" : "that are", first.Title, status, first.Line, string.Empty);
        }
    }
}
