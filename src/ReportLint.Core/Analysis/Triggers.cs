using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ReportLint.Lexicons;
using ReportLint.Text;
using static ReportLint.Text.RawLines;

namespace ReportLint.Analysis;

/// <summary>
/// Triage: which words and marks a document holds at all, and where, so a rule that cannot find anything to report
/// skips it (and a document no rule needs is never parsed), and a model skips the statements that cannot hold what
/// it looks for. One scan reads the document's folded characters (mojibake read through) and notes where each word
/// and mark of the lexicon's phrases occurs (<see cref="TriggerTable"/>); no folded copy is built. A phrase "may
/// occur" where each of its words does. A phrase a rule matches in a statement always has its words, as whole words,
/// in that fold, and folding a statement gives the document's characters for that span, with code it blanks read as
/// spaces (the scan also looks up every piece of a word between dropped markers), so triage can be too generous but
/// never too strict. One reading is deliberately not followed: a statement that blanks the code of a link's text
/// ("[`x`](…)") reads "[ ]" there, an unchecked box nobody wrote; triage does not count it as a status mark (every
/// page with a code link would otherwise pass). <c>TriageTests</c> requires identical diagnostics with triage on and
/// off on every example, doc, seed and corpus page.
/// <para>
/// Rules never ask it: they declare <see cref="ReportAnalyzer.Needs"/>, which the driver evaluates here, and ask the
/// models (<c>StatementPhrases.MayHoldPhrase</c>). Only <see cref="Of"/> and <see cref="MayHoldStatusSymbol"/>
/// stay public, for RL3002's analysis until it reads its marks from the model.
/// </para>
/// </summary>
internal sealed class Triggers
{
    private readonly ReportDocument _document;
    // Answers by question, boxed: a ConcurrentDictionary over bool is framework generic code over a value type, which
    // ReadyToRun does not precompile, so it was JIT-compiled at every start of the tool.
    private static readonly object Yes = true, No = false;
    private readonly ConcurrentDictionary<string, object> _sections = new(StringComparer.Ordinal);

    private string? _folded;
    private TriggerScan? _scan;

    // The last sets of sections asked by place, resolved against the scan: the rules and models ask the same few sets
    // (arrays they keep, or StatementPhrases keeps per set) of every statement, and looking each name up again cost
    // more than the search. Found by the array's reference and the scan's; a slot is replaced whole.
    private readonly Resolved?[] _resolved = new Resolved?[16];
    private int _nextResolved;

    // Per section number: 0 not asked yet, 1 no phrase of it occurs in the document, 2 one may.
    private byte[]? _occurs;

    private Triggers(ReportDocument document) => _document = document;

    // Answers are remembered by question. No delegate per question: a lambda at each call allocated its delegate (and
    // its captured arguments) even when the answer was already known, and the rules ask once per document each.
    private bool? Known(string question) => _sections.TryGetValue(question, out object? value) ? ReferenceEquals(value, Yes) : null;

    private bool Remember(string question, bool answer) => ReferenceEquals(_sections.GetOrAdd(question, answer ? Yes : No), Yes);

    /// <summary>The shared triggers of a document.</summary>
    public static Triggers Of(ReportDocument document) => document.KeptTriggers ??= document.GetModel(d => new Triggers(d));

    /// <summary>
    /// The whole document folded for matching, mojibake read through, with backticks read as spaces: a statement
    /// blanks its code spans, so a word that starts a word in a statement also starts one here.
    /// </summary>
    internal string Folded => _folded ??= FoldedSpan(new TextSpan(0, _document.Text.Length));

    private TriggerTable Table => _document.Lexicon.Triggers;

    // Made with the placement the document's questions have used so far when they were answered without it (see Light).
    private TriggerScan Scan => _scan ??= Table.Scan(_document.Text.Text.AsSpan(), 0, DocumentMojibake.Of(_document).Sequences, null, _placing);

    /// <summary>
    /// Whether the questions of the status report scope may be answered without the scan of the whole text (false makes
    /// every question scan it, for the tests that hold the two to the same answers).
    /// </summary>
    internal bool Lightly { get; set; } = true;

    // 0 not known yet, 1 the document may be read lightly, 2 not.
    private int _light;

    // Whether the text is ASCII alone, once Light has looked.
    private bool _ascii;

    // Whether a text beyond ASCII may be read lightly: no mojibake, whose repairs the scan reads through, and none of
    // the characters beyond ASCII the fold drops (U+FE0F, U+FE0E, U+200D: they break a run as markers do, and the
    // raw searches do not count them).
    private bool ReadableBeyondAscii(ReadOnlySpan<char> text) =>
        text.IndexOfAny('\uFE0F', '\uFE0E', '\u200D') < 0 && DocumentMojibake.Of(_document).Sequences.Count == 0;

    // The placement the scan will be made with, while questions are answered without it: the table's when the first of
    // them would have made the scan, then placed as ScanPlacing would have placed it.
    private Placement? _placing;

    // Which words occur in the front and the heading lines, and in the paragraphs that may hold a heading (see
    // HeadingWords); null until asked, or when unreadable.
    private bool[]? _headingWords;
    private bool[]? _headingParagraphWords;
    private bool _headingWordsRead;

    // Which words occur in the heading lines alone (see HeadingWords), and those lines as pairs of offsets (start, end);
    // null until asked, or when unreadable.
    private bool[]? _headingLineWords;
    private List<int>? _headingLines;

    /// <summary>
    /// Whether the document is read lightly: its scan is not made yet, its text is ASCII alone (no mark beyond ASCII
    /// and no mojibake can be read in it) or holds no mojibake and none of the characters the fold drops beyond ASCII
    /// (then the raw searches read each character beyond ASCII as the fold gives it), and the scan would surely be complete (<see cref="TriggerTable.SurelyComplete(ReadOnlySpan{char})"/>).
    /// Then the status marks are looked for in the raw text, and the places of the scope's words in the scans of the
    /// front and heading lines alone, which give what the scan of the whole text gives there (a line break always
    /// separates words): on a page that is no status report, most of its text is never scanned.
    /// </summary>
    private bool Light
    {
        get
        {
            if (_scan is not null || !Lightly)
            {
                return false;
            }

            if (_light == 0)
            {
                ReadOnlySpan<char> text = _document.Text.Text;
                _ascii = TriggerTable.IsAscii(text);
                _light = (_ascii || ReadableBeyondAscii(text)) && TriggerTable.SurelyComplete(text) ? 1 : 2;
            }

            return _light == 1;
        }
    }

    // As ScanPlacing, for the scan not made yet: the placement it will be made with, placed first when it does not
    // cover the sections, as ScanPlacing would have placed it and scanned again.
    private Placement PlacementFor(string[] sections)
    {
        Placement placing = _placing ??= Table.Placing;
        if (!placing.Covers(sections))
        {
            Table.Place(sections);
            _placing = placing = Table.Placing;
        }

        return placing;
    }

    // False when the document is read lightly and no phrase of the section can occur in it (TriggerTable.AnyInAscii),
    // without the scan (which would have been made here); otherwise true, and the scan tells.
    private bool MayOccurLightly(string section)
    {
        if (!Light)
        {
            return true;
        }

        _placing ??= Table.Placing;
        return _ascii ? Table.AnyInAscii(_document.Text.Text, section) : Table.AnyInText(_document.Text.Text, section);
    }

    // Whether the scan is complete, without making it for a document read lightly (the scan would have been made here).
    private bool Complete
    {
        get
        {
            if (Light)
            {
                _placing ??= Table.Placing;
                return true;
            }

            return Scan.Complete;
        }
    }

    // Whether any phrase of the section is (or holds) a mark: a mark's place and presence in a piece of the text alone
    // may differ from the whole's (the fold's last characters before it run across lines).
    private bool HasMark(string section)
    {
        foreach (int[] phrase in Table.Section(section))
        {
            foreach (int id in phrase)
            {
                if (id >= Table.WordCount)
                {
                    return true;
                }
            }
        }

        return false;
    }

