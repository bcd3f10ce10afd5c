using System.Collections.Immutable;
using System.Globalization;
using ReportLint.Analysis;
using ReportLint.Claims;
using ReportLint.Diagnostics;
using ReportLint.Text;

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
        ReportDocument document = context.Document;
        decimal tolerance = document.Options.GetNumber(ToleranceOption, 5m);
        IReadOnlyList<CompletionClaim> claims = CompletionClaims.Of(document).All;
        StatusItems items = StatusItems.Of(document);
        foreach (CompletionClaim claim in claims)
        {
            if (claim.Percent is not { } stated || claim.ClaimsAll)
            {
                continue;
            }

            decimal allowed = tolerance + (claim.Comparison == Comparison.Approximately ? 5m : 0m);
            if (claim.IsOverall)
            {
                var figures = claims.Where(c => c != claim && c.Section is not null && c.Percent is not null && !c.IsOverall).ToList();
                if (figures.Count >= MinimumItems)
                {
                    // A loop, not LINQ's Average over decimals: framework generic code over a value type is
                    // JIT-compiled at every start of the tool.
                    decimal total = 0;
                    foreach (CompletionClaim figure in figures)
                    {
                        total += figure.Percent!.Value;
                    }

                    decimal mean = total / figures.Count;
                    if (Math.Abs(mean - stated) > allowed)
                    {
                        context.Report(Rule, claim.Span, string.Create(CultureInfo.InvariantCulture,
                            $"'{Readable.Text(document, TextSpan.FromBounds(document.Text.GetLineSpan(claim.Line).Start, claim.Span.End))}' disagrees with the report's own figures: its {figures.Count} section figures ({string.Join(", ", figures.Take(6).Select(f => f.Percent!.Value.ToString("0.#", CultureInfo.InvariantCulture) + "%"))}{(figures.Count > 6 ? ", …" : "")}) average {mean:0.#}%"));
                    }
                }

                continue;
            }

            if (claim.Section is not { } section)
            {
                continue;
            }

            var own = items.Within(section.SectionSpan).Where(i => !section.Span.Contains(i.Span)).ToList();
            if (own.Count < MinimumItems)
            {
                continue;
            }

            int done = own.Count(i => i.Status == StatusKind.Met);
            decimal computed = 100m * done / own.Count;
            if (Math.Abs(computed - stated) > allowed)
            {
                StatusItem? firstNotDone = own.FirstOrDefault(i => i.Status != StatusKind.Met);
                string example = firstNotDone is null ? string.Empty : $"; not done: '{firstNotDone.Title}' (line {firstNotDone.Line})";
                context.Report(Rule, claim.Span, string.Create(CultureInfo.InvariantCulture,
                    $"'{claim.Text.Trim()}' but {done} of {own.Count} items of the section are done ({computed:0.#}%){example}"));
            }
        }
    }
}
