using Markdig.Syntax;
using ReportLint.Claims;
using ReportLint.Lexicons;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Arithmetic;

/// <summary>How the items a stated count is about are given.</summary>
internal enum CountScope
{
    /// <summary>Named in brackets right after the count: "4 tables (members + courses + sessions)".</summary>
    Named,
    /// <summary>Listed under a lead-in that carries the count: "**Mobile** (6 profiles):", "### Frontend (3 fichiers)".</summary>
    Listed,
    /// <summary>The open task boxes of the section a key line closes: "**Remaining: 28 tasks**".</summary>
    Open,
    /// <summary>The files of a tree drawn in the code block right after the count: "### Views (8 Blade files)".</summary>
    Tree,
    /// <summary>The items of one inventory section elsewhere: "**Files Modified**: 20+" and "## Files Changed Summary".</summary>
    Inventory,
}

/// <summary>
/// A stated count of things and the items the report gives for them, one relation of the model: the count, where it
/// stands, and how many items the reader can count.
/// </summary>
internal sealed class CountOfItems
{
    internal CountOfItems(CountScope scope, FactValue count, decimal stated, ModelStatement statement, IReadOnlyList<DisplayText> names, IReadOnlyList<TextSpan> spans, int firstLine, int lastLine, bool isExhaustive)
    {
        Phrase = statement.Text;
        Scope = scope;
        Count = count;
        Stated = stated;
        Statement = statement;
        Names = names;
        Spans = spans;
        FirstLine = firstLine;
        LastLine = lastLine;
        IsExhaustive = isExhaustive;
    }

    /// <summary>How its statement holds it: a negated, modal or quoted count states nothing.</summary>
    public FactStance Stance => Statement.Stance;

    /// <summary>How the items are given.</summary>
    public CountScope Scope { get; }

    /// <summary>The count with the noun it counts, as written ("4 tables", "6 profiles"); the statement for a key line.</summary>
    public DisplayText Phrase { get; internal init; }

    /// <summary>The count as written ("4", "5/5").</summary>
    public FactValue Count { get; }

    /// <summary>The number of things it states (the denominator of "5/5 tests").</summary>
    public decimal Stated { get; }

    /// <summary>The statement that states it.</summary>
    public ModelStatement Statement { get; }

    /// <summary>Whether the files of a <see cref="CountScope.Tree"/> are a flat listing of paths, one a line, not a drawn tree.</summary>
    public bool IsFlatListing { get; internal init; }

    /// <summary>The inventory section that lists the items, for <see cref="CountScope.Inventory"/>; null otherwise.</summary>
    public ModelSection? Inventory { get; internal init; }

    /// <summary>The items, for messages (names, or the items' text).</summary>
    public IReadOnlyList<DisplayText> Names { get; }

    /// <summary>Where the items stand.</summary>
    public IReadOnlyList<TextSpan> Spans { get; }

    /// <summary>How many items there are.</summary>
    public int Items => Names.Count;

    /// <summary>The 1-based line of the first item.</summary>
    public int FirstLine { get; }

    /// <summary>The 1-based line of the last item.</summary>
    public int LastLine { get; }

    /// <summary>
    /// Whether the items are given as all of them, so fewer items than the count also contradict it: a fraction
    /// "5/5 tests" counts what it lists; the open boxes of a section are all its open tasks.
    /// </summary>
    public bool IsExhaustive { get; }
}

/// <summary>Facts only RL2005 reads, built once per document beside the model.</summary>
internal static class ItemCountFacts
{
    private static readonly RuleFacts<CountOfItems[]> Facts = new(BuildCountsOfItems);
    private static readonly char[] NameSeparators = ['+', ',', ';'];

    /// <summary>
    /// The stated counts of things whose items the report gives, in document order: names in brackets after the count,
    /// a list under a lead-in that carries the count, the open task boxes of the section a "Remaining: N" line closes.
    /// The count's noun must be a countable thing (lexicon section <c>count.noun</c>); brackets that give examples
    /// (<c>count.example</c>: "e.g.", "notamment") list some, not all.
    /// </summary>
    public static IReadOnlyList<CountOfItems> Of(ReportModel model) => Facts.Of(model);

    private static CountOfItems[] BuildCountsOfItems(ReportModel model)
    {
        var found = new List<CountOfItems>();
        List<(int Index, object? Group)>? labelled = null;
        foreach (ModelStatement statement in model.StatementArray)
        {
            if (statement.Values.Count == 0 || statement.Kind is StatementKind.TableRow or StatementKind.CodeLine or StatementKind.DashboardLine)
            {
                continue;
            }

            if (OpenCount(model, statement) is { } open)
            {
                found.Add(open);
                continue;
            }

            foreach (FactValue value in statement.Values)
            {
                if (!model.IsCount(value, statement))
                {
                    continue;
                }

                if ((NounThenBracket(model, statement, value) ?? LeadingCount(model, statement, value) ?? KeyCount(model, statement, value) ??
                     WholeFractionInBracket(model, statement, value)) is not { } bracket)
                {
                    if (NamedAfterLabel(model, statement, value) is { } inline)
                    {
                        (labelled ??= []).Add((found.Count, LabelGroup(model, statement)));
                        found.Add(inline);
                    }
                    else if (statement.Kind == StatementKind.Heading && IsBareCount(model, statement, value) && OneCount(model, statement) &&
                             Fenced(model, statement, value, phrase: null, keyLine: false) is { } fenced)
                    {
                        // "### ✅ Composants (5)" over the list in the code block that makes up its section.
                        found.Add(fenced);
                    }

                    continue;
                }

                if (bracket.NounOnly)
                {
                    // "(6 profiles)" in a lead-in: the bracket holds the count and its noun alone.
                    if (Listed(model, statement, value, bracket) is { } listed)
                    {
                        found.Add(listed);
                    }
                }
                else if (Named(model, statement, value, bracket) is { } named)
                {
                    found.Add(named);
                }
            }
        }

        if (labelled is not null)
        {
            SampledGroups(found, labelled);
        }

        return found.ToArray();
    }

