using Markdig.Extensions.TaskLists;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportLint.Analysis;
using ReportLint.Lexicons;
using ReportLint.Syntax;
using ReportLint.Text;

namespace ReportLint.Claims;

/// <summary>
/// An item a report gives a status to: a list item (a task list box counts), or a table body row. Its label is
/// what it is about ("Team training", "Chaos engineering tests"), folded, for matching across the document.
/// </summary>
internal sealed record StatusItem(TextSpan Span, int Line, StatusKind Status, TextSpan MarkSpan, string Label)
{
    /// <summary>The label as written (case kept, mojibake repaired), for messages.</summary>
    public string Title { get; init; } = Label;
}

/// <summary>
/// Every item with a status in a document, in order, read through mojibake (a mangled ⏳ is still pending). A table
/// row's status comes from its status column when the table has one, else from the marks in the row; a list item's
/// from its task box or its first line.
/// </summary>
internal sealed class StatusItems
{
    private StatusItems(IReadOnlyList<StatusItem> all) => All = all;

    /// <summary>Every item with a status, in document order.</summary>
    public IReadOnlyList<StatusItem> All { get; }

    /// <summary>The shared items of a document.</summary>
    public static StatusItems Of(ReportDocument document) => document.GetModel(Build);

    /// <summary>The items within a span (a section), found by binary search: items are sorted by position.</summary>
    public IEnumerable<StatusItem> Within(TextSpan span)
    {
        int lo = 0, hi = All.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (All[mid].Span.Start < span.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (int i = lo; i < All.Count && All[i].Span.Start < span.End; i++)
        {
            if (span.Contains(All[i].Span))
            {
                yield return All[i];
            }
        }
    }

    private static StatusItems Build(ReportDocument document)
    {
        var items = new List<StatusItem>();
        var marks = new List<StatusMark>(); // one list for every list item's marks
        // The statements, in document order as the blocks are: a list item of one line is the statement of its
        // paragraph, whose fold is read rather than folded again.
        IReadOnlyList<Statement> statements = Statements.Of(document).All;
        int next = 0;
        Dictionary<ListBlock, bool>? iconLists = null;
        foreach (Block block in document.BlockIndex.ItemSources)
        {
            switch (block)
            {
                case Markdig.Extensions.Tables.Table table:
                    AddRows(document, table, items);
                    break;
                case ListItemBlock item when item[0] is ParagraphBlock paragraph && !Legends.Holds(document, paragraph):
                    int start = document.GetSpan(paragraph).Start;
                    while (next < statements.Count && statements[next].Span.Start < start)
                    {
                        next++;
                    }

                    Statement? own = next < statements.Count && ReferenceEquals(statements[next].Block, paragraph) ? statements[next] : null;
                    AddListItem(document, paragraph, own, items, marks, ref iconLists);
                    break;
            }
        }

        items.Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return new StatusItems(items);
    }

    private static void AddListItem(ReportDocument document, ParagraphBlock paragraph, Statement? statement, List<StatusItem> items, List<StatusMark> marks,
        ref Dictionary<ListBlock, bool>? iconLists)
    {
        TextSpan span = document.GetSpan(paragraph);
        int line = document.Text.GetLinePosition(span.Start).Line;
        TextSpan firstLine = TextSpan.FromBounds(span.Start, Math.Min(span.End, document.Text.GetLineSpan(line).End));
        TaskList? task = paragraph.Inline?.FirstChild as TaskList;
        // An item that can hold no status is let go before its prose is copied.
        if (task is null && !Triggers.Of(document).MayHold(firstLine, StatusScanner.SectionNames))
        {
            return;
        }

        ProseChars prose = ProseText.Of(document, paragraph, firstLine);
        StatusKind status;
        TextSpan mark;
        FoldedText? folded = null;
        if (task is not null)
        {
            status = task.Checked ? StatusKind.Met : StatusKind.Pending;
            mark = document.GetSpan(task);
            // "- [ ] Run `pnpm build` locally - passes ✅": a box left open on a line whose own symbols all say done
            // says both, and is no evidence of work done or of work left.
            if (!task.Checked && SymbolsSayDone(document, statement, firstLine, prose, mark, marks))
            {
                return;
            }
        }
        else
        {
            marks.Clear();
            // The statement's own fold when the item is one line: the same text and prose, folded once for both.
            folded = statement is not null && statement.Span == firstLine ? statement.Folded(document) : Readable.Fold(document, firstLine, prose.Chars);
            StatusScanner.Scan(folded.Value, document.Lexicon, marks);
            int kept = 0;
            for (int i = 0; i < marks.Count; i++)
            {
                StatusMark m = marks[i];
                if (m.IsSymbol || m.Phrase.Length == 0 || IsLeading(document, m, firstLine))
                {
                    marks[kept++] = m;
                }
            }

            marks.RemoveRange(kept, marks.Count - kept);

            // The symbol an item of a list of icons opens with is its icon, not its status ("- 🔄 Pulsing status
            // indicators" among "- 📦 Data containers", "- 🔘 Gradient buttons"…).
            if (marks.Count > 0 && marks[0].IsSymbol && OpensWithSymbol(document, firstLine, marks[0].Span) &&
                paragraph.Parent?.Parent is ListBlock list && IsIconList(document, list, ref iconLists))
            {
                marks.RemoveAt(0);
            }

            status = StatusScanner.Summarize(marks);
            mark = marks.Count > 0 ? marks[0].Span : default;
        }

        if (status == StatusKind.None)
        {
            return;
        }

        // The folded text the marks were read in, when they were (the same text, without folding it again).
        ReadOnlySpan<char> text = folded is { } fold ? fold.Chars : Readable.FoldText(document, firstLine, prose.Chars).AsSpan();
        string label = Label(paragraph, document, text);
        items.Add(new StatusItem(firstLine, line, status, mark, label) { Title = TitleOf(document, paragraph, firstLine, label) });
    }

    // Whether the symbols of an item's line, its task box aside, are there and all say done (✅). A one-line item's marks
    // are its statement's, scanned once for every rule. (No triage question first: the box is itself a status phrase.)
    private static bool SymbolsSayDone(ReportDocument document, Statement? statement, TextSpan firstLine, ProseChars prose, TextSpan box, List<StatusMark> marks)
    {
        if (statement is not null && statement.Span == firstLine)
        {
            return AllDone(statement.Marks(document), box);
        }

        marks.Clear();
        StatusScanner.Scan(Readable.Fold(document, firstLine, prose.Chars), document.Lexicon, marks);
        return AllDone(marks.ToArray(), box);
    }

    private static bool AllDone(ReadOnlySpan<StatusMark> marks, TextSpan box)
    {
        bool done = false;
        foreach (StatusMark m in marks)
        {
            if (!m.IsSymbol || (m.Span.Start < box.End && box.Start < m.Span.End))
            {
                continue;
            }

            if (m.Kind != StatusKind.Met)
            {
                return false;
            }

            done = true;
        }

        return done;
    }

    // Whether the mark is the first thing on the item's line.
    private static bool OpensWithSymbol(ReportDocument document, TextSpan line, TextSpan mark)
    {
        ReadOnlySpan<char> before = document.GetText(TextSpan.FromBounds(line.Start, Math.Max(line.Start, mark.Start)));
        return before.Trim(" \t*_").IsEmpty;
    }

    // A list of icons: three items at least, each opening with a symbol (an emoji, an arrow, a dingbat), no two
    // with the same, at least half of them no status symbol of the lexicon ("- 🎯 Goals", "- 📦 Data containers", "- 🔄
    // Pulsing indicators"): its symbols illustrate the items. A list of statuses repeats its few marks or uses them
    // alone ("- ✅ A", "- ⏳ B", "- ✅ C").
    private static bool IsIconList(ReportDocument document, ListBlock list, ref Dictionary<ListBlock, bool>? known)
    {
        known ??= [];
        if (known.TryGetValue(list, out bool icons))
        {
            return icons;
        }

        icons = ReadIconList(document, list);
        known[list] = icons;
        return icons;
    }

    private const int MinimumIcons = 3;

    private static bool ReadIconList(ReportDocument document, ListBlock list)
    {
        if (list.Count < MinimumIcons)
        {
            return false;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        int notStatus = 0;
        foreach (Block block in list)
        {
            if (block is not ListItemBlock { Count: > 0 } item || item[0] is not ParagraphBlock paragraph || paragraph.Inline?.FirstChild is TaskList)
            {
                return false;
            }

            ReadOnlySpan<char> text = document.GetText(document.GetSpan(paragraph)).TrimStart(" \t*_");
            string? icon = LeadingSymbol(text);
            if (icon is null || !seen.Add(icon))
            {
                return false;
            }

            if (!IsStatusSymbol(document.Lexicon, icon))
            {
                notStatus++;
            }
        }

        return notStatus * 2 >= list.Count;
    }

    // The symbol a text opens with (an emoji as its surrogate pair, or one character of the symbol blocks), without an
    // emoji's variation selector; null when it opens otherwise.
    private static string? LeadingSymbol(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return null;
        }

        if (char.IsHighSurrogate(text[0]) && text.Length > 1 && char.IsLowSurrogate(text[1]))
        {
            return text[..2].ToString();
        }

        char c = text[0];
        return c is >= '\u2190' and <= '\u2BFF' ? c.ToString() : null;
    }

    private static bool IsStatusSymbol(Lexicon lexicon, string icon)
    {
        foreach (LexiconSection section in LexiconSections.Status)
        {
            if (lexicon.Contains(section, icon))
            {
                return true;
            }
        }

        return false;
    }

    // Status words count only at the item's start and set off ("Pending: …", "Done — …"), not inside its description
    // ("Complete dashboard suite" is a name); symbols count anywhere.
    private static bool IsLeading(ReportDocument document, StatusMark mark, TextSpan line)
    {
        if (mark.Span.Start - line.Start >= 4)
        {
            return false;
        }

        ReadOnlySpan<char> after = document.GetText(TextSpan.FromBounds(mark.Span.End, line.End)).TrimStart(" *_");
        return after.IsEmpty || after[0] is ':' or '—' or '–' or '-' or ')' or ',';
    }

    private static void AddRows(ReportDocument document, Markdig.Extensions.Tables.Table table, List<StatusItem> items)
    {
        TableView view = TableView.Of(document, table);
        int statusColumn = view.FindColumn(document.Lexicon, LexiconSections.ColumnStatus);
        // Two lists per thread, cleared for each row and cell (a long row's capacity is not kept).
        List<StatusMark> marks = t_rowMarks ?? [], cellMarks = t_cellMarks ?? [];
        t_rowMarks = t_cellMarks = null;
        AddRows(document, view, statusColumn, items, marks, cellMarks);
        t_rowMarks = marks.Capacity <= MaxKeptCapacity ? marks : null;
        t_cellMarks = cellMarks.Capacity <= MaxKeptCapacity ? cellMarks : null;
    }

    // The per-thread lists are kept between tables only while small.
    private const int MaxKeptCapacity = 1024;

    [ThreadStatic]
    private static List<StatusMark>? t_rowMarks;

    [ThreadStatic]
    private static List<StatusMark>? t_cellMarks;

    private static void AddRows(ReportDocument document, TableView view, int statusColumn, List<StatusItem> items, List<StatusMark> marks, List<StatusMark> cellMarks)
    {
        Triggers triggers = Triggers.Of(document);
        for (int r = 0; r < view.Rows.Count; r++)
        {
            RowView row = view.Rows[r];
            if (row.IsHeader)
            {
                continue;
            }

            marks.Clear();
            if (statusColumn >= 0)
            {
                // A cell that can hold no status word or mark is not folded.
                CellView cell = row[statusColumn];
                if (triggers.MayHold(cell.Span, StatusScanner.SectionNames))
                {
                    StatusScanner.Scan(document, cell.Span, marks);
                }
            }
            else if (triggers.MayHoldStatusSymbol(row.Extent))
            {
                foreach (CellView cell in row.Cells)
                {
                    // Only symbols count here: a cell that can hold none is not folded.
                    if (!triggers.MayHoldStatusSymbol(cell.Span))
                    {
                        continue;
                    }

                    cellMarks.Clear();
                    StatusScanner.Scan(document, cell.Span, cellMarks);
                    // In a table without a status column, only symbols count (words in descriptions are not statuses).
                    foreach (StatusMark mark in cellMarks)
                    {
                        if (mark.IsSymbol)
                        {
                            marks.Add(mark);
                        }
                    }

                }
            }

            StatusKind status = StatusScanner.Summarize(marks);
            if (status == StatusKind.None || row.Cells.Count == 0)
            {
                continue;
            }

            TextSpan rowSpan = row.Extent;
            // The label is the cell's fold, which the table's view holds, unless mojibake in it is read through.
            string label = DocumentMojibake.Of(document).AnyWithin(row[0].Span) ? Readable.FoldText(document, row[0].Span) : row[0].Folded;
            items.Add(new StatusItem(rowSpan, row.Line, status, marks[0].Span, label) { Title = Readable.Text(document, row[0].Span) });
        }
    }

    // The first emphasis of a paragraph's inlines, in the order of Markdig's Descendants(), without its iterators, when
    // it leads the paragraph: only marks, a task box and spaces before it ("✅ **Chaos Tests**: …"). An emphasis after
    // the words of the item ("❌ Ask user for name → **NOT IMPLEMENTED**") is its status, not its name.
    private static EmphasisInline? FirstEmphasis(ReportDocument document, ParagraphBlock paragraph)
    {
        ContainerInline? root = paragraph.Inline;
        for (Inline? inline = root?.FirstChild; inline is not null; inline = MarkdownSyntax.NextInline(inline, root!))
        {
            if (inline is EmphasisInline emphasis)
            {
                return LeadsFrom(document, paragraph, document.GetSpan(emphasis).Start) ? emphasis : null;
            }
        }

        return null;
    }

    // Whether nothing but marks, a task box and spaces stands between a paragraph's start and a position.
    private static bool LeadsFrom(ReportDocument document, ParagraphBlock paragraph, int position)
    {
        int start = document.GetSpan(paragraph).Start;
        if (position <= start)
        {
            return true;
        }

        ReadOnlySpan<char> before = document.GetText(TextSpan.FromBounds(start, position));
        if (paragraph.Inline?.FirstChild is TaskList && before.IndexOf(']') is int box and >= 0)
        {
            before = before[(box + 1)..];
        }

        foreach (char c in before)
        {
            if (char.IsLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string TitleOf(ReportDocument document, ParagraphBlock paragraph, TextSpan firstLine, string label)
    {
        if (FirstEmphasis(document, paragraph) is { } strong)
        {
            string bold = Readable.Text(document, document.GetSpan(strong));
            if (bold.Length > 2)
            {
                return bold;
            }
        }

        string line = Readable.Text(document, firstLine);
        int start = 0;
        // "[x] Design" is about "Design": a checked box's letter is no part of the title.
        if (paragraph.Inline?.FirstChild is TaskList && line.IndexOf(']') is int box and >= 0)
        {
            start = box + 1;
        }

        while (start < line.Length && !char.IsLetterOrDigit(line[start]))
        {
            start++;
        }

        line = line[start..];
        int cut = line.AsSpan().IndexOfAny(':', '—', '(');
        return (cut > 0 ? line[..cut] : line).Trim();
    }

    // "**Chaos Engineering Tests**: …" or "Team training — …": the bold lead, or the text before a colon or dash.
    private static string Label(ParagraphBlock paragraph, ReportDocument document, ReadOnlySpan<char> folded)
    {
        if (FirstEmphasis(document, paragraph) is { } strong)
        {
            string bold = Readable.FoldText(document, document.GetSpan(strong)).Trim();
            if (bold.Length > 2)
            {
                return StripMarks(bold);
            }
        }

        int cut = folded.IndexOfAny(':', '—', '(');
        return StripMarks((cut > 0 ? folded[..cut] : folded).Trim()).ToString();
    }

    private static string StripMarks(string folded) => StripMarks(folded.AsSpan()).ToString();

    private static ReadOnlySpan<char> StripMarks(ReadOnlySpan<char> folded)
    {
        int start = 0;
        while (start < folded.Length && !char.IsLetterOrDigit(folded[start]))
        {
            start++;
        }

        return folded[start..].Trim().TrimEnd(": ".AsSpan());
    }
}
