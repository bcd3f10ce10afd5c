using System.Buffers;
using System.Runtime.CompilerServices;
using ReportLint.Claims;
using ReportLint.Collections;
using ReportLint.Lexicons;

namespace ReportLint.Model;

/// <summary>How two or more facts relate.</summary>
public enum RelationKind
{
    /// <summary>A target and the result it bounds.</summary>
    TargetOf,
    /// <summary>The same metric, of the same moment, stated again: later and earlier statements.</summary>
    Restatement,
    /// <summary>A percentage and the fraction beside it ("17/29 (58%)").</summary>
    PercentageOf,
    /// <summary>A change: the value after and the value before it ("61% → 80%").</summary>
    Change,
    /// <summary>An aggregate (a total row) and the parts above it in its column.</summary>
    AggregateOf,
}

/// <summary>A relation between a fact and the facts it is related to.</summary>
public sealed class FactRelation
{
    internal FactRelation(RelationKind kind, Fact fact, IReadOnlyList<Fact> related)
    {
        Kind = kind;
        Fact = fact;
        Related = related;
    }

    /// <summary>The kind of relation.</summary>
    public RelationKind Kind { get; }

    /// <summary>
    /// The fact the relation is about: the target, the later statement, the percentage, the value after a change, the
    /// aggregate.
    /// </summary>
    public Fact Fact { get; }

    /// <summary>
    /// The facts it relates to, in document order: the result, the earlier statements, the fraction, the value before,
    /// the parts.
    /// </summary>
    public IReadOnlyList<Fact> Related { get; }
}

/// <summary>An item a report gives a status to: a list item (a task box counts) or a table body row.</summary>
public sealed class ModelItem
{
    private readonly ReportModel _model;
    // Only the title is kept once made (rules match items by it); the whole text and the mark are for messages, made
    // when read: a report has an item per marked line and row.
    private DisplayText? _title;

    internal ModelItem(ReportModel model, StatusItem item)
    {
        _model = model;
        Item = item;
    }

    internal StatusItem Item { get; }

    /// <summary>Where the item stands.</summary>
    public Text.TextSpan Span => Item.Span;

    /// <summary>Its 1-based line.</summary>
    public int Line => Item.Line;

    /// <summary>Its status.</summary>
    public StatusKind Status => Item.Status;

    /// <summary>The mark or word that gives its status (empty for a status column's word).</summary>
    public Text.TextSpan MarkSpan => Item.MarkSpan;

    /// <summary>What it is about, folded, for matching across the document.</summary>
    public string Label => Item.Label;

    /// <summary>What it is about as written, for messages.</summary>
    public DisplayText Title => _title ??= new(Item.Title);

    /// <summary>Its whole text, for messages.</summary>
    public DisplayText Text => DisplayText.Of(_model.Document, Item.Span);

    /// <summary>Its mark as written, for messages.</summary>
    public DisplayText Mark => DisplayText.Of(_model.Document, Item.MarkSpan);

    /// <summary>Whether it is a task box of a checklist (<c>- [x] Design</c>, <c>- [ ] Rollout</c>).</summary>
    public bool IsTaskBox => MarkText is "[x]" or "[X]" or "[ ]";

    /// <summary>Whether its status is given by a mark (✅ ⏳ [x]) rather than a word.</summary>
    public bool HasSymbolMark
    {
        get
        {
            string mark = MarkText;
            return !MarkSpan.IsEmpty && !(mark.Length > 0 && char.IsLetter(mark[0]));
        }
    }

    // The mark's readable text, without a DisplayText made for it (the strings are pooled): every item is asked
    // whether its mark is a symbol, few for the mark itself.
    private string MarkText => Claims.Readable.Text(_model.Document, Item.MarkSpan);
}

/// <summary>
/// A claim of completion: "90% COMPLETE" or "✅ COMPLÈTE" in a heading (about its section), "Status: ✅ 100%
/// PRODUCTION-READY" before the first section (about the whole report), "Overall Completion: ~85%".
/// </summary>
public sealed class CompletionFact
{
    private readonly ReportModel _model;
    private int _stance = -1;

