using System.Text;
using ReportLint.Text;

namespace ReportLint.Fixes;

/// <summary>Applies text edits: sorts them, rejects overlaps, and leaves every character outside them unchanged.</summary>
public static class TextEditApplier
{
    /// <summary>Applies non-overlapping edits; throws <see cref="InvalidOperationException"/> when two overlap.</summary>
    public static string Apply(string text, IEnumerable<TextEdit> edits)
    {
        ArgumentNullException.ThrowIfNull(text);
        TextEdit[] sorted = Sort(edits);
        for (int i = 1; i < sorted.Length; i++)
        {
            if (Conflict(sorted[i - 1], sorted[i]))
            {
                throw new InvalidOperationException($"Edits {sorted[i - 1].Span} and {sorted[i].Span} overlap.");
            }
        }

        return ApplySorted(text, sorted);
    }

    /// <summary>
    /// Whether two edits cannot both be applied: they overlap, insert at the same point, or one inserts strictly
    /// inside the span the other replaces (that point would no longer exist).
    /// </summary>
    public static bool Conflict(TextEdit a, TextEdit b)
    {
        if (a.Span.Start == b.Span.Start && (a.Span.IsEmpty || b.Span.IsEmpty))
        {
            return true;
        }

        if (a.Span.IsEmpty || b.Span.IsEmpty)
        {
            (TextSpan point, TextSpan range) = a.Span.IsEmpty ? (a.Span, b.Span) : (b.Span, a.Span);
            return range.Start < point.Start && point.Start < range.End;
        }

        return Math.Max(a.Span.Start, b.Span.Start) < Math.Min(a.Span.End, b.Span.End);
    }

    internal static TextEdit[] Sort(IEnumerable<TextEdit> edits)
    {
        TextEdit[] sorted = edits.ToArray();
        Array.Sort(sorted, static (x, y) =>
        {
            int c = x.Span.Start.CompareTo(y.Span.Start);
            return c != 0 ? c : x.Span.End.CompareTo(y.Span.End);
        });
        return sorted;
    }

    internal static string ApplySorted(string text, IReadOnlyList<TextEdit> sorted)
    {
        if (sorted.Count == 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 64);
        int position = 0;
        foreach (TextEdit edit in sorted)
        {
            if (edit.Span.Start < position || edit.Span.End > text.Length)
            {
                throw new InvalidOperationException($"Edit {edit.Span} overlaps a previous edit or lies outside the text.");
            }

            builder.Append(text, position, edit.Span.Start - position);
            builder.Append(edit.NewText);
            position = edit.Span.End;
        }

        builder.Append(text, position, text.Length - position);
        return builder.ToString();
    }
}
