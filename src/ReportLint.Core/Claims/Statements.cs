using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportLint.Analysis;
using ReportLint.Collections;
using ReportLint.Lexicons;
using ReportLint.Model;
using ReportLint.Syntax;
using ReportLint.Text;

namespace ReportLint.Claims;

/// <summary>
/// A unit of text a claim and its evidence share: a list item's first paragraph, a table row, a heading, or a
/// sentence of a paragraph. <see cref="Prose"/> is its source text with code spans, HTML and autolinks blanked
/// (same length, so offsets still map into the document).
/// </summary>
internal sealed record Statement(TextSpan Span, ProseChars Prose, LeafBlock Block)
{
    [ThreadStatic]
    private static List<Quantity>? t_found;

    [ThreadStatic]
    private static List<StatusMark>? t_marks;

    [ThreadStatic]
    private static List<TargetClaim>? t_targets;

    // A report has a statement per sentence, item, row and heading (80 bytes each): the marks and the targets, which
    // few statements have, share one field (_read says which were scanned; an empty result is not kept), and the
    // flags are bytes.
    private FoldedText _folded;
    // The quantities: a block shared with other statements' (QuantityStore), from _quantityStart, _quantityCount
    // long; or, when _quantityCount is 0, the whole array (one of its own, or the empty one). Null until scanned.
    private Quantity[]? _quantities;
    // The marks (StatusMark[]), the targets (TargetClaim[]), both (MarksAndTargets), or null: those not empty.
    private object? _marksOrTargets;
    private byte _read;
    private byte _evidence;
    private byte _quantityStart;
    private byte _quantityCount;

    private const byte MarksRead = 1, TargetsRead = 2, LineOfCode = 4;

    /// <summary>
    /// Whether it is a line of a code block that reads as claims: a line of a <see cref="Dashboard"/>, or of a fence
    /// where several lines carry status marks.
    /// </summary>
    public bool InCode
    {
        get => (_read & LineOfCode) != 0;
        init => _read = (byte)(value ? _read | LineOfCode : _read & ~LineOfCode);
    }

    /// <summary>
    /// What its Markdown shows a reader can check (<see cref="EvidenceReader"/>): its links and code, and a block of
    /// commands or output right after it. Set while the statements are gathered, before they are shared; the count on
    /// its values is the model's.
    /// </summary>
    public FactEvidence Evidence { get => (FactEvidence)_evidence; set => _evidence = checked((byte)value); }

    /// <summary>Its position among the document's statements (set once they are gathered).</summary>
    public int Index { get; internal set; }

    /// <summary>Whether it holds a link.</summary>
    public bool HasLink => (Evidence & FactEvidence.Link) != 0;

    /// <summary>Whether it holds inline code.</summary>
    public bool HasCode => (Evidence & FactEvidence.Code) != 0;

    /// <summary>
    /// Whether both are the same statement: same span, prose, block, evidence and origin. What was computed from them
    /// (folds, quantities, marks, targets) is left out, so equality does not depend on what a rule asked first.
    /// </summary>
    public bool Equals(Statement? other) =>
        other is not null && Span == other.Span && Prose.Equals(other.Prose) && ReferenceEquals(Block, other.Block) &&
        Evidence == other.Evidence && InCode == other.InCode;

    /// <inheritdoc />
    public override int GetHashCode() =>
        unchecked((((Span.GetHashCode() * 31) + Prose.GetHashCode()) * 31) + System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(Block));

    /// <summary>The statement folded for matching, mojibake read through: computed once, shared by every rule.</summary>
    public FoldedText Folded(ReportDocument document)
    {
        if (_folded.IsDefault)
        {
            _folded = Readable.Fold(document, Span, Prose.Chars);
        }

        return _folded;
    }

    /// <summary>
    /// The quantities of its prose, in order (what <see cref="QuantityScanner.Scan(ReadOnlySpan{char}, int, Lexicon, List{Quantity})"/> finds there): scanned once,
    /// shared by every rule.
    /// </summary>
    public ReadOnlySpan<Quantity> Quantities(ReportDocument document)
    {
        if (_quantities is null)
        {
            ScanQuantities(document);
        }

        return _quantityCount == 0 ? _quantities : _quantities.AsSpan(_quantityStart, _quantityCount);
    }

    /// <summary>
    /// The status marks and words of its folded text, in order (what <see cref="StatusScanner.Scan(FoldedText, Lexicon, List{StatusMark})"/> finds in
    /// <see cref="Folded"/>): scanned once, shared by every rule.
    /// </summary>
    public ReadOnlySpan<StatusMark> Marks(ReportDocument document) => MarkArray(document);

