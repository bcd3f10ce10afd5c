using System.Collections.Immutable;
using ReportLint.Analysis;
using ReportLint.Claims;
using ReportLint.Diagnostics;
using ReportLint.Lexicons;

namespace ReportLint.Rules.Status;

/// <summary>
/// RL3005: the target of one metric changes between places ("Security Score … (target: &gt; 90)" and "… # OBJECTIF:
/// &gt;80"): the goalposts moved. Targets under headings of different periods may legitimately differ.
/// </summary>
public sealed class RL3005MovingTarget : ReportAnalyzer
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
    public override RuleNeeds Needs { get; } = RuleNeeds.StatusSymbol & RuleNeeds.Phrase(LexiconSections.Target);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        ReportDocument document = context.Document;
        if (!MetricClaims.IsStatusReport(document))
        {
            return;
        }

        MetricClaims model = MetricClaims.Of(document);
        foreach (var group in model.All.Where(c => c.Target is not null).GroupBy(c => c.Key)
                     .Where(g => g.Count() > 1 && RL3004MetricValueConflict.IsComparable(document, g.Key)))
        {
            var representatives = new RL3004MetricValueConflict.Representatives(document, model);
            foreach (MetricClaim later in group)
            {
                MetricClaim? moved = representatives.Candidates(later).Find(e =>
                    RL3004MetricValueConflict.Comparable(document, e, later) && Differs(e.Target!.Value.Value, later.Target!.Value.Value));
                if (moved is not null)
                {
                    Quantity a = moved.Target!.Value.Value, b = later.Target!.Value.Value;
                    context.Diagnostics.Report(Rule, b.Span, ImmutableDictionary<string, string>.Empty, [a.Span],
                        later.Name, document.GetText(b.Span).ToString(), document.GetText(a.Span).ToString(), moved.Line);
                }

                representatives.Remember(later);
            }
        }
    }

    private static bool Differs(Quantity a, Quantity b)
    {
        bool aUpper = a.Comparison is Comparison.GreaterThan or Comparison.AtLeast;
        bool bUpper = b.Comparison is Comparison.GreaterThan or Comparison.AtLeast;
        return a.Value != b.Value || a.Unit != b.Unit || aUpper != bUpper;
    }
}
