using System.Runtime.CompilerServices;
using ReportLint.Collections;
using ReportLint.Lexicons;
using ReportLint.Text;

namespace ReportLint.Model;

/// <summary>
/// Reads the role of a value (<see cref="FactRole"/>) and the stance of its clause (<see cref="FactStance"/>) from the
/// cues of the lexicon around it: "target", "objectif de", "une fois déployé", "~", "→", "e.g.", "not", "peut", "?",
/// « ». Every cue is lexicon data (<c>role.*</c>, <c>stance.*</c>, <c>clause.*</c>, <c>sentence.end</c>, and the
/// <c>target</c> and <c>column.target</c> sections <see cref="ReportLint.Claims.Targets"/> reads).
/// </summary>
/// <remarks>
/// One pass over a statement's folded text finds its cues, numbers and clause marks (<see cref="StatementCues"/>);
/// each question about a value then walks the few cues of its clause. The two static entry points keep the cues of the
/// last statement asked about on each thread, so asking about every value of a statement reads it once and allocates
/// nothing after the first statements.
/// </remarks>
internal static class RoleCues
{
    [ThreadStatic]
    private static StatementCues? t_last;

    /// <summary>The role of the value whose source span is <paramref name="value"/>, in a statement folded as <paramref name="statement"/>.</summary>
    public static FactRole RoleOf(FoldedText statement, TextSpan value, Lexicon lexicon) => Of(statement, lexicon).RoleOf(value);

    /// <summary>The stance of the clause that holds <paramref name="value"/> (<c>default(TextSpan)</c>: the whole statement).</summary>
    public static FactStance StanceOf(FoldedText statement, TextSpan value, Lexicon lexicon) => Of(statement, lexicon).StanceOf(value);

    /// <summary>The cues of a statement, read once, for a caller that keeps them (the static methods reuse one per thread).</summary>
    public static StatementCues Read(FoldedText statement, Lexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        var cues = new StatementCues();
        cues.Fill(statement, lexicon);
        return cues;
    }

    /// <summary>The cues of a statement, kept on this thread until another statement is asked about (not to be kept).</summary>
    internal static StatementCues Of(FoldedText statement, Lexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        StatementCues cues = t_last ??= new StatementCues();
        if (!cues.IsOf(statement, lexicon))
        {
            cues.Fill(statement, lexicon);
        }

        return cues;
    }
}

/// <summary>What a cue found in a statement does.</summary>
[Flags]
internal enum CueKind
{
    None = 0,

    /// <summary>Gives a role (<see cref="Cue.Role"/>) to the values it leads.</summary>
    Role = 1 << 0,

    /// <summary>Gives a stance (<see cref="Cue.Stance"/>) to its clause.</summary>
    Stance = 1 << 1,

    /// <summary>A negation of a noun ("no", "aucun", "sans"): denies the clause only right before its value or before a modal verb.</summary>
    Determiner = 1 << 2,

    /// <summary>A phrase with a negation word that denies nothing ("not only", "not met"): read so that its words are not.</summary>
    Inert = 1 << 3,

    /// <summary>"from", "de": its value is the before of the value after a <see cref="To"/>.</summary>
    From = 1 << 4,

    /// <summary>"to", "à": its value is the after of the value after a <see cref="From"/>.</summary>
    To = 1 << 5,

    /// <summary>"now", "maintenant": its value is an after when a before precedes it, the actual result otherwise.</summary>
    Now = 1 << 6,

    /// <summary>"→": the value before it is a before, the value after it an after.</summary>
    Arrow = 1 << 7,

    /// <summary>Ends a clause: ",", ";", "—".</summary>
    Break = 1 << 8,

    /// <summary>Ends a sentence (and its clause): ".", "!", "?".</summary>
    SentenceEnd = 1 << 9,

    /// <summary>"(": opens a clause inside the one around it.</summary>
    Open = 1 << 10,

    /// <summary>")".</summary>
    Close = 1 << 11,

    /// <summary>Opens a quotation.</summary>
    QuoteOpen = 1 << 12,

    /// <summary>Closes a quotation.</summary>
    QuoteClose = 1 << 13,

    /// <summary>A number: digits, with the separators between digits.</summary>
    Number = 1 << 14,

    /// <summary>A role cue that may follow its value ("3 days estimated"); target nouns only lead theirs.</summary>
    Follows = 1 << 15,

    /// <summary>A condition ("if", "si") or a hedge ("probably", "probablement"): modal even right before a number, unlike "may 2025".</summary>
    Condition = 1 << 16,

    /// <summary>A label's colon ("Target: 90%"): a cue before a second one does not reach the value.</summary>
    Label = 1 << 17,

    /// <summary>A role cue that reaches its value only across a label's colon ("Before: 61%").</summary>
    NeedsLabel = 1 << 18,

    /// <summary>A verb that makes the noun a <see cref="Determiner"/> leads its subject ("is", "are", "est"): "No system is 100% secure" denies.</summary>
    Copula = 1 << 19,

    /// <summary>
    /// Gives its stance (<see cref="Cue.Stance"/>) to the clause after it when it opens its sentence and one comma or
    /// colon stands between: "According to the vendor, uptime was 100%" (quoted), "Typically, teams see zero downtime"
    /// (modal), "Poll: 80% of users want 100% uptime" (asked). A quoting one right after a comma gives it the clause
    /// before it: "uptime was 100%, according to the vendor".
    /// </summary>
    LeadIn = 1 << 20,
}