    // The marks' own array, for the model to share rather than copy (never written after the scan).
    internal StatusMark[] MarkArray(ReportDocument document)
    {
        if ((_read & MarksRead) == 0)
        {
            StatusMark[] marks = ScanMarks(document);
            Keep(marks, TargetsKept);
            _read |= MarksRead;
            return marks;
        }

        return MarksKept ?? [];
    }

    private StatusMark[]? MarksKept => _marksOrTargets as StatusMark[] ?? (_marksOrTargets as MarksAndTargets)?.Marks;

    private TargetClaim[]? TargetsKept => _marksOrTargets as TargetClaim[] ?? (_marksOrTargets as MarksAndTargets)?.Targets;

    // Keeps what is not empty, in one write.
    private void Keep(StatusMark[]? marks, TargetClaim[]? targets)
    {
        marks = marks is { Length: > 0 } ? marks : null;
        targets = targets is { Length: > 0 } ? targets : null;
        _marksOrTargets = marks is not null && targets is not null ? new MarksAndTargets(marks, targets) : (object?)marks ?? targets;
    }

    /// <summary>
    /// The targets its prose states, in order (what <see cref="Claims.Targets.Scan"/> finds there): scanned once,
    /// shared by every rule.
    /// </summary>
    public ReadOnlySpan<TargetClaim> Targets(ReportDocument document) => TargetArray(document);

    // The targets' own array, for a claim to keep rather than copy (never written after the scan).
    internal TargetClaim[] TargetArray(ReportDocument document)
    {
        if ((_read & TargetsRead) == 0)
        {
            TargetClaim[] targets = ScanTargets(document);
            Keep(MarksKept, targets);
            _read |= TargetsRead;
            return targets;
        }

        return TargetsKept ?? [];
    }

    // A sentence of more numbers than this (a line of thousands of '12 +') states no checkable claim with the later
    // ones; keeping them all took about 100 bytes per number, and as much again in the list they were gathered in.
    private const int MaxQuantities = 4096;

    // The per-thread lists are kept between statements only while small: one huge statement must not leave its
    // capacity allocated for the life of the thread.
    private const int MaxKeptCapacity = 1024;

    private TargetClaim[] ScanTargets(ReportDocument document)
    {
        bool mojibake = DocumentMojibake.Of(document).AnyWithin(Span);
        // A target needs a phrase of the section: a statement that cannot hold one (most) is not folded for it. Where
        // mojibake lies within, the scan reads the text as written, not as triage reads it, so it is scanned.
        if (!mojibake && !Triggers.Of(document).MayHoldSection(Span, LexiconSections.Target))
        {
            return [];
        }

        List<TargetClaim> found = t_targets ??= [];
        found.Clear();
        // The statement's own fold when no mojibake lies within it (then both folds are the same text and map).
        Claims.Targets.ScanFolded(Prose.Chars, Span.Start, document.Lexicon, found, mojibake ? null : Folded(document));
        TargetClaim[] result = found.Count == 0 ? [] : found.ToArray();
        t_targets = found.Capacity > MaxKeptCapacity ? null : found;
        return result;
    }

    private StatusMark[] ScanMarks(ReportDocument document)
    {
        // The entries of a legend ("- 🟢 En cours") say what a mark means, not what state the work is in.
        if (Legends.Holds(document, Block))
        {
            return [];
        }

        List<StatusMark> found = t_marks ??= [];
        found.Clear();
        StatusScanner.Scan(Folded(document), document.Lexicon, found);
        StatusMark[] result = found.Count == 0 ? [] : found.ToArray();
        t_marks = found.Capacity > MaxKeptCapacity ? null : found;
        return result;
    }

    // A statement of at most this many quantities keeps them in a block shared with others (QuantityStore); one of
    // more, in an array of its own.
    private const int MaxInBlock = 32;

    // The quantities of the statements read on a thread are kept in shared blocks (ThreadBlocks), one statement's after
    // another's: no array per statement. A block of 256 quantities is 12 KB, under the large object heap's threshold.
    private const int QuantityBlock = 256;

    // A statement's marks and targets, when it has both.
    private sealed class MarksAndTargets(StatusMark[] marks, TargetClaim[] targets)
    {
        public StatusMark[] Marks { get; } = marks;

        public TargetClaim[] Targets { get; } = targets;
    }

