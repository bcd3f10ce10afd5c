using System.Collections.Immutable;
using ReportLint.Analysis;
using ReportLint.Claims;
using ReportLint.Collections;
using ReportLint.Diagnostics;
using ReportLint.Lexicons;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Status;

/// <summary>
/// RL3006: a headline or conclusion contradicted by the body: "deployed to production" at the top while a later line
/// says the next step is to deploy; "no blocking items" / "all critical items complete" while the report lists what
/// remains. Reported at the headline, with the contradicting line as an additional location. A headline that is
/// quoted, asked or only hoped for claims nothing.
/// </summary>
public sealed class RL3006HeadlineContradicted : ReportAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        "RL3006", "headline-contradicted", "A headline is contradicted by the body",
        "The headline says '{0}', but line {1} says: '{2}'",
        RuleCategory.Status, Severity.Warning,
        "Readers stop at the headline; when the body says otherwise, the headline is what they remember.");

    private const int HeadlineLines = 25;

    /// <inheritdoc />
    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [Rule];

    /// <inheritdoc />
    public override DocumentScope Scope => DocumentScope.StatusReports;

    /// <inheritdoc />
    public override RuleNeeds Needs { get; } = RuleNeeds.PhraseInParagraph(StatusRuleSections.HeadlineDeployed, StatusRuleSections.HeadlineDeployedState, StatusRuleSections.HeadlineNothingBlocking);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    // The headline's first phrase that says the work is deployed: a phrase of the claim ("deployed to production"), or a
    // state the clause ends on ("Now running in production.", "L'application est en production !"); "wrapped in
    // production utilities" names a kind of utility, not where the work runs.
    private static PhraseHit? DeployedClaim(ReportModel model, ModelStatement headline)
    {
        Items<PhraseHit> deployed = headline.Find(StatusRuleSections.HeadlineDeployed);
        if (deployed.Count > 0)
        {
            return deployed[0];
        }

        foreach (PhraseHit state in headline.Find(StatusRuleSections.HeadlineDeployedState))
        {
            ReadOnlySpan<char> after = model.Document.GetText(TextSpan.FromBounds(state.Span.End, headline.Span.End)).TrimStart(" *_".AsSpan());
            if (after.IsEmpty || !char.IsLetterOrDigit(after[0]))
            {
                return state;
            }
        }

        return null;
    }

    private static void Analyze(DocumentAnalysisContext context)
    {
        ReportModel model = ReportModel.Of(context.Document);
        IReadOnlyList<ModelStatement> statements = model.Statements;

        // "Deployed to production" in the first lines, "next step: deploy" later.
        foreach (ModelStatement headline in statements)
        {
            if (headline.Line > HeadlineLines)
            {
                break;
            }

            if (DeployedClaim(model, headline) is not { } deployed || deployed.IsQuoted || headline.StanceOf(deployed.Span) != FactStance.None)
            {
                continue;
            }

            foreach (ModelStatement later in statements)
            {
                if (later.Span.Start > headline.Span.End && later.Contains(StatusRuleSections.NextStep) && later.Contains(StatusRuleSections.ActionDeploy))
                {
                    context.Diagnostics.Report(Rule, deployed.Span, ImmutableDictionary<string, string>.Empty, [later.Span],
                        headline.Text, later.Line, later.Text.Truncate(100));
                    return;
                }
            }
        }

        // "No blocking items" / "All critical items complete" while items remain under a "what remains" heading.
        ModelItem? remaining = model.Items.FirstOrDefault(i => i.Status == StatusKind.Pending &&
            model.EnclosingSections(i.Span.Start).Any(s => s.Folded.Contains(StatusRuleSections.Remaining)));
        if (remaining is null)
        {
            return;
        }

        foreach (ModelStatement statement in statements)
        {
            Items<PhraseHit> none = statement.Find(StatusRuleSections.HeadlineNothingBlocking);
            // "No blocking items" negates by its own words; a question, a hope or a quotation claims nothing.
            if (none.Count > 0 && !none[0].IsQuoted && (statement.StanceOf(none[0].Span) & (FactStance.Modal | FactStance.Question | FactStance.Quoted)) == 0 &&
                !statement.Span.Contains(remaining.Span))
            {
                context.Diagnostics.Report(Rule, none[0].Span, ImmutableDictionary<string, string>.Empty, [remaining.Span],
                    model.TextOf(none[0].Span), remaining.Line, remaining.Text);
                return;
            }
        }
    }
}