/// <summary>A cue, number or clause mark found in a statement: folded positions <c>[Start, End)</c>.</summary>
internal struct Cue
{
    public int Start;
    public int End;
    public CueKind Kind;
    public FactRole Role;
    public FactStance Stance;

    /// <summary>For a role cue, how many words may stand between it and the value it leads.</summary>
    public int Reach;

    /// <summary>For a parenthesis, the index of the one that matches it; -1 otherwise.</summary>
    public int Partner;

    public readonly bool Is(CueKind kind) => (Kind & kind) != 0;
}

/// <summary>The cues of one statement in order, with its matched parentheses and quotations.</summary>
internal sealed class StatementCues
{
    // A role cue that follows its value reaches it across this many words at most: "100 % est visée".
    private const int MaxWordsToFollowingCue = 3;

    // An arrow links the numbers on either side of it across this many words at most (a unit, a noun): "61% → 80%".
    private const int MaxWordsAroundArrow = 2;

    // A role cue reaches a value in parentheses, from before them, across this many words at most ("limit (1000 max)").
    private const int MaxWordsIntoParentheses = 2;

    // Marks that end a clause, a sentence or a parenthesis: a walk through a clause stops at them.
    private const CueKind Structure = CueKind.Number | CueKind.Arrow | CueKind.From | CueKind.To | CueKind.Now | CueKind.Break |
        CueKind.SentenceEnd | CueKind.Open | CueKind.Close;

    private FoldedText _statement;
    private Lexicon? _lexicon;
    private ReadOnlyMemory<char> _text;
    private Cue[] _cues = new Cue[16];
    private int _count;
    private int[] _quotes = new int[4];
    private int _quoteCount;
    // How many lead-in cues the statement holds: most hold none, and their values need no walk back to one.
    private int _leadIns;
    private int[] _stack = new int[8];

    /// <summary>How many cues, numbers and marks the statement holds.</summary>
    public int Count => _count;

    /// <summary>The cue at an index, in order of position.</summary>
    public Cue this[int index] => _cues[index];

    /// <summary>Whether these are the cues of <paramref name="statement"/> read with <paramref name="lexicon"/>.</summary>
    public bool IsOf(FoldedText statement, Lexicon lexicon) => !_statement.IsDefault && _statement.IsSameView(statement) && ReferenceEquals(_lexicon, lexicon);

    /// <summary>Reads the cues of a statement, in one pass over its folded text.</summary>
    [MethodImpl(Jit.Hot)]
    public void Fill(FoldedText statement, Lexicon lexicon)
    {
        _statement = statement;
        _lexicon = lexicon;
        _text = statement.Memory;
        _count = 0;
        _quoteCount = 0;
        _leadIns = 0;
        CueTable table = CueTable.Of(lexicon);
        ReadOnlySpan<char> text = _text.Span;
        int n = text.Length;
        int i = 0;
        while (i < n)
        {
            char c = text[i];
            bool word = char.IsLetterOrDigit(c);

            // Here i starts a word or is not in one: every word is taken or skipped whole.
            if (c is >= '0' and <= '9')
            {
                int end = NumberEnd(text, i);
                Add(i, end, CueKind.Number, FactRole.Actual, FactStance.None, 0);
                i = WordEnd(text, end);
                continue;
            }

            if (table.TryMatch(text, i, out CueTable.Entry entry))
            {
                int end = i + entry.Phrase.Length;
                Take(entry, i, end);
                i = end;
                continue;
            }

            i = word ? WordEnd(text, i + 1) : i + 1;
        }

        MatchParentheses();
        MatchQuotations();
    }

    // Adds a matched phrase, unless its context says it is not a cue here.
    private void Take(CueTable.Entry entry, int start, int end)
    {
        ReadOnlySpan<char> text = _text.Span;
        CueKind kind = entry.Kind;
        FactStance stance = entry.Stance;

        // "cgi?id=1": a question mark inside a word asks nothing.
        if ((kind & (CueKind.Break | CueKind.SentenceEnd | CueKind.Label)) != 0 && !IsBreakHere(text, start, end))
        {
            kind &= ~(CueKind.Break | CueKind.SentenceEnd | CueKind.Label);
            stance &= ~FactStance.Question;
        }

        // "from", "de", "à" only matter right before a number; the rest of the time they are everywhere.
        if ((kind & (CueKind.From | CueKind.To)) != 0 && !LeadsNumber(text, end))
        {
            kind &= ~(CueKind.From | CueKind.To);
        }

        // A modal verb takes a verb: "may 2025" is a month. A role phrase takes its value ("viser 100 %").
        if ((stance & FactStance.Modal) != 0 && (kind & (CueKind.Condition | CueKind.Role)) == 0 && LeadsNumber(text, end, marks: 0))
        {
            stance &= ~FactStance.Modal;
        }

        if (stance == FactStance.None)
        {
            kind &= ~CueKind.Stance;
        }

        if (kind != CueKind.None)
        {
            Add(start, end, kind, entry.Role, stance, entry.Reach);
        }
    }

