using Markdig.Extensions.Tables;
using ReportLint.Claims;
using ReportLint.Collections;
using ReportLint.Lexicons;
using ReportLint.Text;

namespace ReportLint.Model;

/// <summary>What a table column holds, from its header words (lexicon sections <c>column.*</c>).</summary>
public enum ColumnRole
{
    /// <summary>Nothing the model reads a role from.</summary>
    Other,
    /// <summary>What each row is about: the first column that has no other role.</summary>
    Label,
    /// <summary>The measured value or result (<c>column.result</c>: "Result", "Achieved", "Réel").</summary>
    Value,
    /// <summary>The unit of the row's values (<c>column.unit</c>).</summary>
    Unit,
    /// <summary>The target or threshold (<c>column.target</c>: "Target", "Objectif", "Seuil").</summary>
    Target,
    /// <summary>The status (<c>column.status</c>: "Status", "Statut").</summary>
    Status,
}

/// <summary>A column of a table, with the role its header gives it.</summary>
public sealed class ModelColumn
{
    internal ModelColumn(int index, ColumnRole role, DisplayText header, string folded)
    {
        Index = index;
        Role = role;
        Header = header;
        FoldedHeader = folded;
    }

    /// <summary>The 0-based column index.</summary>
    public int Index { get; }

    /// <summary>What the column holds.</summary>
    public ColumnRole Role { get; }

    /// <summary>The header text, for messages.</summary>
    public DisplayText Header { get; }

    /// <summary>The header, folded.</summary>
    public string FoldedHeader { get; }
}

/// <summary>
/// A cell of a table: its span, its text and the value it holds. A value of its row and column, not an object of its
/// own: a table has a cell per row and column, and the row keeps what a cell reads once (its value).
/// </summary>
public readonly struct ModelCell : IEquatable<ModelCell>
{
    private readonly ModelColumn _column;

    internal ModelCell(ModelRow row, ModelColumn column)
    {
        Row = row;
        _column = column;
    }

    /// <summary>The row.</summary>
    public ModelRow Row { get; }

    /// <summary>The column (every cell the model makes has one; the type stays nullable for hosts written against it).</summary>
    public ModelColumn? Column => _column;

    /// <summary>The cell's text without its padding (empty for a missing cell).</summary>
    public TextSpan Span => Row.View[_column.Index].Span;

    /// <summary>The cell's text, folded.</summary>
    public string Folded => Row.View[_column.Index].Folded;

    /// <summary>Whether the cell has no text.</summary>
    public bool IsEmpty => Span.IsEmpty;

    /// <summary>The cell's text for messages (emphasis dropped, mojibake repaired), made when read: a table has a cell per row and column.</summary>
    public DisplayText Text => DisplayText.Of(Row.Table.Model.Document, Span);

    /// <summary>
    /// The value the cell holds: the whole cell when it is one quantity or a letter grade (<c>**B+**</c>), else the
    /// first quantity of its prose; null when it holds none. Its span is always in the source. Read once, kept by the row.
    /// </summary>
    public FactValue? Value => Row.ValueOf(this, _column.Index);

    /// <summary>Whether the cell says nothing was measured: it is empty, an empty mark ("-", "—", "n/a": lexicon section
    /// <c>cell.empty</c>) or a word for a value not known yet ("TBD": <c>cell.unknown</c>).</summary>
    public bool IsPlaceholder => IsEmptyMark || Row.Table.Model.Document.Lexicon.Contains(CellUnknown, Folded);

    /// <summary>Whether the cell has nothing in it: empty, or an empty mark ("-", "—", "n/a": lexicon section <c>cell.empty</c>).</summary>
    internal bool IsEmptyMark => Folded.Length == 0 || Row.Table.Model.Document.Lexicon.Contains(CellEmpty, Folded);

    private static readonly LexiconSection CellEmpty = new("cell.empty");
    private static readonly LexiconSection CellUnknown = new("cell.unknown");

    /// <summary>Whether both are the cell of the same row and column.</summary>
    public bool Equals(ModelCell other) => ReferenceEquals(Row, other.Row) && ReferenceEquals(_column, other._column);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ModelCell other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() =>
        unchecked((System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(Row) * 31) + (_column?.Index ?? 0));

    /// <summary>Whether both are the cell of the same row and column.</summary>
    public static bool operator ==(ModelCell left, ModelCell right) => left.Equals(right);

    /// <summary>Whether they are cells of different rows or columns.</summary>
    public static bool operator !=(ModelCell left, ModelCell right) => !left.Equals(right);
}

/// <summary>A table row: its cells by column, and the statement it makes.</summary>
public sealed class ModelRow : IReadOnlyList<ModelCell>
{
    internal ModelRow(ModelTable table, RowView view, int position)
    {
        Table = table;
        View = view;
        Position = position;
    }

    // Its place in the table's rows, where the table keeps its cells' values.
    internal int Position { get; }

    internal RowView View { get; }

    // The cells, by column, walked with no enumerator object (the name is the array's that held them).
    internal RowCells CellArray => new(this);

