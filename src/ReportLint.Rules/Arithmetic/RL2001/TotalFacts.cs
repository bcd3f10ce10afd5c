using Markdig.Syntax;
using ReportLint.Model;

namespace ReportLint.Rules.Arithmetic;

/// <summary>Small helpers RL2001's readers of totals share.</summary>
internal static class TotalFacts
{
    /// <summary>
    /// Whether some of the values, at least <paramref name="minimum"/> of them, come to the total: all of them too when
    /// <paramref name="all"/>. At most 16 values are read (the test is exponential); more say no.
    /// </summary>
    public static bool AnySums(IReadOnlyList<decimal> values, decimal total, int minimum, bool all)
    {
        int n = values.Count;
        if (n > 16)
        {
            return false;
        }

        int last = all ? (1 << n) - 1 : (1 << n) - 2;
        for (int mask = 1; mask <= last; mask++)
        {
            if (System.Numerics.BitOperations.PopCount((uint)mask) < minimum)
            {
                continue;
            }

            decimal sum = 0;
            for (int i = 0; i < n; i++)
            {
                if ((mask & (1 << i)) != 0)
                {
                    sum += values[i];
                }
            }

            if (sum == total)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The statement of a heading block, walking the document's statements in order from <paramref name="next"/> (the
    /// blocks come in document order, as the statements do): the first at or after the heading's start, when it is the
    /// heading's; null for a heading with no text.
    /// </summary>
    public static ModelStatement? HeadingStatement(ReportModel model, IReadOnlyList<ModelStatement> statements, HeadingBlock heading, ref int next)
    {
        int start = model.Document.GetSpan(heading).Start;
        while (next < statements.Count && statements[next].Span.Start < start)
        {
            next++;
        }

        return next < statements.Count && statements[next].Kind == StatementKind.Heading && ReferenceEquals(statements[next].Block, heading)
            ? statements[next]
            : null;
    }
}
