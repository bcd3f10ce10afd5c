using System.Collections.Concurrent;
using System.Diagnostics;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using ReportLint.Analysis;
using ReportLint.Claims;
using ReportLint.Lexicons;
using ReportLint.Text;

namespace ReportLint.Model;

/// <summary>
/// The facts of one report, built once per document and queried by every rule (as Roslyn's <c>SemanticModel</c> is
/// by analyzers): sections, statements, tables with column roles, items with a status, completion claims, facts
/// with their roles and stances, and the relations between facts. Everything is computed on first request, so a
/// rule that does not ask pays nothing; the scanners, folding and triage it is built from stay behind it.
/// </summary>
public sealed partial class ReportModel
{
    private ModelSection[]? _sections;
    private ModelStatement[]? _statements;
    private ModelTable[]? _tables;
    private ModelTable[]? _drawnTables;
    private readonly ConcurrentDictionary<Table, ModelTable> _tableOf = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<QuoteBlock, bool> _testimonials = new(ReferenceEqualityComparer.Instance);
    // The role each list's or table's lead-in gives its values (RoleOfPlace).
    private readonly ConcurrentDictionary<Block, FactRole> _leadIns = new(ReferenceEqualityComparer.Instance);
    // Whether each list's or table's lead-in states the conditions it lists ("… is considered successful when:"), whose
    // marks then do not say they are met (RoleOfPlace).
    private readonly ConcurrentDictionary<Block, bool> _conditionLeads = new(ReferenceEqualityComparer.Instance);
    // Whether each list is a standard checklist whose items are criteria in the first person (RoleOfPlace).
    private readonly ConcurrentDictionary<ListBlock, bool> _templateLists = new(ReferenceEqualityComparer.Instance);
    // The facts each rule keeps for itself (RuleFacts<T>), by the rule's key; made when a rule first asks.
    private ConcurrentDictionary<object, object>? _ruleFacts;

    private ReportModel(ReportDocument document) => Document = document;

    /// <summary>The model of a document, made on first request and shared by every rule.</summary>
    public static ReportModel Of(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.KeptModel is ReportModel kept)
        {
            return kept;
        }

