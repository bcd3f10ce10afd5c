using System.Collections.Immutable;
using System.Globalization;
using ReportLint.Analysis;
using ReportLint.Lexicons;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Status;

// RL3004, a task's duration given twice: "🟡 Implement identified optimizations (2-3 weeks)" in the remaining work and
// "├─ Dec 24-25: Phase 18G optimization implementation" in the timeline. The estimate in brackets (days or weeks) is
// compared with the range of days the timeline gives a line that names the same task (two word stems in common); it conflicts
// when its low end is more than twice the timeline's days and three days more.
public sealed partial class RL3004MetricValueConflict
{
    /// <summary>RL3004: words of a week as a unit of duration ("weeks", "semaines").</summary>
    internal static readonly LexiconSection WeekUnit = new("duration.week");

    private static readonly LexiconSection DayUnit = new("unit.d");

    private static readonly LexiconSection MonthWord = new("month");

    private sealed record TimelineEntry(int Line, string Dates, int Days, string Text, HashSet<string> Stems, TextSpan Span);

    private static void ReportEstimatesAgainstTimeline(DocumentAnalysisContext context, ReportModel model)
    {
        ReportDocument document = context.Document;
        Lexicon lexicon = document.Lexicon;
        List<TimelineEntry>? timeline = null;
        for (int line = document.Text.FirstLine; line <= document.Text.LastLine; line++)
        {
            if (TimelineAt(document, line, lexicon) is { } entry)
            {
                (timeline ??= []).Add(entry);
            }
        }

        if (timeline is null)
        {
            return;
        }

        foreach (ModelStatement statement in model.StatementArray)
        {
            if (statement.Kind != StatementKind.ListItem || Estimate(document, statement, lexicon) is not ({ } name, { } low, { } span, { } written))
            {
                continue;
            }

            HashSet<string> stems = Stems(name, lexicon);
            if (stems.Count < 2)
            {
                continue;
            }

            foreach (TimelineEntry entry in timeline)
            {
                int shared = 0;
                foreach (string stem in stems)
                {
                    shared += entry.Stems.Contains(stem) ? 1 : 0;
                }

                if (shared < 2 || entry.Line == statement.Line || low <= 2 * entry.Days || low - entry.Days < 3)
                {
                    continue;
                }

                context.Diagnostics.Report(EstimateOverTimeline, span, ImmutableDictionary<string, string>.Empty, [entry.Span],
                    name.Trim(), written, entry.Dates, entry.Days.ToString(CultureInfo.InvariantCulture), entry.Line, StatusWords.Clip(entry.Text, 80));
                break;
            }
        }
    }

    // "├─ Dec 24-25: Phase 18G optimization implementation": a month, a range of days, a colon, the task. The line is
    // copied only when its first word is followed by a space and a digit ("Dec 24") and it holds a colon.
    private static TimelineEntry? TimelineAt(ReportDocument document, int line, Lexicon lexicon)
    {
        TextSpan span = document.Text.GetLineSpan(line);
        ReadOnlySpan<char> raw = document.GetText(span);
        (int start, int i) = StatusWords.FirstWord(raw);
        if (i == start || i + 1 >= raw.Length || raw[i] != ' ' || !char.IsDigit(raw[i + 1]) || raw.IndexOf(':') < 0)
        {
            return null;
        }

        // A range of days follows the word ("March 3-5:"): its dash is read on the line before the line is copied.
        int afterDay = i + 1;
        while (afterDay < raw.Length && char.IsDigit(raw[afterDay]))
        {
            afterDay++;
        }

        if (afterDay >= raw.Length || raw[afterDay] is not ('-' or '–'))
        {
            return null;
        }

        string text = raw.ToString();
        if (!lexicon.Contains(MonthWord, ReportModel.Fold(text[start..i]).ToLowerInvariant()))
        {
            return null;
        }

        i++;
        if (ReadWhole(text, ref i) is not { } first || first is < 1 or > 31)
        {
            return null;
        }

        // A range of days allots the task its days; a single date may be a deadline, not a day's work.
        if (i >= text.Length || text[i] is not ('-' or '–'))
        {
            return null;
        }

        i++;
        if (ReadWhole(text, ref i) is not { } last || last < first || last > 31)
        {
            return null;
        }

        if (i >= text.Length || text[i] != ':')
        {
            return null;
        }

        string task = text[(i + 1)..].Trim();
        return new TimelineEntry(line, text[start..i], (int)(last - first) + 1, task, Stems(task, lexicon), new TextSpan(span.Start + start, i - start));
    }

    // "Implement identified optimizations (2-3 weeks)": the name before the bracket, the low end in days, the span and
    // text of the duration.
    private static (string? Name, decimal? Low, TextSpan? Span, string? Written) Estimate(ReportDocument document, ModelStatement statement, Lexicon lexicon)
    {
        if (document.GetText(statement.Span).LastIndexOf('(') <= 0)
        {
            return (null, null, null, null);
        }

        string text = document.GetText(statement.Span).ToString();
        int open = text.LastIndexOf('(');
        int close = open < 0 ? -1 : text.IndexOf(')', open);
        if (open <= 0 || close < 0)
        {
            return (null, null, null, null);
        }

        int i = open + 1;
        if (ReadWhole(text, ref i) is not { } low || low <= 0)
        {
            return (null, null, null, null);
        }

        if (i < text.Length && text[i] is '-' or '–')
        {
            i++;
            if (ReadWhole(text, ref i) is not { } high || high < low)
            {
                return (null, null, null, null);
            }
        }

        if (i >= close || text[i] != ' ')
        {
            return (null, null, null, null);
        }

        string unit = ReportModel.Fold(text[(i + 1)..close].Trim()).ToLowerInvariant();
        decimal days = lexicon.Contains(WeekUnit, unit) ? 7 : lexicon.Contains(DayUnit, unit) ? 1 : 0;
        if (days == 0)
        {
            return (null, null, null, null);
        }

        int nameStart = 0;
        while (nameStart < open && !char.IsLetterOrDigit(text[nameStart]))
        {
            nameStart++;
        }

        return (text[nameStart..open], low * days, new TextSpan(statement.Span.Start + open + 1, close - open - 1), text[(open + 1)..close]);
    }

    // The stems of a name's content words of four letters or more: a plural "s" or "-ing" dropped, then the first six
    // letters ("implementation", "implement" → "implem"; "testing", "tests" → "test").
    private static HashSet<string> Stems(string text, Lexicon lexicon)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        foreach (string word in Words(text, lexicon))
        {
            string w = word.Length > 6 && word.EndsWith("ing", StringComparison.Ordinal) ? word[..^3] : word;
            if (w.Length >= 4)
            {
                stems.Add(w.Length > 6 ? w[..6] : w);
            }
        }

        return stems;
    }
}