    /// <summary>The cell of the row that holds the span, or null.</summary>
    internal ModelCell? CellHolding(TextSpan span)
    {
        foreach (ModelCell cell in CellArray)
        {
            if (cell.Span.Contains(span))
            {
                return cell;
            }
        }

        return null;
    }

    /// <summary>The table.</summary>
    public ModelTable Table { get; }

    /// <summary>The row index in the table (0 is the header when there is one).</summary>
    public int Index => View.Index;

    /// <summary>The 1-based line of the row.</summary>
    public int Line => View.Line;

    /// <summary>Whether it is the header row.</summary>
    public bool IsHeader => View.IsHeader;

    /// <summary>From the first cell with text to the end of the last cell.</summary>
    public TextSpan Span => View.Extent;

    /// <summary>The cells, by column (the row itself: no list is made).</summary>
    public IReadOnlyList<ModelCell> Cells => this;

    /// <summary>The cell in a column (an empty cell when the row has none there).</summary>
    public ModelCell this[ModelColumn column] => new(this, Table.ColumnArray[column.Index]);

    /// <summary>The cell of the first column with <paramref name="role"/>, or null.</summary>
    public ModelCell? CellWith(ColumnRole role) => Table.ColumnWith(role) is { } column ? this[column] : null;

    /// <summary>What the row is about: its label cell's text (empty when the table has no label column).</summary>
    public DisplayText Label => CellWith(ColumnRole.Label)?.Text ?? DisplayText.Empty;

    int IReadOnlyCollection<ModelCell>.Count => Table.ColumnArray.Length;

    ModelCell IReadOnlyList<ModelCell>.this[int index] => new(this, Table.ColumnArray[index]);

