using System.Collections.Immutable;
using System.Globalization;
using ReportLint.Analysis;
using ReportLint.Lexicons;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Status;

// RL3004, the parts of one named thing counted twice, differently: "Certification expiry warnings (2 urgency levels:
// 90/30 day)" in the summary and, under "4. **`emails/training/certification-expiry-warning.tsx`**", "Three urgency
// levels:". The count in brackets after a name is compared with a count of the same two-word noun on a line that
// names the same thing, itself or through the list items it stands under.
public sealed partial class RL3004MetricValueConflict
{
    /// <summary>RL3004: numbers written as words, each with its value ("three => 3", "trois => 3").</summary>
    internal static readonly LexiconSection NumberWord = new("number.word");

    private sealed record NounCount(int Line, decimal Number, TextSpan Span, string Written);

    private static void ReportNamedCountsThatDiffer(DocumentAnalysisContext context, ReportModel model)
    {
        ReportDocument document = context.Document;
        Lexicon lexicon = document.Lexicon;
        Dictionary<string, List<NounCount>>? counts = null;
        foreach (ModelStatement statement in model.StatementArray)
        {
            if (statement.Kind != StatementKind.ListItem || BracketCount(document, model, statement, lexicon) is not ({ } name, { } key, { } claim, { } written))
            {
                continue;
            }

            counts ??= NounCounts(document, model, lexicon);
            if (!counts.TryGetValue(key, out List<NounCount>? others))
            {
                continue;
            }

            foreach (NounCount other in others)
            {
                if (other.Line == claim.Line || other.Number == claim.Number || !NamesWithin(document, other.Line, name, lexicon))
                {
                    continue;
                }

                context.Diagnostics.Report(NamedPartCount, claim.Span, ImmutableDictionary<string, string>.Empty, [other.Span],
                    claim.Written, other.Line, other.Written, written);
                break;
            }
        }
    }

    // "Certification expiry warnings (2 urgency levels: 90/30 day)": the name before the bracket (two content words or
    // more), the two-word noun's key and the count, when a colon or the bracket's end follows the noun.
    private static (HashSet<string>? Name, string? Key, NounCount? Count, string? Written) BracketCount(ReportDocument document, ReportModel model, ModelStatement statement, Lexicon lexicon)
    {
        // The line is copied only when its first bracket opens on a digit.
        ReadOnlySpan<char> raw = document.GetText(statement.Span);
        int open = raw.IndexOf('(');
        if (open <= 0 || open + 1 >= raw.Length || !char.IsDigit(raw[open + 1]))
        {
            return (null, null, null, null);
        }

        string text = raw.ToString();
        int i = open + 1;
        if (CountAndNoun(model, text, i, lexicon) is not ({ } number, { } key, { } end) || end >= text.Length
            || text[end] is not (':' or ')'))
        {
            return (null, null, null, null);
        }

        HashSet<string> name = Words(text[..open], lexicon);
        if (name.Count < 2)
        {
            return (null, null, null, null);
        }

        // The name as written, its marks left out ("✅ Payment failed alerts" → "Payment failed alerts").
        int first = 0;
        while (first < open && !char.IsLetterOrDigit(text[first]) && text[first] != '`')
        {
            first++;
        }

        string written = model.TextOf(new TextSpan(statement.Span.Start + first, open - first)).ToString().Trim();
        return (name, key, new NounCount(statement.Line, number, new TextSpan(statement.Span.Start + i, end - i), text[i..end]), written);
    }

