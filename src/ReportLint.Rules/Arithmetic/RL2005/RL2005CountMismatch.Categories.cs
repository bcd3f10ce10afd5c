using System.Collections.Immutable;
using System.Globalization;
using ReportLint.Analysis;
using ReportLint.Diagnostics;
using ReportLint.Lexicons;
using ReportLint.Model;
using ReportLint.Rules.Status;
using ReportLint.Text;

namespace ReportLint.Rules.Arithmetic;

/// <summary>
/// RL2005, a summary count of one category against the report's own tables of it: "**High Issues**: 5" over a findings
/// table whose "High" column adds up to 7, "**Services Passing**: 15" over service tables that mark 7 rows "✅
/// Passing", "**P1 (Essentiel)** : 10 items" over 9 rows "P1 - Essentiel" (issue 49: three reports of three
/// repositories).
/// </summary>
public sealed partial class RL2005CountMismatch
{
    /// <summary>RL2005: nouns of what a category counts, left out of its name ("issues", "items", "éléments").</summary>
    internal static readonly LexiconSection CategoryNoun = new("count.category-noun");

    private static readonly LexiconSection CountNoun = new("count.noun"), Overall = new("overall");

    private const int MaxTerms = 16;

    // A key line "Name: N" (N a whole count, then at most a noun, a bracket or nothing) whose name, without its nouns and
    // stop words, is a category the tables give: a column header ("Critical Issues: 2" and a "Critical" column) or the
    // whole text of cells ("Services Passing: 15" and "✅ Passing"). A name with a total or overall word counts every
    // category, and a count that either reading gives is not reported: which one the line counts is not known.
    private static void ReportCategoryCounts(DocumentAnalysisContext context, ReportModel model)
    {
        if (model.Tables.Count == 0)
        {
            return;
        }

        Lexicon lexicon = context.Document.Lexicon;
        CategoryIndex? index = null;
        foreach (ModelStatement statement in model.StatementArray)
        {
            if (statement.Kind is not (StatementKind.ListItem or StatementKind.KeyValueLine) || statement.Values.Count == 0
                || KeyCount(statement) is not { } keyed)
            {
                continue;
            }

            (TextSpan keySpan, FactValue count, string? noun) = keyed;
            string key = ReportModel.Fold(model.TextOf(keySpan).ToString());
            HashSet<string> category = CategoryWords(key, lexicon, out bool whole, out bool counted, out bool numbered);
            counted |= noun is not null && IsCountedNoun(ReportModel.Fold(noun), lexicon);
            if (whole || numbered || !counted || category.Count == 0)
            {
                continue;
            }

            int stated = (int)count.Number;
            index ??= CategoryIndex.Of(model, lexicon);
            string name = CategoryIndex.KeyOf(category);
            ColumnReading? column = ColumnSum(model, index, name, lexicon);
            List<ModelCell> cells = index.Rows.TryGetValue(name, out List<ModelCell>? marked) ? marked : [];
            int rows = cells.Count;
            string? text = rows > 0 ? cells[0].Text.ToString().Trim() : null;
            if (column is not null)
            {
                if (column.Sum != stated && !(rows >= 2 && rows == stated))
                {
                    ReportColumn(context, model, keySpan, count, column);
                }
            }
            else if (rows >= 2 && rows != stated)
            {
                string lines = cells[0].Row.Line == cells[^1].Row.Line
                    ? cells[0].Row.Line.ToString(CultureInfo.InvariantCulture)
                    : string.Create(CultureInfo.InvariantCulture, $"{cells[0].Row.Line}–{cells[^1].Row.Line}");
                context.Diagnostics.Report(CategoryRows, count.Span, ImmutableDictionary<string, string>.Empty,
                    cells.Take(MaxTerms).Select(static c => c.Span).ToArray(), Quote(model, keySpan, count), rows, text, lines);
            }
        }
    }