    // The scan, with the places of the sections' phrases: the table records them from the first time a section is
    // asked about by place, so a scan made before that is made again, once.
    private TriggerScan ScanPlacing(string[] sections)
    {
        TriggerScan scan = Scan;
        if (!scan.Placement.Covers(sections))
        {
            Table.Place(sections);
            _scan = scan = Table.Scan(_document.Text.Text.AsSpan(), DocumentMojibake.Of(_document).Sequences);
        }

        return scan;
    }

    /// <summary>
    /// Whether a phrase of the section may occur in the document, for a model that would otherwise fold and match
    /// every statement for it: false only when triage is on and no phrase of the section occurs. A section with a
    /// mark among its phrases, or unknown, may always occur (a statement's fold can read a mark the scan does not).
    /// </summary>
    internal bool MayOccur(LexiconSection section)
    {
        if (!_document.Triage)
        {
            return true;
        }

        int number = _document.Lexicon.NumberOf(section.Name);
        return number < 0 || AnySection(section.Name, number);
    }

    /// <summary>Whether any phrase of any of the sections may occur in the document.</summary>
    internal bool Any(params string[] sections)
    {
        foreach (string section in sections)
        {
            if (AnySection(section, _document.Lexicon.NumberOf(section)))
            {
                return true;
            }
        }

        return false;
    }

    // Whether a phrase of one section may occur: remembered by the section's number (the lexicon's, given by the
    // caller) in one array per document (the rules ask a few hundred sections of every part), a name the lexicon does
    // not number by question.
    private bool AnySection(string section, int number)
    {
        if (number < 0)
        {
            return Known(section) ?? Remember(section, MayOccurLightly(section) && AnyPhrase(Table.Section(section), Scan.Present));
        }

        byte[] occurs = _occurs ?? Interlocked.CompareExchange(ref _occurs, new byte[_document.Lexicon.SectionCount], null) ?? _occurs;
        byte known = Volatile.Read(ref occurs[number]);
        if (known == 0)
        {
            known = MayOccurLightly(section) && AnyPhrase(Table.Section(section), Scan.Present) ? (byte)2 : (byte)1;
            Volatile.Write(ref occurs[number], known);
        }

        return known == 2;
    }

    /// <summary>
    /// Whether any phrase of any of the sections may occur within one paragraph of the raw text: a run of lines none
    /// of which is blank (only spaces, tabs or a carriage return). Every statement (a sentence, a list item's first
    /// paragraph, a table row, a heading, a claim line of a fence) lies within one, so a rule that matches phrases
    /// in statements can ask this instead of <see cref="Any"/>: "all", "tests" and "pass" on different pages of a
    /// manual are not "all tests pass".
    /// </summary>
    internal bool AnyInParagraph(params string[] sections) => InParagraph("\u0004", sections, all: false);

    /// <summary>
    /// Whether one paragraph of the raw text (as for <see cref="AnyInParagraph"/>) may hold a phrase of each of the
    /// sections: a percentage and a completion word of one statement, say.
    /// </summary>
    internal bool AnyParagraphWithAll(params string[] sections) => InParagraph("\u0005", sections, all: true);

    private bool InParagraph(string kind, string[] sections, bool all)
    {
        string question = kind + string.Join(",", sections);
        return Known(question) ?? Remember(question, FindInParagraph(sections, all));
    }

    // Whether a phrase of each section may occur (loops, not LINQ: a delegate and its closure per question).
    private bool EachAny(string[] sections)
    {
        foreach (string section in sections)
        {
            if (!AnySection(section, _document.Lexicon.NumberOf(section)))
            {
                return false;
            }
        }

        return true;
    }

    private bool FindInParagraph(string[] sections, bool all)
    {
        if (all ? !EachAny(sections) : !Any(sections))
        {
            return false;
        }

        TriggerScan scan = ScanPlacing(sections);
        if (!scan.Complete || AnyUnseen(sections))
        {
            return true;
        }

        // The paragraphs around each place of a phrase (of the first section, when each section needs one): which
        // words each holds, in an array of this thread's, cleared and kept for the next, in a table of this thread's.
        // Only completely scanned paragraphs are in it: an incomplete scan answers at once.
        bool[] positioned = scan.Placement.Positioned;
        Dictionary<int, bool[]> paragraphs = t_paragraphs ?? new Dictionary<int, bool[]>();
        t_paragraphs = null;
        try
        {
            return FindInParagraphs(sections, all, scan, positioned, paragraphs);
        }
        finally
        {
            foreach (bool[] present in paragraphs.Values)
            {
                Keep(present);
            }

            if (paragraphs.Count <= MaxKeptParagraphs)
            {
                paragraphs.Clear();
                t_paragraphs = paragraphs;
            }
        }
    }

    // A paragraph's array of words, cleared and kept for the next paragraph's scan.
    private static void Keep(bool[] present)
    {
        Array.Clear(present, 0, present.Length);
        if ((t_present ??= []).Count < MaxKeptPresent)
        {
            t_present.Push(present);
        }
    }

    [ThreadStatic]
    private static Stack<bool[]>? t_present;

    // Keyed by the paragraph's start, the arrays as values: no value type of this assembly in a framework collection,
    // whose code ReadyToRun cannot precompile.
    [ThreadStatic]
    private static Dictionary<int, bool[]>? t_paragraphs;

    private const int MaxKeptPresent = 64;

    // A table of more paragraphs than this is not kept for the thread's next question.
    private const int MaxKeptParagraphs = 4096;

