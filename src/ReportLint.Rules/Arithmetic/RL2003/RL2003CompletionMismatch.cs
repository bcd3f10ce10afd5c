using System.Collections.Immutable;
using System.Globalization;
using ReportLint.Analysis;
using ReportLint.Claims;
using ReportLint.Diagnostics;
using ReportLint.Lexicons;
using ReportLint.Model;

namespace ReportLint.Rules.Arithmetic;

/// <summary>
/// RL2003: a section's stated completion percentage ("Operations ✅ 90% COMPLETE") disagrees with its own items
/// (3 of 6 done is 50%), or an overall figure ("Overall Completion: ~85%") disagrees with the average of the
/// document's own section figures, or the overall line of a dashboard box ("OVERALL PROGRESS: 75%") disagrees with
/// the mean of the phase lines above it (a done mark alone counting 100%, a pending one 0%). A claim of 100% with
/// items not done is RL3003's.
/// </summary>
public sealed class RL2003CompletionMismatch : ReportAnalyzer
{
    /// <summary>The rule; each of its checks below has its own descriptor, message and section of the rule's page.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        "RL2003", "completion-mismatch", "A completion percentage disagrees with the items it covers",
        "A completion percentage disagrees with the items it covers",
        RuleCategory.Arithmetic, Severity.Warning,
        "A completion percentage that its own list of items contradicts tells readers the work is further along (or behind) than it is.");

    /// <summary>The option: how many percentage points a stated figure may differ from the computed one.</summary>
    public const string ToleranceOption = "RL2003.tolerance_points";

    private const int MinimumItems = 3;

    /// <inheritdoc />
    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [Rule, SectionFigures, SectionItems, BoxPhases, ListedItems];

    /// <summary>An overall completion against the average of the report's section figures.</summary>
    public static readonly RuleDescriptor SectionFigures = Rule.ForCheck("section-figures",
        "An overall completion far from its sections' figures", "'{0}' disagrees with the report's own figures: its {1} section figures ({2}) average {3}%");

    /// <summary>A section's completion against the share of its items done.</summary>
    public static readonly RuleDescriptor SectionItems = Rule.ForCheck("section-items",
        "A section's completion far from its items done", "'{0}' but {1} of {2} items of the section are done ({3}%){4}");

    /// <summary>A box's overall completion against the average of the phases in the box.</summary>
    public static readonly RuleDescriptor BoxPhases = Rule.ForCheck("box-phases",
        "A box's overall completion far from its phases", "'{0}' but the {1} phases above it in its box (lines {2}–{3}) average ({4}) / {1} = {5}%{6}");

    /// <summary>A completion on a key line against the share of the list or table beside it that is done.</summary>
    public static readonly RuleDescriptor ListedItems = Rule.ForCheck("listed-items",
        "A completion far from the list or table beside it", "'{0}' but {1} of {2} items of the {5} are done ({3}%){4}");

    /// <inheritdoc />
    public override ImmutableArray<RuleOption> SupportedOptions { get; } =
    [
        new RuleOption(Rule.Id, "tolerance_points", RuleOptionType.Number, "5",
            "How many percentage points a stated completion may differ from the share of done items."),
    ];

    /// <inheritdoc />
    public override DocumentScope Scope => DocumentScope.StatusReports;

    /// <inheritdoc />
    public override RuleNeeds Needs { get; } = RuleNeeds.ParagraphWithEach(LexiconSections.UnitPercent, LexiconSections.Completion) | RuleNeeds.ParagraphWithEach(LexiconSections.UnitPercent, new LexiconSection("progress.key")) |
        (RuleNeeds.Character("%") & RuleNeeds.Phrase(LexiconSections.CompletionOverall));

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        ReportModel model = ReportModel.Of(context.Document);
        decimal tolerance = context.Document.Options.GetNumber(ToleranceOption, 5m);
        IReadOnlyList<CompletionFact> claims = model.Completions;

        // The section figures an overall figure is compared with, gathered once: per claim, they made a report of many
        // completion statements quadratic.
        var reported = new HashSet<int>();
        foreach (BoxProgress box in BoxProgressFacts.Of(model))
        {
            AnalyzeBox(context, model, box, tolerance, reported);
        }

        var figures = new List<CompletionFact>();
        decimal figuresTotal = 0;
        foreach (CompletionFact c in claims)
        {
            if (c.Section is not null && c.Percent is { } figure && !c.IsOverall)
            {
                figures.Add(c);
                figuresTotal += figure;
            }
        }

        foreach (CompletionFact claim in claims)
        {
            if (claim.Percent is not { } stated || claim.ClaimsAll)
            {
                continue;
            }

            decimal allowed = tolerance + (claim.IsApproximate ? 5m : 0m);
            if (claim.IsOverall && reported.Contains(claim.Line))
            {
                continue;
            }

            if (claim.IsOverall)
            {
                // An overall claim is never among the figures, so they are the same for every overall claim. A claim
                // that is the share of a fraction the report gives ("136/279 tasks (48.7%)" on its line, "| Sprints
                // Complete | 5/8 (63%) |" elsewhere) pools counts of which the sections may describe only some: their
                // unweighted mean is no check of it.
                if (figures.Count >= MinimumItems)
                {
                    decimal mean = figuresTotal / figures.Count;
                    if (Math.Abs(mean - stated) > allowed && !IsShareOfAFraction(model, claim, stated))
                    {
                        reported.Add(claim.Line);
                        context.Report(SectionFigures, claim.Span, ListedItemFacts.LeadOf(model, claim).ToString(), figures.Count,
                            string.Join(", ", figures.Take(6).Select(f => model.FormatNumber(f.Percent!.Value) + "%")) + (figures.Count > 6 ? ", …" : ""), model.FormatNumber(mean));
                    }
                }

                continue;
            }

            if (claim.Section is not { } section)
            {
                continue;
            }

            // A section's own items (not those of its heading line): how many, how many done, the first not done.
            IReadOnlyList<ModelItem> own = model.ItemsUnder(section);
            if (own.Count < MinimumItems)
            {
                continue;
            }

            int done = 0;
            ModelItem? firstNotDone = null;
            foreach (ModelItem item in own)
            {
                if (item.Status == StatusKind.Met)
                {
                    done++;
                }
                else
                {
                    firstNotDone ??= item;
                }
            }

            // Every item done under a lower figure: the section lists the parts that are done, and the figure may
            // count parts the report gives elsewhere ("### 2. Project Creation (80% Complete)" over six ✅ items, the
            // rest under "What's Broken"). Items say the work is further along only when some are not done.
            decimal computed = 100m * done / own.Count;
            if (Math.Abs(computed - stated) > allowed && done < own.Count)
            {
                reported.Add(claim.Line);
                string example = firstNotDone is null ? string.Empty : $"; not done: '{firstNotDone.Title}' (line {firstNotDone.Line})";
                context.Report(SectionItems, claim.Span, claim.Text, done, own.Count, model.FormatNumber(computed), example);
            }
        }

        AnalyzeKeyLines(context, model, reported, tolerance);
    }

    // "OVERALL PROGRESS: 75%" under nine phases at 100, 100, 100, 100, 100, 95, 0, 0 and 0%: they average 66.1%. No
    // weights are given in a box, so its overall figure is their plain mean.
    private static void AnalyzeBox(DocumentAnalysisContext context, ReportModel model, BoxProgress box, decimal tolerance, HashSet<int> reported)
    {
        decimal sum = 0;
        foreach (BoxPart part in box.Parts)
        {
            sum += part.Percent;
        }

        decimal mean = sum / box.Parts.Count;
        decimal allowed = tolerance + (box.Stated.IsApproximate ? 5m : 0m);
        if (Math.Abs(mean - box.Stated.Number) <= allowed)
        {
            return;
        }

        reported.Add(box.Overall.Line);
        string terms = string.Join(" + ", box.Parts.Select(p => model.FormatNumber(p.Percent)));
        bool marks = box.Parts.Any(p => p.FromMark);
        context.Report(BoxPhases, box.Stated.Span, box.Overall.Text, box.Parts.Count, box.Parts[0].Line.Line, box.Parts[^1].Line.Line, terms, model.FormatNumber(mean),
            marks ? "; a phase marked done without a figure counts 100%, one pending 0%" : string.Empty);
    }

    private const int MinimumListed = 5;

    // Whether the stated figure is the share of a fraction on the claim's own line, or on a line that writes the same
    // figure beside a fraction, to the figure's last digit ("5/8 (63%)" is 62.5%).
    private static bool IsShareOfAFraction(ReportModel model, CompletionFact claim, decimal stated)
    {
        // Half a unit of a figure written without decimals; a figure written with decimals keeps the 0.1 the own-line
        // check always allowed (half its last digit is less).
        decimal rounding = (decimal.GetBits(stated)[3] & 0x00FF0000) == 0 ? 0.5m : 0.1m;
        foreach (ModelStatement statement in model.StatementArray)
        {
            if (statement.Line != claim.Line && !StatesFigure(statement, stated))
            {
                continue;
            }

            foreach (FactValue value in statement.Values)
            {
                if (value is { IsRatio: true, Denominator: > 0 } && Math.Abs((100m * value.Number / value.Denominator.Value) - stated) <= rounding)
                {
                    return true;
                }
            }
        }

        return false;

        static bool StatesFigure(ModelStatement statement, decimal stated)
        {
            foreach (FactValue value in statement.Values)
            {
                if (value.IsPercentage && !value.IsRange && value.Number == stated)
                {
                    return true;
                }
            }

            return false;
        }
    }

    // "**Current Production Readiness:** 85% ✅" right after a checklist of which 6 of 10 items are done: a key line of
    // progress (lexicon section progress.key) against the share of done items of the list just above it, unless a
    // completion claim of its line was reported already.
    private static void AnalyzeKeyLines(DocumentAnalysisContext context, ReportModel model, HashSet<int> claimed, decimal tolerance)
    {
        foreach (ModelStatement statement in model.StatementArray)
        {
            if (statement.Kind != StatementKind.KeyValueLine || statement.Stance != FactStance.None || claimed.Contains(statement.Line) ||
                statement.Facts.FirstOrDefault(f => f.Value is { IsPercentage: true }) is not { Value: { } value } fact || !fact.IsActual ||
                !statement.Find(new LexiconSection("progress.key")).Any(hit => hit.Span.End <= value.Span.Start && !hit.IsQuoted))
            {
                continue;
            }

            // The list just above; else the table just above, or the list or table the line leads in. Beside a table or
            // under a lead-in, a partial item may count as half done or all of it: only a figure above the most its items
            // allow is reported.
            IReadOnlyList<ModelItem> listed = ListedItemFacts.ItemsListedBefore(model, statement);
            bool above = listed.Count > 0;
            string where = "list above";
            if (!above)
            {
                (listed, where) = ListedItemFacts.ItemsBesideOtherwise(model, statement);
            }

            if (listed.Count < MinimumListed)
            {
                continue;
            }

            int done = listed.Count(i => i.Status == StatusKind.Met);
            decimal computed = 100m * done / listed.Count;
            decimal allowed = tolerance + (value.IsApproximate ? 5m : 0m);
            decimal most = 100m * listed.Count(i => i.Status is StatusKind.Met or StatusKind.Partial) / listed.Count;
            if (Math.Abs(computed - value.Number) <= allowed || value.IsLowerBound || value.IsUpperBound || done == listed.Count ||
                (!above && value.Number <= most + allowed))
            {
                continue;
            }

            ModelItem? firstNotDone = listed.FirstOrDefault(i => i.Status != StatusKind.Met);
            string example = firstNotDone is null ? string.Empty : $"; not done: '{firstNotDone.Title}' (line {firstNotDone.Line})";
            context.Report(ListedItems, value.Span, statement.Text, done, listed.Count, model.FormatNumber(computed), example, where);
        }
    }
}
