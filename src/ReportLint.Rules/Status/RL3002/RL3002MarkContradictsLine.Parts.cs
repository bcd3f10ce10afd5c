using System.Collections.Immutable;
using ReportLint.Analysis;
using ReportLint.Claims;
using ReportLint.Lexicons;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Status;

// RL3002's cross-references beyond item keys: a done line naming a part ("18A, 18F", "Phase 18A-F") whose own status
// line says it is not done ("18F: Performance Profiling 🟡 95%"); and a done item whose own name leads another item
// that says in words it is not done ("4. **Fine-tuning** ✅" and "3. **Fine-tuning**: data only, not executed").
public sealed partial class RL3002MarkContradictsLine
{
    /// <summary>RL3002: words of an unmarked item that say it is not done ("not implemented", "pas d'exécution").</summary>
    internal static readonly LexiconSection SaidUndone = new("crossref.undone");

    private static void ReportPartsNotDone(DocumentAnalysisContext context, ReportModel model, List<CrossEntry> entries, HashSet<int> reported)
    {
        Lexicon lexicon = context.Document.Lexicon;
        // The parts the report gives one status line each, led by their identifier: "18F: Performance Profiling 🟡 95%".
        // The open parts first: without one, no done entry's title is read.
        var open = new Dictionary<string, CrossEntry>(StringComparer.Ordinal);
        foreach (CrossEntry entry in entries)
        {
            if (!entry.Done && LeadingId(entry.Title) is { } id)
            {
                open.TryAdd(id, entry);
            }
        }

        for (int i = 0; i < entries.Count && open.Count > 0; i++)
        {
            if (entries[i].Done && LeadingId(entries[i].Title) is { } id)
            {
                open.Remove(id);
            }
        }

        if (open.Count == 0)
        {
            return;
        }

        var named = new List<string>();
        foreach (CrossEntry done in WithCodeLines(model, entries, lexicon))
        {
            if (!done.Done || reported.Contains(done.Mark.Start)
                || model.StatementAt(done.Mark) is not { } statement || statement.Contains(StatusRuleSections.StatusContradictsMet))
            {
                continue;
            }

            string? own = LeadingId(done.Title);
            named.Clear();
            foreach (string id in RL3002ItemKey.Of(LineWithoutMark(model, statement, done.Mark), lexicon).Ids)
            {
                ExpandRange(id, named);
            }

            foreach (string id in named)
            {
                if (id != own && open.TryGetValue(id, out CrossEntry? part) && part.Line != done.Line)
                {
                    reported.Add(done.Mark.Start);
                    string says = StatusWords.Clip(Squeeze(part.Text), 80);
                    context.Diagnostics.Report(PartNotDone, done.Mark, ImmutableDictionary<string, string>.Empty, [part.Mark],
                        model.TextOf(done.Mark).ToString(), done.Title, part.Line, id.ToUpperInvariant(), says);
                    break;
                }
            }
        }
    }

    // The entries, and the lines of a code block with one done mark ("├─ Dec 17: Phase 18A-F completion ✅ DONE"):
    // a timeline in a fence names parts as a box does.
    private static IEnumerable<CrossEntry> WithCodeLines(ReportModel model, List<CrossEntry> entries, Lexicon lexicon)
    {
        var lines = new HashSet<int>();
        foreach (CrossEntry entry in entries)
        {
            lines.Add(entry.Line);
            yield return entry;
        }

        foreach (ModelStatement statement in model.StatementArray)
        {
            if (statement.Kind == StatementKind.CodeLine && !lines.Contains(statement.Line) && statement.Row is null
                && statement.Symbols is [{ Kind: StatusKind.Met } mark])
            {
                string title = TitleOf(model.TextOf(statement.Span).ToString(), model.TextOf(mark.Span).ToString());
                yield return new CrossEntry(mark.Span, statement.Line, true, null, statement.Section, lexicon, title);
            }
        }
    }

