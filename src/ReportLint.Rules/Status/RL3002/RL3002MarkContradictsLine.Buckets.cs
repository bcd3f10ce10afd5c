using System.Collections.Immutable;
using ReportLint.Analysis;
using ReportLint.Claims;
using ReportLint.Lexicons;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Status;

// RL3002: a done item that names a priority level and what it did ("✅ **PRIORITÉ MOYENNE** : SSL et configuration
// corrigés") while that level's own section still lists the work open ("### PRIORITÉ MOYENNE (Court terme)" over "2.
// **Résoudre les Problèmes SSL**"). The open item must name what the done one names (an acronym or identifier in
// common, or two words): the level alone says nothing about which work is meant.
public sealed partial class RL3002MarkContradictsLine
{
    private static void ReportBucketsStillOpen(DocumentAnalysisContext context, ReportModel model, List<CrossEntry> entries, HashSet<int> reported)
    {
        if (!model.IsStatusReport)
        {
            return;
        }

        Lexicon lexicon = context.Document.Lexicon;
        Dictionary<string, List<ModelSection>>? levels = null;
        foreach (CrossEntry done in entries)
        {
            if (!done.Done || reported.Contains(done.Mark.Start) || model.StatementAt(done.Mark) is not { } statement
                || statement.Find(RL3003CompleteWithPendingItems.PriorityHeading) is not [{ IsQuoted: false } level])
            {
                continue;
            }

            RL3002ItemKey what = RL3002ItemKey.Of(model.TextOf(TextSpan.FromBounds(level.Span.End, statement.Span.End)).ToString(), lexicon);
            if (what.Words.Count == 0)
            {
                continue;
            }

            levels ??= LevelSections(model);
            if (!levels.TryGetValue(level.Phrase, out List<ModelSection>? sections))
            {
                continue;
            }

            foreach (ModelSection section in sections)
            {
                if (section.Span.Contains(statement.Span) || section.Status == StatusKind.Met
                    || OpenItemNaming(model, section, what, lexicon) is not { } open)
                {
                    continue;
                }

                reported.Add(done.Mark.Start);
                context.Diagnostics.Report(StillOpenInPriorityList, done.Mark, ImmutableDictionary<string, string>.Empty, [open.Span],
                    model.TextOf(done.Mark).ToString(), StatusWords.Clip(Squeeze(LineWithoutMark(model, statement, done.Mark)), 80), section.Title.ToString().Trim(),
                    section.Line, StatusWords.Clip(Squeeze(model.TextOf(open.Span).ToString()), 80), open.Line);
                break;
            }
        }
    }

    // The sections whose title names a priority level, by the level's phrase.
    private static Dictionary<string, List<ModelSection>> LevelSections(ReportModel model)
    {
        var levels = new Dictionary<string, List<ModelSection>>(StringComparer.Ordinal);
        foreach (ModelSection section in model.SectionArray)
        {
            foreach (PhraseHit hit in section.Folded.Find(RL3003CompleteWithPendingItems.PriorityHeading))
            {
                if (!levels.TryGetValue(hit.Phrase, out List<ModelSection>? list))
                {
                    levels[hit.Phrase] = list = [];
                }

                list.Add(section);
                break;
            }
        }

        return levels;
    }

    // A list item of the section's own (not its subsections') with no done mark that names the same work: an acronym
    // or identifier of the done item, or two of its words.
    private static ModelStatement? OpenItemNaming(ReportModel model, ModelSection section, RL3002ItemKey what, Lexicon lexicon)
    {
        foreach (ModelStatement statement in model.StatementsIn(section.Span))
        {
            if (statement.Kind != StatementKind.ListItem || model.SectionAt(statement.Span.Start) != section || HasMet(statement))
            {
                continue;
            }

            RL3002ItemKey key = RL3002ItemKey.Of(model.TextOf(statement.Span).ToString(), lexicon);
            int shared = 0;
            bool named = false;
            foreach (string word in what.Words)
            {
                if (key.Words.Contains(word))
                {
                    shared++;
                    named |= what.Acronyms.Contains(word) || what.Ids.Contains(word);
                }
            }

            if (named || shared >= 2)
            {
                return statement;
            }
        }

        return null;
    }

    private static bool HasMet(ModelStatement statement)
    {
        foreach (StatusMark mark in statement.Symbols)
        {
            if (mark.Kind == StatusKind.Met)
            {
                return true;
            }
        }

        return false;
    }
}
