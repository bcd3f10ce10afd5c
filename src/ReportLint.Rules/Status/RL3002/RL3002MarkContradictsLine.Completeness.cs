using System.Collections.Immutable;
using ReportLint.Analysis;
using ReportLint.Claims;
using ReportLint.Lexicons;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Status;

// RL3002: a claim that a whole is done ("✅ **Complete Documentation** suite", "7. **Comprehensive Documentation**
// generated") while a part of it is still open: "- [ ] API documentation (OpenAPI/Swagger)" under "TODO
// Documentation", or a step to make one ("- [ ] Create API documentation"). "Complete" claims every part.
public sealed partial class RL3002MarkContradictsLine
{
    /// <summary>RL3002: adjectives that claim a whole before its noun ("complete", "comprehensive", "complète").</summary>
    internal static readonly LexiconSection Whole = new("crossref.whole");

    private static void ReportWholesWithOpenParts(DocumentAnalysisContext context, ReportModel model, List<CrossEntry> entries, HashSet<int> reported)
    {
        if (!model.IsStatusReport || model.Completions.Count == 0)
        {
            return;
        }

        Lexicon lexicon = context.Document.Lexicon;
        var open = new List<(CrossEntry Entry, ItemWords Words, HashSet<string> States)>();
        var checks = new List<(CrossEntry Entry, ItemWords Words, HashSet<string> States)>();
        foreach (CrossEntry entry in entries)
        {
            // A state to check ("[ ] WebSocket working on deployment") or an extension ("[ ] Add visual regression
            // testing") is no part missing from the whole.
            if (!entry.Done && model.StatementAt(entry.Mark) is { } statement && statement.Symbols.Count > 0 && IsBox(model, entry)
                && !StartsWith(entry.Title, Enhance, lexicon) && !StartsWith(entry.Title, CheckVerb, lexicon))
            {
                // "[ ] All tests passing" checks a state: it is open against a whole claimed in that same state only
                // ("✅ 20+ comprehensive tests passing").
                HashSet<string> states = StateWords(entry.Title, lexicon);
                (states.Count == 0 ? open : checks).Add((entry, WordsAfterVerb(entry.Title, lexicon), states));
            }
        }

        if (open.Count == 0 && checks.Count == 0)
        {
            return;
        }

        // One list, not LINQ's Concat: framework generic code over a value type is JIT-compiled at every start.
        open.AddRange(checks);
        var verifyLists = new SectionMemo(model);

        foreach (ModelStatement statement in model.StatementArray)
        {
            if (statement.Kind is not (StatementKind.ListItem or StatementKind.Sentence or StatementKind.KeyValueLine))
            {
                continue;
            }

            foreach ((TextSpan claim, string noun) in WholeClaims(context.Document, statement, lexicon))
            {
                if (reported.Contains(claim.Start))
                {
                    continue;
                }

                int line = context.Document.Text.GetLinePosition(claim.Start).Line;
                HashSet<string> claimed = StateWords(model.TextOf(context.Document.Text.GetLineSpan(line)).ToString(), lexicon);
                foreach ((CrossEntry entry, ItemWords words, HashSet<string> states) in open)
                {
                    bool part = states.Count == 0 ? words.Count >= 2 : states.Overlaps(claimed);
                    // An open box under a list of checks to run ("## Testing Checklist" › "- [ ] Scan code via CLI") is a
                    // check not yet run, no part missing from "✅ Full scan functionality", unless the whole claims the
                    // checks ("✅ Complete scan testing").
                    if (entry.Line != line && words.Contains(noun) && part &&
                        !(entry.Section is { } section && IsVerifyList(section, verifyLists) && !statement.Contains(VerifySubject)))
                    {
                        reported.Add(claim.Start);
                        context.Diagnostics.Report(AllDoneWithPartOpen, claim, ImmutableDictionary<string, string>.Empty, [entry.Mark],
                            model.TextOf(claim).ToString(), entry.Line, StatusWords.Clip(Squeeze(entry.Text), 80));
                        break;
                    }
                }
            }
        }
    }

    /// <summary>RL3002: adjectives that claim a whole after their noun ("Documentation complète").</summary>
    internal static readonly LexiconSection WholeAfter = new("crossref.whole-after");

    /// <summary>RL3002: verbs of a box that checks rather than makes ("run", "monitor", "vérifier").</summary>
    internal static readonly LexiconSection CheckVerb = new("crossref.check-verb");

    /// <summary>RL3002: verbs that extend work rather than make it ("add", "improve", "ajouter").</summary>
    internal static readonly LexiconSection Enhance = new("crossref.enhance");

    private static bool StartsWith(string title, LexiconSection section, Lexicon lexicon)
    {
        int space = title.IndexOf(' ');
        return space > 0 && lexicon.Contains(section, ReportModel.Fold(title[..space]).ToLowerInvariant());
    }

    private static HashSet<string> StateWords(string text, Lexicon lexicon)
    {
        var states = new HashSet<string>(StringComparer.Ordinal);
        foreach (string word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            string folded = ReportModel.Fold(word.Trim('*', '_', '(', ')', ',', '.', ':', '`')).ToLowerInvariant();
            if (folded.Length > 0 && lexicon.Contains(RL3002ItemKey.State, folded))
            {
                states.Add(folded);
            }
        }

        return states;
    }

    private static bool HasStateWord(string title, Lexicon lexicon)
    {
        foreach (string word in title.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (lexicon.Contains(RL3002ItemKey.State, ReportModel.Fold(word.Trim('*', '_', '(', ')', ',', '.', ':')).ToLowerInvariant()))
            {
                return true;
            }
        }

        return false;
    }

