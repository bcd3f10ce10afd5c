using ReportLint.Analysis;
using ReportLint.Claims;
using ReportLint.Lexicons;
using ReportLint.Model;

namespace ReportLint.Rules.Integrity;

/// <summary>A phrase of a lexicon section that a statement holds, located in the source.</summary>
/// <param name="Statement">The statement that holds it.</param>
/// <param name="Hit">The phrase and where it stands.</param>
internal sealed record StatementPhrase(ModelStatement Statement, PhraseHit Hit);

/// <summary>
/// What the report says about itself that makes text left unfilled a defect (the facts only RL4003 reads): whether it
/// claims to be final or complete, and where its phrases of a lexicon section stand.
/// </summary>
internal static class FinalClaimFacts
{
    // Words of a report's title that say it is final (in RL4003TemplateResidue.{language}.lex).
    internal static readonly LexiconSection ReportFinal = new("report.final");

    /// <summary>
    /// Whether a phrase of <paramref name="section"/> may stand anywhere in the document, as triage's scan of it finds
    /// (always, for a document read without triage).
    /// </summary>
    public static bool MayHoldPhrase(ReportDocument document, LexiconSection section) =>
        !document.Triage || Triggers.Of(document).Any(section.Name);

    /// <summary>Whether the report's title (its first heading) says it is final (lexicon section <c>report.final</c>).</summary>
    public static bool TitleSaysFinal(ReportModel model) => model.Sections is { Count: > 0 } sections && sections[0].Folded.Contains(ReportFinal);

    /// <summary>
    /// Whether the report claims to be complete or final where <paramref name="position"/> (a source offset) stands:
    /// its title says final, or a claim that all is complete is made about the whole report (in a heading, or on a
    /// status line "<c>**Status**: ✅ 100% COMPLETE</c>") or in the heading of a section that holds the position.
    /// A completion word somewhere in the report's opening prose is no such claim.
    /// </summary>
    public static bool ClaimsFinalAt(ReportModel model, int position)
    {
        if (TitleSaysFinal(model))
        {
            return true;
        }

        foreach (CompletionFact claim in model.Completions)
        {
            if (!claim.ClaimsAll)
            {
                continue;
            }

            if (claim.Section is { } section
                    ? claim.AboutReport || (section.Span.Start <= position && position < section.Span.End)
                    : claim.AboutReport && OnStatusLine(model, claim.Span.Start))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the report claims to be complete or final anywhere (<see cref="ClaimsFinalAt"/> at some place).</summary>
    public static bool ClaimsFinal(ReportModel model)
    {
        if (TitleSaysFinal(model))
        {
            return true;
        }

        foreach (CompletionFact claim in model.Completions)
        {
            if (claim.ClaimsAll && (claim.Section is not null || (claim.AboutReport && OnStatusLine(model, claim.Span.Start))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The phrases of the lexicon section <paramref name="section"/> that the statements hold, in document order,
    /// each with its statement and located in the source. Statements of code (claim lines of a code block) are left
    /// out unless <paramref name="includeCode"/>.
    /// </summary>
    public static IEnumerable<StatementPhrase> PhrasesOf(ReportModel model, LexiconSection section, bool includeCode = false)
    {
        foreach (ModelStatement statement in model.StatementArray)
        {
            if (!includeCode && statement.Kind is StatementKind.CodeLine or StatementKind.DashboardLine)
            {
                continue;
            }

            foreach (PhraseHit hit in statement.Find(section))
            {
                yield return new StatementPhrase(statement, hit);
            }
        }
    }

    // "Label: ✅ 100% COMPLETE": a label, then at most three words before the claim.
    private static bool OnStatusLine(ReportModel model, int at)
    {
        string text = model.Document.Text.Text;
        int lineStart = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        ReadOnlySpan<char> before = text.AsSpan(lineStart, at - lineStart);
        int colon = before.LastIndexOf(':');
        if (colon < 0)
        {
            return false;
        }

        int words = 0;
        bool inWord = false;
        foreach (char c in before[(colon + 1)..])
        {
            bool letter = char.IsLetterOrDigit(c);
            words += letter && !inWord ? 1 : 0;
            inWord = letter;
        }

        return words <= 3;
    }
}
