using System.Collections.Immutable;
using System.Globalization;
using ReportLint.Analysis;
using ReportLint.Claims;
using ReportLint.Collections;
using ReportLint.Diagnostics;
using ReportLint.Lexicons;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Arithmetic;

/// <summary>
/// RL2004: a stated relative change between a result and its target is wrong. "&lt;8ms (target &lt;10ms) +25% better"
/// divides by the wrong base: 8 against 10 is a 20% reduction. The change is measured from the target:
/// (result − target) / target, and for lower-is-better metrics (target − result) / target. In a table with a before,
/// an after and a change column ("| Baseline | Optimized | Savings |"), the change is |after − before| / before; a range
/// after ("$20-25k") gives a range of changes, and a stated range must match it end for end.
/// </summary>
public sealed class RL2004WrongRelativeChange : ReportAnalyzer
{
    // Made once: a params array of constants is built at every call.
    private static readonly char[] Emphasis = [' ', '*', '_'];

    /// <summary>The rule.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        "RL2004", "wrong-relative-change", "A stated relative change is wrong",
        "'{0}' is wrong: {1}",
        RuleCategory.Arithmetic, Severity.Warning,
        "A percentage improvement computed against the wrong base overstates the result; the figure must be checkable from the two numbers beside it.");

    private const decimal Tolerance = 1.5m;

    // The ends of a stated range of changes are often rounded to 5 points ("30-50%").
    private const decimal RangeTolerance = 2.5m;

    /// <inheritdoc />
    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [Rule];

    /// <inheritdoc />
    public override DocumentScope Scope => DocumentScope.StatusReports;

    /// <inheritdoc />
    public override RuleNeeds Needs { get; } = RuleNeeds.Character("%") &
        ((RuleNeeds.Phrase(LexiconSections.Target) & RuleNeeds.Phrase(new LexiconSection("change"))) |
         (RuleNeeds.TableLineWith(new LexiconSection("column.before")) & RuleNeeds.TableLineWith(new LexiconSection("column.change")))) |
        (RuleNeeds.Character("=") & RuleNeeds.Phrase(new LexiconSection("column.change")));

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        ReportModel model = ReportModel.Of(context.Document);
        foreach (RowChange row in RowChangeFacts.Of(model))
        {
            AnalyzeRow(context, model, row);
        }

        foreach (ComputedSaving saving in SavingFacts.Of(model))
        {
            AnalyzeSaving(context, model, saving);
        }

        foreach (ModelStatement statement in model.StatementArray)
        {
            if (statement.Kind is StatementKind.Heading or StatementKind.TableRow)
            {
                continue;
            }

            // One stated target, and the result it bounds, with a unit.
            Fact? target = null;
            int targets = 0;
            foreach (Fact fact in statement.Facts)
            {
                if (fact.Role is FactRole.Target or FactRole.Goal && fact.Value is not null)
                {
                    target = fact;
                    targets++;
                }
            }

            if (targets != 1 || target!.Value is not { } t || target.TargetOf?.Value is not { Unit.Length: > 0 } r || t.Number == 0)
            {
                continue;
            }

            Items<PhraseHit> changes = statement.Find(new LexiconSection("change"));
            foreach (Fact fact in statement.Facts)
            {
                if (fact.Value is not { IsPercentage: true } change || change.Span.Start < t.Span.End || (fact.Stance & FactStance.Quoted) != 0 ||
                    PhraseAfter(statement, change, changes) is not { IsQuoted: false } phrase)
                {
                    continue;
                }

                if (!r.TryConvertTo(t.Unit.Length > 0 ? t.Unit : r.Unit, out decimal value))
                {
                    continue;
                }

                decimal correct = Math.Abs(value - t.Number) / Math.Abs(t.Number) * 100m;
                decimal stated = Math.Abs(change.Number);
                if (Math.Abs(correct - stated) <= Tolerance)
                {
                    continue;
                }

                string direction = value < t.Number ? "reduction" : "increase";
                bool signed = change.Span.Start > statement.Span.Start && statement.Prose[TextSpan.FromBounds(change.Span.Start - 1, change.Span.Start)][0] == '+';
                var span = signed ? TextSpan.FromBounds(change.Span.Start - 1, change.Span.End) : change.Span;
                string changeText = model.TextOf(span) + " " + phrase.Phrase;
                context.Report(Rule, span, changeText,
                    $"{r.Text} against the target {t.Text} is a {model.FormatNumber(correct)}% {direction} ({model.FormatNumber(t.Number, "0.###")} → {model.FormatNumber(value, "0.###")})");
            }
        }
    }

    // "| Monitoring | $30k | $20-25k | 30-35% |": 30k → 20k is 33.3%, 30k → 25k 16.7%, so the saving is 16.7–33.3%.
    // Percentages before and after may change by points as well ("85% → 100%, +15%"): either reading passes.
    private static void AnalyzeRow(DocumentAnalysisContext context, ReportModel model, RowChange row)
    {
        ValueRange b = row.BeforeValue, a = row.AfterValue, c = row.ChangeValue;
        if (b.IsRange || (c.IsRange && !a.IsRange))
        {
            return;
        }

        decimal first = Math.Abs(a.Low - b.Low) / b.Low * 100m, second = Math.Abs(a.High - b.Low) / b.Low * 100m;
        decimal low = Math.Min(first, second), high = Math.Max(first, second);
        if (Fits(low, high, c) || (row.InPercent && Fits(Math.Min(Math.Abs(a.Low - b.Low), Math.Abs(a.High - b.Low)), Math.Max(Math.Abs(a.Low - b.Low), Math.Abs(a.High - b.Low)), c)))
        {
            return;
        }

        // "100 s → 50 s, 100% faster" measures the gain against the result (a speed-up): that reading passes too.
        if (a.Low > 0)
        {
            decimal fromFirst = Math.Abs(a.Low - b.Low) / a.Low * 100m, fromSecond = Math.Abs(a.High - b.Low) / a.High * 100m;
            if (Fits(Math.Min(fromFirst, fromSecond), Math.Max(fromFirst, fromSecond), c))
            {
                return;
            }
        }

        string direction = a.High < b.Low ? "reduction" : a.Low > b.Low ? "increase" : "change";
        // Numbers as the report writes them ("33,3%" in a report that writes "12,5").
        string computed = a.IsRange
            ? $"a {Pct(low)}–{Pct(high)}% {direction} ({Num(b.Low)} → {Num(a.Low)} is {Pct(first)}%, {Num(b.Low)} → {Num(a.High)} is {Pct(second)}%)"
            : $"a {Pct(low)}% {direction} ({Num(b.Low)} → {Num(a.Low)})";
        string header = row.Change.Column?.Header.ToString() is { Length: > 0 } h ? " " + h.ToLowerInvariant() : string.Empty;
        context.Report(Rule, c.Span, model.TextOf(c.Span).ToString() + header,
            $"{row.After.Text} against {row.Before.Text} is {computed}");

        string Num(decimal value) => model.FormatNumber(value, "0.###");
        string Pct(decimal value) => model.FormatNumber(value);
    }

    // "Sans CLI: … = 33h", "Avec CLI: … = 44s", "ÉCONOMIE: 22 heures": the saving is 33h − 44s, about 33h. A
    // percentage saving is measured against the first result. Within 5% of the computed saving (rounding).
    private static void AnalyzeSaving(DocumentAnalysisContext context, ReportModel model, ComputedSaving saving)
    {
        FactValue s = saving.Saving, b = saving.Before, a = saving.After;
        if (s.IsRange || b.IsRange || a.IsRange || s.IsLowerBound || s.IsUpperBound || s.IsApproximate)
        {
            return;
        }

        string unit = s.IsPercentage ? b.Unit : s.Unit;
        if (unit.Length == 0 || !b.TryConvertTo(unit, out decimal before) || !a.TryConvertTo(unit, out decimal after) || before <= 0)
        {
            return;
        }

        decimal difference = before - after;
        decimal computed = s.IsPercentage ? difference / before * 100m : difference;
        decimal allowed = s.IsPercentage ? Tolerance : Math.Max(Math.Abs(computed) * 0.05m, s.Resolution);
        if (Math.Abs(s.Number - computed) <= allowed)
        {
            return;
        }

        string result = s.IsPercentage
            ? string.Create(CultureInfo.InvariantCulture, $"({b.Text} − {a.Text}) / {b.Text} is {computed:0.#}%")
            : string.Create(CultureInfo.InvariantCulture, $"{b.Text} − {a.Text} is {Quantity.FormatNumber(computed, 2)} {unit}");
        context.Report(Rule, s.Span, model.TextOf(saving.SavingLine).ToString(), result);
    }

    // A stated single change fits when it lies in the computed range (with the tolerance); a stated range when each end
    // matches the computed end.
    private static bool Fits(decimal low, decimal high, ValueRange stated) =>
        stated.IsRange
            ? Math.Abs(stated.Low - low) <= RangeTolerance && Math.Abs(stated.High - high) <= RangeTolerance
            : stated.Low >= low - Tolerance && stated.Low <= high + Tolerance;

    // The change word right after a percentage, with only spaces and emphasis between ("+25% better", "**+25%** meilleur").
    private static PhraseHit? PhraseAfter(ModelStatement statement, FactValue change, Items<PhraseHit> hits)
    {
        foreach (PhraseHit hit in hits)
        {
            if (hit.Span.Start < change.Span.End || hit.Span.Start - change.Span.End > 30)
            {
                continue;
            }

            foreach (char c in statement.Prose[TextSpan.FromBounds(change.Span.End, hit.Span.Start)])
            {
                if (Array.IndexOf(Emphasis, c) < 0)
                {
                    return null;
                }
            }

            return hit;
        }

        return null;
    }
}
