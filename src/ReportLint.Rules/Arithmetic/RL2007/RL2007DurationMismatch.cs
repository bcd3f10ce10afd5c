using System.Collections.Immutable;
using System.Globalization;
using ReportLint.Analysis;
using ReportLint.Claims;
using ReportLint.Diagnostics;
using ReportLint.Lexicons;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Arithmetic;

/// <summary>
/// RL2007: a range of days states a duration it cannot hold: "Dec 18-20: profiling (5 days)" spans three calendar
/// days. The duration must stand alone in brackets after the range, on the same line. Fewer days than the range may
/// be working days; more than the range counts, first and last day included, is always wrong.
/// </summary>
public sealed class RL2007DurationMismatch : ReportAnalyzer
{
    private static readonly LexiconSection Month = new("month");

    /// <summary>The rule.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        "RL2007", "duration-mismatch", "A duration is longer than the dates it spans",
        "'{0}' spans {1} day{2} ({3} to {4}, both included), not {5}",
        RuleCategory.Arithmetic, Severity.Warning,
        "A schedule whose durations its own dates cannot hold misstates how long the work took or will take.");

    /// <inheritdoc />
    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [Rule];

    /// <inheritdoc />
    public override DocumentScope Scope => DocumentScope.StatusReports;

    /// <inheritdoc />
    public override RuleNeeds Needs { get; } = RuleNeeds.Phrase(Month) & RuleNeeds.Phrase(new LexiconSection("unit.d"));

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        ReportModel model = ReportModel.Of(context.Document);
        foreach (ModelStatement statement in model.StatementArray)
        {
            // The stance (a fold and a pass over it) only of a statement with days: most have none.
            if (!HasDays(statement) || statement.Stance != FactStance.None)
            {
                continue;
            }

            // One range of days beside a month name, and one duration in days after it.
            DayRange? range = null;
            int ranges = 0;
            foreach (PhraseHit hit in statement.Find(Month))
            {
                if (!hit.IsQuoted && RangeBeside(statement, hit.Span) is { } found)
                {
                    range = found;
                    ranges++;
                }
            }

            if (ranges != 1)
            {
                continue;
            }

            FactValue? duration = null;
            int durations = 0;
            foreach (FactValue value in statement.Values)
            {
                if (value is { Unit: "d", IsRange: false, Decimals: 0, Comparison: Comparison.Exact } && value.Span.Start >= range!.Value.Written.End &&
                    InBrackets(statement, value))
                {
                    duration = value;
                    durations++;
                }
            }

            if (durations != 1)
            {
                continue;
            }

            (TextSpan written, int first, int last) = range!.Value;
            int days = last - first + 1;
            if (duration!.Number <= days)
            {
                continue;
            }

            context.Diagnostics.Report(Rule, duration.Span, ImmutableDictionary<string, string>.Empty, [written],
                model.TextOf(written).ToString(), days.ToString(CultureInfo.InvariantCulture), days == 1 ? string.Empty : "s",
                first.ToString(CultureInfo.InvariantCulture), last.ToString(CultureInfo.InvariantCulture), duration.Text.ToString());
        }
    }

    // "(5 days)": the duration alone in brackets, so it is the range's ("Oct 1-5: 30 days retention" is another's).
    private static bool InBrackets(ModelStatement statement, FactValue value) =>
        value.Span.Start > statement.Span.Start && value.Span.End < statement.Span.End &&
        statement.Prose[TextSpan.FromBounds(value.Span.Start - 1, value.Span.Start)] is "(" &&
        statement.Prose[TextSpan.FromBounds(value.Span.End, value.Span.End + 1)] is ")";

    private readonly record struct DayRange(TextSpan Written, int First, int Last);

    private static bool HasDays(ModelStatement statement)
    {
        foreach (FactValue value in statement.Values)
        {
            if (value.Unit == "d")
            {
                return true;
            }
        }

        return false;
    }

    // "Dec 18-20" (the month, a space or ". ", the range) or "18–20 décembre" (the range, a space, the month): days 1 to
    // 31, the first before the last, the range not glued to other digits or letters.
    private static DayRange? RangeBeside(ModelStatement statement, TextSpan month)
    {
        ReadOnlySpan<char> text = statement.Prose[statement.Span];
        int origin = statement.Span.Start;
        int after = month.End - origin;
        if (after < text.Length && text[after] == '.')
        {
            after++;
        }

        if (after + 1 < text.Length && text[after] == ' ' && ReadRange(text, after + 1, out int first, out int last, out int end) &&
            (end >= text.Length || !char.IsLetterOrDigit(text[end])))
        {
            return new DayRange(TextSpan.FromBounds(month.Start, origin + end), first, last);
        }

        // Backwards: "18-20 " right before the month.
        int stop = month.Start - origin - 1;
        if (stop < 1 || text[stop] != ' ')
        {
            return null;
        }

        int start = stop;
        while (start > 0 && (char.IsAsciiDigit(text[start - 1]) || text[start - 1] is '-' or '–'))
        {
            start--;
        }

        return start < stop && (start == 0 || !char.IsLetterOrDigit(text[start - 1])) && ReadRange(text, start, out first, out last, out end) && end == stop
            ? new DayRange(TextSpan.FromBounds(origin + start, month.End), first, last)
            : null;
    }

    private static bool ReadRange(ReadOnlySpan<char> text, int at, out int first, out int last, out int end)
    {
        first = last = 0;
        end = at;
        if (!ReadDay(text, ref end, out first) || end >= text.Length || text[end] is not ('-' or '–'))
        {
            return false;
        }

        end++;
        return ReadDay(text, ref end, out last) && last > first;
    }

    private static bool ReadDay(ReadOnlySpan<char> text, ref int at, out int day)
    {
        day = 0;
        int start = at;
        while (at < text.Length && char.IsAsciiDigit(text[at]) && at - start < 3)
        {
            day = (day * 10) + (text[at] - '0');
            at++;
        }

        return at - start is 1 or 2 && day is >= 1 and <= 31;
    }
}
