using System.Collections.Immutable;
using System.Globalization;
using ReportLint.Analysis;
using ReportLint.Collections;
using ReportLint.Lexicons;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Status;

// RL3004, the time of one piece of work computed shorter than the report says it took: "✅ 22 modules générés en 3
// minutes" and, in the savings block, "Avec CLI: 22 modules × 2 sec = 44s". A computation "<count> <noun> × <time> =
// <time>" gives the time for that count of that noun; a line giving the same count of the same noun with one time
// says how long it took. A computed time longer than that is the baseline of a comparison ("Sans CLI: 22 modules ×
// 90 min = 33h"), not a claim about the work done.
public sealed partial class RL3004MetricValueConflict
{
    // The most digits of a whole number read as a count or a time (as the quantity scanner reads them).
    private const int MaxWholeDigits = 12;

    private sealed record TimedCount(int Line, string Text, decimal Count, string Noun, TextSpan TimeSpan, string TimeText, decimal Seconds, decimal Slack);

    private static readonly (LexiconSection Section, decimal Seconds)[] TimeUnits =
        [(new("unit.ms"), 0.001m), (new("unit.s"), 1m), (new("unit.min"), 60m), (new("unit.h"), 3600m)];

    private static void ReportComputedTimesAgainstStated(DocumentAnalysisContext context, ReportModel model)
    {
        ReportDocument document = context.Document;
        List<TimedCount>? stated = null;
        foreach (ModelStatement statement in model.StatementArray)
        {
            if (StatedTime(model, statement) is { } took)
            {
                (stated ??= []).Add(took);
            }
        }

        if (stated is null)
        {
            return;
        }

        // Every line of the document, code blocks included: savings are computed in fences.
        for (int line = document.Text.FirstLine; line <= document.Text.LastLine; line++)
        {
            TextSpan span = document.Text.GetLineSpan(line);
            if (span.IsEmpty || ComputedTime(document, line, span) is not { } sum)
            {
                continue;
            }

            foreach (TimedCount took in stated)
            {
                // Shorter than the time stated, beyond its rounding ("3 minutes" is 2.5 to 3.5).
                if (took.Line == line || took.Count != sum.Count || took.Noun != sum.Noun || sum.Seconds >= took.Seconds - took.Slack)
                {
                    continue;
                }

                context.Diagnostics.Report(ComputedDuration, sum.TimeSpan, ImmutableDictionary<string, string>.Empty, [took.TimeSpan],
                    sum.Count.ToString(CultureInfo.InvariantCulture), sum.Noun, sum.TimeText, took.TimeText, took.Line, StatusWords.Clip(SingleSpaced(took.Text), 80));
                break;
            }
        }
    }

    // "22 modules générés en 3 minutes": a whole count and its noun, then one exact time and no other value.
    private static TimedCount? StatedTime(ReportModel model, ModelStatement statement)
    {
        Items<FactValue> values = statement.Values;
        if (values.Count != 2 || values[0] is not { IsPercentage: false, IsRatio: false, IsRange: false } count
            || count.Comparison != Claims.Comparison.Exact || decimal.Truncate(count.Number) != count.Number || count.Number < 2
            || count.Noun.Length < 3 || count.TryConvertTo("s", out _)
            || values[1] is not { Comparison: Claims.Comparison.Exact, IsRange: false } time || !time.TryConvertTo("s", out decimal seconds) || seconds <= 0)
        {
            return null;
        }

        decimal slack = seconds * time.Resolution / Math.Max(time.Number, 1m);
        return new TimedCount(statement.Line, model.TextOf(statement.Span).ToString(), count.Number, Lemma(count.Noun), time.Span, time.Text.ToString(), seconds, slack);
    }

    // "Avec CLI:  22 modules × 2 sec  = 44s": a whole count and its noun, "×", a time, "=", a time; the last is the
    // time computed for the count.
    private static TimedCount? ComputedTime(ReportDocument document, int line, TextSpan span)
    {
        if (!document.GetText(span).Contains('×'))
        {
            return null;
        }

        string text = document.GetText(span).ToString();
        int times = text.IndexOf('×');
        int equals = text.IndexOf('=');
        if (times < 0 || equals < times)
        {
            return null;
        }

        Lexicon lexicon = document.Lexicon;
        int i = 0;
        while (i < times && !char.IsDigit(text[i]))
        {
            i++;
        }

        int numberStart = i;
        if (ReadWhole(text, ref i) is not { } count || count < 2 || (numberStart > 0 && char.IsLetter(text[numberStart - 1]))
            || FirstWordLemma(text, i, out int nounEnd) is not { Length: >= 3 } noun || nounEnd > times || TimeAt(text, i, lexicon) is not null)
        {
            return null;
        }

        int j = times + 1;
        while (j < equals && text[j] == ' ')
        {
            j++;
        }

        if (TimeAt(text, j, lexicon) is not ({ } each, _, _) || each <= 0)
        {
            return null;
        }

        int k = equals + 1;
        while (k < text.Length && text[k] == ' ')
        {
            k++;
        }

        if (TimeAt(text, k, lexicon) is not ({ } total, { } end, _))
        {
            return null;
        }

        return new TimedCount(line, text, count, noun, new TextSpan(span.Start + k, end - k), text[k..end], total, 0m);
    }

    // A whole number at a position (digits, commas between groups of three); the position moves past it.
    private static decimal? ReadWhole(string text, ref int i)
    {
        int start = i;
        decimal? number = ReadDigits(text, ref i);
        return i > start && (i == text.Length || !char.IsDigit(text[i]) && text[i] != '.') ? number : null;
    }

    // The digits at a position as a whole number, commas between groups of three ("1,024"); the position moves past
    // all of them. Null for a number no report states as a count or a time: more than twelve digits (a hash, a
    // 128-bit limit, which would overflow the arithmetic) or digits other than ASCII ones.
    private static decimal? ReadDigits(string text, ref int i)
    {
        decimal number = 0;
        int digits = 0;
        bool readable = true;
        while (i < text.Length && (char.IsDigit(text[i]) || (text[i] == ',' && AllDigitsAt(text, i + 1, 3))))
        {
            char c = text[i++];
            if (c != ',')
            {
                readable = readable && c is >= '0' and <= '9' && ++digits <= MaxWholeDigits;
                number = readable ? (number * 10) + (c - '0') : 0;
            }
        }

        return readable ? number : null;
    }

    // A time at a position: a whole number and a unit of time, glued or after a space ("44s", "2 sec", "3 minutes");
    // its seconds, its end and the seconds of its unit.
    private static (decimal? Seconds, int? End, decimal? Unit)? TimeAt(string text, int at, Lexicon lexicon)
    {
        int i = at;
        if (ReadWhole(text, ref i) is not { } number)
        {
            return null;
        }

        int u = i;
        if (u < text.Length && text[u] == ' ')
        {
            u++;
        }

        int end = u;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        if (end == u)
        {
            return null;
        }

        string unit = ReportModel.Fold(text[u..end]).ToLowerInvariant();
        foreach ((LexiconSection section, decimal seconds) in TimeUnits)
        {
            if (lexicon.Contains(section, unit))
            {
                return (number * seconds, end, seconds);
            }
        }

        return null;
    }
}
