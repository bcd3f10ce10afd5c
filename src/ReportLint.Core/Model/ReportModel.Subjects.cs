using Markdig.Syntax;
using ReportLint.Syntax;
using ReportLint.Text;

namespace ReportLint.Model;

public sealed partial class ReportModel
{
    private SiblingCounts? _siblingCounts;

    // The subject scope of a fact about the whole report, under no lead item.
    private static readonly string WholeReportScope = ScopeKey(null, null);

    /// <summary>A subject scope as a key: the section's start ("-" for the whole report), "@", the lead item's start ("-" for none).</summary>
    internal static string ScopeKey(ModelSection? section, ListItemBlock? lead) => ScopeKey(section, lead?.Span.Start ?? -1);

    /// <summary>A subject scope as a key: the section's start ("-" for the whole report), "@", the lead's start ("-" for none).</summary>
    internal static string ScopeKey(ModelSection? section, int lead) =>
        (section is null ? "-" : section.Span.Start.ToString(System.Globalization.CultureInfo.InvariantCulture)) + "@" +
        (lead < 0 ? "-" : lead.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>
    /// Whether two statements stand under two different lead-ins ("Board Operations:" and "Stats Operations:" over the
    /// same metric): two subjects. A statement under no lead-in may restate one under a lead-in.
    /// </summary>
    internal static bool UnderOtherLeadIns(ModelStatement a, ModelStatement b)
    {
        int x = a.LeadIn;
        if (x < 0)
        {
            return false;
        }

        int y = b.LeadIn;
        return y >= 0 && x != y;
    }

    // How many lines above a line of code its lead-in may stand.
    private const int LeadInReach = 40;

    /// <summary>
    /// The start of the lead-in a line of code or of a dashboard stands under, or -1: the nearest line above it in its
    /// block that ends with a colon and holds no figure ("Board Operations:" over "- p95 Latency: 385ms"), with no blank
    /// line between. In the output of a check or a dashboard such lines name what the lines under them measure: the same
    /// metric under "Board Operations:" and under "Stats Operations:" is two measures. (A list's lead-in paragraph,
    /// "Summary:" over "Détails :", may name views of one subject, and gives no scope.)
    /// </summary>
    internal int LeadInOf(ModelStatement statement)
    {
        Block block = statement.Block;
        if (statement.Kind is not (StatementKind.CodeLine or StatementKind.DashboardLine))
        {
            return -1;
        }

        TextSpan code = Document.GetSpan(block);
        int line = Document.Text.GetLinePosition(statement.Span.Start).Line;
        int first = Document.Text.GetLinePosition(code.Start).Line;
        for (int l = line - 1; l > first && l >= line - LeadInReach; l--)
        {
            TextSpan span = Document.Text.GetLineSpan(l);
            ReadOnlySpan<char> text = Document.GetText(span);
            if (text.IsWhiteSpace())
            {
                return -1;
            }

            if (IsLeadIn(text))
            {
                return span.Start;
            }
        }

        return -1;
    }

    // A line that leads in what follows: a short name ending with a colon, with no figure ("Board Operations:", "**Client:**").
    private static bool IsLeadIn(ReadOnlySpan<char> text)
    {
        text = text.Trim(" \t\r\n*_#>");
        if (!text.EndsWith(':') || text.Length < 2 || text.Length > 60)
        {
            return false;
        }

        foreach (char c in text)
        {
            if (char.IsDigit(c))
            {
                return false;
            }
        }

        return text[..^1].IndexOf(':') < 0;
    }

    /// <summary>
    /// What a named fact is about beyond its metric, as a key: two facts of one metric are of the same subject only
    /// when their keys are equal. A report-wide metric (coverage, security score) is about the whole report unless the
    /// report repeats it section by section, under sibling headings (one "Coverage:" per module): there each section
    /// is its own subject. Any other metric is about its section. A sub-item is about the item it stands under
    /// ("1. <c>registrations/route.ts</c>" › "SQL join: 4 tables"), so sub-items of two leads are two subjects.
    /// </summary>
    internal string SubjectScopeOf(Fact fact)
    {
        if (fact.Scope is { } kept)
        {
            return kept;
        }

        ModelSection? section = fact.Section;
        string metric = fact.Metric ?? string.Empty;
        bool wide = IsReportWide(metric) && !RepeatedUnderSiblings(metric, section);
        ModelSection? own = wide ? null : section;
        string scope = MarkdownSyntax.ParentItemOf(fact.Statement.Block) is { } lead
            ? ScopeKey(own, lead)
            // Under no lead item the scope is the section's or the report's, one string each.
            : own is null ? WholeReportScope : own.Scope;
        // Kept by the fact (a named fact, the only kind compared by subject), the same string whichever thread writes it.
        fact.Scope = scope;
        return scope;
    }

    // Whether a metric is stated in three or more sibling sections (one per module): two sections (a summary and a
    // validation, a dashboard and a conclusion) may still both speak of the whole report.
    private bool RepeatedUnderSiblings(string metric, ModelSection? section)
    {
        if (section is null || !IsReportWide(metric))
        {
            return false;
        }

        SiblingCounts counts = Volatile.Read(ref _siblingCounts) ?? Once(ref _siblingCounts, CountSiblings);
        return counts.Metrics.TryGetValue(metric, out int id) && counts.IsRepeated(SiblingCounts.Key(id, section.SiblingGroup));
    }

    // For each metric and group of sibling sections (same parent, same level), whether it is stated in three or more
    // of them: keyed by the metric's number and the group's in one number, so no string is made of the two. Only the
    // metrics of the whole report are counted: no other is asked about (a set of groups per metric of a large report
    // was most of it). The keys are gathered in a buffer of the thread's, sorted and counted by runs: only the
    // repeated ones are kept, where a dictionary of every key's count grew to a fifth of a megabyte at 1 MB.
    private SiblingCounts CountSiblings()
    {
        var counts = new SiblingCounts();
        // The metrics seen in the current section. A fact's section is the innermost one, which runs from its heading
        // to the next heading of any level, and the facts come in document order: a section's facts come together, so
        // one set, emptied when the section changes, holds what each section has seen.
        var metrics = new HashSet<string>(StringComparer.Ordinal);
        IReadOnlyList<Fact> facts = MetricFacts;
        long[] keys = t_siblingKeys is { } kept && kept.Length >= facts.Count ? kept : new long[Math.Max(facts.Count, 64)];
        int count = 0;
        ModelSection? current = null;
        foreach (Fact fact in facts)
        {
            if (fact.Metric is not { } metric || fact.Section is not { } section || !IsReportWide(metric))
            {
                continue;
            }

            if (!ReferenceEquals(section, current))
            {
                current = section;
                metrics.Clear();
            }

            if (!metrics.Add(metric))
            {
                continue;
            }

            if (!counts.Metrics.TryGetValue(metric, out int id))
            {
                counts.Metrics.Add(metric, id = counts.Metrics.Count);
            }

            keys[count++] = SiblingCounts.Key(id, section.SiblingGroup);
        }

        // Kept for the next part unless large (one of a huge page linted whole).
        t_siblingKeys = keys.Length <= 4096 ? keys : t_siblingKeys;
        Array.Sort(keys, 0, count);
        List<long>? repeated = null;
        for (int i = 0; i < count;)
        {
            int end = i + 1;
            while (end < count && keys[end] == keys[i])
            {
                end++;
            }

            if (end - i >= 3)
            {
                (repeated ??= []).Add(keys[i]);
            }

            i = end;
        }

        // Sorted, as the runs were.
        counts.Repeated = repeated?.ToArray() ?? [];
        return counts;
    }

    [ThreadStatic]
    private static long[]? t_siblingKeys;

    // The metrics of the whole report by number, and the keys of metric and group stated in three or more sections.
    private sealed class SiblingCounts
    {
        public Dictionary<string, int> Metrics { get; } = new(StringComparer.Ordinal);

        public long[] Repeated { get; set; } = [];

        public static long Key(int metric, int group) => ((long)metric << 32) | (uint)group;

        public bool IsRepeated(long key) => Array.BinarySearch(Repeated, key) >= 0;
    }
}
