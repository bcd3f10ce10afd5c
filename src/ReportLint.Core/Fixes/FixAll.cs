using System.Collections.Immutable;
using ReportLint.Diagnostics;
using ReportLint.Text;

namespace ReportLint.Fixes;

/// <summary>The outcome of applying many fixes at once.</summary>
public sealed record FixAllResult(string Text, ImmutableArray<CodeFix> Applied, ImmutableArray<CodeFix> Skipped);

/// <summary>Applies every fix that does not conflict with one already taken, in one pass over the text.</summary>
public static class FixAll
{
    /// <summary>
    /// Takes fixes in order of position (earlier first, then by registration order) and applies each one whose
    /// edits conflict with no edit already taken; the others are returned as skipped, for a later pass.
    /// </summary>
    public static FixAllResult Apply(string text, IEnumerable<CodeFix> fixes)
    {
        ArgumentNullException.ThrowIfNull(text);
        CodeFix[] ordered = fixes
            .Select((fix, index) => (fix, index))
            .OrderBy(p => p.fix.Extent.Start)
            .ThenBy(p => p.index)
            .Select(p => p.fix)
            .ToArray();

        // Taken edits stay sorted by start, so a conflict check looks only at the neighbours (no quadratic scan).
        var taken = new List<TextEdit>();
        var applied = ImmutableArray.CreateBuilder<CodeFix>();
        var skipped = ImmutableArray.CreateBuilder<CodeFix>();
        foreach (CodeFix fix in ordered)
        {
            TextEdit[] edits = TextEditApplier.Sort(fix.Edits);
            bool ok = true;
            for (int i = 0; i < edits.Length && ok; i++)
            {
                ok = (i == 0 || !TextEditApplier.Conflict(edits[i - 1], edits[i])) && !ConflictsWithTaken(taken, edits[i]);
            }

            if (ok)
            {
                foreach (TextEdit edit in edits)
                {
                    taken.Insert(InsertionPoint(taken, edit), edit);
                }

                applied.Add(fix);
            }
            else
            {
                skipped.Add(fix);
            }
        }

        string result = TextEditApplier.ApplySorted(text, taken);
        return new FixAllResult(result, applied.ToImmutable(), skipped.ToImmutable());
    }

    private static int InsertionPoint(List<TextEdit> sorted, TextEdit edit)
    {
        int lo = 0, hi = sorted.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            TextSpan m = sorted[mid].Span;
            if (m.Start < edit.Span.Start || (m.Start == edit.Span.Start && m.End <= edit.Span.End))
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    // Taken edits never overlap each other, so only the ones just before and after the insertion point can
    // conflict with a new edit.
    private static bool ConflictsWithTaken(List<TextEdit> sorted, TextEdit edit)
    {
        int at = InsertionPoint(sorted, edit);
        return (at > 0 && TextEditApplier.Conflict(sorted[at - 1], edit)) ||
               (at < sorted.Count && TextEditApplier.Conflict(sorted[at], edit));
    }
}