        ReportModel model = document.GetModel(static d => new ReportModel(d));
        document.KeptModel = model;
        return model;
    }

    internal ReportDocument Document { get; }

    /// <summary>Every section, in document order.</summary>
    public IReadOnlyList<ModelSection> Sections => Volatile.Read(ref _sections) ?? Once(ref _sections, BuildSections);

    /// <summary>Every statement, in document order.</summary>
    public IReadOnlyList<ModelStatement> Statements => Volatile.Read(ref _statements) ?? Once(ref _statements, BuildStatements);

    /// <summary>Every pipe table, in document order.</summary>
    public IReadOnlyList<ModelTable> Tables => Volatile.Read(ref _tables) ?? Once(ref _tables, BuildTables);

    // The same lists as the arrays behind them, for the rules' loops: a foreach over an IReadOnlyList boxes an enumerator
    // per loop, and the rules walk every statement many times per document. Never handed out to a host. (Tables stays
    // read through its public list: few rules loop over it, and the model conventions count its readers.)
    internal ModelSection[] SectionArray => Volatile.Read(ref _sections) ?? Once(ref _sections, BuildSections);

    internal ModelStatement[] StatementArray => Volatile.Read(ref _statements) ?? Once(ref _statements, BuildStatements);

    /// <summary>The innermost section holding <paramref name="position"/> (a source offset), or null before the first heading.</summary>
    public ModelSection? SectionAt(int position)
    {
        Section? section = DocumentOutline.Of(Document).SectionAt(position);
        return section is null ? null : SectionOf(section);
    }

    /// <summary>The sections holding <paramref name="position"/>, innermost first.</summary>
    public SectionChain EnclosingSections(int position) => new(SectionAt(position));

    /// <summary>The statements within <paramref name="span"/> (a section's span), in order.</summary>
    public IEnumerable<ModelStatement> StatementsWithin(TextSpan span)
    {
        IReadOnlyList<ModelStatement> all = Statements;
        for (int i = FirstStatementFrom(all, span.Start); i < all.Count && all[i].Span.Start < span.End; i++)
        {
            if (span.Contains(all[i].Span))
            {
                yield return all[i];
            }
        }
    }

    /// <summary>The statements of <see cref="StatementsWithin"/>, walked with no enumerator allocated.</summary>
    internal StatementRange StatementsIn(TextSpan span)
    {
        ModelStatement[] all = Volatile.Read(ref _statements) ?? Once(ref _statements, BuildStatements);
        return new StatementRange(all, FirstStatementFrom(all, span.Start), span);
    }

    /// <summary>The statements within a span, in order (<see cref="StatementsIn"/>).</summary>
    internal readonly struct StatementRange(ModelStatement[] all, int first, TextSpan span)
    {
        public Enumerator GetEnumerator() => new(all, first - 1, span);

        public struct Enumerator(ModelStatement[] all, int index, TextSpan span)
        {
            public readonly ModelStatement Current => all[index];

            public bool MoveNext()
            {
                while (++index < all.Length && all[index].Span.Start < span.End)
                {
                    if (span.Contains(all[index].Span))
                    {
                        return true;
                    }
                }

                return false;
            }
        }
    }

    /// <summary>The statement that holds <paramref name="span"/>, or null.</summary>
    public ModelStatement? StatementAt(TextSpan span)
    {
        IReadOnlyList<ModelStatement> all = Statements;
        int lo = 0, hi = all.Count - 1, best = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (all[mid].Span.Start <= span.Start)
            {
                best = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        for (int i = best; i >= 0 && i > best - 4; i--)
        {
            if (all[i].Span.Contains(span))
            {
                return all[i];
            }
        }

        return null;
    }

    /// <summary>Whether the document reads as a status report: at least three statements carry a status mark.</summary>
    public bool IsStatusReport => MetricClaims.IsStatusReport(Document);

    // A rule's own facts (RuleFacts<T>.Of): the first value built is the one every rule and thread sees.
    internal T RuleFactsOf<T>(object key, Func<ReportModel, T> build)
        where T : class
    {
        ConcurrentDictionary<object, object> facts = Volatile.Read(ref _ruleFacts)
            ?? Interlocked.CompareExchange(ref _ruleFacts, new ConcurrentDictionary<object, object>(ReferenceEqualityComparer.Instance), null)
            ?? _ruleFacts!;
        return facts.TryGetValue(key, out object? found) ? (T)found : (T)facts.GetOrAdd(key, build(this));
    }

    // Publishes the first value made: rules on other threads may ask at the same time, and must see one model.
    // Callers read the field first (Volatile.Read(ref _x) ?? Once(ref _x, Build)): a method group or lambda is a new
    // delegate at each evaluation, and the model's lists are asked for once per statement and rule.
    private T Once<T>(ref T? field, Func<T> factory)
        where T : class =>
        Volatile.Read(ref field) ?? Interlocked.CompareExchange(ref field, factory(), null) ?? field!;

    private ModelSection[] BuildSections()
    {
        IReadOnlyList<Section> outline = DocumentOutline.Of(Document).Sections;
        var sections = new ModelSection[outline.Count];
        for (int i = 0; i < sections.Length; i++)
        {
            // A section's index is its position in the outline, and a parent comes before its children: the model's
            // section of an outline section is read from this array, with no map from one to the other.
            Section s = outline[i];
            sections[i] = new ModelSection(this, s, s.Parent is { } parent ? sections[parent.Index] : null, i);
        }

        return sections;
    }

    private ModelSection SectionOf(Section section)
    {
        ModelSection found = SectionArray[section.Index];
        Debug.Assert(ReferenceEquals(found.Outline, section), "a section of another document's outline");
        return found;
    }

    private ModelStatement[] BuildStatements()
    {
        IReadOnlyList<Statement> all = Claims.Statements.Of(Document).All;
        var statements = new ModelStatement[all.Count];
        for (int i = 0; i < statements.Length; i++)
        {
            statements[i] = new ModelStatement(this, all[i]);
        }

        return statements;
    }

    private ModelTable[] BuildTables()
    {
        var tables = new List<ModelTable>();
        foreach (Table table in Document.BlockIndex.Tables)
        {
            tables.Add(TableOf(table));
        }

        tables.AddRange(Once(ref _drawnTables, DrawnTables));
        tables.Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return tables.ToArray();
    }

    internal ModelTable TableOf(Table table) =>
        _tableOf.TryGetValue(table, out ModelTable? found) ? found : _tableOf.GetOrAdd(table, new ModelTable(this, TableView.Of(Document, table), Document.GetSpan(table), Document));

    internal ModelRow? RowOf(TableRow row) => row.Parent is Table table ? TableOf(table).RowOf(row) : null;

    // The tables drawn in code blocks that read as dashboards (Claims/Dashboards.cs), as model tables: their rows are
    // the statements of their lines, found by line (RowAtLine, DrawnRowAt).
    private ModelTable[] DrawnTables()
    {
        var tables = new List<ModelTable>();
        foreach (Dashboard dashboard in Dashboards.Of(Document).All)
        {
            foreach (DashboardTable table in dashboard.Tables)
            {
                if (table.Rows.Count == 0)
                {
                    continue;
                }

                TextSpan span = TextSpan.FromBounds(table.Rows[0].Span.Start, table.Rows[table.Rows.Count - 1].Span.End);
                tables.Add(new ModelTable(this, TableView.Of(Document, table), span, Document) { IsDashboard = true });
            }
        }

        return tables.ToArray();
    }

    // The row of a table drawn in a code block on the line of a code-line statement, or null.
    internal ModelRow? DrawnRowAt(ModelStatement statement)
    {
        foreach (ModelTable table in Once(ref _drawnTables, DrawnTables))
        {
            if (table.Span.Contains(statement.Span) && table.RowAtLine(statement.Line) is { } row)
            {
                return row;
            }
        }

        return null;
    }

    // The index of the first statement that starts at or after an offset (statements are sorted by start).
    private static int FirstStatementFrom(IReadOnlyList<ModelStatement> all, int start)
    {
        int lo = 0, hi = all.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (all[mid].Span.Start < start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    internal ModelStatement? StatementOf(ModelRow row)
    {
        if (row.View.Row is { } markdown)
        {
            // A row's statement starts where the row does (its block is the first cell's): found by binary search.
            IReadOnlyList<ModelStatement> all = Statements;
            int start = Document.GetSpan(markdown).Start;
            for (int i = FirstStatementFrom(all, start); i < all.Count && all[i].Span.Start == start; i++)
            {
                if (all[i].Block.Parent is TableCell { Parent: TableRow r } && ReferenceEquals(r, markdown))
                {
                    return all[i];
                }
            }

            return null;
        }

        // A row drawn in a code block is the statement of its line.
        foreach (ModelStatement statement in StatementsIn(row.Table.Span))
        {
            if (statement.Line == row.Line && statement.Kind is StatementKind.CodeLine or StatementKind.DashboardLine)
            {
                return statement;
            }
        }

        return null;
    }

    // The document's triggers, kept: every folded view asks them whether a section may occur at all.
    internal Triggers Triggers => _triggers ??= Triggers.Of(Document);

    private Triggers? _triggers;

    // One list per thread for the marks of the headings read for their status, emptied at each read (a long line's
    // capacity is not kept).
    [ThreadStatic]
    private static List<StatusMark>? t_headingMarks;

    internal StatusKind StatusOf(FoldedView folded)
    {
        List<StatusMark> marks = t_headingMarks ?? [];
        t_headingMarks = null;
        marks.Clear();
        StatusScanner.Scan(folded.Folded, Document.Lexicon, marks);
        StatusKind status = StatusScanner.Summarize(marks);
        t_headingMarks = marks.Capacity <= 1024 ? marks : null;
        return status;
    }

    internal bool MayHoldStatusSymbol(TextSpan span) => !Document.Triage || Triggers.Of(Document).MayHoldStatusSymbol(span);

    // Whether a status symbol may stand in a span, read the same way with triage on or off (a decision, not a skip).
    internal bool HoldsStatusSymbol(TextSpan span) => Triggers.Of(Document).MayHoldStatusSymbol(span);

    internal FactValue[] ValuesOf(ModelStatement statement)
    {
        ReadOnlySpan<Quantity> quantities = statement.Source.Quantities(Document);
        if (quantities.Length == 0)
        {
            return [];
        }

        // Straight into the array: one value per quantity, fewer when two make a range.
        var values = new FactValue[quantities.Length];
        int count = 0;
        ProseView prose = statement.Prose;
        for (int index = 0; index < quantities.Length; index++)
        {
            Quantity q = quantities[index];
            // "3 - 5 days": the value before and this one, with only a dash between, are the ends of one range (the scanner
            // may read overlapping quantities in mangled text: "$2|1$25").
            if (count > 0 && values[count - 1] is { IsRatio: false, IsRange: false } previous && q.Denominator is null &&
                previous.Quantity.Comparison == Comparison.Exact && (previous.Unit.Length == 0 || previous.Unit == q.Unit) &&
                previous.Number < q.Value && previous.Span.End <= q.Span.Start && IsDash(prose[TextSpan.FromBounds(previous.Span.End, q.Span.Start)]))
            {
                values[count - 1] = new FactValue(this, previous.Quantity, q);
                continue;
            }

            // "10-20 ms", "80–90%": the scanner reads the upper end; the number glued before the dash is the lower.
            if (q.Denominator is null && q.Comparison == Comparison.Exact && LowerEnd(prose, q) is { } lower)
            {
                values[count++] = new FactValue(this, lower, q);
                continue;
            }

            values[count++] = new FactValue(statement, index);
        }

        if (count < values.Length)
        {
            Array.Resize(ref values, count);
        }

        return values;
    }

    private static bool IsDash(ReadOnlySpan<char> between)
    {
        between = between.Trim();
        return between.Length == 1 && between[0] is '-' or '–' or '—';
    }

    // The number right before "-" or "–" glued to the start of q ("10" of "10-20 ms"), when a space or the start of the
    // prose, a bracket or emphasis comes before it (not a date, a version or an identifier).
    private static Quantity? LowerEnd(ProseView prose, Quantity q)
    {
        int dash = q.Span.Start - 1;
        if (dash <= prose.Span.Start || prose[new TextSpan(dash, 1)][0] is not ('-' or '–'))
        {
            return null;
        }

        int start = dash;
        while (start > prose.Span.Start && (char.IsAsciiDigit(prose[new TextSpan(start - 1, 1)][0]) || prose[new TextSpan(start - 1, 1)][0] == '.'))
        {
            start--;
        }

        if (start == dash || (start > prose.Span.Start && !char.IsWhiteSpace(prose[new TextSpan(start - 1, 1)][0]) && prose[new TextSpan(start - 1, 1)][0] is not ('(' or '[' or '*' or '_')))
        {
            return null;
        }

        ReadOnlySpan<char> digits = prose[TextSpan.FromBounds(start, dash)];
        if (!decimal.TryParse(digits.ToString(), System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out decimal value) || value >= q.Value)
        {
            return null;
        }

        int dot = digits.IndexOf('.');
        return new Quantity
        {
            Value = value, Unit = q.Unit, UnitText = q.UnitText, Comparison = Comparison.Exact, Span = TextSpan.FromBounds(start, dash),
            NumberSpan = TextSpan.FromBounds(start, dash), Decimals = dot < 0 ? 0 : digits.Length - dot - 1, Noun = string.Empty,
        };
    }

    // A cell's value: the whole cell as one quantity or grade, read in its row's prose (emphasis trimmed, code and
    // link targets blanked) at the cell's own source offset; else the first value of the row inside the cell.
    internal FactValue? ReadCell(ModelCell cell)
    {
        if (cell.IsEmpty)
        {
            return null;
        }

        ModelStatement? statement = StatementOf(cell.Row);
        ReadOnlySpan<char> text = statement is not null && statement.Span.Contains(cell.Span) ? statement.Prose[cell.Span] : Document.GetText(cell.Span);
        if (QuantityScanner.TryParseWhole(text, cell.Span.Start, Document.Lexicon, out Quantity whole))
        {
            return statement is null ? new FactValue(this, whole) : ValueOf(statement, whole);
        }

        if (statement is null)
        {
            return null;
        }

        foreach (FactValue value in statement.Values)
        {
            if (cell.Span.Contains(value.Span))
            {
                return value;
            }
        }

        return null;
    }
}
