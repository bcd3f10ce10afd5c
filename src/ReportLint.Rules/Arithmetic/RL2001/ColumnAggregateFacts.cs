using Markdig.Syntax;
using ReportLint.Claims;
using ReportLint.Collections;
using ReportLint.Lexicons;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Arithmetic;

/// <summary>A part of a column aggregate: a body cell above a total, with the value the whole cell holds.</summary>
internal sealed class AggregatePart
{
    internal AggregatePart(ModelCell cell, FactValue? value)
    {
        Cell = cell;
        Value = value;
    }

    /// <summary>The cell.</summary>
    public ModelCell Cell { get; }

    /// <summary>The value when the whole cell is one value, or null when it holds text ("about a day").</summary>
    public FactValue? Value { get; }

    /// <summary>The 1-based line of the cell's row.</summary>
    public int Line => Cell.Row.Line;
}

/// <summary>What a column aggregate states of its parts.</summary>
internal enum AggregateKind
{
    /// <summary>Their sum: a Total row, a heading's bracketed total.</summary>
    Sum,
    /// <summary>An overall figure: their sum or their mean ("SCORE GLOBAL", "Overall", "Moyenne").</summary>
    Overall,
}

/// <summary>
/// A stated total of a table column and the cells it totals: a Total row's cell over the body rows above it (down
/// from the last total), or a heading's bracketed figure ("Phase 1 (7.5h)") over a column of the first table under it.
/// Placeholder cells ("-", "n/a") are no parts; sub-total rows are neither parts nor totals.
/// </summary>
internal sealed class ColumnAggregate
{
    private readonly List<ModelRow> _rows;
    private AggregatePart[]? _parts;

    // The parts are the cells of the rows in the column, read when first asked: a heading's figure stands for one
    // column of its table, and its aggregates over the other columns are mostly never read.
    internal ColumnAggregate(FactValue total, ModelTable table, ModelColumn column, ModelSection? heading, List<ModelRow> rows, AggregateKind kind = AggregateKind.Sum)
    {
        Kind = kind;
        Total = total;
        Table = table;
        Column = column;
        Heading = heading;
        _rows = rows;
    }

    /// <summary>What the total states of its parts.</summary>
    public AggregateKind Kind { get; }

    /// <summary>The stated total.</summary>
    public FactValue Total { get; }

    /// <summary>The total's row label or heading as written ("SCORE GLOBAL"), for messages.</summary>
    public DisplayText Label { get; internal init; } = DisplayText.Empty;

    /// <summary>The total's row label, folded ("weighted score"), or empty for a heading's total.</summary>
    public string FoldedLabel { get; internal init; } = string.Empty;

    /// <summary>Whether a column of the table weighs the rows (lexicon section <c>column.weight</c>): its total is no plain sum or mean.</summary>
    public bool IsWeighted { get; internal init; }

    /// <summary>The table of the parts.</summary>
    public ModelTable Table { get; }

    /// <summary>The column of the parts.</summary>
    public ModelColumn Column { get; }

    /// <summary>The heading whose bracketed figure is the total, or null for a Total row.</summary>
    public ModelSection? Heading { get; }

    /// <summary>Whether the total is a heading's figure, matched to its table by place alone.</summary>
    public bool IsHeadingTotal => Heading is not null;

    /// <summary>The cells totalled, in order.</summary>
    /// <remarks>Walked with no enumerator allocated.</remarks>
    public Items<AggregatePart> Parts =>
        Volatile.Read(ref _parts) ?? Interlocked.CompareExchange(ref _parts, ColumnAggregateFacts.PartsOf(Table.Model, _rows, Column), null) ?? _parts!;
}

/// <summary>Facts only RL2001 reads, built once per document beside the model: the column totals tables state.</summary>
internal static class ColumnAggregateFacts
{
    private static readonly RuleFacts<ColumnAggregate[]> Facts = new(BuildColumnAggregates);

    // Indexed once by table: a report of thousands of tables asks for each of them.
    private static readonly RuleFacts<Dictionary<Markdig.Extensions.Tables.Table, ColumnAggregate[]>> ByTable = new(IndexByTable);

    /// <summary>
    /// The column totals the report states, in document order: each Total row's cells (label aside) that hold one
    /// value, over the body rows above, and each heading's bracketed total over each column of the table under it.
    /// </summary>
    public static IReadOnlyList<ColumnAggregate> Of(ReportModel model) => Facts.Of(model);

