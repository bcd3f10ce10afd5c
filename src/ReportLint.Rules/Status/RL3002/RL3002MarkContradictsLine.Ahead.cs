using System.Collections.Immutable;
using ReportLint.Analysis;
using ReportLint.Claims;
using ReportLint.Lexicons;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Status;

// RL3002: a done item that a list of next steps still asks to make. A next step is no evidence against done work in
// general ("Add more tests" after "✅ Tests"), but a step that sets up the very item ("⚠️ Set up GA4 property" after
// "| GA4 property & event tracking | ✅ Complete |", "**Pre-rendering** — Activer react-snap" after
// "- [x] SSR/Pre-rendering config") says it is not there yet.
public sealed partial class RL3002MarkContradictsLine
{
    /// <summary>RL3002: verbs that open a step making something that is not there yet ("set up", "activer").</summary>
    internal static readonly LexiconSection TodoVerb = new("crossref.todo-verb");

    private sealed record AheadStep(TextSpan Span, int Line, RL3002ItemKey Key);

    private static void ReportStillAhead(DocumentAnalysisContext context, ReportModel model, List<CrossEntry> entries, HashSet<int> reported)
    {
        if (!model.IsStatusReport || model.Completions.Count == 0)
        {
            return;
        }

        List<AheadStep> steps = AheadSteps(context.Document, model);
        if (steps.Count == 0)
        {
            return;
        }

        foreach (CrossEntry done in entries)
        {
            if (!done.Done || reported.Contains(done.Mark.Start) || KeyOfRow(model, done, context.Document.Lexicon) is not ({ } key, { } title))
            {
                continue;
            }

            foreach (AheadStep step in steps)
            {
                if (step.Line != done.Line && Covers(key, step.Key))
                {
                    reported.Add(done.Mark.Start);
                    string text = model.TextOf(step.Span).ToString();
                    string says = StatusWords.Clip(Squeeze(text), 80);
                    context.Diagnostics.Report(StillAhead, done.Mark, ImmutableDictionary<string, string>.Empty, [step.Span],
                        model.TextOf(done.Mark).ToString(), title, step.Line, says);
                    break;
                }
            }
        }
    }

    // The key of a done item, or, for a row whose first cell is a number ("| 12 | GA4 property | ✅ Complete |"), of
    // its first cell that names something.
    private static (RL3002ItemKey?, string?) KeyOfRow(ReportModel model, CrossEntry done, Lexicon lexicon)
    {
        if (done.Key.Words.Count > 0)
        {
            return (done.Key, done.Title);
        }

        if (model.StatementAt(done.Mark)?.Row is { } row)
        {
            foreach (ModelCell cell in row.CellArray)
            {
                if (cell.Value is null && cell.Column?.Role is not (ColumnRole.Status or ColumnRole.Target)
                    && RL3002ItemKey.Of(cell.Text.ToString(), lexicon) is { Words.Count: > 0 } key)
                {
                    return (key, cell.Text.ToString().Trim());
                }
            }
        }

        return (null, null);
    }

    // Every word of the step's key is the done item's, two words at least and half the done item's words at least:
    // "Set up GA4 property" is "GA4 property & event tracking"; "Create application" is not every line about one.
    private static bool Covers(RL3002ItemKey done, RL3002ItemKey step)
    {
        if (step.Words.Count < 2 || step.Words.Count * 2 < done.Words.Count)
        {
            return false;
        }

        foreach (string word in step.Words)
        {
            if (!done.Words.Contains(word))
            {
                return false;
            }
        }

        return true;
    }

    // The steps of the next-step sections that open with a verb of making ("Set up GA4 property (30 min) - optional"),
    // or whose lead is followed by one ("**Pre-rendering** — Activer react-snap"); a list run into one paragraph
    // ("**Recommended:** 5. ⚠️ Set up GA4 property 6. ⚠️ Create OG image") is split at its numbers.
    private static List<AheadStep> AheadSteps(ReportDocument document, ReportModel model)
    {
        var steps = new List<AheadStep>();
        var ahead = new SectionMemo(model);
        foreach (ModelStatement statement in model.StatementArray)
        {
            if (statement.Kind is not (StatementKind.ListItem or StatementKind.Sentence or StatementKind.KeyValueLine) || statement.Section is not { } section
                || !IsAheadSection(section, ahead))
            {
                continue;
            }

            string source = document.GetText(statement.Span).ToString();
            int start = 0;
            for (int i = 1; i <= source.Length; i++)
            {
                if (i == source.Length || StepNumberAt(source, i))
                {
                    AddStep(document, model, statement.Span.Start + start, source[start..i], steps);
                    start = i;
                }
            }
        }

        return steps;
    }

