using System.Collections.Immutable;
using System.Globalization;
using ReportLint.Analysis;
using ReportLint.Lexicons;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Status;

// RL3004, a count of things made that the report's own table of them totals otherwise: "✅ 78 fichiers créés" and,
// under "## FICHIERS PAR ROUND", the row "| **TOTAL** | … | **58** |" in the column "Total". The table counts the
// things its heading names; the claim counts more of them made than the table made.
public sealed partial class RL3004MetricValueConflict
{
    /// <summary>RL3004: participles of making, after a count and its noun ("78 files created", "78 fichiers créés").</summary>
    internal static readonly LexiconSection Made = new("count.made");

    private static void ReportMadeCountsAgainstTableTotals(DocumentAnalysisContext context, ReportModel model)
    {
        ReportDocument document = context.Document;
        Lexicon lexicon = document.Lexicon;
        List<(string Noun, FactValue Total, ModelTable Table, ModelSection Section)>? totals = null;
        foreach (ModelStatement statement in model.StatementArray)
        {
            foreach (FactValue value in statement.Values)
            {
                if (!IsWholeCount(value) || value.Number < 2 || value.Noun.Length < 3 || MadeAfter(document, statement, value, lexicon) is not ({ } written, { } made))
                {
                    continue;
                }

                totals ??= TableTotals(model, lexicon);
                string noun = Lemma(value.Noun);
                foreach ((string tableNoun, FactValue total, ModelTable table, ModelSection section) in totals)
                {
                    if (tableNoun != noun || total.Number >= value.Number || table.Span.Contains(statement.Span)
                        || PeriodOf(section) != PeriodOf(statement.Section))
                    {
                        continue;
                    }

                    context.Diagnostics.Report(MadeOverTableTotal, value.Span, ImmutableDictionary<string, string>.Empty, [total.Span],
                        value.Text, written, made, section.Title.ToString().Trim(), total.Number.ToString(CultureInfo.InvariantCulture), total.Line);
                    break;
                }
            }
        }
    }

    // The count's noun and the participle of making right after it, as written ("fichiers", "créés").
    private static (string? Noun, string? Made) MadeAfter(ReportDocument document, ModelStatement statement, FactValue value, Lexicon lexicon)
    {
        // Read in place: most counts are followed by no participle, and only a match makes strings.
        ReadOnlySpan<char> rest = document.GetText(TextSpan.FromBounds(value.Span.End, Math.Min(statement.Span.End, value.Span.End + 40)));
        int i = 0;
        if (!NextToken(rest, ref i, out int nounStart))
        {
            return (null, null);
        }

        ReadOnlySpan<char> noun = rest[nounStart..i];
        if (!NextToken(rest, ref i, out int madeStart))
        {
            return (null, null);
        }

        ReadOnlySpan<char> made = rest[madeStart..i];
        Span<char> buffer = stackalloc char[48];
        return LemmaOf(FoldWord(noun, buffer)).SequenceEqual(Lemma(value.Noun).AsSpan()) && lexicon.Contains(Made, FoldWord(made, buffer))
            ? (noun.ToString(), made.ToString()) : (null, null);
    }

    // The next word of letters and digits from i ("E2E", "end-to-end"), an elided article skipped ("d'intégration"):
    // its start, and i moved to its end; false when none is left.
    private static bool NextToken(ReadOnlySpan<char> text, ref int i, out int start)
    {
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] == '-' && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
            {
                i++;
            }

            if (i < text.Length && text[i] is '\'' or '’' && i - start <= 2)
            {
                i++;
                continue;
            }

            return true;
        }

        start = i;
        return false;
    }

    // A word folded in lower case: an ASCII word of letters and digits lowered into buffer, any other by the model's fold.
    private static ReadOnlySpan<char> FoldWord(ReadOnlySpan<char> word, Span<char> buffer)
    {
        bool plain = word.Length <= buffer.Length;
        foreach (char c in word)
        {
            plain &= c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9');
        }

        return plain && StatusWords.LowerAscii(word, buffer) ? buffer[..word.Length] : ReportModel.Fold(word.ToString()).ToLowerInvariant().AsSpan();
    }

    // "files" → "file"; "access" stays.
    private static ReadOnlySpan<char> LemmaOf(ReadOnlySpan<char> word) => word.Length > 3 && word[^1] == 's' && word[^2] != 's' ? word[..^1] : word;

    // The tables whose heading names one counted noun (count.unit: "FICHIERS PAR ROUND"), with the value of their total
    // row (a label of the total lexicon) in their total column.
    private static List<(string, FactValue, ModelTable, ModelSection)> TableTotals(ReportModel model, Lexicon lexicon)
    {
        var totals = new List<(string, FactValue, ModelTable, ModelSection)>();
        foreach (ModelTable table in model.Tables)
        {
            if (table.IsDashboard || table.Section is not { } section || table.ColumnWith(ColumnRole.Label) is not { } labels)
            {
                continue;
            }

            string? noun = null;
            foreach (string word in Words(section.Title.ToString(), lexicon))
            {
                if (lexicon.Contains(CountUnit, word))
                {
                    noun = noun is null ? word : string.Empty;
                }
            }

            if (noun is null || noun.Length == 0)
            {
                continue;
            }

            ModelColumn? totalColumn = null;
            foreach (ModelColumn column in table.Columns)
            {
                if (column != labels && IsTotalWord(column.Header.ToString(), lexicon))
                {
                    totalColumn = column;
                }
            }

            if (totalColumn is null)
            {
                continue;
            }

            foreach (ModelRow row in table.BodyArray)
            {
                if (IsTotalWord(row[labels].Text.ToString(), lexicon) && row[totalColumn].Value is { } value && IsWholeCount(value))
                {
                    totals.Add((noun, value, table, section));
                }
            }
        }

        return totals;
    }

    // A name that is one word of the total lexicon ("TOTAL", "**Total**").
    private static bool IsTotalWord(string text, Lexicon lexicon) =>
        Words(text, lexicon) is { Count: 1 } words && lexicon.Contains(LexiconSections.Total, words.First());
}