    /// <summary>The column totals whose parts are in <paramref name="table"/>: its Total rows', and the bracketed total of the heading above it.</summary>
    public static IReadOnlyList<ColumnAggregate> AggregatesOf(ReportModel model, Markdig.Extensions.Tables.Table table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return ByTable.Of(model).TryGetValue(table, out ColumnAggregate[]? found) ? found : [];
    }

    private static Dictionary<Markdig.Extensions.Tables.Table, ColumnAggregate[]> IndexByTable(ReportModel model)
    {
        IReadOnlyList<ColumnAggregate> all = Of(model);
        if (IndexByRuns(all) is { } byRuns)
        {
            return byRuns;
        }

        var index = new Dictionary<Markdig.Extensions.Tables.Table, List<ColumnAggregate>>(ReferenceEqualityComparer.Instance);
        foreach (ColumnAggregate aggregate in all)
        {
            if (aggregate.Table.Markdown is { } markdown)
            {
                if (!index.TryGetValue(markdown, out List<ColumnAggregate>? list))
                {
                    index[markdown] = list = [];
                }

                list.Add(aggregate);
            }
        }

        var result = new Dictionary<Markdig.Extensions.Tables.Table, ColumnAggregate[]>(index.Count, ReferenceEqualityComparer.Instance);
        foreach (KeyValuePair<Markdig.Extensions.Tables.Table, List<ColumnAggregate>> entry in index)
        {
            result[entry.Key] = entry.Value.ToArray();
        }

        return result;
    }

    // The index as above when each table's aggregates come together, tables in the order of the text (as they are
    // built): each run copied out to its array, the index made at the runs' number. No list per table, no index grown
    // as it fills. Null when a table's aggregates do not come together (IndexByTable gathers them then).
    private static Dictionary<Markdig.Extensions.Tables.Table, ColumnAggregate[]>? IndexByRuns(IReadOnlyList<ColumnAggregate> all)
    {
        int runs = 0;
        Markdig.Extensions.Tables.Table? last = null;
        for (int i = 0; i < all.Count; i++)
        {
            if (all[i].Table.Markdown is not { } markdown || ReferenceEquals(markdown, last))
            {
                continue;
            }

            // A table starting no later than the last one's start may be one already seen.
            if (last is not null && markdown.Span.Start <= last.Span.Start)
            {
                return null;
            }

            last = markdown;
            runs++;
        }

        var result = new Dictionary<Markdig.Extensions.Tables.Table, ColumnAggregate[]>(runs, ReferenceEqualityComparer.Instance);
        for (int i = 0; i < all.Count;)
        {
            if (all[i].Table.Markdown is not { } markdown)
            {
                i++;
                continue;
            }

            // The run of this table, aggregates of no Markdown table between its own skipped as the index skips them.
            int count = 0, end = i;
            for (; end < all.Count && (all[end].Table.Markdown is null || ReferenceEquals(all[end].Table.Markdown, markdown)); end++)
            {
                count += all[end].Table.Markdown is null ? 0 : 1;
            }

            var run = new ColumnAggregate[count];
            for (int k = i, n = 0; k < end; k++)
            {
                if (all[k].Table.Markdown is not null)
                {
                    run[n++] = all[k];
                }
            }

            result[markdown] = run;
            i = end;
        }

        return result;
    }

    /// <summary>
    /// The value a cell holds when the whole cell is that one value ("**7.5h**", "1 200 €"), or null when the cell
    /// holds text around it.
    /// </summary>
    public static FactValue? WholeValueOf(ReportModel model, ModelCell cell)
    {
        return cell.Value is { } value && model.IsWhole(cell, value) ? value : null;
    }

    /// <summary>Whether a row is a total row: its label (the first of its first three cells that opens with a letter) opens with a word of the lexicon section <c>total</c>, and not <c>subtotal</c>.</summary>
    public static bool IsTotalRow(ReportModel model, ModelRow row) => AggregateLabel(model, row) == RowAggregate.Total;

    internal enum RowAggregate
    {
        None,
        Total,
        Subtotal,
        Overall,
    }

