using System.Collections.Immutable;
using System.Globalization;
using ReportLint.Analysis;
using ReportLint.Diagnostics;
using ReportLint.Lexicons;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Arithmetic;

/// <summary>
/// RL2006: a progress bar drawn in a dashboard shows another share than the percentage written beside it
/// (<c>Backend [██░░░░░░░░] 80%</c> draws 20%). A bar can only draw a share to the nearest cell, so a difference of
/// up to one cell is rounding, not a defect.
/// </summary>
public sealed class RL2006BarContradictsPercentage : ReportAnalyzer
{
    // A bar of fewer cells draws too coarse a share to contradict anything.
    private const int MinimumCells = 5;

    // Words after the percentage that make it a change rather than the bar's share ("100% Eliminated").
    private static readonly LexiconSection Change = new("bar.change");

    /// <summary>The rule.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        "RL2006", "bar-contradicts-percentage", "A progress bar draws another share than its percentage",
        "The bar{0} draws {1}% ({2} of {3} cells) but says {4}",
        RuleCategory.Arithmetic, Severity.Warning,
        "Readers take in the bar before the number beside it; a bar that draws another share than it states tells them two things.");

    /// <inheritdoc />
    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [Rule];

    /// <inheritdoc />
    public override DocumentScope Scope => DocumentScope.StatusReports;

    /// <inheritdoc />
    public override RuleNeeds Needs { get; } = RuleNeeds.Character("%");

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        foreach (ModelBar bar in ReportModel.Of(context.Document).Bars)
        {
            if (bar.Stated is not { IsPercentage: true } stated || bar.Cells < MinimumCells || stated.Number is < 0 or > 100)
            {
                continue;
            }

            // "After: 0 LOC ░░░░░░░░░░ 100% Eliminated": the percentage measures the change its next word names.
            if (NamesChange(context.Document, bar, stated.Span))
            {
                continue;
            }

            decimal drawn = bar.Drawn * 100m;
            decimal oneCell = 100m / bar.Cells;
            if (Math.Abs(drawn - stated.Number) <= oneCell + stated.Resolution)
            {
                continue;
            }

            string label = bar.Label.IsEmpty ? string.Empty : $" of '{bar.Label}'";
            context.Diagnostics.Report(Rule, bar.BarSpan, ImmutableDictionary<string, string>.Empty, [stated.Span],
                label, Format(drawn), Format(bar.Drawn * bar.Cells), bar.Cells.ToString(CultureInfo.InvariantCulture), stated.Text);
        }
    }

    private static string Format(decimal value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    // Whether a word of change follows the percentage, with nothing but spaces and emphasis between ("100% Eliminated ✅",
    // "87 % de réduction").
    private static bool NamesChange(ReportDocument document, ModelBar bar, TextSpan percent)
    {
        ReportModel model = ReportModel.Of(document);
        if (model.StatementAt(bar.Span) is not { } statement)
        {
            return false;
        }

        foreach (PhraseHit hit in statement.Find(Change))
        {
            if (hit.Span.Start >= percent.End && ReportModel.NothingBetween(statement, percent.End, hit.Span.Start))
            {
                return true;
            }
        }

        return false;
    }
}
