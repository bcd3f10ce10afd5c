using System.Collections.Concurrent;
using Markdig.Extensions.Tables;
using ReportLint.Analysis;
using ReportLint.Lexicons;
using ReportLint.Text;

namespace ReportLint.Claims;

/// <summary>A table cell: its span (padding trimmed) and its folded text.</summary>
internal readonly record struct CellView(TextSpan Span, string Folded)
{
    // A row with fewer cells than the table has columns (or a header line that is only `|`) still has a cell in
    // every column: an empty one, whose folded text is empty rather than null.
    internal static readonly CellView Missing = new(default, string.Empty);
}

/// <summary>A table row as cells by column.</summary>
internal sealed class RowView
{
    internal RowView(TableRow? row, int index, CellView[] cells, int line, bool isHeader)
    {
        Row = row;
        Index = index;
        _cells = cells;
        Line = line;
        IsHeader = isHeader;
        if (cells.Length > 0)
        {
            int start = int.MaxValue, end = 0;
            foreach (CellView cell in cells)
            {
                start = cell.Span.IsEmpty ? start : Math.Min(start, cell.Span.Start);
                end = Math.Max(end, cell.Span.End);
            }

            Extent = TextSpan.FromBounds(start == int.MaxValue ? 0 : start, end);
        }
    }

    /// <summary>The Markdig row, or null for a row of a table drawn in a code block (see <see cref="Dashboard"/>).</summary>
    public TableRow? Row { get; }

    /// <summary>The row index in the table (0 is the header when there is one).</summary>
    public int Index { get; }

    private readonly CellView[] _cells;

    /// <summary>The cells, by column index; a missing cell has an empty span.</summary>
    public IReadOnlyList<CellView> Cells => _cells;

    /// <summary>The 1-based line of the row.</summary>
    public int Line { get; }

    /// <summary>
    /// From the start of the first cell with text to the end of the last cell (from 0 when no cell has text); empty
    /// for a row without cells.
    /// </summary>
    public TextSpan Extent { get; }

    /// <summary>Whether it is the header row.</summary>
    public bool IsHeader { get; }

    /// <summary>The cell in a column, or an empty cell.</summary>
    public CellView this[int column] => (uint)column < (uint)_cells.Length ? _cells[column] : CellView.Missing;
}

/// <summary>
/// A pipe table, or a table drawn in a code block (<see cref="DashboardTable"/>), as rows of trimmed cells, with
/// columns found by their header words.
/// </summary>
internal sealed class TableView
{
    private TableView(Table? table, RowView[] rows, int columns)
    {
        Table = table;
        Rows = rows;
        ColumnCount = columns;
    }

    /// <summary>The Markdig table, or null for a table drawn in a code block.</summary>
    public Table? Table { get; }

    /// <summary>All rows, header included.</summary>
    public IReadOnlyList<RowView> Rows { get; }

    /// <summary>The header row, or null.</summary>
    public RowView? Header => Rows.Count > 0 && Rows[0].IsHeader ? Rows[0] : null;

    /// <summary>The body rows.</summary>
    public IEnumerable<RowView> Body => Rows.Where(r => !r.IsHeader);

    /// <summary>The number of columns.</summary>
    public int ColumnCount { get; }

    /// <summary>The view of a table, built once per document and shared by every rule that asks.</summary>
    public static TableView Of(ReportDocument document, Table table)
    {
        // Read without a lock: rules ask for a table's view once per row they look at.
        ConcurrentDictionary<Table, TableView> views = document.GetModel(static _ => new ConcurrentDictionary<Table, TableView>(ReferenceEqualityComparer.Instance));
        return views.TryGetValue(table, out TableView? view) ? view : views.GetOrAdd(table, Create(document, table));
    }

    /// <summary>The view of a table drawn in a code block, built once and shared by every rule that asks.</summary>
    public static TableView Of(ReportDocument document, DashboardTable table)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(table);
        if (table.View is { } view)
        {
            return view;
        }

        var rows = new RowView[table.Rows.Count];
        for (int r = 0; r < rows.Length; r++)
        {
            DashboardRow row = table.Rows[r];
            var cells = new CellView[table.ColumnCount];
            for (int c = 0; c < cells.Length; c++)
            {
                cells[c] = c < row.Cells.Count ? new CellView(row.Cells[c], TextFolding.Fold(document.GetText(row.Cells[c]))) : CellView.Missing;
            }

            rows[r] = new RowView(null, r, cells, row.Line, row.IsHeader);
        }

        // Two threads may both build it: the views are equal, and either is kept.
        return table.View = new TableView(null, rows, table.ColumnCount);
    }

    private static TableView Create(ReportDocument document, Table table)
    {
        // Counted first: the rows go straight into an array of their number, with no list grown and copied.
        int count = 0;
        foreach (var block in table)
        {
            count += block is TableRow ? 1 : 0;
        }

        var rows = new RowView[count];
        int index = 0;
        foreach (var block in table)
        {
            if (block is not TableRow row)
            {
                continue;
            }

            var cells = new CellView[Math.Max(table.ColumnDefinitions.Count, row.Count)];
            int column = 0;
            foreach (var cellBlock in row)
            {
                if (cellBlock is TableCell cell && column < cells.Length)
                {
                    TextSpan span = Trim(document.Text.Text, document.GetSpan(cell));
                    cells[column] = new CellView(span, TextFolding.Fold(document.GetText(span)));
                    column++;
                }
            }

            for (; column < cells.Length; column++)
            {
                cells[column] = CellView.Missing;
            }

            int line = document.Text.GetLinePosition(document.GetSpan(row).Start).Line;
            rows[index] = new RowView(row, index, cells, line, row.IsHeader);
            index++;
        }

        return new TableView(table, rows, table.ColumnDefinitions.Count);
    }

    /// <summary>The first column whose header folds to a phrase of <paramref name="section"/>, or -1.</summary>
    public int FindColumn(Lexicon lexicon, LexiconSection section)
    {
        if (Header is not { } header)
        {
            return -1;
        }

        for (int c = 0; c < header.Cells.Count; c++)
        {
            string folded = header.Cells[c].Folded;
            if (folded.Length > 0 && (lexicon.Contains(section, folded) || PhraseMatcher.StartsWithAny(folded, lexicon, section)))
            {
                return c;
            }
        }

        return -1;
    }

    private static TextSpan Trim(string text, TextSpan span)
    {
        int start = span.Start, end = span.End;
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] == '|'))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == '|'))
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }
}
