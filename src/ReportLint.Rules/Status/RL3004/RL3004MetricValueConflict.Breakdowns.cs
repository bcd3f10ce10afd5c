using System.Collections.Immutable;
using ReportLint.Analysis;
using ReportLint.Lexicons;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Status;

// RL3004, a count reused for another scope than the breakdown that gives it. A breakdown is a run of lines "<name>:
// <count> <noun> (<count> <noun>)" closed by a total line ("Backend API Routes: 60+ tests (11 fichiers)" … "TOTAL:
// 208+ tests (53 fichiers)"). Against it: a count named by both nouns that differs from the total ("| Fichiers Tests |
// 50+ | 78 |": the total says 53 test files), and the total's count given one kind only when the breakdown holds other
// kinds ("✅ 208+ tests unitaires" while "E2E Tests: 50+ tests" is one of the lines summed).
public sealed partial class RL3004MetricValueConflict
{
    /// <summary>RL3004: words naming a kind of what is counted, each with its class ("unit", "unitaires" → unit; "e2e").</summary>
    internal static readonly LexiconSection CountKind = new("count.kind");

    // A count on a line: its number, whether "+" follows it, its span, the count and its noun as written, the noun's lemma.
    private sealed record CountPair(decimal Number, bool AtLeast, TextSpan Span, string Written, string Noun);

    private sealed record Breakdown(int Line, string Text, CountPair Main, CountPair Other, List<(int Line, string Text)> Members);

    private static void ReportCountsAgainstBreakdowns(DocumentAnalysisContext context, ReportModel model)
    {
        ReportDocument document = context.Document;
        Lexicon lexicon = document.Lexicon;
        List<Breakdown>? breakdowns = null;
        // Every line of the document, code blocks included: breakdowns are drawn in fences.
        for (int line = document.Text.FirstLine; line <= document.Text.LastLine; line++)
        {
            if (TotalOfBreakdown(document, model, line, lexicon) is { } breakdown)
            {
                (breakdowns ??= []).Add(breakdown);
            }
        }

        if (breakdowns is null)
        {
            return;
        }

        foreach (Breakdown breakdown in breakdowns)
        {
            ModelSection? period = PeriodOf(model.SectionAt(breakdown.Main.Span.Start));
            ReportNamedByBothNouns(context, model, breakdown, period, lexicon);
            ReportKindOfTotal(context, model, breakdown, period, lexicon);
        }
    }

    // The line when it is a total line with two counts of two different nouns ("TOTAL: 208+ tests (53 fichiers)")
    // closing two lines or more, one after the other, that count the same first noun ("E2E Tests: 50+ tests (11
    // fichiers)"); a rule of dashes may stand between them and the total.
    private static Breakdown? TotalOfBreakdown(ReportDocument document, ReportModel model, int line, Lexicon lexicon)
    {
        TextSpan span = document.Text.GetLineSpan(line);
        // A line with no word that may say "total" is let go before it is copied (LabelHas finds none in it).
        if (span.IsEmpty || !HasTwoNumbers(document.GetText(span)) || CountsBeforeWords(document.GetText(span)) < 2
            || !StatusWords.MayHoldWordOf(model, document.GetText(span), LexiconSections.Total))
        {
            return null;
        }

        string text = document.GetText(span).ToString();
        if (LinePairs(text, span.Start) is not [var main, var other] || main.Noun == other.Noun
            || !lexicon.Contains(CountUnit, main.Noun) || !lexicon.Contains(CountUnit, other.Noun)
            || !LabelHas(text[..(main.Span.Start - span.Start)], LexiconSections.Total, lexicon))
        {
            return null;
        }

        var members = new List<(int, string)>();
        for (int before = line - 1; before >= document.Text.FirstLine && before >= line - 40; before--)
        {
            TextSpan memberSpan = document.Text.GetLineSpan(before);
            ReadOnlySpan<char> raw = document.GetText(memberSpan);
            // A line where no count can stand is read without being copied (LinePairs finds none in it).
            string? member = CountsBeforeWords(raw) > 0 ? raw.ToString() : null;
            if (member is null || LinePairs(member, memberSpan.Start) is not [var first, ..] || first.Noun != main.Noun || first.Number <= 0)
            {
                if (members.Count == 0 && !HasLetter(raw) && !raw.Trim().IsEmpty)
                {
                    continue;
                }

                break;
            }

            members.Add((before, member));
        }

        return members.Count >= 2 ? new Breakdown(line, text, main, other, members) : null;
    }

    // The counts of a line with the noun right after each ("TOTAL: 208+ tests (53 fichiers)" → 208+ test, 53 fichier):
    // digits (grouped by commas), an optional "+", spaces, then a word of letters. Digits inside a word ("E2E",
    // "F401") are no count.
    // Two runs of digits at least: what a line needs to hold two counts (most lines are let go here, unread).
    private static bool HasTwoNumbers(ReadOnlySpan<char> line)
    {
        int runs = 0;
        for (int i = 0; i < line.Length; i++)
        {
            if (char.IsDigit(line[i]) && (i == 0 || !char.IsDigit(line[i - 1])) && ++runs == 2)
            {
                return true;
            }
        }

        return false;
    }