    private bool FindInParagraphs(string[] sections, bool all, TriggerScan scan, bool[] positioned, Dictionary<int, bool[]> paragraphs)
    {
        foreach (string section in all ? sections.Take(1) : sections)
        {
            foreach (int[] phrase in Table.Section(section))
            {
                if (!Occurs(phrase, scan.Present))
                {
                    continue;
                }

                int placed = FirstPositioned(phrase, positioned);
                if ((!all && phrase.Length == 1) || placed < 0)
                {
                    return true;
                }

                foreach (TriggerHit hit in scan.Hits)
                {
                    if (hit.Id != phrase[placed])
                    {
                        continue;
                    }

                    TextSpan paragraph = ParagraphAround(_document.Text, hit.Start);
                    if (!paragraphs.TryGetValue(paragraph.Start, out bool[]? words))
                    {
                        words = t_present is { Count: > 0 } kept && kept.Peek().Length == Table.Count ? kept.Pop() : new bool[Table.Count];
                        if (!Table.ScanPresence(_document.Text.Text.AsSpan(paragraph.Start, paragraph.Length), paragraph.Start,
                            DocumentMojibake.Of(_document).Within(paragraph), words))
                        {
                            // Too unusual to scan: assume anything occurs.
                            Keep(words);
                            return true;
                        }

                        paragraphs.Add(paragraph.Start, words);
                    }

                    if (all ? EachSectionPresent(sections, words) : Occurs(phrase, words))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    // The lines around an offset up to (not including) a blank line or the end of the text, as the source splits
    // lines (as Markdown does). A line that holds anything but spaces and tabs is never blank to Markdown either, so
    // a paragraph of Markdown never crosses these bounds.
    private static TextSpan ParagraphAround(SourceText text, int offset)
    {
        int first = text.GetLinePosition(offset).Line, last = first;
        while (first > text.FirstLine && !IsBlank(text[text.GetLineSpan(first - 1)]))
        {
            first--;
        }

        while (last < text.LastLine && !IsBlank(text[text.GetLineSpan(last + 1)]))
        {
            last++;
        }

        return TextSpan.FromBounds(text.GetLineStart(first), text.GetLineSpan(last).End);
    }

    /// <summary>Whether a line (without its line break) is blank: only spaces and tabs.</summary>
    internal static bool IsBlank(ReadOnlySpan<char> line) => line.Trim(" \t").IsEmpty;

    /// <summary>Whether any phrase of any of the sections may occur within <paramref name="span"/> of the document.</summary>
    internal bool MayHold(TextSpan span, params string[] sections) => MayHold(span, symbolsOnly: false, sections);

    /// <summary>
    /// Whether any status mark (a symbol of the <c>status.*</c> sections: ✅ ❌ ⏳ ⚠ [x] [ ]…) may occur within
    /// <paramref name="span"/>; with <paramref name="sections"/>, a symbol of those sections only.
    /// </summary>
    public bool MayHoldStatusSymbol(TextSpan span, params LexiconSection[] sections)
    {
        ArgumentNullException.ThrowIfNull(sections);
        if (sections.Length == 0)
        {
            return MayHold(span, symbolsOnly: true, StatusSections);
        }

        string[] names = new string[sections.Length];
        for (int i = 0; i < sections.Length; i++)
        {
            names[i] = sections[i].Name;
        }

        return MayHold(span, symbolsOnly: true, names);
    }

    // A loop, not Any with a method group: that made a delegate at every call (once per statement).
    private bool AnyUnseen(string[] sections)
    {
        foreach (string section in sections)
        {
            if (Table.HasUnseen(section))
            {
                return true;
            }
        }

        return false;
    }

    private bool MayHold(TextSpan span, bool symbolsOnly, string[] sections)
    {
        if (!_document.Triage)
        {
            return true;
        }

        return MayHold(span, symbolsOnly, Resolve(sections));
    }

    /// <summary>
    /// Whether a phrase of the section may stand within <paramref name="span"/>, for a statement that would otherwise be
    /// folded and matched for it: false only when triage is on, the section has no mark among its phrases (a statement's
    /// fold can read a mark the scan does not, see <see cref="MayOccur"/>) and no phrase of it can lie within the span.
    /// </summary>
    internal bool MayHoldSection(TextSpan span, LexiconSection section)
    {
        if (!_document.Triage)
        {
            return true;
        }

        int number = _document.Lexicon.NumberOf(section.Name);
        if (number < 0)
        {
            return true;
        }

        if (!AnySection(section.Name, number))
        {
            return false;
        }

        // The section alone, asked by the same array each time and resolved once per scan: rules look for one section
        // at a time in statement after statement, more sections than the shared slots of Resolve keep.
        TriggerScan scan = Scan;
        string[] names = Table.Single(number, section.Name);
        if (!scan.Placement.Covers(names))
        {
            // Only a section the scan already places is answered: placing another would scan the document again
            // (more than the folds it saves: the first documents linted are the largest), and would place more
            // words for every later scan, which widens what the places of other sections are read from (the status
            // report scope among them).
            return true;
        }

        Resolved?[] resolved = _singleResolved ?? Interlocked.CompareExchange(ref _singleResolved, new Resolved?[_document.Lexicon.SectionCount], null) ?? _singleResolved;
        Resolved? kept = resolved[number];
        if (kept is null || !ReferenceEquals(kept.Scan, scan))
        {
            kept = new Resolved(names, scan, AnyUnseen(names), [IndexOf(section.Name, scan)]);
            resolved[number] = kept;
        }

        return MayHold(span, symbolsOnly: false, kept);
    }

    private Resolved?[]? _singleResolved;

    private bool MayHold(TextSpan span, bool symbolsOnly, Resolved resolved)
    {
        TriggerScan scan = resolved.Scan;
        if (!scan.Complete)
        {
            return true;
        }

        int first = scan.FirstAtOrAfter(span.Start);
        int last = first;
        while (last < scan.Hits.Length && scan.Hits[last].Start < span.End)
        {
            last++;
        }

        // Every phrase the scan sees is placed by its longest word: with nothing placed in the span, only an unseen one may be there.
        if (first == last && !resolved.Unseen)
        {
            return false;
        }

        foreach (PlacedSection index in resolved.Indexes)
        {
            int[][] compiled = index.Phrases;
            // A phrase with a placed word is within the span only if that word is: the phrases of each word placed there.
            for (int h = first; h < last; h++)
            {
                // Most words placed in a span are other sections' words: told apart by a bit before the lookup.
                int id = scan.Hits[h].Id;
                if ((index.Placed[id >> 6] & (1UL << id)) != 0 && index.ByWord.TryGetValue(id, out int[]? phrases))
                {
                    foreach (int i in phrases)
                    {
                        if ((!symbolsOnly || index.Symbol[i]) && AllWithin(compiled[i], scan, first, last))
                        {
                            return true;
                        }
                    }
                }
            }

            foreach (int i in index.Unplaced)
            {
                if ((!symbolsOnly || index.Symbol[i]) && AllWithin(compiled[i], scan, first, last))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // The sections against the current scan (placed first when they are not): whether a phrase of one is unseen, and
    // the placed index of each.
    private Resolved Resolve(string[] sections)
    {
        TriggerScan? current = _scan;
        foreach (Resolved? kept in _resolved)
        {
            if (kept is not null && ReferenceEquals(kept.Sections, sections) && ReferenceEquals(kept.Scan, current))
            {
                return kept;
            }
        }

        TriggerScan scan = ScanPlacing(sections);
        var indexes = new PlacedSection[sections.Length];
        for (int k = 0; k < sections.Length; k++)
        {
            indexes[k] = IndexOf(sections[k], scan);
        }

        var resolved = new Resolved(sections, scan, AnyUnseen(sections), indexes);
        _resolved[(int)((uint)Interlocked.Increment(ref _nextResolved) % (uint)_resolved.Length)] = resolved;
        return resolved;
    }

    private sealed class Resolved(string[] sections, TriggerScan scan, bool unseen, PlacedSection[] indexes)
    {
        public string[] Sections { get; } = sections;

        public TriggerScan Scan { get; } = scan;

        public bool Unseen { get; } = unseen;

        public PlacedSection[] Indexes { get; } = indexes;
    }

    // The section's phrases by the first of their words whose place the scan records: made once per placement, which
    // every document scanned with it shares.
    private PlacedSection IndexOf(string section, TriggerScan scan) => scan.Placement.Index(section, Table, _document.Lexicon);

    /// <summary>
    /// Where the placed word of each phrase of a section occurs (the start of each, in order); null when the
    /// section's phrases may be anywhere (a phrase the scan cannot see, or a text it could not read).
    /// </summary>
    internal List<int>? PlacesOf(string section)
    {
        TriggerScan scan = ScanPlacing([section]);
        if (!scan.Complete || Table.HasUnseen(section))
        {
            return null;
        }

        // The section's placed words, made once per placement (an array of every word, made and cleared per question,
        // cost more than the walk of the hits).
        ulong[] words = IndexOf(section, scan).Words;
        var places = new List<int>();
        foreach (TriggerHit hit in scan.Hits)
        {
            if ((words[hit.Id >> 6] & (1UL << hit.Id)) != 0)
            {
                places.Add(hit.Start);
            }
        }

        return places;
    }

    /// <summary>
    /// Triage: whether the document may hold a claim about a section or about the whole document, without parsing
    /// it. Such a claim is in a top-level heading (an ATX line, or a paragraph a setext underline ends) or in the
    /// document's first lines (up to the first blank line from line 20 on, where a statement starting by line 20
    /// ends at the latest); a completion word elsewhere can only make a claim about nothing.
    /// </summary>
    internal bool MayHoldSectionOrDocumentCompletionClaim() => AnyInHeadingOrFront(LexiconSections.Completion.Name);

    /// <summary>
    /// Whether a phrase of the section may lie in a heading (an ATX line, or a paragraph a setext underline ends) or in
    /// the document's first lines (up to the first blank line from line 20 on, where a statement starting by line 20
    /// ends at the latest): where a claim about a section or the whole document, or the name of the document's kind,
    /// is written.
    /// </summary>
    internal bool AnyInHeadingOrFront(string section)
    {
        string question = "\u0006" + section;
        return Known(question) ?? Remember(question, FindInHeadingOrFront(section));
    }

    /// <summary>
    /// Whether a phrase of the section may lie in a heading: in a paragraph of the raw text (as for
    /// <see cref="AnyInParagraph"/>) that holds a line starting, past spaces and tabs, with '#' (an ATX heading) or a
    /// line of only '=' or '-' (a setext underline), each paragraph scanned on its own. Nothing is placed: the
    /// placement of the shared table, and with it the answers of every later document, stays as it was.
    /// </summary>
    internal bool AnyInHeadingParagraph(string section)
    {
        string question = "\u000C" + section;
        return Known(question) ?? Remember(question, FindInHeadingParagraph(section));
    }

    /// <summary>
    /// Whether a phrase of the section may lie in a heading line: an ATX heading line (past spaces and tabs, '#'), the
    /// lines of a paragraph a setext underline ends, or the title of the YAML front matter (its <c>title:</c> line). Not
    /// the rest of the front matter, whose closing <c>---</c> is no underline (a page's summary, keywords and
    /// description), and not the lines beside a heading: the name a document gives itself. Nothing is placed.
    /// </summary>
    internal bool AnyInHeading(string section)
    {
        string question = "\u000E" + section;
        return Known(question) ?? Remember(question, FindInHeading(section, titleOnly: false));
    }

    /// <summary>
    /// Whether a phrase of the section may lie in the document's title: the YAML front matter's title line, or else its
    /// first heading line (as <see cref="AnyInHeading"/> reads heading lines). A part of a file analysed in parts that
    /// does not start the file has no title.
    /// </summary>
    internal bool AnyInTitle(string section)
    {
        string question = "\u000F" + section;
        return Known(question) ?? Remember(question, FindInHeading(section, titleOnly: true));
    }

    private bool FindInHeading(string section, bool titleOnly)
    {
        if (titleOnly && _document.Text.FirstLine != 1)
        {
            return false;
        }

        // As FindInHeadingParagraph: the scans of the heading lines together first, read lightly (no phrase in them
        // all, none in one); then each line or setext paragraph on its own, so a phrase's words are in one heading.
        if (BeforeHeadingPieces(section, paragraphs: false) is bool known)
        {
            return known;
        }

        if (HeadingWords() is null)
        {
            return true;
        }

        string text = _document.Text.Text;
        List<int> lines = _headingLines!;
        int[][] phrases = Table.Section(section);
        DocumentMojibake mojibake = DocumentMojibake.Of(_document);
        // The array of words is this thread's, as for the paragraphs of FindInHeadingParagraph.
        bool[]? words = null;
        try
        {
            for (int i = 0; i < (titleOnly ? Math.Min(2, lines.Count) : lines.Count); i += 2)
            {
                if (words is null)
                {
                    words = t_present is { Count: > 0 } kept && kept.Peek().Length == Table.Count ? kept.Pop() : new bool[Table.Count];
                }
                else
                {
                    Array.Clear(words, 0, words.Length);
                }

                if (!ScanPiece(text, lines[i], lines[i + 1], mojibake, words) || AnyPhrase(phrases, words))
                {
                    return true;
                }
            }

            return false;
        }
        finally
        {
            if (words is not null)
            {
                Keep(words);
            }
        }
    }

    // What FindInHeading and FindInHeadingParagraph know before they read each heading piece on its own; null to read
    // them. Read lightly, a section of words alone is first looked for in the scans of the heading lines or of the
    // paragraphs that may hold a heading, taken together, not in the whole: what those scans find occurs in the whole
    // and the other way round (a line break always separates words), so the answer is the same. No phrase in them
    // all, none in one. Otherwise the whole scan tells: no phrase anywhere, none in a heading; a scan it could not
    // complete, or a phrase it cannot see, may be anywhere.
    private bool? BeforeHeadingPieces(string section, bool paragraphs)
    {
        if (Light && !Table.HasUnseen(section) && !HasMark(section))
        {
            // The scan would have been made here.
            _placing ??= Table.Placing;
            if (HeadingWords() is not null && !AnyPhrase(Table.Section(section), paragraphs ? _headingParagraphWords! : _headingLineWords!))
            {
                return false;
            }

            return null;
        }

        if (!AnySection(section, _document.Lexicon.NumberOf(section)))
        {
            return false;
        }

        return !Scan.Complete || Table.HasUnseen(section) ? true : null;
    }

    private bool FindInHeadingParagraph(string section)
    {
        if (BeforeHeadingPieces(section, paragraphs: true) is bool known)
        {
            return known;
        }

        SourceText source = _document.Text;
        string text = source.Text;
        int[][] phrases = Table.Section(section);
        // The array of words is this thread's, as for the paragraphs of FindInParagraphs: cleared and kept for the next.
        bool[]? words = null;
        int scannedEnd = -1;
        try
        {
            // Lines split at '\n' and at '\r' (a "\r\n" gives an empty line between, never a heading); a line within a
            // paragraph already scanned is not looked at again.
            for (int start = 0; start <= text.Length;)
            {
                int end = text.AsSpan(start).IndexOfAny('\n', '\r') is int next and >= 0 ? start + next : text.Length;
                ReadOnlySpan<char> line = text.AsSpan(start, end - start);
                if (start >= scannedEnd && (line.TrimStart(" \t").StartsWith('#') || IsUnderline(line.Trim())))
                {
                    TextSpan paragraph = ParagraphAround(source, start);
                    scannedEnd = paragraph.End;
                    if (words is null)
                    {
                        words = t_present is { Count: > 0 } kept && kept.Peek().Length == Table.Count ? kept.Pop() : new bool[Table.Count];
                    }
                    else
                    {
                        Array.Clear(words, 0, words.Length);
                    }

                    if (!Table.ScanPresence(text.AsSpan(paragraph.Start, paragraph.Length), paragraph.Start,
                        DocumentMojibake.Of(_document).Within(paragraph), words) || AnyPhrase(phrases, words))
                    {
                        return true;
                    }
                }

                start = end + 1;
            }

            return false;
        }
        finally
        {
            if (words is not null)
            {
                Keep(words);
            }
        }
    }

    /// <summary>
    /// Whether the document may read as a status report: a status mark with a word of work done (see
    /// <see cref="LexiconSections.ReportWork"/>) on a marked line, in a heading or in the first lines; or a completion
    /// word or a word naming a report (see <see cref="LexiconSections.ReportKind"/>) in a heading, or in the first lines
    /// of a document with a status mark. Marks alone make no report: a table of supported features ("| Rewind | ✔ |",
    /// with "can be configured" further down) or a guide's do and don't ("✅ À faire", "❌ À ne pas faire") reports on
    /// no work. Nor does a page without marks whose first lines say "Status" or "done" in passing (a proposal's "*
    /// Status: Implemented"), or whose sub-heading names a report in passing (a newsletter's "### Planning and Status"):
    /// a report without marks says what it is in its title ("# Sprint 4 report", "title: Rapport d'audit") or says
    /// something is done in a heading ("## Deployment complete").
    /// </summary>
    internal bool MayBeStatusReport()
    {
        if (Known("\u0007report") is bool known)
        {
            return known;
        }

        bool report = AnyStatusSymbol() && AnyStatusMarkOutsideCode()
            ? WorkDoneBesideMarks() || AnyInHeadingOrFront(LexiconSections.Completion.Name) || AnyInHeadingOrFront(LexiconSections.ReportKind.Name)
            : AnyInHeading(LexiconSections.Completion.Name) || AnyInTitle(LexiconSections.ReportKind.Name);
        if (report)
        {
            // The status rules ask many sections of a report: each is read from the scan from now on, not searched
            // for in the raw text first.
            _light = 2;
        }

        return Remember("\u0007report", report);
    }

    // The languages of code blocks whose marks are code: a "// ✅ Good" comment in a JavaScript example marks no work.
    // Not YAML, JSON, shell, text or output: reports write their claims in those ("✅ Tests: 42/42" in a bash block).
    private static readonly string[] ProgrammingLanguages =
    [
        "c", "c#", "c++", "cjs", "cpp", "cs", "csharp", "css", "dart", "go", "golang", "h", "hpp", "java", "javascript", "js",
        "jsx", "kotlin", "kt", "less", "lua", "mjs", "objc", "perl", "php", "py", "python", "python3", "r", "rb", "rs",
        "ruby", "rust", "scala", "scss", "svelte", "swift", "ts", "tsx", "typescript", "vue",
    ];

    // Whether a status mark may stand outside the fenced code blocks of a programming language (ProgrammingLanguages): the
    // fences as CommonMark opens and closes them at a line's start (up to three spaces, three or more backticks or
    // tildes; closed by a run of the same character at least as long, then white space), the language the info string's
    // first word. A fence nested deeper (in a list item) is read as text, so its marks count. The scan's answer, with
    // triage off too, as for WorkDoneBesideMarks. Unlike AnyOutsideTopLevelFences (column 0 only, for patterns of raw
    // text), a fence indented by up to three spaces counts: a page's marks in it are code all the same.
    private bool AnyStatusMarkOutsideCode()
    {
        string text = _document.Text.Text;
        Resolved marks = Resolve(StatusSections);
        int outside = 0;
        char fence = '\0';
        int fenceLength = 0;
        bool code = false;
        for (int start = 0; start >= 0;)
        {
            int end = LineEndOf(text, start);
            ReadOnlySpan<char> line = text.AsSpan(start, end - start);
            int indent = 0;
            while (indent < line.Length && indent < 4 && line[indent] == ' ')
            {
                indent++;
            }

            if (indent < 4 && indent < line.Length && line[indent] is '`' or '~')
            {
                char c = line[indent];
                int length = RunOf(line[indent..], c);
                ReadOnlySpan<char> rest = line[(indent + length)..].Trim(" \t");
                if (fence == '\0' && length >= 3 && (c == '~' || rest.IndexOf('`') < 0))
                {
                    fence = c;
                    fenceLength = length;
                    code = IsProgrammingLanguage(rest);
                    if (code && MayHold(TextSpan.FromBounds(outside, start), symbolsOnly: true, marks))
                    {
                        return true;
                    }
                }
                else if (fence == c && length >= fenceLength && rest.IsEmpty)
                {
                    fence = '\0';
                    if (code)
                    {
                        code = false;
                        int next = NextLineStart(text, end);
                        outside = next < 0 ? text.Length : next;
                    }
                }
            }

            start = NextLineStart(text, end);
        }

        // A block of code never closed runs to the end of the text, as in Markdown.
        return !code && MayHold(TextSpan.FromBounds(outside, text.Length), symbolsOnly: true, marks);
    }

    private static bool IsProgrammingLanguage(ReadOnlySpan<char> info)
    {
        int end = 0;
        while (end < info.Length && !char.IsWhiteSpace(info[end]) && info[end] is not ('{' or ','))
        {
            end++;
        }

        ReadOnlySpan<char> word = info[..end];
        foreach (string language in ProgrammingLanguages)
        {
            if (word.Equals(language.AsSpan(), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // Whether a word of work done stands on a line with a status mark ("- ✅ Staging deployed", "| Login | Fixed | ✅ |"),
    // on a heading line ("## Deployed to staging") or in the first lines, where a report sums up its work ("All core
    // features have been implemented"): what the marks report on. A word further down in running prose ("can be
    // configured") beside a table of marks says nothing of them. True when the scan cannot place the words.
    private bool WorkDoneBesideMarks()
    {
        if (!Any(LexiconSections.ReportWork.Name))
        {
            return false;
        }

        List<int>? places = PlacesOf(LexiconSections.ReportWork.Name);
        if (places is null)
        {
            return true;
        }

        SourceText source = _document.Text;
        int front = FrontEnd(), lastLine = -1;
        foreach (int place in places)
        {
            if (place < front)
            {
                return true;
            }

            int line = source.GetLinePosition(place).Line;
            if (line == lastLine)
            {
                continue;
            }

            lastLine = line;
            TextSpan span = source.GetLineSpan(line);
            ReadOnlySpan<char> text = source.Text.AsSpan(span.Start, span.Length);
            // The scan's answer, with triage off too: the scope is what the rules judge, the same either way.
            if (text.TrimStart(" \t").StartsWith('#') || MayHold(span, symbolsOnly: true, Resolve(StatusSections)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// How far the document's first lines reach, where a claim about the whole document or the name of its kind is
    /// written (up to the first blank line from this line on).
    /// </summary>
    internal const int FrontLines = 20;

    private bool FindInHeadingOrFront(string section)
    {
        if (Light)
        {
            // As PlacesOf: placed first, then read from where the scan would have placed its words.
            Placement placing = PlacementFor([section]);
            if (Table.HasUnseen(section))
            {
                return true;
            }

            if (!HasMark(section) && HeadingWords() is { } present)
            {
                return AnyPresent(placing.Index(section, Table, _document.Lexicon).Words, present);
            }
        }

        List<int>? places = PlacesOf(section);
        if (places is null)
        {
            return true;
        }

        // Lines are walked in the text as SourceText splits them (after \n, \r\n or a lone \r), from the front and from
        // each place: most documents asked this never need the table of every line start, which cost more than the rest.
        string text = _document.Text.Text;
        int front = FrontEnd();
        int frontMatter = FrontMatterEnd(out int titleStart, out int titleEnd);

        // The places come in order. A look down from a line that found no underline stopped at a blank line (or the
        // end): from any line before that one it would find none either, so it is not made again (a table of many rows
        // holding the section's words was read to its end once per word).
        int stop = -1;
        foreach (int at in places)
        {
            int start = at == 0 ? 0 : text.LastIndexOfAny(LineBreaks, at - 1) + 1;
            int end = LineEndOf(text, start);
            if (at < front || (at >= frontMatter && text.AsSpan(start, end - start).TrimStart(" \t").StartsWith('#')))
            {
                return true;
            }

            if (at < frontMatter)
            {
                // In the front matter, only its title is a heading (its closing line is no underline).
                if (at >= titleStart && at < titleEnd)
                {
                    return true;
                }

                continue;
            }

            if (at < stop)
            {
                continue;
            }

            int next = NextLineStart(text, end);
            for (; next >= 0; next = NextLineStart(text, end))
            {
                end = LineEndOf(text, next);
                ReadOnlySpan<char> following = text.AsSpan(next, end - next).Trim(" \t");
                if (following.IsEmpty)
                {
                    break;
                }

                if (IsUnderline(following))
                {
                    return true;
                }
            }

            stop = next < 0 ? int.MaxValue : next;
        }

        return false;
    }

    // Where the document's front ends: its first lines, up to the first blank line from line FrontLines on. A part of a
    // large file that starts after the document's first lines has no front.
    private int FrontEnd()
    {
        SourceText source = _document.Text;
        string text = source.Text;
        int front = source.FirstLine > FrontLines ? 0 : text.Length;
        if (front > 0)
        {
            int at = 0;
            for (int line = source.FirstLine; line < FrontLines && at >= 0; line++)
            {
                at = NextLineStart(text, LineEndOf(text, at));
            }

            for (; at >= 0; at = NextLineStart(text, LineEndOf(text, at)))
            {
                if (IsBlank(text.AsSpan(at, LineEndOf(text, at) - at)))
                {
                    front = at;
                    break;
                }
            }
        }

        return front;
    }

    // Whether any of the words (one bit each by number) is present.
    private static bool AnyPresent(ulong[] words, bool[] present)
    {
        for (int k = 0; k < words.Length; k++)
        {
            ulong bits = words[k];
            for (int b = 0; bits != 0; b++, bits >>= 1)
            {
                if ((bits & 1) != 0 && present[(k << 6) + b])
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Which words occur in the lines where FindInHeadingOrFront counts a place: the front, an ATX heading line (past
    /// spaces and tabs, '#'), and a line with a setext underline below it before a blank line (lines as it walks them:
    /// split after \n, \r\n or a lone \r; blank when only spaces and tabs). Each run of such lines is scanned on its
    /// own: a word never crosses a line break, so the scan of whole lines finds the words whose places the scan of the
    /// whole text records there. In the YAML front matter, only its title line is a heading line (see FrontMatterEnd).
    /// The heading lines alone, without the front, are kept for FindInHeading (with their words). Null when a piece
    /// could not be scanned completely (then the whole is scanned).
    /// </summary>
    private bool[]? HeadingWords()
    {
        if (_headingWordsRead)
        {
            return _headingWords;
        }

        string text = _document.Text.Text;
        // The heading lines; the front is scanned apart. The front matter's lines are none, but for its title.
        var pieces = new List<int>();
        int front = FrontEnd();
        int frontMatter = FrontMatterEnd(out int titleStart, out int titleEnd);
        AddPiece(pieces, titleStart, titleEnd);

        // Each line by its first character past spaces and tabs: none (blank), '#' (ATX), '=' or '-' (an underline when
        // the rest is the same character and spaces and tabs). The line breaks are found 64 characters at a time, not
        // by a search per line (CharFinder).
        var breaks = CharFinder.LineBreaks(text);
        int paragraph = 0, lastEnd = 0;
        // The paragraphs (between blank lines) with a line that may be a heading to FindInHeadingParagraph: past any white
        // space, '#', or only '=' or only '-' to white space (at least each line it counts).
        var paragraphs = new List<int>();
        bool headingParagraph = false;
        for (int start = 0; start >= 0;)
        {
            int end = breaks.Next(start) is int lineBreak and >= 0 ? lineBreak : text.Length;
            if (start < end && text[start] is > ' ' and < '\u007F' and not ('#' or '=' or '-'))
            {
                // Most lines: neither blank nor a heading, an underline or a line that may be one (as below, in short).
                lastEnd = end;
                start = NextLineStart(text, end);
                continue;
            }

            int first = start;
            while (first < end && text[first] is ' ' or '\t')
            {
                first++;
            }

            int next = NextLineStart(text, end);
            if (first == end)
            {
                if (headingParagraph)
                {
                    AddPiece(paragraphs, paragraph, lastEnd);
                    headingParagraph = false;
                }

                paragraph = next;
                start = next;
                continue;
            }

            lastEnd = end;
            int visible = first;
            while (visible < end && char.IsWhiteSpace(text[visible]))
            {
                visible++;
            }

            headingParagraph |= visible < end && (text[visible] == '#' || (text[visible] is '=' or '-' && OnlyAndWhiteSpace(text, visible, end)));
            if (text[first] is '=' or '-')
            {
                char mark = text[first];
                int at = first + 1;
                while (at < end && text[at] == mark)
                {
                    at++;
                }

                while (at < end && text[at] is ' ' or '\t')
                {
                    at++;
                }

                if (at == end && start >= frontMatter)
                {
                    // Every line of the paragraph above it.
                    AddPiece(pieces, Math.Max(paragraph, frontMatter), start);
                }
            }
            else if (text[first] == '#' && start >= frontMatter)
            {
                AddPiece(pieces, start, end);
            }

            start = next;
        }

        if (headingParagraph)
        {
            AddPiece(paragraphs, paragraph, lastEnd);
        }

        bool[] inHeadings = new bool[Table.Count], inParagraphs = new bool[Table.Count];
        DocumentMojibake mojibake = DocumentMojibake.Of(_document);
        bool complete = ScanPieces(text, pieces, paragraphs, mojibake, inHeadings, inParagraphs);
        bool[]? present = null;
        if (complete)
        {
            // The front and the heading lines: the headings' words, then the front's (the headings in it scanned twice).
            present = (bool[])inHeadings.Clone();
            complete = front == 0 || ScanPiece(text, 0, front, mojibake, present);
        }

        _headingParagraphWords = complete ? inParagraphs : null;
        _headingLineWords = complete ? inHeadings : null;
        _headingLines = complete ? pieces : null;
        _headingWords = complete ? present : null;
        _headingWordsRead = true;
        return _headingWords;
    }

    /// <summary>
    /// Where the document's YAML front matter ends (the start of the line after its closing line), or 0 when it has
    /// none; and its title line (<c>title:</c>, the first), or an empty span. As Markdig's <c>UseYamlFrontMatter</c> reads
    /// it: a first line of <c>---</c>, then lines up to one of <c>---</c> or <c>...</c> (trailing spaces and tabs
    /// allowed). Only a document that starts the file has one.
    /// </summary>
    private int FrontMatterEnd(out int titleStart, out int titleEnd)
    {
        titleStart = titleEnd = 0;
        string text = _document.Text.Text;
        int end = LineEndOf(text, 0);
        if (_document.Text.FirstLine != 1 || !text.AsSpan(0, end).TrimEnd(" \t").SequenceEqual("---"))
        {
            return 0;
        }

        int title = -1, afterTitle = -1;
        for (int at = NextLineStart(text, end); at >= 0; at = NextLineStart(text, end))
        {
            end = LineEndOf(text, at);
            ReadOnlySpan<char> line = text.AsSpan(at, end - at);
            ReadOnlySpan<char> trimmed = line.TrimEnd(" \t");
            if (trimmed.SequenceEqual("---") || trimmed.SequenceEqual("..."))
            {
                if (title >= 0)
                {
                    (titleStart, titleEnd) = (title, afterTitle);
                }

                int next = NextLineStart(text, end);
                return next < 0 ? text.Length : next;
            }

            if (title < 0 && line.StartsWith("title:", StringComparison.OrdinalIgnoreCase))
            {
                (title, afterTitle) = (at, end);
            }
        }

        return 0;
    }

    // Whether the line [at, end) is its first character repeated, then white space alone.
    private static bool OnlyAndWhiteSpace(string text, int at, int end)
    {
        char repeated = text[at];
        while (at < end && text[at] == repeated)
        {
            at++;
        }

        while (at < end && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        return at == end;
    }

    // Scans each of the pieces for presence into present, and each of the paragraphs into inParagraphs; false when one
    // could not be scanned completely. A piece that is also a paragraph (a heading line with blank lines around it,
    // most of them) is scanned once: those are scanned first, into present, which is then copied to inParagraphs.
    private bool ScanPieces(string text, List<int> pieces, List<int> paragraphs, DocumentMojibake mojibake, bool[] present, bool[] inParagraphs)
    {
        bool anyShared = false;
        for (int pass = 0; pass < 2; pass++)
        {
            if (pass == 1 && anyShared)
            {
                Array.Copy(present, inParagraphs, present.Length);
            }

            // Both lists are in order, their pieces apart: the same piece comes at the same place in the walk.
            for (int i = 0, j = 0; i < pieces.Count || j < paragraphs.Count;)
            {
                int pieceStart = i < pieces.Count ? pieces[i] : int.MaxValue;
                int paragraphStart = j < paragraphs.Count ? paragraphs[j] : int.MaxValue;
                if (pieceStart == paragraphStart && pieces[i + 1] == paragraphs[j + 1])
                {
                    anyShared = true;
                    if (pass == 0 && !ScanPiece(text, pieceStart, pieces[i + 1], mojibake, present))
                    {
                        return false;
                    }

                    i += 2;
                    j += 2;
                }
                else if (pieceStart <= paragraphStart)
                {
                    if (pass == 1 && !ScanPiece(text, pieceStart, pieces[i + 1], mojibake, present))
                    {
                        return false;
                    }

                    i += 2;
                }
                else
                {
                    if (pass == 1 && !ScanPiece(text, paragraphStart, paragraphs[j + 1], mojibake, inParagraphs))
                    {
                        return false;
                    }

                    j += 2;
                }
            }
        }

        return true;
    }

    private bool ScanPiece(string text, int start, int end, DocumentMojibake mojibake, bool[] present)
    {
        var piece = TextSpan.FromBounds(start, end);
        return Table.ScanPresence(text.AsSpan(piece.Start, piece.Length), piece.Start, mojibake.Within(piece), present);
    }

    // Adds [start, end) to the pieces, in order, joined with those it overlaps or touches (a paragraph above an
    // underline holds any heading lines already added in it).
    private static void AddPiece(List<int> pieces, int start, int end)
    {
        if (end <= start)
        {
            return;
        }

        while (pieces.Count > 0 && pieces[^1] >= start)
        {
            end = Math.Max(end, pieces[^1]);
            start = Math.Min(start, pieces[^2]);
            pieces.RemoveRange(pieces.Count - 2, 2);
        }

        pieces.Add(start);
        pieces.Add(end);
    }

    /// <summary>Whether any status mark (a symbol of the <c>status.*</c> sections: ✅ ❌ ⏳ ⚠ [x] [ ]…) may occur in the document.</summary>
    internal bool AnyStatusSymbol() => Known("\u0001symbols") ?? Remember("\u0001symbols", FindStatusSymbol());

    private bool FindStatusSymbol()
    {
        if (Light)
        {
            // The scan would have been made here.
            _placing ??= Table.Placing;
            if (!MayHoldStatusMarkLightly())
            {
                return false;
            }
        }

        foreach (string section in StatusSections)
        {
            IReadOnlyList<string> phrases = _document.Lexicon.Phrases(section);
            int[][] compiled = Table.Section(section);
            for (int i = 0; i < phrases.Count; i++)
            {
                if (PhraseIndex.IsSymbol(phrases[i]) && Occurs(compiled[i], Scan.Present))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // For a document read lightly: false when no symbol of the status sections occurs (each is a mark the raw text is
    // searched for); true when one may, or when one is not a mark (then the scan answers).
    private bool MayHoldStatusMarkLightly()
    {
        Span<int> marks = stackalloc int[MaxLightMarks];
        int count = 0;
        foreach (string section in StatusSections)
        {
            IReadOnlyList<string> phrases = _document.Lexicon.Phrases(section);
            int[][] compiled = Table.Section(section);
            for (int i = 0; i < phrases.Count; i++)
            {
                int[] phrase = compiled[i];
                if (!PhraseIndex.IsSymbol(phrases[i]))
                {
                    continue;
                }

                if (phrase.Length == 0)
                {
                    // Unseen: it may occur anywhere.
                    return true;
                }

                if (Array.IndexOf(phrase, -1) >= 0)
                {
                    // A word of it is in no phrase the table numbers: it never occurs.
                    continue;
                }

                if (phrase.Length != 1 || phrase[0] < Table.WordCount || count == MaxLightMarks)
                {
                    // Words: only the scan tells.
                    return true;
                }

                marks[count++] = phrase[0];
            }
        }

        string text = _document.Text.Text;
        return Table.AnyMarkInAscii(text, marks[..count]) || (!_ascii && Table.AnyMarkEndingBeyondAscii(text, marks[..count]));
    }

    private const int MaxLightMarks = 64;

    private bool AnyPhrase(int[][] phrases, bool[] present)
    {
        foreach (int[] phrase in phrases)
        {
            if (Occurs(phrase, present))
            {
                return true;
            }
        }

        return false;
    }

    // A phrase the scan cannot see (no word, not a mark) is assumed to occur; so is anything in a text it could not read.
    private bool Occurs(int[] phrase, bool[] present)
    {
        if (phrase.Length == 0 || !Complete)
        {
            return true;
        }

        foreach (int id in phrase)
        {
            if (id < 0 || !present[id])
            {
                return false;
            }
        }

        return true;
    }

    // A phrase of each section occurs in the scan; a phrase of each section lies between hits [first, last). Loops, not
    // lambdas: these run once per paragraph or line with hits, and a lambda over first and last allocated each time.
    private bool EachSectionPresent(string[] sections, bool[] present)
    {
        foreach (string section in sections)
        {
            if (!AnyPhrase(Table.Section(section), present))
            {
                return false;
            }
        }

        return true;
    }

    // The first word of the phrase whose places are recorded, or -1 (a loop: no delegate and closure per phrase).
    private static int FirstPositioned(int[] phrase, bool[] positioned)
    {
        for (int i = 0; i < phrase.Length; i++)
        {
            if (positioned[phrase[i]])
            {
                return i;
            }
        }

        return -1;
    }

    private bool EachSectionWithin(string[] sections, TriggerScan scan, int first, int last)
    {
        foreach (string section in sections)
        {
            bool any = false;
            foreach (int[] phrase in Table.Section(section))
            {
                if (AllWithin(phrase, scan, first, last))
                {
                    any = true;
                    break;
                }
            }

            if (!any)
            {
                return false;
            }
        }

        return true;
    }

    // Each word of the phrase occurs between hits [first, last); a word whose place is not recorded, anywhere.
    private static bool AllWithin(int[] phrase, TriggerScan scan, int first, int last)
    {
        TriggerHit[] hits = scan.Hits;
        if (phrase.Length == 0)
        {
            return true;
        }

        foreach (int id in phrase)
        {
            bool found = false;
            if (!scan.Placement.Positioned[id])
            {
                found = scan.Present[id];
            }

            for (int h = first; h < last && !found; h++)
            {
                found = hits[h].Id == id;
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether a heading of the raw text holds a bracketed number ("### Phase 1 (7.5h)"): an ATX heading line, or the
    /// text line above a setext underline (a line of only = or -).
    /// </summary>
    internal bool AnyHeadingWithBracketedNumber() =>
        Known("\u0008bracketed heading") ?? Remember("\u0008bracketed heading", FindHeadingWithBracketedNumber());

    private bool FindHeadingWithBracketedNumber()
    {
        ReadOnlySpan<char> text = _document.Text.Text;
        if (text.IndexOf('(') < 0)
        {
            return false;
        }

        ReadOnlySpan<char> previous = default;
        for (int at = 0; at <= text.Length;)
        {
            ReadOnlySpan<char> line = NextLine(text, ref at).Trim();
            // An ATX heading, or the line above a setext underline.
            if ((line.StartsWith('#') && HasBracketedNumber(line)) || (IsUnderline(line) && previous.Length > 0 && HasBracketedNumber(previous)))
            {
                return true;
            }

            previous = line;
        }

        return false;
    }

    // The line at <paramref name="at"/> (split on '\n' only, as string.Split would), moving past it; past the end, at > length.
    private static ReadOnlySpan<char> NextLine(ReadOnlySpan<char> text, scoped ref int at)
    {
        int start = at;
        int length = text[start..].IndexOf('\n');
        if (length < 0)
        {
            at = text.Length + 1;
            return text[start..];
        }

        at = start + length + 1;
        return text.Slice(start, length);
    }

    /// <summary>Whether a trimmed line is a setext underline: only '=' or only '-'.</summary>
    internal static bool IsUnderline(ReadOnlySpan<char> line) =>
        line.Length > 0 && (line.Trim('=').IsEmpty || line.Trim('-').IsEmpty);

    private static bool HasBracketedNumber(ReadOnlySpan<char> line)
    {
        for (int open = line.IndexOf('('); open >= 0; open = line[(open + 1)..].IndexOf('(') is int next && next >= 0 ? open + 1 + next : -1)
        {
            ReadOnlySpan<char> after = line[(open + 1)..].TrimStart(" ~≈*_");
            if (after.Length > 0 && char.IsAsciiDigit(after[0]))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] StatusSections =
        [LexiconSections.StatusMet.Name, LexiconSections.StatusFailed.Name, LexiconSections.StatusPending.Name, LexiconSections.StatusPartial.Name];

    /// <summary>Whether the raw text holds any of the characters.</summary>
    internal bool AnyChar(string characters) => _document.Text.Text.AsSpan().IndexOfAny(characters) >= 0;

    /// <summary>
    /// <see cref="AnyChar(string)"/>, remembered by <paramref name="question"/> (the need's own key, made once): the rules'
    /// needs ask the same few characters of every document ("(", "%", "|"), and a text that holds none is searched to
    /// its end for each.
    /// </summary>
    internal bool AnyChar(string characters, string question) => Known(question) ?? Remember(question, AnyChar(characters));

    /// <summary>Whether the raw text holds the string (ordinal).</summary>
    internal bool Contains(string value) => _document.Text.Text.Contains(value, StringComparison.Ordinal);

    /// <summary><see cref="Contains(string)"/>, remembered by <paramref name="question"/> (the need's own key, made once).</summary>
    internal bool Contains(string value, string question) => Known(question) ?? Remember(question, Contains(value));

    /// <summary>
    /// Whether a word of the section is followed, past spaces, colons, equals signs and emphasis, by a number or a
    /// comparator ("target: &gt; 90", "objectif : 1000"), as a stated target must be, within one paragraph of the raw
    /// text (as for <see cref="AnyInParagraph"/>).
    /// </summary>
    internal bool AnyFollowedByNumber(string section)
    {
        if (!Any(section))
        {
            return false;
        }

        string question = "\u0002" + section;
        return Known(question) ?? Remember(question, FindFollowedByNumber(section));
    }

    private bool FindFollowedByNumber(string section)
    {
        // Only the paragraphs where a phrase of the section is placed are folded: a target and its number are in one
        // statement, and a statement lies within one paragraph of the raw text (see AnyInParagraph).
        List<int>? places = PlacesOf(section);
        if (places is null)
        {
            return FollowedByNumber(Folded, section);
        }

        int checkedTo = -1;
        foreach (int place in places)
        {
            if (place < checkedTo)
            {
                continue;
            }

            TextSpan paragraph = ParagraphAround(_document.Text, place);
            checkedTo = paragraph.End;
            if (FollowedByNumber(FoldedSpan(paragraph), section))
            {
                return true;
            }
        }

        return false;
    }

    // A span of the document folded as Folded folds the whole: backticks read as spaces, mojibake read through.
    private string FoldedSpan(TextSpan span) => TextFolding.FoldRepaired(
        _document.Text.Text.Substring(span.Start, span.Length).Replace('`', ' ').AsSpan(), span.Start, DocumentMojibake.Of(_document).Within(span));

    private bool FollowedByNumber(string text, string section)
    {
        foreach (string phrase in _document.Lexicon.Phrases(section))
        {
            int at = 0;
            while ((at = text.IndexOf(phrase, at, StringComparison.Ordinal)) >= 0)
            {
                int j = at + phrase.Length;
                bool whole = (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (j >= text.Length || !char.IsLetterOrDigit(text[j]));
                while (j < text.Length && text[j] is ' ' or ':' or '=' or '_')
                {
                    j++;
                }

                // As Targets reads a quantity: an optional comparator, spaces, currency, sign, then a digit.
                if (j < text.Length && text[j] is '<' or '>' or '≤' or '≥' or '~' or '≈')
                {
                    j += j + 1 < text.Length && text[j + 1] == '=' ? 2 : 1;
                }

                while (j < text.Length && text[j] == ' ')
                {
                    j++;
                }

                if (j < text.Length && text[j] is '$' or '€' or '£')
                {
                    j++;
                }

                if (j < text.Length && text[j] is '-' or '−')
                {
                    j++;
                }

                if (whole && j < text.Length && char.IsAsciiDigit(text[j]))
                {
                    return true;
                }

                at++;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a line holding a <c>|</c> or a box-drawing vertical (a table row, drawn in a code block too) also holds a
    /// phrase of each of the sections.
    /// </summary>
    internal bool AnyTableLineWith(params string[] sections)
    {
        string question = "\u0003" + string.Join(",", sections);
        return Known(question) ?? Remember(question, FindTableLineWith(sections));
    }

    private bool FindTableLineWith(string[] sections)
    {
        if (!EachAny(sections))
        {
            return false;
        }

        // A phrase the scan cannot see may be on any line.
        TriggerScan scan = ScanPlacing(sections);
        if (!scan.Complete || sections.Any(section => Table.Section(section).Any(phrase => phrase.Length == 0)))
        {
            return true;
        }

        // The words of a line are the hits that start on it: the fold of a lone line gives the same words, as a
        // line break always separates words.
        SourceText source = _document.Text;
        TriggerHit[] hits = scan.Hits;
        int first = 0;
        while (first < hits.Length)
        {
            int line = source.GetLinePosition(hits[first].Start).Line;
            TextSpan span = source.GetLineSpan(line);
            int last = first;
            while (last < hits.Length && hits[last].Start < span.End)
            {
                last++;
            }

            if (source[span].IndexOfAny("|│┃║".AsSpan()) >= 0 && EachSectionWithin(sections, scan, first, last))
            {
                return true;
            }

            first = Math.Max(last, first + 1);
        }

        return false;
    }

    /// <summary>Whether the raw text holds a ratio of two equal numbers ("7/7", "12/12").</summary>
    internal bool AnyFullRatio()
    {
        ReadOnlySpan<char> text = _document.Text.Text;
        for (int slash = text.IndexOf('/'); slash >= 0; slash = text[(slash + 1)..].IndexOf('/') is int next && next >= 0 ? slash + 1 + next : -1)
        {
            int a = slash;
            while (a > 0 && char.IsAsciiDigit(text[a - 1]))
            {
                a--;
            }

            int b = slash + 1;
            while (b < text.Length && char.IsAsciiDigit(text[b]))
            {
                b++;
            }

            if (a < slash && b > slash + 1 && text[a..slash].SequenceEqual(text[(slash + 1)..b]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether any of <paramref name="patterns"/> occurs outside fenced code opened at column 0. Such a fence is never
    /// inside a container, and CommonMark ends it only with a like fence or the end of the document, so text inside
    /// it is certainly code. Any other code (indented fences, inline code) is treated as text, and a document with raw
    /// HTML at a line start is read whole: triage may only ever be too generous.
    /// </summary>
    internal bool AnyOutsideTopLevelFences(params string[] patterns)
    {
        string text = _document.Text.Text;
        if (!ContainsAny(text, patterns))
        {
            return false;
        }

        ReadOnlySpan<char> all = text;
        for (int at = 0; at <= all.Length;)
        {
            if (NextLine(all, ref at).TrimStart(' ').StartsWith('<'))
            {
                return true;
            }
        }

        char fence = '\0';
        int fenceLength = 0;
        for (int at = 0; at <= all.Length;)
        {
            ReadOnlySpan<char> line = NextLine(all, ref at).TrimEnd('\r');
            if (fence == '\0')
            {
                int run = line.Length > 0 && line[0] is '`' or '~' ? RunOf(line, line[0]) : 0;
                if (run >= 3 && !(line[0] == '`' && line[run..].Contains('`')))
                {
                    fence = line[0];
                    fenceLength = run;
                    continue;
                }

                foreach (string pattern in patterns)
                {
                    if (line.IndexOf(pattern.AsSpan(), StringComparison.Ordinal) >= 0)
                    {
                        return true;
                    }
                }
            }
            else
            {
                ReadOnlySpan<char> closing = line.TrimStart(' ');
                int run = RunOf(closing, fence);
                if (line.Length - closing.Length <= 3 && run >= fenceLength && closing[run..].Trim().IsEmpty)
                {
                    fence = '\0';
                }
            }
        }

        return false;
    }

    // Whether any of the patterns occurs in the text (ordinal): one search for their first characters, each place it
    // finds tried against the patterns, instead of a search of the whole text for each pattern.
    private static bool ContainsAny(ReadOnlySpan<char> text, string[] patterns)
    {
        if (patterns.Length > 5)
        {
            foreach (string pattern in patterns)
            {
                if (text.IndexOf(pattern.AsSpan(), StringComparison.Ordinal) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        Span<char> firsts = stackalloc char[patterns.Length];
        for (int k = 0; k < patterns.Length; k++)
        {
            if (patterns[k].Length == 0)
            {
                return true;
            }

            firsts[k] = patterns[k][0];
        }

        for (int at = 0; at < text.Length;)
        {
            int next = text[at..].IndexOfAny(firsts);
            if (next < 0)
            {
                return false;
            }

            at += next;
            foreach (string pattern in patterns)
            {
                if (text[at..].StartsWith(pattern.AsSpan(), StringComparison.Ordinal))
                {
                    return true;
                }
            }

            at++;
        }

        return false;
    }
}