    // The key, its count and the word after the count: "- **High Issues**: 5", "**P1 (Essentiel)** : 10 items",
    // "Services Passing: 15 (25%)". The count opens the value; at most one word follows it, then a bracket or the end.
    private static (TextSpan Key, FactValue Count, string? Noun)? KeyCount(ModelStatement statement)
    {
        ReadOnlySpan<char> prose = statement.Prose[statement.Span];
        int colon = prose.IndexOf(':');
        if (colon <= 0 || prose[..colon].IndexOf('\n') >= 0)
        {
            return null;
        }

        int keyStart = 0;
        while (keyStart < colon && (prose[keyStart] is ' ' or '*' or '_' or '-' or '+' or '\t'))
        {
            keyStart++;
        }

        int keyEnd = colon;
        while (keyEnd > keyStart && prose[keyEnd - 1] is ' ' or '*' or '_')
        {
            keyEnd--;
        }

        if (keyEnd - keyStart < 2 || keyEnd - keyStart > 48)
        {
            return null;
        }

        FactValue? first = null;
        foreach (FactValue value in statement.Values)
        {
            if (value.Span.Start > statement.Span.Start + colon)
            {
                first = value;
                break;
            }
        }

        if (first is not { IsCount: true } count || count.Number > 100_000)
        {
            return null;
        }

        int valueAt = count.Span.Start - statement.Span.Start;
        foreach (char c in prose[(colon + 1)..valueAt])
        {
            if (c is not (' ' or '*' or '_'))
            {
                return null;
            }
        }

        ReadOnlySpan<char> after = prose[(count.Span.End - statement.Span.Start)..].TrimStart(" *_");
        int word = 0;
        while (word < after.Length && char.IsLetter(after[word]))
        {
            word++;
        }

        string? noun = word > 0 ? after[..word].ToString() : null;
        after = after[word..].TrimStart(" *_");
        if (!after.IsEmpty && after[0] != '(')
        {
            return null;
        }

        return (TextSpan.FromBounds(statement.Span.Start + keyStart, statement.Span.Start + keyEnd), count, noun);
    }

    private static HashSet<string> CategoryWords(string folded, Lexicon lexicon, out bool whole) => CategoryWords(folded, lexicon, out whole, out _, out _);

