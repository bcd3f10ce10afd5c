using ReportLint.Collections;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using ReportLint.Claims;
using ReportLint.Lexicons;
using ReportLint.Text;

namespace ReportLint.Model;

/// <summary>The shape of a statement.</summary>
public enum StatementKind
{
    /// <summary>A sentence of a paragraph.</summary>
    Sentence,
    /// <summary>A one-line paragraph <c>Key: value</c>.</summary>
    KeyValueLine,
    /// <summary>The first paragraph of a list item.</summary>
    ListItem,
    /// <summary>A table row.</summary>
    TableRow,
    /// <summary>A heading.</summary>
    Heading,
    /// <summary>A line of a code block that reads as claims ("Critical Issues: 0 ❌ # OBJECTIF: 0").</summary>
    CodeLine,
    /// <summary>A line of a code-fence dashboard (progress bar, <c>KEY: value</c> block, box-drawing row).</summary>
    DashboardLine,
}

/// <summary>
/// A unit of text that states something: a sentence, a list item, a table row, a heading, a <c>Key: value</c> line,
/// a claim line of code. What it says is read once, when first asked: its views, status marks, values and facts.
/// </summary>
public sealed class ModelStatement
{
    private readonly ReportModel _model;

    // The model it belongs to, for its facts.
    internal ReportModel Model => _model;
    private DisplayText? _subject;
    private StatusMark[]? _symbols;
    private FactValue[]? _values;
    private Fact[]? _facts;
    // A report has a statement per sentence, item, row and heading: the stance is kept in a byte (-1 until read), the
    // row with NoRow standing for "read, none", and the kind in a byte.
    private static readonly object NoRow = new();
    private object? _row;
    private sbyte _stance = -1;
    private sbyte _counted = -1;
    private int _leadIn = -2;
    private readonly byte _kind;

    internal ModelStatement(ReportModel model, Statement statement)
    {
        _model = model;
        Source = statement;
        _kind = (byte)KindOf(model.Document, statement);
    }

    internal Statement Source { get; }

    /// <summary>Its position among the document's statements (its source's, which keeps it: 8 bytes less per statement here).</summary>
    public int Index => Source.Index;

    /// <summary>Its shape.</summary>
    public StatementKind Kind => (StatementKind)_kind;

    /// <summary>Where it stands in the source.</summary>
    public TextSpan Span => Source.Span;

    /// <summary>The 1-based line it starts on.</summary>
    /// <remarks>Read from the document's line starts when asked, as its <see cref="Text"/> is made: a report has a statement per sentence, item, row and heading.</remarks>
    public int Line => _model.Document.Text.GetLinePosition(Span.Start).Line;

    /// <summary>The innermost section holding it, or null before the first heading.</summary>
    public ModelSection? Section => _model.SectionAt(Span.Start);

    /// <summary>Whether it holds a link (evidence a reader can follow).</summary>
    public bool HasLink => Source.HasLink;

    /// <summary>Whether it holds inline code (a command, a path, an identifier).</summary>
    public bool HasCode => Source.HasCode;

    /// <summary>
    /// What backs what it says, for a reader to check: its links and code (a command, a cited file), a block of
    /// commands or output right after it, and a count on its values or its row.
    /// </summary>
    public FactEvidence Evidence => Source.Evidence | (Counted ? FactEvidence.Count : FactEvidence.None);

    /// <summary>
    /// Whether any of <paramref name="kinds"/> backs it: as <see cref="Evidence"/>, its values read for a count only
    /// when a count is asked for and nothing else asked backs it.
    /// </summary>
    public bool HasEvidence(FactEvidence kinds) => (Source.Evidence & kinds) != 0 || ((kinds & FactEvidence.Count) != 0 && Counted);

    // Whether a count stands on it, read when first asked.
    private bool Counted => _counted >= 0 ? _counted == 1 : (_counted = (sbyte)(_model.HasCount(this) ? 1 : 0)) == 1;

    /// <summary>Its prose: source characters with code, HTML and link targets blanked.</summary>
    public ProseView Prose => new(Span, Source.Prose);

    /// <summary>Its prose folded, mojibake read through.</summary>
    public FoldedView Folded => new(Source.Folded(_model.Document), Prose, _model.Document.Lexicon, _model.Triggers);

    /// <summary>Its text for messages, made each time it is read (rules read it for the few statements they report).</summary>
    public DisplayText Text => DisplayText.Of(_model.Document, Span);

