using System.Collections.Immutable;
using ReportLint.Analysis;
using ReportLint.Checks;
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
public sealed partial class RL3003CompleteWithPendingItems : ReportAnalyzer
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
    public override DocumentScope Scope => DocumentScope.StatusReports;

    /// <inheritdoc />
    public override RuleNeeds Needs => Kinds.Pending.Needs;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    // The rule's checks, made on first use: a nested class, so that the lexicon sections of every part of the rule
    // are set before they are read.
    private static class Kinds
    {
        // A completion claim or verdict against the work not done that it covers. Its not-done words include those of
        // the rule's other checks (an open inventory, all priorities said done), which share its pre-filter.
        public static readonly DoneVsPendingCheck<NotDoneEvidence> Pending = new(Rule,
            [LexiconSections.Completion, StatusRuleSections.VerdictReady, TestedWhole],
            [LexiconSections.StatusPending, LexiconSections.StatusPartial, LexiconSections.StatusFailed, StatusRuleSections.VerdictNotImplemented,
                StatusRuleSections.VerdictPlaceholder, StatusRuleSections.VerdictNotImplementedState, StatusRuleSections.VerdictVerification,
                StatusRuleSections.ReadinessPartialState, InventoryOpen, AllPrioritiesDone, PriorityHeading],
            Claims, (model, claim) => BeforeDeployment(model, claim, VerdictFacts.NotDoneCoveredBy(model, claim.AboutReport, claim.Section)), Contradicts,
            evidence => evidence.MarkSpan, Message);
    }

    private static void Analyze(DocumentAnalysisContext context)
    {
        ReportModel model = ReportModel.Of(context.Document);
        var reportedLines = new HashSet<int>();
        Kinds.Pending.Run(context, model, reportedLines);
        ReportPartsOverTheirSections(context, model, reportedLines);
        ReportReadinessAtAPartialShare(context, model, reportedLines);
        ReportCompleteSectionsNamingUnbuiltParts(context, model, reportedLines);
        ReportAllPrioritiesDone(context, model, reportedLines);
        ReportFullCountsAgainstInventories(context, model, reportedLines);
        ReportBoxVerdicts(context, model, reportedLines);
        ReportProseReadiness(context, model, reportedLines);
        ReportTestedClaims(context, model, reportedLines);
    }

    // A line of prose that says the work is ready ("The platform is production-ready", "L'application est prête pour la
    // production"): the first such line, when nothing above it was reported; below a reported claim it restates the
    // report's verdict, and it is said again in other words further down.
    private static void ReportProseReadiness(DocumentAnalysisContext context, ReportModel model, HashSet<int> reportedLines)
    {
        foreach (ModelVerdict verdict in VerdictFacts.Of(model))
        {
            if (!verdict.InProse)
            {
                continue;
            }

            foreach (int line in reportedLines)
            {
                if (line < verdict.Line)
                {
                    return;
                }
            }

            if (Kinds.Pending.Report(context, model, new DoneClaim(verdict.Span, verdict.Line, verdict.Text, verdict.AboutReport, verdict.Section), reportedLines))
            {
                return;
            }
        }
    }

    // The claims judged, in document order: the completion claims of headings and of the report's status line, then
    // the verdicts in status positions.
    private static IEnumerable<DoneClaim> Claims(ReportModel model, HashSet<int> reportedLines)
    {
        var reportedTitles = new HashSet<string>(StringComparer.Ordinal);
        HashSet<(ModelSection, string)> statusLines = StatusLinesUnderTitles(model);
        foreach (CompletionFact claim in model.Completions)
        {
            // A completion hoped for, asked or quoted ("Phase 2 should be complete by Friday") claims nothing; a claim
            // in a line that is not a heading or the report's status line is read as a verdict below, or not at all.
            if (!claim.ClaimsAll || claim.IsOverall || (!claim.AboutReport && claim.Section is null) ||
                (claim.Stance & (FactStance.Modal | FactStance.Question | FactStance.Quoted)) != 0
                || IsStatusOfAnalysis(model, claim.Span, claim.AboutReport, claim.Section))
            {
                continue;
            }

            // A title that repeats the report's verdict ("# PHASE 4: 100% COMPLETE" again at the end) is one claim.
            bool title = claim.Section is { } heading && heading.HeadingSpan.Contains(claim.Span);
            if (claim.AboutReport && title && reportedTitles.Contains(claim.Text.ToString().ToUpperInvariant()))
            {
                continue;
            }

            // "# PHASE 4: 100% COMPLETE" over "**Status:** ✅ 100% COMPLETE" is one claim too: the status line says it.
            if (claim.AboutReport && title && statusLines.Contains((claim.Section!, claim.Text.ToString().ToUpperInvariant())))
            {
                reportedTitles.Add(claim.Text.ToString().ToUpperInvariant());
                continue;
            }

            bool reportedBefore = reportedLines.Contains(claim.Line);
            yield return new DoneClaim(claim.Span, claim.Line, claim.Text, claim.AboutReport, claim.Section);
            if (!reportedBefore && reportedLines.Contains(claim.Line) && claim.AboutReport && title)
            {
                reportedTitles.Add(claim.Text.ToString().ToUpperInvariant());
            }
        }

        // Lines of prose that say the work is ready are judged last (ReportProseReadiness).
        foreach (ModelVerdict verdict in VerdictFacts.Of(model))
        {
            // Two verdicts on following lines ("Implementation Status: ✅ COMPLETE" / "Production Ready: ✅ YES") are one.
            if (reportedLines.Contains(verdict.Line - 1) || verdict.InProse || IsStatusOfAnalysis(model, verdict.Span, verdict.AboutReport, verdict.Section))
            {
                continue;
            }

            yield return new DoneClaim(verdict.Span, verdict.Line, verdict.Text, verdict.AboutReport, verdict.Section);
        }
    }

    // The work the claim covers that is not done: pending or partial items, next steps that verify it and words that
    // say it is not implemented in the report; anything not met in a section. A next step to verify the work
    // contradicts a verdict written after it (a conclusion), not a status line at the top of a report that ends with
    // its plans.
    private static bool Contradicts(DoneClaim claim, NotDoneEvidence evidence) =>
        (!claim.AboutReport || evidence.Kind != NotDoneKind.Failed) && (evidence.Kind != NotDoneKind.ToVerify || evidence.Span.Start < claim.Span.Start) &&
        !evidence.Span.Contains(claim.Span) && !claim.Span.Contains(evidence.Span);

    // The claim, how many items contradict it and the first of them.
    private static object?[] Message(DoneClaim claim, List<NotDoneEvidence> notDone)
    {
        NotDoneEvidence first = notDone[0];
        string status = StatusWord(first.Kind);
        string scope = claim.AboutReport ? "the report lists" : "the section holds";
        string count = notDone.Count == 1 ? "1 item" : $"{notDone.Count} items";
        return [claim.Text, $"{scope} {count}", notDone.Count == 1 ? "that is" : "that are", first.NameOutside(claim.AboutReport ? null : claim.Section), status, first.Line, string.Empty];
    }

    // How a message says why an item is not done.
    private static string StatusWord(NotDoneKind kind) => kind switch
    {
        NotDoneKind.Pending => "pending",
        NotDoneKind.Partial => "partial",
        NotDoneKind.Failed => "failed",
        NotDoneKind.ToVerify => "still to run",
        _ => "not implemented",
    };

    // The report's completion claims written under a heading before any sub-heading, not in the heading itself: the
    // status lines of a title ("# PHASE 4: 100% COMPLETE" / "**Status:** ✅ 100% COMPLETE"), by section and text.
    private static HashSet<(ModelSection, string)> StatusLinesUnderTitles(ReportModel model)
    {
        var lines = new HashSet<(ModelSection, string)>();
        foreach (CompletionFact claim in model.Completions)
        {
            if (claim is { AboutReport: true, ClaimsAll: true, IsOverall: false } && model.SectionAt(claim.Span.Start) is { } section
                && !section.HeadingSpan.Contains(claim.Span) && (claim.Stance & (FactStance.Modal | FactStance.Question | FactStance.Quoted)) == 0)
            {
                lines.Add((section, claim.Text.ToString().ToUpperInvariant()));
            }
        }

        return lines;
    }
}
