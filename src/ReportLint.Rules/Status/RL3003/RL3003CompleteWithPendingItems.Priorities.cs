using System.Collections.Immutable;
using ReportLint.Analysis;
using ReportLint.Claims;
using ReportLint.Lexicons;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Status;

/// <summary>
/// RL3003, every priority said done while the report still lists one to do: "### 🏆 Toutes les Priorités Réalisées"
/// and, above it, "### 🔥 PRIORITÉ HAUTE (Immédiat)" over "1. Créer les Tables de Base de Données".
/// </summary>
public sealed partial class RL3003CompleteWithPendingItems
{
    /// <summary>RL3003: claims that every priority is done ("all priorities completed", "toutes les priorités réalisées").</summary>
    internal static readonly LexiconSection AllPrioritiesDone = new("verdict.all-priorities");

    /// <summary>RL3003: headings of a priority level ("high priority", "priorité haute").</summary>
    internal static readonly LexiconSection PriorityHeading = new("priority.heading");

    private static void ReportAllPrioritiesDone(DocumentAnalysisContext context, ReportModel model, HashSet<int> reportedLines)
    {
        if (!model.IsStatusReport)
        {
            return;
        }

        foreach (ModelStatement claim in model.StatementArray)
        {
            // The stance only of a statement that says all priorities are done: most say nothing of the kind.
            if (claim.Kind is StatementKind.CodeLine || reportedLines.Contains(claim.Line) || FirstHit(claim, AllPrioritiesDone) is not { } said
                || claim.Stance != FactStance.None)
            {
                continue;
            }

            foreach (ModelSection section in model.SectionArray)
            {
                if (!section.Folded.Contains(PriorityHeading) || section.Status == StatusKind.Met || section.Span.Contains(claim.Span)
                    || OpenItemUnder(model, section) is not { } open)
                {
                    continue;
                }

                reportedLines.Add(claim.Line);
                string title = open.Text.ToString().Trim();
                context.Diagnostics.Report(Rule, said.Span, ImmutableDictionary<string, string>.Empty, [open.Span],
                    model.TextOf(said.Span), $"'{section.Title}' at line {section.Line} lists", "an item", StatusWords.Clip(title, 80),
                    "to do", open.Line, string.Empty);
                break;
            }
        }
    }

    private static PhraseHit? FirstHit(ModelStatement statement, LexiconSection section)
    {
        foreach (PhraseHit hit in statement.Find(section))
        {
            if (!hit.IsQuoted)
            {
                return hit;
            }
        }

        return null;
    }

    // The first list item of the section (its own lines, not its subsections') that carries no done mark.
    private static ModelStatement? OpenItemUnder(ReportModel model, ModelSection section)
    {
        foreach (ModelStatement statement in model.StatementsIn(section.Span))
        {
            if (statement.Kind != StatementKind.ListItem || model.SectionAt(statement.Span.Start) != section)
            {
                continue;
            }

            bool done = false;
            foreach (StatusMark mark in statement.Symbols)
            {
                done |= mark.Kind == StatusKind.Met;
            }

            return done ? null : statement;
        }

        return null;
    }
}