    /// <summary>
    /// What it is about: a table row's label, else its lead ("**Coverage**: 85%", "Latency - 120 ms" give "Coverage",
    /// "Latency"), empty when it has none.
    /// </summary>
    public DisplayText Subject => _subject ??= Row is { } row ? row.Label : _model.LeadOf(this);

    /// <summary>Whether it holds a phrase of the lexicon section <paramref name="section"/>.</summary>
    /// <remarks>A statement that triage shows cannot hold one is not folded to look (as for <see cref="Find"/>).</remarks>
    public bool Contains(LexiconSection section) => _model.Triggers.MayHoldSection(Span, section) && Folded.Contains(section);

    /// <summary>
    /// Whether its whole text, the code in it included, holds a phrase of the lexicon section <paramref name="section"/>
    /// (<see cref="Contains"/> reads its prose, without its code): "- **Command**: `npm audit --audit-level=moderate`"
    /// names a scanner. Folded each time it is asked: for the few statements a rule asks about their code.
    /// </summary>
    internal bool ContainsWithCode(LexiconSection section) =>
        PhraseMatcher.ContainsAny(TextFolding.Fold(_model.Document.GetText(Span)), _model.Document.Lexicon, section);

    /// <summary>The phrases of the lexicon section <paramref name="section"/> it holds, located in the source.</summary>
    /// <remarks>
    /// A statement that triage shows cannot hold one (no phrase of a section of words has its words within the span) is
    /// not folded to look: most statements are asked for sections they do not hold.
    /// </remarks>
    public Items<PhraseHit> Find(LexiconSection section) => _model.Triggers.MayHoldSection(Span, section) ? Folded.Find(section) : default;

    /// <summary>
    /// Whether a phrase of <paramref name="section"/> opens its text from <paramref name="position"/>: its first unquoted
    /// hit there, with no letter before it (marks, emphasis and numbering may come first: "✅ **À faire**").
    /// </summary>
    public bool OpensWith(LexiconSection section, int position) =>
        position >= Span.Start && position <= Span.End && _model.OpensWith(Folded, TextSpan.FromBounds(position, Span.End), section);

    /// <summary>Its status marks and words, in order (✅ ⏳ [x], "done", "en cours"), read through mojibake.</summary>
    public Items<StatusMark> Marks => Source.MarkArray(_model.Document);

    /// <summary>
    /// Its status symbols only (✅ ❌ ⏳ ⚠️ [x]), in order: empty at once when the document's triage shows no symbol can
    /// stand in it.
    /// </summary>
    public Items<StatusMark> Symbols
    {
        get
        {
            return _symbols ??= ReadSymbols();
        }
    }

    // Read once: none, all the marks (shared, not copied), or the symbols among them.
    private StatusMark[] ReadSymbols()
    {
        if (!_model.MayHoldStatusSymbol(Span))
        {
            return [];
        }

        StatusMark[] marks = Source.MarkArray(_model.Document);
        int count = 0;
        foreach (StatusMark mark in marks)
        {
            count += mark.IsSymbol ? 1 : 0;
        }

        if (count == marks.Length)
        {
            return marks;
        }

        var symbols = new StatusMark[count];
        int i = 0;
        foreach (StatusMark mark in marks)
        {
            if (mark.IsSymbol)
            {
                symbols[i++] = mark;
            }
        }

        return symbols;
    }

    /// <summary>What its symbols say: any symbol not met outweighs met ones; none when it has no symbol.</summary>
    public StatusKind Status => _model.MayHoldStatusSymbol(Span) ? StatusScanner.SummarizeSymbols(Source.Marks(_model.Document)) : StatusKind.None;

    /// <summary>The values it states, in order, each located in the source.</summary>
    public Items<FactValue> Values => ValueArray;

    // The values' own array, for the model's loops (no enumerator object).
    internal FactValue[] ValueArray => _values ??= _model.ValuesOf(this);

    /// <summary>Its facts: each value with its role, stance, status and, for a result, its target.</summary>
    public Items<Fact> Facts => _facts ??= _model.FactsOf(this);

    /// <summary>
    /// How the statement as a whole is held: negated, modal, a question, or quoted (between quotation marks, or a
    /// testimonial blockquote with an attribution).
    /// </summary>
    public FactStance Stance => (FactStance)(_stance >= 0 ? _stance : _stance = (sbyte)_model.StanceOf(this, default));

