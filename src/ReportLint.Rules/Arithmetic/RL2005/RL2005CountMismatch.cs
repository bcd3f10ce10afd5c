using System.Collections.Immutable;
using System.Globalization;
using ReportLint.Analysis;
using ReportLint.Checks;
using ReportLint.Claims;
using ReportLint.Diagnostics;
using ReportLint.Lexicons;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Arithmetic;

/// <summary>
/// RL2005: a count of things differs from the items the report gives for it: "4 tables (a + b + c + d + e)" names
/// five, "**Mobile** (6 profiles):" lists seven, "**Remaining: 28 tasks**" closes a section with 34 open task boxes.
/// More items than the count is always wrong; fewer only when the items are all of them (a fraction "5/5 tests", the
/// open boxes of a section), since "13 receivers (Slack, Email)" may name kinds, not each one. A count of files over a
/// tree drawn in the code block after it ("### Views (8 Blade files)") is compared with the tree's files, and a summary
/// key line ("**Files Modified**: 20+") with the one inventory section that lists those things ("## Files Changed Summary").
/// </summary>
public sealed partial class RL2005CountMismatch : ReportAnalyzer
{
    private const int MaxNamesInMessage = 6;

    /// <summary>The rule; each of its checks below has its own descriptor, message and section of the rule's page.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        "RL2005", "count-mismatch", "A count differs from the items listed with it",
        "A count differs from the items listed with it",
        RuleCategory.Arithmetic, Severity.Warning,
        "A count that its own list contradicts ('4 tables' naming five) tells readers the scope is other than it is; one of the two is wrong.");

    /// <summary>A count against the items named in brackets right after it.</summary>
    public static readonly RuleDescriptor Named = Rule.ForCheck("named",
        "A count against the items named beside it", "'{0}' but {1} are named: {2}");

    /// <summary>A count in a lead-in against the items listed under it.</summary>
    public static readonly RuleDescriptor Listed = Rule.ForCheck("listed",
        "A count against the items listed under it", "'{0}' but {1} items are listed under it (lines {2}): {3}");

    /// <summary>A count against the sum of the counts its items give.</summary>
    public static readonly RuleDescriptor ListedCounts = Rule.ForCheck("listed-counts",
        "A count against the sum of the counts listed under it", "'{0}' but the parts under it count {1} = {2} (lines {3})");

    /// <summary>A count against the items of the inventory section it counts.</summary>
    public static readonly RuleDescriptor Inventory = Rule.ForCheck("inventory",
        "A count against the section that lists its items", "'{0}' but the section '{1}' (lines {2}) lists {3}: {4}");

    /// <summary>A count of files against the tree drawn under it.</summary>
    public static readonly RuleDescriptor Tree = Rule.ForCheck("tree",
        "A count of files against the tree under it", "'{0}' but the {1} under it (lines {2}) lists {3} files: {4}");

    /// <summary>A count of remaining tasks against the open task boxes above it.</summary>
    public static readonly RuleDescriptor OpenTasks = Rule.ForCheck("open-tasks",
        "A count of remaining tasks against the open boxes above it", "'{0}' but the section above lists {1} open task{2}, not {3}{4}");

    /// <summary>A category's count against the column of the report's tables that counts it.</summary>
    public static readonly RuleDescriptor CategoryColumn = Rule.ForCheck("category-column",
        "A category's count against the table column that counts it", "'{0}' but the {1} column of the table{2} at line{3} {4} adds up to {5}: {6}");

    /// <summary>A category's count against the rows of the report's tables marked with it.</summary>
    public static readonly RuleDescriptor CategoryRows = Rule.ForCheck("category-rows",
        "A category's count against the table rows marked with it", "'{0}' but {1} table rows are marked '{2}' (lines {3})");

    /// <inheritdoc />
    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [Rule, Named, Listed, ListedCounts, Inventory, Tree, OpenTasks, CategoryColumn, CategoryRows];

    /// <inheritdoc />
    public override DocumentScope Scope => DocumentScope.StatusReports;

    /// <inheritdoc />
    public override RuleNeeds Needs { get; } = (RuleNeeds.Character("(") & RuleNeeds.Phrase(new LexiconSection("count.noun"))) |
        (RuleNeeds.Phrase(new LexiconSection("count.open")) & RuleNeeds.When("a list item opening with '['", AnyBracketItem)) |
        RuleNeeds.Phrase(new LexiconSection("count.file-noun")) | (RuleNeeds.Phrase(new LexiconSection("count.noun")) & RuleNeeds.Character(":")) |
        RuleNeeds.When("a count alone in brackets, a colon, then names", AnyLabelCount) | (RuleNeeds.Character(":") & RuleNeeds.Character("|")) |
        (RuleNeeds.HeadingWithBracketedNumber & (RuleNeeds.Text("```") | RuleNeeds.Text("~~~")));

    // "**Molecules (16):** Provider Badge, Install Card, …" names what it counts after its colon, whatever it counts: a
    // word, a bracket that holds only digits, a colon (emphasis between them allowed), then a line of names (two commas
    // at least) on the same line or as the list item on the next.
    // How far the run test looks for a line of names after a label's colon, in characters: enough for the first two
    // names of any line, and a bounded look at each colon of a page.
    private const int MaxNamesLine = 512;

    private static bool AnyLabelCount(ReportDocument document)
    {
        // The three ways a bracket closes before the colon ("(16):", "(16)**:", "(3) :"), each found by a vectorised
        // search: most pages close many brackets, few before a colon.
        ReadOnlySpan<char> text = document.Text.Text;
        return Closes(text, "):".AsSpan()) || Closes(text, ")*".AsSpan()) || Closes(text, ") :".AsSpan());

        static bool Closes(ReadOnlySpan<char> text, ReadOnlySpan<char> needle)
        {
            for (int close = text.IndexOf(needle); close >= 0;)
            {
                if (LabelCountAt(text, close))
                {
                    return true;
                }

                int next = text[(close + 1)..].IndexOf(needle);
                close = next < 0 ? -1 : close + 1 + next;
            }

            return false;
        }
    }

    // A word, digits alone in brackets closing at close, then a colon and names.
    private static bool LabelCountAt(ReadOnlySpan<char> text, int close)
    {
        int open = close - 1;
        while (open >= 0 && char.IsAsciiDigit(text[open]))
        {
            open--;
        }

        int before = open - 1;
        while (before >= 0 && text[before] is ' ' or '*' or '_')
        {
            before--;
        }

        if (open == close - 1 || open <= 0 || text[open] != '(' || before < 0 || !char.IsLetter(text[before]))
        {
            return false;
        }

        int i = close + 1;
        while (i < text.Length && text[i] is '*' or '_' or ' ')
        {
            i++;
        }

        return i < text.Length && text[i] == ':' && NamesAfter(text[(i + 1)..]);

        // Two commas on the rest of the line, or, when the line ends there, on the next line, a list item. Only the
        // first MaxNamesLine characters of a line are looked at: two names stand well within them.
        static bool NamesAfter(ReadOnlySpan<char> rest)
        {
            ReadOnlySpan<char> line = LineOf(rest);
            if (line.Trim(" *_\r".AsSpan()).IsEmpty && line.Length < rest.Length)
            {
                rest = rest[(line.Length + 1)..].TrimStart(" \t".AsSpan());
                if (rest.IsEmpty || rest[0] is not ('-' or '*' or '+'))
                {
                    return false;
                }

                line = LineOf(rest);
            }

            int first = line.IndexOf(',');
            return first >= 0 && line[(first + 1)..].IndexOf(',') >= 0;
        }

        static ReadOnlySpan<char> LineOf(ReadOnlySpan<char> rest)
        {
            ReadOnlySpan<char> window = rest.Length > MaxNamesLine ? rest[..MaxNamesLine] : rest;
            int end = window.IndexOf('\n');
            return end < 0 ? window : window[..end];
        }
    }

    // "Remaining: 3 tasks" is checked against the boxes above it ("- [ ] …"); a document without a list item that
    // opens with a bracket has none ("remaining" and "left" are in most pages).
    private static bool AnyBracketItem(ReportDocument document)
    {
        ReadOnlySpan<char> text = document.Text.Text;
        for (int line = 0; line < text.Length;)
        {
            int end = text[line..].IndexOf('\n') is int n and >= 0 ? line + n : text.Length;
            ReadOnlySpan<char> rest = text[line..end].TrimStart(" \t>");
            int marker = 0;
            if (rest.Length > 0 && rest[0] is '-' or '*' or '+')
            {
                marker = 1;
            }
            else
            {
                while (marker < rest.Length && char.IsAsciiDigit(rest[marker]))
                {
                    marker++;
                }

                marker = marker > 0 && marker < rest.Length && rest[marker] is '.' or ')' ? marker + 1 : 0;
            }

            if (marker > 0 && rest[marker..].TrimStart(" \t") is ['[', ..])
            {
                return true;
            }

            line = end + 1;
        }

        return false;
    }

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        ReportModel model = ReportModel.Of(context.Document);
        var reported = new HashSet<int>();
        Breakdowns.Run(context, model, reported);
        Counts.Run(context, model, reported);
        ReportCategoryCounts(context, model);
    }

    // A count over items that each give their own count of it is their sum, not their number: "### Opérations (298
    // tests)" over "(81 tests)", "(70 tests)", "(67 tests)" and "(~48 tests)" counts 266. "20+" is only short when the sum
    // is below it, and a part given as about ("~48") leaves a tenth of the count to spare.
    private static readonly AggregateCheck<ListedParts> Breakdowns = new(
        RuleNeeds.Character("("),
        static model => ListedPartFacts.Of(model).Where(static b => b.Lead.Stance == FactStance.None),
        static breakdown => new AggregateReading(breakdown.Lead.Count, breakdown.Lead.Stated, breakdown.Sum,
            tolerance: breakdown.Approximate && !breakdown.Lead.Count.IsLowerBound ? Math.Max(1, breakdown.Lead.Stated / 10) : 0),
        static (breakdown, _) => new AggregateReport(ListedCounts, breakdown.Parts.Take(16).Select(static p => p.Span).ToArray(),
        [
            breakdown.Lead.Phrase,
            string.Join(" + ", breakdown.Parts.Select(static p => (p.IsApproximate ? "~" : string.Empty) + p.Number.ToString("0", CultureInfo.InvariantCulture))),
            breakdown.Sum.ToString("0", CultureInfo.InvariantCulture),
            Lines(breakdown.Lead),
        ]));

    // A count against the number of items the report gives for it. More items than the count is always wrong; fewer
    // only when the items are all of them (IsExhaustive). An exact count over a shorter inventory may count what the
    // section only samples ("Bug fixes: 12" over the highlights), and "20+" claims at least as many as it lists, a
    // curated list falling one short. A breakdown (above) is never checked by its number of items.
    private static readonly AggregateCheck<CountOfItems> Counts = new(
        RuleNeeds.Character("(") | RuleNeeds.Character(":") | RuleNeeds.Phrase(new LexiconSection("count.file-noun")),
        static model => CountsOutsideBreakdowns(model),
        static count => new AggregateReading(count.Count, count.Stated, count.Items,
            partsAreFloor: !count.IsExhaustive || (count.Scope == CountScope.Inventory && !count.Count.IsLowerBound),
            tolerance: count.Count.IsLowerBound ? 1 : 0),
        static (count, _) => Report(count));

    private static IEnumerable<CountOfItems> CountsOutsideBreakdowns(ReportModel model)
    {
        IReadOnlyList<ListedParts> breakdowns = ListedPartFacts.Of(model);
        var leads = new HashSet<int>();
        foreach (ListedParts breakdown in breakdowns)
        {
            leads.Add(breakdown.Lead.Count.Span.Start);
        }

        foreach (CountOfItems count in ItemCountFacts.Of(model).Concat(TreeFileFacts.Of(model)).Concat(InventoryCountFacts.Of(model)).Concat(LetteredPartFacts.Of(model))
                     .Concat(SiblingCountFacts.Of(model)))
        {
            // One reading of a count: the first (the items beside or under it) before an inventory elsewhere.
            if (count.Stance == FactStance.None && leads.Add(count.Count.Span.Start))
            {
                yield return count;
            }
        }
    }

    private static AggregateReport Report(CountOfItems count)
    {
        string stated = count.Stated.ToString("0", CultureInfo.InvariantCulture);
        string lines = Lines(count);
        (RuleDescriptor check, object?[] arguments) = count.Scope switch
        {
            CountScope.Named => (Named, [count.Phrase, count.Items, Names(count)]),
            CountScope.Listed => (Listed, [count.Phrase, count.Items, lines, Names(count)]),
            CountScope.Inventory => (Inventory, [count.Phrase, count.Inventory!.Title, lines, count.Items, Names(count)]),
            CountScope.Tree => (Tree, [count.Phrase, count.IsFlatListing ? "listing" : "tree", lines, count.Items, Names(count)]),
            _ => (OpenTasks, new object?[]
            {
                count.Phrase, count.Items, count.Items == 1 ? "" : "s", stated,
                count.Items == 0 ? string.Empty : $" (lines {lines}): {Names(count)}",
            }),
        };
        return new AggregateReport(check, count.Spans.Take(16).ToArray(), arguments);
    }

    private static string Lines(CountOfItems count) => count.FirstLine == count.LastLine
        ? count.FirstLine.ToString(CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{count.FirstLine}–{count.LastLine}");

    private static string Names(CountOfItems count)
    {
        IEnumerable<string> names = count.Names.Take(MaxNamesInMessage).Select(n => n.Truncate(40).ToString());
        return string.Join(", ", names) + (count.Items > MaxNamesInMessage ? ", …" : string.Empty);
    }
}
