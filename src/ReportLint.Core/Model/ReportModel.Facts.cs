using Markdig.Extensions.TaskLists;
using Markdig.Syntax;
using ReportLint.Claims;
using ReportLint.Lexicons;
using ReportLint.Text;

namespace ReportLint.Model;

public sealed partial class ReportModel
{
    private Fact[]? _metricFacts;

    /// <summary>
    /// The facts that name their metric (<c>Security Score: 95/100 (target: &gt; 90)</c>, <c>Score sécurité :
    /// 85/100</c>, <c>Security Headers - Missing headers</c>), in document order: list items, rows, one-line
    /// statements and claim lines of code. Their <see cref="Fact.Metric"/> maps the lexicons' synonyms to one name.
    /// </summary>
    public IReadOnlyList<Fact> MetricFacts => Volatile.Read(ref _metricFacts) ?? Once(ref _metricFacts, BuildMetricFacts);

    // A value for a quantity read in a statement: the statement's own value of it when it has one (a metric claim's
    // value is one of its statement's values), else one sharing the statement's scanned quantity when it is the same.
    private FactValue ValueOf(ModelStatement statement, Quantity quantity)
    {
        ReadOnlySpan<Quantity> scanned = statement.Source.Quantities(Document);
        for (int i = 0; i < scanned.Length; i++)
        {
            if (scanned[i].Span == quantity.Span && scanned[i] == quantity)
            {
                foreach (FactValue value in statement.ValueArray)
                {
                    if (value.IsScanned(statement, i))
                    {
                        return value;
                    }
                }

                return new FactValue(statement, i);
            }
        }

        return new FactValue(this, quantity);
    }

