using System.Text;
using ReportLint.Text;

namespace ReportLint.Tests.Harness;

/// <summary>An expected diagnostic: an ID (null: the rule under test) and a span of the clean text.</summary>
public sealed record ExpectedSpan(string? Id, TextSpan Span);

/// <summary>
/// Test markup in the Microsoft.CodeAnalysis.Testing style: <c>[|text|]</c> marks a diagnostic of the rule under
/// test, <c>{|RL2001:text|}</c> one of a named rule. The markup is stripped before analysis, so the analysed text
/// is exactly what a user writes.
/// </summary>
public static class Markup
{
    public static (string Text, List<ExpectedSpan> Spans) Parse(string markup)
    {
        var text = new StringBuilder(markup.Length);
        var spans = new List<ExpectedSpan>();
        var open = new Stack<(string? Id, int Start, char Close)>();
        for (int i = 0; i < markup.Length; i++)
        {
            if (markup[i] == '[' && i + 1 < markup.Length && markup[i + 1] == '|')
            {
                open.Push((null, text.Length, ']'));
                i++;
            }
            else if (markup[i] == '{' && i + 1 < markup.Length && markup[i + 1] == '|')
            {
                int colon = markup.IndexOf(':', i + 2);
                if (colon < 0)
                {
                    throw new FormatException($"'{{|' at {i} has no 'ID:'.");
                }

                open.Push((markup[(i + 2)..colon], text.Length, '}'));
                i = colon;
            }
            else if (markup[i] == '|' && i + 1 < markup.Length && markup[i + 1] is ']' or '}' && open.Count > 0 && open.Peek().Close == markup[i + 1])
            {
                (string? id, int start, _) = open.Pop();
                spans.Add(new ExpectedSpan(id, TextSpan.FromBounds(start, text.Length)));
                i++;
            }
            else
            {
                text.Append(markup[i]);
            }
        }

        if (open.Count > 0)
        {
            throw new FormatException("Unclosed markup span.");
        }

        return (text.ToString(), spans);
    }

    public static bool HasMarkup(string text) => text.Contains("[|", StringComparison.Ordinal) || text.Contains("{|RL", StringComparison.Ordinal);
}