    // Labels side by side (the items of one list, or the lead-ins of one section), none of whose names match its count,
    // sample what they count ("Performance (12): MCP timeout, retry attempts, …", "Optimization (5): Bundle analyzer,
    // tree shaking, code splitting"): fewer names than the count then contradicts nothing. Where one of them names
    // exactly what it counts, the others are read as lists of all they count.
    private static void SampledGroups(List<CountOfItems> found, List<(int Index, object? Group)> labelled)
    {
        foreach (IGrouping<object?, (int Index, object? Group)> group in labelled.Where(static l => l.Group is not null).GroupBy(static l => l.Group))
        {
            if (group.Skip(1).Any() && !group.Any(l => found[l.Index].Items == found[l.Index].Stated))
            {
                foreach ((int index, _) in group)
                {
                    CountOfItems count = found[index];
                    found[index] = new CountOfItems(count.Scope, count.Count, count.Stated, count.Statement, count.Names, count.Spans, count.FirstLine,
                        count.LastLine, isExhaustive: false)
                    {
                        Phrase = count.Phrase,
                    };
                }
            }
        }
    }

    // What a label stands beside: the list of its item, or the section of its paragraph.
    private static object? LabelGroup(ReportModel model, ModelStatement statement) =>
        statement.Kind == StatementKind.ListItem ? statement.Block.Parent?.Parent : model.SectionAt(statement.Span.Start);

    // A count of things: a whole number of no unit (a fraction n/n counts its denominator), not an issue number, a
    // version or a section number.

    // Where the count's noun ends, its brackets (-1 when it has none), whether they hold the count and noun alone, and
    // where the lead-in's phrase starts when its key comes before the count ("**Database Models Created: 12**"; -1
    // otherwise: the phrase starts at the count).
    private sealed record Bracket(int NounEnd, int Open, int Close, bool NounOnly, int KeyStart = -1);

    // The words right after a count, up to five (emphasis between them allowed): where they end, whether one of them is
    // a countable noun (lexicon count.noun), and where the last word ends; null past five words.
    private static (int End, bool Noun, int NounEnd)? WordsAfterCount(ReportModel model, ReadOnlySpan<char> prose, int i)
    {
        bool noun = false;
        int words = 0;
        int nounEnd = i;
        while (i < prose.Length)
        {
            while (i < prose.Length && prose[i] is ' ' or '*' or '_')
            {
                i++;
            }

            if (i >= prose.Length || !char.IsLetter(prose[i]))
            {
                break;
            }

            int start = i;
            while (i < prose.Length && (char.IsLetterOrDigit(prose[i]) || prose[i] is '-' or '\'' or '’'))
            {
                i++;
            }

            if (++words > 5)
            {
                return null;
            }

            noun |= model.Document.Lexicon.Contains(CountNoun, TextFolding.Fold(prose.Slice(start, i - start)));
            nounEnd = i;
        }

        return (i, noun, nounEnd);
    }

    private static readonly LexiconSection CountNoun = new("count.noun");

    // "4 tables (a + b)", "**5 New Backend APIs Created** (a, b)", "(6 profiles)": up to five words after the count, one
    // of them a countable noun, then a bracket (or the count's own bracket closing).
    private static Bracket? NounThenBracket(ReportModel model, ModelStatement statement, FactValue value)
    {
        ReadOnlySpan<char> prose = statement.Prose.Chars;
        int origin = statement.Span.Start;
        if (WordsAfterCount(model, prose, value.Span.End - origin) is not (int i, bool noun, int nounEnd))
        {
            return null;
        }

        if (!noun || i >= prose.Length)
        {
            return null;
        }

        // The count inside its own bracket: "(6 profiles)", "(5/5 tests)".
        if (prose[i] == ')')
        {
            int open = value.Span.Start - origin - 1;
            while (open >= 0 && prose[open] is ' ' or '*' or '_')
            {
                open--;
            }

            return open >= 0 && prose[open] == '(' ? new Bracket(nounEnd, open, i, NounOnly: true) : null;
        }

        if (prose[i] != '(')
        {
            return null;
        }

        int close = SpanSearch.IndexOf(prose, ')', i + 1);
        return close < 0 ? null : new Bracket(nounEnd, i, close, NounOnly: false);
    }

