using System.Text;
using Markdig.Syntax;
using ReportLint.Analysis;
using ReportLint.Lexicons;
using ReportLint.Text;

namespace ReportLint.Claims;

/// <summary>
/// "Security Score: 95/100 (target: &gt; 90)": a metric named by a key (folded, stop words dropped, synonyms of the
/// lexicons' <c>metric.*</c> sections mapped to one name), its value, its target and its line's status.
/// </summary>
internal sealed record MetricClaim(string Key, string Name, TextSpan Span, int Line, Quantity? Value, TargetClaim[] StatementTargets, StatusKind Status,
    string ValueText, Section? Section)
{
    /// <summary>The target its statement states, when it states one only (the statement's own array is kept, not a copy).</summary>
    public TargetClaim? Target => StatementTargets is [var only] ? only : null;

    /// <summary>The word right after the value, read through mojibake ("-30 points" gives "points"), or empty.</summary>
    public string ValueNoun { get; init; } = string.Empty;
}

/// <summary>The metric claims of a document: <c>name: value</c> statements (list items, lines, claim lines of code) in order.</summary>
internal sealed class MetricClaims
{
    private MetricClaims(IReadOnlyList<MetricClaim> all, int sections)
    {
        All = all;
        _periods = new PeriodPath?[sections];
    }

    /// <summary>Every claim, in document order.</summary>
    public IReadOnlyList<MetricClaim> All { get; }

    /// <summary>The shared claims of a document.</summary>
    public static MetricClaims Of(ReportDocument document) => document.GetModel(Build);

    /// <summary>
    /// Whether two claims are about the same moment: not under headings of different periods ("Week 1" and
    /// "Week 4" give progress, not contradictions).
    /// </summary>
    public static bool SameMoment(ReportDocument document, MetricClaim a, MetricClaim b)
    {
        MetricClaims model = Of(document);
        PeriodPath pa = model.PathOf(document, a), pb = model.PathOf(document, b);
        for (int i = 0; i < pa.Levels.Length; i++)
        {
            if (pb.At(pa.Levels[i]) is { } other && other != pa.Headings[i])
            {
                return false;
            }
        }

        return true;
    }

    // The period path of each section of the outline, by index, made when first asked. Read without a lock: rules ask
    // for the periods of a claim tens of thousands of times in a large report. Two threads may make a section's path
    // at once; the first published is kept.
    private readonly PeriodPath?[] _periods;

    /// <summary>
    /// The period headings above a claim, by heading level ("Week 4" at level 2): different moments only when, at
    /// some level, both claims stand under a period heading and the two differ. Computed once per section.
    /// </summary>
    public IReadOnlyDictionary<int, string> PeriodsOf(ReportDocument document, MetricClaim claim) => PathOf(document, claim).Periods();

    private PeriodPath PathOf(ReportDocument document, MetricClaim claim) => claim.Section is { } section ? PathOf(document, section) : PeriodPath.None;

    // A section's path is its parent's, with its own heading at its level when the heading names a period: sections
    // under the same periods share one path (and its keys), and each heading is folded once.
    private PeriodPath PathOf(ReportDocument document, Section section)
    {
        if (Volatile.Read(ref _periods[section.Index]) is { } cached)
        {
            return cached;
        }

        PeriodPath path = section.Parent is { } parent ? PathOf(document, parent) : PeriodPath.None;
        // The outline's fold of the heading, unless mojibake in it is read through (then folded again, repaired).
        string heading = DocumentMojibake.Of(document).AnyWithin(section.ContentSpan) ? Readable.FoldText(document, section.ContentSpan) : section.Folded;
        if (PhraseMatcher.ContainsAny(heading, document.Lexicon, LexiconSections.Period))
        {
            // The innermost heading of a level is the period at that level.
            path = path.With(section.Level, heading);
        }

        return Interlocked.CompareExchange(ref _periods[section.Index], path, null) ?? path;
    }

    /// <summary>A stable text of a claim's period path, for grouping claims of the same moment.</summary>
    public string PeriodKey(ReportDocument document, MetricClaim claim) => PathOf(document, claim).Key;

    /// <summary>
    /// The period keys of the earlier moments a claim can be compared with: every subset of its own period path
    /// (a claim under "Phase 2 › Week 3" compares with claims under "Phase 2", under "Week 3", or under no period).
    /// Computed once per section.
    /// </summary>
    public IEnumerable<string> CompatiblePeriodKeys(ReportDocument document, MetricClaim claim) => PathOf(document, claim).CompatibleKeys;

