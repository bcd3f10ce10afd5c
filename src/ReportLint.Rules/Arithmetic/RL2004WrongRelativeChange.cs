using System.Collections.Immutable;
using System.Globalization;
using Markdig.Syntax;
using ReportLint.Analysis;
using ReportLint.Claims;
using ReportLint.Diagnostics;
using ReportLint.Lexicons;
using ReportLint.Text;

namespace ReportLint.Rules.Arithmetic;

/// <summary>
/// RL2004: a stated relative change between a result and its target is wrong. "&lt;8ms (target &lt;10ms) +25% better"
/// divides by the wrong base: 8 against 10 is a 20% reduction. The change is measured from the target:
/// (result − target) / target, and for lower-is-better metrics (target − result) / target.
/// </summary>
public sealed class RL2004WrongRelativeChange : ReportAnalyzer
{
    // Made once: a params array of constants is built at every call.
    private static readonly char[] Emphasis = [' ', '*', '_'];

    /// <summary>The rule.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        "RL2004", "wrong-relative-change", "A stated relative change is wrong",
        "'{0}' is wrong: {1} against the target {2} is {3}",
        RuleCategory.Arithmetic, Severity.Warning,
        "A percentage improvement computed against the wrong base overstates the result; the figure must be checkable from the two numbers beside it.");

    private const decimal Tolerance = 1.5m;

    /// <inheritdoc />
    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [Rule];

    // The lexicon section only this rule reads.
    private static readonly LexiconSection Change = new("change");

    /// <inheritdoc />
    public override RuleNeeds Needs { get; } = RuleNeeds.Character("%") & RuleNeeds.Phrase(LexiconSections.Target) & RuleNeeds.Phrase(Change);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        ReportDocument document = context.Document;
        Lexicon lexicon = document.Lexicon;
        foreach (Statement statement in Statements.Of(document).All)
        {
            if (statement.Block is HeadingBlock)
            {
                continue;
            }

            ReadOnlySpan<TargetClaim> targets = statement.Targets(document);
            if (targets.Length != 1)
            {
                continue;
            }

            TargetClaim target = targets[0];
            ReadOnlySpan<Quantity> quantities = statement.Quantities(document);
            Quantity? result = Targets.ResultBefore(quantities, target, targets, requireUnit: true);
            if (result is not { } r || target.Value.Value == 0)
            {
                continue;
            }

            // A loop, not LINQ over Quantity: framework generic code over a value type is JIT-compiled at every start.
            foreach (Quantity change in quantities)
            {
                if (change.Unit != "%" || change.Span.Start < target.Span.End)
                {
                    continue;
                }

                int after = change.Span.End - statement.Span.Start;
                string rest = TextFolding.Fold(statement.Prose.AsSpan(after, Math.Min(30, statement.Prose.Length - after))).TrimStart(Emphasis);
                string? phrase = lexicon.Phrases(Change).FirstOrDefault(p =>
                    rest.StartsWith(p, StringComparison.Ordinal) && (rest.Length == p.Length || !char.IsLetter(rest[p.Length])));
                if (phrase is null)
                {
                    continue;
                }

                if (!r.TryConvertTo(target.Value.Unit.Length > 0 ? target.Value.Unit : r.Unit, out decimal value))
                {
                    continue;
                }

                if (Quotation.IsQuoted(statement.Prose, change.Span.Start - statement.Span.Start, change.Span.End - statement.Span.Start))
                {
                    continue;
                }

                decimal t = target.Value.Value;
                decimal correct = Math.Abs(value - t) / Math.Abs(t) * 100m;
                decimal stated = Math.Abs(change.Value);
                if (Math.Abs(correct - stated) <= Tolerance)
                {
                    continue;
                }

                string direction = value < t ? "reduction" : "increase";
                bool signed = change.Span.Start > 0 && document.Text.Text[change.Span.Start - 1] == '+';
                var span = signed ? TextSpan.FromBounds(change.Span.Start - 1, change.Span.End) : change.Span;
                string changeText = document.GetText(span).ToString() + " " + phrase;
                context.Report(Rule, span, changeText,
                    document.GetText(r.Span).ToString(), document.GetText(target.Value.Span).ToString(),
                    string.Create(CultureInfo.InvariantCulture, $"a {correct:0.#}% {direction} ({Quantity.FormatNumber(t, 3)} → {Quantity.FormatNumber(value, 3)})"));
            }
        }
    }
}
