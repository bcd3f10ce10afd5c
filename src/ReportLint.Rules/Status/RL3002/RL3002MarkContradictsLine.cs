using System.Collections.Immutable;
using System.Globalization;
using ReportLint.Analysis;
using ReportLint.Claims;
using ReportLint.Collections;
using ReportLint.Diagnostics;
using ReportLint.Lexicons;
using ReportLint.Model;
using ReportLint.Rules.Evidence;
using ReportLint.Text;

namespace ReportLint.Rules.Status;

/// <summary>
/// RL3002: a status mark contradicts its own line: ✅ beside "partial", "pending", "not executed", "configured
/// only"; ❌ beside a target the line meets; or ✅ on an item that another line of the report says is not done.
/// The fix changes the mark to the one the line supports (for the first two).
/// </summary>
public sealed partial class RL3002MarkContradictsLine : ReportAnalyzer
{
    /// <summary>The rule; each of its checks below has its own descriptor, message and section of the rule's page.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        "RL3002", "mark-contradicts-line", "A status mark contradicts its own line",
        "A status mark contradicts its own line",
        RuleCategory.Status, Severity.Warning,
        "A ✅ beside 'pending' or a ❌ beside a met target says two things at once; readers of a summary see only the mark.");

    /// <summary>A done mark over a count of which some are not done.</summary>
    public static readonly RuleDescriptor DoneOverPartialCount = Rule.ForCheck("partial-ratio",
        "A done mark over a count with some not done", "{0} marks this as done, but it says {1}: {2} of {3} not done");

    /// <summary>A done mark beside words that say the line is not done.</summary>
    public static readonly RuleDescriptor NotDoneWords = Rule.ForCheck("not-done-words",
        "A done mark beside words that say not done", "{0} marks this line as done, but it says '{1}'");

    /// <summary>A failed mark beside a result that meets its target.</summary>
    public static readonly RuleDescriptor TargetMet = Rule.ForCheck("target-met",
        "A failed mark beside a met target", "{0} marks this line as failed, but {1} meets its target {2}");

    /// <summary>A done item that another line calls not done.</summary>
    public static readonly RuleDescriptor NotDoneElsewhere = Rule.ForCheck("not-done-elsewhere",
        "A done item that another line calls not done", "{0} marks '{1}' as done, but line {2} says it is not: \"{3}\"");

    /// <summary>A done item whose name leads an unmarked item that says it is not done.</summary>
    public static readonly RuleDescriptor SaidUndoneByNamesake = Rule.ForCheck("said-undone",
        "A done item that an unmarked line of the same name says is not done", "{0} marks '{1}' as done, but line {2} says it is not: \"{3}\"");

    /// <summary>A done item one of whose parts another line says is not done.</summary>
    public static readonly RuleDescriptor PartNotDone = Rule.ForCheck("part-not-done",
        "A done item with a part not done", "{0} marks '{1}' as done, but line {2} says {3} is not: \"{4}\"");

    /// <summary>A done item still listed as a step to take.</summary>
    public static readonly RuleDescriptor StillAhead = Rule.ForCheck("still-ahead",
        "A done item still listed as a next step", "{0} marks '{1}' as done, but line {2} still lists it to do: \"{3}\"");

    /// <summary>An assured state whose check is not done.</summary>
    public static readonly RuleDescriptor AssuredBeforeChecked = Rule.ForCheck("assured-before-checked",
        "An assured state whose check is not done", "{0} marks '{1}' as done, but line {2} says its check is not: \"{3}\"");

    /// <summary>A done item still open under a priority heading.</summary>
    public static readonly RuleDescriptor StillOpenInPriorityList = Rule.ForCheck("still-open-in-priority-list",
        "A done item still open in a priority list", "{0} marks '{1}' as done, but '{2}' at line {3} still lists \"{4}\" (line {5})");

    /// <summary>A check said to be run that a list still has to run.</summary>
    public static readonly RuleDescriptor CheckNotRun = Rule.ForCheck("check-not-run",
        "A check said to be run that is still to run", "'{0}' says the check was run, but line {1} still lists it: \"{2}\"");

    /// <summary>All of a thing claimed done while a line says a part is not.</summary>
    public static readonly RuleDescriptor AllDoneWithPartOpen = Rule.ForCheck("all-done-with-part-open",
        "All of it claimed done while a part is not", "'{0}' claims all of it done, but line {1} says a part is not: \"{2}\"");

    /// <summary>A done mark on work that a section calls under way.</summary>
    public static readonly RuleDescriptor UnderWaySection = Rule.ForCheck("under-way-section",
        "A done mark on work a section calls under way", "{0} marks '{1}' as done, but '{2}' at line {3} says that work is still under way");

    /// <summary>A passing verdict over an item marked failed.</summary>
    public static readonly RuleDescriptor VerdictOverFailure = Rule.ForCheck("verdict-over-failure",
        "A passing verdict over a failed item", "'{0}' for '{1}', but line {2} marks '{3}' failed: \"{4}\"");

    /// <inheritdoc />
    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } =
    [
        Rule, DoneOverPartialCount, NotDoneWords, TargetMet, NotDoneElsewhere, SaidUndoneByNamesake, PartNotDone, StillAhead, AssuredBeforeChecked,
        StillOpenInPriorityList, CheckNotRun, AllDoneWithPartOpen, UnderWaySection, VerdictOverFailure,
    ];

    /// <inheritdoc />
    public override DocumentScope Scope => DocumentScope.StatusReports;

    /// <inheritdoc />
    public override RuleNeeds Needs { get; } = RuleNeeds.StatusSymbol;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        ReportModel model = ReportModel.Of(context.Document);
        var reported = new HashSet<int>();
        foreach (ModelStatement statement in model.StatementArray)
        {
            if (!statement.IsItem && statement.Kind != StatementKind.Heading)
            {
                continue;
            }

            // Loops, not LINQ over StatusMark: framework generic code over a value type is JIT-compiled at every start.
            StatusMark? met = null, failed = null;
            bool pending = false;
            foreach (StatusMark m in statement.Symbols)
            {
                met ??= m.Kind == StatusKind.Met ? m : null;
                failed ??= m.Kind == StatusKind.Failed ? m : null;
                pending |= m.Kind is StatusKind.Pending or StatusKind.Partial;
            }

            if (met is { } done && failed is null && !pending && (PartialRatio(model, statement, done) ?? PartialCountOfDone(context.Document, statement)) is { } ratio)
            {
                decimal left = ratio.Denominator!.Value - ratio.Number;
                // A task box stays a task box: the count says the task is open.
                string mark = model.TextOf(done.Span).ToString();
                Report(context, DoneOverPartialCount, done.Span, mark.StartsWith('[') ? "[ ]" : "⚠️", mark, ratio.Text, left.ToString(CultureInfo.InvariantCulture), ratio.Denominator.Value.ToString(CultureInfo.InvariantCulture));
                reported.Add(done.Span.Start);
                continue;
            }

            if (!statement.IsItem)
            {
                continue;
            }

            TextSpan? cell = met is { } m2 ? ValueCellOf(statement, m2.Span) : null;
            if (met is { } check && failed is null && !pending && !InSupportColumn(context.Document.Lexicon, statement, check.Span) && FirstUnquoted(statement.Find(StatusRuleSections.StatusContradictsMet), cell, context.Document, statement) is { } word &&
                !IsAdvice(model, statement, check.Span) && !SaysFixed(context.Document, statement, check.Span))
            {
                string replacement = context.Document.Lexicon.Replacement(StatusRuleSections.StatusContradictsMet, word.Phrase) ?? "⚠️";
                Report(context, NotDoneWords, check.Span, replacement, model.TextOf(check.Span).ToString(), model.TextOf(word.Span).ToString());
                reported.Add(check.Span.Start);
                continue;
            }

            if (failed is { } cross && MeetsItsTarget(statement) is { } result)
            {
                Report(context, TargetMet, cross.Span, "✅", model.TextOf(cross.Span).ToString(), result.Text, result.Target!.Text);
                reported.Add(cross.Span.Start);
            }
        }

        ReportCrossReferences(context, model, reported);
    }

    // ✅ on an item another line calls not done: "✅ Backups automatiques configurés" in the conclusion box and
    // "- [ ] Backups automatiques configurés et testés" in the production checklist. A list of next steps is no evidence against done work; parts under differently numbered headings
    // ("M1 …", "M2 …") are different subjects.
    private static void ReportCrossReferences(DocumentAnalysisContext context, ReportModel model, HashSet<int> reported)
    {
        Lexicon lexicon = context.Document.Lexicon;
        List<CrossEntry> entries = CrossEntries(model, lexicon);
        // A ✅ or ❌ under a heading that weighs options ("Rationale and alternatives") rates an option: no work done or
        // not done to compare.
        // Nor does a mark under a heading of the state the work started from ("### Before Optimization", "### Avant ce
        // projet"): "❌ P99: 237 ms" there is the past the work improved on, not work said undone.
        // A ❌ that marks a removal, a prohibition or the old side of a change ("❌ JAMAIS dans `.env.local`") is no work
        // left undone either.
        entries.RemoveAll(entry => WeighsOptions(entry.Section) || ReportModel.InStateBefore(entry.Section) ||
            entry.Item is { } item && CrossMarks.MeansNoWorkLeft(model, item));
        // "- [x] **Location**: `config/dev.env:6`", "- [ ] **Action**: Add IP whitelisting" under each finding of an
        // audit: a label of words that items with six different texts or more carry is a field of a record, not
        // the name of one piece of work; the record is what the mark is about, and its fields say nothing of another's.
        if (FieldLabels(entries) is { } fields)
        {
            entries.RemoveAll(entry => entry.Label is { } label && fields.Contains(label));
        }

        // Words in common are enough only in a status report that claims completion; elsewhere the labels must be
        // the same (readiness checklists of honest projects repeat items from one stage to the next).
        bool byWords = model.IsStatusReport && model.Completions.Count > 0;
        HashSet<string>? groups = GroupLabels(entries);
        var byWord = new Dictionary<string, List<CrossEntry>>(StringComparer.Ordinal);
        var headingIds = new Dictionary<ModelSection, (ModelSection?, string?)>();
        var verifyLists = new SectionMemo(model);
        foreach (CrossEntry entry in entries)
        {
            if (entry.Done || IsAhead(entry.Section))
            {
                continue;
            }

            foreach (string word in entry.Key.Words)
            {
                if (!byWord.TryGetValue(word, out List<CrossEntry>? list))
                {
                    byWord[word] = list = [];
                }

                list.Add(entry);
            }
        }

        var seen = new HashSet<CrossEntry>();
        foreach (CrossEntry done in entries)
        {
            // Nothing not done to match: a done entry's key is not made.
            if (!done.Done || reported.Contains(done.Mark.Start) || byWord.Count == 0)
            {
                continue;
            }

            seen.Clear();
            CrossEntry? match = null;
            foreach (string word in done.Key.Words)
            {
                if (!byWord.TryGetValue(word, out List<CrossEntry>? candidates))
                {
                    continue;
                }

                foreach (CrossEntry other in candidates)
                {
                    // Items of one run of consecutive lines are items of one list ("[X] Production readiness
                    // review completed" over "[ ] … approved"): an item said again is said elsewhere.
                    if (other.Run != done.Run && seen.Add(other)
                        && ((done.Label is { Length: >= 6 } label && label == other.Label && groups?.Contains(label) != true) || (byWords && done.Key.SameItemAs(other.Key)))
                        && SameSubject(done, other) && (match is null || other.Line < match.Line)
                        && !SaysNothingAgainst(model, done, other, verifyLists) && !ComparesAlternatives(entries, done, other))
                    {
                        match = other;
                    }
                }
            }

            if (match is not null)
            {
                reported.Add(done.Mark.Start);
                string says = (match.Text.Length > 80 ? match.Text[..80] + "…" : match.Text).Trim();
                context.Diagnostics.Report(NotDoneElsewhere, done.Mark, ImmutableDictionary<string, string>.Empty, [match.Mark],
                    model.TextOf(done.Mark).ToString(), done.Title, match.Line, says);
            }
        }

        ReportPartsNotDone(context, model, entries, reported);
        ReportSaidUndone(context, model, entries, reported);
        ReportStillAhead(context, model, entries, reported);
        ReportAssuredBeforeChecked(context, model, entries, reported);
        ReportWholesWithOpenParts(context, model, entries, reported);
        ReportBucketsStillOpen(context, model, entries, reported);
        ReportPerfectButFailed(context, model, entries, reported);
        ReportChecksStillToRun(context, model, entries, reported);
        ReportFullyDoneButStarted(context, model, reported);

        bool SameSubject(CrossEntry a, CrossEntry b)
        {
            (ModelSection? sa, string? ia) = IdOf(a.Section);
            (ModelSection? sb, string? ib) = IdOf(b.Section);
            if (ReferenceEquals(sa, sb) || ia == ib)
            {
                return true;
            }

            // "6. Context Manager" against "1. Resource Scheduler", or anything against "M2: USB Host Mode".
            if (ia is not null && ib is not null)
            {
                return InOtherEnumerations(sa, ia, sb, ib);
            }

            return !IsEntity(ia) && !IsEntity(ib);
        }

        (ModelSection?, string?) IdOf(ModelSection? section)
        {
            if (section is null)
            {
                return (null, null);
            }

            if (!headingIds.TryGetValue(section, out (ModelSection?, string?) id))
            {
                id = RL3002ItemKey.HeadingId(section, lexicon) is { } own ? (section, own) : IdOf(section.Parent);
                headingIds[section] = id;
            }

            return id;
        }

        bool IsAhead(ModelSection? section)
        {
            for (ModelSection? s = section; s is not null; s = s.Parent)
            {
                if (s.Folded.Contains(StatusRuleSections.NextStep) || s.Folded.Contains(RL3002ItemKey.Ahead))
                {
                    return true;
                }
            }

            return false;
        }
    }

    private static readonly LexiconSection Options = new("crossref.options");

    private static bool WeighsOptions(ModelSection? section)
    {
        for (ModelSection? s = section; s is not null; s = s.Parent)
        {
            if (s.Folded.Contains(Options))
            {
                return true;
            }
        }

        return false;
    }

    // "4. SÉCURITÉ" under "Test results" and "2. Configuration SSL" under "Improvements made": numbers of two
    // enumerations (different parents) count sections, they name no part; numbers of one enumeration do.
    private static bool InOtherEnumerations(ModelSection? a, string ia, ModelSection? b, string ib) =>
        a is not null && b is not null && !IsEntity(ia) && !IsEntity(ib) && !ReferenceEquals(a.Parent, b.Parent)
        && a.Parent is not null && b.Parent is not null;

    private static bool IsEntity(string? id) => id is not null && !id.All(char.IsDigit);

    // An item or a line with its mark, compared by reference (two entries never share a mark). An item's title, key
    // and whole text are made when first asked: most passes read only the entries not done, and a report whose
    // items are all done asks for none of them.
    private sealed class CrossEntry(TextSpan mark, int line, bool done, ModelItem? item, ModelSection? section, Lexicon lexicon,
        string? title = null)
    {
        private string? _title = title;
        private RL3002ItemKey? _key;
        private string? _text;

        public TextSpan Mark { get; } = mark;

        public int Line { get; } = line;

        public bool Done { get; } = done;

        // The item, or null for a line that is no item.
        public ModelItem? Item => item;

        // The item's label ("AUTH-01"), or null for a line that is no item.
        public string? Label => item?.Label;

        // The item's title, or the line without its mark and box.
        public string Title => _title ??= item!.Title.ToString();

        // The item's text for messages, or the title of a line that is no item.
        public string Text => _text ??= item?.Text.ToString() ?? Title;

        public RL3002ItemKey Key => _key ??= RL3002ItemKey.Of(Title, lexicon);

        public ModelSection? Section { get; } = section;

        // Which run of entries on consecutive lines it belongs to (one list, most often), counted in document order.
        public int Run { get; set; }
    }

    // "✅ sig-auth: v1beta1 TokenReview …" on the line after "✅ sig-auth: v1beta1 CertificateSigningRequest …": a label
    // that leads two items of consecutive lines with different texts names a group of items (an owner, an area), not
    // one item, and matches no item by itself anywhere in the document.
    private static HashSet<string>? GroupLabels(List<CrossEntry> entries)
    {
        HashSet<string>? groups = null;
        for (int i = 1; i < entries.Count; i++)
        {
            CrossEntry previous = entries[i - 1], entry = entries[i];
            if (entry.Label is { Length: >= 6 } label && label == previous.Label && entry.Line == previous.Line + 1
                && !string.Equals(entry.Text, previous.Text, StringComparison.Ordinal))
            {
                (groups ??= new HashSet<string>(StringComparer.Ordinal)).Add(label);
            }
        }

        return groups;
    }

    // Labels without a digit ("Location", "Action", not "AUTH-01" or "Phase 1") carried by items with at least six
    // different texts: the fields of records, or null when there are none.
    private static HashSet<string>? FieldLabels(List<CrossEntry> entries)
    {
        // Most labels stand once: counted first, and only a label on enough items has its texts compared.
        Dictionary<string, int>? counts = null;
        foreach (CrossEntry entry in entries)
        {
            if (entry.Label is { Length: > 0 } label && !HasDigit(label))
            {
                counts ??= new Dictionary<string, int>(StringComparer.Ordinal);
                counts[label] = counts.GetValueOrDefault(label) + 1;
            }
        }

        if (counts is null)
        {
            return null;
        }

        HashSet<string>? fields = null, texts = null;
        foreach ((string label, int count) in counts)
        {
            if (count < MinFieldTexts)
            {
                continue;
            }

            (texts ??= new HashSet<string>(StringComparer.Ordinal)).Clear();
            foreach (CrossEntry entry in entries)
            {
                if (string.Equals(entry.Label, label, StringComparison.Ordinal))
                {
                    texts.Add(entry.Text);
                }
            }

            if (texts.Count >= MinFieldTexts)
            {
                (fields ??= new HashSet<string>(StringComparer.Ordinal)).Add(label);
            }
        }

        return fields;

        static bool HasDigit(string label)
        {
            foreach (char c in label)
            {
                if (char.IsAsciiDigit(c))
                {
                    return true;
                }
            }

            return false;
        }
    }

    // How many different texts make a label a record's field.
    private const int MinFieldTexts = 6;

    private static List<CrossEntry> CrossEntries(ReportModel model, Lexicon lexicon)
    {
        // Most marked items make an entry: the list is made at the items' number, not grown to it.
        var entries = new List<CrossEntry>(model.Items.Count);
        // The lines of items, sorted for a binary search (a list of ints, not a hash set's buckets and entries).
        var itemLines = new List<int>(model.Items.Count);
        foreach (ModelItem item in model.Items)
        {
            itemLines.Add(item.Line);
            if (item.MarkSpan.IsEmpty || model.StatementAt(item.MarkSpan) is not { } statement)
            {
                continue;
            }

            (bool met, bool notMet) = SymbolsOf(statement);
            bool done = item.Status == StatusKind.Met && item.HasSymbolMark && !notMet && ValueCellOf(statement, item.MarkSpan) is null;
            bool notDone = (item.Status is StatusKind.Pending or StatusKind.Failed || (item.Status == StatusKind.Partial && item.HasSymbolMark)) && !met;
            // Under "### Before Audit" or "### Avant ce projet", a ❌ is the state the work started from, not work left.
            if ((done || notDone) && model.SectionAt(item.Span.Start) is var section && section?.IsStateBefore != true)
            {
                entries.Add(new CrossEntry(item.MarkSpan, item.Line, done, item, section, lexicon));
            }
        }

        // Lines of a drawn box ("║  ✅ Backups automatiques configurés  ║"), one mark each.
        itemLines.Sort();
        foreach (ModelStatement statement in model.StatementArray)
        {
            if (statement.Kind != StatementKind.DashboardLine || itemLines.BinarySearch(statement.Line) >= 0
                || statement.Symbols is not [{ } mark] || statement.Row is not null)
            {
                continue;
            }

            string title = TitleOf(model.TextOf(statement.Span).ToString(), model.TextOf(mark.Span).ToString());
            entries.Add(new CrossEntry(mark.Span, statement.Line, mark.Kind == StatusKind.Met, null, statement.Section, lexicon, title));
        }

        entries.Sort(static (a, b) => a.Mark.Start.CompareTo(b.Mark.Start));
        for (int i = 1; i < entries.Count; i++)
        {
            entries[i].Run = entries[i - 1].Run + (entries[i].Line <= entries[i - 1].Line + 1 ? 0 : 1);
        }

        return entries;
    }

    // The line without its mark and its box: "║  ✅ Backups automatiques configurés  ║" → "Backups automatiques configurés".
    private static string TitleOf(string line, string mark)
    {
        int at = line.IndexOf(mark, StringComparison.Ordinal);
        string rest = at >= 0 ? line.Substring(0, at) + " " + line.Substring(at + mark.Length) : line;
        return rest.Trim(' ', '║', '│', '┃', '|', '\t', '-', '*', '├', '└', '─');
    }

    private static (bool Met, bool NotMet) SymbolsOf(ModelStatement statement)
    {
        bool met = false, notMet = false;
        foreach (StatusMark m in statement.Symbols)
        {
            met |= m.Kind == StatusKind.Met;
            notMet |= m.Kind != StatusKind.Met;
        }

        return (met, notMet);
    }

    // "| MCPHub.js | 63.15% | **84.48%** ✅ | … | Partially Met |": a mark in a cell holding a value qualifies that
    // value, not the row; returns that cell's span.
    private static TextSpan? ValueCellOf(ModelStatement statement, TextSpan mark) =>
        statement.Row?.CellHolding(mark) is { } cell && cell.Column?.Role is not (ColumnRole.Status or ColumnRole.Label) && cell.Value is not null ? cell.Span : null;

    // "### ✅ Phase 3: Payments (33/37 tasks)", or a heading "(✅ COMPLETE)" over "Progress: 77% (17/22 pages)": a done
    // mark over a count of which some are not done.
    private static FactValue? PartialRatio(ReportModel model, ModelStatement statement, StatusMark mark)
    {
        if (statement.Kind != StatementKind.Heading || !ClaimsCompletion(model, statement))
        {
            return null;
        }

        if (PartialRatioIn(statement) is { } own)
        {
            return own;
        }

        ModelSection? section = model.SectionAt(statement.Span.Start);
        foreach (ModelStatement next in model.StatementsIn(section?.Span ?? statement.Span))
        {
            if (next.Span.Start <= statement.Span.Start)
            {
                continue;
            }

            return next.Kind == StatementKind.Heading ? null : PartialRatioIn(next);
        }

        return null;
    }

    // "- [x] Tests green (Vitest: 2376/2392 passing)", "| Build Artifacts | ✅ PRESENT | 17/48 packages |", "SECURITY AUDIT:
    // ✅ PASSED (23/43 critical issues resolved)": an item marked done whose one count of things done (a count of
    // things, lexicon section count.noun, or of things passed, count.passed) leaves some out. A bare ratio names no
    // such count ("[x] Increase blob count (9/12)"); a mark beside a pass word over a ratio out of a scale, or with
    // decimals, judges a score ("✅ PASS | 9/10", "Passed (9.0/10)"); a line with a percentage judges the rate
    // ("✅ 242/246 tests passing (98.4%)": a rate can be good enough), and a line with a target or a second ratio
    // says more than the mark judges.
    private static FactValue? PartialCountOfDone(ReportDocument document, ModelStatement statement)
    {
        if (!statement.IsItem)
        {
            return null;
        }

        FactValue? partial = null;
        foreach (Fact fact in statement.Facts)
        {
            if (fact.Target is not null || fact.TargetOf is not null || fact.Value is { IsPercentage: true })
            {
                return null;
            }

            if (fact.Value is { IsRatio: true } ratio)
            {
                if (partial is not null)
                {
                    return null;
                }

                partial = ratio;
            }
        }

        if (partial is null || partial.Decimals != 0 || PartialRatioIn(statement) != partial)
        {
            return null;
        }

        if (partial.Noun.Length > 2 && document.Lexicon.Contains(ReportModel.CountNoun, partial.Noun))
        {
            return partial;
        }

        return partial.Denominator is not (5 or 10 or 20 or 100) && HoldsUnquoted(statement.Find(ReportModel.CountPassed)) ? partial : null;
    }

    private static bool HoldsUnquoted(Items<PhraseHit> hits)
    {
        foreach (PhraseHit hit in hits)
        {
            if (!hit.IsQuoted)
            {
                return true;
            }
        }

        return false;
    }

    private static bool ClaimsCompletion(ReportModel model, ModelStatement heading)
    {
        IReadOnlyList<CompletionFact> completions = model.Completions;
        for (int i = 0; i < completions.Count; i++)
        {
            if (heading.Span.Contains(completions[i].Span))
            {
                return true;
            }
        }

        return false;
    }

    private static FactValue? PartialRatioIn(ModelStatement statement)
    {
        foreach (Fact fact in statement.Facts)
        {
            if (fact is { IsActual: true, Target: null, TargetOf: null, Value: { IsRatio: true, IsPercentage: false } value }
                && value.Denominator is { } of && of >= 2 && value.Number >= 0 && value.Number < of && decimal.Truncate(value.Number) == value.Number)
            {
                return value;
            }
        }

        return null;
    }

    // An item's own text: its lines down to the first that opens like a list item ("      - [SIG Network]" indented
    // past a sub-list's reach runs on as the same paragraph), whose words are another item's.
    private static TextSpan OwnText(ReportDocument document, ModelStatement statement)
    {
        int first = document.Text.GetLinePosition(statement.Span.Start).Line;
        int last = document.Text.GetLinePosition(statement.Span.End).Line;
        for (int line = first + 1; line <= last; line++)
        {
            TextSpan span = document.Text.GetLineSpan(line);
            ReadOnlySpan<char> text = document.GetText(span).TrimStart();
            if (OpensLikeAnItem(text))
            {
                return TextSpan.FromBounds(statement.Span.Start, Math.Max(statement.Span.Start, span.Start));
            }
        }

        return statement.Span;
    }

    // "- text", "* text", "+ text", "12. text".
    private static bool OpensLikeAnItem(ReadOnlySpan<char> text)
    {
        if (text.Length >= 2 && text[0] is '-' or '*' or '+' && text[1] == ' ')
        {
            return true;
        }

        int digits = 0;
        while (digits < text.Length && digits < 3 && char.IsDigit(text[digits]))
        {
            digits++;
        }

        return digits > 0 && digits + 1 < text.Length && text[digits] is '.' or ')' && text[digits + 1] == ' ';
    }

    // The first word of hits in the value cell, or else in the item's own text (read only when a word is found: most
    // lines marked done hold none).
    private static PhraseHit? FirstUnquoted(Items<PhraseHit> hits, TextSpan? cell, ReportDocument document, ModelStatement statement)
    {
        TextSpan? within = cell;
        foreach (PhraseHit hit in hits)
        {
            within ??= OwnText(document, statement);
            // The text of a link to another site is that page's title ("[Contextual typing of partially annotated
            // signatures](https://…/pull/11673)"), not the line's state.
            if (!hit.IsQuoted && within.Value.Contains(hit.Span) && !AfterDeterminer(document, statement, hit.Span) &&
                !AfterWordOf(document, statement, hit.Span, Preposition) && !InEnumeration(document, statement, hit.Span) &&
                !InBeforeColumn(document, statement, hit.Span) &&
                !ClaimSpans.InExternalLinkText(document, statement, hit.Span) && !HedgesAFigure(document, statement, hit))
            {
                return hit;
            }
        }

        return null;
    }

    // "✅ Build time cut by almost 50%": a hedge before a figure hedges the figure, not the line's state.
    private static bool HedgesAFigure(ReportDocument document, ModelStatement statement, PhraseHit hit)
    {
        if (!document.Lexicon.Contains(StatusRuleSections.StatusContradictsMetHedge, hit.Phrase))
        {
            return false;
        }

        ReadOnlySpan<char> after = document.GetText(TextSpan.FromBounds(hit.Span.End, statement.Span.End)).TrimStart(" *_~≈");
        return after.Length > 0 && char.IsDigit(after[0]);
    }

    private static readonly LexiconSection Preposition = new("status.contradicts-met.preposition");
    private static readonly LexiconSection ColumnBefore = new("column.before");

    // "| Keyboard Navigation | Partial | Complete | ✅ |" under "| Metric | Before | After | Change |": a cell of a column
    // headed by a word of the state before the work (lexicon column.before) says where the work started, not the row's
    // state.
    private static bool InBeforeColumn(ReportDocument document, ModelStatement statement, TextSpan word) =>
        InColumnHeaded(document.Lexicon, statement, word, ColumnBefore);

    // "✅ Status filters working (All, Pending, Approved, Rejected)": a word among the names a bracket lists, three at
    // least, names a category the work handles, not the line's state.
    private static bool InEnumeration(ReportDocument document, ModelStatement statement, TextSpan word)
    {
        ReadOnlySpan<char> before = document.GetText(TextSpan.FromBounds(statement.Span.Start, word.Start));
        ReadOnlySpan<char> after = document.GetText(TextSpan.FromBounds(word.End, statement.Span.End));
        int open = before.LastIndexOf('(');
        int close = after.IndexOf(')');
        if (open < 0 || close < 0 || before[open..].IndexOf(')') >= 0)
        {
            return false;
        }

        int commas = before[open..].Count(',') + after[..close].Count(',');
        return commas >= 2;
    }

    // Whether the word right before a span is one of a section: a determiner ("the pending queue", "du partiel") or a
    // preposition ("✅ Cancel buttons visible for pending requests"), after which the word names a thing, not the line's
    // state. An apostrophe belongs to the word before ("l'").
    private static bool AfterWordOf(ReportDocument document, ModelStatement statement, TextSpan word, LexiconSection section)
    {
        ReadOnlySpan<char> before = document.GetText(TextSpan.FromBounds(statement.Span.Start, word.Start)).TrimEnd(" *_");
        int start = before.Length;
        while (start > 0 && (char.IsLetter(before[start - 1]) || before[start - 1] is '\'' or '’'))
        {
            start--;
        }

        return start < before.Length && (start == 0 || !char.IsLetterOrDigit(before[start - 1]))
            && document.Lexicon.Contains(section, ReportModel.Fold(before[start..].ToString()));
    }

    // "adds unscheduled pods to the pending queue": after a determiner the word describes a noun, not the line's state.
    private static bool AfterDeterminer(ReportDocument document, ModelStatement statement, TextSpan word) =>
        AfterWordOf(document, statement, word, StatusRuleSections.StatusContradictsMetDeterminer);

    private static readonly LexiconSection Fixed = new("status.fixed");

    // "| Session Persistence Not Implemented | ✅ FIXED |": a done mark whose next word says a problem was fixed marks the
    // problem the line names as gone; its words of work not done are the problem's title.
    private static bool SaysFixed(ReportDocument document, ModelStatement statement, TextSpan mark)
    {
        ReadOnlySpan<char> after = document.GetText(TextSpan.FromBounds(mark.End, statement.Span.End));
        int i = 0;
        return StatusWords.NextWord(after, ref i, out int start) && document.Lexicon.Contains(Fixed, ReportModel.Fold(after[start..i].ToString()));
    }

    private static void Report(DocumentAnalysisContext context, RuleDescriptor check, TextSpan mark, string replacement, params object[] arguments) =>
        context.Diagnostics.Report(check, mark, ChangeMark(replacement), [], arguments);

    // "Critical Issues: 0 ❌ # OBJECTIF: 0": the line's one result meets its one target.
    private static Fact? MeetsItsTarget(ModelStatement statement)
    {
        Fact? found = null;
        foreach (Fact fact in statement.Facts)
        {
            if (fact.Target is not null)
            {
                if (found is not null)
                {
                    return null;
                }

                found = fact;
            }
        }

        return found is { IsActual: true, Outcome: TargetOutcome.Met } ? found : null;
    }
}