    // A mark between two letters or digits ends nothing ("1,000", "2024–2025", "e-mail"); a hyphen is a dash only
    // between spaces; a full stop ends a sentence only before a space or the end.
    private static bool IsBreakHere(ReadOnlySpan<char> text, int start, int end)
    {
        bool before = start > 0 && char.IsLetterOrDigit(text[start - 1]);
        bool after = end < text.Length && char.IsLetterOrDigit(text[end]);
        if (before && after)
        {
            return false;
        }

        if (end - start == 1 && text[start] is '-' or '.')
        {
            bool spaceAfter = end == text.Length || text[end] == ' ';
            return text[start] == '.' ? spaceAfter : spaceAfter && (start == 0 || text[start - 1] == ' ');
        }

        return true;
    }

    // Whether a number follows, after at most <paramref name="marks"/> characters that are neither letters, digits
    // nor spaces (a comparator, "~", a currency sign).
    private static bool LeadsNumber(ReadOnlySpan<char> text, int at, int marks = 2)
    {
        int i = at;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        int skipped = 0;
        while (i < text.Length && !char.IsLetterOrDigit(text[i]) && text[i] != ' ' && skipped < marks)
        {
            i++;
            skipped++;
        }

        while (i < text.Length && text[i] == ' ' && skipped > 0)
        {
            i++;
        }

        return i < text.Length && text[i] is >= '0' and <= '9';
    }

