using System.Collections.Immutable;
using ReportLint.Analysis;
using ReportLint.Lexicons;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Status;

// RL3004, a count named by a table's row and column: "**Tests d'Intégration**: 15 tests" and the row "| Intégration |
// 10 | 10 | 100% |" under the columns "Tests Créés", "Tests Réussis". The item's name is the row's label and a word of
// the column's header; no count of those columns agrees.
public sealed partial class RL3004MetricValueConflict
{
    private sealed record CountCell(HashSet<string> Label, string Written, List<(HashSet<string> Header, string Written, FactValue Value)> Counts, int Line);

    private static void ReportCountsAgainstTableCells(DocumentAnalysisContext context, ReportModel model)
    {
        Lexicon lexicon = context.Document.Lexicon;
        Dictionary<string, List<CountCell>>? rows = null;
        var candidates = new HashSet<CountCell>();
        // One set for every statement's name, emptied for the next: most names are of the wrong size and let go.
        var name = new HashSet<string>(StringComparer.Ordinal);
        foreach (ModelStatement statement in model.StatementArray)
        {
            if (statement.Kind is not (StatementKind.ListItem or StatementKind.KeyValueLine) || statement.Subject.ToString() is not { Length: >= 4 } subject
                || FirstWholeCount(statement) is not { } count)
            {
                continue;
            }

            StatusWords.Into(subject, lexicon, name);
            if (name.Count is < 2 or > 3)
            {
                continue;
            }

            rows ??= ByLabelWord(CountRows(model, lexicon));
            candidates.Clear();
            foreach (string word in name)
            {
                if (rows.TryGetValue(word, out List<CountCell>? withWord))
                {
                    candidates.UnionWith(withWord);
                }
            }

            // In document order, whatever the set's order.
            var ordered = new List<CountCell>(candidates);
            ordered.Sort(static (a, b) => a.Line.CompareTo(b.Line));
            foreach (CountCell row in ordered)
            {
                if (row.Line == statement.Line || !name.IsSupersetOf(row.Label))
                {
                    continue;
                }

                var rest = new HashSet<string>(name);
                rest.ExceptWith(row.Label);
                bool any = false, agrees = false;
                FactValue? other = null;
                string? column = null;
                foreach ((HashSet<string> header, string written, FactValue value) in row.Counts)
                {
                    if (rest.Count > 0 && header.IsSupersetOf(rest))
                    {
                        any = true;
                        agrees |= value.Number == count.Number;
                        other ??= value;
                        column ??= written;
                    }
                }

                if (any && !agrees && other is not null)
                {
                    context.Diagnostics.Report(CountAgainstTableCell, count.Span, ImmutableDictionary<string, string>.Empty, [other.Span],
                        subject, count.Text, other.Text, row.Line, row.Written, column);
                    break;
                }
            }
        }
    }

    // The rows by each word of their label: a name is compared with the rows that share a word with it only.
    private static Dictionary<string, List<CountCell>> ByLabelWord(List<CountCell> rows)
    {
        var byWord = new Dictionary<string, List<CountCell>>(StringComparer.Ordinal);
        foreach (CountCell row in rows)
        {
            foreach (string word in row.Label)
            {
                if (!byWord.TryGetValue(word, out List<CountCell>? list))
                {
                    byWord[word] = list = [];
                }

                list.Add(row);
            }
        }

        return byWord;
    }

    // The statement's first count: a whole number, no percentage, ratio or range ("15 tests (10%)" → 15).
    private static FactValue? FirstWholeCount(ModelStatement statement)
    {
        foreach (FactValue value in statement.Values)
        {
            return IsWholeCount(value) && value.Number > 0 ? value : null;
        }

        return null;
    }

    // The rows of the document's tables with a label of one or two words and their whole counts by column header.
    private static List<CountCell> CountRows(ReportModel model, Lexicon lexicon)
    {
        var rows = new List<CountCell>();
        foreach (ModelTable table in model.Tables)
        {
            if (table.IsDashboard || table.ColumnWith(ColumnRole.Label) is not { } labels)
            {
                continue;
            }

            foreach (ModelRow row in table.BodyArray)
            {
                HashSet<string> label = Words(row[labels].Text.ToString(), lexicon);
                if (label.Count is < 1 or > 2)
                {
                    continue;
                }

                var counts = new List<(HashSet<string>, string, FactValue)>();
                foreach (ModelColumn column in table.Columns)
                {
                    if (column != labels && row[column].Value is { } value && IsWholeCount(value))
                    {
                        counts.Add((Words(column.Header.ToString(), lexicon), column.Header.ToString().Trim(), value));
                    }
                }

                if (counts.Count > 0)
                {
                    rows.Add(new CountCell(label, row[labels].Text.ToString().Trim(), counts, row.Line));
                }
            }
        }

        return rows;
    }
}