    // Every "<number> <word> <word>" of the document's lines (digits, or a number word), by the two words' key.
    private static Dictionary<string, List<NounCount>> NounCounts(ReportDocument document, ReportModel model, Lexicon lexicon)
    {
        var counts = new Dictionary<string, List<NounCount>>(StringComparer.Ordinal);
        for (int line = document.Text.FirstLine; line <= document.Text.LastLine; line++)
        {
            TextSpan span = document.Text.GetLineSpan(line);
            if (!MayHoldCount(model, document.GetText(span)))
            {
                continue;
            }

            string text = document.GetText(span).ToString();
            int i = 0;
            while (i < text.Length)
            {
                if (!char.IsLetterOrDigit(text[i]) || (i > 0 && char.IsLetterOrDigit(text[i - 1])))
                {
                    i++;
                    continue;
                }

                if (CountAndNoun(model, text, i, lexicon) is ({ } number, { } key, { } end))
                {
                    if (!counts.TryGetValue(key, out List<NounCount>? list))
                    {
                        counts[key] = list = [];
                    }

                    list.Add(new NounCount(line, number, new TextSpan(span.Start + i, end - i), text[i..end]));
                    i = end;
                    continue;
                }

                while (i < text.Length && char.IsLetterOrDigit(text[i]))
                {
                    i++;
                }
            }
        }

        return counts;
    }

    // At a position, a count (a whole number, or a number word) and two words of letters after it: the count, the
    // words' key ("urgency level") and the end of the second word.
    private static (decimal? Number, string? Key, int? End) CountAndNoun(ReportModel model, string text, int at, Lexicon lexicon)
    {
        int i = at;
        decimal number;
        if (char.IsDigit(text[i]))
        {
            if (ReadWhole(text, ref i) is not { } whole)
            {
                return (null, null, null);
            }

            number = whole;
        }
        else
        {
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            // Read at every word of the document: one that cannot fold to a number word is let go before it is folded.
            if (!StatusWords.MayBePhrase(model, text.AsSpan(at, i - at), NumberWord))
            {
                return (null, null, null);
            }

            string word = ReportModel.Fold(text[at..i]).ToLowerInvariant();
            if (!lexicon.Contains(NumberWord, word) || !decimal.TryParse(lexicon.Replacement(NumberWord, word), NumberStyles.None, CultureInfo.InvariantCulture, out number))
            {
                return (null, null, null);
            }
        }

        if (i >= text.Length || text[i] != ' ' || FirstWordLemma(text, i, out int firstEnd) is not { Length: >= 4 } first
            || firstEnd >= text.Length || text[firstEnd] != ' ' || FirstWordLemma(text, firstEnd, out int secondEnd) is not { Length: >= 4 } second
            || lexicon.Contains(LexiconSections.Stopword, first) || lexicon.Contains(LexiconSections.Stopword, second))
        {
            return (null, null, null);
        }

        return (number, first + " " + second, secondEnd);
    }

    // Whether a line may hold a count CountAndNoun reads: a digit, or a word that may fold to a number word. Most lines
    // are let go here, before they are copied.
    private static bool MayHoldCount(ReportModel model, ReadOnlySpan<char> line)
    {
        int i = 0;
        while (i < line.Length)
        {
            if (char.IsDigit(line[i]))
            {
                return true;
            }

            if (!char.IsLetter(line[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < line.Length && char.IsLetter(line[i]))
            {
                i++;
            }

            if (StatusWords.MayBePhrase(model, line[start..i], NumberWord))
            {
                return true;
            }
        }

        return false;
    }

    // Whether the line, with the list items it stands under (less indented lines above it, up to a line that is not
    // indented), holds every word of the name: "certification-expiry-warning.tsx" names "Certification expiry warnings".
    private static bool NamesWithin(ReportDocument document, int line, HashSet<string> name, Lexicon lexicon)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        int indent = int.MaxValue;
        for (int l = line; l >= document.Text.FirstLine && line - l <= 60; l--)
        {
            string text = document.GetText(document.Text.GetLineSpan(l)).ToString();
            int own = 0;
            while (own < text.Length && text[own] == ' ')
            {
                own++;
            }

            if (own == text.Length)
            {
                continue;
            }

            if (own < indent)
            {
                words.UnionWith(Words(text, lexicon));
                indent = own;
            }

            if (own == 0)
            {
                break;
            }
        }

        return words.IsSupersetOf(name);
    }
}
