using System.Collections.Immutable;
using ReportLint.Analysis;
using ReportLint.Claims;
using ReportLint.Diagnostics;
using ReportLint.Lexicons;
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

    /// <inheritdoc />
    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [Rule];

    /// <inheritdoc />
    public override bool CanReport(ReportDocument document) => Triggers.Of(document).AnyInParagraph("hype", "hype.self-assessed") || (Triggers.Of(document).AnyChar("%") && Triggers.Of(document).AnyInParagraph("hype.over-target"));

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    // The sections asked of each statement, made once (params made an array per statement).
    private static readonly string[] HypeSections = ["hype", "hype.self-assessed", "hype.over-target"];

    private static void Analyze(DocumentAnalysisContext context)
    {
        ReportDocument document = context.Document;
        Lexicon lexicon = document.Lexicon;
        Triggers triggers = Triggers.Of(document);
        foreach (Statement statement in Statements.Of(document).All)
        {
            if (!triggers.MayHold(statement.Span, HypeSections))
            {
                continue;
            }

            FoldedText folded = statement.Folded(document);
            if (PhraseMatcher.ContainsAny(folded.Text, lexicon, "authority"))
            {
                continue;
            }

            var matches = new List<PhraseMatch>();
            PhraseMatcher.FindAll(folded.Text, lexicon, "hype", matches);
            PhraseMatcher.FindAll(folded.Text, lexicon, "hype.self-assessed", matches);
            foreach (PhraseMatch match in matches)
            {
                TextSpan span = folded.ToOriginal(match.Start, match.End);
                if (!Quotation.IsQuoted(statement.Prose, span.Start - statement.Span.Start, span.End - statement.Span.Start))
                {
                    context.Report(Rule, span, Readable.FoldText(document, span));
                }
            }

            // "125% of objectives": more than all of the goals.
            ReadOnlySpan<Quantity> quantities = statement.Quantities(document);
            foreach (Quantity q in quantities)
            {
                if (q.Unit != "%" || q.Value <= 100)
                {
                    continue;
                }

                int after = q.Span.End - statement.Span.Start;
                string rest = TextFolding.Fold(statement.Prose.AsSpan(after, Math.Min(40, statement.Prose.Length - after))).TrimStart();
                string? phrase = lexicon.Phrases("hype.over-target").FirstOrDefault(p =>
                    rest.StartsWith(p, StringComparison.Ordinal) && (rest.Length == p.Length || !char.IsLetter(rest[p.Length])));
                if (phrase is not null && !Quotation.IsQuoted(statement.Prose, q.Span.Start - statement.Span.Start, after))
                {
                    context.Report(Rule, q.Span, document.GetText(q.Span).ToString() + " " + phrase);
                }
            }
        }
    }
}
