using Markdig.Syntax;
using ReportLint.Analysis;
using ReportLint.Text;

namespace ReportLint.Claims;

/// <summary>A row of a table drawn in a code block (<c>│ Parser │ 24 │ ✅ │</c>, <c>| Parser | 24 |</c>).</summary>
internal sealed class DashboardRow
{
    internal DashboardRow(TextSpan span, int line, TextSpan[] cells, bool isHeader)
    {
        Span = span;
        Line = line;
        Cells = cells;
        IsHeader = isHeader;
    }

    /// <summary>The row's line, from its first to its last non-blank character (frame included).</summary>
    public TextSpan Span { get; }

    /// <summary>The 1-based line of the row.</summary>
    public int Line { get; }

    /// <summary>The cells, left to right: source spans without padding or box characters (empty for an empty cell).</summary>
    public IReadOnlyList<TextSpan> Cells { get; }

    /// <summary>Whether it is the table's header: its first row, followed by a separator line and more rows, with no cell that starts with a digit.</summary>
    public bool IsHeader { get; }
}

/// <summary>A table drawn in a code block with box-drawing characters (single or double) or ASCII <c>+-|</c>.</summary>
internal sealed class DashboardTable
{
    internal DashboardTable(DashboardRow[] rows)
    {
        Rows = rows;
        foreach (DashboardRow row in rows)
        {
            ColumnCount = Math.Max(ColumnCount, row.Cells.Count);
        }
    }

    /// <summary>The rows, header included, in order; frame and separator lines are not rows.</summary>
    public IReadOnlyList<DashboardRow> Rows { get; }

    /// <summary>The header row, or null.</summary>
    public DashboardRow? Header => Rows.Count > 0 && Rows[0].IsHeader ? Rows[0] : null;

    /// <summary>The largest number of cells of a row.</summary>
    public int ColumnCount { get; }

    // The table view rules read it through (TableView.Of), made once.
    internal TableView? View { get; set; }
}

/// <summary>
/// A progress bar drawn in a code block: <c>Backend [████████░░] 80%</c>, <c>Frontend ▓▓▓▓▓░░░░░ 50%</c>,
/// <c>API: ##########---- 70%</c>.
/// </summary>
/// <param name="Span">The bar's line, from its first to its last non-blank character inside any frame.</param>
/// <param name="Label">What the bar measures (<c>Backend</c>), trimmed of padding, colons and box characters; empty when none.</param>
/// <param name="Bar">The bar's characters, brackets included.</param>
/// <param name="Filled">The share of the bar drawn filled, from 0 to 1 (partial blocks count as their eighths).</param>
/// <param name="Percent">The percentage stated beside the bar (<c>80%</c>), or an empty span.</param>
/// <param name="StatedPercent">The value of <paramref name="Percent"/>, or null.</param>
/// <param name="Cells">How many cells the bar has (brackets left out; blanks between brackets are empty cells).</param>
internal readonly record struct ProgressBar(TextSpan Span, TextSpan Label, TextSpan Bar, decimal Filled, TextSpan Percent, decimal? StatedPercent, int Cells);

/// <summary>A <c>KEY: value</c> line of a code block (<c>TOTAL_TESTS: 57</c>, <c>Couverture : 92 % ✅</c>).</summary>
/// <param name="Span">The line, from the key to the end of the value.</param>
/// <param name="Key">The key, without padding or the colon.</param>
/// <param name="Value">The value, without padding or a closing box character.</param>
internal readonly record struct KeyValueLine(TextSpan Span, TextSpan Key, TextSpan Value);

/// <summary>
/// A code block that is a status dashboard rather than code: its tables, progress bars and <c>KEY: value</c> lines,
/// with their source spans. Made by <see cref="Dashboards"/>.
/// </summary>
internal sealed class Dashboard
{
    internal Dashboard(CodeBlock block, DashboardTable[] tables, ProgressBar[] bars, KeyValueLine[] keyValues, TextSpan[] lines)
    {
        Block = block;
        Tables = tables;
        Bars = bars;
        KeyValues = keyValues;
        Lines = lines;
    }

    /// <summary>The code block.</summary>
    public CodeBlock Block { get; }

    /// <summary>The tables drawn in it.</summary>
    public IReadOnlyList<DashboardTable> Tables { get; }

    /// <summary>Its progress bars.</summary>
    public IReadOnlyList<ProgressBar> Bars { get; }

