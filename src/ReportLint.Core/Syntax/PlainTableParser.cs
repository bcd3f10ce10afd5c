using Markdig.Extensions.Tables;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ReportLint.Syntax;

/// <summary>
/// A block parser for the plain pipe tables that status reports are full of, building the same <see cref="Table"/>
/// that Markdig's pipe-table extension builds at inline time, at a fraction of its cost: a cell of plain text is
/// given its paragraph and its one literal directly, and only a cell with inline syntax is left to the inline
/// parser. Every table it does not take is left to Markdig's extension, which stays in the pipeline.
/// </summary>
/// <remarks>
/// It takes a table only where its reading cannot differ from Markdig's: at the top level of the document, not right
/// under a paragraph's line (Markdig cuts such a table out of the paragraph), every line from a '|' in the first
/// column to a last '|', a delimiter row of as many columns as the header, every row as many cells, a blank line or
/// the end of the text after it, and no character that could join or split cells at inline time (a code span's
/// backtick, a backslash, a link's bracket, an HTML tag's angle bracket, an emphasis run across cells).
/// </remarks>
internal sealed class PlainTableParser : BlockParser
{
    // Characters with which a cell is left to the inline parser: emphasis (and its extras), code, links, escapes,
    // entities and HTML. A cell without any is one literal.
    private static readonly System.Buffers.SearchValues<char> InlineSyntax = System.Buffers.SearchValues.Create("*_`[]!<>\\&~^=+");

    // Characters of inline syntax that may hold a '|' that Markdig does not take for a cell's edge.
    private static readonly System.Buffers.SearchValues<char> Enclosing = System.Buffers.SearchValues.Create("`\\[]<>(");

    /// <summary>Creates the parser; it opens on '|'.</summary>
    public PlainTableParser() => OpeningCharacters = ['|'];

    /// <inheritdoc />
    public override bool CanInterrupt(BlockProcessor processor, Block block) => block is not ParagraphBlock;