    internal CompletionFact(ReportModel model, CompletionClaim claim, ModelSection? section)
    {
        _model = model;
        Claim = claim;
        Section = section;
    }

    /// <summary>How its statement holds it: a hoped-for, asked or quoted completion claims nothing.</summary>
    public FactStance Stance => (FactStance)(_stance >= 0 ? _stance : _stance = (int)(_model.StatementAt(Span) is { } s ? s.StanceOf(Span) : FactStance.None));

    internal CompletionClaim Claim { get; }

    /// <summary>Where it stands.</summary>
    public Text.TextSpan Span => Claim.Span;

    /// <summary>Its 1-based line.</summary>
    public int Line => Claim.Line;

    /// <summary>The percentage it claims, or null for a word alone.</summary>
    public decimal? Percent => Claim.Percent;

    /// <summary>Whether its percentage is approximate ("~85%").</summary>
    public bool IsApproximate => Claim.Comparison == Claims.Comparison.Approximately;

    /// <summary>Whether it claims everything is done.</summary>
    public bool ClaimsAll => Claim.ClaimsAll;

    /// <summary>Whether it is an overall figure ("Overall Completion: ~85%").</summary>
    public bool IsOverall => Claim.IsOverall;

    /// <summary>Whether it is about the whole report.</summary>
    public bool AboutReport => Claim.AboutDocument;

    /// <summary>The section it is about (its heading's), or null.</summary>
    public ModelSection? Section { get; }

    /// <summary>Its text, for messages.</summary>
    public DisplayText Text => new(Claim.Text.Trim());
}

/// <summary>A checklist: task boxes that follow one another in one section.</summary>
public sealed class ModelChecklist
{
    internal ModelChecklist(IReadOnlyList<ModelItem> items, ModelSection? section)
    {
        Items = items;
        Section = section;
    }

    /// <summary>Its boxes, in order.</summary>
    public IReadOnlyList<ModelItem> Items { get; }

    /// <summary>The section holding it.</summary>
    public ModelSection? Section { get; }

    /// <summary>How many boxes are checked.</summary>
    public int Checked => Items.Count(i => i.Status == StatusKind.Met);

    /// <summary>How many boxes are not checked.</summary>
    public int Unchecked => Items.Count - Checked;
}

public sealed partial class ReportModel
{
    private ModelItem[]? _items;
    private ModelChecklist[]? _checklists;

    /// <summary>The checklists: runs of task boxes in one section with no other item between, in document order.</summary>
    public IReadOnlyList<ModelChecklist> Checklists => Volatile.Read(ref _checklists) ?? Once(ref _checklists, () =>
    {
        var lists = new List<ModelChecklist>();
        var run = new List<ModelItem>();
        ModelSection? section = null;
        foreach (ModelItem item in Items)
        {
            ModelSection? at = SectionAt(item.Span.Start);
            if (!item.IsTaskBox || !ReferenceEquals(at, section))
            {
                Flush();
            }

            if (item.IsTaskBox)
            {
                section = at;
                run.Add(item);
            }
        }

        Flush();
        return lists.ToArray();

        void Flush()
        {
            if (run.Count > 0)
            {
                lists.Add(new ModelChecklist(run.ToArray(), section));
                run.Clear();
            }
        }
    });
    private CompletionFact[]? _completions;

    /// <summary>Every item with a status (list items, task boxes, table rows), in document order, read through mojibake.</summary>
    public IReadOnlyList<ModelItem> Items => Volatile.Read(ref _items) ?? Once(ref _items, () =>
    {
        IReadOnlyList<StatusItem> all = StatusItems.Of(Document).All;
        var items = new ModelItem[all.Count];
        for (int i = 0; i < items.Length; i++)
        {
            items[i] = new ModelItem(this, all[i]);
        }

        return items;
    });