    /// <summary>Its <c>KEY: value</c> lines (inside a box frame too).</summary>
    public IReadOnlyList<KeyValueLine> KeyValues { get; }

    /// <summary>
    /// Every line of it that says something, in order: table rows, bars, key-value lines and other text, each from its
    /// first to its last non-blank character; blank lines and lines of frame only are left out.
    /// </summary>
    public IReadOnlyList<TextSpan> Lines { get; }
}

/// <summary>
/// The code blocks of a document that are dashboards (box-drawing or ASCII tables, progress bars, <c>KEY: value</c>
/// blocks), told from code by the shape of their lines, not by the fence's language alone. Built once per document.
/// </summary>
internal sealed class Dashboards
{
    private static readonly Dashboard[] None = [];

    private readonly Dashboard[] _all;
    private readonly Dictionary<CodeBlock, Dashboard>? _byBlock;

    private Dashboards(Dashboard[] all)
    {
        _all = all;
        if (all.Length > 0)
        {
            _byBlock = new Dictionary<CodeBlock, Dashboard>(all.Length, ReferenceEqualityComparer.Instance);
            foreach (Dashboard dashboard in all)
            {
                _byBlock[dashboard.Block] = dashboard;
            }
        }
    }

    /// <summary>Every dashboard, in document order.</summary>
    public IReadOnlyList<Dashboard> All => _all;

    /// <summary>The shared dashboards of a document (none when the parser refused it).</summary>
    public static Dashboards Of(ReportDocument document) => document.GetModel(Build);

    /// <summary>The dashboard a code block is, or null when it is code (or not a block of this document).</summary>
    public Dashboard? For(CodeBlock block) => _byBlock is not null && _byBlock.TryGetValue(block, out Dashboard? dashboard) ? dashboard : null;

    private static Dashboards Build(ReportDocument document)
    {
        List<Dashboard>? found = null;
        try
        {
            foreach (CodeBlock code in document.BlockIndex.CodeBlocks)
            {
                if (Read(document, code) is { } dashboard)
                {
                    (found ??= []).Add(dashboard);
                }
            }
        }
        catch (DocumentParseException)
        {
            // The parser refused the file (RL0005): no code block is known.
        }

        return new Dashboards(found?.ToArray() ?? None);
    }

    // Fences that show documents or changes are examples, never dashboards.
    private static readonly string[] ExampleFences = ["markdown", "md", "html", "xml", "diff", "patch"];

    // Languages whose blocks are code unless the shape is unmistakable (a drawn table or a bar).
    private static readonly string[] CodeFences =
    [
        "csharp", "cs", "c#", "python", "py", "javascript", "js", "typescript", "ts", "tsx", "jsx", "java", "kotlin", "go",
        "rust", "rs", "c", "cpp", "c++", "h", "json", "jsonc", "yaml", "yml", "toml", "ini", "sql", "ruby", "rb", "php",
        "swift", "scala", "dockerfile", "makefile", "css", "scss", "powershell", "ps1", "r", "lua", "perl", "hcl", "terraform",
        "output", "log", "logs",
    ];

    /// <summary>
    /// Reads one code block: the dashboard it is, or null when it is code. One pass over its lines without allocating
    /// decides; only a dashboard is then read into tables, bars and key-value lines.
    /// </summary>
    internal static Dashboard? Read(ReportDocument document, CodeBlock block)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(block);
        string info = (block as FencedCodeBlock)?.Info ?? string.Empty;
        if (IsAmong(info, ExampleFences))
        {
            return null;
        }

        string text = document.Text.Text;
        var shape = default(Shape);
        for (int i = 0; i < block.Lines.Count; i++)
        {
            TextSpan line = LineSpan(text, block, i);
            shape.Add(Classify(text.AsSpan(line.Start, line.Length)));
        }

        if (!shape.IsDashboard(IsAmong(info, CodeFences)))
        {
            return null;
        }