    // The label of a row: the first of its first three cells that opens with a letter.
    private static int LabelColumn(ModelRow row)
    {
        for (int c = 0; c < Math.Min(row.Cells.Count, 3); c++)
        {
            string folded = row.Cells[c].Folded;
            if (folded.Length > 0 && char.IsLetter(folded[0]))
            {
                return c;
            }
        }

        return -1;
    }

    /// <summary>A row's label, folded: the first of its first three cells that opens with a letter, or empty.</summary>
    internal static string LabelOf(ModelRow row) => LabelColumn(row) is int label and >= 0 ? row.Cells[label].Folded : string.Empty;

    private static readonly LexiconSection SubtotalWords = new("subtotal");

    /// <summary>Whether a row's label names it a total anywhere in it ("Code Total", "Sous-total back-end").</summary>
    internal static bool NamesTotal(ReportModel model, ModelRow row)
    {
        string folded = LabelOf(row);
        return folded.Length > 0 && (PhraseMatcher.ContainsAny(folded, model.Document.Lexicon, LexiconSections.Total) ||
            PhraseMatcher.ContainsAny(folded, model.Document.Lexicon, SubtotalWords));
    }

    internal static RowAggregate AggregateLabel(ReportModel model, ModelRow row)
    {
        string folded = LabelOf(row);
        if (folded.Length == 0)
        {
            return RowAggregate.None;
        }

        return PhraseMatcher.StartsWithAny(folded, model.Document.Lexicon, SubtotalWords) ? RowAggregate.Subtotal
            : PhraseMatcher.StartsWithAny(folded, model.Document.Lexicon, LexiconSections.Total) ? RowAggregate.Total
            : model.Document.Lexicon.Contains(new LexiconSection("overall"), folded) ? RowAggregate.Overall
            : RowAggregate.None;
    }

    private static ColumnAggregate[] BuildColumnAggregates(ReportModel model)
    {
        // Gathered in a list kept per thread (the array is copied out), not a list grown for every document.
        List<ColumnAggregate> aggregates = t_aggregates ?? [];
        t_aggregates = null;
        aggregates.Clear();
        var headingTotals = HeadingTotals(model);
        foreach (ModelTable table in model.Tables)
        {
            if (table.Markdown is { } markdown && headingTotals.TryGetValue(markdown, out (FactValue Total, ModelSection? Heading) heading))
            {
                // Most rows are parts: the list is made at the rows' number, not grown to it.
                var all = new List<ModelRow>(table.BodyArray.Length);
                foreach (ModelRow row in table.BodyArray)
                {
                    if (AggregateLabel(model, row) == RowAggregate.None)
                    {
                        all.Add(row);
                    }
                }

                foreach (ModelColumn column in table.Columns)
                {
                    aggregates.Add(new ColumnAggregate(heading.Total, table, column, heading.Heading, all));
                }
            }

            ModelRow[] body = table.BodyArray;
            bool? weighted = null;
            int firstPart = 0;
            for (int r = 0; r < body.Length; r++)
            {
                ModelRow row = body[r];
                RowAggregate kind = AggregateLabel(model, row);
                if (kind is not (RowAggregate.Total or RowAggregate.Overall))
                {
                    continue;
                }

                var parts = new List<ModelRow>(r - firstPart);
                for (int p = firstPart; p < r; p++)
                {
                    if (AggregateLabel(model, body[p]) == RowAggregate.None)
                    {
                        parts.Add(body[p]);
                    }
                }

                firstPart = r + 1;
                int label = LabelColumn(row);
                weighted ??= IsWeighted(model, table);
                foreach (ModelColumn column in table.Columns)
                {
                    if (column.Index != label && TotalValueOf(model, row[column]) is { } total)
                    {
                        aggregates.Add(new ColumnAggregate(total, table, column, null, SameThing(model, parts, total, label >= 0 ? row.Cells[label].Folded : string.Empty),
                            kind == RowAggregate.Overall ? AggregateKind.Overall : AggregateKind.Sum) { IsWeighted = weighted.Value, Label = row.Cells[label].Text, FoldedLabel = row.Cells[label].Folded });
                    }
                }
            }
        }

        ColumnAggregate[] result = aggregates.ToArray();
        aggregates.Clear();
        t_aggregates = aggregates.Capacity <= 4096 ? aggregates : null;
        return result;
    }

    [ThreadStatic]
    private static List<ColumnAggregate>? t_aggregates;