    /// <summary>The period headings above a section, with what rules compare and group claims by, each made once.</summary>
    private sealed class PeriodPath
    {
        public static readonly PeriodPath None = new([], []);

        private string[]? _compatibleKeys;
        private string? _key;

        // The levels in order and the heading at each: two arrays, not a dictionary per path (a path per section under
        // a period heading, of a few levels at most).
        private PeriodPath(int[] levels, string[] headings)
        {
            Levels = levels;
            Headings = headings;
        }

        /// <summary>The heading levels of the path, in order, and the heading at each.</summary>
        public int[] Levels { get; }

        public string[] Headings { get; }

        // Made when first asked: the rules group by the compatible keys, not this one (a string per period heading).
        public string Key => _key ??= MetricClaims.Key(Levels, Headings, Levels.Length, -1);

        public string[] CompatibleKeys => _compatibleKeys ??= MakeCompatibleKeys();

        /// <summary>The heading at a level, or null.</summary>
        public string? At(int level)
        {
            for (int i = 0; i < Levels.Length; i++)
            {
                if (Levels[i] == level)
                {
                    return Headings[i];
                }
            }

            return null;
        }

        /// <summary>The headings by level, made for the caller.</summary>
        public Dictionary<int, string> Periods()
        {
            var periods = new Dictionary<int, string>(Levels.Length);
            for (int i = 0; i < Levels.Length; i++)
            {
                periods[Levels[i]] = Headings[i];
            }

            return periods;
        }

        /// <summary>This path with a heading at a level: the innermost heading of a level is the period at that level.</summary>
        public PeriodPath With(int level, string heading)
        {
            int n = Levels.Length;
            int at = 0;
            while (at < n && Levels[at] < level)
            {
                at++;
            }

            int after = at < n && Levels[at] == level ? at + 1 : at;
            int length = at + 1 + (n - after);
            int[] levels = new int[length];
            string[] headings = new string[length];
            Array.Copy(Levels, levels, at);
            Array.Copy(Headings, headings, at);
            levels[at] = level;
            headings[at] = heading;
            Array.Copy(Levels, after, levels, at + 1, n - after);
            Array.Copy(Headings, after, headings, at + 1, n - after);
            return new PeriodPath(levels, headings);
        }

        private string[] MakeCompatibleKeys()
        {
            int count = Math.Min(Levels.Length, 6);
            string[] keys = new string[1 << count];
            for (int mask = 0; mask < keys.Length; mask++)
            {
                keys[mask] = MetricClaims.Key(Levels, Headings, count, mask);
            }

            return keys;
        }
    }

    // "level:heading" of the levels kept, joined by '|': the first count levels only where their bit of mask is set.
    private static string Key(int[] levels, string[] headings, int count, int mask)
    {
        if (levels.Length == 0)
        {
            return string.Empty;
        }

        // One builder per thread, reused: a path has up to 64 compatible keys.
        StringBuilder key = t_key ?? new StringBuilder();
        t_key = null;
        key.Clear();
        for (int i = 0; i < levels.Length; i++)
        {
            if (i >= count || (mask & (1 << i)) != 0)
            {
                key.Append(key.Length > 0 ? "|" : "").Append(levels[i]).Append(':').Append(headings[i]);
            }
        }

        string made = key.ToString();
        t_key = key.Capacity <= 1024 ? key : null;
        return made;
    }

    [ThreadStatic]
    private static StringBuilder? t_key;

    /// <summary>
    /// Whether the document reads as a status report: at least three statements (items, rows, claim lines) carry a
    /// status mark; a part of a file analysed in parts, also when the file's first part does.
    /// </summary>
    public static bool IsStatusReport(ReportDocument document) =>
        document.MarkedStatusReport || document.GetModel(d => new StatusSignal(CountMarked(d))).Marked >= 3;

    private sealed record StatusSignal(int Marked);

    private static int CountMarked(ReportDocument document)
    {
        int marked = 0;
        Triggers triggers = Triggers.Of(document);
        if (document.Triage && !triggers.AnyStatusSymbol())
        {
            return 0;
        }
        foreach (Statement statement in Statements.Of(document).All)
        {
            if (!triggers.MayHoldStatusSymbol(statement.Span))
            {
                continue;
            }

            if (StatusScanner.SummarizeSymbols(statement.Marks(document)) != StatusKind.None && ++marked >= 3)
            {
                break;
            }
        }

        return marked;
    }

