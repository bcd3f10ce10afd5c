using ReportLint.Analysis;
using ReportLint.Lexicons;
using ReportLint.Text;

namespace ReportLint.Claims;

/// <summary>Text as a reader means it: folded for matching, with the document's mojibake read as what it stands for.</summary>
public static class Readable
{
    /// <summary>
    /// Folds <paramref name="span"/> of the document (or <paramref name="text"/>, a same-length view of it such as
    /// prose with code blanked), repairing mojibake on the way; the map points into the original text.
    /// </summary>
    public static FoldedText Fold(ReportDocument document, TextSpan span, string? text = null) =>
        TextFolding.FoldMapped(text ?? document.GetText(span).ToString(), span.Start, DocumentMojibake.Of(document).Within(span));
}