    /// <summary>Every completion claim, in document order.</summary>
    public IReadOnlyList<CompletionFact> Completions => Volatile.Read(ref _completions) ?? Once(ref _completions, () =>
    {
        IReadOnlyList<CompletionClaim> all = CompletionClaims.Of(Document).All;
        var claims = new CompletionFact[all.Count];
        for (int i = 0; i < claims.Length; i++)
        {
            claims[i] = new CompletionFact(this, all[i], all[i].Section is { } s ? SectionOf(s) : null);
        }

        return claims;
    });

    /// <summary>
    /// The items a completion claim covers, in order: every item of the report for a claim about the report, the
    /// items of its section (its heading left out) for a claim in a heading, none otherwise.
    /// </summary>
    public IReadOnlyList<ModelItem> ItemsCoveredBy(CompletionFact claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        if (claim.AboutReport)
        {
            return Items;
        }

        if (claim.Section is not { } section)
        {
            return [];
        }

        var covered = new List<ModelItem>();
        IReadOnlyList<ModelItem> items = Items;
        foreach (StatusItem item in StatusItems.Of(Document).Within(section.Span))
        {
            if (!section.HeadingSpan.Contains(item.Span))
            {
                covered.Add(ItemAt(items, item));
            }
        }

        return covered;
    }

