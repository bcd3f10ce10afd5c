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
/// RL2002: a ratio says everything passed ("Tests: 7/7", "12/12 tests passent") while the report's own counts of the
/// same run show failures ("Total Tests: 7 / Passed: 4 / Failed: 3"): the run is matched by its total. Also a
/// percentage beside its own fraction that the fraction does not give ("4/4 (0%)", "85% ✅ (13/15 routes)", "55%
/// complete (7 of 17 services)"): a percentage may round or cut the fraction's last digit, no more.
/// </summary>
public sealed class RL2002RatioContradictsCounts : ReportAnalyzer
{
    /// <summary>The rule; each of its checks below has its own descriptor, message and section of the rule's page.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        "RL2002", "ratio-contradicts-counts", "A ratio and its counts disagree",
        "A ratio and its counts disagree",
        RuleCategory.Arithmetic, Severity.Warning,
        "A 7/7 in the summary and 'Passed: 4, Failed: 3' in the log describe the same run differently; one of them is wrong.");

    /// <inheritdoc />
    /// <summary>A full ratio ("7/7") against pass and fail counts of the same run that hold failures.</summary>
    public static readonly RuleDescriptor AllPassedWithFailures = Rule.ForCheck("all-passed-with-failures",
        "All passed, against counts with failures", "{0} says all {1} passed, but lines {2} count {1}: {3} passed, {4} failed");

    /// <summary>A percentage beside the fraction it is computed from, computed wrong.</summary>
    public static readonly RuleDescriptor PercentageOfFraction = Rule.ForCheck("percentage-of-fraction",
        "A percentage that its fraction does not give", "{0} beside {1}, but {1} is {2}%");

    /// <summary>A pass percentage beside a passed count and its whole, computed wrong.</summary>
    public static readonly RuleDescriptor PercentageOfCount = Rule.ForCheck("percentage-of-count",
        "A pass percentage that its counts do not give", "{0} beside {1} passed, but {1} of {2} is {3}%");

    /// <inheritdoc />
    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [Rule, AllPassedWithFailures, PercentageOfFraction, PercentageOfCount];

    /// <inheritdoc />
    public override DocumentScope Scope => DocumentScope.StatusReports;

    /// <inheritdoc />
    public override RuleNeeds Needs { get; } = (RuleNeeds.FullRatio & RuleNeeds.Phrase(new LexiconSection("count.failed"))) |
        (RuleNeeds.Character("%") & (RuleNeeds.Character("/") | RuleNeeds.Phrase(ReportModel.CountPassed) | (RuleNeeds.Character("(") & RuleNeeds.Phrase(Share))));

    // The words after a percentage that make it the share of the fraction bracketed after them: "55% complete (7 of 17
    // services)", "37.5% overall progress (4/8 gates)". "Of", "sur": the whole of a fraction written in words.
    private static readonly LexiconSection Share = new("fraction.share"), OutOf = new("count.out-of");

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private sealed record Counts(decimal Total, decimal Passed, decimal Failed, int FirstLine, int LastLine, TextSpan Span);

    private static void Analyze(DocumentAnalysisContext context)
    {
        ReportModel model = ReportModel.Of(context.Document);
        AnalyzePercentages(context, model);
        AnalyzePassedShares(context, model);
        List<Counts> runs = FindRuns(model);
        if (runs.Count == 0)
        {
            return;
        }

        foreach (ModelStatement statement in model.StatementArray)
        {
            foreach (FactValue ratio in statement.Values)
            {
                if (ratio.Denominator is not { } d || d <= 1 || ratio.Number != d)
                {
                    continue;
                }

                Counts? run = runs.FirstOrDefault(r => r.Total == d && r.Failed > 0 && !r.Span.Contains(ratio.Span));
                if (run is null)
                {
                    continue;
                }

                string lines = run.FirstLine == run.LastLine ? run.FirstLine.ToString(CultureInfo.InvariantCulture) : $"{run.FirstLine}–{run.LastLine}";
                context.Diagnostics.Report(AllPassedWithFailures, ratio.Span, ImmutableDictionary<string, string>.Empty, [run.Span],
                    ratio.Text, Num(run.Total), lines, Num(run.Passed), Num(run.Failed));
            }
        }
    }

    // A fraction n/m and a percentage side by side, with only brackets, marks or an equals sign between ("4/4 (0%)",
    // "85% ✅ (13/15 routes)"), where the percentage is not the fraction: off by at least one unit of its last digit.
    private static void AnalyzePercentages(DocumentAnalysisContext context, ReportModel model)
    {
        foreach (ModelStatement statement in model.StatementArray)
        {
            Items<Fact> facts = statement.Facts;
            for (int i = 1; i < facts.Count; i++)
            {
                Fact a = facts[i - 1], b = facts[i];
                (Fact fraction, Fact percent) = a.Value is { IsRatio: true } ? (a, b) : (b, a);
                if (fraction.Value is not { IsRatio: true, Denominator: { } m } f || percent.Value is not { IsPercentage: true, Comparison: Comparison.Exact } p ||
                    !fraction.IsActual || !percent.IsActual || m <= 1 || f.Number > m || f.Number < 0 || f.Comparison != Comparison.Exact ||
                    !OnlyMarksBetween(statement, a.Value!.Span.End, b.Value!.Span.Start))
                {
                    continue;
                }

                if (Misstated(p, f.Number, m) is not { } computed)
                {
                    continue;
                }

                context.Diagnostics.Report(PercentageOfFraction, p.Span, ImmutableDictionary<string, string>.Empty, [f.Span],
                    p.Text, f.Text, computed);
            }

            if (facts.Count > 0 && statement.Values.Count > 1)
            {
                AnalyzeShares(context, statement);
            }
        }
    }

    // A percentage, words of `fraction.share`, then in brackets the fraction it is the share of: "55% Complete (7 of 17
    // services)" (7 of 17 is 41.2%), "37.5% overall progress (4/8 gates unlocked)". The words say what the percentage
    // measures (the share done), the brackets what it is a share of; any other words ("50% faster (2/4 benchmarks)")
    // may measure something else, and are left alone.
    private static void AnalyzeShares(DocumentAnalysisContext context, ModelStatement statement)
    {
        Items<PhraseHit> shares = statement.Find(Share);
        if (shares.Count == 0)
        {
            return;
        }

        // The hits, facts and values are in text order: each is walked once, whatever the statement's length.
        Items<FactValue> values = statement.Values;
        Items<Fact> facts = statement.Facts;
        Items<PhraseHit> outOf = default;
        bool outOfRead = false;
        ReadOnlySpan<char> prose = statement.Prose[statement.Prose.Span];
        int origin = statement.Prose.Span.Start;
        int f = 0, v = 0, o = 0;
        Fact? before = null;
        foreach (PhraseHit share in shares)
        {
            // The percentage right before the words, an actual result ("Target: 55% complete (…)" is none).
            for (; f < facts.Count && (facts[f].Value is not { } value || value.Span.End <= share.Span.Start); f++)
            {
                before = facts[f].Value is null ? before : facts[f];
            }

            if (share.IsQuoted || before is not { IsActual: true, Value: { IsPercentage: true, Comparison: Comparison.Exact, Denominator: null } p } ||
                !OnlyMarksBetween(statement, p.Span.End, share.Span.Start))
            {
                continue;
            }

            // Then an opening bracket and the fraction, nothing else between.
            int at = share.Span.End - origin;
            while (at < prose.Length && (char.IsWhiteSpace(prose[at]) || prose[at] is '*' or '_'))
            {
                at++;
            }

            if (at >= prose.Length || prose[at] != '(')
            {
                continue;
            }

            int open = origin + at;
            for (; v < values.Count && values[v].Span.Start <= open; v++)
            {
            }

            if (v >= values.Count || !ReportModel.NothingBetween(statement, open + 1, values[v].Span.Start))
            {
                continue;
            }

            if (!outOfRead && values[v].Denominator is null)
            {
                outOf = statement.Find(OutOf);
                outOfRead = true;
            }

            if (Fraction(statement, values, v, outOf, ref o) is not ({ } part, { } whole, { } span) || whole <= 1 || part < 0 || part > whole)
            {
                continue;
            }

            if (Misstated(p, part, whole) is not { } computed)
            {
                continue;
            }

            string fraction = statement.Prose[span].ToString();
            context.Diagnostics.Report(PercentageOfFraction, p.Span, ImmutableDictionary<string, string>.Empty, [span],
                p.Text, fraction, computed);
        }
    }

    // A fraction of whole numbers at values[index]: "4/8", or "7 of 17", "6 sur 10" (a whole number, "of", a whole
    // number). The "of" hits are walked from o on, which only moves forward: the fractions are asked in text order.
    private static (decimal? Part, decimal? Whole, TextSpan? Span) Fraction(ModelStatement statement, Items<FactValue> values, int index,
        Items<PhraseHit> outOf, ref int o)
    {
        FactValue first = values[index];
        if (first.IsPercentage || first.Comparison != Comparison.Exact || first.Decimals != 0)
        {
            return default;
        }

        if (first.Denominator is { } d)
        {
            return d == decimal.Truncate(d) ? (first.Number, d, first.Span) : default;
        }

        if (index + 1 >= values.Count || values[index + 1] is not { IsPercentage: false, Denominator: null, Decimals: 0, Comparison: Comparison.Exact } second)
        {
            return default;
        }

        for (; o < outOf.Count && outOf[o].Span.Start < first.Span.End; o++)
        {
        }

        if (o < outOf.Count && outOf[o] is { } of && of.Span.End <= second.Span.Start &&
            ReportModel.NothingBetween(statement, first.Span.End, of.Span.Start) && ReportModel.NothingBetween(statement, of.Span.End, second.Span.Start))
        {
            return (first.Number, second.Number, TextSpan.FromBounds(first.Span.Start, second.Span.End));
        }

        return default;
    }

    // "Passed: 58 (100%)" when the run's total, stated within three lines of the same block ("Total: 64") or the sum
    // of its passed and failed counts, makes 58 a share of 90.6%.
    private static void AnalyzePassedShares(DocumentAnalysisContext context, ReportModel model)
    {
        IReadOnlyList<Fact> facts = model.MetricFacts;
        for (int i = 0; i < facts.Count; i++)
        {
            Fact passed = facts[i];
            if (!IsMetric(model, passed, ReportModel.CountPassed) || passed.Value is not { Denominator: null, Unit.Length: 0, Comparison: Comparison.Exact } count ||
                !passed.IsActual || PercentAfter(passed.Statement, count) is not { } percent)
            {
                continue;
            }

            decimal? total = null, failed = null;
            for (int k = Math.Max(0, i - 3); k <= Math.Min(facts.Count - 1, i + 3); k++)
            {
                // The same run: a line of the same block, one statement a line up to it (no blank line between).
                if (k == i || Math.Abs(facts[k].Line - passed.Line) > 3 || facts[k].Value is not { Denominator: null, Unit.Length: 0 } v ||
                    facts[k].Statement.Index - passed.Statement.Index != facts[k].Line - passed.Line)
                {
                    continue;
                }

                total ??= IsMetric(model, facts[k], new LexiconSection("count.total")) ? v.Number : null;
                failed ??= IsMetric(model, facts[k], new LexiconSection("count.failed")) ? v.Number : null;
            }

            decimal whole = total ?? (failed is { } f ? count.Number + f : 0m);
            if (whole <= 0 || count.Number > whole)
            {
                continue;
            }

            if (Misstated(percent, count.Number, whole) is not { } computed)
            {
                continue;
            }

            context.Diagnostics.Report(PercentageOfCount, percent.Span, ImmutableDictionary<string, string>.Empty, [count.Span],
                percent.Text, count.Text, Num(whole), computed);
        }
    }

    private static FactValue? PercentAfter(ModelStatement statement, FactValue count)
    {
        Items<FactValue> values = statement.Values;
        for (int v = 0; v + 1 < values.Count; v++)
        {
            if (ReferenceEquals(values[v], count) || values[v].Span == count.Span)
            {
                FactValue next = values[v + 1];
                return next is { IsPercentage: true, Comparison: Comparison.Exact } && OnlyMarksBetween(statement, count.Span.End, next.Span.Start) ? next : null;
            }
        }

        return null;
    }

    private const int MaxBetween = 6;

    // The share part / whole as the message writes it ("41.2"), when the percentage is not it: off by at least one unit
    // of its last digit (rounding or cutting that digit is allowed); null when it is.
    private static string? Misstated(FactValue percent, decimal part, decimal whole)
    {
        decimal exact = 100m * part / whole;
        decimal unit = percent.Decimals == 0 ? 1m : 2m * percent.Resolution;
        return Math.Abs(exact - percent.Number) < unit ? null : exact.ToString(exact == decimal.Round(exact) ? "0" : "0.#", CultureInfo.InvariantCulture);
    }

    private static bool OnlyMarksBetween(ModelStatement statement, int start, int end)
    {
        if (end < start || end - start > MaxBetween)
        {
            return false;
        }

        foreach (char c in statement.Prose[TextSpan.FromBounds(start, end)])
        {
            if (char.IsLetterOrDigit(c) || c is '|' or ',' or ';' or ')' or '/' or '→' or '>' or '<' or '-' or '+' or '.')
            {
                return false;
            }
        }

        return true;
    }

    // Consecutive "Passed: n" and "Failed: n" facts (with a total, stated or their sum) make one run.
    private static List<Counts> FindRuns(ReportModel model)
    {
        IReadOnlyList<Fact> facts = model.MetricFacts;
        var runs = new List<Counts>();
        for (int i = 0; i < facts.Count; i++)
        {
            if (!IsMetric(model, facts[i], new LexiconSection("count.failed")) || facts[i].Value is not { } failed || failed.Denominator is not null)
            {
                continue;
            }

            int from = Math.Max(0, i - 3), to = Math.Min(facts.Count - 1, i + 3);
            Fact? passed = null, total = null;
            for (int k = from; k <= to; k++)
            {
                if (Math.Abs(facts[k].Line - facts[i].Line) > 3 || facts[k].Value is null)
                {
                    continue;
                }

                passed ??= IsMetric(model, facts[k], ReportModel.CountPassed) ? facts[k] : null;
                total ??= IsMetric(model, facts[k], new LexiconSection("count.total")) ? facts[k] : null;
            }

            if (passed?.Value is not { } p)
            {
                continue;
            }

            decimal sum = p.Number + failed.Number;
            decimal t = total?.Value?.Number ?? sum;
            if (t != sum)
            {
                continue;
            }

            int firstLine = int.MaxValue, lastLine = int.MinValue, start = int.MaxValue, end = int.MinValue;
            foreach (Fact? part in new[] { total, passed, facts[i] })
            {
                if (part is not null)
                {
                    firstLine = Math.Min(firstLine, part.Line);
                    lastLine = Math.Max(lastLine, part.Line);
                    start = Math.Min(start, part.Statement.Span.Start);
                    end = Math.Max(end, part.Statement.Span.End);
                }
            }

            runs.Add(new Counts(t, p.Number, failed.Number, firstLine, lastLine, TextSpan.FromBounds(start, end)));
        }

        return runs;
    }

    private static string Num(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    // Whether a named fact's metric is one of the lexicon section (count.failed, count.passed, count.total).
    private static bool IsMetric(ReportModel model, Fact fact, LexiconSection section) =>
        fact.Metric is { } key && model.Document.Lexicon.Contains(section, key);
}