    // The words of a folded name that say its category: nouns of what is counted and stop words left out. whole is set
    // when a word says the name counts every category (total, overall), counted when it names what is counted
    // ("Issues", "Services"), numbered when a number stands alone in it ("Phase 1 (Critical)": a part, not a category).
    private static HashSet<string> CategoryWords(string folded, Lexicon lexicon, out bool whole, out bool counted, out bool numbered)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        whole = counted = numbered = false;
        int i = 0;
        while (i < folded.Length)
        {
            if (!char.IsLetterOrDigit(folded[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < folded.Length && char.IsLetterOrDigit(folded[i]))
            {
                i++;
            }

            string word = folded[start..i];
            if (lexicon.Contains(LexiconSections.Total, word) || lexicon.Contains(Overall, word))
            {
                whole = true;
            }
            else if (word.All(char.IsDigit))
            {
                numbered = true;
            }
            else if (IsCountedNoun(word, lexicon))
            {
                counted = true;
            }
            else if (!lexicon.Contains(LexiconSections.Stopword, word))
            {
                words.Add(word);
            }
        }

        return words;
    }

    private static bool IsCountedNoun(string word, Lexicon lexicon) => lexicon.Contains(CountNoun, word) || lexicon.Contains(CategoryNoun, word);

    private sealed record ColumnReading(ModelColumn Column, List<ModelTable> Tables, List<ModelCell> Cells, int Sum);

    // The sum of the column every table of the report heads with the category (its header's words are the category's),
    // over the rows of whole counts; null when no table has such a column, or one of its rows is no whole count.
    private static ColumnReading? ColumnSum(ReportModel model, CategoryIndex index, string name, Lexicon lexicon)
    {
        if (!index.Columns.TryGetValue(name, out List<(ModelTable Table, ModelColumn Column)>? columns))
        {
            return null;
        }

        ColumnReading? reading = null;
        ModelTable? last = null;
        foreach ((ModelTable table, ModelColumn column) in columns)
        {
            if (ReferenceEquals(table, last))
            {
                // One column of a table: its first headed by the category.
                continue;
            }

            last = table;
            var cells = new List<ModelCell>();
            int sum = 0;
            foreach (ModelRow row in table.Body)
            {
                if (IsTotalRow(row, lexicon))
                {
                    continue;
                }

                ModelCell cell = row[column];
                if (cell.Value is not { IsCount: true } value || value.Span.Start != cell.Span.Start && !OnlyEmphasisBefore(model, cell, value))
                {
                    return null;
                }

                sum += (int)value.Number;
                cells.Add(cell);
            }

            if (cells.Count < 2)
            {
                return null;
            }

            reading = reading is null
                ? new ColumnReading(column, [table], cells, sum)
                : reading with { Sum = reading.Sum + sum, Tables = [.. reading.Tables, table], Cells = [.. reading.Cells, .. cells] };
        }

        return reading;
    }

    // The report's tables read once by category: the columns each category heads, and the rows (their first cell after
    // the label) whose whole text is a category ("✅ Passing", "**P1 - Essentiel**"), in document order. Each key line
    // then looks its category up instead of reading every cell again.
    private sealed class CategoryIndex
    {
        public Dictionary<string, List<(ModelTable Table, ModelColumn Column)>> Columns { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, List<ModelCell>> Rows { get; } = new(StringComparer.Ordinal);

        public static string KeyOf(HashSet<string> words)
        {
            var sorted = words.ToArray();
            Array.Sort(sorted, StringComparer.Ordinal);
            return string.Join(" ", sorted);
        }

        public static CategoryIndex Of(ReportModel model, Lexicon lexicon)
        {
            var index = new CategoryIndex();
            var inRow = new HashSet<string>(StringComparer.Ordinal);
            foreach (ModelTable table in model.Tables)
            {
                foreach (ModelColumn column in table.Columns)
                {
                    HashSet<string> words = CategoryWords(column.FoldedHeader, lexicon, out bool whole);
                    if (column.Index > 0 && !whole && words.Count > 0)
                    {
                        Add(index.Columns, KeyOf(words), (table, column));
                    }
                }

                foreach (ModelRow row in table.Body)
                {
                    if (IsTotalRow(row, lexicon))
                    {
                        continue;
                    }

                    inRow.Clear();
                    for (int c = 1; c < row.Cells.Count; c++)
                    {
                        ModelCell cell = row.Cells[c];
                        if (cell.IsEmpty)
                        {
                            continue;
                        }

                        HashSet<string> words = CategoryWords(cell.Folded, lexicon, out bool whole);
                        if (!whole && words.Count > 0 && KeyOf(words) is var key && inRow.Add(key))
                        {
                            Add(index.Rows, key, cell);
                        }
                    }
                }
            }

            return index;
        }

        private static void Add<T>(Dictionary<string, List<T>> map, string key, T item)
        {
            if (!map.TryGetValue(key, out List<T>? list))
            {
                map[key] = list = [];
            }

            list.Add(item);
        }
    }

    private static bool OnlyEmphasisBefore(ReportModel model, ModelCell cell, FactValue value)
    {
        foreach (char c in model.TextOf(TextSpan.FromBounds(cell.Span.Start, value.Span.Start)).ToString())
        {
            if (c is not ('*' or '_' or ' '))
            {
                return false;
            }
        }

        return true;
    }

    // A row whose label opens with a total or overall word ("**TOTAL**", "Overall"): it sums the rows, it is none.
    private static bool IsTotalRow(ModelRow row, Lexicon lexicon)
    {
        if (row.Cells.Count == 0)
        {
            return false;
        }

        string label = row.Cells[0].Folded;
        (int start, int end) = StatusWords.FirstWord(label);
        string first = label[start..end];
        return lexicon.Contains(LexiconSections.Total, first) || lexicon.Contains(Overall, first);
    }

    private static void ReportColumn(DocumentAnalysisContext context, ReportModel model, TextSpan key, FactValue count, ColumnReading column)
    {
        var lines = column.Tables.Select(static t => t.Line).ToList();
        string at = lines.Count == 1
            ? lines[0].ToString(CultureInfo.InvariantCulture)
            : string.Join(", ", lines.Select(static l => l.ToString(CultureInfo.InvariantCulture)));
        var terms = column.Cells.Where(static c => c.Value!.Number != 0).Take(MaxTerms).Select(static c => c.Value!.Number.ToString("0", CultureInfo.InvariantCulture)).ToList();
        string sum = terms.Count switch
        {
            0 => "no row counts any",
            1 => terms[0],
            _ => string.Join(" + ", terms) + (column.Cells.Count(static c => c.Value!.Number != 0) > MaxTerms ? " + …" : string.Empty),
        };
        context.Diagnostics.Report(CategoryColumn, count.Span, ImmutableDictionary<string, string>.Empty,
            column.Cells.Take(MaxTerms).Select(static c => c.Span).ToArray(), Quote(model, key, count), column.Column.Header.ToString().Trim(),
            lines.Count == 1 ? string.Empty : "s", lines.Count == 1 ? string.Empty : "s", at, column.Sum, sum);
    }

    private static string Quote(ReportModel model, TextSpan key, FactValue count) =>
        model.TextOf(key).ToString().Trim() + ": " + count.Text;
}