    /// <summary>How the clause holding <paramref name="span"/> (a phrase or value of this statement) holds it.</summary>
    public FactStance StanceOf(TextSpan span) => Span.Contains(span) ? _model.StanceOf(this, span) : Stance;

    /// <summary>Whether the statement asserts a phrase it holds: not quoted, and its clause plainly stated (no negation, modal or question).</summary>
    internal bool Asserts(PhraseHit hit) => !hit.IsQuoted && StanceOf(hit.Span) == FactStance.None;

    /// <summary>The table row it is, or null.</summary>
    public ModelRow? Row
    {
        get
        {
            object? read = _row;
            if (read is null)
            {
                read = (Source.Block.Parent is TableCell { Parent: TableRow row } ? _model.RowOf(row)
                    : Kind is StatementKind.CodeLine or StatementKind.DashboardLine ? _model.DrawnRowAt(this) : null) ?? NoRow;
                _row = read;
            }

            return read as ModelRow;
        }
    }

    /// <summary>Whether it is an item: a list item, a table row or a claim line of code (not running prose or a heading).</summary>
    public bool IsItem => Kind is StatementKind.ListItem or StatementKind.TableRow or StatementKind.CodeLine or StatementKind.DashboardLine;

    internal Block Block => Source.Block;

    /// <summary>The start of the lead-in the statement stands under, or -1 (see <see cref="ReportModel.LeadInOf"/>): read once.</summary>
    internal int LeadIn => _leadIn >= -1 ? _leadIn : _leadIn = _model.LeadInOf(this);

    /// <summary>
    /// The block the statement stands in with its siblings: its table, its list (the items of one list, not of the lists
    /// nested in them), its code block, else its own paragraph. Statements of one container follow one another.
    /// </summary>
    internal object Container => Row is { } row ? row.Table : Source.Block.Parent is ListItemBlock { Parent: ListBlock list } ? list : Source.Block;

    /// <inheritdoc />
    public override string ToString() => Text.ToString();

    private static StatementKind KindOf(Analysis.ReportDocument document, Statement statement)
    {
        if (statement.InCode)
        {
            return statement.Block is CodeBlock code && Dashboards.Of(document).For(code) is not null ? StatementKind.DashboardLine : StatementKind.CodeLine;
        }

        LeafBlock block = statement.Block;
        if (block is HeadingBlock)
        {
            return StatementKind.Heading;
        }

        if (block.Parent is TableCell)
        {
            return StatementKind.TableRow;
        }

        if (block.Parent is ListItemBlock item && ReferenceEquals(item[0], block))
        {
            return StatementKind.ListItem;
        }

        TextSpan whole = document.GetSpan(block);
        ReadOnlySpan<char> text = document.GetText(statement.Span);
        int colon = text.IndexOf(':');
        return (whole == statement.Span || WholeLine(document, statement.Span)) && text.IndexOfAny('\n', '\r') < 0 && colon > 0 && colon < text.Length - 1 && IsKey(text[..colon])
            ? StatementKind.KeyValueLine : StatementKind.Sentence;
    }

    // Whether a span is a whole line of its paragraph: nothing but spaces before it on its line, nothing but spaces or a
    // hard break's backslash after it ("**Status:** ✅ Done" in a block of such lines).
    private static bool WholeLine(Analysis.ReportDocument document, TextSpan span)
    {
        TextSpan line = document.Text.GetLineSpan(document.Text.GetLinePosition(span.Start).Line);
        return span.End <= line.End && document.GetText(TextSpan.FromBounds(line.Start, span.Start)).IsWhiteSpace() &&
            document.GetText(TextSpan.FromBounds(span.End, line.End)).Trim(" \t\r\\").IsEmpty;
    }

    // A key names a thing in a few words ("Status", "**Taux de réussite**"); a clause before a colon ("c'est
    // généralement mauvais signe :", "If the log is long, …:") is running prose.
    private static bool IsKey(ReadOnlySpan<char> key)
    {
        const int MaxKeyWords = 6;
        int words = 0;
        bool inWord = false;
        foreach (char c in key)
        {
            if (c is ',' or ';' or '.' or '?' or '!')
            {
                return false;
            }

            bool letter = char.IsLetterOrDigit(c);
            if (letter && !inWord && ++words > MaxKeyWords)
            {
                return false;
            }

            inWord = letter;
        }

        return words > 0;
    }
}
