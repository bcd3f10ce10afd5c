using ReportLint.Analysis;
using ReportLint.Lexicons;
using ReportLint.Text;

namespace ReportLint.Claims;

/// <summary>Text as a reader means it: folded for matching, with the document's mojibake read as what it stands for.</summary>
public static class Readable
{
    // Arrays made once: a params array of constants is built at every call.
    private static readonly char[] LabelEdges = [' ', '*', '_', ':', '|', '#'];

    /// <summary>The text of a span as a reader means it, for messages: mojibake repaired, emphasis markers dropped, case kept.</summary>
    public static string Text(ReportDocument document, TextSpan span)
    {
        var builder = new System.Text.StringBuilder(span.Length);
        int position = span.Start;
        foreach (MojibakeSequence sequence in DocumentMojibake.Of(document).Within(span))
        {
            builder.Append(document.GetText(TextSpan.FromBounds(position, sequence.Span.Start)));
            builder.Append(sequence.Repaired);
            position = sequence.Span.End;
        }

        builder.Append(document.GetText(TextSpan.FromBounds(position, span.End)));
        builder.Replace("**", string.Empty).Replace("__", string.Empty).Replace("`", string.Empty);
        return CollapseWhiteSpace(builder.ToString()).Trim(LabelEdges);
    }

    // Each run of white space as one space (what Regex.Replace(text, @"\s+", " ") gives, without building a regex).
    private static string CollapseWhiteSpace(string text)
    {
        var collapsed = new System.Text.StringBuilder(text.Length);
        bool inSpace = false;
        foreach (char c in text)
        {
            bool space = char.IsWhiteSpace(c);
            if (!space || !inSpace)
            {
                collapsed.Append(space ? ' ' : c);
            }

            inSpace = space;
        }

        return collapsed.ToString();
    }

    /// <summary>
    /// Folds <paramref name="span"/> of the document (or <paramref name="text"/>, a same-length view of it such as
    /// prose with code blanked), repairing mojibake on the way; the map points into the original text.
    /// </summary>
    public static FoldedText Fold(ReportDocument document, TextSpan span, string? text = null) =>
        TextFolding.FoldMapped(text ?? document.GetText(span).ToString(), span.Start, DocumentMojibake.Of(document).Within(span));
}
