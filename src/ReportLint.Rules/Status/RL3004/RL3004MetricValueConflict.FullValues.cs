using System.Collections.Immutable;
using ReportLint.Analysis;
using ReportLint.Lexicons;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Status;

/// <summary>
/// RL3004, a whole value written before its metric ("✅ 100% test pass rate") where the report names that metric
/// with a lower value ("Pass rate: ✅ 98.4% (242/246)"): the statement of the metric nearest before it is the one it
/// restates.
/// </summary>
public sealed partial class RL3004MetricValueConflict
{
    private const int MetricWordsAfterValue = 4;

    private static void ReportFullValuesAgainstNamedOnes(DocumentAnalysisContext context, ReportModel model)
    {
        // The named percentages of each metric of two words or more, in document order: indexed once.
        Lexicon lexicon = context.Document.Lexicon;
        var named = new Dictionary<string, List<Fact>>(StringComparer.Ordinal);
        var name = new List<string>();
        foreach (Fact fact in model.MetricFacts)
        {
            if (fact.Metric is { } key && key.Contains(' ', StringComparison.Ordinal) && fact.IsActual
                && fact.Value is { IsPercentage: true, IsRange: false, IsGrade: false } value && value.Comparison == Claims.Comparison.Exact)
            {
                // Keyed by its name as written, folded as the words after a whole value are (the same way on both
                // sides, whatever the runtime's normalisation does with accents).
                Words(fact.MetricName.ToString(), 0, lexicon, name, int.MaxValue);
                string written = string.Join(' ', name);
                if (!named.TryGetValue(written, out List<Fact>? list))
                {
                    named[written] = list = [];
                }

                list.Add(fact);
            }
        }

        if (named.Count == 0)
        {
            return;
        }

        var words = new List<string>(MetricWordsAfterValue);
        foreach (ModelStatement statement in model.StatementArray)
        {
            foreach (Fact fact in statement.Facts)
            {
                if (fact is not { IsActual: true, Metric: null, Value: { IsPercentage: true, Number: 100m, IsRange: false } full } || full.Comparison != Claims.Comparison.Exact)
                {
                    continue;
                }

                Words(model.TextOf(TextSpan.FromBounds(full.Span.End, Math.Max(full.Span.End, statement.Span.End))).ToString(), 0, lexicon, words, MetricWordsAfterValue);
                if (MetricNamed(words, named) is not { } facts || Restated(facts, full.Span.Start) is not { } earlier
                    || earlier.Statement == statement || earlier.Value is not { } other || other.Number + other.Resolution >= 100m)
                {
                    continue;
                }

                context.Diagnostics.Report(FullValue, full.Span, ImmutableDictionary<string, string>.Empty, [earlier.Span],
                    Written(model, statement, full.Span).ToString(), earlier.MetricName, other.Text, earlier.Statement.Line);
            }
        }
    }

    // The metric the words name: one of the first two words starts a metric's name ("test pass rate" names "pass rate").
    private static List<Fact>? MetricNamed(List<string> words, Dictionary<string, List<Fact>> named)
    {
        for (int start = 0; start < Math.Min(2, words.Count); start++)
        {
            for (int end = words.Count; end > start + 1; end--)
            {
                if (named.TryGetValue(string.Join(' ', words.GetRange(start, end - start)), out List<Fact>? facts))
                {
                    return facts;
                }
            }
        }

        return null;
    }

    // The statement of the metric nearest before a position: a summary restates what was measured above it; a
    // headline above the measures may be the after of a before-and-after that follows.
    private static Fact? Restated(List<Fact> facts, int position)
    {
        Fact? before = null;
        foreach (Fact fact in facts)
        {
            if (fact.Span.Start >= position)
            {
                break;
            }

            before = fact;
        }

        return before;
    }

    // The words of a text from a position, up to punctuation, folded as metric keys are (lower case, no accents, no
    // function words): " de taux de réussite (52/52)" gives "taux", "reussite".
    private static void Words(string text, int i, Lexicon lexicon, List<string> words, int max)
    {
        words.Clear();
        while (i < text.Length && words.Count < max)
        {
            while (i < text.Length && text[i] is ' ' or '*' or '_')
            {
                i++;
            }

            int start = i;
            while (i < text.Length && (char.IsLetter(text[i]) || (text[i] is '-' or '\'' && i > start)))
            {
                i++;
            }

            if (start == i)
            {
                break;
            }

            string word = Fold(text.AsSpan(start, i - start));
            if (!lexicon.Contains(LexiconSections.Stopword, word))
            {
                words.Add(word);
            }
        }
    }

    // The value and the words after it as written, up to punctuation: "100% test pass rate".
    private static string Written(ReportModel model, ModelStatement statement, TextSpan value)
    {
        string text = model.TextOf(TextSpan.FromBounds(value.Start, Math.Max(value.End, statement.Span.End))).ToString();
        int end = value.Length;
        int words = 0;
        while (end < text.Length && words <= MetricWordsAfterValue)
        {
            int i = end;
            while (i < text.Length && text[i] is ' ' or '*' or '_')
            {
                i++;
            }

            int start = i;
            while (i < text.Length && (char.IsLetter(text[i]) || (text[i] is '-' or '\'' && i > start)))
            {
                i++;
            }

            if (start == i)
            {
                break;
            }

            end = i;
            words++;
        }

        return text[..end].Replace("*", string.Empty, StringComparison.Ordinal);
    }

    private static string Fold(ReadOnlySpan<char> word) => ReportModel.Fold(word.ToString());
}