    private static ModelItem ItemAt(IReadOnlyList<ModelItem> items, StatusItem item)
    {
        int lo = 0, hi = items.Count - 1;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (items[mid].Span.Start < item.Span.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (int i = lo; i < items.Count; i++)
        {
            if (ReferenceEquals(items[i].Item, item))
            {
                return items[i];
            }
        }

        throw new InvalidOperationException("An item of the section is not among the report's items.");
    }

    /// <summary>
    /// The restatements of named metrics: for each fact that <paramref name="where"/> keeps, the earlier facts of the
    /// same metric it can be compared with (same moment, and the same section unless the metric is one of the whole
    /// report). Facts of metrics stated once, or too vague to compare ("tests"), are left out. One representative per
    /// distinct value, status and target is kept for each moment, so this stays linear in the number of facts.
    /// </summary>
    public IEnumerable<FactRelation> Restatements(Func<Fact, bool>? where = null) => RestatementsOf(where, all: true);

    /// <summary>
    /// The <see cref="Restatements"/> that have earlier facts to compare with, in the same order: what a rule comparing
    /// a fact with the earlier ones reads (most facts have none, and no relation is made for them).
    /// </summary>
    public IEnumerable<FactRelation> RestatementsWithEarlier(Func<Fact, bool>? where = null) => RestatementsOf(where, all: false);

    private IEnumerable<FactRelation> RestatementsOf(Func<Fact, bool>? where, bool all)
    {
        IReadOnlyList<Fact> facts = MetricFacts;
        // The facts grouped by metric, groups in the order their metric first comes and facts in document order within
        // each (what GroupBy gave, without a grouping grown per metric): a group number per fact, then the facts
        // placed by group in one array.
        var groupOfMetric = new Dictionary<string, int>(StringComparer.Ordinal);
        var metrics = new List<string>();
        var counts = new List<int>();
        int[] groupOf = ArrayPool<int>.Shared.Rent(Math.Max(1, facts.Count));
        int[] byGroup = ArrayPool<int>.Shared.Rent(Math.Max(1, facts.Count));
        // One set for every group, emptied between them, and given back for the next call once the last is read.
        Representatives representatives = Representatives.Rent(this);
        try
        {
            for (int i = 0; i < facts.Count; i++)
            {
                Fact fact = facts[i];
                groupOf[i] = -1;
                if ((where is null || where(fact)) && fact.Metric is { } metric)
                {
                    if (!groupOfMetric.TryGetValue(metric, out int group))
                    {
                        group = counts.Count;
                        groupOfMetric.Add(metric, group);
                        metrics.Add(metric);
                        counts.Add(0);
                    }

                    groupOf[i] = group;
                    counts[group]++;
                }
            }

            var starts = new int[counts.Count + 1];
            for (int g = 0; g < counts.Count; g++)
            {
                starts[g + 1] = starts[g] + counts[g];
            }

            var next = (int[])starts.Clone();
            for (int i = 0; i < facts.Count; i++)
            {
                if (groupOf[i] >= 0)
                {
                    byGroup[next[groupOf[i]]++] = i;
                }
            }

            for (int g = 0; g < metrics.Count; g++)
            {
                int from = starts[g], to = starts[g + 1];
                if (to - from < 2 || !IsComparable(metrics[g]))
                {
                    continue;
                }

                representatives.Clear();
                for (int k = from; k < to; k++)
                {
                    Fact later = facts[byGroup[k]];
                    // Made at the first comparable fact: most facts have none, and share the empty array.
                    List<Fact>? earlier = null;
                    foreach (Fact candidate in representatives.Candidates(later))
                    {
                        if (Comparable(candidate, later))
                        {
                            (earlier ??= []).Add(candidate);
                        }
                    }

                    if (all || earlier is not null)
                    {
                        yield return new FactRelation(RelationKind.Restatement, later, (IReadOnlyList<Fact>?)earlier ?? Array.Empty<Fact>());
                    }

                    representatives.Remember(later);
                }
            }
        }
        finally
        {
            representatives.Return();
            ArrayPool<int>.Shared.Return(groupOf);
            ArrayPool<int>.Shared.Return(byGroup);
        }
    }

    /// <summary>Whether a metric name is specific enough to compare across statements ("security score", not "tests").</summary>
    internal bool IsComparable(string key) => key.Contains(' ') || IsReportWide(key);

    /// <summary>A metric of the whole report (the lexicons' <c>metric.*</c> sections), compared across sections.</summary>
    internal bool IsReportWide(string key) =>
        ReportWide.GetValue(Document.Lexicon.ReverseIndex(LexiconSections.Metric), static index => new HashSet<string>(((IReadOnlyDictionary<string, string>)index).Values, StringComparer.Ordinal)).Contains(key);

    // The names of the lexicons' metrics, as a set made once per index.
    private static readonly ConditionalWeakTable<object, HashSet<string>> ReportWide = new();

    /// <summary>
    /// Whether two named facts may be compared: same subject (qualifier, and the scope of <see cref="SubjectScopeOf"/>:
    /// same section unless the metric is report-wide, same lead item, not two lead-ins), same moment.
    /// </summary>
    internal bool Comparable(Fact a, Fact b) =>
        a.Claim is not null && b.Claim is not null && a.Qualifier == b.Qualifier && MetricClaims.SameMoment(Document, a.Claim, b.Claim) &&
        InStateBefore(a.Statement) == InStateBefore(b.Statement) &&
        SubjectScopeOf(a) == SubjectScopeOf(b) && !UnderOtherLeadIns(a.Statement, b.Statement);

    /// <summary>
    /// Whether a statement stands under a heading of the state the work started from ("### Before Optimization",
    /// "### Baseline Load Test", "### Avant ce projet": <see cref="ModelSection.IsStateBefore"/>), at any level: what it
    /// states is the past, no other moment's value to compare with.
    /// </summary>
    internal static bool InStateBefore(ModelStatement statement) => InStateBefore(statement.Section);

    /// <summary>Whether a section, or one holding it, is of the state the work started from.</summary>
    internal static bool InStateBefore(ModelSection? section)
    {
        for (ModelSection? s = section; s is not null; s = s.Parent)
        {
            if (s.IsStateBefore)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The relations of one kind found in the report.</summary>
    public IReadOnlyList<FactRelation> Relations(RelationKind kind) => kind switch
    {
        RelationKind.TargetOf => TargetRelations(),
        RelationKind.Restatement => RestatementsWithEarlier().ToArray(),
        RelationKind.PercentageOf => StatementRelations(PercentageOf),
        RelationKind.Change => StatementRelations(ChangeOf),
        RelationKind.AggregateOf => AggregateRelations(),
        _ => [],
    };

    private FactRelation[] TargetRelations()
    {
        var relations = new List<FactRelation>();
        foreach (ModelStatement statement in Statements)
        {
            foreach (Fact fact in statement.Facts)
            {
                if (fact.Role == FactRole.Target && fact.TargetOf is { } result)
                {
                    relations.Add(new FactRelation(RelationKind.TargetOf, fact, [result]));
                }
            }
        }

        return relations.ToArray();
    }

    private FactRelation[] StatementRelations(Action<ModelStatement, List<FactRelation>> find)
    {
        var relations = new List<FactRelation>();
        foreach (ModelStatement statement in Statements)
        {
            if (statement.Values.Count >= 2)
            {
                find(statement, relations);
            }
        }

        return relations.ToArray();
    }

    // "17/29 (58%)", "17/29 = 58%": a percentage right after a ratio, with only brackets, '=' or spaces between.
    private void PercentageOf(ModelStatement statement, List<FactRelation> relations)
    {
        Items<Fact> facts = statement.Facts;
        for (int i = 1; i < facts.Count; i++)
        {
            Fact fraction = facts[i - 1], percent = facts[i];
            if (fraction.Value is { IsRatio: true } && percent.Value is { IsPercentage: true } &&
                OnlyBetween(statement, fraction.Span.End, percent.Span.Start, " (=:*_"))
            {
                relations.Add(new FactRelation(RelationKind.PercentageOf, percent, [fraction]));
            }
        }
    }

    // "61% → 80%", "12 -> 9": two values with only an arrow between, in units that agree.
    private void ChangeOf(ModelStatement statement, List<FactRelation> relations)
    {
        Items<Fact> facts = statement.Facts;
        for (int i = 1; i < facts.Count; i++)
        {
            Fact before = facts[i - 1], after = facts[i];
            if (before.Value is { } a && after.Value is { } b && Units.AreCompatible(a.Unit, b.Unit) &&
                OnlyBetween(statement, a.Span.End, b.Span.Start, " →*_") && Between(statement, a.Span.End, b.Span.Start).IndexOf('→') >= 0)
            {
                relations.Add(new FactRelation(RelationKind.Change, after, [before]));
            }
        }
    }

    private ReadOnlySpan<char> Between(ModelStatement statement, int start, int end) =>
        end > start ? statement.Prose[Text.TextSpan.FromBounds(start, end)] : [];

    private bool OnlyBetween(ModelStatement statement, int start, int end, string allowed)
    {
        foreach (char c in Between(statement, start, end))
        {
            if (allowed.IndexOf(c) < 0 && !(c == '>' || c == '-'))
            {
                return false;
            }
        }

        return true;
    }

    // A body row whose label is a total (lexicon section "total") and the values above it in the same column, from
    // the last header or total row down.
    private FactRelation[] AggregateRelations()
    {
        var relations = new List<FactRelation>();
        foreach (ModelTable table in Tables)
        {
            if (table.ColumnWith(ColumnRole.Label) is not { } label)
            {
                continue;
            }

            var parts = new Dictionary<int, List<Fact>>();
            foreach (ModelRow row in table.BodyArray)
            {
                if (StatementOf(row) is not { } statement)
                {
                    continue;
                }

                bool total = statement.Folded.Find(LexiconSections.Total).Any(hit => row[label].Span.Contains(hit.Span));
                foreach (ModelColumn column in table.Columns)
                {
                    if (column.Role is ColumnRole.Label or ColumnRole.Status || row[column].IsEmpty)
                    {
                        continue;
                    }

                    Fact? cellFact = statement.Facts.FirstOrDefault(f => f.Value is not null && row[column].Span.Contains(f.Span));
                    if (cellFact is null)
                    {
                        continue;
                    }

                    if (!parts.TryGetValue(column.Index, out List<Fact>? above))
                    {
                        parts[column.Index] = above = [];
                    }

                    if (total)
                    {
                        if (above.Count > 0)
                        {
                            relations.Add(new FactRelation(RelationKind.AggregateOf, cellFact, above.ToArray()));
                        }

                        above.Clear();
                    }
                    else
                    {
                        above.Add(cellFact);
                    }
                }
            }
        }

        return relations.ToArray();
    }
}
