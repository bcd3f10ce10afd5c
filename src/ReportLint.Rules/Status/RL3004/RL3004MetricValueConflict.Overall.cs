using System.Collections.Immutable;
using ReportLint.Analysis;
using ReportLint.Lexicons;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Status;

// RL3004, the overall completion given twice: "PROJECT COMPLETION: 90%+ Frontend | 67% Overall" and "TOTAL: 136/279
// tasks complete (48.7% overall)". A percentage that the word "overall" ends ("67% Overall", "48,7 % au total"), on a
// line about completion or counting work done out of a total, is the completion of the whole report, whatever the
// line's name.
public sealed partial class RL3004MetricValueConflict
{
    private static void ReportOverallCompletions(DocumentAnalysisContext context, ReportModel model)
    {
        ReportDocument document = context.Document;
        Lexicon lexicon = document.Lexicon;
        var overall = new List<(ModelStatement Statement, FactValue Value, bool Computed)>();
        foreach (ModelStatement statement in model.StatementArray)
        {
            if (statement.Kind is StatementKind.CodeLine || !statement.Contains(LexiconSections.CompletionOverall)
                || !(statement.Contains(LexiconSections.Completion) || statement.Contains(LexiconSections.CompletionState) || HasRatio(statement)))
            {
                continue;
            }

            foreach (Fact fact in statement.Facts)
            {
                if (fact.IsActual && fact.Value is { IsPercentage: true, IsRange: false, Comparison: Claims.Comparison.Exact } value
                    && EndsWithOverall(document, lexicon, statement, value))
                {
                    overall.Add((statement, value, HasRatio(statement)));
                }
            }
        }

        for (int i = 1; i < overall.Count; i++)
        {
            (ModelStatement later, FactValue b, bool bComputed) = overall[i];
            for (int j = 0; j < i; j++)
            {
                (ModelStatement earlier, FactValue a, bool aComputed) = overall[j];
                (decimal aLow, decimal aHigh) = IntervalOf(a);
                (decimal bLow, decimal bHigh) = IntervalOf(b);
                if (later == earlier || (aLow < bHigh && bLow < aHigh))
                {
                    continue;
                }

                // The value the report computes from a count ("136/279 … (48.7% overall)") is the evidence; the other
                // one is the claim.
                bool laterIsClaim = !bComputed || aComputed;
                (ModelStatement claim, FactValue said, ModelStatement other, FactValue otherValue) = laterIsClaim ? (later, b, earlier, a) : (earlier, a, later, b);
                context.Diagnostics.Report(OverallCompletion, said.Span, ImmutableDictionary<string, string>.Empty, [otherValue.Span],
                    said.Text, otherValue.Text, other.Line, Squeezed(model.TextOf(other.Span).ToString()));
                return;
            }
        }
    }

    // "67% Overall**", "(48.7% overall)": the value followed by an overall word and nothing more of the clause.
    private static bool EndsWithOverall(ReportDocument document, Lexicon lexicon, ModelStatement statement, FactValue value)
    {
        string rest = document.GetText(TextSpan.FromBounds(value.Span.End, statement.Span.End)).ToString();
        int i = 0;
        while (i < rest.Length && rest[i] is ' ' or '*' or '_')
        {
            i++;
        }

        int start = i;
        while (i < rest.Length && (char.IsLetter(rest[i]) || (rest[i] == ' ' && i + 1 < rest.Length && char.IsLetter(rest[i + 1]) && i - start < 10)))
        {
            i++;
            string words = ReportModel.Fold(rest[start..i]).ToLowerInvariant();
            if (lexicon.Contains(LexiconSections.CompletionOverall, words) && (i == rest.Length || !char.IsLetter(rest[i]))
                && NothingMore(rest, i))
            {
                return true;
            }
        }

        return false;
    }

    // The clause ends after the overall word: ")", "**", "|", the end of the line, not "overall pass rate".
    private static bool NothingMore(string rest, int at)
    {
        for (int i = at; i < rest.Length; i++)
        {
            char c = rest[i];
            if (c is '\n' or '\r' or ')' or '|' or ',' or ';')
            {
                return true;
            }

            if (char.IsLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasRatio(ModelStatement statement)
    {
        foreach (FactValue value in statement.Values)
        {
            if (value is { IsRatio: true, IsPercentage: false })
            {
                return true;
            }
        }

        return false;
    }

    private static string Squeezed(string text)
    {
        text = text.Trim();
        return StatusWords.Clip(text, 80);
    }
}