    private static string Squeeze(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        foreach (char c in text.Trim())
        {
            if (c != ' ' || sb.Length == 0 || sb[^1] != ' ')
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    // A done item whose name leads an unmarked item that says it is not done: "4. **Fine-tuning** ✅" and, under the
    // known limitations, "3. **Fine-tuning**: Préparation data uniquement, pas d'exécution Ollama".
    private static void ReportSaidUndone(DocumentAnalysisContext context, ReportModel model, List<CrossEntry> entries, HashSet<int> reported)
    {
        Lexicon lexicon = context.Document.Lexicon;
        var said = new Dictionary<string, ModelStatement>(StringComparer.Ordinal);
        foreach (ModelStatement statement in model.StatementArray)
        {
            if (statement.Kind != StatementKind.ListItem || statement.Symbols.Count > 0 || !statement.Contains(SaidUndone)
                || statement.Subject.ToString() is not { Length: >= 4 } subject)
            {
                continue;
            }

            if (KeyOf(RL3002ItemKey.Of(subject, lexicon)) is { } key)
            {
                said.TryAdd(key, statement);
            }
        }

        if (said.Count == 0)
        {
            return;
        }

        foreach (CrossEntry done in entries)
        {
            if (done.Done && !reported.Contains(done.Mark.Start) && KeyOf(done.Key) is { } key
                && said.TryGetValue(key, out ModelStatement? other) && other.Line != done.Line)
            {
                reported.Add(done.Mark.Start);
                string text = other.Text.ToString();
                string says = StatusWords.Clip(Squeeze(text), 80);
                context.Diagnostics.Report(SaidUndoneByNamesake, done.Mark, ImmutableDictionary<string, string>.Empty, [other.Span],
                    model.TextOf(done.Mark).ToString(), done.Title, other.Line, says);
            }
        }
    }

    // The words of a key, sorted, when they name an item of their own (one word of six letters at least, or more words).
    private static string? KeyOf(RL3002ItemKey key)
    {
        if (key.Words.Count == 0 || (key.Words.Count == 1 && key.Words.First().Length < 6))
        {
            return null;
        }

        var words = new List<string>(key.Words);
        words.Sort(StringComparer.Ordinal);
        return string.Join(' ', words);
    }

    private static string LineWithoutMark(ReportModel model, ModelStatement statement, TextSpan mark)
    {
        string text = model.TextOf(statement.Span).ToString();
        string written = model.TextOf(mark).ToString();
        int at = text.IndexOf(written, StringComparison.Ordinal);
        return at >= 0 ? text[..at] + " " + text[(at + written.Length)..] : text;
    }

    // "18a-f" → 18a … 18f; "18a-18f" likewise; any other identifier as it is.
    private static void ExpandRange(string id, List<string> into)
    {
        int dash = id.IndexOf('-');
        if (dash > 1 && char.IsDigit(id[0]) && char.IsLetter(id[dash - 1]) && AllDigits(id, dash - 1))
        {
            string prefix = id[..(dash - 1)];
            string rest = id[(dash + 1)..];
            if (rest.StartsWith(prefix, StringComparison.Ordinal))
            {
                rest = rest[prefix.Length..];
            }

            char from = id[dash - 1];
            if (rest.Length == 1 && char.IsLetter(rest[0]) && rest[0] > from && rest[0] - from <= 12)
            {
                for (char c = from; c <= rest[0]; c++)
                {
                    into.Add(prefix + c);
                }

                return;
            }
        }

        into.Add(id);
    }

    private static bool AllDigits(string text, int length)
    {
        for (int i = 0; i < length; i++)
        {
            if (!char.IsDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    // The identifier that leads a status line, set off by a colon or a dash: "18F: Performance Profiling" → "18f".
    private static string? LeadingId(string title)
    {
        int i = 0;
        while (i < title.Length && !char.IsLetterOrDigit(title[i]))
        {
            i++;
        }

        int start = i;
        bool digit = false, letter = false;
        while (i < title.Length && char.IsLetterOrDigit(title[i]))
        {
            digit |= char.IsDigit(title[i]);
            letter |= char.IsLetter(title[i]);
            i++;
        }

        if (!digit || !letter || i - start > 8)
        {
            return null;
        }

        string id = title[start..i].ToLowerInvariant();
        while (i < title.Length && title[i] is ' ' or '*' or '_')
        {
            i++;
        }

        return i < title.Length && title[i] is ':' or '—' or '–' ? id : null;
    }
}