    private static MetricClaims Build(ReportDocument document)
    {
        // Both lists kept per thread (taken while in use): the claims are copied out at their number, not kept in a
        // list grown to it.
        List<MetricClaim> claims = t_claims ?? [];
        List<Quantity> quantities = t_quantities ?? [];
        t_claims = null;
        t_quantities = null;
        claims.Clear();
        DocumentOutline outline = DocumentOutline.Of(document);
        foreach (Statement statement in Statements.Of(document).All)
        {
            // Items, rows, claim lines of code, or a one-line labelled statement; never a sentence of running prose.
            bool item = statement.InCode || statement.Block.Parent is ListItemBlock || statement.Block.Parent is Markdig.Extensions.Tables.TableCell;
            bool oneLine = document.Text.GetLinePosition(statement.Span.Start).Line == document.Text.GetLinePosition(statement.Span.End).Line;
            if (statement.Block is HeadingBlock || (!item && !oneLine))
            {
                continue;
            }

            // A key line has a colon or a " - " (IndexOfSeparator); folding makes neither character of any other, so a
            // statement whose prose holds neither is not folded to look.
            if (statement.Prose.Chars.IndexOfAny(':', '-') < 0)
            {
                continue;
            }

            FoldedText folded = statement.Folded(document);
            ReadOnlySpan<char> text = folded.Chars;
            int colon = IndexOfSeparator(text);
            if (colon <= 0)
            {
                continue;
            }

            string name = NameBefore(text.Slice(0, colon));
            string key = Key(document.Lexicon, name);
            int nameStart = text.Slice(0, colon + 1).LastIndexOf(name.AsSpan());
            if (key.Length < 3 || key.Length > 40 || name.AsSpan().Count(' ') > 4)
            {
                continue;
            }

            // "Elements with `tabindex`: 2" and "Elements with `@keyup.enter`: 1": the fold blanks code, and the code in
            // a label names what it counts; two labels that differ only there name two things.
            int labelEnd = folded.StartOf(colon);
            string? code = labelEnd > statement.Span.Start ? CodeIn(document.GetText(TextSpan.FromBounds(statement.Span.Start, labelEnd))) : null;
            if (code is not null)
            {
                key = StringPool.Get(string.Concat(key, " `", code, "`"));
            }

            int valueStart = folded.StartOf(colon + 1) - statement.Span.Start;
            quantities.Clear();
            if (!OpensWithCodeName(document.GetText(TextSpan.FromBounds(statement.Span.Start + Math.Clamp(valueStart, 0, statement.Span.Length), statement.Span.End))))
            {
                QuantityScanner.Scan(statement.Prose.Chars.Slice(Math.Clamp(valueStart, 0, statement.Prose.Length)), statement.Span.Start + Math.Max(0, valueStart), document.Lexicon, quantities);
            }

            TargetClaim[] targets = statement.TargetArray(document);
            TargetClaim? target = targets.Length == 1 ? targets[0] : null;
            Quantity? value = null;
            foreach (Quantity q in quantities)
            {
                if (target is null || !target.Value.Span.Contains(q.Span))
                {
                    value = q;
                    break;
                }
            }

            // Names and values repeat from row to row ("Status", "✅ Done"): pooled.
            string valueText = StringPool.Get(text.Slice(colon + 1).Trim());
            string display = nameStart >= 0 && name.Length > 0
                ? Readable.Text(document, code is null ? folded.ToOriginal(nameStart, nameStart + name.Length) : TextSpan.FromBounds(folded.StartOf(nameStart), labelEnd))
                : name;
            claims.Add(new MetricClaim(key, display, statement.Span, document.Text.GetLinePosition(statement.Span.Start).Line,
                value, targets, StatusScanner.SummarizeSymbols(statement.Marks(document)), valueText, outline.SectionAt(statement.Span.Start))
            {
                ValueNoun = value is { } v ? NounAfter(document, v, statement) : string.Empty,
            });
        }

        MetricClaim[] all = claims.ToArray();
        claims.Clear();
        quantities.Clear();
        t_claims = claims.Capacity <= 4096 ? claims : null;
        t_quantities = quantities.Capacity <= 4096 ? quantities : null;
        return new MetricClaims(all, outline.Sections.Count);
    }

    [ThreadStatic]
    private static List<MetricClaim>? t_claims;

    [ThreadStatic]
    private static List<Quantity>? t_quantities;