    // Whether a column header says the rows are weighted (lexicon section column.weight).
    internal static bool IsWeighted(ReportModel model, ModelTable table)
    {
        foreach (ModelColumn column in table.Columns)
        {
            if (PhraseMatcher.ContainsAny(column.FoldedHeader, model.Document.Lexicon, new LexiconSection("column.weight")))
            {
                return true;
            }
        }

        return false;
    }

    // A total that names what it counts ("88 Tests", or its row's label: "| **Total Lines of Code** | ~1,500 |") totals the
    // rows about that thing: a row whose label ends on another thing ("Test files", "Routes", "TypeScript Files") is not
    // one of its parts. Rows whose label names no thing stay parts.
    private static List<ModelRow> SameThing(ReportModel model, List<ModelRow> rows, FactValue total, string foldedLabel)
    {
        string? thing = total.Noun.Length > 0 && model.Document.Lexicon.Contains(CountNoun, total.Noun)
            ? ReportModel.Singular(total.Noun)
            : total.Noun.Length == 0 ? HeadThing(model, foldedLabel) : null;
        if (thing is null)
        {
            return rows;
        }

        var same = new List<ModelRow>(rows.Count);
        foreach (ModelRow row in rows)
        {
            int label = LabelColumn(row);
            string? head = label >= 0 ? HeadThing(model, row.Cells[label].Folded) : null;
            if (head is null || head == thing)
            {
                same.Add(row);
            }
        }

        return same;
    }

    // The last countable noun of a folded label, singular ("typescript files" → "file", "critical issues" → "issue": a
    // word of count.noun or count.category-noun), or the lines it measures ("total lines of code"), or null.
    private static string? HeadThing(ReportModel model, string folded)
    {
        string? head = null;
        foreach (string word in folded.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            string clean = word.Trim('*', '_', ':', ',', '(', ')');
            if (model.Document.Lexicon.Contains(CountNoun, clean) || model.Document.Lexicon.Contains(CategoryNoun, clean))
            {
                head = ReportModel.Singular(clean);
            }
            else if (model.Document.Lexicon.Contains(LinesUnit, clean))
            {
                head = LinesUnit.Name;
            }
        }

        return head;
    }

    private static readonly LexiconSection CountNoun = new("count.noun"), CategoryNoun = new("count.category-noun"), LinesUnit = new("unit.lines");

    // A total cell: one value, or a count with the noun it counts ("**88 Tests**").
    private static FactValue? TotalValueOf(ReportModel model, ModelCell cell)
    {
        if (CellFigure(model, cell) is { } whole)
        {
            return whole;
        }

        if (cell.Value is not { Unit.Length: 0, Denominator: null, Noun.Length: > 0 } count || model.StatementOf(cell.Row) is not { } statement ||
            !statement.Span.Contains(cell.Span))
        {
            return null;
        }

        foreach (char c in statement.Prose[TextSpan.FromBounds(cell.Span.Start, count.Span.Start)])
        {
            if (c is not (' ' or '*' or '_'))
            {
                return null;
            }
        }

        foreach (char c in statement.Prose[TextSpan.FromBounds(count.Span.End, cell.Span.End)])
        {
            if (!(char.IsLetter(c) || c is ' ' or '*' or '_'))
            {
                return null;
            }
        }

        return count;
    }

    // The figure of a cell: its one value, the percentage of a fraction with its percentage ("14/16 (88%)"), or a value
    // beside status marks ("✅ 100%"); null when the cell holds anything else.
    private static FactValue? CellFigure(ReportModel model, ModelCell cell)
    {
        if (WholeValueOf(model, cell) is { } whole)
        {
            return whole;
        }

        if (model.StatementOf(cell.Row) is not { } statement || !statement.Span.Contains(cell.Span))
        {
            return null;
        }

        // The cell's first two values: a figure is one value, or a ratio and its percentage ("7/17 (41%)", "41%
        // (7/17)"); more make none.
        FactValue? first = null, second = null;
        int count = 0;
        foreach (FactValue value in statement.Values)
        {
            if (cell.Span.Contains(value.Span))
            {
                if (++count > 2)
                {
                    return null;
                }

                if (count == 1)
                {
                    first = value;
                }
                else
                {
                    second = value;
                }
            }
        }

        FactValue? figure = count switch
        {
            1 => first,
            2 when first!.IsRatio && second!.IsPercentage => second,
            2 when first!.IsPercentage && second!.IsRatio && ReportModel.InBrackets(statement, second) => first,
            _ => null,
        };
        if (figure is null)
        {
            return null;
        }

        ReadOnlySpan<char> text = statement.Prose[cell.Span];
        for (int i = 0; i < text.Length; i++)
        {
            int at = cell.Span.Start + i;
            if (text[i] is ' ' or '*' or '_' or '(' or ')' || char.IsWhiteSpace(text[i]) || Within(first, at) || Within(second, at) || WithinSymbol(statement, at))
            {
                continue;
            }

            return null;
        }

        return figure;
    }

