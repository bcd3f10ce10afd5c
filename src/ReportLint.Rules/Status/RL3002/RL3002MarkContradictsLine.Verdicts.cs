using System.Collections.Immutable;
using ReportLint.Analysis;
using ReportLint.Claims;
using ReportLint.Lexicons;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Status;

// RL3002: a verdict of perfection on a name ("1. **Inscription/Connexion** : Parfait", "- **Checkout**: Flawless")
// while another line of the report marks that very thing failed ("❌ Page de connexion (SSL Error)"). The names are
// the same once the kind of part is left out ("page", "écran": lexicon crossref.part-noun); a name of several parts
// ("Inscription/Connexion") is each of them.
public sealed partial class RL3002MarkContradictsLine
{
    /// <summary>RL3002: verdicts of perfection after a name and a colon ("perfect", "flawless", "parfait").</summary>
    internal static readonly LexiconSection VerdictPerfect = new("crossref.verdict-perfect");

    /// <summary>RL3002: nouns of the kind of part a name is, left out when names are compared ("page", "écran").</summary>
    internal static readonly LexiconSection PartNoun = new("crossref.part-noun");

    private static void ReportPerfectButFailed(DocumentAnalysisContext context, ReportModel model, List<CrossEntry> entries, HashSet<int> reported)
    {
        if (!model.IsStatusReport)
        {
            return;
        }

        Lexicon lexicon = context.Document.Lexicon;
        List<(CrossEntry Entry, HashSet<string> Name)>? failed = null;
        foreach (ModelStatement statement in model.StatementArray)
        {
            if (statement.Kind is not (StatementKind.ListItem or StatementKind.KeyValueLine) || reported.Contains(statement.Span.Start)
                || PerfectVerdict(context.Document, statement) is not { } verdict || HasOtherThanMet(statement))
            {
                continue;
            }

            failed ??= FailedNames(model, entries, lexicon);
            string name = statement.Subject.ToString().Trim();
            foreach (string part in name.Split('/'))
            {
                HashSet<string> words = NameWords(part, lexicon);
                if (words.Count == 0 || (words.Count == 1 && words.First().Length < 5))
                {
                    continue;
                }

                foreach ((CrossEntry entry, HashSet<string> other) in failed)
                {
                    if (entry.Line == statement.Line || !other.SetEquals(words))
                    {
                        continue;
                    }

                    reported.Add(statement.Span.Start);
                    context.Diagnostics.Report(VerdictOverFailure, verdict, ImmutableDictionary<string, string>.Empty, [entry.Mark],
                        model.TextOf(verdict).ToString(), name, entry.Line, StatusWords.Clip(Squeeze(entry.Title), 60), StatusWords.Clip(Squeeze(entry.Text), 80));
                    break;
                }

                if (reported.Contains(statement.Span.Start))
                {
                    break;
                }
            }
        }
    }

    // The verdict of perfection that follows the line's name and its colon ("**Inscription/Connexion** : Parfait").
    private static TextSpan? PerfectVerdict(ReportDocument document, ModelStatement statement)
    {
        ReadOnlySpan<char> text = document.GetText(statement.Span);
        int colon = text.IndexOf(':');
        if (colon <= 0)
        {
            return null;
        }

        foreach (PhraseHit hit in statement.Find(VerdictPerfect))
        {
            int at = hit.Span.Start - statement.Span.Start;
            if (hit.IsQuoted || at <= colon)
            {
                continue;
            }

            // Only spaces and emphasis between the colon and the verdict: the verdict is what the line says of the name.
            for (int i = colon + 1; i < at; i++)
            {
                if (text[i] is not (' ' or '*' or '_'))
                {
                    return null;
                }
            }

            return hit.Span;
        }

        return null;
    }

    private static bool HasOtherThanMet(ModelStatement statement)
    {
        foreach (StatusMark mark in statement.Symbols)
        {
            if (mark.Kind != StatusKind.Met)
            {
                return true;
            }
        }

        return false;
    }

    // The open entries marked failed (❌) with their names, the kind of part left out.
    private static List<(CrossEntry, HashSet<string>)> FailedNames(ReportModel model, List<CrossEntry> entries, Lexicon lexicon)
    {
        var failed = new List<(CrossEntry, HashSet<string>)>();
        foreach (CrossEntry entry in entries)
        {
            if (entry.Done || model.StatementAt(entry.Mark) is not { } statement)
            {
                continue;
            }

            foreach (StatusMark mark in statement.Symbols)
            {
                if (mark.Span == entry.Mark && mark.Kind == StatusKind.Failed)
                {
                    failed.Add((entry, NameWords(entry.Title, lexicon)));
                    break;
                }
            }
        }

        return failed;
    }

    private static HashSet<string> NameWords(string name, Lexicon lexicon)
    {
        var words = new HashSet<string>(RL3002ItemKey.Of(name, lexicon).Words, StringComparer.Ordinal);
        words.RemoveWhere(w => lexicon.Contains(PartNoun, w));
        return words;
    }
}
