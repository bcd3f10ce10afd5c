using System.Collections.Immutable;
using ReportLint.Analysis;
using ReportLint.Claims;
using ReportLint.Diagnostics;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Evidence;

/// <summary>
/// RL1002: self-certification and hype ("certified", "signed &amp; approved", "enterprise-grade", "highest
/// standards", "125% of objectives", "certifié", "validé par") with no outside authority named in the same
/// statement. A suggestion by default.
/// </summary>
public sealed class RL1002SelfCertification : ReportAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        "RL1002", "self-certification", "Self-certification or hype with no outside authority",
        "'{0}' certifies the work with no outside authority: name the auditor, the standard or the evidence, or drop it",
        RuleCategory.Evidence, Severity.Info,
        "A report that certifies, signs and approves itself, or calls itself enterprise-grade, asks to be trusted without giving a reason to.");

    // The lexicon sections this rule reads.
    private const string Hype = "hype", HypeSelfAssessed = "hype.self-assessed", HypeOverTarget = "hype.over-target", Authority = "authority";

    /// <inheritdoc />
    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [Rule];

    /// <inheritdoc />
    public override bool CanReport(ReportDocument document) => Triggers.Of(document).AnyInParagraph("hype", "hype.self-assessed") || (Triggers.Of(document).AnyChar("%") && Triggers.Of(document).AnyInParagraph("hype.over-target"));

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        ReportModel model = ReportModel.Of(context.Document);
        foreach (ModelStatement statement in model.Statements)
        {
            if (!model.MayHold(statement, Hype, HypeSelfAssessed, HypeOverTarget) || statement.Contains(Authority))
            {
                continue;
            }

            foreach (PhraseHit hit in statement.Find(Hype))
            {
                Report(context, model, hit);
            }

            foreach (PhraseHit hit in statement.Find(HypeSelfAssessed))
            {
                Report(context, model, hit);
            }

            // "125% of objectives": more than all of the goals.
            IReadOnlyList<PhraseHit> overTarget = statement.Find(HypeOverTarget);
            foreach (FactValue value in overTarget.Count == 0 ? [] : statement.Values)
            {
                if (value.IsPercentage && value.Number > 100 && FollowedBy(statement, value, overTarget) is { IsQuoted: false } phrase)
                {
                    context.Report(Rule, value.Span, value.Text + " " + model.TextOf(phrase.Span));
                }
            }
        }
    }

    private static void Report(DocumentAnalysisContext context, ReportModel model, PhraseHit hit)
    {
        if (!hit.IsQuoted)
        {
            context.Report(Rule, hit.Span, model.TextOf(hit.Span).ToString());
        }
    }

    // The phrase that stands right after the value, only white space between.
    private static PhraseHit? FollowedBy(ModelStatement statement, FactValue value, IReadOnlyList<PhraseHit> phrases)
    {
        foreach (PhraseHit phrase in phrases)
        {
            if (phrase.Span.Start >= value.Span.End && statement.Prose[TextSpan.FromBounds(value.Span.End, phrase.Span.Start)].IsWhiteSpace())
            {
                return phrase;
            }
        }

        return null;
    }
}