    // The phrase ends at a bracket, a mark of emphasis, a colon or the end of the line: then it is one name.
    private static bool IsPhraseEnd(string rest, int at)
    {
        while (at < rest.Length && rest[at] == ' ')
        {
            at++;
        }

        return at >= rest.Length || rest[at] is '(' or '*' or '_' or ':' or '\n' or '\r' or ',' or '.';
    }

    // An unchecked box: the part still to make.
    private static bool IsBox(ReportModel model, CrossEntry entry) => model.TextOf(entry.Mark).ToString() == "[ ]";

    // "Create API documentation" → {api, documentation}: the key's words, an opening verb of making left out.
    private static ItemWords WordsAfterVerb(string title, Lexicon lexicon)
    {
        ItemWords words = RL3002ItemKey.Of(title, lexicon).Words;
        int space = title.IndexOf(' ');
        if (space > 0 && lexicon.Contains(TodoVerb, ReportModel.Fold(title[..space]).ToLowerInvariant()))
        {
            words.Remove(RL3002ItemKey.Of(title[..space], lexicon).Words.FirstOrDefault() ?? string.Empty);
        }

        return words;
    }

    // "✅ **Complete Documentation** suite": a whole adjective, the noun right after it, on a line that says it is done
    // (a done mark, or a state word such as "generated"). The span of both words and the noun's key word.
    private static List<(TextSpan Claim, string Noun)> WholeClaims(ReportDocument document, ModelStatement statement, Lexicon lexicon)
    {
        var claims = new List<(TextSpan, string)>();
        // A paragraph of lines broken by two spaces ("✅ **CI/CD Pipelines** …  ↵ ✅ **Complete Documentation** suite") is
        // read line by line: the marks that count are those of the claim's line.
        bool DoneOn(int position)
        {
            TextSpan line = document.Text.GetLineSpan(document.Text.GetLinePosition(position).Line);
            bool met = false;
            foreach (StatusMark mark in statement.Symbols)
            {
                if (line.Contains(mark.Span))
                {
                    if (mark.Kind != StatusKind.Met)
                    {
                        return false;
                    }

                    met = true;
                }
            }

            return met;
        }

        bool NotDoneWordOn(int position)
        {
            TextSpan line = document.Text.GetLineSpan(document.Text.GetLinePosition(position).Line);
            foreach (PhraseHit word in statement.Find(StatusRuleSections.StatusContradictsMet))
            {
                if (line.Contains(word.Span))
                {
                    return true;
                }
            }

            return false;
        }

        bool HasOpenMarkOn(int position)
        {
            TextSpan line = document.Text.GetLineSpan(document.Text.GetLinePosition(position).Line);
            foreach (StatusMark mark in statement.Symbols)
            {
                if (line.Contains(mark.Span) && mark.Kind != StatusKind.Met)
                {
                    return true;
                }
            }

            return false;
        }

        // "✅ **Documentation complète** livrée": in French the adjective follows its noun.
        foreach (PhraseHit hit in statement.Find(WholeAfter))
        {
            string before = document.GetText(TextSpan.FromBounds(statement.Span.Start, hit.Span.Start)).ToString().TrimEnd(' ', '*', '_');
            int j = before.Length;
            while (j > 0 && char.IsLetter(before[j - 1]))
            {
                j--;
            }

            string after = document.GetText(TextSpan.FromBounds(hit.Span.End, statement.Span.End)).ToString();
            after = after.IndexOf('\n') is int cut and >= 0 ? after[..cut] : after;
            string noun = j < before.Length ? RL3002ItemKey.Of(before[j..], lexicon).Words.FirstOrDefault() ?? string.Empty : string.Empty;
            if (noun.Length >= 4 && !HasOpenMarkOn(hit.Span.Start) && (DoneOn(hit.Span.Start) || HasStateWord(after, lexicon))
                && !NotDoneWordOn(hit.Span.Start))
            {
                claims.Add((TextSpan.FromBounds(statement.Span.Start + j, hit.Span.End), noun));
            }
        }

        foreach (PhraseHit hit in statement.Find(Whole))
        {
            string rest = document.GetText(TextSpan.FromBounds(hit.Span.End, statement.Span.End)).ToString();
            int i = 0;
            while (i < rest.Length && rest[i] is ' ' or '*' or '_')
            {
                i++;
            }

            int start = i;
            while (i < rest.Length && char.IsLetter(rest[i]))
            {
                i++;
            }

            if (i - start < 4)
            {
                continue;
            }

            string noun = RL3002ItemKey.Of(rest[start..i], lexicon).Words.FirstOrDefault() ?? string.Empty;
            // Said done by a mark, or by a state word after the noun ("**Comprehensive Documentation** generated"), not
            // by the adjective itself ("Run full test suite before each deployment").
            int lineEnd = rest.IndexOf('\n', i);
            bool said = DoneOn(hit.Span.Start) || HasStateWord(lineEnd < 0 ? rest[i..] : rest[i..lineEnd], lexicon);
            if (noun.Length >= 4 && said && !HasOpenMarkOn(hit.Span.Start) && !NotDoneWordOn(hit.Span.Start))
            {
                // The noun phrase as written, to the next mark or bracket: "Comprehensive test coverage".
                int end = i;
                while (end < rest.Length && end - start < 40 && (char.IsLetter(rest[end]) || (rest[end] == ' ' && end + 1 < rest.Length && char.IsLetter(rest[end + 1]))))
                {
                    end++;
                }

                claims.Add((TextSpan.FromBounds(hit.Span.Start, hit.Span.End + (IsPhraseEnd(rest, end) ? end : i)), noun));
            }
        }

        return claims;
    }
}