    private void ScanQuantities(ReportDocument document)
    {
        List<Quantity> found = t_found ??= [];
        found.Clear();
        QuantityScanner.Scan(Prose.Chars, Span.Start, document.Lexicon, found, MaxQuantities);
        if (found.Count == 0)
        {
            _quantities = [];
        }
        else if (found.Count <= MaxInBlock)
        {
#if NET
            _quantities = ThreadBlocks<Quantity>.Keep(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(found), QuantityBlock, out int start);
#else
            _quantities = ThreadBlocks<Quantity>.Keep(found.ToArray(), QuantityBlock, out int start);
#endif
            _quantityStart = (byte)start;
            _quantityCount = (byte)found.Count;
        }
        else
        {
            _quantities = found.ToArray();
        }

        t_found = found.Capacity > MaxKeptCapacity ? null : found;
    }
}

/// <summary>The statements of a document, in order, built once and shared.</summary>
internal sealed class Statements
{
    private Statements(IReadOnlyList<Statement> all) => All = all;

    /// <summary>Every statement, in document order.</summary>
    public IReadOnlyList<Statement> All { get; }

    /// <summary>The shared statements of a document.</summary>
    public static Statements Of(ReportDocument document) => document.GetModel(Build);

    // Build scratch, kept per thread up to a size: the statements are gathered in a list that grows by doubling, and
    // only their exact-size array is kept.
    [ThreadStatic]
    private static List<Statement>? t_list;

    private const int MaxScratch = 1 << 16;

    private static Statements Build(ReportDocument document)
    {
        List<Statement> list = t_list ?? [];
        t_list = null;
        try
        {
            Gather(document, list);
            for (int i = 0; i < list.Count; i++)
            {
                list[i].Index = i;
            }

            return new Statements(list.ToArray());
        }
        finally
        {
            list.Clear();
            if (list.Capacity <= MaxScratch)
            {
                t_list = list;
            }
        }
    }

    private static void Gather(ReportDocument document, List<Statement> list)
    {
        // The sources come in document order (BlockIndex): code blocks, table rows (once each, where their first cell
        // with inlines comes) and the other leaf blocks with inlines.
        BlockIndex index = document.BlockIndex;
        int code = 0;
        // The last table whose rows were read: a paragraph right after it sums it up.
        Table? lastTable = null;
        foreach (Block block in index.StatementSources)
        {
            if (block is CodeBlock codeBlock)
            {
                // The block visited right before: a paragraph or heading right before a fence of the same container leads it in.
                Block? before = index.BeforeCode[code++];
                if (Dashboards.Of(document).For(codeBlock) is { } dashboard)
                {
                    AddDashboardLines(document, dashboard, list);
                }
                else if (codeBlock is FencedCodeBlock fence && !AddClaimLines(document, fence, list))
                {
                    // A block of commands or output, not of claims: evidence for what leads it in.
                    ShownBelow(document, fence, before as LeafBlock, list);
                }

                continue;
            }

            if (block is TableRow row)
            {
                AddRow(document, row, list);
                lastTable = row.Parent as Table;
                continue;
            }

            var leaf = (LeafBlock)block;
            TextSpan span = document.GetSpan(leaf);
            bool whole = leaf is HeadingBlock || (leaf.Parent is ListItemBlock item && ReferenceEquals(item[0], leaf));
            FactEvidence evidence = EvidenceReader.OfInlines(document, leaf);
            if (leaf is ParagraphBlock && lastTable is not null && RightAfter(document, lastTable, leaf, span))
            {
                evidence |= FactEvidence.Table;
            }

            if (whole)
            {
                list.Add(new Statement(span, ProseText.Of(document, leaf, span), leaf) { Evidence = evidence });
                continue;
            }

            // A paragraph: one statement per sentence; evidence anywhere in the paragraph counts for each. Its prose
            // is made in a rented buffer, and a string is made per sentence only.
            char[] buffer = ProseText.Rent(document.GetText(span));
            Span<char> prose = buffer.AsSpan(0, span.Length);
            ProseText.BlankCode(document, leaf, span, prose);
            int start = 0;
            for (int i = 0; i < prose.Length; i++)
            {
                bool end = (prose[i] is '.' or '!' or '?' && (i + 1 == prose.Length || char.IsWhiteSpace(prose[i + 1]))) ||
                    (prose[i] == '\n' && i + 1 < prose.Length && OpensLine(prose, i));
                if (end || i + 1 == prose.Length)
                {
                    int stop = i + 1;
                    if (prose[i] == '\n')
                    {
                        // A line of its own ends before its line break and the hard break's spaces or backslash.
                        stop = i;
                        while (stop > start && prose[stop - 1] is ' ' or '\t' or '\r' or '\\')
                        {
                            stop--;
                        }
                    }

                    if (prose[start..stop].Trim().Length > 0)
                    {
                        TextSpan sentence = TextSpan.FromBounds(span.Start + start, span.Start + stop);
                        list.Add(new Statement(sentence, ProseText.Keep(document, sentence, prose[start..stop]), leaf) { Evidence = evidence });
                    }

                    start = prose[i] == '\n' ? i + 1 : stop;
                }
            }

            System.Buffers.ArrayPool<char>.Shared.Return(buffer);
        }
    }