        return Build(document, block);
    }

    private static Dashboard Build(ReportDocument document, CodeBlock block)
    {
        string text = document.Text.Text;
        var tables = new List<DashboardTable>();
        var bars = new List<ProgressBar>();
        var keyValues = new List<KeyValueLine>();
        var lines = new List<TextSpan>();
        var rows = new List<PendingRow>();
        bool markdownTable = false;
        for (int i = 0; i <= block.Lines.Count; i++)
        {
            TextSpan line = i < block.Lines.Count ? LineSpan(text, block, i) : default;
            LineKind kind = i < block.Lines.Count ? Classify(text.AsSpan(line.Start, line.Length)) : LineKind.Blank;
            if (kind is LineKind.Frame or LineKind.MarkdownSeparator)
            {
                markdownTable |= kind == LineKind.MarkdownSeparator;
                if (rows.Count > 0)
                {
                    rows[^1].SeparatorAfter = true;
                }

                continue;
            }

            if (kind == LineKind.Row)
            {
                int number = document.Text.GetLinePosition(line.Start).Line;
                rows.Add(new PendingRow(line, number, Cells(text, line)));
                lines.Add(line);
                continue;
            }

            // Any other line ends the table being read.
            if (rows.Count > 0)
            {
                if (!markdownTable)
                {
                    tables.Add(MakeTable(text, rows));
                }

                rows.Clear();
            }

            markdownTable = false;
            if (kind == LineKind.Blank)
            {
                continue;
            }

            TextSpan content = Content(text, line);
            lines.Add(content);
            if (FindBar(text, content) is { } bar)
            {
                bars.Add(bar);
            }
            else if (FindKeyValue(text, content) is { } keyValue)
            {
                keyValues.Add(keyValue);
            }
        }

        return new Dashboard(block, tables.ToArray(), bars.ToArray(), keyValues.ToArray(), lines.ToArray());
    }

    // A row read before its table is known to end. A class, not a value tuple: framework generic code over a value type
    // is JIT-compiled at every start of the tool.
    private sealed class PendingRow(TextSpan span, int line, TextSpan[] cells)
    {
        public TextSpan Span { get; } = span;

        public int Line { get; } = line;

        public TextSpan[] Cells { get; } = cells;

        public bool SeparatorAfter { get; set; }
    }

    private static DashboardTable MakeTable(string text, List<PendingRow> rows)
    {
        var made = new DashboardRow[rows.Count];
        bool header = rows.Count > 1 && rows[0].SeparatorAfter && !AnyNumberCell(text, rows[0].Cells);
        for (int r = 0; r < rows.Count; r++)
        {
            made[r] = new DashboardRow(rows[r].Span, rows[r].Line, rows[r].Cells, header && r == 0);
        }

        return new DashboardTable(made);
    }

    private static bool AnyNumberCell(string text, TextSpan[] cells)
    {
        foreach (TextSpan cell in cells)
        {
            if (!cell.IsEmpty && char.IsAsciiDigit(text[cell.Start]))
            {
                return true;
            }
        }

        return false;
    }

    // A line of the block without its line break, padding trimmed.
    private static TextSpan LineSpan(string text, CodeBlock block, int i)
    {
        var slice = block.Lines.Lines[i].Slice;
        int start = Math.Clamp(slice.Start, 0, text.Length);
        int end = Math.Clamp(slice.End + 1, start, text.Length);
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        return TextSpan.FromBounds(start, end);
    }

    // The line inside its frame: "║  Overall: 75%  ║" gives "Overall: 75%".
    private static TextSpan Content(string text, TextSpan line)
    {
        int start = line.Start, end = line.End;
        if (end - start >= 2 && IsVertical(text[start]) && IsVertical(text[end - 1]))
        {
            start++;
            end--;
        }

        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }

    private static TextSpan[] Cells(string text, TextSpan line)
    {
        ReadOnlySpan<char> row = text.AsSpan(line.Start, line.Length);
        int count = 0;
        for (int i = 1; i < row.Length; i++)
        {
            count += IsVertical(row[i]) ? 1 : 0;
        }

        var cells = new TextSpan[count];
        int from = 1, c = 0;
        for (int i = 1; i < row.Length; i++)
        {
            if (IsVertical(row[i]))
            {
                cells[c++] = TrimCell(text, line.Start + from, line.Start + i);
                from = i + 1;
            }
        }

        return cells;
    }

    private static TextSpan TrimCell(string text, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || IsBox(text[start])))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || IsBox(text[end - 1])))
        {
            end--;
        }

        return start == end ? new TextSpan(start, 0) : TextSpan.FromBounds(start, end);
    }

    private enum LineKind
    {
        Blank,
        Frame,
        MarkdownSeparator,
        Row,
        Boxed,
        Bar,
        StrongKeyValue,
        ReportKeyValue,
        KeyValue,
        Code,
        Other,
    }

    // What the lines of a block are, counted.
    private struct Shape
    {
        private int _rows, _frames, _markdownSeparators, _boxed, _bars, _strongKeyValues, _reportKeyValues, _keyValues, _code, _other;

        public void Add(LineKind kind)
        {
            switch (kind)
            {
                case LineKind.Row: _rows++; break;
                case LineKind.Frame: _frames++; break;
                case LineKind.MarkdownSeparator: _markdownSeparators++; break;
                case LineKind.Boxed: _boxed++; break;
                case LineKind.Bar: _bars++; break;
                case LineKind.StrongKeyValue: _strongKeyValues++; _reportKeyValues++; break;
                case LineKind.ReportKeyValue: _reportKeyValues++; break;
                case LineKind.KeyValue: _keyValues++; break;
                case LineKind.Code: _code++; break;
                case LineKind.Other: _other++; break;
            }
        }

        public bool IsDashboard(bool codeFence)
        {
            // A table written in Markdown inside a fence is an example of Markdown, not a drawn one.
            int rows = _markdownSeparators > 0 && _frames == 0 ? 0 : _rows;
            int lines = rows + _boxed + _bars + _reportKeyValues;
            if (lines < 2 || _code * 3 > lines)
            {
                return false;
            }

            bool drawn = (rows >= 2 && _frames > 0) || _bars > 0 || (_boxed > 0 && _frames > 0);
            if (drawn)
            {
                return !codeFence || _code == 0;
            }

            // Key-value lines alone: most of the block, no code at all, and at least two of them read as results (a
            // percentage, a status mark, a status in capitals), as a command's property listing does not.
            int said = lines + _keyValues + _other;
            return !codeFence && _code == 0 && _strongKeyValues >= 2 && _reportKeyValues * 2 >= said;
        }
    }

    // One line, trimmed, by its shape.
    private static LineKind Classify(ReadOnlySpan<char> line)
    {
        if (line.IsEmpty)
        {
            return LineKind.Blank;
        }

        if (IsFrame(line, out bool markdown))
        {
            return markdown ? LineKind.MarkdownSeparator : LineKind.Frame;
        }

        if (line.Length >= 2 && IsVertical(line[0]) && IsVertical(line[^1]))
        {
            int cells = 0;
            for (int i = 1; i < line.Length - 1; i++)
            {
                cells += IsVertical(line[i]) ? 1 : 0;
            }

            cells++;
            if (cells >= 2)
            {
                return LineKind.Row;
            }

            ReadOnlySpan<char> inside = line[1..^1].Trim();
            if (inside.IsEmpty)
            {
                return LineKind.Frame;
            }

            // A line in a frame reads as any other, but is never code; a label alone ("│  Backend  │" in a diagram)
            // says nothing.
            LineKind kind = Classify(inside);
            return kind is LineKind.Code or LineKind.Other or LineKind.KeyValue ? (HasResult(inside) ? LineKind.Boxed : LineKind.Other) : kind;
        }

        if (IsTree(line))
        {
            return LineKind.Code;
        }

        if (BarRun(line, out _, out _, out _) >= 0)
        {
            return LineKind.Bar;
        }

        ReadOnlySpan<char> item = WithoutLead(line);
        int colon = KeyEnd(item);
        if (colon > 0)
        {
            ReadOnlySpan<char> key = item[..colon].TrimEnd();
            ReadOnlySpan<char> value = item[(colon + 1)..].Trim();
            if (StartsWithTime(value))
            {
                // "DEBUG: 2024-05-06 15:13:46 …": a log line.
                return LineKind.Code;
            }

            if (!(IsReportKey(key) || IsMetricValue(value)) || !IsEvidenceValue(value))
            {
                return LineKind.KeyValue;
            }

            // A result: a percentage or a status mark on the line, a status in capitals, or a short value under a key in capitals.
            bool marked = IsMetricValue(value) || IsMetricValue(line[..(line.Length - item.Length)]);
            return marked || IsCapitals(value, 4) || (IsCapitals(key, 2) && Words(value) <= 4) ? LineKind.StrongKeyValue : LineKind.ReportKeyValue;
        }

        return IsCode(line) ? LineKind.Code : LineKind.Other;
    }

    // A number, a percentage or a status mark: "✅ 78 fichiers créés", "100% RÉUSSI".
    private static bool HasResult(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (char.IsDigit(c) || c == '%' || IsSymbol(c))
            {
                return true;
            }
        }

        return false;
    }

    // A line of frame only: "┌───┬───┐", "╠═══╣", "+-----+-----+", "|---|:--:|" (Markdown's), "------".
    private static bool IsFrame(ReadOnlySpan<char> line, out bool markdown)
    {
        markdown = false;
        int rules = 0;
        bool box = false, plus = false, pipe = false;
        foreach (char c in line)
        {
            if (c is '─' or '━' or '═' or '-' or '=' or '_' or '~')
            {
                rules++;
            }
            else if (IsBox(c))
            {
                box = true;
            }
            else if (c == '+')
            {
                plus = true;
            }
            else if (c == '|')
            {
                pipe = true;
            }
            else if (c is not (' ' or ':' or '\t'))
            {
                return false;
            }
        }

        markdown = pipe && !plus && !box;
        return rules >= 3;
    }

    // A line of a `tree` listing: "├── src/", "│   └── main.cs", "|-- lib", "`-- bin".
    private static bool IsTree(ReadOnlySpan<char> line)
    {
        int i = 0;
        while (i < line.Length && (line[i] is '│' or ' ' or '\u00A0' || (line[i] == '|' && i + 1 < line.Length && line[i + 1] == ' ')))
        {
            i++;
        }

        return i < line.Length - 1 && line[i] is '├' or '└' or '`' or '|' or '+' &&
               line[i + 1] is '─' or '-';
    }

    // A bullet or status symbols before a key: "- Coverage: 92%", "✅ Tests: 57".
    private static ReadOnlySpan<char> WithoutLead(ReadOnlySpan<char> line)
    {
        int i = 0;
        if (line.Length > 1 && line[0] is '-' or '*' or '•' or '·' or '>' && char.IsWhiteSpace(line[1]))
        {
            i = 2;
        }

        while (i < line.Length && (char.IsWhiteSpace(line[i]) || IsSymbol(line[i]) || line[i] == '\uFE0F'))
        {
            i++;
        }

        return line[i..];
    }

    // Letters in capitals only, at least so many of them, and no digit: "PRODUCTION READY", "TOTAL_TESTS".
    private static bool IsCapitals(ReadOnlySpan<char> text, int minimum)
    {
        int letters = 0;
        foreach (char c in text)
        {
            if (char.IsLower(c) || char.IsDigit(c))
            {
                return false;
            }

            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters >= minimum;
    }

    private static int Words(ReadOnlySpan<char> text)
    {
        int words = 0;
        for (int i = 0; i < text.Length; i++)
        {
            words += !char.IsWhiteSpace(text[i]) && (i == 0 || char.IsWhiteSpace(text[i - 1])) ? 1 : 0;
        }

        return words;
    }

    // A date or time first: "2024-05-06 15:13:46", "12:00:03".
    private static bool StartsWithTime(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty || !char.IsAsciiDigit(value[0]))
        {
            return false;
        }

        int colon = value.IndexOf(':');
        return colon > 0 && colon < 20 && colon + 1 < value.Length && char.IsAsciiDigit(value[colon + 1]) && char.IsAsciiDigit(value[colon - 1]);
    }

    private const int MaxKeyLength = 48;

    // Where the colon of "Key: value" is, or -1: a key starts with a letter, holds words (letters, digits, spaces and
    // a few joiners) and the colon is followed by a space and a value ("http://" and "12:30" are not keys).
    private static int KeyEnd(ReadOnlySpan<char> item)
    {
        if (item.IsEmpty || !char.IsLetter(item[0]))
        {
            return -1;
        }

        int words = 1;
        for (int i = 1; i < item.Length && i <= MaxKeyLength; i++)
        {
            char c = item[i];
            if (c is ':' or '：')
            {
                bool spaced = i + 1 < item.Length && char.IsWhiteSpace(item[i + 1]);
                return spaced && !item[(i + 1)..].Trim().IsEmpty ? i : -1;
            }

            if (c == ' ')
            {
                words += item[i - 1] == ' ' ? 0 : 1;
                if (words > 6)
                {
                    return -1;
                }
            }
            else if (!(char.IsLetterOrDigit(c) || c is '_' or '-' or '.' or '/' or '(' or ')' or '&' or '\'' or '’' or '+' or '#' or '\u00A0'))
            {
                return -1;
            }
        }

        return -1;
    }

    // A key a report writes ("Test coverage", "TOTAL_TESTS", "Status"), not a configuration identifier
    // ("replicas", "apiVersion", "max_retries").
    private static bool IsReportKey(ReadOnlySpan<char> key)
    {
        if (key.IndexOf(' ') > 0)
        {
            return true;
        }

        bool lower = false, upperAfterFirst = false;
        for (int i = 0; i < key.Length; i++)
        {
            lower |= char.IsLower(key[i]);
            upperAfterFirst |= i > 0 && char.IsUpper(key[i]);
        }

        // ALL_CAPS, or one capitalised word.
        return !lower || (char.IsUpper(key[0]) && !upperAfterFirst);
    }

    // A value that reads as a result: a percentage or a status symbol.
    private static bool IsMetricValue(ReadOnlySpan<char> value)
    {
        foreach (char c in value)
        {
            if (c == '%' || IsSymbol(c))
            {
                return true;
            }
        }

        return false;
    }

    // A value with something to check: a number, a percentage, a status symbol or words in capitals ("PRODUCTION READY");
    // not an address.
    private static bool IsEvidenceValue(ReadOnlySpan<char> value)
    {
        if (value.IndexOf("://".AsSpan()) >= 0)
        {
            return false;
        }

        int capitals = 0;
        bool lower = false;
        foreach (char c in value)
        {
            if (char.IsDigit(c) || c == '%' || IsSymbol(c))
            {
                return true;
            }

            capitals += char.IsUpper(c) ? 1 : 0;
            lower |= char.IsLower(c);
        }

        return capitals >= 2 && !lower;
    }

    // The shapes of code: a prompt, a comment, an assignment, a call, a line ending as statements and literals end, a
    // timestamp, a diff marker.
    private static bool IsCode(ReadOnlySpan<char> line)
    {
        char first = line[0], last = line[^1];
        if ((first == '%' && line.Length > 1 && line[1] == ' ') || first is '$' or '#' or '{' or '}' or '[' or ']' or '"' or '<' or '@' or '`' || line.StartsWith("//".AsSpan()) ||
            line.StartsWith("/*".AsSpan()) || line.StartsWith(">>>".AsSpan()) || line.StartsWith("PS ".AsSpan()) ||
            (first == '>' && line.Length > 1 && line[1] == ' ') || (first == '+' && line.Length > 1 && line[1] != '-') ||
            (first == '-' && line.Length > 1 && line[1] is not (' ' or '-')))
        {
            return true;
        }

        if (last is ';' or '{' or '}' or '(' or '[' or ',' or '\\')
        {
            return true;
        }

        // A timestamp or a time at the start: "2024-05-06 12:00:03 INFO …", "12:00:03 …".
        if (StartsWithTime(line))
        {
            return true;
        }

        for (int i = 1; i < line.Length; i++)
        {
            char c = line[i];
            char before = line[i - 1];
            // "name(" with no space: a call or a declaration.
            if (c == '(' && (char.IsLetterOrDigit(before) || before == '_') && i + 1 < line.Length && line[i + 1] != 's')
            {
                return true;
            }

            // "x = 1", "x += 1", "a=b": an assignment, not "==" or "=>". Its target opens the line, so only an early '='
            // is read (a long line of '=' must not be read back from each).
            if (c == '=' && i <= MaxAssignmentTarget && (i + 1 >= line.Length || line[i + 1] is not ('=' or '>')) &&
                before is not ('=' or '!' or '<' or '>') && IdentifierBefore(line[..i]))
            {
                return true;
            }
        }

        return false;
    }

    private const int MaxAssignmentTarget = 64;

    private static bool IdentifierBefore(ReadOnlySpan<char> head)
    {
        head = head.TrimEnd();
        if (head.Length > 0 && head[^1] is '+' or '-' or '*' or '/' or '|' or '&' or ':' or '?')
        {
            head = head[..^1].TrimEnd();
        }

        int end = head.Length;
        int start = end;
        while (start > 0 && (char.IsLetterOrDigit(head[start - 1]) || head[start - 1] is '_' or '.' or ']' or '['))
        {
            start--;
        }

        // The identifier is the whole head, or the last word of a declaration ("var total", "let x").
        return start < end && (start == 0 || head[..start].TrimEnd().IndexOf(' ') < 0) && head[..start].Trim().Length <= 16;
    }

    // A bar's run in a line: its start (or -1), its end, and the filled and total cells. "[███░░]", "▓▓▓▓░░░░",
    // "[####    ]", "##########---- 70%".
    private static int BarRun(ReadOnlySpan<char> line, out int end, out decimal filled, out int cellsCount)
    {
        end = -1;
        filled = 0;
        cellsCount = 0;
        for (int i = 0; i < line.Length; i++)
        {
            bool open = line[i] == '[';
            if (!open && line[i] < 0x80 && line[i] is not ('#' or '=' or '>' or '-' or '.' or '_'))
            {
                // No ASCII character but these fills a cell outside brackets (Fill): no run starts here.
                continue;
            }

            int start = open ? i + 1 : i;
            int j = start;
            decimal full = 0;
            int cells = 0, blocks = 0, ascii = 0, asciiFilled = 0;
            while (j < line.Length)
            {
                char c = line[j];
                decimal share = Fill(c, open, out bool isBlock);
                if (share < 0)
                {
                    break;
                }

                cells++;
                full += share;
                blocks += isBlock ? 1 : 0;
                ascii += isBlock ? 0 : 1;
                asciiFilled += !isBlock && share > 0 && c != ' ' ? 1 : 0;
                j++;
            }

            // Trailing spaces inside brackets are empty cells; outside brackets the run ends at a space. The percentage
            // after the run is read only where it decides: reading it at every position of every line of code was most
            // of the cost of telling dashboards from code.
            bool closed = open && j < line.Length && line[j] == ']';
            bool isBar = cells > 0 && (
                (blocks >= 3 && (blocks == cells || open)) ||
                (closed && cells >= 4 && (blocks > 0 || asciiFilled > 0 || PercentAt(line, j + 1, out _, out _) >= 0) && line[start] != ' ' ) ||
                (!open && ascii >= 5 && asciiFilled > 0 && blocks == 0 && PercentAt(line, j, out _, out _) >= 0));
            if (isBar)
            {
                filled = full / cells;
                cellsCount = cells;
                end = closed ? j + 1 : j;
                return open ? i : start;
            }

            if (cells > 0 && !open)
            {
                i = j - 1;
            }
        }

        return -1;
    }

    // How full a bar character is (1 filled, 0 empty, eighths for partial blocks), or -1 when it is not one.
    private static decimal Fill(char c, bool inBrackets, out bool block)
    {
        block = true;
        switch (c)
        {
            case '█' or '▓' or '■' or '▪' or '●' or '◼' or '▰' or '⬛' or '◆':
                return 1;
            case '░' or '▒' or '□' or '▫' or '○' or '◻' or '▱' or '⬜' or '◇' or '·':
                return 0;
            case >= '▉' and <= '▏':
                return ('▐' - c) / 8m;
        }

        block = false;
        return c switch
        {
            '#' or '=' => 1,
            '>' => 0.5m,
            '-' or '.' or '_' => 0,
            ' ' when inBrackets => 0,
            _ => -1,
        };
    }

    // The most characters of a percentage's number: digits and one separator ("99.99999").
    private const int MaxPercentChars = 16;

    // A percentage starting at or after spaces from index: "80%", "80 %", "92.5%"; returns the start of the number or -1.
    private static int PercentAt(ReadOnlySpan<char> line, int from, out int end, out decimal value)
    {
        end = -1;
        value = 0;
        int i = from;
        while (i < line.Length && (line[i] is ' ' or '\u00A0' or '\u202F' or '\t'))
        {
            i++;
        }

        int start = i;
        while (i < line.Length && (char.IsAsciiDigit(line[i]) || (i > start && line[i] is '.' or ',' && i + 1 < line.Length && char.IsAsciiDigit(line[i + 1]))))
        {
            i++;
        }

        if (i == start)
        {
            return -1;
        }

        // A percentage of more digits than any a report states (the quantity scanner's bound) is none: reading it
        // would overflow.
        int numberEnd = i;
        if (numberEnd - start > MaxPercentChars)
        {
            return -1;
        }

        while (i < line.Length && (line[i] is ' ' or '\u00A0' or '\u202F'))
        {
            i++;
        }

        if (i >= line.Length || line[i] != '%')
        {
            return -1;
        }

        // Read in place: the shape pass must not allocate.
        decimal scale = 0;
        for (int d = start; d < numberEnd; d++)
        {
            if (line[d] is '.' or ',')
            {
                scale = 1;
                continue;
            }

            value = (value * 10) + (line[d] - '0');
            scale *= 10;
        }

        value = scale > 1 ? value / scale : value;

        end = i + 1;
        return start;
    }

    private static ProgressBar? FindBar(string text, TextSpan content)
    {
        ReadOnlySpan<char> line = text.AsSpan(content.Start, content.Length);
        int start = BarRun(line, out int end, out decimal filled, out int cells);
        if (start < 0)
        {
            return null;
        }

        TextSpan barSpan = TextSpan.FromBounds(content.Start + start, content.Start + end);
        TextSpan label = TrimLabel(text, content.Start, content.Start + start);
        TextSpan percent = default;
        decimal? stated = null;
        int at = PercentAt(line, end, out int percentEnd, out decimal value);
        if (at < 0)
        {
            // "Backend 80% [████████░░]": the percentage closes the label.
            for (int p = start - 1; p >= 0 && at < 0; p--)
            {
                if (line[p] == '%')
                {
                    int q = p;
                    while (q > 0 && (char.IsAsciiDigit(line[q - 1]) || line[q - 1] is '.' or ',' or ' ' or '\u00A0' or '\u202F'))
                    {
                        q--;
                    }

                    while (q < p && !char.IsAsciiDigit(line[q]))
                    {
                        q++;
                    }

                    at = q < p ? PercentAt(line, q, out percentEnd, out value) : -1;
                    if (at >= 0)
                    {
                        label = TrimLabel(text, content.Start, content.Start + at);
                    }
                }
                else if (!char.IsWhiteSpace(line[p]) && line[p] is not (':' or '-' or '|'))
                {
                    break;
                }
            }
        }

        if (at >= 0)
        {
            percent = TextSpan.FromBounds(content.Start + at, content.Start + percentEnd);
            stated = value;
        }

        return new ProgressBar(content, label, barSpan, filled, percent, stated, cells);
    }

    private static TextSpan TrimLabel(string text, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || IsBox(text[start]) || text[start] is '-' or '*' or '•'))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || IsBox(text[end - 1]) || text[end - 1] is ':' or '：' or '|' or '-' or '['))
        {
            end--;
        }

        return start == end ? new TextSpan(start, 0) : TextSpan.FromBounds(start, end);
    }

    private static KeyValueLine? FindKeyValue(string text, TextSpan content)
    {
        ReadOnlySpan<char> line = text.AsSpan(content.Start, content.Length);
        ReadOnlySpan<char> item = WithoutLead(line);
        int offset = content.Start + (line.Length - item.Length);
        int colon = KeyEnd(item);
        if (colon <= 0)
        {
            return null;
        }

        int keyEnd = colon;
        while (keyEnd > 0 && char.IsWhiteSpace(item[keyEnd - 1]))
        {
            keyEnd--;
        }

        TextSpan value = TrimCell(text, offset + colon + 1, content.End);
        return value.IsEmpty ? null : new KeyValueLine(TextSpan.FromBounds(offset, value.End), new TextSpan(offset, keyEnd), value);
    }

    private static bool IsAmong(string info, string[] names)
    {
        ReadOnlySpan<char> word = info.AsSpan().Trim();
        int space = word.IndexOfAny(' ', '{');
        word = space >= 0 ? word[..space] : word;
        foreach (string name in names)
        {
            if (word.Equals(name.AsSpan(), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // Box-drawing characters (U+2500–U+257F).
    private static bool IsBox(char c) => c >= '\u2500' && c <= '\u257F';

    // The characters that separate cells: the light, heavy and double box verticals, and the ASCII pipe.
    private static bool IsVertical(char c) => c is '│' or '┃' or '║' or '|' or '┆' or '┊';

    // A status mark or emoji: dingbats and miscellaneous symbols (✅ ❌ ⚠ ✓ ✗ ⭐), or an emoji's surrogate.
    private static bool IsSymbol(char c) => (c >= '\u2600' && c <= '\u27BF') || (c >= '\u2B00' && c <= '\u2BFF' && c is not '⬛' and not '⬜') || char.IsSurrogate(c);
}