    private static void AddStep(ReportDocument document, ReportModel model, int at, string segment, List<AheadStep> steps)
    {
        if (model.StatementAt(new TextSpan(at, 0)) is { } statement && HasMetIn(statement, new TextSpan(at, segment.Length)))
        {
            return;
        }

        // Skip the number, marks and emphasis: "5. ⚠️ Set up …", "**Pre-rendering** — …".
        int i = 0;
        while (i < segment.Length && !char.IsLetter(segment[i]))
        {
            i++;
        }

        string rest = segment[i..];
        string? item = null;
        int length = 0;
        if (VerbLength(document.Lexicon, rest) is int verb and > 0)
        {
            item = Cut(rest[verb..]);
            length = Cut(rest).Length;
        }
        else if (LeadEnd(rest) is int lead and > 0 && VerbLength(document.Lexicon, rest[lead..].TrimStart(' ', '—', '–', '-', ':', '*').TrimStart()) > 0)
        {
            item = rest[..lead];
            length = rest.TrimEnd().Length;
        }

        if (item is not null)
        {
            RL3002ItemKey key = RL3002ItemKey.Of(item, document.Lexicon);
            if (key.Words.Count > 0)
            {
                int start = at + i;
                steps.Add(new AheadStep(new TextSpan(start, length), document.Text.GetLinePosition(start).Line, key));
            }
        }
    }

    private static bool HasMetIn(ModelStatement statement, TextSpan segment)
    {
        foreach (StatusMark mark in statement.Symbols)
        {
            if (mark.Kind == StatusKind.Met && segment.Contains(mark.Span))
            {
                return true;
            }
        }

        return false;
    }

    // " 6. " inside a paragraph: a number of one to two digits, a period and a space, after a space.
    private static bool StepNumberAt(string text, int i)
    {
        if (text[i - 1] != ' ' || !char.IsDigit(text[i]))
        {
            return false;
        }

        int j = i;
        while (j < text.Length && char.IsDigit(text[j]) && j - i < 2)
        {
            j++;
        }

        return j + 1 < text.Length && text[j] == '.' && text[j + 1] == ' ' && (j == i + 1 || j == i + 2) && (i < 2 || text[i - 2] != ':');
    }

    // The length of the verb of making that opens the text ("Set up", "Mettre en place", "Activer"), or 0.
    private static int VerbLength(Lexicon lexicon, string text)
    {
        int end = 0, best = 0;
        for (int words = 0; words < 3; words++)
        {
            while (end < text.Length && text[end] == ' ')
            {
                end++;
            }

            int start = end;
            while (end < text.Length && (char.IsLetter(text[end]) || text[end] is '\'' or '’'))
            {
                end++;
            }

            if (start == end)
            {
                break;
            }

            if (lexicon.Contains(TodoVerb, ReportModel.Fold(text[..end]).ToLowerInvariant()))
            {
                best = end;
            }
        }

        return best;
    }

    // The lead of a step, before " — ", " - " or ":" ("**Pre-rendering** — Activer …" → "**Pre-rendering**").
    private static int LeadEnd(string text)
    {
        foreach (string cut in (string[])[" — ", " – ", " - ", ":"])
        {
            int at = text.IndexOf(cut, StringComparison.Ordinal);
            if (at > 0 && at <= 40)
            {
                return at;
            }
        }

        return 0;
    }

    // What a step makes, before its remarks: "GA4 property (30 min) - Optional" → "GA4 property (30 min)".
    private static string Cut(string text)
    {
        int end = text.Length;
        foreach (string cut in (string[])[" — ", " – ", " - ", ":"])
        {
            int at = text.IndexOf(cut, StringComparison.Ordinal);
            if (at > 0 && at < end)
            {
                end = at;
            }
        }

        return text[..end].TrimEnd();
    }

    private static bool IsAheadSection(ModelSection section, SectionMemo cache)
    {
        return cache.TryGet(section, out bool ahead) ? ahead : cache.Set(section,
            section.Folded.Contains(StatusRuleSections.NextStep) || section.Folded.Contains(RL3002ItemKey.Ahead)
                || (section.Parent is { } parent && IsAheadSection(parent, cache)));
    }
}