    internal Fact[] FactsOf(ModelStatement statement)
    {
        if (statement.Row is { IsHeader: false } row && row.Table.ColumnWith(ColumnRole.Target) is { } targetColumn &&
            row.Table.ColumnWith(ColumnRole.Value) is { } valueColumn)
        {
            return RowFacts(statement, row, targetColumn, valueColumn);
        }

        FactValue[] values = statement.ValueArray;
        ReadOnlySpan<TargetClaim> targets = statement.Kind == StatementKind.TableRow ? [] : statement.Source.Targets(Document);
        if (values.Length == 0 && targets.Length == 0)
        {
            return [];
        }

        if (targets.Length == 0)
        {
            // No target: each value is a fact, straight into the array (sorted as below, so the order is the same).
            var plain = new Fact[values.Length];
            for (int i = 0; i < plain.Length; i++)
            {
                FactValue value = values[i];
                plain[i] = new Fact(statement, value, null)
                {
                    MetricFromLine = true,
                };
            }

            Array.Sort(plain, static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
            return plain;
        }

        // Counted first: the facts go straight into an array of their number (the values outside every target, and
        // the targets), with no list grown and copied.
        int kept = 0;
        foreach (FactValue value in values)
        {
            kept += WithinAny(targets, value.Span) ? 0 : 1;
        }

        var facts = new Fact[kept + targets.Length];
        int count = 0;
        foreach (FactValue value in values)
        {
            if (WithinAny(targets, value.Span))
            {
                continue;
            }

            facts[count++] = new Fact(statement, value, null)
            {
                Excluded = FactExclusions.StatementTargets, MetricFromLine = true,
            };
        }

        // Each stated target bounds the last value before it on its own line, outside every target.
        for (int t = 0; t < targets.Length; t++)
        {
            TargetClaim target = targets[t];
            // "Goal: 100%" states a goal, "target: > 90" a target: both bound the result before them.
            FactRole role = RoleCues.RoleOf(FoldedLineOf(statement, target.Value.Span.Start), target.Value.Span, Document.Lexicon) == FactRole.Goal ? FactRole.Goal : FactRole.Target;
            var targetFact = new Fact(statement, new FactValue(statement, t, target: true), role)
            {
                Excluded = FactExclusions.StatementTargets,
            };
            facts[count++] = targetFact;
            TextSpan line = LineOf(statement, target.Span.Start);
            Fact? result = null;
            for (int f = 0; f < count; f++)
            {
                Fact fact = facts[f];
                if (fact.Value is { } v && fact.TargetOf is null && fact.Role is not (FactRole.Target or FactRole.Goal) && line.Contains(v.Span) &&
                    ResultFor(v, target, targets, line))
                {
                    result = fact;
                }
            }

            if (result is { Target: null })
            {
                result.Target = targetFact;
                targetFact.TargetOf = result;
            }
        }

        Array.Sort(facts, static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return facts;
    }

    // What Targets.ResultBefore takes for the result of a target: a value before it, in a unit it converts to, outside
    // every target of the line.
    private static bool ResultFor(FactValue value, TargetClaim target, ReadOnlySpan<TargetClaim> targets, TextSpan line)
    {
        Quantity q = value.Quantity;
        bool unitOk = q.Unit.Length == 0 || target.Value.Unit.Length == 0 || Units.AreCompatible(q.Unit, target.Value.Unit);
        if (q.Span.End > target.Span.Start || !unitOk)
        {
            return false;
        }

        foreach (TargetClaim t in targets)
        {
            if (line.Contains(t.Span) && t.Span.Contains(q.Span))
            {
                return false;
            }
        }

        return true;
    }

    // A table with a target and a value column: the value cell is the row's result, the target cell its target; a
    // result cell that holds no measure ("Framework ready") is a result without value. Other values of the row take
    // the role of their column.
    private Fact[] RowFacts(ModelStatement statement, ModelRow row, ModelColumn targetColumn, ModelColumn valueColumn)
    {
        ModelCell targetCell = row[targetColumn], valueCell = row[valueColumn];
        var facts = new List<Fact>();
        foreach (FactValue value in statement.Values)
        {
            if (targetCell.Span.Contains(value.Span) || valueCell.Span.Contains(value.Span))
            {
                continue;
            }

            facts.Add(new Fact(statement, value, null) { Excluded = FactExclusions.RowTargetAndValue });
        }

        int metricColumns = Math.Min(Math.Min(targetColumn.Index, valueColumn.Index), row.Cells.Count);
        var metric = new string[metricColumns];
        for (int c = 0; c < metric.Length; c++)
        {
            metric[c] = row.Cells[c].Folded;
        }

        string metricText = string.Join(" ", metric);
        DisplayText subject = row.Label;
        FactValue? target = targetCell.Value is { } tv && targetCell.Span.Contains(tv.Span) && IsWhole(targetCell, tv) ? tv : null;
        Fact? targetFact = target is null ? null : new Fact(statement, target, FactRole.Target)
        {
            Excluded = FactExclusions.RowTargetAndValue, NamedAs = Fact.NamedByRow(subject, metricText),
        };
        if (targetFact is not null)
        {
            facts.Add(targetFact);
        }

        FactValue? result = valueCell.Value;
        Fact? actual = null;
        if (result is not null)
        {
            actual = new Fact(statement, result, FactRole.Actual)
            {
                Excluded = FactExclusions.RowTargetAndValue, NamedAs = Fact.NamedByRow(subject, metricText),
            };
        }
        else if (targetFact is not null && !valueCell.IsPlaceholder)
        {
            actual = new Fact(statement, null, valueCell.Span)
            {
                Excluded = FactExclusions.RowTargetAndValue, NamedAs = Fact.NamedByRow(subject, metricText),
            };
        }

        if (actual is not null)
        {
            facts.Add(actual);
            if (targetFact is not null)
            {
                actual.Target = targetFact;
                targetFact.TargetOf = actual;
            }
        }

        facts.Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return facts.ToArray();
    }

    // A target cell is a target only when the whole cell is that one value ("> 1000 req/s", "A"), as a threshold is.
    internal bool IsWhole(ModelCell cell, FactValue value)
    {
        ModelStatement? statement = StatementOf(cell.Row);
        ReadOnlySpan<char> text = statement is not null && statement.Span.Contains(cell.Span) ? statement.Prose[cell.Span] : Document.GetText(cell.Span);
        return QuantityScanner.TryParseWhole(text, cell.Span.Start, Document.Lexicon, out Quantity whole) && whole.Span == value.Span;
    }

    /// <summary>The role of the column of the row's cell that holds the span (<see cref="ColumnRole.Other"/> when none does).</summary>
    internal static ColumnRole ColumnOf(ModelRow row, TextSpan span) => row.CellHolding(span)?.Column?.Role ?? ColumnRole.Other;

    // The role of a value from the cues of its clause; a value in a table's target column is a target.
    internal FactRole RoleOfValue(ModelStatement statement, TextSpan value)
    {
        if (statement.Row is { } row && ColumnOf(row, value) == ColumnRole.Target)
        {
            return FactRole.Target;
        }

        FactRole role = RoleCues.RoleOf(FoldedLineOf(statement, value.Start), value, Document.Lexicon);
        return role == FactRole.Actual ? RoleBeyondClause(statement, value) : role;
    }

    // The role of a value its own clause reads as actual: from its row's label, else from its place.
    private FactRole RoleBeyondClause(ModelStatement statement, TextSpan value) => RoleOfRowLabel(statement, value) ?? RoleOfPlace(statement);

    private static readonly LexiconSection RoleEstimate = new("role.estimate");
    private static readonly LexiconSection RoleProjected = new("role.projected");

    // "| Estimated uptime | 99.95% |", "| Disponibilité estimée | 99,95 % |": a row whose label says its values are
    // estimated or projected states no measured result, as "Estimated uptime: 99.95%" states none; the bar after the
    // label ends the clause its word would otherwise reach across.
    private static FactRole? RoleOfRowLabel(ModelStatement statement, TextSpan value)
    {
        if (statement.Row is not { IsHeader: false } row || row.CellWith(ColumnRole.Label) is not { IsEmpty: false } label ||
            (label.Span.Start <= value.Start && value.Start < label.Span.End))
        {
            return null;
        }

        return Holds(statement, label.Span, RoleEstimate) ? FactRole.Estimate
            : Holds(statement, label.Span, RoleProjected) ? FactRole.Projected
            : null;
    }

    private static bool Holds(ModelStatement statement, TextSpan span, LexiconSection section)
    {
        foreach (PhraseHit hit in statement.Find(section))
        {
            if (span.Contains(hit.Span))
            {
                return true;
            }
        }

        return false;
    }

    // What a value's place makes of it, when its own words make it an actual. An example: under a heading that opens
    // with an example word ("##### Example pod specs", "### Exemples"), at any level above it, or in a list or table
    // whose lead-in (the paragraph right before it, ending with a colon) opens with one ("Example 2, a large range:");
    // two examples give one setting two values on purpose. A goal: a criterion the work must meet, with no status mark
    // of its own, under a heading that names criteria or requirements ("### Graduation Criteria" › "#### Beta -> GA" ›
    // "- No major bugs reported") or a lead-in that does ("Exit criteria:"), with no status mark in that section or
    // list; a marked item ("- ✅ 100% coverage"), or a table of criteria with ✅ results, says they are met.
    private FactRole RoleOfPlace(ModelStatement statement)
    {
        for (ModelSection? section = statement.Section; section is not null; section = section.Parent)
        {
            if (section.IsExample)
            {
                return FactRole.Example;
            }

            if (section.IsCriteria && statement.Symbols.Count == 0)
            {
                return FactRole.Goal;
            }
        }

        if (OutermostListOrTable(statement.Block) is not { Parent: { } container } outer)
        {
            return FactRole.Actual;
        }

        // A standard checklist's items are its criteria, ticked or not: "- [x] New and existing unit tests pass locally
        // with my changes" in a pull request's template checks a box, it asserts no result.
        if (outer is ListBlock list && (_templateLists.TryGetValue(list, out bool template) ? template : _templateLists.GetOrAdd(list, IsFirstPersonChecklist(list))))
        {
            return FactRole.Goal;
        }

        // "The implementation is considered successful when:" over "- ✅ False positive rate < 5%": the lead-in states
        // conditions, and marks that all say met are its bullets, unless the list also marks some not met.
        if (_conditionLeads.TryGetValue(outer, out bool conditions) ? conditions : _conditionLeads.GetOrAdd(outer, ListsConditionsMarkedAlike(container, outer)))
        {
            return FactRole.Goal;
        }

        FactRole lead = _leadIns.TryGetValue(outer, out FactRole known) ? known : _leadIns.GetOrAdd(outer, RoleOfLeadIn(container, outer));
        return lead == FactRole.Goal && statement.Symbols.Count > 0 ? FactRole.Actual : lead;
    }

    // Whether a list's or table's lead-in ends on a word of a condition before its colon ("… is considered successful
    // when:", "La phase est terminée lorsque :"; lexicon section scope.condition) and every mark of its items says met.
    private bool ListsConditionsMarkedAlike(ContainerBlock container, Block outer)
    {
        int at = container.IndexOf(outer);
        if (at <= 0 || container[at - 1] is not ParagraphBlock paragraph || StatementAt(Document.GetSpan(paragraph)) is not { } leadIn)
        {
            return false;
        }

        ReadOnlySpan<char> text = Document.GetText(leadIn.Span).TrimEnd(" \t*_");
        if (text.IsEmpty || text[^1] != ':')
        {
            return false;
        }

        int end = leadIn.Span.Start + text[..^1].TrimEnd(" \t*_").Length;
        bool condition = false;
        foreach (PhraseHit hit in leadIn.Find(ScopeCondition))
        {
            condition |= !hit.IsQuoted && hit.Span.End == end;
        }

        if (!condition)
        {
            return false;
        }

        TextSpan span = Document.GetSpan(outer);
        foreach (ModelStatement item in StatementArray)
        {
            // Statements are in document order: past the list, none is in it.
            if (item.Span.Start >= span.End)
            {
                break;
            }

            if (span.Contains(item.Span))
            {
                foreach (StatusMark mark in item.Symbols)
                {
                    if (mark.Kind != StatusKind.Met)
                    {
                        return false;
                    }
                }
            }
        }

        return true;
    }

    /// <summary>Words that, ending a lead-in before its colon, make what it leads in conditions ("successful when:").</summary>
    internal static readonly LexiconSection ScopeCondition = new("scope.condition");

    // The fewest items of a standard checklist: a template asks several things of whoever fills it in.
    private const int ChecklistItems = 3;

    // A standard checklist, as a pull request's or an issue's template gives it: a list of task boxes ("[x]", "[ ]")
    // only, three at least, at least half of which open with the one who ticks them, in the first person singular
    // (lexicon section checklist.first-person: "I have performed a self-review", "My code follows the style guidelines",
    // "J'ai relu mon code", "Mon code respecte les conventions"). A team's list of its own work ("- [x] We deployed the
    // API", "- [x] Parser merged") is no template.
    private bool IsFirstPersonChecklist(ListBlock list)
    {
        if (list.Count < ChecklistItems)
        {
            return false;
        }

        int firstPerson = 0;
        foreach (Block block in list)
        {
            // A task box as Markdig reads it ("[x] ", "[ ] "): its three characters open the item's paragraph.
            if (block is not ListItemBlock { Count: > 0 } item || item[0] is not ParagraphBlock { Inline.FirstChild: TaskList } paragraph)
            {
                return false;
            }

            TextSpan span = Document.GetSpan(paragraph);
            if (StatementAt(span) is { } statement && OpensWith(statement.Folded, TextSpan.FromBounds(span.Start + 3, span.End), ChecklistFirstPerson))
            {
                firstPerson++;
            }
        }

        return firstPerson * 2 >= list.Count;
    }

    /// <summary>Words in the first person singular that open the criteria of a standard checklist ("I have", "My", "J'ai", "Mon").</summary>
    internal static readonly LexiconSection ChecklistFirstPerson = new("checklist.first-person");

    private static Block? OutermostListOrTable(Block block)
    {
        Block? outer = null;
        for (Block? b = block.Parent; b is not null; b = b.Parent)
        {
            if (b is ListBlock or Markdig.Extensions.Tables.Table)
            {
                outer = b;
            }
        }

        return outer;
    }

    // The role a lead-in gives the list or table after it: Example, Goal (criteria) or Actual.
    private FactRole RoleOfLeadIn(ContainerBlock container, Block outer)
    {
        int at = container.IndexOf(outer);
        if (at <= 0 || container[at - 1] is not ParagraphBlock paragraph)
        {
            return FactRole.Actual;
        }

        TextSpan span = Document.GetSpan(paragraph);
        if (!Claims.Statements.LeadsIn(Document, paragraph) || StatementAt(span) is not { } leadIn)
        {
            return FactRole.Actual;
        }

        return OpensWith(leadIn.Folded, span, ScopeExample) ? FactRole.Example
            : leadIn.Contains(ScopeCriteria) && !HoldsStatusSymbol(Document.GetSpan(outer)) ? FactRole.Goal
            : FactRole.Actual;
    }

    /// <summary>Words that, in a heading or a lead-in, make what stands under it criteria to meet ("Graduation Criteria", "Exigences").</summary>
    internal static readonly LexiconSection ScopeCriteria = new("scope.criteria");

    /// <summary>Words that, opening a heading or a lead-in, make what stands under it an example ("Example 1", "Exemples").</summary>
    internal static readonly LexiconSection ScopeExample = new("scope.example");
    internal static readonly LexiconSection HeadingBefore = new("heading.before");

    /// <summary>Words that, opening a heading, make the section a plan, an instruction or a standard (<see cref="ModelSection.IsPlan"/>).</summary>
    internal static readonly LexiconSection ScopePlan = new("scope.plan");
    internal static readonly LexiconSection HeadingBeforeEvent = new("heading.before.event");

    // Whether a phrase of a section opens a piece of prose: its first unquoted hit, with no letter before it (marks,
    // emphasis and numbering may come first: "3.2 Example", "**Exemple 1**").
    internal bool OpensWith(FoldedView view, TextSpan span, LexiconSection section)
    {
        foreach (PhraseHit hit in view.Find(section))
        {
            if (hit.IsQuoted || hit.Span.Start < span.Start || hit.Span.End > span.End)
            {
                continue;
            }

            foreach (char c in Document.GetText(TextSpan.FromBounds(span.Start, hit.Span.Start)))
            {
                if (char.IsLetter(c))
                {
                    return false;
                }
            }

            return true;
        }

        return false;
    }

    // The folded line of a statement that holds position: a clause does not run on past the end of its line (a list
    // item states one thing a line). The statement's own fold when it is one line.
    private FoldedText FoldedLineOf(ModelStatement statement, int position)
    {
        TextSpan line = LineOf(statement, position);
        return line == statement.Span || statement.Kind == StatementKind.TableRow
            ? statement.Folded.Folded
            : Readable.Fold(Document, line, statement.Prose[line]);
    }

    // The role (as RoleOfValue) and stance (as StanceOf) of a value, from one fold of its line and one read of its
    // cues: a fact asked its role is mostly asked its stance too, but often by another rule after other statements'
    // cues were read (the cues kept per thread are the last statement's), and a line of a statement of several is
    // folded anew at each question.
    internal void RoleAndStanceOf(ModelStatement statement, TextSpan value, out FactRole role, out FactStance stance)
    {
        StatementCues cues = RoleCues.Of(FoldedLineOf(statement, value.Start), Document.Lexicon);
        role = statement.Row is { } row && ColumnOf(row, value) == ColumnRole.Target ? FactRole.Target : cues.RoleOf(value);
        stance = cues.StanceOf(value);
        if (role == FactRole.Actual)
        {
            role = RoleBeyondClause(statement, value);
        }

        if (IsTestimonial(statement.Block))
        {
            stance |= FactStance.Quoted;
        }
    }

    /// <summary>The stance of the clause holding <paramref name="value"/> (default: the whole statement), with a testimonial's quotation.</summary>
    internal FactStance StanceOf(ModelStatement statement, TextSpan value)
    {
        FactStance stance = RoleCues.StanceOf(value == default ? statement.Folded.Folded : FoldedLineOf(statement, value.Start), value, Document.Lexicon);
        return IsTestimonial(statement.Block) ? stance | FactStance.Quoted : stance;
    }

    // A blockquote that quotes someone: it opens with a quotation mark, or a line of it is an attribution
    // ("— Jane Doe, CTO"). A blockquote used as a call-out ("> **Status:** ✅ done") states the report's own claims.
    private bool IsTestimonial(Block block)
    {
        for (Block? b = block.Parent; b is not null; b = b.Parent)
        {
            if (b is QuoteBlock quote)
            {
                return _testimonials.TryGetValue(quote, out bool known) ? known : _testimonials.GetOrAdd(quote, ReadsAsTestimonial(quote));
            }
        }

        return false;
    }

    private bool ReadsAsTestimonial(QuoteBlock quote)
    {
        TextSpan span = Document.GetSpan(quote);
        int firstLine = Document.Text.GetLinePosition(span.Start).Line, lastLine = Document.Text.GetLinePosition(span.End).Line;
        bool first = true;
        for (int line = firstLine; line <= lastLine; line++)
        {
            ReadOnlySpan<char> text = Document.Text[Document.Text.GetLineSpan(line)].TrimStart();
            while (text.Length > 0 && text[0] is '>' or ' ' or '*' or '_')
            {
                text = text[1..];
            }

            if (text.IsEmpty)
            {
                continue;
            }

            if ((first && text[0] is '"' or '“' or '«' or '„') || IsAttribution(text))
            {
                return true;
            }

            first = false;
        }

        // An attribution right below the quotation ("> The service has had 100% uptime…" then "– [a user on a forum](…)"),
        // a blank line between at most.
        for (int line = lastLine + 1; line <= Math.Min(lastLine + 2, Document.Text.LastLine); line++)
        {
            ReadOnlySpan<char> text = Document.Text[Document.Text.GetLineSpan(line)].Trim();
            if (!text.IsEmpty)
            {
                return IsAttribution(text);
            }
        }

        return false;
    }

    // "— Jane Doe, CTO", "– [a user](…)", "-- someone".
    private static bool IsAttribution(ReadOnlySpan<char> text) =>
        text.Length > 0 && (text[0] is '—' or '―' || (text[0] == '–' && text.Length > 1 && text[1] == ' ') || text.StartsWith("-- ".AsSpan(), StringComparison.Ordinal));

    // The line of the statement that holds position (a table row, a code line or a sentence is one line; a list item
    // may run over several).
    // The start of LineOf(statement, position): where a fact's metric words start (Fact.MetricFrom).
    internal int LineStartOf(ModelStatement statement, int position) => LineOf(statement, position).Start;

    private TextSpan LineOf(ModelStatement statement, int position)
    {
        if (statement.Kind == StatementKind.TableRow)
        {
            return statement.Span;
        }

        TextSpan line = Document.Text.GetLineSpan(Document.Text.GetLinePosition(position).Line);
        int start = Math.Max(line.Start, statement.Span.Start), end = Math.Min(line.End, statement.Span.End);
        return end > start ? TextSpan.FromBounds(start, end) : statement.Span;
    }

    // The lead of a statement: the text before its first ':' or " - " on its first line, when that is a short name
    // (at most six words, no value), emphasis and marks dropped.
    internal DisplayText LeadOf(ModelStatement statement)
    {
        TextSpan line = LineOf(statement, statement.Span.Start);
        ReadOnlySpan<char> prose = statement.Prose[line];
        int colon = prose.IndexOf(':');
        int dash = prose.IndexOf(" - ".AsSpan());
        int cut = colon > 0 && (dash < 0 || colon < dash) ? colon : dash;
        if (cut <= 0)
        {
            return DisplayText.Empty;
        }

        ReadOnlySpan<char> lead = prose[..cut];
        int words = 0;
        bool inWord = false;
        foreach (char c in lead)
        {
            if (char.IsAsciiDigit(c))
            {
                return DisplayText.Empty;
            }

            bool letter = char.IsLetter(c);
            words += letter && !inWord ? 1 : 0;
            inWord = letter || (inWord && c is '-' or '\'' or '’');
        }

        if (words == 0 || words > 6)
        {
            return DisplayText.Empty;
        }

        string text = TextOf(TextSpan.FromBounds(line.Start, line.Start + cut)).ToString();
        int start = 0;
        while (start < text.Length && !char.IsLetter(text[start]))
        {
            start++;
        }

        return new DisplayText(text[start..].Trim());
    }

    // A loop, not LINQ: framework generic code over a value type is JIT-compiled at every start of the tool.
    // Whether a span lies within one of the spans a fact's own status is not read from (Fact.Excluded), read again from
    // its statement as FactsOf found them: its stated targets, or its row's target and value cells.
    private bool IsExcluded(Fact fact, TextSpan span)
    {
        switch (fact.Excluded)
        {
            case FactExclusions.StatementTargets:
                return WithinAny(fact.Statement.Source.TargetArray(Document), span);
            case FactExclusions.RowTargetAndValue:
                ModelRow row = fact.Statement.Row!;
                return row[row.Table.ColumnWith(ColumnRole.Target)!].Span.Contains(span) || row[row.Table.ColumnWith(ColumnRole.Value)!].Span.Contains(span);
            default:
                return false;
        }
    }

    // Whether a span lies within one of the targets' spans.
    private static bool WithinAny(ReadOnlySpan<TargetClaim> targets, TextSpan span)
    {
        foreach (TargetClaim target in targets)
        {
            if (target.Span.Contains(span))
            {
                return true;
            }
        }

        return false;
    }

    internal TargetOutcome OutcomeOf(Fact fact)
    {
        if (fact.Value is not { } value || fact.Target?.Value is not { } target)
        {
            return TargetOutcome.Unknown;
        }

        string metric = fact.MetricText;
        if (fact.MetricFrom is int from && from <= value.Span.Start && fact.Statement.Prose.Span.Contains(TextSpan.FromBounds(from, value.Span.Start)))
        {
            metric = TextFolding.Fold(fact.Statement.Prose[TextSpan.FromBounds(from, value.Span.Start)]);
        }

        return Targets.Evaluate(value.Quantity, target.Quantity, metric, Document.Lexicon);
    }

    internal FactPresentation PresentationOf(Fact fact)
    {
        // The marks of its line outside every excluded span, summarized as StatusScanner.Summarize does: the first
        // mark that is not met, else met when there is a mark.
        TextSpan scope = LineOf(fact.Statement, fact.Span.Start);
        StatusKind status = StatusKind.None;
        TextSpan first = default;
        foreach (StatusMark mark in fact.Statement.Marks)
        {
            if (scope.Contains(mark.Span) && !IsExcluded(fact, mark.Span))
            {
                if (status == StatusKind.None)
                {
                    first = mark.Span;
                }

                status = mark.Kind;
                if (status != StatusKind.Met)
                {
                    break;
                }
            }
        }

        if (status == StatusKind.Met)
        {
            return new FactPresentation(status, status, first, DisplayText.Of(Document, first), null);
        }

        if (status != StatusKind.None)
        {
            return OwnPresentation(status);
        }

        foreach (ModelSection section in EnclosingSections(fact.Span.Start))
        {
            if (section.Status != StatusKind.None)
            {
                return new FactPresentation(StatusKind.None, section.Status, null, null, section);
            }
        }

        return OwnPresentation(StatusKind.None);
    }

    // A presentation with no mark or heading to point at, one per status (by its value): the same for every fact it
    // describes.
    private static readonly FactPresentation[] OwnPresentations =
    [
        Own(StatusKind.None), Own(StatusKind.Met), Own(StatusKind.Failed), Own(StatusKind.Pending), Own(StatusKind.Partial),
    ];

    private static FactPresentation Own(StatusKind status) => new(status, status, null, null, null);

    private static FactPresentation OwnPresentation(StatusKind status) =>
        (uint)status < (uint)OwnPresentations.Length && OwnPresentations[(int)status].Own == status ? OwnPresentations[(int)status] : Own(status);

    private Fact[] BuildMetricFacts()
    {
        IReadOnlyList<MetricClaim> claims = MetricClaims.Of(Document).All;
        if (claims.Count == 0)
        {
            return [];
        }

        // Straight into an array of the claims' number (a header row's claims make none: cut to size then), not a
        // list copied out.
        var facts = new Fact[claims.Count];
        int count = 0;
        IReadOnlyList<ModelStatement> statements = Statements;
        int s = 0;
        for (int i = 0; i < claims.Count; i++)
        {
            MetricClaim claim = claims[i];
            while (s < statements.Count - 1 && statements[s].Span.Start < claim.Span.Start)
            {
                s++;
            }

            ModelStatement statement = statements[s];
            if (statement.Row is { IsHeader: true })
            {
                // A header row names columns ("Input descriptors - Port 1"); it states no fact.
                continue;
            }

            FactValue? value = claim.Value is { } q ? ValueOf(statement, q) : null;
            var fact = new Fact(statement, value, claim.Span)
            {
                NamedAs = Fact.NamedByClaim(claim, own: true, value is null ? string.Empty : QualifierOf(statement, value.Span.Start)),
            };
            if (claim.Target is not null)
            {
                fact.Target = new Fact(statement, TargetValueOf(statement, claim), FactRole.Target)
                {
                    NamedAs = Fact.NamedByClaim(claim, own: false, string.Empty), TargetOf = fact,
                };
            }

            facts[count++] = fact;
        }

        if (count < facts.Length)
        {
            Array.Resize(ref facts, count);
        }

        return facts;
    }

    // A claim's target value: it shares its statement's target values when the claim's target is its statement's own.
    private FactValue TargetValueOf(ModelStatement statement, MetricClaim claim) =>
        ReferenceEquals(claim.StatementTargets, statement.Source.TargetArray(Document))
            ? new FactValue(statement, 0, target: true)
            : new FactValue(this, claim.Target!.Value.Value);

    // The words between a metric's separator and its value ("Last Scanline - NTSC (210 …" gives "ntsc"), folded,
    // letters and digits only: they name which of several subjects the value is of.
    private static string QualifierOf(ModelStatement statement, int valueStart)
    {
        // A claim is matched to the first statement that starts at or after it: a value read before that statement
        // starts (or past its end) has no words of it in front, so no qualifier.
        if (valueStart <= statement.Span.Start || valueStart > statement.Span.End)
        {
            return string.Empty;
        }

        ReadOnlySpan<char> before = statement.Prose[TextSpan.FromBounds(statement.Span.Start, valueStart)];
        int colon = before.LastIndexOf(':');
        int dash = before.LastIndexOf(" - ".AsSpan());
        int from = Math.Max(colon + 1, dash < 0 ? 0 : dash + 3);
        if (colon < 0 && dash < 0)
        {
            return string.Empty;
        }

        // Its words joined by single spaces, written into a buffer on the stack (the qualifier is never longer than
        // the folded text), and copied out once; folded text that is already so is returned as it is.
        string folded = TextFolding.Fold(before[from..]);
        Span<char> words = folded.Length <= 256 ? stackalloc char[256] : new char[folded.Length];
        int length = 0;
        bool space = false;
        foreach (char c in folded)
        {
            if (char.IsLetterOrDigit(c) || c == '_')
            {
                if (space && length > 0)
                {
                    words[length++] = ' ';
                }

                words[length++] = c;
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return length == 0 ? string.Empty : words[..length].SequenceEqual(folded) ? folded : words[..length].ToString();
    }
}