    private static bool Within(FactValue? value, int position) =>
        value is not null && position >= value.Span.Start && position < value.Span.End;

    private static bool WithinSymbol(ModelStatement statement, int position)
    {
        foreach (StatusMark mark in statement.Marks)
        {
            if (mark.IsSymbol && position >= mark.Span.Start && position < mark.Span.End)
            {
                return true;
            }
        }

        return false;
    }

    internal static AggregatePart[] PartsOf(ReportModel model, List<ModelRow> rows, ModelColumn column)
    {
        // Counted first, then filled: the array is made at its size, with no list grown and copied.
        int count = 0;
        foreach (ModelRow row in rows)
        {
            count += IsPart(row[column]) ? 1 : 0;
        }

        var parts = new AggregatePart[count];
        int k = 0;
        foreach (ModelRow row in rows)
        {
            ModelCell cell = row[column];
            if (IsPart(cell))
            {
                parts[k++] = new AggregatePart(cell, CellFigure(model, cell));
            }
        }

        return parts;
    }

    // A cell that has something in it: not empty, not a dash or "n/a" (lexicon section cell.empty).
    private static bool IsPart(ModelCell cell) => !cell.IsEmptyMark;

    // One pass over the top-level blocks: a heading with a bracketed total is matched with the first table that
    // follows it before the next heading.
    private static Dictionary<Markdig.Extensions.Tables.Table, (FactValue Total, ModelSection? Heading)> HeadingTotals(ReportModel model)
    {
        // At most one total a table: made at the tables' number, not grown as it fills.
        var totals = new Dictionary<Markdig.Extensions.Tables.Table, (FactValue, ModelSection?)>(model.Tables.Count, ReferenceEqualityComparer.Instance);
        (FactValue, ModelSection?)? pending = null;
        // The statements come in document order, as the blocks do: a heading's statement is the first at or after the
        // heading's start, when that one is the heading's (a heading with no text has none). No map of the headings.
        IReadOnlyList<ModelStatement> statements = model.Statements;
        int next = 0;
        foreach (Block block in model.Document.Syntax)
        {
            if (block is HeadingBlock heading)
            {
                ModelStatement? statement = TotalFacts.HeadingStatement(model, statements, heading, ref next);
                pending = statement is not null && BracketedTotal(statement) is { } total
                    ? (total, model.SectionAt(statement.Span.Start))
                    : null;
            }
            else if (block is Markdig.Extensions.Tables.Table table && pending is { } found)
            {
                pending = null;
                totals[table] = found;
            }
        }

        return totals;
    }

    // "(7.5h)" in a heading: a bracket holding one value only, with a unit that is no percentage, exact or about.
    private static FactValue? BracketedTotal(ModelStatement heading)
    {
        ProseView prose = heading.Prose;
        ReadOnlySpan<char> text = prose.Chars;
        int open = text.IndexOf('(');
        while (open >= 0)
        {
            int close = SpanSearch.IndexOf(text, ')', open);
            if (close < 0)
            {
                return null;
            }

            var inside = TextSpan.FromBounds(prose.Span.Start + open + 1, prose.Span.Start + close);
            FactValue? only = null;
            int count = 0;
            foreach (FactValue value in heading.Values)
            {
                if (inside.Contains(value.Span))
                {
                    only = value;
                    count++;
                }
            }

            if (count == 1 && only is { Unit.Length: > 0, IsPercentage: false, Denominator: null, Comparison: Comparison.Exact or Comparison.Approximately })
            {
                return only;
            }

            open = SpanSearch.IndexOf(text, '(', close + 1);
        }

        return null;
    }

}