    // A lead-in that opens with its count and ends with its countable noun: a heading ("### 5 Documentation Files
    // Created") or a line ending with a colon ("**6 Documentation Files:**"), read as "(6 documentation files)" is read
    // in one: its items are what it counts. Nothing but marks and emphasis before the count, one to five words after it
    // with a countable noun among them, and nothing after them but a colon, emphasis or marks.
    private static Bracket? LeadingCount(ReportModel model, ModelStatement statement, FactValue value)
    {
        if (statement.Kind is not (StatementKind.Heading or StatementKind.Sentence or StatementKind.KeyValueLine))
        {
            return null;
        }

        ReadOnlySpan<char> prose = statement.Prose.Chars;
        int origin = statement.Span.Start;
        int at = value.Span.Start - origin;
        for (int k = 0; k < at; k++)
        {
            if (char.IsLetterOrDigit(prose[k]))
            {
                return null;
            }
        }

        if (WordsAfterCount(model, prose, value.Span.End - origin) is not (int i, bool noun, int nounEnd))
        {
            return null;
        }

        for (int k = i; k < prose.Length; k++)
        {
            if (char.IsLetterOrDigit(prose[k]) || prose[k] is '(' or ')' or '[' or ']')
            {
                return null;
            }
        }

        return noun ? new Bracket(nounEnd, -1, -1, NounOnly: true) : null;
    }

    private static readonly LexiconSection WholeState = new("count.whole-state");

    // "### ✅ PASSED: Infrastructure Tests (15/15)", "### Authentication (✅ 6/6 Complete)": a heading whose bracket holds
    // a whole, n/n, and nothing else but a done mark before it and words that say it is done after it
    // (count.whole-state), read as "(15/15 tests)" is: its items are what it counts. The thing counted is named by a
    // countable noun right before the bracket, or the bracket says its n/n are done. A bare score ("## SCORING
    // BREAKDOWN (100/100)", "Code Quality (10/10)") names no such noun and says no state: it counts nothing listed.
    private static Bracket? WholeFractionInBracket(ReportModel model, ModelStatement statement, FactValue value)
    {
        if (statement.Kind != StatementKind.Heading || value.Denominator is not { } whole || whole != value.Number)
        {
            return null;
        }

        ReadOnlySpan<char> prose = statement.Prose.Chars;
        int origin = statement.Span.Start;
        int open = value.Span.Start - origin - 1;
        while (open >= 0 && (prose[open] is ' ' or '*' or '_' || InDoneMark(statement, origin + open)))
        {
            open--;
        }

        if (open < 0 || prose[open] != '(')
        {
            return null;
        }

        int close = value.Span.End - origin;
        bool saysDone = false;
        while (close < prose.Length && prose[close] != ')')
        {
            if (prose[close] is ' ' or '*' or '_' || InDoneMark(statement, origin + close))
            {
                close++;
                continue;
            }

            int start = close;
            while (close < prose.Length && (char.IsLetter(prose[close]) || prose[close] is '-' or '\'' or '’'))
            {
                close++;
            }

            if (close == start || !model.Document.Lexicon.Contains(WholeState, TextFolding.Fold(prose[start..close])))
            {
                return null;
            }

            saysDone = true;
        }

        if (close >= prose.Length)
        {
            return null;
        }

        // The word right before the bracket: a countable noun names what n/n counts ("Infrastructure Tests (15/15)").
        int end = open;
        while (end > 0 && prose[end - 1] is ' ' or '*' or '_')
        {
            end--;
        }

        int wordStart = end;
        while (wordStart > 0 && char.IsLetter(prose[wordStart - 1]))
        {
            wordStart--;
        }

        bool noun = wordStart < end && model.Document.Lexicon.Contains(CountNoun, TextFolding.Fold(prose[wordStart..end]));
        if (!noun && !saysDone)
        {
            return null;
        }

        return noun ? new Bracket(close + 1, open, close, NounOnly: true, KeyStart: wordStart) : new Bracket(close, open, close, NounOnly: true);
    }

    // Whether a position stands in a done mark of the statement ("✅", "✔").
    private static bool InDoneMark(ModelStatement statement, int position)
    {
        foreach (StatusMark mark in statement.Symbols)
        {
            if (mark.Kind == StatusKind.Met && mark.Span.Start <= position && position < mark.Span.End)
            {
                return true;
            }
        }

        return false;
    }