    private static int NumberEnd(ReadOnlySpan<char> text, int i)
    {
        int n = text.Length;
        while (i < n)
        {
            char c = text[i];
            if (c is >= '0' and <= '9')
            {
                i++;
            }
            else if (c is '.' or ',' && i + 1 < n && text[i + 1] is >= '0' and <= '9')
            {
                i += 2;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static int WordEnd(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && char.IsLetterOrDigit(text[i]))
        {
            i++;
        }

        return i;
    }

    private void Add(int start, int end, CueKind kind, FactRole role, FactStance stance, int reach)
    {
        if (_count == _cues.Length)
        {
            Array.Resize(ref _cues, _cues.Length * 2);
        }

        _leadIns += (kind & CueKind.LeadIn) != 0 ? 1 : 0;
        _cues[_count++] = new Cue { Start = start, End = end, Kind = kind, Role = role, Stance = stance, Reach = reach, Partner = -1 };
    }

    private void MatchParentheses()
    {
        int depth = 0;
        for (int k = 0; k < _count; k++)
        {
            if (_cues[k].Is(CueKind.Open))
            {
                if (depth == _stack.Length)
                {
                    Array.Resize(ref _stack, depth * 2);
                }

                _stack[depth++] = k;
            }
            else if (_cues[k].Is(CueKind.Close) && depth > 0)
            {
                int open = _stack[--depth];
                _cues[open].Partner = k;
                _cues[k].Partner = open;
            }
        }
    }

    // A quotation is the text between an opening mark and the next closing mark; a mark that does both (") closes an
    // open quotation and opens one otherwise. A quotation never closed quotes nothing.
    private void MatchQuotations()
    {
        int open = -1;
        for (int k = 0; k < _count; k++)
        {
            Cue cue = _cues[k];
            if (open >= 0 && cue.Is(CueKind.QuoteClose))
            {
                if (_quoteCount + 2 > _quotes.Length)
                {
                    Array.Resize(ref _quotes, _quotes.Length * 2);
                }

                _quotes[_quoteCount++] = _cues[open].End;
                _quotes[_quoteCount++] = cue.Start;
                open = -1;
            }
            else if (open < 0 && cue.Is(CueKind.QuoteOpen))
            {
                open = k;
            }
        }
    }

    /// <summary>The role of the value at source span <paramref name="value"/>.</summary>
    public FactRole RoleOf(TextSpan value)
    {
        if (!Locate(value, out int first, out int after, out int start, out int end))
        {
            return FactRole.Actual;
        }

        if (ChangeRole(first, after, start, end) is { } change)
        {
            return change;
        }

        if (LeadingRole(first, start) is { } leading)
        {
            return leading;
        }

        return FollowingRole(after, end) ?? FactRole.Actual;
    }

    /// <summary>The stance of the clause that holds the value at <paramref name="value"/> (<c>default</c>: the whole statement).</summary>
    public FactStance StanceOf(TextSpan value)
    {
        if (value == default)
        {
            return WholeStance();
        }

        if (!Locate(value, out int first, out int after, out int start, out int end))
        {
            return FactStance.None;
        }

        FactStance stance = ClauseStance(first, after, start);
        if (_leadIns > 0)
        {
            stance |= LeadInStance(first, after);
        }

        if (EndsInQuestion(after))
        {
            stance |= FactStance.Question;
        }

        if (IsQuoted(start, end))
        {
            stance |= FactStance.Quoted;
        }

        return stance;
    }

    // The cues before the value's number (first) and after the value (after); false when the statement is empty.
    private bool Locate(TextSpan value, out int first, out int after, out int start, out int end)
    {
        first = after = start = end = 0;
        FoldedText statement = _statement;
        if (statement.IsDefault || _text.Length == 0 || value.Start >= statement.EndOfText || value.End <= statement.StartOf(0))
        {
            return false;
        }

        start = FoldedIndex(statement, value.Start);
        end = Math.Max(start, FoldedIndex(statement, value.End));
        int k = LowerBound(start);
        int anchor = start;
        while (k < _count && _cues[k].Start < end)
        {
            if (_cues[k].Is(CueKind.Number))
            {
                anchor = _cues[k].Start;
                break;
            }

            k++;
        }

        first = LowerBound(anchor);
        after = LowerBound(end);
        if (after < first)
        {
            after = first;
        }

        return true;
    }

    // The first folded character that comes from at or after source offset <paramref name="offset"/>.
    private int FoldedIndex(FoldedText statement, int offset)
    {
        int lo = 0, hi = _text.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (statement.StartOf(mid) < offset)
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

    // The first cue that starts at or after folded position <paramref name="position"/>.
    private int LowerBound(int position)
    {
        int lo = 0, hi = _count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_cues[mid].Start < position)
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

    // "61% → 80%", "from 61% to 80%", "de 61 % à 80 %": before and after.
    private FactRole? ChangeRole(int first, int after, int start, int end)
    {
        // An arrow right before, with a number just before it: the after (the middle of a chain too).
        int previous = PreviousStructure(first - 1);
        if (previous >= 0 && _cues[previous].Is(CueKind.Arrow) && WordsBetween(_cues[previous].End, start) <= MaxWordsAroundArrow &&
            PreviousStructure(previous - 1) is int p and >= 0 && _cues[p].Is(CueKind.Number) &&
            WordsBetween(_cues[p].End, _cues[previous].Start) <= MaxWordsAroundArrow)
        {
            return FactRole.After;
        }

        int next = NextStructure(after);
        if (next < _count && _cues[next].Is(CueKind.Arrow) && WordsBetween(end, _cues[next].Start) <= MaxWordsAroundArrow &&
            NextStructure(next + 1) is int q && q < _count && _cues[q].Is(CueKind.Number) &&
            WordsBetween(_cues[next].End, _cues[q].Start) <= MaxWordsAroundArrow)
        {
            return FactRole.Before;
        }

        // "from" right before and "to" right after it, with a number after that.
        int lead = LeadingMark(first - 1);
        if (lead >= 0 && _cues[lead].Is(CueKind.From) && next < _count && _cues[next].Is(CueKind.To))
        {
            return FactRole.Before;
        }

        // "to" right before, a number before it, and "from" right before that number.
        if (lead >= 0 && _cues[lead].Is(CueKind.To) && PreviousStructure(lead - 1) is int n and >= 0 && _cues[n].Is(CueKind.Number) &&
            LeadingMark(n - 1) is int from and >= 0 && _cues[from].Is(CueKind.From))
        {
            return FactRole.After;
        }

        return null;
    }

    // The nearest cue at or before k that is structure (a number, arrow, from, to, clause mark), a parenthesised
    // group skipped whole; -1 when there is none.
    private int PreviousStructure(int k)
    {
        while (k >= 0)
        {
            Cue cue = _cues[k];
            if (cue.Is(CueKind.Close) && cue.Partner >= 0)
            {
                k = cue.Partner - 1;
                continue;
            }

            if (cue.Is(Structure))
            {
                return k;
            }

            k--;
        }

        return -1;
    }

    // The nearest cue at or after k that is structure, a parenthesised group skipped whole; Count when there is none.
    private int NextStructure(int k)
    {
        while (k < _count)
        {
            Cue cue = _cues[k];
            if (cue.Is(CueKind.Open) && cue.Partner >= 0)
            {
                k = cue.Partner + 1;
                continue;
            }

            if (cue.Is(Structure))
            {
                return k;
            }

            k++;
        }

        return _count;
    }

    // The cue right before a number at k + 1, an estimate mark between them skipped ("from ~61%"); -1 when none.
    private int LeadingMark(int k)
    {
        while (k >= 0 && _cues[k].Kind == CueKind.Role && _cues[k].Role == FactRole.Estimate)
        {
            k--;
        }

        return k;
    }

    // The nearest role cue before the value in its clause, within its reach in words. A value in parentheses with no cue
    // of its own there takes the role of a cue just before them ("Limite configurable (1000 max)"). A cue before a
    // second label's colon does not reach ("Before: 1 browser After: 4 browsers Growth: +300%").
    private FactRole? LeadingRole(int first, int valueStart)
    {
        int labels = 0, labelAt = -1;
        int leftParenthesesAt = -1;
        int k = first - 1;
        while (k >= 0)
        {
            Cue cue = _cues[k];
            if (cue.Is(CueKind.Close))
            {
                if (cue.Partner < 0)
                {
                    return null;
                }

                k = cue.Partner - 1;
                continue;
            }

            if (cue.Is(CueKind.Open))
            {
                leftParenthesesAt = leftParenthesesAt < 0 ? cue.Start : leftParenthesesAt;
            }
            else if (cue.Is(CueKind.Break | CueKind.SentenceEnd) || (cue.Is(CueKind.Label) && ++labels == 2))
            {
                return null;
            }
            else if (cue.Is(CueKind.Label))
            {
                labelAt = cue.Start;
            }
            else if (cue.Is(CueKind.Now))
            {
                return BeforeAnywhereBefore(k) ? FactRole.After : FactRole.Actual;
            }
            else if (cue.Is(CueKind.Role) && !(cue.Is(CueKind.NeedsLabel) && !IsLabel(k, labelAt) && !HasPartnerLabel(cue.Role)))
            {
                bool reaches = WordsBetween(cue.End, valueStart) <= cue.Reach &&
                    (leftParenthesesAt < 0 || WordsBetween(cue.End, leftParenthesesAt) <= MaxWordsIntoParentheses);
                if (!reaches)
                {
                    return null;
                }

                // "the target was 90%", "requirement was 10+": the noun before "was" says what the value was.
                if (cue.Role == FactRole.Before && !cue.Is(CueKind.NeedsLabel) && k > 0 && _cues[k - 1].Is(CueKind.Role) &&
                    _cues[k - 1].Role != FactRole.Before && WordsBetween(_cues[k - 1].End, cue.Start) == 0)
                {
                    return _cues[k - 1].Role;
                }

                return cue.Role;
            }

            k--;
        }

        return null;
    }

    // "avant 61 %, après 80 %": before and after words in one statement mark a change even out of label position.
    private bool HasPartnerLabel(FactRole role)
    {
        FactRole partner = role == FactRole.Before ? FactRole.After : FactRole.Before;
        for (int j = 0; j < _count; j++)
        {
            if (_cues[j].Is(CueKind.NeedsLabel) && _cues[j].Role == partner)
            {
                return true;
            }
        }

        return false;
    }

    // Whether the cue at k is a label before the colon at labelAt: right before it ("**After**: 4") or first in its
    // clause ("Before the fix: 300 ms"), not inside a metric's name ("Récupération après panne : 8.5s").
    private bool IsLabel(int k, int labelAt)
    {
        if (labelAt < 0)
        {
            return false;
        }

        if (WordsBetween(_cues[k].End, labelAt) == 0)
        {
            return true;
        }

        int clauseStart = 0;
        for (int j = k - 1; j >= 0; j--)
        {
            if (_cues[j].Is(CueKind.Break | CueKind.SentenceEnd | CueKind.Open | CueKind.Close | CueKind.Label))
            {
                clauseStart = _cues[j].End;
                break;
            }
        }

        return WordsBetween(clauseStart, _cues[k].Start) == 0;
    }

    private bool BeforeAnywhereBefore(int k)
    {
        for (int j = k - 1; j >= 0; j--)
        {
            if ((_cues[j].Is(CueKind.Role) && _cues[j].Role == FactRole.Before) || _cues[j].Is(CueKind.Arrow | CueKind.From))
            {
                return true;
            }
        }

        return false;
    }

    // A role cue that follows the value closely in its clause ("3 days estimated", "100 % est visée", "~2h (estimated)"),
    // when no number follows the cue in its own clause ("92% target 90%": the target leads 90%).
    private FactRole? FollowingRole(int after, int valueEnd)
    {
        int depth = 0;
        for (int k = after; k < _count; k++)
        {
            Cue cue = _cues[k];
            if (cue.Is(CueKind.Open))
            {
                depth++;
                continue;
            }

            if (cue.Is(CueKind.Close))
            {
                if (depth == 0)
                {
                    return null;
                }

                depth--;
                continue;
            }

            if (cue.Is(Structure | CueKind.Label))
            {
                return null;
            }

            if (cue.Is(CueKind.Role) && cue.Is(CueKind.Follows))
            {
                if (WordsBetween(valueEnd, cue.Start) > MaxWordsToFollowingCue)
                {
                    return null;
                }

                return NumberInClauseAfter(k + 1) ? null : cue.Role;
            }
        }

        return null;
    }

    private bool NumberInClauseAfter(int k)
    {
        for (; k < _count; k++)
        {
            Cue cue = _cues[k];
            if (cue.Is(CueKind.Number))
            {
                return true;
            }

            if (cue.Is(CueKind.Break | CueKind.SentenceEnd | CueKind.Close | CueKind.Label))
            {
                return false;
            }
        }

        return false;
    }

    private int WordsBetween(int from, int to)
    {
        int words = 0;
        bool inWord = false;
        ReadOnlySpan<char> text = _text.Span;
        for (int i = Math.Max(0, from); i < to && i < text.Length; i++)
        {
            bool letter = char.IsLetter(text[i]);
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
        }

        return words;
    }

    // Negation and modality in the clause of the value: its cues before it back to the clause start and after it to
    // the clause end, parenthesised groups inside the clause left out.
    private FactStance ClauseStance(int first, int after, int valueStart)
    {
        FactStance stance = FactStance.None;
        int determinerAt = -1;
        bool determinerLeads = false;
        bool copula = false;
        int labels = 0;
        int k = first - 1;
        while (k >= 0)
        {
            Cue cue = _cues[k];
            if (cue.Is(CueKind.Close) && cue.Partner >= 0)
            {
                k = cue.Partner - 1;
                continue;
            }

            if (cue.Is(CueKind.Open | CueKind.Close | CueKind.Break | CueKind.SentenceEnd) || (cue.Is(CueKind.Label) && ++labels == 2))
            {
                break;
            }

            if (cue.Is(CueKind.Copula))
            {
                copula = true;
            }
            else if (cue.Is(CueKind.Determiner))
            {
                // "No system is 100% secure": the negated noun is the subject of a verb before the value.
                determinerAt = cue.Start;
                determinerLeads |= copula || (k == LeadingMark(first - 1) && WordsBetween(cue.End, valueStart) == 0);
            }
            else if (cue.Is(CueKind.Stance))
            {
                stance |= cue.Stance;
            }

            k--;
        }

        int modalAt = -1;
        for (k = after; k < _count; k++)
        {
            Cue cue = _cues[k];
            if (cue.Is(CueKind.Open) && cue.Partner >= 0)
            {
                k = cue.Partner;
                continue;
            }

            if (cue.Is(CueKind.Open | CueKind.Close | CueKind.Break | CueKind.SentenceEnd | CueKind.Label))
            {
                break;
            }

            if (cue.Is(CueKind.Stance) && !cue.Is(CueKind.Determiner))
            {
                stance |= cue.Stance;
                if ((cue.Stance & FactStance.Modal) != 0 && modalAt < 0)
                {
                    modalAt = cue.Start;
                }
            }
        }

        // "no system can be 100% safe" denies; "No critical vulnerabilities: 0" counts zero.
        if (determinerAt >= 0 && (determinerLeads || (stance & FactStance.Modal) != 0))
        {
            stance |= FactStance.Negated;
        }

        return stance;
    }

    // Whether the sentence that holds the value ends in a question mark.
    private bool EndsInQuestion(int after)
    {
        for (int k = after; k < _count; k++)
        {
            if (_cues[k].Is(CueKind.SentenceEnd))
            {
                return (_cues[k].Stance & FactStance.Question) != 0;
            }
        }

        return false;
    }

    private bool IsQuoted(int start, int end)
    {
        for (int q = 0; q < _quoteCount; q += 2)
        {
            if (_quotes[q] <= start && end <= _quotes[q + 1])
            {
                return true;
            }
        }

        return false;
    }

    // The stance of the whole statement: a negation, modal verb or question mark anywhere; a determiner that leads a
    // number or a modal verb of its clause; quoted when a quotation holds a number or most of the text.
    private FactStance WholeStance()
    {
        FactStance stance = FactStance.None;
        bool determiner = false;
        for (int k = 0; k < _count; k++)
        {
            Cue cue = _cues[k];
            if (cue.Is(CueKind.Break | CueKind.SentenceEnd | CueKind.Open | CueKind.Close | CueKind.Label))
            {
                determiner = false;
            }

            if (cue.Is(CueKind.Determiner))
            {
                determiner = true;
                if (k + 1 < _count && _cues[k + 1].Is(CueKind.Number) && WordsBetween(cue.End, _cues[k + 1].Start) == 0)
                {
                    stance |= FactStance.Negated;
                }
            }
            else if (cue.Is(CueKind.Stance))
            {
                stance |= cue.Stance;
                if (determiner && (cue.Stance & FactStance.Modal) != 0)
                {
                    stance |= FactStance.Negated;
                }
            }
            else if (cue.Is(CueKind.LeadIn) && (OpensSentence(k) || (cue.Stance == FactStance.Quoted && FollowsBreak(k))))
            {
                stance |= cue.Stance;
            }
        }

        if (QuotationHoldsNumberOrMost())
        {
            stance |= FactStance.Quoted;
        }

        return stance;
    }

    // The stance a lead-in gives the value's clause: one that opens its sentence, then one comma or colon, before the
    // clause ("According to the external auditor, the app is 100% compliant", "Selon le client, la disponibilité était
    // de 100 %", "En général, les équipes n'ont aucune interruption", "Sondage : 80 % veulent 100 % de disponibilité");
    // or a source right after the comma that ends the clause ("uptime was 100%, according to the vendor"). A source of
    // the report's own ("according to our tests", "selon nos mesures": lexicon stance.attribution.self) is no other
    // speaker, and a clause past the one after the lead-in is the author's again.
    private FactStance LeadInStance(int first, int after)
    {
        int separators = 0, separator = -1;
        for (int k = first - 1; k >= 0; k--)
        {
            Cue cue = _cues[k];
            if (cue.Is(CueKind.Close) && cue.Partner >= 0)
            {
                k = cue.Partner;
                continue;
            }

            if (cue.Is(CueKind.SentenceEnd | CueKind.Open | CueKind.Close) || (cue.Is(CueKind.Break | CueKind.Label) && ++separators > 1))
            {
                break;
            }

            if (cue.Is(CueKind.Break | CueKind.Label))
            {
                separator = k;
            }
            else if (cue.Is(CueKind.LeadIn))
            {
                return separators == 1 && OpensSentence(k) && Separates(cue, _cues[separator]) ? cue.Stance : FactStance.None;
            }
        }

        for (int k = after; k < _count; k++)
        {
            Cue cue = _cues[k];
            if (cue.Is(CueKind.Open) && cue.Partner >= 0)
            {
                k = cue.Partner;
                continue;
            }

            if (cue.Is(CueKind.SentenceEnd | CueKind.Label | CueKind.Open | CueKind.Close))
            {
                return FactStance.None;
            }

            if (cue.Is(CueKind.Break))
            {
                return k + 1 < _count && _cues[k + 1].Is(CueKind.LeadIn) && _cues[k + 1].Stance == FactStance.Quoted && FollowsBreak(k + 1)
                    ? FactStance.Quoted : FactStance.None;
            }
        }

        return FactStance.None;
    }

    // Whether a lead-in's separator closes it: a source may stand between an attribution and its comma ("According to
    // the vendor,"); a general word takes its comma at once ("Typically,"); a poll its colon, past one word at most
    // ("Poll:", "Survey results:"), not a clause of its own ("Survey done, and …").
    private bool Separates(Cue leadIn, Cue separator) => leadIn.Stance switch
    {
        FactStance.Quoted => true,
        FactStance.Question => separator.Is(CueKind.Label) && WordsBetween(leadIn.End, separator.Start) <= 1,
        _ => WordsBetween(leadIn.End, separator.Start) == 0,
    };

    // Whether the cue at index k comes right after a comma: no word between.
    private bool FollowsBreak(int k) => k > 0 && _cues[k - 1].Is(CueKind.Break) && WordsBetween(_cues[k - 1].End, _cues[k].Start) == 0;

    // Whether nothing but marks stands before the cue at index k in its sentence: no letter or digit since the sentence's
    // start, the end of the one before it or a label's colon ("**Feedback**: According to …").
    private bool OpensSentence(int k)
    {
        int from = 0;
        for (int j = k - 1; j >= 0; j--)
        {
            if (_cues[j].Is(CueKind.SentenceEnd | CueKind.Label))
            {
                from = _cues[j].End;
                break;
            }
        }

        foreach (char c in _text.Span[from.._cues[k].Start])
        {
            if (char.IsLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private bool QuotationHoldsNumberOrMost()
    {
        if (_quoteCount == 0)
        {
            return false;
        }

        int quoted = 0;
        for (int q = 0; q < _quoteCount; q += 2)
        {
            quoted += _quotes[q + 1] - _quotes[q];
            for (int k = LowerBound(_quotes[q]); k < _count && _cues[k].Start < _quotes[q + 1]; k++)
            {
                if (_cues[k].Is(CueKind.Number))
                {
                    return true;
                }
            }
        }

        return 2 * quoted > _text.Length;
    }
}

/// <summary>
/// The phrases of every section <see cref="StatementCues"/> reads, merged into one table by first character, longest
/// first, so a statement is read in one pass. Built once per lexicon.
/// </summary>
internal sealed class CueTable
{
    /// <summary>A phrase and what it does: the first role section that lists it gives its role.</summary>
    // A class, not a struct: the dictionaries, lists and sorts of it then share the framework's precompiled code for
    // references instead of being JIT-compiled for it at every start of the tool.
    internal sealed record Entry(string Phrase, CueKind Kind, FactRole Role, FactStance Stance, int Reach);

    // How many words a role cue reaches across to the value it leads: a label's word ("Target … : 90%") a few, an
    // adverb ("was 61%") fewer.
    private const int Far = 6, Near = 2;

    // The sections read, role sections in order of precedence.
    private static readonly (string Section, CueKind Kind, FactRole Role, FactStance Stance, int Reach)[] Sections =
    [
        ("role.actual", CueKind.Role | CueKind.Follows, FactRole.Actual, FactStance.None, Far),
        ("role.goal", CueKind.Role | CueKind.Follows, FactRole.Goal, FactStance.None, Far),
        ("role.projected", CueKind.Role | CueKind.Follows, FactRole.Projected, FactStance.None, Far),
        ("role.estimate", CueKind.Role | CueKind.Follows, FactRole.Estimate, FactStance.None, Far),
        ("role.example", CueKind.Role, FactRole.Example, FactStance.None, Near),
        ("role.before", CueKind.Role, FactRole.Before, FactStance.None, Near),
        ("role.before.label", CueKind.Role | CueKind.NeedsLabel, FactRole.Before, FactStance.None, Far),
        ("role.after.label", CueKind.Role | CueKind.NeedsLabel, FactRole.After, FactStance.None, Far),
        ("role.target", CueKind.Role | CueKind.Follows, FactRole.Target, FactStance.None, Far),
        ("target", CueKind.Role, FactRole.Target, FactStance.None, Far),
        ("column.target", CueKind.Role, FactRole.Target, FactStance.None, Far),
        ("role.from", CueKind.From, FactRole.Actual, FactStance.None, 0),
        ("role.to", CueKind.To, FactRole.Actual, FactStance.None, 0),
        ("role.now", CueKind.Now, FactRole.Actual, FactStance.None, 0),
        ("role.arrow", CueKind.Arrow, FactRole.Actual, FactStance.None, 0),
        ("stance.negation", CueKind.Stance, FactRole.Actual, FactStance.Negated, 0),
        ("stance.negation.determiner", CueKind.Determiner, FactRole.Actual, FactStance.None, 0),
        ("stance.copula", CueKind.Copula, FactRole.Actual, FactStance.None, 0),
        ("stance.negation.none", CueKind.Inert, FactRole.Actual, FactStance.None, 0),
        ("stance.modal", CueKind.Stance, FactRole.Actual, FactStance.Modal, 0),
        ("stance.modal.condition", CueKind.Stance | CueKind.Condition, FactRole.Actual, FactStance.Modal, 0),
        ("stance.question", CueKind.Stance | CueKind.SentenceEnd, FactRole.Actual, FactStance.Question, 0),
        ("stance.attribution", CueKind.LeadIn, FactRole.Actual, FactStance.Quoted, 0),
        ("stance.attribution.self", CueKind.Inert, FactRole.Actual, FactStance.None, 0),
        ("stance.general", CueKind.LeadIn | CueKind.Stance, FactRole.Actual, FactStance.Modal, 0),
        ("stance.hedge", CueKind.Stance | CueKind.Condition, FactRole.Actual, FactStance.Modal, 0),
        ("stance.poll", CueKind.LeadIn, FactRole.Actual, FactStance.Question, 0),
        ("stance.quote.open", CueKind.QuoteOpen, FactRole.Actual, FactStance.None, 0),
        ("stance.quote.close", CueKind.QuoteClose, FactRole.Actual, FactStance.None, 0),
        ("clause.break", CueKind.Break, FactRole.Actual, FactStance.None, 0),
        ("clause.label", CueKind.Label, FactRole.Actual, FactStance.None, 0),
        ("clause.open", CueKind.Open, FactRole.Actual, FactStance.None, 0),
        ("clause.close", CueKind.Close, FactRole.Actual, FactStance.None, 0),
        ("sentence.end", CueKind.SentenceEnd, FactRole.Actual, FactStance.None, 0),
    ];

    /// <summary>The names of the lexicon sections read.</summary>
    internal static IEnumerable<string> SectionNames
    {
        get
        {
            foreach ((string section, _, _, _, _) in Sections)
            {
                yield return section;
            }
        }
    }

    private static readonly ConditionalWeakTable<Lexicon, CueTable> Tables = new();

    private readonly Entry[]?[] _ascii = new Entry[]?[128];
    private readonly Dictionary<char, Entry[]> _other = new();

    // For each ASCII first character, the ASCII second characters of its phrases (two 64-bit masks), unless one of its
    // phrases is that character alone or goes on beyond ASCII: most words start no cue, and the second character
    // tells without comparing each phrase.
    private readonly ulong[] _secondLow = new ulong[128];
    private readonly ulong[] _secondHigh = new ulong[128];
    private readonly bool[] _anySecond = new bool[128];

    private CueTable(Lexicon lexicon)
    {
        var merged = new Dictionary<string, Entry>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach ((string section, CueKind kind, FactRole role, FactStance stance, int reach) in Sections)
        {
            foreach (string phrase in lexicon.Phrases(section))
            {
                if (phrase.Length == 0)
                {
                    continue;
                }

                if (!merged.TryGetValue(phrase, out Entry? entry))
                {
                    merged[phrase] = new Entry(phrase, kind, role, stance, reach);
                    order.Add(phrase);
                    continue;
                }

                // The first role section that lists a phrase gives its role; what else its sections say adds up.
                bool hadRole = (entry.Kind & CueKind.Role) != 0;
                CueKind added = hadRole ? kind & ~(CueKind.Role | CueKind.Follows | CueKind.NeedsLabel) : kind;
                merged[phrase] = entry with
                {
                    Kind = entry.Kind | added,
                    Role = hadRole ? entry.Role : role,
                    Stance = entry.Stance | stance,
                    Reach = hadRole ? entry.Reach : reach,
                };
            }
        }

        var byFirst = new Dictionary<char, List<Entry>>();
        foreach (string phrase in order)
        {
            if (!byFirst.TryGetValue(phrase[0], out List<Entry>? list))
            {
                byFirst[phrase[0]] = list = [];
            }

            list.Add(merged[phrase]);
        }

        foreach ((char first, List<Entry> list) in byFirst)
        {
            Entry[] entries = list.ToArray();
            StableSort.Sort(entries, static (a, b) => b.Phrase.Length != a.Phrase.Length ? b.Phrase.Length.CompareTo(a.Phrase.Length)
                : StableSort.CompareOrdinal(a.Phrase, b.Phrase));
            if (first < 128)
            {
                _ascii[first] = entries;
                foreach (Entry entry in entries)
                {
                    char second = entry.Phrase.Length > 1 ? entry.Phrase[1] : '\uFFFF';
                    if (second >= 128)
                    {
                        _anySecond[first] = true;
                    }
                    else if (second < 64)
                    {
                        _secondLow[first] |= 1UL << second;
                    }
                    else
                    {
                        _secondHigh[first] |= 1UL << (second - 64);
                    }
                }
            }
            else
            {
                _other[first] = entries;
            }
        }
    }

    /// <summary>The table of a lexicon.</summary>
    public static CueTable Of(Lexicon lexicon) => Tables.GetValue(lexicon, static l => new CueTable(l));

    /// <summary>The longest phrase at <paramref name="i"/>; one that starts or ends with a letter or digit stands as a whole word.</summary>
    public bool TryMatch(ReadOnlySpan<char> text, int i, out Entry match)
    {
        char c = text[i];
        if (c < 128 && !_anySecond[c])
        {
            char second = i + 1 < text.Length ? text[i + 1] : '\uFFFF';
            if (second >= 128 || (second < 64 ? (_secondLow[c] >> second & 1) == 0 : (_secondHigh[c] >> (second - 64) & 1) == 0))
            {
                match = null!;
                return false;
            }
        }

        Entry[]? entries = c < 128 ? _ascii[c] : _other.TryGetValue(c, out Entry[]? found) ? found : null;
        if (entries is not null)
        {
            foreach (Entry entry in entries)
            {
                string phrase = entry.Phrase;
                int end = i + phrase.Length;

                // Most candidates differ at their second character: checked before the whole comparison.
                if (end > text.Length || (phrase.Length > 1 && text[i + 1] != phrase[1]))
                {
                    continue;
                }

                if (text.Slice(i, phrase.Length).SequenceEqual(phrase.AsSpan()) &&
                    !(char.IsLetterOrDigit(phrase[^1]) && end < text.Length && char.IsLetterOrDigit(text[end])))
                {
                    match = entry;
                    return true;
                }
            }
        }

        match = null!;
        return false;
    }
}