    // Whether a paragraph directly follows a table in the same container: only blank space between them.
    private static bool RightAfter(ReportDocument document, Table table, LeafBlock paragraph, TextSpan span)
    {
        if (!ReferenceEquals(table.Parent, paragraph.Parent))
        {
            return false;
        }

        int end = document.GetSpan(table).End;
        return end <= span.Start && document.GetText(TextSpan.FromBounds(end, span.Start)).IsWhiteSpace();
    }

    // How many words a key may have at the start of a paragraph's line ("**Date:**", "Temps de développement :").
    private const int MaxKeyWords = 6;

    // Whether the line after the line break at prose[newline] states something of its own: a line after a hard break
    // (two spaces or a backslash before it), or a line that opens with a key and a colon, after status marks and
    // emphasis ("**Status:** ✅ COMPLETE", "✅ **Tests**: 42/42", "Date : 12 mars"). A report's summary block writes one
    // fact a line without blank lines between them, which Markdown joins into one paragraph: each line is a statement,
    // as it would be in a list. Prose wrapped across lines is not cut.
    internal static bool OpensLine(ReadOnlySpan<char> prose, int newline)
    {
        ReadOnlySpan<char> before = prose[..newline].TrimEnd('\r');
        if (before.EndsWith("  ") || before.EndsWith('\\'))
        {
            return true;
        }

        ReadOnlySpan<char> line = prose[(newline + 1)..];
        int lineEnd = line.IndexOf('\n');
        line = (lineEnd < 0 ? line : line[..lineEnd]).TrimStart(" \t");
        // Status marks and emoji before the key ("✅ **Tests**:"), not letters or digits.
        int i = 0;
        while (i < line.Length && !char.IsLetterOrDigit(line[i]) && line[i] is not ('*' or '_' or '[' or '(' or '`' or '"' or '\'' or '<'))
        {
            i++;
        }

        bool emphasis = i < line.Length && line[i] is '*' or '_';
        while (i < line.Length && line[i] is '*' or '_')
        {
            i++;
        }

        if (i >= line.Length || !char.IsLetter(line[i]) || (!emphasis && !char.IsUpper(line[i])))
        {
            return false;
        }

        int words = 0;
        bool inWord = false;
        for (; i < line.Length; i++)
        {
            char c = line[i];
            if (c == ':')
            {
                // A key then its value: "Date: 12", not a URL ("https://") or a time ("10:30").
                return words > 0 && i + 1 < line.Length && line[i + 1] is ' ' or '*' or '_' or '\t' && !line[(i + 1)..].Trim(" *_\t").IsEmpty;
            }

            if (c is '*' or '_')
            {
                // The key's emphasis closes before the colon ("**Status**:").
                continue;
            }

            bool letter = char.IsLetterOrDigit(c) || c is '-' or '\'' or '’' or '/' or '&' or '(' or ')' or '.';
            if (!letter && c != ' ')
            {
                return false;
            }

            if (letter && !inWord && ++words > MaxKeyWords)
            {
                return false;
            }

            inWord = letter;
        }

        return false;
    }

    // Fences that show documents (markdown, html) are examples; others count when at least two lines carry a
    // status mark, as reports put their claims in yaml or shell blocks ("Critical Issues: 0 ❌ # OBJECTIF: 0").
    private static readonly string[] ExampleFences = ["markdown", "md", "html", "xml", "diff"];