    // How many counts of a line a word may follow, read as LinePairs reads them but with no word looked up: at least as
    // many as LinePairs finds, so a line with fewer than two is let go before it is copied.
    private static int CountsBeforeWords(ReadOnlySpan<char> text)
    {
        int found = 0, i = 0;
        while (i < text.Length)
        {
            if (!char.IsDigit(text[i]) || (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is '.' or ',')))
            {
                i++;
                continue;
            }

            while (i < text.Length && (char.IsDigit(text[i]) || text[i] == ','))
            {
                i++;
            }

            if (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '.' or '%' or '/' or ':'))
            {
                continue;
            }

            int end = i < text.Length && text[i] == '+' ? i + 1 : i;
            int j = end;
            while (j < text.Length && text[j] is ' ' or '\t')
            {
                j++;
            }

            found += j > end && j < text.Length && char.IsLetter(text[j]) ? 1 : 0;
            i = end;
        }

        return found;
    }

    private static List<CountPair> LinePairs(string text, int offset)
    {
        var pairs = new List<CountPair>();
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsDigit(text[i]) || (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is '.' or ',')))
            {
                i++;
                continue;
            }

            int start = i;
            if (ReadDigits(text, ref i) is not { } number || (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '.' or '%' or '/' or ':')))
            {
                continue;
            }

            bool atLeast = i < text.Length && text[i] == '+';
            int end = atLeast ? i + 1 : i;
            int j = end;
            while (j < text.Length && text[j] is ' ' or '\t')
            {
                j++;
            }

            if (j == end || j == text.Length || !char.IsLetter(text[j]) || FirstWordLemma(text, j, out int nounEnd) is not { } noun)
            {
                i = end;
                continue;
            }

            pairs.Add(new CountPair(number, atLeast, new TextSpan(offset + start, end - start), text[start..nounEnd], noun));
            i = end;
        }

        return pairs;
    }

    private static bool AllDigitsAt(string text, int at, int count)
    {
        if (at + count > text.Length || (at + count < text.Length && char.IsDigit(text[at + count])))
        {
            return false;
        }

        for (int k = at; k < at + count; k++)
        {
            if (!char.IsDigit(text[k]))
            {
                return false;
            }
        }

        return true;
    }

    // Whether the words of a line's label hold a word of the section ("TOTAL:").
    private static bool LabelHas(string label, LexiconSection section, Lexicon lexicon)
    {
        foreach (string word in Words(label, lexicon))
        {
            if (lexicon.Contains(section, word))
            {
                return true;
            }
        }

        return false;
    }

    // "| Fichiers Tests | 50+ | 78 |" or "- Test files: 78": a whole count named by the two nouns of the total, not
    // the total's second count.
    private static void ReportNamedByBothNouns(DocumentAnalysisContext context, ReportModel model, Breakdown breakdown, ModelSection? period, Lexicon lexicon)
    {
        if (breakdown.Other.AtLeast)
        {
            return;
        }

        foreach (ModelStatement statement in model.StatementArray)
        {
            if (statement.Line == breakdown.Line || PeriodOf(statement.Section) != period
                || CountNamedBy(statement, lexicon, breakdown.Main.Noun, breakdown.Other.Noun) is not { } count
                || count.Value.Number == breakdown.Other.Number)
            {
                continue;
            }

            context.Diagnostics.Report(BreakdownScope, count.Value.Span, ImmutableDictionary<string, string>.Empty, [breakdown.Other.Span],
                count.Name, count.Value.Text, breakdown.Line, breakdown.Other.Written, breakdown.Main.Written, StatusWords.Clip(SingleSpaced(breakdown.Text), 80));
        }
    }

    // "✅ 208+ tests unitaires" (or "208 unit tests"): the total's count of the first noun, given one kind, while a line
    // summed into it names another kind ("E2E Tests: 50+ tests").
    private static void ReportKindOfTotal(DocumentAnalysisContext context, ReportModel model, Breakdown breakdown, ModelSection? period, Lexicon lexicon)
    {
        var kinds = new List<(int Line, string Text, string Class)>();
        foreach ((int line, string text) in breakdown.Members)
        {
            if (KindIn(text, lexicon) is { } kind)
            {
                kinds.Add((line, text, kind));
            }
        }

        if (kinds.Count == 0)
        {
            return;
        }

        foreach (ModelStatement statement in model.StatementArray)
        {
            // Not the breakdown's own lines.
            if (statement.Line == breakdown.Line || (statement.Line >= breakdown.Members[^1].Line && statement.Line < breakdown.Line)
                || PeriodOf(statement.Section) != period)
            {
                continue;
            }

            foreach (FactValue value in statement.Values)
            {
                if (value.Number != breakdown.Main.Number || value.IsLowerBound != breakdown.Main.AtLeast || value.IsPercentage || value.IsRatio
                    || KindAfter(context.Document, statement, value, breakdown.Main.Noun, lexicon) is not { } kind)
                {
                    continue;
                }

                // A line of another kind summed into the total: the total is not all of the kind claimed.
                int other = kinds.FindIndex(k => k.Class != kind.Class);
                if (other < 0)
                {
                    continue;
                }

                (int otherLine, string otherText, _) = kinds[other];
                context.Diagnostics.Report(BreakdownKind, value.Span, ImmutableDictionary<string, string>.Empty, [breakdown.Main.Span],
                    value.Text, breakdown.Main.Noun, kind.Written, breakdown.Main.Written, breakdown.Line, StatusWords.Clip(SingleSpaced(otherText), 60), otherLine);
                break;
            }
        }
    }

    // A whole count in a value column of a row, or after the key of a line, whose name is the two nouns and nothing more.
    private static (string Name, FactValue Value)? CountNamedBy(ModelStatement statement, Lexicon lexicon, string main, string other)
    {
        if (statement.Row is { } row && statement.Kind == StatementKind.TableRow)
        {
            if (!IsNamedBy(row.Label.ToString(), lexicon, main, other))
            {
                return null;
            }

            foreach (ModelCell cell in row.CellArray)
            {
                if (cell.Column?.Role == ColumnRole.Value && cell.Value is { } value)
                {
                    return IsWholeCount(value) ? (row.Label.ToString().Trim(), value) : null;
                }
            }

            return null;
        }

        if (statement.Kind is StatementKind.ListItem or StatementKind.KeyValueLine && statement.Subject.ToString() is { Length: >= 4 } subject
            && IsNamedBy(subject, lexicon, main, other) && FirstWholeCount(statement) is { } count)
        {
            return (subject.Trim(), count);
        }

        return null;
    }

    private static bool IsNamedBy(string name, Lexicon lexicon, string main, string other)
    {
        HashSet<string> words = Words(name, lexicon);
        return words.Count == 2 && words.Contains(main) && words.Contains(other);
    }

    // The kind named next to the noun after a value: "208+ tests unitaires" or "208 unit tests".
    private static (string Written, string Class)? KindAfter(ReportDocument document, ModelStatement statement, FactValue value, string noun, Lexicon lexicon)
    {
        string rest = document.GetText(TextSpan.FromBounds(value.Span.End, Math.Min(statement.Span.End, value.Span.End + 40))).ToString();
        List<string> tokens = Tokens(rest, 2);
        if (tokens.Count < 2)
        {
            return null;
        }

        string first = ReportModel.Fold(tokens[0]).ToLowerInvariant(), second = ReportModel.Fold(tokens[1]).ToLowerInvariant();
        if (Lemma(first) == noun && ClassOf(second, lexicon) is { } after)
        {
            return (tokens[1], after);
        }

        return Lemma(second) == noun && ClassOf(first, lexicon) is { } before ? (tokens[0], before) : null;
    }

    // The class of the first kind word of a line's name, before its first count ("E2E Tests: 50+ tests" → e2e).
    private static string? KindIn(string text, Lexicon lexicon)
    {
        int end = text.Length;
        for (int i = 0; i < text.Length; i++)
        {
            // "E2E": a digit between letters belongs to a word.
            if (char.IsDigit(text[i]) && !(i > 0 && char.IsLetter(text[i - 1]) && i + 1 < text.Length && char.IsLetter(text[i + 1])))
            {
                end = i;
                break;
            }
        }

        foreach (string token in Tokens(text[..end], int.MaxValue))
        {
            if (ClassOf(ReportModel.Fold(token).ToLowerInvariant(), lexicon) is { } kind)
            {
                return kind;
            }
        }

        return null;
    }

    private static string? ClassOf(string folded, Lexicon lexicon) =>
        lexicon.Contains(CountKind, folded) ? lexicon.Replacement(CountKind, folded) ?? folded : null;

    // Words of letters and digits ("E2E", "end-to-end"), an elided article dropped ("d'intégration" → "intégration").
    private static List<string> Tokens(string text, int max)
    {
        var tokens = new List<string>();
        int i = 0;
        while (tokens.Count < max && NextToken(text.AsSpan(), ref i, out int start))
        {
            tokens.Add(text[start..i]);
        }

        return tokens;
    }

    private static string Lemma(string word) => LemmaOf(word.AsSpan()).Length < word.Length ? word[..^1] : word;

    // The nearest heading of a period (week, sprint, phase…) above: counts under two periods are progress.
    private static ModelSection? PeriodOf(ModelSection? section)
    {
        for (ModelSection? s = section; s is not null; s = s.Parent)
        {
            if (s.IsPeriod)
            {
                return s;
            }
        }

        return null;
    }

    private static bool HasLetter(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    private static string SingleSpaced(string line)
    {
        string text = line.Trim(' ', '║', '│', '|', '\t', '-', '*', '`');
        var squeezed = new System.Text.StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (c is ' ' or '\t' && squeezed.Length > 0 && squeezed[^1] == ' ')
            {
                continue;
            }

            squeezed.Append(c is '\t' ? ' ' : c);
        }

        return squeezed.ToString();
    }
}