    // "**Database Models Created: 12**" over the list right after it: a line that is only a key and its count, the key
    // of one to five words with a countable noun among them, nothing after the count but emphasis or marks. Read as a
    // lead-in "(12 models)": its items are what it counts.
    private static Bracket? KeyCount(ReportModel model, ModelStatement statement, FactValue value)
    {
        if (statement.Kind is not (StatementKind.Sentence or StatementKind.KeyValueLine))
        {
            return null;
        }

        ReadOnlySpan<char> prose = statement.Prose.Chars;
        int origin = statement.Span.Start;
        int colon = value.Span.Start - origin - 1;
        while (colon >= 0 && prose[colon] is ' ' or '*' or '_')
        {
            colon--;
        }

        if (colon <= 0 || prose[colon] != ':')
        {
            return null;
        }

        for (int k = value.Span.End - origin; k < prose.Length; k++)
        {
            if (char.IsLetterOrDigit(prose[k]) || prose[k] is '(' or ')' or '[' or ']' or ',' or '.' or ':')
            {
                return null;
            }
        }

        int words = 0;
        bool noun = false;
        int keyStart = -1;
        for (int i = 0; i < colon;)
        {
            if (char.IsDigit(prose[i]))
            {
                return null;
            }

            if (!char.IsLetter(prose[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < colon && (char.IsLetterOrDigit(prose[i]) || prose[i] is '-' or '\'' or '’'))
            {
                i++;
            }

            keyStart = keyStart < 0 ? start : keyStart;
            if (++words > 5)
            {
                return null;
            }

            noun |= model.Document.Lexicon.Contains(CountNoun, TextFolding.Fold(prose.Slice(start, i - start)));
        }

        return noun ? new Bracket(value.Span.End - origin, -1, -1, NounOnly: true, KeyStart: keyStart) : null;
    }

    // Names in the bracket after the count, split on + , ; and the joining words ("and", "et", "&"): more names than the count, or fewer, are
    // both seen by the rule. No digits inside (that is a breakdown, not names), no example cue.
    private static CountOfItems? Named(ReportModel model, ModelStatement statement, FactValue value, Bracket bracket)
    {
        int origin = statement.Span.Start;
        string inside = statement.Prose.Chars.Slice(bracket.Open + 1, bracket.Close - bracket.Open - 1).ToString();
        if (inside.AsSpan().IndexOfAny("0123456789".AsSpan()) >= 0 ||
            PhraseMatcher.ContainsAny(TextFolding.Fold(inside.AsSpan()), model.Document.Lexicon, ReportModel.CountExample))
        {
            return null;
        }

        if (SplitNames(model, inside, origin + bracket.Open + 1, NameSeparators, strict: false) is not ({ Count: >= 2 } names, var spans))
        {
            return null;
        }

        int line = model.Document.Text.GetLinePosition(origin + bracket.Open).Line;
        return new CountOfItems(CountScope.Named, value, value.Denominator ?? value.Number, statement, names, spans, line, line, isExhaustive: false)
        {
            Phrase = DisplayText.Of(model.Document, TextSpan.FromBounds(value.Span.Start, origin + bracket.NounEnd)),
        };
    }

    // "**Molecules (16):** Provider Badge, Install Card, …": a label, its count alone in brackets, a colon, then the names
    // it counts, on the same line or as the one item of the list right after a lead-in ("**Transform (5):**" over "-
    // FormatText, MathOp, DateFormat, JoinStrings"). The names right after the label's colon are the things it counts,
    // all of them, so fewer is as wrong as more (unless they are fewer than half: a sample): three names at least, of five words at most, no digit among them (a
    // breakdown), no example cue and no elision ("e.g.", "etc.", "…": lexicon count.example).
    private const int MaxNamesLine = 4096;

    private static CountOfItems? NamedAfterLabel(ReportModel model, ModelStatement statement, FactValue value)
    {
        if (statement.Kind is not (StatementKind.ListItem or StatementKind.KeyValueLine or StatementKind.Sentence) || value.Denominator is not null)
        {
            return null;
        }

        ReadOnlySpan<char> prose = statement.Prose.Chars;
        int origin = statement.Span.Start;
        int before = value.Span.Start - origin - 1;
        int after = value.Span.End - origin;
        while (before >= 0 && prose[before] == ' ')
        {
            before--;
        }

        while (after < prose.Length && prose[after] == ' ')
        {
            after++;
        }

        if (before <= 0 || prose[before] != '(' || after >= prose.Length || prose[after] != ')')
        {
            return null;
        }

        // The label before the bracket: words, no digit ("Molecules", "AI/ML", "Payments/Auth").
        ReadOnlySpan<char> label = prose[..before].Trim(" *_-+".AsSpan());
        if (label.IsEmpty || !char.IsLetter(label[^1]) || label.IndexOfAny("0123456789()".AsSpan()) >= 0)
        {
            return null;
        }

        int colon = after + 1;
        while (colon < prose.Length && prose[colon] is ' ' or '*' or '_')
        {
            colon++;
        }

        if (colon >= prose.Length || prose[colon] != ':')
        {
            return null;
        }

        int start = colon + 1;
        while (start < prose.Length && prose[start] is ' ' or '*' or '_')
        {
            start++;
        }

        // A line of names is short: a line longer than MaxNamesLine after the colon is not read as one.
        TextSpan names;
        ReadOnlySpan<char> window = prose[start..].Length > MaxNamesLine ? prose.Slice(start, MaxNamesLine) : prose[start..];
        int eol = window.IndexOfAny('\n', '\r');
        if (eol < 0 && window.Length < prose.Length - start)
        {
            return null;
        }

        int end = eol >= 0 ? start + eol : prose.Length;
        if (start < end)
        {
            names = TextSpan.FromBounds(origin + start, origin + end);
        }
        else if (statement.Block is ParagraphBlock paragraph && paragraph.Parent is { } parent && parent.IndexOf(paragraph) is var index &&
                 index >= 0 && index + 1 < parent.Count && parent[index + 1] is ListBlock { Count: 1 } list &&
                 list[0] is ListItemBlock { Count: 1 } only && only[0] is ParagraphBlock item &&
                 model.Document.GetText(model.Document.GetSpan(item)).IndexOfAny('\n', '\r') < 0)
        {
            names = model.Document.GetSpan(item);
        }
        else
        {
            return null;
        }

        string text = model.Document.GetText(names).ToString();
        if (text.AsSpan().IndexOfAny("0123456789()[]".AsSpan()) >= 0 || text.Contains("..", StringComparison.Ordinal) || text.Contains('…') ||
            PhraseMatcher.ContainsAny(TextFolding.Fold(text.AsSpan()), model.Document.Lexicon, ReportModel.CountExample))
        {
            return null;
        }

        if (SplitNames(model, text, names.Start, LabelNameSeparators, strict: true) is not ({ Count: >= 3 } found, var spans))
        {
            return null;
        }

        int line = model.Document.Text.GetLinePosition(names.Start).Line;
        // Fewer than half of what it counts samples it ("Performance (12): MCP timeout, retry attempts, skill cache,
        // parallel execution"): only more names than the count contradicts it then.
        return new CountOfItems(CountScope.Named, value, value.Number, statement, found, spans, line, line, isExhaustive: found.Count * 2 > value.Number)
        {
            Phrase = DisplayText.Of(model.Document, TextSpan.FromBounds(origin + (prose.Length - prose.TrimStart(" *_-+".AsSpan()).Length), origin + after + 1)),
        };
    }

    private static readonly char[] LabelNameSeparators = [',', ';'];

    // The names of a list written on one line (text, starting at origin in the document), split on the separators and
    // on the joining words ("and", "et", "&"): each name as written and where it stands. Loose, an empty piece is
    // skipped; strict, an empty piece or a name of more than five words makes it no list of names (null).
    private static (List<DisplayText> Names, List<TextSpan> Spans)? SplitNames(ReportModel model, string text, int origin, char[] separators, bool strict)
    {
        var names = new List<DisplayText>();
        var spans = new List<TextSpan>();
        int from = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            int cut = i == text.Length ? 1 : text.IndexOfAny(separators, i, 1) == i ? 1 : WordSeparator(model, text, i);
            if (i < text.Length && cut == 0)
            {
                continue;
            }

            ReadOnlySpan<char> name = strict ? text.AsSpan(from, i - from).Trim(" *_.".AsSpan()) : text.AsSpan(from, i - from).Trim();
            if (strict && (name.IsEmpty || Words(name) > 5))
            {
                return null;
            }

            if (!name.IsEmpty)
            {
                var piece = TextSpan.FromBounds(origin + from, origin + i);
                names.Add(DisplayText.Of(model.Document, piece));
                spans.Add(piece);
            }

            from = i + cut;
            i = from - 1;
        }

        return (names, spans);

        static int Words(ReadOnlySpan<char> name)
        {
            int words = 0;
            bool inWord = false;
            foreach (char c in name)
            {
                words += !inWord && c != ' ' ? 1 : 0;
                inWord = c != ' ';
            }

            return words;
        }
    }

    // A word that joins two names, between spaces at i (" and ", " et ", " & "; lexicon crossref.and): the length to
    // skip, or 0.
    private static int WordSeparator(ReportModel model, string text, int i)
    {
        if (text[i] != ' ')
        {
            return 0;
        }

        int end = text.IndexOf(' ', i + 1);
        return end > i + 1 && model.IsPhrase(JoiningWord, text.AsSpan(i + 1, end - i - 1)) ? end - i + 1 : 0;
    }

    private static readonly LexiconSection JoiningWord = new("crossref.and");

    // A lead-in that carries "(N nouns)" over its items: a heading over the top-level list items of its section, or a
    // one-line paragraph ending with ':', or all in emphasis ending on the bracket, over the list right after it. One
    // count in the lead-in only, of more than one thing.
    private static CountOfItems? Listed(ReportModel model, ModelStatement statement, FactValue value, Bracket bracket)
    {
        // "### Issue #5: Generation counter (1 test)" over "- Add `generation` property" and "- Quick fix": a bracket that
        // counts one thing describes what the lead-in names, and the items under it describe that; a key's count of one
        // ("**Modèles créés : 1**") still counts its list.
        if (!OneCount(model, statement) || (bracket.Open >= 0 && (value.Denominator ?? value.Number) <= 1))
        {
            return null;
        }

        TextSpan phrase = TextSpan.FromBounds(bracket.KeyStart >= 0 ? statement.Span.Start + bracket.KeyStart : value.Span.Start, statement.Span.Start + bracket.NounEnd);

        List<LeafBlock> items;
        if (statement.Kind == StatementKind.Heading)
        {
            if (model.SectionAt(statement.Span.Start) is not { } section || section.HeadingSpan.Start > statement.Span.Start ||
                !section.HeadingSpan.Contains(statement.Span))
            {
                return null;
            }

            if (TopLevelItems(model, section) is not { Count: > 0 } under)
            {
                return RowsUnder(model, statement, value, bracket, section) ?? Fenced(model, statement, value, phrase, keyLine: false);
            }

            items = under;
        }
        else if (statement.Block is ParagraphBlock paragraph &&
                 (bracket.KeyStart >= 0 || statement.Prose.Chars.TrimEnd(" *_".AsSpan()).EndsWith(":".AsSpan()) || IsEmphasizedLabel(statement.Prose.Chars, bracket)) &&
                 paragraph.Parent is { } parent && parent.IndexOf(paragraph) is var index && index >= 0 && index + 1 < parent.Count &&
                 parent[index + 1] is ListBlock list && statement.Span == model.Document.GetSpan(paragraph))
        {
            items = [];
            foreach (Block item in list)
            {
                if (item is ListItemBlock { Count: > 0 } li && li[0] is LeafBlock first)
                {
                    items.Add(first);
                }
            }
        }
        else
        {
            return Fenced(model, statement, value, phrase, keyLine: bracket.KeyStart >= 0);
        }

        if (items.Count < 2)
        {
            return null;
        }

        var names = new List<DisplayText>(items.Count);
        var spans = new List<TextSpan>(items.Count);
        foreach (LeafBlock item in items)
        {
            TextSpan span = model.Document.GetSpan(item);
            TextSpan firstLine = TextSpan.FromBounds(span.Start, Math.Min(span.End, model.Document.Text.GetLineSpan(model.Document.Text.GetLinePosition(span.Start).Line).End));
            names.Add(DisplayText.Of(model.Document, firstLine));
            spans.Add(firstLine);
        }

        return new CountOfItems(CountScope.Listed, value, value.Denominator ?? value.Number, statement, names, spans,
            model.Document.Text.GetLinePosition(spans[0].Start).Line, model.Document.Text.GetLinePosition(spans[^1].Start).Line,
            isExhaustive: (value.Denominator is not null && items.TrueForAll(i => OpensWithOneId(model, i))) ||
                (statement.Kind == StatementKind.Heading && model.FileNounAfter(statement, value) is not null && items.TrueForAll(i => IsOneFile(model, i))))
        {
            Phrase = DisplayText.Of(model.Document, phrase),
        };
    }

    // "**Tests Models (20 tests)**": a line in emphasis that ends on the count's bracket is a label over what follows, as
    // a line ending with a colon is.
    private static bool IsEmphasizedLabel(ReadOnlySpan<char> prose, Bracket bracket)
    {
        ReadOnlySpan<char> line = prose.TrimStart(' ');
        if (bracket.Close < 0 || !(line.StartsWith("**".AsSpan()) || line.StartsWith("__".AsSpan())))
        {
            return false;
        }

        ReadOnlySpan<char> rest = prose[(bracket.Close + 1)..];
        return rest.Trim(' ').Length >= 2 && rest.Trim(" *_".AsSpan()).IsEmpty;
    }

    private static bool OneCount(ReportModel model, ModelStatement statement)
    {
        int counts = 0;
        foreach (FactValue v in statement.Values)
        {
            counts += model.IsCount(v, statement) ? 1 : 0;
        }

        return counts == 1;
    }

    // A lead-in over a list written in a code block ("### ✅ Service API (13 méthodes)" over "✓ getAll()   ✓ getById()"
    // lines): the block's items are what it counts. They are all of them, so fewer is reported too, unless they are
    // fewer than half the count (a sample), an item gives a number of its own (a breakdown), or the count is a floor.
    private static CountOfItems? Fenced(ReportModel model, ModelStatement statement, FactValue value, TextSpan? phrase, bool keyLine)
    {
        if (FencedListFacts.Under(model, statement, keyLine) is not { } fence || FencedListFacts.Items(model, fence, out bool counted) is not var (names, spans))
        {
            return null;
        }

        decimal stated = value.Denominator ?? value.Number;
        return new CountOfItems(CountScope.Listed, value, stated, statement, names, spans,
            model.Document.Text.GetLinePosition(spans[0].Start).Line, model.Document.Text.GetLinePosition(spans[^1].Start).Line,
            isExhaustive: !counted && !value.IsLowerBound && names.Count * 2 >= stated)
        {
            Phrase = phrase is { } written ? DisplayText.Of(model.Document, written) : statement.Text,
        };
    }

    /// <summary>
    /// Whether a heading ends on the count alone in brackets, or with a total word after it (lexicon section
    /// <c>count.bracket-total</c>): "### Java Classes (17)", "## 🔧 FILES MODIFIED (8 total)", "## Fichiers (51 au total)". Only
    /// emphasis, spaces and a colon may follow the bracket.
    /// </summary>
    internal static bool IsBareCount(ReportModel model, ModelStatement statement, FactValue value)
    {
        ReadOnlySpan<char> prose = statement.Prose.Chars;
        int origin = statement.Span.Start;
        int open = value.Span.Start - origin - 1;
        while (open >= 0 && prose[open] is ' ' or '*' or '_')
        {
            open--;
        }

        if (open <= 0 || prose[open] != '(' || value.Denominator is not null)
        {
            return false;
        }

        int close = SpanSearch.IndexOf(prose, ')', value.Span.End - origin);
        if (close < 0)
        {
            return false;
        }

        ReadOnlySpan<char> words = prose[(value.Span.End - origin)..close].Trim(" *_".AsSpan());
        if (words.Length > 0 && !model.Document.Lexicon.Contains(BracketTotal, TextFolding.Fold(words)))
        {
            return false;
        }

        foreach (char c in prose[(close + 1)..])
        {
            if (c is not (' ' or '*' or '_' or ':'))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly LexiconSection BracketTotal = new("count.bracket-total");

    // "#### C. Proof Generation Tests (7 tests)" over the table that makes up its section, one row a test: the rows are
    // the items, all of them (a table lists each row it has), so fewer rows than the count is as wrong as more. A Total
    // or Subtotal row is no item; a column whose whole counts add up to the count makes the rows a breakdown, not the
    // items; a section with anything beside its one table (prose, a list, a sub-heading, a second table) is left alone.
    private static CountOfItems? RowsUnder(ReportModel model, ModelStatement heading, FactValue value, Bracket bracket, ModelSection section)
    {
        ModelTable? table = null;
        foreach (ModelStatement s in model.StatementsIn(section.Span))
        {
            if (s.Span.Start < heading.Span.End)
            {
                continue;
            }

            // Each row's table is its statement's: one table, a Markdown one, all the section holds after its heading.
            if (s.Kind != StatementKind.TableRow || s.Row?.Table is not { Markdown: not null } held || (table is not null && held != table))
            {
                return null;
            }

            table = held;
        }

        if (table is null || table.Columns.Count < 2)
        {
            return null;
        }

        var rows = new List<ModelRow>();
        foreach (ModelRow row in table.BodyArray)
        {
            ModelCell first = row[table.ColumnArray[0]];
            if (first.IsEmpty)
            {
                return null;
            }

            if (!PhraseMatcher.ContainsAny(first.Folded, model.Document.Lexicon, LexiconSections.Total) &&
                !PhraseMatcher.ContainsAny(first.Folded, model.Document.Lexicon, Subtotal))
            {
                rows.Add(row);
            }
        }

        if (rows.Count < 2)
        {
            return null;
        }

        // "| Unit | 12 |", "| Integration | 7 |" under "(19 tests)": the rows count the tests, they are not each one.
        foreach (ModelColumn column in table.Columns)
        {
            decimal sum = 0;
            bool counts = column.Index > 0;
            foreach (ModelRow row in rows)
            {
                if (!counts || row[column].Value is not { IsCount: true } cell)
                {
                    counts = false;
                    break;
                }

                sum += cell.Number;
            }

            if (counts && sum == (value.Denominator ?? value.Number))
            {
                return null;
            }
        }

        var names = new List<DisplayText>(rows.Count);
        var spans = new List<TextSpan>(rows.Count);
        foreach (ModelRow row in rows)
        {
            names.Add(row[table.ColumnArray[0]].Text);
            spans.Add(row.Span);
        }

        return new CountOfItems(CountScope.Listed, value, value.Denominator ?? value.Number, heading, names, spans, rows[0].Line, rows[^1].Line, isExhaustive: true)
        {
            Phrase = DisplayText.Of(model.Document, TextSpan.FromBounds(bracket.KeyStart >= 0 ? heading.Span.Start + bracket.KeyStart : value.Span.Start, heading.Span.Start + bracket.NounEnd)),
        };
    }

    private static readonly LexiconSection Subtotal = new("subtotal");

    // "`app/Services/SmsService.php` (corrigé)": an item that names one file, a path with an extension (in a code span or
    // bare; no wildcard: "src/core/*.py (8 fichiers)" names several) and at most a description after it. A heading that counts files over items that are each one file lists
    // all of them: fewer than it counts is as wrong as more.
    private static bool IsOneFile(ReportModel model, LeafBlock item)
    {
        ReadOnlySpan<char> text = model.Document.GetText(model.Document.GetSpan(item));
        int end = text.IndexOfAny('\n', '\r');
        text = (end < 0 ? text : text[..end]).Trim();
        ReadOnlySpan<char> name;
        ReadOnlySpan<char> rest;
        if (text.StartsWith("`".AsSpan(), StringComparison.Ordinal) && text[1..].IndexOf('`') is int close and > 0)
        {
            name = text.Slice(1, close);
            rest = text[(close + 2)..];
        }
        else
        {
            int space = text.IndexOf(' ');
            name = space < 0 ? text : text[..space];
            rest = space < 0 ? [] : text[space..];
        }

        int dot = name.LastIndexOf('.');
        if (name.IndexOfAny(" \t*?{[".AsSpan()) >= 0 || dot <= 0 || name.Length - dot - 1 is < 1 or > 5 || !IsLetters(name[(dot + 1)..]))
        {
            return false;
        }

        rest = rest.TrimStart();
        return rest.IsEmpty || rest[0] is '(' or '-' or '—' or '–' or ':';
    }

    private static bool IsLetters(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    // "✅ AUTH01: Connexion" opens with the ID of one thing; "DEM01-13: Champs" names a range, "All tests pass" none.
    private static bool OpensWithOneId(ReportModel model, LeafBlock item)
    {
        ReadOnlySpan<char> text = model.Document.GetText(model.Document.GetSpan(item));
        int i = 0;
        while (i < text.Length && !char.IsLetterOrDigit(text[i]))
        {
            i++;
        }

        int letters = i;
        while (i < text.Length && char.IsAsciiLetter(text[i]))
        {
            i++;
        }

        int digits = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return digits > letters && i > digits && (i == text.Length || text[i] is ':' or ' ' or '*' or '`' or ')' or '.');
    }

    // The first paragraphs of the top-level list items of a section (sub-sections included); null when the section
    // holds a table or code (items may stand there too) or a sub-heading that carries its own count.
    private static List<LeafBlock>? TopLevelItems(ReportModel model, ModelSection section)
    {
        var items = new List<LeafBlock>();
        bool leadInAfterItems = false;
        foreach (ModelStatement s in model.StatementsIn(section.Span))
        {
            if (s.Kind is StatementKind.TableRow or StatementKind.CodeLine or StatementKind.DashboardLine)
            {
                return null;
            }

            // A line of prose after the first items leads another list ("### Newsletter (4 providers)" over four
            // providers, then "**Fonctionnalités** :" over four features): which items the heading counts is not known.
            if (items.Count > 0 && s.Kind != StatementKind.ListItem && s.Kind != StatementKind.Heading)
            {
                leadInAfterItems = true;
            }
            else if (leadInAfterItems && s.Kind == StatementKind.ListItem)
            {
                return null;
            }

            if (s.Kind == StatementKind.Heading && !section.HeadingSpan.Contains(s.Span) && s.Values.Count > 0)
            {
                return null;
            }

            if (s.Kind == StatementKind.ListItem && s.Block.Parent is ListItemBlock { Parent: ListBlock { Parent: not ListItemBlock } } item &&
                item[0] == s.Block && (items.Count == 0 || !ReferenceEquals(items[^1], s.Block)))
            {
                items.Add(s.Source.Block);
            }
        }

        return items;
    }

    // "**Remaining: 28 tasks**": a key of the lexicon section count.open and a count, closing the section whose open
    // task boxes it counts (the outermost section it is the last statement of). Every item there must be a task box.
    private static CountOfItems? OpenCount(ReportModel model, ModelStatement statement)
    {
        if (statement.Kind is not (StatementKind.KeyValueLine or StatementKind.Sentence) || statement.Values[0] is not { } value || !model.IsCount(value, statement))
        {
            return null;
        }

        ReadOnlySpan<char> prose = statement.Prose.Chars;
        int colon = prose.IndexOf(':');
        if (colon <= 0 || value.Span.Start - statement.Span.Start < colon)
        {
            return null;
        }

        if (!IsOpenCountKey(model, prose[..colon]))
        {
            return null;
        }

        ModelStatement? next = StatementAfter(model, statement);
        ModelSection? scope = null;
        foreach (ModelSection section in model.EnclosingSections(statement.Span.Start))
        {
            if (next is not null && section.Span.Contains(next.Span))
            {
                break;
            }

            scope = section;
        }

        if (scope is null)
        {
            return null;
        }

        // The boxes another such line closes above it, in the same scope, are its, not this one's: "Remaining: 2
        // tasks" after Phase 4 and "Remaining: 2 tasks" at the end of the report under its title each count their own.
        int from = scope.Span.Start;
        for (int i = statement.Index - 1; i >= 0 && model.Statements[i].Span.Start >= scope.Span.Start; i--)
        {
            ModelStatement above = model.Statements[i];
            if (above.Kind is StatementKind.KeyValueLine or StatementKind.Sentence && above.Prose.Chars.IndexOf(':') is int at and > 0 &&
                IsOpenCountKey(model, above.Prose.Chars[..at]))
            {
                from = above.Span.End;
                break;
            }
        }

        var names = new List<DisplayText>();
        var spans = new List<TextSpan>();
        int boxes = 0;
        foreach (ModelItem item in model.ItemsUnder(scope))
        {
            if (item.Span.Start >= statement.Span.Start)
            {
                break;
            }

            if (item.Span.Start < from)
            {
                continue;
            }

            ReadOnlySpan<char> mark = model.Document.GetText(item.MarkSpan);
            if (mark.Length < 3 || mark[0] != '[')
            {
                return null;
            }

            boxes++;
            if (item.Status != StatusKind.Met)
            {
                names.Add(item.Title);
                spans.Add(item.Span);
            }
        }

        if (boxes < 2)
        {
            return null;
        }

        int first = spans.Count == 0 ? statement.Line : model.Document.Text.GetLinePosition(spans[0].Start).Line;
        int last = spans.Count == 0 ? statement.Line : model.Document.Text.GetLinePosition(spans[^1].Start).Line;
        return new CountOfItems(CountScope.Open, value, value.Number, statement, names, spans, first, last, isExhaustive: true);
    }

    private static bool IsOpenCountKey(ReportModel model, ReadOnlySpan<char> key) =>
        model.Document.Lexicon.Contains(new LexiconSection("count.open"), TextFolding.Fold(key).Trim(' ', '*', '_'));

    private static ModelStatement? StatementAfter(ReportModel model, ModelStatement statement) =>
        statement.Index + 1 < model.Statements.Count ? model.Statements[statement.Index + 1] : null;
}
