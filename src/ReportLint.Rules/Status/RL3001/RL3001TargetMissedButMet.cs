using System.Collections.Immutable;
using ReportLint.Analysis;
using ReportLint.Claims;
using ReportLint.Diagnostics;
using ReportLint.Lexicons;
using ReportLint.Model;

namespace ReportLint.Rules.Status;

/// <summary>
/// RL3001: a result misses its own stated target, yet the line, the row or the heading above presents it as met
/// (✅, "validated", "atteint", a "TESTS VALIDÉS" heading). Only certain misses are reported: units must agree and
/// a target without comparator needs a metric whose direction is known. Only actual results count: a goal, a
/// projection or a negated or quoted value is not one.
/// The same presentation of a value that is no measured result is reported too: an estimate or an expectation shown
/// as met (<c>| Performance | 90+ | 90-95 estimated | ✅ |</c>, <c>✅ Expected: &lt;500ms</c>), a bare threshold ticked
/// with no measured value of its metric anywhere in the report (<c>✅ Bundle Size &lt; 500KB</c>), and a partial level
/// marked conformant (<c>| SOC 2 | 90% | ✅ CONFORME |</c>).
/// </summary>
public sealed partial class RL3001TargetMissedButMet : ReportAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        "RL3001", "target-missed-but-met", "A result misses its target but is presented as met",
        "{0}, yet it is presented as met ({1})",
        RuleCategory.Status, Severity.Warning,
        "A result that misses the target stated beside it, under a ✅ or a 'validated' heading, tells readers a goal was reached when it was not.");

    /// <inheritdoc />
    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [Rule];

    /// <inheritdoc />
    public override DocumentScope Scope => DocumentScope.StatusReports;

    /// <inheritdoc />
    public override RuleNeeds Needs { get; } = RuleNeeds.NumberAfter(LexiconSections.Target) | RuleNeeds.TableLineWith(LexiconSections.ColumnTarget, LexiconSections.ColumnResult) |
        (RuleNeeds.StatusSymbol & (RuleNeeds.Phrase(Unmeasured, Conformity) | RuleNeeds.Character("<>≤≥+")));

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    // The results of list items, table rows with target and result columns, and claim lines of code
    // ("Débit: 34 req/s ✅ # OBJECTIF: > 1000 req/s") that miss their target.
    private static void Analyze(DocumentAnalysisContext context)
    {
        ReportModel model = ReportModel.Of(context.Document);
        var reported = new HashSet<ModelStatement>();
        foreach (ModelStatement statement in model.StatementArray)
        {
            if (statement.Kind is not (StatementKind.ListItem or StatementKind.TableRow or StatementKind.CodeLine or StatementKind.DashboardLine) || InPlan(statement))
            {
                continue;
            }

            foreach (Fact result in statement.Facts)
            {
                if (result.Target is not { } target || !result.IsActual || !IsPresentedAsMet(result.Presentation))
                {
                    continue;
                }

                // The words saying how it is shown as met are written only for a finding.
                if (result.Value is null)
                {
                    string presentedBy = PresentedAsMet(result.Presentation);
                    // A target with no measured result ("10K req/s" / "Framework ready") is not met.
                    context.Diagnostics.Report(Rule, result.Span, ImmutableDictionary<string, string>.Empty, [target.Span],
                        $"'{result.Text}' (no measured result) misses its own target {target.Text}", presentedBy);
                    reported.Add(statement);
                }
                else if (result.Outcome == TargetOutcome.Missed)
                {
                    context.Diagnostics.Report(Rule, result.Span, $"{result.Text} misses its own target {target.Text}", PresentedAsMet(result.Presentation));
                    reported.Add(statement);
                }
            }
        }

        ReportUnmeasuredShownAsMet(context, model, reported);
    }

    // "### Next Steps" over "- ✅ Maintain coverage > 85%", "### Standards" over "- ✅ Cognitive complexity ≤ 10": a
    // plan, an instruction, a metric to watch or a standard (ModelSection.IsPlan), no result the report asserts met.
    private static bool InPlan(ModelStatement statement) => statement.Section is { IsPlan: true };

    // Whether its own line says it is met, or its line says nothing and the nearest heading with a status says met.
    private static bool IsPresentedAsMet(FactPresentation presentation) =>
        presentation is { Status: StatusKind.Met } && (presentation.Mark is not null || presentation.Heading is not null);

    // How it is shown as met, for a finding (IsPresentedAsMet holds): "marked '✅'" by its own line, "under heading
    // '…', line n" by the heading.
    private static string PresentedAsMet(FactPresentation presentation) =>
        presentation.Mark is { } mark ? $"marked '{mark}'" : $"under heading '{presentation.Heading!.Title}', line {presentation.Heading.Line}";
}