    private static string NounAfter(ReportDocument document, Quantity value, Statement statement)
    {
        if (value.Span.End >= statement.Span.End)
        {
            return string.Empty;
        }

        ReadOnlySpan<char> after = Readable.FoldText(document, TextSpan.FromBounds(value.Span.End, statement.Span.End)).AsSpan().TrimStart();
        int end = 0;
        while (end < after.Length && char.IsLetter(after[end]))
        {
            end++;
        }

        return StringPool.Get(after[..end]);
    }

    // "Security Score: 95/100", "Score sécurité : 85/100", "Security Headers - Missing headers": the first colon, or a
    // spaced dash when there is no colon. None when the label before the colon has no word ("`/pkg/hpa`: 05 Nov 2025 -
    // 89.1%", "2024-01-05: …"): a path in code, a link or a date names a subject or a moment, and the dash after it
    // separates no metric's name from its value.
    private static int IndexOfSeparator(ReadOnlySpan<char> text)
    {
        int colon = text.IndexOf(':');
        if (colon >= 0 && !HasLetter(text.Slice(0, colon)))
        {
            return -1;
        }

        int dash = text.IndexOf(" - ".AsSpan());
        if (colon > 0 && (dash < 0 || colon < dash + 40))
        {
            return colon;
        }

        return dash > 0 ? dash + 1 : -1;
    }

    private static bool HasLetter(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    // The contents of the code spans of a label, joined by a space ("Elements with `tabindex`" gives "tabindex"), or
    // null when it holds none.
    private static string? CodeIn(ReadOnlySpan<char> label)
    {
        int open = label.IndexOf('`');
        if (open < 0)
        {
            return null;
        }

        var code = new System.Text.StringBuilder();
        while (open >= 0)
        {
            int close = label[(open + 1)..].IndexOf('`');
            if (close < 0)
            {
                break;
            }

            ReadOnlySpan<char> inside = label.Slice(open + 1, close).Trim();
            if (!inside.IsEmpty)
            {
                code.Append(code.Length > 0 ? " " : string.Empty).Append(inside);
            }

            label = label[(open + close + 2)..];
            open = label.IndexOf('`');
        }

        return code.Length > 0 ? code.ToString() : null;
    }

    // "Feature gate name: `SELinuxMount` (alpha in 1.30, GA in 1.37)": a value that opens with code is the name it
    // gives, and the numbers after it are that name's, not the metric's (a value in code is never read: prose blanks
    // code).
    private static bool OpensWithCodeName(ReadOnlySpan<char> value)
    {
        value = value.TrimStart();
        return !value.IsEmpty && value[0] == '`';
    }

    // The metric's name is the last part of the label: "validate_security.ps1 - score securite" names "score securite".
    private static string NameBefore(ReadOnlySpan<char> label)
    {
        int dash = label.LastIndexOf(" - ".AsSpan());
        ReadOnlySpan<char> name = dash >= 0 ? label[(dash + 3)..] : label;
        int start = 0;
        while (start < name.Length && !char.IsLetterOrDigit(name[start]))
        {
            start++;
        }

        return StringPool.Get(name[start..].Trim());
    }

    /// <summary>The key of a metric name: stop words dropped, synonyms mapped to one name.</summary>
    public static string Key(Lexicon lexicon, string foldedName)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(foldedName);

        // The words (split at spaces and tabs) that are not stop words, joined by one space, built in a buffer: no
        // string is made when that is the name itself, as it mostly is.
        ReadOnlySpan<char> name = foldedName.AsSpan();
        Span<char> joined = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        int length = 0;
        for (int i = 0; i < name.Length;)
        {
            if (name[i] is ' ' or '\t')
            {
                i++;
                continue;
            }

            int start = i;
            while (i < name.Length && name[i] is not (' ' or '\t'))
            {
                i++;
            }

            ReadOnlySpan<char> word = name[start..i];
            if (lexicon.Contains(LexiconSections.Stopword, word))
            {
                continue;
            }

            if (length > 0)
            {
                joined[length++] = ' ';
            }

            word.CopyTo(joined[length..]);
            length += word.Length;
        }

        string key = name.SequenceEqual(joined[..length]) ? foldedName : joined[..length].ToString();
        IReadOnlyDictionary<string, string> synonyms = lexicon.ReverseIndex(LexiconSections.Metric);
        return synonyms.TryGetValue(key, out string? canonical) || synonyms.TryGetValue(foldedName, out canonical) ? canonical : key;
    }
}
