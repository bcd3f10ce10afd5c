using System.Collections.Immutable;
using ReportLint.Analysis;
using ReportLint.Claims;
using ReportLint.Diagnostics;
using ReportLint.Lexicons;
using ReportLint.Model;

namespace ReportLint.Rules.Status;

/// <summary>
/// RL3005: the target of one metric changes between places ("Security Score … (target: &gt; 90)" and "… # OBJECTIF:
/// &gt;80"): the goalposts moved. Targets under headings of different periods may legitimately differ.
/// </summary>
public sealed partial class RL3005MovingTarget : ReportAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        "RL3005", "moving-target", "The target of one metric changes between places",
        "The target of {0} is {1} here but {2} at line {3}",
        RuleCategory.Status, Severity.Warning,
        "A target lowered in the body of a report, after a higher one in its summary, makes a miss look like a success.");

    /// <inheritdoc />
    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [Rule];

    /// <inheritdoc />
    public override DocumentScope Scope => DocumentScope.StatusReports;

    /// <inheritdoc />
    public override RuleNeeds Needs { get; } = RuleNeeds.StatusSymbol & RuleNeeds.Phrase(LexiconSections.Target);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        ReportModel model = ReportModel.Of(context.Document);
        if (!model.IsStatusReport)
        {
            return;
        }

        foreach (FactRelation restatement in model.RestatementsWithEarlier(f => f.Target is { Stance: FactStance.None }))
        {
            Fact later = restatement.Fact;
            FactValue b = later.Target!.Value!;
            foreach (Fact earlier in restatement.Related)
            {
                FactValue a = earlier.Target!.Value!;
                if (Differs(a, b))
                {
                    context.Diagnostics.Report(Rule, b.Span, ImmutableDictionary<string, string>.Empty, [a.Span],
                        later.MetricName, b.Text, a.Text, earlier.Statement.Line);
                    break;
                }
            }
        }

        ReportTargetsThatWereTheStart(context, model);
    }

    private static bool Differs(FactValue a, FactValue b) =>
        a.Number != b.Number || a.Unit != b.Unit || a.IsLowerBound != b.IsLowerBound;
}
