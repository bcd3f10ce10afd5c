using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using ReportLint.Analysis;
using ReportLint.Lexicons;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Status;

// RL3004, a summary of what remains against the breakdown it sums up: "REMAINING: 135 tasks across 7 phases" over
// "### Phase 3: Payments (33/37 tasks)", "### Phase 4: Stories (0/28 tasks)"… where nine phases have tasks open.
public sealed partial class RL3004MetricValueConflict
{
    /// <summary>RL3004: words between a count and the number of parts it spreads over ("across", "répartis sur").</summary>
    internal static readonly LexiconSection Across = new("count.across");

    // One part of a breakdown: "Phase 3" with 33 of 37 done, first given at that line.
    private sealed record Part(string Id, decimal Done, decimal Total, int Line);

    private static void ReportRemainingAcrossParts(DocumentAnalysisContext context, ReportModel model)
    {
        Dictionary<string, List<Part>>? breakdowns = null;
        foreach (ModelStatement statement in model.StatementArray)
        {
            if (statement.Kind is StatementKind.CodeLine || !statement.Contains(StatusRuleSections.Remaining) || !statement.Contains(Across))
            {
                continue;
            }

            foreach (PhraseHit across in statement.Find(Across))
            {
                if (CountAround(context.Document, statement, across) is not ({ } count, { } over, { } noun, int end))
                {
                    continue;
                }

                breakdowns ??= Breakdowns(context.Document, model);
                if (!breakdowns.TryGetValue(noun, out List<Part>? parts) || parts.Count < 3)
                {
                    continue;
                }

                var open = new List<Part>();
                decimal left = 0;
                foreach (Part part in parts)
                {
                    if (part.Done < part.Total)
                    {
                        open.Add(part);
                        left += part.Total - part.Done;
                    }
                }

                if (open.Count == over.Number)
                {
                    continue;
                }

                var ids = new StringBuilder();
                foreach (Part part in open)
                {
                    ids.Append(ids.Length > 0 ? ", " : string.Empty).Append(part.Id);
                }

                string leftText = left.ToString(CultureInfo.InvariantCulture);
                string remark = left != count.Number ? $"; their open counts add up to {leftText}, not {count.Text}" : string.Empty;
                var span = TextSpan.FromBounds(count.Span.Start, end);
                context.Diagnostics.Report(RemainingAcrossParts, span, ImmutableDictionary<string, string>.Empty, [],
                    model.TextOf(span).ToString(), parts[0].Line, open.Count.ToString(CultureInfo.InvariantCulture), ids.ToString(), remark);
                break;
            }
        }
    }

    // "135 tasks across 7 phases": the count before the words, the number of parts after them and the parts' noun.
    private static (FactValue? Count, FactValue? Over, string? Noun, int End) CountAround(ReportDocument document, ModelStatement statement, PhraseHit across)
    {
        FactValue? count = null, over = null;
        foreach (FactValue value in statement.Values)
        {
            if (!IsWholeCount(value))
            {
                continue;
            }

            if (value.Span.End <= across.Span.Start)
            {
                count = value;
            }
            else if (over is null && value.Span.Start >= across.Span.End)
            {
                over = value;
            }
        }

        if (count is null || over is null || document.GetText(TextSpan.FromBounds(across.Span.End, over.Span.Start)).ToString().Trim().Length > 0)
        {
            return default;
        }

        string rest = document.GetText(TextSpan.FromBounds(over.Span.End, statement.Span.End)).ToString();
        string? noun = FirstWordLemma(rest, 0, out int end);
        return (count, over, noun, over.Span.End + end);
    }

    private static bool IsWholeCount(FactValue value) =>
        !value.IsPercentage && !value.IsRatio && !value.IsRange && value.Comparison == Claims.Comparison.Exact && decimal.Truncate(value.Number) == value.Number;

    // The parts of the document's breakdowns by noun: a heading, list item or row that opens with "<noun> <number>"
    // ("### ✅ Phase 3: Payments (33/37 tasks)") and holds a count done out of a total; the first line of each part.
    private static Dictionary<string, List<Part>> Breakdowns(ReportDocument document, ReportModel model)
    {
        var byNoun = new Dictionary<string, List<Part>>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (ModelStatement statement in model.StatementArray)
        {
            if (statement.Kind is not (StatementKind.Heading or StatementKind.ListItem or StatementKind.TableRow))
            {
                continue;
            }

            FactValue? ratio = null;
            foreach (FactValue value in statement.Values)
            {
                if (value is { IsRatio: true, IsPercentage: false, Denominator: { } of } && of >= 1 && value.Number <= of && decimal.Truncate(value.Number) == value.Number)
                {
                    ratio = value;
                    break;
                }
            }

            if (ratio is null)
            {
                continue;
            }

            string text = document.GetText(statement.Span).ToString();
            if (PartId(text) is not ({ } noun, { } id, { } written) || !seen.Add(noun + " " + id))
            {
                continue;
            }

            if (!byNoun.TryGetValue(noun, out List<Part>? parts))
            {
                byNoun[noun] = parts = [];
            }

            parts.Add(new Part(WordsOf(written),  ratio.Number, ratio.Denominator!.Value, statement.Line));
        }

        return byNoun;
    }

    // "âœ… Phase 3" → "Phase 3": the last word and the number, marks before them left out.
    private static string WordsOf(string written)
    {
        int space = written.LastIndexOf(' ', Math.Max(0, written.Length - 1));
        int before = space > 0 ? written.LastIndexOf(' ', space - 1) : -1;
        return before >= 0 ? written[(before + 1)..] : written;
    }

    // "<word> <number>" among the first four words of a line ("### âœ… Phase 3: …", "- Phase 3: …"), or nothing.
    private static (string? Noun, string? Id, string? Written) PartId(string text)
    {
        int at = 0;
        for (int n = 0; n < 4; n++)
        {
            if (FirstWordLemma(text, at, out int end) is not { } word)
            {
                return default;
            }

            int i = end;
            while (i < text.Length && text[i] == ' ')
            {
                i++;
            }

            int start = i;
            while (i < text.Length && char.IsDigit(text[i]))
            {
                i++;
            }

            if (i > start && i - start <= 3 && (i == text.Length || !char.IsLetterOrDigit(text[i])) && word.Length >= 3)
            {
                return (word, text[start..i], text[at..i].TrimStart(' ', '#', '-', '*', '|', '>', '\t').Trim());
            }

            at = end;
        }

        return default;
    }

    // The next word of letters from a position, folded, a plural "s" dropped; its end.
    private static string? FirstWordLemma(string text, int from, out int end)
    {
        int i = from;
        while (i < text.Length && !char.IsLetter(text[i]))
        {
            if (char.IsDigit(text[i]))
            {
                end = i;
                return null;
            }

            i++;
        }

        int start = i;
        while (i < text.Length && char.IsLetter(text[i]))
        {
            i++;
        }

        end = i;
        if (start == i)
        {
            return null;
        }

        string word = ReportModel.Fold(text[start..i]).ToLowerInvariant();
        return word.Length > 3 && word[^1] == 's' && word[^2] != 's' ? word[..^1] : word;
    }
}
