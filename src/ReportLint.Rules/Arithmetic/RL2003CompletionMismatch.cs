using System.Collections.Immutable;
using System.Globalization;
using ReportLint.Analysis;
using ReportLint.Claims;
using ReportLint.Diagnostics;
using ReportLint.Model;

namespace ReportLint.Rules.Arithmetic;

/// <summary>
/// RL2003: a section's stated completion percentage ("Operations ✅ 90% COMPLETE") disagrees with its own items
/// (3 of 6 done is 50%), or an overall figure ("Overall Completion: ~85%") disagrees with the average of the
/// document's own section figures. A claim of 100% with items not done is RL3003's.
/// </summary>
public sealed class RL2003CompletionMismatch : ReportAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        "RL2003", "completion-mismatch", "A completion percentage disagrees with the items it covers",
        "{0}",
        RuleCategory.Arithmetic, Severity.Warning,
        "A completion percentage that its own list of items contradicts tells readers the work is further along (or behind) than it is.");

    /// <summary>The option: how many percentage points a stated figure may differ from the computed one.</summary>
    public const string ToleranceOption = "RL2003.tolerance_points";

    private const int MinimumItems = 3;

    /// <inheritdoc />
    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [Rule];

    /// <inheritdoc />
    public override ImmutableArray<RuleOption> SupportedOptions { get; } =
    [
        new RuleOption(Rule.Id, "tolerance_points", RuleOptionType.Number, "5",
            "How many percentage points a stated completion may differ from the share of done items."),
    ];

    /// <inheritdoc />
    public override bool CanReport(ReportDocument document) => Triggers.Of(document).AnyParagraphWithAll("unit.%", "completion");

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        ReportModel model = ReportModel.Of(context.Document);
        decimal tolerance = context.Document.Options.GetNumber(ToleranceOption, 5m);
        IReadOnlyList<CompletionFact> claims = model.Completions;

        // The section figures an overall figure is compared with, gathered once: per claim, they made a report of many
        // completion statements quadratic.
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
            if (claim.IsOverall)
            {
                // An overall claim is never among the figures, so they are the same for every overall claim.
                if (figures.Count >= MinimumItems)
                {
                    decimal mean = figuresTotal / figures.Count;
                    if (Math.Abs(mean - stated) > allowed)
                    {
                        context.Report(Rule, claim.Span, string.Create(CultureInfo.InvariantCulture,
                            $"'{model.LeadOf(claim)}' disagrees with the report's own figures: its {figures.Count} section figures ({string.Join(", ", figures.Take(6).Select(f => f.Percent!.Value.ToString("0.#", CultureInfo.InvariantCulture) + "%"))}{(figures.Count > 6 ? ", …" : "")}) average {mean:0.#}%"));
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

            decimal computed = 100m * done / own.Count;
            if (Math.Abs(computed - stated) > allowed)
            {
                string example = firstNotDone is null ? string.Empty : $"; not done: '{firstNotDone.Title}' (line {firstNotDone.Line})";
                context.Report(Rule, claim.Span, string.Create(CultureInfo.InvariantCulture,
                    $"'{claim.Text}' but {done} of {own.Count} items of the section are done ({computed:0.#}%){example}"));
            }
        }
    }
}
