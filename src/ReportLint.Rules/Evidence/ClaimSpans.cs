using ReportLint.Analysis;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Evidence;

/// <summary>What stands between two parts of a claim in a statement's prose: words, digits, separators.</summary>
internal static class ClaimSpans
{
    /// <summary>
    /// Whether the prose of <paramref name="statement"/> from <paramref name="from"/> to <paramref name="to"/> holds at
    /// most <paramref name="words"/> words, no digit and no clause end (a period, a semicolon, a line break): the two
    /// parts belong to one claim ("Zero memory leaks", "Coverage: 100%", "100% proper cleanup").
    /// </summary>
    public static bool Adjacent(ModelStatement statement, int from, int to, int words) => Adjacent(statement, from, to, words, digits: false);

    /// <summary>As <see cref="Adjacent(ModelStatement, int, int, int)"/>, numbers counting as words when <paramref name="digits"/> ("WCAG 2.1 AA compliant").</summary>
    public static bool Adjacent(ModelStatement statement, int from, int to, int words, bool digits)
    {
        if (to < from)
        {
            return false;
        }

        ReadOnlySpan<char> gap = statement.Prose[TextSpan.FromBounds(from, to)];
        int count = 0;
        bool inWord = false;
        foreach (char c in gap)
        {
            if ((!digits && char.IsDigit(c)) || (c == '.' && !digits) || c is ';' or '\n' or '\r' or '!' or '?' or ',' or '(' or ')')
            {
                return false;
            }

            bool letter = char.IsLetter(c) || c is '\'' or '’' or '-' || (digits && (char.IsDigit(c) || c == '.'));
            // Mojibake of an emoji ("â­", "âœ…", "ðŸŽ‰") is no word.
            if (letter && !inWord && c is not ('â' or 'Ã' or 'ð' or 'Â'))
            {
                count++;
            }

            inWord = letter;
        }

        return count <= words;
    }

    /// <summary>Whether the letters of <paramref name="span"/> are all capitals (at least three): a stamp, not prose.</summary>
    public static bool IsShouted(ModelStatement statement, TextSpan span)
    {
        int letters = 0;
        foreach (char c in statement.Prose[span])
        {
            if (char.IsLetter(c))
            {
                if (char.IsLower(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters >= 3;
    }

    /// <summary>Whether <paramref name="span"/> stands in emphasis: '*' or '_' right before it.</summary>
    public static bool IsEmphasised(ModelStatement statement, TextSpan span)
    {
        // An opening run right before the claim ("**100% coverage**"), not the closing run of a key before it and a space
        // ("**Status:** WCAG 2.1 AA Compliant").
        ReadOnlySpan<char> before = statement.Prose[TextSpan.FromBounds(statement.Span.Start, span.Start)];
        return before.Length > 0 && before[^1] is '*' or '_';
    }

    /// <summary>
    /// Whether <paramref name="span"/> stands in the text of a link to another site (<c>[Announcing a state-of-the-art
    /// protocol](https://…)</c>): the title of someone else's page, not the report's words.
    /// </summary>
    public static bool InExternalLinkText(ReportDocument document, ModelStatement statement, TextSpan span)
    {
        ReadOnlySpan<char> text = document.GetText(statement.Span);
        int start = span.Start - statement.Span.Start, end = span.End - statement.Span.Start;
        int open = text[..start].LastIndexOfAny('[', ']');
        if (open < 0 || text[open] != '[')
        {
            return false;
        }

        int close = text[end..].IndexOfAny('[', ']');
        if (close < 0 || text[end + close] != ']')
        {
            return false;
        }

        ReadOnlySpan<char> target = text[(end + close + 1)..];
        return target.StartsWith("(http://".AsSpan(), StringComparison.OrdinalIgnoreCase) || target.StartsWith("(https://".AsSpan(), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The next character after <paramref name="position"/> that is no space, emphasis or closing mark, or '\0'.</summary>
    public static char NextAfter(ModelStatement statement, int position)
    {
        foreach (char c in statement.Prose[TextSpan.FromBounds(position, statement.Span.End)])
        {
            if (c is not (' ' or '*' or '_' or '\t'))
            {
                return c;
            }
        }

        return '\0';
    }

    /// <summary>
    /// The start of the capitalised words right before <paramref name="metricStart"/> that name the metric or key with
    /// it, up to three ("Linting Errors", "CI/CD Coverage", "Test Quality Score"); <paramref name="metricStart"/> when
    /// none does.
    /// </summary>
    public static int KeyNameStart(ModelStatement statement, int metricStart)
    {
        ReadOnlySpan<char> before = statement.Prose[TextSpan.FromBounds(statement.Span.Start, metricStart)];
        int start = metricStart, i = before.Length;
        for (int words = 0; words < 3; words++)
        {
            int end = i;
            while (end > 0 && before[end - 1] == ' ')
            {
                end--;
            }

            int begin = end;
            while (begin > 0 && (char.IsLetter(before[begin - 1]) || before[begin - 1] is '-' or '/' or '\'' or '’'))
            {
                begin--;
            }

            if (begin == end || end == i || !char.IsUpper(before[begin]) || (begin > 0 && char.IsLetterOrDigit(before[begin - 1])))
            {
                break;
            }

            start = metricStart - before.Length + begin;
            i = begin;
        }

        return start;
    }

    /// <summary>
    /// How many characters of <paramref name="after"/> a quote of <paramref name="quoted"/> takes to close the brackets
    /// it opens: "Quality: ⭐⭐⭐⭐⭐ (5/5" takes the ")" right after it, "Small Repositories (&lt; 10 forks" the ")" of "): ".
    /// 0 when it opens none, or when a letter, a digit or the line's end comes first.
    /// </summary>
    public static int ClosingBrackets(ReadOnlySpan<char> quoted, ReadOnlySpan<char> after)
    {
        int open = 0;
        foreach (char c in quoted)
        {
            if (c is '(' or '[')
            {
                open++;
            }
            else if (c is ')' or ']' && open > 0)
            {
                open--;
            }
        }

        int take = 0;
        for (int i = 0; i < after.Length && open > 0; i++)
        {
            char c = after[i];
            if (c is ')' or ']')
            {
                open--;
                take = i + 1;
            }
            else if (char.IsLetterOrDigit(c) || c is '\n' or '\r')
            {
                break;
            }
        }

        return take;
    }

    /// <summary>Whether two spans overlap.</summary>
    public static bool Overlap(TextSpan a, TextSpan b) => a.Start < b.End && b.Start < a.End;

    /// <summary>Whether <paramref name="span"/> overlaps any of <paramref name="spans"/> (the claims a rule has reported).</summary>
    public static bool OverlapsAny(List<TextSpan> spans, TextSpan span)
    {
        foreach (TextSpan s in spans)
        {
            if (Overlap(s, span))
            {
                return true;
            }
        }

        return false;
    }
}