    // Whether the fence's lines were added as claims.
    private static bool AddClaimLines(ReportDocument document, FencedCodeBlock fence, List<Statement> list)
    {
        string info = (fence.Info ?? string.Empty).Trim().ToLowerInvariant();
        if (ExampleFences.Contains(info) || !Triggers.Of(document).MayHoldStatusSymbol(document.GetSpan(fence)))
        {
            return false;
        }

        var lines = new List<TextSpan>();
        var marks = new List<StatusMark>();
        int marked = 0;
        for (int i = 0; i < fence.Lines.Count; i++)
        {
            var slice = fence.Lines.Lines[i].Slice;
            int start = Math.Clamp(slice.Start, 0, document.Text.Length);
            var line = TextSpan.FromBounds(start, Math.Clamp(slice.End + 1, start, document.Text.Length));
            if (line.IsEmpty)
            {
                continue;
            }

            lines.Add(line);
            marks.Clear();
            StatusScanner.Scan(document, line, marks);
            if (StatusScanner.AnySymbol(marks))
            {
                marked++;
            }
        }

        if (marked < 2)
        {
            return false;
        }

        foreach (TextSpan line in lines)
        {
            list.Add(new Statement(line, new ProseChars(document.Text.Text, line.Start, line.Length), fence) { InCode = true });
        }

        return true;
    }

    // A fence of commands or output backs what leads it in: the first paragraph of the list item it stands in ("- ✅ All
    // tests pass:" over the run), or the heading or the paragraph ending in a colon right before it ("Résultats :").
    // Each statement of that paragraph is marked, as a paragraph's links back each of its sentences.
    private static void ShownBelow(ReportDocument document, FencedCodeBlock fence, LeafBlock? before, List<Statement> list)
    {
        LeafBlock? lead = fence.Parent is ListItemBlock { Count: > 0 } item && item[0] is ParagraphBlock first ? first : null;
        if (lead is null && before is not null && ReferenceEquals(before.Parent, fence.Parent) && before.Inline is not null &&
            (before is HeadingBlock || (before is ParagraphBlock && LeadsIn(document, before))))
        {
            lead = before;
        }

        if (lead is null)
        {
            return;
        }

        FactEvidence? shown = null;
        int from = document.GetSpan(lead).Start;
        for (int i = list.Count - 1; i >= 0 && list[i].Span.Start >= from; i--)
        {
            if (ReferenceEquals(list[i].Block, lead))
            {
                shown ??= EvidenceReader.OfFence(document, fence);
                if (shown == FactEvidence.None)
                {
                    return;
                }

                list[i].Evidence |= shown.Value;
            }
        }
    }

    /// <summary>Whether a paragraph leads in what follows it: it ends in a colon, past closing emphasis ("**Test run:**", "Sortie :").</summary>
    internal static bool LeadsIn(ReportDocument document, LeafBlock paragraph) =>
        document.GetText(document.GetSpan(paragraph)).TrimEnd(" \t\r\n*_").EndsWith(':');

    // A dashboard's lines (rows, bars, key-value lines, boxed text) in place of its claim lines, so none is counted
    // twice; box verticals read as '|' and the rest of the frame as spaces, as in a pipe table's row.
    private static void AddDashboardLines(ReportDocument document, Dashboard dashboard, List<Statement> list)
    {
        foreach (TextSpan line in dashboard.Lines)
        {
            char[] prose = document.GetText(line).ToArray();
            for (int i = 0; i < prose.Length; i++)
            {
                prose[i] = prose[i] is '│' or '┃' or '║' or '┆' or '┊' ? '|' : prose[i] is >= '\u2500' and <= '\u257F' ? ' ' : prose[i];
            }

            list.Add(new Statement(line, ProseText.Keep(document, line, prose), dashboard.Block) { InCode = true });
        }
    }

    private static void AddRow(ReportDocument document, TableRow row, List<Statement> list)
    {
        TextSpan span = document.GetSpan(row);
        // A rented buffer: the row's one string is made from it at the end.
        char[] buffer = ProseText.Rent(document.GetText(span));
        Span<char> prose = buffer.AsSpan(0, span.Length);
        FactEvidence evidence = FactEvidence.None;
        LeafBlock? first = null;
        foreach (Block cell in row)
        {
            if (cell is not TableCell { Count: > 0 } tableCell || tableCell[0] is not LeafBlock leaf || leaf.Inline is null)
            {
                continue;
            }

            first ??= leaf;
            evidence |= EvidenceReader.OfInlines(document, leaf);
            // The row's buffer already holds each cell's text: its code is blanked in place.
            TextSpan cellSpan = document.GetSpan(leaf);
            int at = cellSpan.Start - span.Start;
            if (at >= 0 && at + cellSpan.Length <= prose.Length)
            {
                ProseText.BlankCode(document, leaf, cellSpan, prose.Slice(at, cellSpan.Length));
            }
        }

        if (first is not null)
        {
            list.Add(new Statement(span, ProseText.Keep(document, span, prose), first) { Evidence = evidence });
        }

        System.Buffers.ArrayPool<char>.Shared.Return(buffer);
    }
}