    IEnumerator<ModelCell> IEnumerable<ModelCell>.GetEnumerator()
    {
        foreach (ModelColumn column in Table.ColumnArray)
        {
            yield return new ModelCell(this, column);
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => ((IEnumerable<ModelCell>)this).GetEnumerator();

    // The value of the cell in column index, read once and kept by the table.
    internal FactValue? ValueOf(ModelCell cell, int index) => Table.ValueOf(cell, (Position * Table.ColumnArray.Length) + index);

    /// <summary>A row's cells by column, walked with no enumerator object.</summary>
    internal readonly struct RowCells(ModelRow row)
    {
        public int Length => row.Table.ColumnArray.Length;

        public ModelCell this[int index] => new(row, row.Table.ColumnArray[index]);

        public Enumerator GetEnumerator() => new(row);

        public struct Enumerator(ModelRow row)
        {
            private int _index = -1;

            public readonly ModelCell Current => new(row, row.Table.ColumnArray[_index]);

            public bool MoveNext() => ++_index < row.Table.ColumnArray.Length;
        }
    }
}

/// <summary>A pipe table: columns with roles and rows of cells.</summary>
public sealed class ModelTable
{
    private readonly ModelColumn?[] _byRole;
    private readonly ModelColumn[] _columns;
    // Every row, in the order of its lines: a row is found by a binary search of its line, with no map per table.
    private readonly ModelRow[] _rows;
    private ModelRow[]? _body;

    // A pipe table (table is its Markdig block) or a table drawn in a code block (table is null; span is where it is
    // drawn): the view gives the cells either way.
    internal ModelTable(ReportModel model, TableView view, TextSpan span, Analysis.ReportDocument document)
    {
        Model = model;
        Span = span;
        Markdown = view.Table;
        Line = document.Text.GetLinePosition(Span.Start).Line;
        int count = view.ColumnCount;
        for (int r = 0; r < view.Rows.Count; r++)
        {
            count = Math.Max(count, view.Rows[r].Cells.Count);
        }

        // Scratch on the stack for a table of ordinary width: only the columns are kept.
        Span<ColumnRole> roles = count <= 64 ? stackalloc ColumnRole[count] : new ColumnRole[count];
        Assign(view, document, roles, LexiconSections.ColumnTarget, ColumnRole.Target);
        Assign(view, document, roles, LexiconSections.ColumnResult, ColumnRole.Value);
        Assign(view, document, roles, LexiconSections.ColumnStatus, ColumnRole.Status);
        Assign(view, document, roles, LexiconSections.ColumnUnit, ColumnRole.Unit);
        for (int c = 0; c < count; c++)
        {
            if (roles[c] == ColumnRole.Other && view.Header is not null)
            {
                roles[c] = ColumnRole.Label;
                break;
            }
        }

        var columns = new ModelColumn[count];
        _byRole = new ModelColumn?[6];
        for (int c = 0; c < count; c++)
        {
            CellView header = view.Header is { } h ? h[c] : CellView.Missing;
            columns[c] = new ModelColumn(c, roles[c], header.Span.IsEmpty ? DisplayText.Empty : DisplayText.Of(document, header.Span), header.Folded);
            _byRole[(int)roles[c]] ??= columns[c];
        }

        _columns = columns;
        var rows = new ModelRow[view.Rows.Count];
        for (int r = 0; r < rows.Length; r++)
        {
            rows[r] = new ModelRow(this, view.Rows[r], r);
        }

        Rows = _rows = rows;

        Section = model.SectionAt(Span.Start);
    }

    // The first column whose header is a phrase of the section gets the role, unless an earlier role took it.
    private static void Assign(TableView view, Analysis.ReportDocument document, Span<ColumnRole> roles, LexiconSection section, ColumnRole role)
    {
        int column = view.FindColumn(document.Lexicon, section);
        if (column >= 0 && column < roles.Length && roles[column] == ColumnRole.Other)
        {
            roles[column] = role;
        }
    }

    // The model it belongs to, for its cells.
    internal ReportModel Model { get; }

    /// <summary>The table's span.</summary>
    public TextSpan Span { get; }

    /// <summary>The 1-based line of its first row.</summary>
    public int Line { get; }

    /// <summary>The innermost section holding it.</summary>
    public ModelSection? Section { get; }

    // What a cell whose value has been read keeps when it holds none.
    private static readonly object NoValue = new();

    // By row and column, null until read, then the cell's value or NoValue: one array for the table, made when a
    // cell's value is first read.
    private object?[]? _cellValues;

    // The value of a cell at slot (row position times columns, plus column), read once. Two threads may read it at
    // once; the first kept is kept.
    internal FactValue? ValueOf(ModelCell cell, int slot)
    {
        object?[] values = Volatile.Read(ref _cellValues)
            ?? Interlocked.CompareExchange(ref _cellValues, new object?[_rows.Length * _columns.Length], null) ?? _cellValues!;
        object? read = Volatile.Read(ref values[slot]);
        if (read is null)
        {
            read = Model.ReadCell(cell) ?? NoValue;
            read = Interlocked.CompareExchange(ref values[slot], read, null) ?? read;
        }

        return read as FactValue;
    }

    // The columns' own array, for the rows' cells (never handed out to a host, which could write to it).
    internal ModelColumn[] ColumnArray => _columns;

    /// <summary>The columns, with their roles (walked with no enumerator allocated).</summary>
    public Items<ModelColumn> Columns => _columns;

    /// <summary>Every row, header included.</summary>
    public IReadOnlyList<ModelRow> Rows { get; }

    // Every row as the array behind Rows, walked with no enumerator (never handed out to a host, which could write to it).
    internal ModelRow[] RowArray => _rows;

    /// <summary>The body rows.</summary>
    public IEnumerable<ModelRow> Body => Rows.Where(r => !r.IsHeader);

    // The body rows as an array, made once (never handed out to a host, which could write to it).
    internal ModelRow[] BodyArray => _body ??= BodyOf(_rows);

    private static ModelRow[] BodyOf(ModelRow[] rows)
    {
        int count = 0;
        foreach (ModelRow row in rows)
        {
            count += row.IsHeader ? 0 : 1;
        }

        var body = new ModelRow[count];
        int k = 0;
        foreach (ModelRow row in rows)
        {
            if (!row.IsHeader)
            {
                body[k++] = row;
            }
        }

        return body;
    }

    /// <summary>Whether it was read from a code-fence dashboard (box-drawing table) rather than a pipe table.</summary>
    public bool IsDashboard { get; internal init; }

    // The pipe table's Markdig block; null for a table drawn in a code block.
    internal Markdig.Extensions.Tables.Table? Markdown { get; }

    /// <summary>The first column with <paramref name="role"/>, or null.</summary>
    public ModelColumn? ColumnWith(ColumnRole role) => _byRole[(int)role];

    internal ModelRow? RowOf(TableRow row) =>
        Find(row.Line, markdown: true, row) is { } found && ReferenceEquals(found.View.Row, row) ? found : FindOneByOne(row.Line, markdown: true, row);

    // The row drawn on a line of a code block (a dashboard's table), or null.
    internal ModelRow? RowAtLine(int line) => Find(line, markdown: false, null) is { View.Row: null } found ? found : null;

    // The row at a line: a Markdig row's own (0-based) line, or a drawn row's (1-based) line. Rows follow one another
    // line by line; a row of the other kind met on the way (none in the tables read today) is searched past, one by one.
    private ModelRow? Find(int line, bool markdown, TableRow? row)
    {
        int lo = 0, hi = _rows.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            TableRow? own = _rows[mid].View.Row;
            if (markdown != own is not null)
            {
                return FindOneByOne(line, markdown, row);
            }

            int at = own?.Line ?? _rows[mid].Line;
            if (at == line)
            {
                return _rows[mid];
            }

            if (at < line)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return null;
    }

    private ModelRow? FindOneByOne(int line, bool markdown, TableRow? row)
    {
        foreach (ModelRow candidate in _rows)
        {
            if (markdown ? ReferenceEquals(candidate.View.Row, row) : candidate.View.Row is null && candidate.Line == line)
            {
                return candidate;
            }
        }

        return null;
    }
}
