using System.Collections.Immutable;
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

        var taken = new List<TextEdit>();
        var applied = ImmutableArray.CreateBuilder<CodeFix>();
        var skipped = ImmutableArray.CreateBuilder<CodeFix>();
        foreach (CodeFix fix in ordered)
        {
            TextEdit[] edits = TextEditApplier.Sort(fix.Edits);
            bool ok = true;
            for (int i = 0; i < edits.Length && ok; i++)
            {
                if (i > 0 && TextEditApplier.Conflict(edits[i - 1], edits[i]))
                {
                    ok = false;
                }

                foreach (TextEdit other in taken)
                {
                    if (TextEditApplier.Conflict(other, edits[i]))
                    {
                        ok = false;
                        break;
                    }
                }
            }

            if (ok)
            {
                taken.AddRange(edits);
                applied.Add(fix);
            }
            else
            {
                skipped.Add(fix);
            }
        }

        string result = TextEditApplier.ApplySorted(text, TextEditApplier.Sort(taken));
        return new FixAllResult(result, applied.ToImmutable(), skipped.ToImmutable());
    }
}
