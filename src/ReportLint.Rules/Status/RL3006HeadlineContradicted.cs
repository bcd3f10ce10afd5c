using System.Collections.Immutable;
using Markdig.Syntax;
using ReportLint.Analysis;
using ReportLint.Claims;
using ReportLint.Diagnostics;
using ReportLint.Lexicons;
using ReportLint.Text;

namespace ReportLint.Rules.Status;

/// <summary>
/// RL3006: a headline or conclusion contradicted by the body: "deployed to production" at the top while a later line
/// says the next step is to deploy; "no blocking items" / "all critical items complete" while the report lists what
/// remains. Reported at the headline, with the contradicting line as an additional location.
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
    public override RuleNeeds Needs { get; } = RuleNeeds.PhraseInParagraph(StatusRuleSections.HeadlineDeployed, StatusRuleSections.HeadlineNothingBlocking);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        ReportDocument document = context.Document;
        Lexicon lexicon = document.Lexicon;
        IReadOnlyList<Statement> statements = Statements.Of(document).All;
        // An array by statement, not LINQ over value tuples: framework generic code over a value type is JIT-compiled
        // at every start of the tool.
        var folded = new FoldedText[statements.Count];
        for (int i = 0; i < folded.Length; i++)
        {
            folded[i] = statements[i].Folded(document);
        }

        // "Deployed to production" in the first lines, "next step: deploy" later.
        for (int h = 0; h < folded.Length; h++)
        {
            Statement headline = statements[h];
            FoldedText text = folded[h];
            if (document.Text.GetLinePosition(headline.Span.Start).Line > HeadlineLines)
            {
                break;
            }

            var deployed = new List<PhraseMatch>();
            PhraseMatcher.FindAll(text.Text, lexicon, StatusRuleSections.HeadlineDeployed, deployed);
            if (deployed.Count == 0 || Quoted(headline, text, deployed[0]))
            {
                continue;
            }

            for (int l = 0; l < folded.Length; l++)
            {
                if (statements[l].Span.Start > headline.Span.End &&
                    PhraseMatcher.ContainsAny(folded[l].Text, lexicon, StatusRuleSections.NextStep) && PhraseMatcher.ContainsAny(folded[l].Text, lexicon, StatusRuleSections.ActionDeploy))
                {
                    Report(context, headline, text, deployed[0], statements[l]);
                    return;
                }
            }
        }

        // "No blocking items" / "All critical items complete" while items remain under a "what remains" heading.
        DocumentOutline outline = DocumentOutline.Of(document);
        StatusItem? remaining = StatusItems.Of(document).All.FirstOrDefault(i => i.Status == StatusKind.Pending &&
            outline.EnclosingSections(i.Span.Start).Any(s => PhraseMatcher.ContainsAny(Readable.FoldText(document, s.ContentSpan), lexicon, StatusRuleSections.Remaining)));
        if (remaining is null)
        {
            return;
        }

        for (int k = 0; k < folded.Length; k++)
        {
            Statement statement = statements[k];
            FoldedText text = folded[k];
            var none = new List<PhraseMatch>();
            PhraseMatcher.FindAll(text.Text, lexicon, StatusRuleSections.HeadlineNothingBlocking, none);
            if (none.Count > 0 && !Quoted(statement, text, none[0]) && !statement.Span.Contains(remaining.Span))
            {
                context.Diagnostics.Report(Rule, text.ToOriginal(none[0].Start, none[0].End), ImmutableDictionary<string, string>.Empty, [remaining.Span],
                    Readable.Text(document, text.ToOriginal(none[0].Start, none[0].End)), remaining.Line, Readable.Text(document, remaining.Span));
                return;
            }
        }
    }

    private static void Report(DocumentAnalysisContext context, Statement headline, FoldedText text, PhraseMatch match, Statement later)
    {
        ReportDocument document = context.Document;
        TextSpan span = text.ToOriginal(match.Start, match.End);
        string laterText = Readable.Text(document, later.Span);
        context.Diagnostics.Report(Rule, span, ImmutableDictionary<string, string>.Empty, [later.Span],
            Readable.Text(document, headline.Span), document.Text.GetLinePosition(later.Span.Start).Line,
            laterText.Length > 100 ? laterText[..100] + "…" : laterText);
    }

    private static bool Quoted(Statement statement, FoldedText text, PhraseMatch match)
    {
        TextSpan at = text.ToOriginal(match.Start, match.End);
        return Quotation.IsQuoted(statement.Prose, at.Start - statement.Span.Start, at.End - statement.Span.Start);
    }
}
