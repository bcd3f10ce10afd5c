using System.Collections.Immutable;
using System.Globalization;
using ReportLint.Analysis;
using ReportLint.Claims;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Status;

/// <summary>
/// RL3003, ready for production at a partial share: "L'application est 79.2% fonctionnelle et prête pour la
/// production" says in one clause that a fifth of it does not work and that it can ship.
/// </summary>
public sealed partial class RL3003CompleteWithPendingItems
{
    // How far the readiness words may stand from the share they follow, in characters: one clause.
    private const int ClauseLength = 40;

    private static void ReportReadinessAtAPartialShare(DocumentAnalysisContext context, ReportModel model, HashSet<int> reportedLines)
    {
        if (!model.IsStatusReport)
        {
            return;
        }

        foreach (ModelStatement statement in model.StatementArray)
        {
            if (statement.Kind is StatementKind.CodeLine || statement.Values.Count == 0 || !statement.Contains(StatusRuleSections.VerdictReady)
                || !statement.Contains(StatusRuleSections.ReadinessPartialState))
            {
                continue;
            }

            foreach (PhraseHit ready in statement.Find(StatusRuleSections.VerdictReady))
            {
                if (ready.IsQuoted || !NamesProduction(statement, ready) || statement.StanceOf(ready.Span) != FactStance.None
                    || PartialShareBefore(model, context.Document, statement, ready) is not { } share)
                {
                    continue;
                }

                int line = context.Document.Text.GetLinePosition(ready.Span.Start).Line;
                if (!reportedLines.Add(line))
                {
                    break;
                }

                string left = (100m - share.Value.Number).ToString(CultureInfo.InvariantCulture);
                string shareText = model.TextOf(TextSpan.FromBounds(share.Value.Span.Start, share.State.Span.End)).ToString();
                string readyText = model.TextOf(TextSpan.FromBounds(ready.Span.Start, share.Production.Span.End)).ToString();
                context.Diagnostics.Report(Rule, TextSpan.FromBounds(share.Value.Span.Start, share.Production.Span.End),
                    ImmutableDictionary<string, string>.Empty, [share.Value.Span],
                    readyText, "the same line says", $"{left}% (100% − {share.Value.Text}) is", shareText, "partial",
                    context.Document.Text.GetLinePosition(share.Value.Span.Start).Line, string.Empty);
                break;
            }
        }
    }

    // "prête pour la production", "ready for deployment": a production word right after the readiness word.
    private static bool NamesProduction(ModelStatement statement, PhraseHit ready)
    {
        foreach (PhraseHit production in statement.Find(StatusRuleSections.VerdictProduction))
        {
            if (production.Span.Start >= ready.Span.End && production.Span.Start - ready.Span.End <= 12)
            {
                return true;
            }
        }

        return false;
    }

    // The share below 100% before the readiness words in the same clause, that a state word follows at once
    // ("79.2% fonctionnelle"): a coverage or a gain ("85% test coverage") is no share of the work.
    private static (FactValue Value, PhraseHit State, PhraseHit Production)? PartialShareBefore(ReportModel model, ReportDocument document, ModelStatement statement, PhraseHit ready)
    {
        PhraseHit? production = null;
        foreach (PhraseHit p in statement.Find(StatusRuleSections.VerdictProduction))
        {
            if (p.Span.Start >= ready.Span.End)
            {
                production = p;
                break;
            }
        }

        if (production is not { } named)
        {
            return null;
        }

        foreach (FactValue value in statement.Values)
        {
            if (value is not { IsPercentage: true, IsRange: false } || value.Number is <= 0m or >= 100m || value.Span.End > ready.Span.Start
                || ready.Span.Start - value.Span.End > ClauseLength)
            {
                continue;
            }

            string between = document.GetText(TextSpan.FromBounds(value.Span.End, ready.Span.Start)).ToString();
            // One clause: no sentence mark, no dash between parts ("95% COMPLETE - Ready for Deployment").
            if (between.AsSpan().IndexOfAny(".;:!?\n|") >= 0 || between.Contains(" - ", StringComparison.Ordinal)
                || between.Contains(" – ", StringComparison.Ordinal) || between.Contains(" — ", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (PhraseHit state in statement.Find(StatusRuleSections.ReadinessPartialState))
            {
                if (state.Span.Start >= value.Span.End && state.Span.End <= ready.Span.Start
                    && model.TextOf(TextSpan.FromBounds(value.Span.End, state.Span.Start)).ToString().Trim(' ', '*', '_').Length == 0)
                {
                    return (value, state, named);
                }
            }
        }

        return null;
    }
}