    /// <inheritdoc />
    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent || processor.Indent != 0 || processor.CurrentContainer is not MarkdownDocument || processor.TrackTrivia)
        {
            return BlockState.None;
        }

        string text = processor.Line.Text;
        int start = processor.Line.Start;
        if (start != processor.CurrentLineStartPosition || (start > 0 && text[start - 1] != '\n'))
        {
            return BlockState.None;
        }

        if (!Scan(text, start, out int rows, out int columns, out List<TableColumnDefinition>? definitions))
        {
            return BlockState.None;
        }

        var table = new PlainTable(this, rows, columns)
        {
            Line = processor.LineIndex,
            Column = 0,
        };
        table.ColumnDefinitions.AddRange(definitions);
        table.AddRow(text, start, processor.LineIndex, isHeader: true);
        processor.NewBlocks.Push(table);
        return BlockState.ContinueDiscard;
    }

    /// <inheritdoc />
    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        var table = (PlainTable)block;
        if (table.LinesLeft == 0)
        {
            return BlockState.Break;
        }

        table.LinesLeft--;
        if (!table.DelimiterSeen)
        {
            // The delimiter row makes no row, but the table spans it.
            table.DelimiterSeen = true;
            table.Span = new SourceSpan(table.Span.Start, LastPipe(processor.Line.Text, processor.CurrentLineStartPosition));
            return BlockState.ContinueDiscard;
        }

        table.AddRow(processor.Line.Text, processor.CurrentLineStartPosition, processor.LineIndex, isHeader: false);
        return BlockState.ContinueDiscard;
    }

    // Whether the lines from start form a table this parser takes: a header, a delimiter row of as many columns, rows
    // of as many cells, then a blank line or the end. rows counts the lines after the header.
    private static bool Scan(string text, int start, out int rows, out int columns, out List<TableColumnDefinition> definitions)
    {
        rows = 0;
        columns = 0;
        definitions = [];
        int at = start;
        int line = 0;
        while (at < text.Length)
        {
            int end = text.IndexOf('\n', at);
            end = end < 0 ? text.Length : end;
            ReadOnlySpan<char> content = text.AsSpan(at, end - at).TrimEnd(" \t\r");
            if (content.IsEmpty || content.IsWhiteSpace())
            {
                break;
            }

            if (content[0] != '|')
            {
                // A line of text right under the table continues Markdig's paragraph: left to the extension.
                return false;
            }

            // A tab widens a cell's columns, and a lone carriage return breaks the line where this scan does not.
            if (content.Length < 2 || content[^1] != '|' || content.IndexOfAny('\t', '\r') >= 0 || (content.IndexOfAny(Enclosing) >= 0 && !PipesAreEdges(content)))
            {
                return false;
            }

            if (line != 1 && DelimiterAgainstPipe(content))
            {
                return false;
            }

            if (line == 1)
            {
                if (!Delimiters(content, definitions) || definitions.Count != columns)
                {
                    return false;
                }
            }
            else
            {
                int cells = CountCells(content);
                if (line == 0)
                {
                    columns = cells;
                }
                else if (cells != columns)
                {
                    return false;
                }
            }

            line++;
            at = end + 1;
        }

        rows = line - 1;
        return line >= 2 && columns > 0;
    }

    // Whether every '|' of a row's line is a cell's edge as Markdig reads it: none escaped, none inside a code span, a
    // link's text or destination, or an HTML tag or autolink; and no code span, link or tag left open on the line (it
    // could close on a later line of Markdig's paragraph, past pipes). One pass: the next closing character of each
    // kind and the next pipe are found once and kept until passed, so a line of many openings costs no more than one.
    private static bool PipesAreEdges(ReadOnlySpan<char> line)
    {
        int nextBracket = -2, nextParen = -2, nextAngle = -2, nextPipe = -2;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (c == '\\')
            {
                // An escaped pipe or backtick is text; any other escape is the cell's own.
                if (i + 1 < line.Length && line[i + 1] is '|' or '`')
                {
                    return false;
                }

                i++;
            }
            else if (c == '`')
            {
                int run = 1;
                while (i + run < line.Length && line[i + run] == '`')
                {
                    run++;
                }

                int close = ClosingRun(line, i + run, run);
                if (close < 0 || Next(line, i + run, '|', ref nextPipe) < close)
                {
                    return false;
                }

                i = close + run - 1;
            }
            else if (c == '[' && i + 2 < line.Length && line[i + 1] is ' ' or 'x' or 'X' && line[i + 2] == ']')
            {
                // A task box: the extension reads one in a cell only in some places.
                return false;
            }
            else if (c is '[' or '(' || (c == '<' && i + 1 < line.Length && (char.IsAsciiLetter(line[i + 1]) || line[i + 1] is '/' or '!' or '?')))
            {
                int close = c switch
                {
                    '[' => Next(line, i + 1, ']', ref nextBracket),
                    '(' => Next(line, i + 1, ')', ref nextParen),
                    _ => Next(line, i + 1, '>', ref nextAngle),
                };
                if (close == line.Length ? c != '(' : Next(line, i + 1, '|', ref nextPipe) < close)
                {
                    return false;
                }
            }
            else if (c == ']' && line[..i].LastIndexOf('[') < 0)
            {
                return false;
            }
        }

        return true;
    }

    // The index of the next c at or after from (the line's length when there is none), kept in cached until passed.
    private static int Next(ReadOnlySpan<char> line, int from, char c, ref int cached)
    {
        if (cached < from && cached != line.Length)
        {
            int at = line[from..].IndexOf(c);
            cached = at < 0 ? line.Length : from + at;
        }

        return cached;
    }

    // Whether an emphasis delimiter touches a pipe ("~|", "|**"): the extension reads the pipe beside it as punctuation
    // when it decides whether the run opens or closes, and a lone cell's parse may decide otherwise.
    private static bool DelimiterAgainstPipe(ReadOnlySpan<char> line)
    {
        for (int i = line.IndexOf('|'); i >= 0 && i < line.Length; i = line[(i + 1)..].IndexOf('|') is int next and >= 0 ? i + 1 + next : -1)
        {
            if ((i > 0 && DelimiterRun.Contains(line[i - 1])) || (i + 1 < line.Length && DelimiterRun.Contains(line[i + 1])))
            {
                return true;
            }
        }

        return false;
    }

    // The start of the next run of exactly run backticks at or after from, or -1.
    private static int ClosingRun(ReadOnlySpan<char> line, int from, int run)
    {
        int i = from;
        while (i < line.Length)
        {
            int at = line[i..].IndexOf('`');
            if (at < 0)
            {
                return -1;
            }

            int start = i + at, length = 1;
            while (start + length < line.Length && line[start + length] == '`')
            {
                length++;
            }

            if (length == run)
            {
                return start;
            }

            i = start + length;
        }

        return -1;
    }

    // The position of the last '|' of the line that starts at start.
    private static int LastPipe(string text, int start)
    {
        int end = text.IndexOf('\n', start);
        end = end < 0 ? text.Length : end;
        return start + text.AsSpan(start, end - start).TrimEnd(" \t\r").Length - 1;
    }

    private static int CountCells(ReadOnlySpan<char> line) => line[1..^1].Count('|') + 1;

    // The delimiter row: cells of '-' with an optional ':' at either end, spaces around.
    private static bool Delimiters(ReadOnlySpan<char> line, List<TableColumnDefinition> definitions)
    {
        ReadOnlySpan<char> rest = line[1..^1];
        while (true)
        {
            int pipe = rest.IndexOf('|');
            ReadOnlySpan<char> cell = (pipe < 0 ? rest : rest[..pipe]).Trim(' ');
            bool left = cell.Length > 0 && cell[0] == ':', right = cell.Length > 0 && cell[^1] == ':';
            ReadOnlySpan<char> dashes = cell[(left ? 1 : 0)..(cell.Length - (right && cell.Length > 1 ? 1 : 0))];
            if (dashes.IsEmpty || !dashes.Trim('-').IsEmpty)
            {
                return false;
            }

            definitions.Add(new TableColumnDefinition
            {
                Alignment = left && right ? TableColumnAlign.Center : left ? TableColumnAlign.Left : right ? TableColumnAlign.Right : null,
            });
            if (pipe < 0)
            {
                return true;
            }

            rest = rest[(pipe + 1)..];
        }
    }

    // A cell with inline syntax, once its inlines are parsed, trimmed as the extension trims it: the first leaf's
    // content at its start and the last's at its end, the inlines emptied at the start dropped; the cell, its paragraph
    // and its inlines span from the first inline left to the last.
    private static void TrimCell(InlineProcessor processor, Inline? inline)
    {
        if (processor.Block is not ParagraphBlock { Inline: { } root } paragraph)
        {
            return;
        }

        // The start: the first leaf is trimmed, walking into a link but not into an emphasis (whose delimiter the
        // extension had not yet resolved), and emptied literals at the start dropped.
        Inline? leaf = root.FirstChild;
        while (leaf is ContainerInline container and not (DelimiterInline or EmphasisInline))
        {
            leaf = container.FirstChild;
        }

        if (leaf is LiteralInline head)
        {
            head.Content.TrimStart();
        }

        while (root.FirstChild is LiteralInline { Content.IsEmpty: true } empty)
        {
            empty.Remove();
        }

        // The end. After an emphasis, or a delimiter run left unmatched ("14.1*   "), the rest of the cell was inside
        // the delimiter when the extension cut the row: its last leaf is trimmed and stays, emptied. Otherwise the
        // spaces at the end are cut off with the pipe, and the last inline left is trimmed, into a link or emphasis.
        bool delimited = false;
        for (Inline? child = root.FirstChild; child is not null && !delimited; child = child.NextSibling)
        {
            delimited = child is EmphasisInline || (child is LiteralInline literal && HoldsDelimiter(literal));
        }

        if (!delimited)
        {
            while (root.LastChild is LiteralInline trailing && trailing.Content.IsEmptyOrWhitespace() && trailing != root.FirstChild)
            {
                trailing.Remove();
            }
        }

        leaf = root.LastChild;
        while (leaf is ContainerInline container)
        {
            leaf = container.LastChild;
        }

        if (leaf is LiteralInline tail)
        {
            tail.Content.TrimEnd();
        }

        SourceSpan span = root.FirstChild is { } firstInline ? new SourceSpan(firstInline.Span.Start, root.LastChild!.Span.End) : SourceSpan.Empty;
        root.Span = paragraph.Span = span;
        // Lines as the extension gives them (the inline parser of a lone cell may leave an inline's line at 0).
        root.Line = paragraph.Line;
        root.Column = paragraph.Column = root.FirstChild?.Column ?? 0;
        if (paragraph.Parent is TableCell cell)
        {
            SourceSpan old = cell.Span;
            cell.Span = span;
            cell.Column = paragraph.Column;
            if (cell.Parent is TableRow row)
            {
                Respan(row, cell, old);
            }
        }
    }

    // A row spans from its first cell with a span to its last, and starts where that first cell starts: when a cell
    // that bounds it is trimmed, the bound moves with it, or to the next cell with a span when it is left with none.
    private static void Respan(TableRow row, TableCell cell, SourceSpan old)
    {
        if (row.Span.Start == old.Start)
        {
            TableCell? first = cell.Span.IsEmpty ? Neighbour(row, row.IndexOf(cell), 1) : cell;
            if (first is null)
            {
                row.Span = SourceSpan.Empty;
                row.Line = 0;
                return;
            }

            row.Span = new SourceSpan(first.Span.Start, row.Span.End);
            row.Column = first.Column;
        }

        if (row.Span.End == old.End)
        {
            TableCell? last = cell.Span.IsEmpty ? Neighbour(row, row.IndexOf(cell), -1) : cell;
            row.Span = last is null ? SourceSpan.Empty : new SourceSpan(row.Span.Start, last.Span.End);
        }
    }

    // The nearest cell with a span from index in the direction step, or null. Only for a cell left with no inline, which
    // a cell with any character but spaces never is: its index is looked up then.
    private static TableCell? Neighbour(TableRow row, int index, int step)
    {
        for (int i = index + step; i >= 0 && i < row.Count; i += step)
        {
            if (row[i] is TableCell { Span.IsEmpty: false } found)
            {
                return found;
            }
        }

        return null;
    }

    // Whether a literal holds a run of emphasis delimiters that the emphasis parser took for a delimiter and left
    // unmatched: a run of at least its minimum length that can open or close, as Markdig's EmphasisInlineParser decides
    // it ('*' and '_' from one, '~' from one to two, '^' one, '+' and '=' two). One pass over the literal's source.
    private static bool HoldsDelimiter(LiteralInline literal)
    {
        string? text = literal.Content.Text;
        if (text is null || literal.Content.IsEmpty)
        {
            return false;
        }

        int end = literal.Content.End;
        // Whether the character at at is escaped, kept as the pass goes (the parser marks a literal that opens with one).
        bool escaped = literal.IsFirstCharacterEscaped;
        int at = literal.Content.Start;
        while (at <= end)
        {
            char c = text[at];
            int minimum = c switch { '*' or '_' or '~' or '^' => 1, '+' or '=' => 2, _ => 0 };
            if (minimum == 0 || escaped)
            {
                escaped = c == '\\' && !escaped;
                at++;
                continue;
            }

            // A run from here (one that follows an escaped character of its kind starts here: "\__").
            int run = 1;
            while (at + run < text.Length && text[at + run] == c)
            {
                run++;
            }

            if (run >= minimum)
            {
                char before = at > 0 ? text[at - 1] : '\n', after = at + run < text.Length ? text[at + run] : '\n';
                CharHelper.CheckOpenCloseDelimiter(before, after, c != '_', out bool canOpen, out bool canClose);
                if (canOpen || canClose)
                {
                    return true;
                }
            }

            escaped = false;
            at += run;
        }

        return false;
    }

    private static readonly System.Buffers.SearchValues<char> DelimiterRun = System.Buffers.SearchValues.Create("*_~^+=");

    /// <summary>The table while its lines are read: how many are left, and whether the delimiter row was read.</summary>
    private sealed class PlainTable(BlockParser parser, int linesLeft, int columns) : Table(parser)
    {
        public int LinesLeft = linesLeft;

        public bool DelimiterSeen;

        private readonly int _columns = columns;

        // A row as Markdig's extension builds it: a cell from after a '|' to before the next, untrimmed; an empty cell
        // (spaces only) with no span; the row from its first cell's start to its last cell's end.
        public void AddRow(string text, int start, int lineIndex, bool isHeader)
        {
            int last = LastPipe(text, start);
            var row = new TableRow { IsHeader = isHeader };
            int cellStart = start + 1;
            int rowStart = -1, rowEnd = -1;
            for (int c = 0; c < _columns; c++)
            {
                int pipe = text.IndexOf('|', cellStart, last - cellStart + 1);
                var cell = new TableCell(Parser) { ColumnIndex = -1, ColumnSpan = 1, RowSpan = 1, AllowClose = true };
                var paragraph = new ParagraphBlock(null);
                ReadOnlySpan<char> content = text.AsSpan(cellStart, pipe - cellStart);
                if (!content.IsWhiteSpace())
                {
                    var span = new SourceSpan(cellStart, pipe - 1);
                    int column = cellStart - start;
                    cell.Span = paragraph.Span = span;
                    cell.Line = paragraph.Line = lineIndex;
                    cell.Column = paragraph.Column = column;
                    rowStart = rowStart < 0 ? cellStart : rowStart;
                    rowEnd = pipe - 1;
                    if (content.IndexOfAny(InlineSyntax) >= 0)
                    {
                        var slice = new StringSlice(text, cellStart, pipe - 1);
                        paragraph.AppendLine(ref slice, column, lineIndex, cellStart, false);
                        paragraph.ProcessInlinesEnd += TrimCell;
                    }
                    else
                    {
                        // The literal's content is trimmed, its span not, as the extension leaves them.
                        int first = cellStart + (content.Length - content.TrimStart(' ').Length);
                        int lastChar = pipe - 1 - (content.Length - content.TrimEnd(' ').Length);
                        var inline = new ContainerInline { Span = span, Line = lineIndex, Column = column };
                        inline.AppendChild(new LiteralInline(new StringSlice(text, first, lastChar)) { Span = span, Line = lineIndex, Column = column });
                        paragraph.Inline = inline;
                        paragraph.ProcessInlines = false;
                    }
                }
                else
                {
                    // Markdig gives a blank cell no span at all, its paragraph and inlines likewise.
                    cell.Span = paragraph.Span = SourceSpan.Empty;
                    paragraph.Inline = new ContainerInline { Span = SourceSpan.Empty };
                    paragraph.ProcessInlines = false;
                }

                cell.Add(paragraph);
                row.Add(cell);
                cellStart = pipe + 1;
            }

            if (rowStart >= 0)
            {
                row.Span = new SourceSpan(rowStart, rowEnd);
                row.Line = lineIndex;
                row.Column = rowStart - start;
            }
            else
            {
                // A row of blank cells has no span, and Markdig leaves its line at 0.
                row.Span = SourceSpan.Empty;
            }

            Add(row);
            Span = new SourceSpan(Span.IsEmpty || Count == 1 ? start : Span.Start, last);
        }
    }
}
