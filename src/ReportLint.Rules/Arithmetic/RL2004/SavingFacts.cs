using ReportLint.Lexicons;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Arithmetic;

/// <summary>
/// A saving stated under the two computations it compares, in a code block:
/// <c>Sans CLI: 22 × 90 min = 33h</c>, <c>Avec CLI: 22 × 2 sec = 44s</c>, then <c>ÉCONOMIE: 22 heures</c>.
/// </summary>
internal sealed class ComputedSaving
{
    internal ComputedSaving(FactValue before, FactValue after, FactValue saving, TextSpan savingLine)
    {
        Before = before;
        After = after;
        Saving = saving;
        SavingLine = savingLine;
    }

    /// <summary>The result of the first computation ("33h").</summary>
    public FactValue Before { get; }

    /// <summary>The result of the second computation ("44s").</summary>
    public FactValue After { get; }

    /// <summary>The saving stated ("22 heures", or a percentage).</summary>
    public FactValue Saving { get; }

    /// <summary>The saving's key and value ("ÉCONOMIE:  22 heures"), for messages.</summary>
    public TextSpan SavingLine { get; }
}

/// <summary>The savings computed in code blocks, the facts only RL2004 reads, built once per document.</summary>
internal static class SavingFacts
{
    private static readonly LexiconSection ColumnChange = new("column.change");

    private static readonly RuleFacts<ComputedSaving[]> Facts = new(BuildComputedSavings);

    /// <summary>
    /// The savings stated in code blocks right under two computations (lines <c>Key: … = result</c>, rules of
    /// <c>─ - =</c> between allowed): a line whose key is a word of change (lexicon section <c>column.change</c>:
    /// savings, économie, gain…) and whose value follows the colon; in document order.
    /// </summary>
    public static IReadOnlyList<ComputedSaving> Of(ReportModel model) => Facts.Of(model);

    private static ComputedSaving[] BuildComputedSavings(ReportModel model)
    {
        var savings = new List<ComputedSaving>();
        foreach (ModelFence fence in model.Fences)
        {
            if (fence.Content.IsEmpty)
            {
                continue;
            }

            ReadOnlySpan<char> content = model.Document.GetText(fence.Content);
            FactValue? first = null, second = null;
            var lines = new TextLines(content, fence.Content.Start);
            while (lines.MoveNext())
            {
                ReadOnlySpan<char> line = lines.Current;
                int offset = lines.Start;
                if (line.Trim(" \t\r─━-=_".AsSpan()).Length == 0)
                {
                    continue;
                }

                int colon = line.IndexOf(':');
                if (colon <= 0)
                {
                    first = second = null;
                    continue;
                }

                int equals = line.LastIndexOf('=');
                if (equals > colon)
                {
                    FactValue? result = ValueIn(model, line, offset, equals + 1);
                    first = second;
                    second = result;
                    continue;
                }

                string key = TextFolding.Fold(line[..colon]).Trim();
                if (first is not null && second is not null && model.Document.Lexicon.Contains(ColumnChange, key) && ValueIn(model, line, offset, colon + 1) is { } saving)
                {
                    savings.Add(new ComputedSaving(first, second, saving, TextSpan.FromBounds(offset + (line.Length - line.TrimStart().Length), saving.Span.End)));
                }

                first = second = null;
            }
        }

        return savings.ToArray();
    }

    // The value that follows position `from` of a line: spaces, then digits and the words of its unit, up to anything
    // else ("  22 heures ⚡" gives "22 heures").
    private static FactValue? ValueIn(ReportModel model, ReadOnlySpan<char> line, int offset, int from)
    {
        int i = from;
        while (i < line.Length && line[i] is ' ' or '\t' or '*')
        {
            i++;
        }

        int start = i;
        while (i < line.Length && (char.IsLetterOrDigit(line[i]) || line[i] is ' ' or '.' or ',' or '%' or '~'))
        {
            i++;
        }

        ReadOnlySpan<char> value = line[start..i].TrimEnd();
        return value.Length == 0 ? null : model.ReadValue(new TextSpan(offset + start, value.Length));
    }
}
