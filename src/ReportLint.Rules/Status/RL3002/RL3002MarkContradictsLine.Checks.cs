using System.Collections.Immutable;
using ReportLint.Analysis;
using ReportLint.Claims;
using ReportLint.Lexicons;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Status;

// RL3002: a check said done ("| Form submission problems | Low | High | Tested on multiple devices |") while an open
// step still asks to run that check on the same thing ("3. ⚠️ Test on real devices (30 min) - iPhone + Android"). The
// claim opens with the check's participle (lexicon crossref.checked, each with its verb: "tested => test"); the step
// opens with that verb, and names every word of what was checked, words of quantity left out ("multiple", "real").
public sealed partial class RL3002MarkContradictsLine
{
    /// <summary>RL3002: participles that say a check was run, each with the verb that asks for it ("tested => test").</summary>
    internal static readonly LexiconSection Checked = new("crossref.checked");

    /// <summary>RL3002: words of quantity or kind left out of what was checked ("multiple", "real", "plusieurs").</summary>
    internal static readonly LexiconSection CheckedQuantity = new("crossref.checked-quantity");

    private static void ReportChecksStillToRun(DocumentAnalysisContext context, ReportModel model, List<CrossEntry> entries, HashSet<int> reported)
    {
        if (!model.IsStatusReport)
        {
            return;
        }

        ReportDocument document = context.Document;
        Lexicon lexicon = document.Lexicon;
        List<(CrossEntry Entry, string Verb, HashSet<string> Words)>? steps = null;
        foreach (ModelStatement statement in model.StatementArray)
        {
            if (statement.Kind is not (StatementKind.TableRow or StatementKind.ListItem) || HasOtherThanMet(statement))
            {
                continue;
            }

            // The cells of a row, or the statement itself.
            IReadOnlyList<ModelCell>? cells = statement.Row?.Cells;
            for (int c = 0, parts = cells?.Count ?? 1; c < parts; c++)
            {
                if (cells is not null && cells[c].IsEmpty)
                {
                    continue;
                }

                TextSpan part = cells is null ? statement.Span : cells[c].Span;
                if (CheckClaim(document, model, part, lexicon) is not ({ } verb, { } what, { } claim) || reported.Contains(claim.Start))
                {
                    continue;
                }

                steps ??= OpenSteps(model, entries, lexicon);
                foreach ((CrossEntry step, string stepVerb, HashSet<string> words) in steps)
                {
                    if (step.Line == statement.Line || stepVerb != verb || !words.IsSupersetOf(what))
                    {
                        continue;
                    }

                    reported.Add(claim.Start);
                    context.Diagnostics.Report(CheckNotRun, claim, ImmutableDictionary<string, string>.Empty, [step.Mark],
                        StatusWords.Clip(model.TextOf(claim).ToString(), 80), step.Line, StatusWords.Clip(Squeeze(step.Text), 80));
                    break;
                }
            }
        }
    }

    // "Tested on multiple devices": a participle of a check first (after marks and emphasis), then what was checked;
    // the check's verb, the content words of what was checked (one of four letters at least), and the claim's span.
    private static (string? Verb, HashSet<string>? What, TextSpan? Claim) CheckClaim(ReportDocument document, ReportModel model, TextSpan part, Lexicon lexicon)
    {
        // The first word decides; the part is copied only when it is a check's participle.
        ReadOnlySpan<char> raw = document.GetText(part);
        (int start, int end) = StatusWords.FirstWord(raw);
        if (end == start)
        {
            return (null, null, null);
        }

        // A word that cannot fold to a participle of checking is let go without a string made.
        if (!StatusWords.MayBePhrase(model, raw[start..end], Checked))
        {
            return (null, null, null);
        }

        string participle = ReportModel.Fold(raw[start..end].ToString()).ToLowerInvariant();
        if (!lexicon.Contains(Checked, participle) || lexicon.Replacement(Checked, participle) is not { } verb)
        {
            return (null, null, null);
        }

        string text = raw.ToString();

        int stop = end;
        while (stop < text.Length && text[stop] is not ('(' or '|' or ',' or ';' or '.' or '-' or '—'))
        {
            stop++;
        }

        HashSet<string> what = Without(StatusWords.Of(text[end..stop], lexicon), lexicon);
        bool named = false;
        foreach (string word in what)
        {
            named |= word.Length >= 4;
        }

        string claim = text[start..stop].TrimEnd(' ', '*', '_');
        return named ? (verb, what, new TextSpan(part.Start + start, claim.Length)) : (null, null, null);
    }

    // The open steps (pending or partial, not failed) that open with a verb of checking, with the words after it.
    private static List<(CrossEntry, string, HashSet<string>)> OpenSteps(ReportModel model, List<CrossEntry> entries, Lexicon lexicon)
    {
        var steps = new List<(CrossEntry, string, HashSet<string>)>();
        foreach (CrossEntry entry in entries)
        {
            if (entry.Done || model.StatementAt(entry.Mark) is not { } statement || IsFailedMark(statement, entry.Mark))
            {
                continue;
            }

            string title = entry.Title.Trim();
            int start = 0;
            while (start < title.Length && !char.IsLetter(title[start]))
            {
                start++;
            }

            int end = start;
            while (end < title.Length && char.IsLetter(title[end]))
            {
                end++;
            }

            if (end > start)
            {
                steps.Add((entry, ReportModel.Fold(title[start..end]).ToLowerInvariant(), Without(StatusWords.Of(title[end..], lexicon), lexicon)));
            }
        }

        return steps;
    }

    private static bool IsFailedMark(ModelStatement statement, TextSpan mark)
    {
        foreach (StatusMark m in statement.Symbols)
        {
            if (m.Span == mark)
            {
                return m.Kind == StatusKind.Failed;
            }
        }

        return false;
    }

    private static HashSet<string> Without(HashSet<string> words, Lexicon lexicon)
    {
        // The words are singular ("plusieurs" → "plusieur"): the lexicon's plural is looked up too.
        words.RemoveWhere(w => lexicon.Contains(CheckedQuantity, w) || lexicon.Contains(CheckedQuantity, w + "s") || lexicon.Contains(Filler, w));
        return words;
    }

    private static LexiconSection Filler => RL3002ItemKey.Filler;
}
