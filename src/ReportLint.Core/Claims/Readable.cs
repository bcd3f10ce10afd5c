using ReportLint.Analysis;
using ReportLint.Lexicons;
using ReportLint.Text;

namespace ReportLint.Claims;

/// <summary>Text as a reader means it: folded for matching, with the document's mojibake read as what it stands for.</summary>
internal static class Readable
{
    // Spans longer than this are read into a buffer of their own rather than this thread's scratch buffer.
    private const int MaxKept = 1 << 12;

    [ThreadStatic]
    private static char[]? t_scratch;

    /// <summary>The text of a span as a reader means it, for messages: mojibake repaired, emphasis markers dropped, case kept.</summary>
    /// <remarks>
    /// What appending the repaired text to a builder, removing "**", "__" and "`" in that order, collapsing each run of
    /// white space to one space and trimming spaces, '*', '_', ':', '|' and '#' from both ends gives, done in one
    /// buffer kept per thread: the builder's Replace moved the rest of its chunk at every removal.
    /// </remarks>
    public static string Text(ReportDocument document, TextSpan span)
    {
        char[] buffer = t_scratch is { } kept && kept.Length >= span.Length ? kept : new char[Math.Max(span.Length, 64)];
        t_scratch = null;
        int length = 0, position = span.Start;
        foreach (MojibakeSequence sequence in DocumentMojibake.Of(document).Within(span))
        {
            Append(ref buffer, ref length, document.GetText(TextSpan.FromBounds(position, sequence.Span.Start)));
            Append(ref buffer, ref length, sequence.Repaired.AsSpan());
            position = sequence.Span.End;
        }

        Append(ref buffer, ref length, document.GetText(TextSpan.FromBounds(position, span.End)));
        Span<char> text = buffer.AsSpan(0, length);
        text = text[..DropPairs(text, '*')];
        text = text[..DropPairs(text, '_')];
        text = text[..CollapseWhiteSpaceDroppingBackticks(text)];
        int start = 0, end = text.Length;
        while (start < end && IsLabelEdge(text[start]))
        {
            start++;
        }

        while (end > start && IsLabelEdge(text[end - 1]))
        {
            end--;
        }

        string result = StringPool.Get(buffer.AsSpan(start, end - start));
        if (buffer.Length <= MaxKept)
        {
            t_scratch = buffer;
        }

        return result;
    }

    private static bool IsLabelEdge(char c) => c is ' ' or '*' or '_' or ':' or '|' or '#';

    private static void Append(ref char[] buffer, ref int length, ReadOnlySpan<char> text)
    {
        if (length + text.Length > buffer.Length)
        {
            Array.Resize(ref buffer, Math.Max(length + text.Length, buffer.Length * 2));
        }

        text.CopyTo(buffer.AsSpan(length));
        length += text.Length;
    }

    // Removes each pair of the character, left to right, as Replace("**", "") does ("***" keeps one); returns the new length.
    private static int DropPairs(Span<char> text, char c)
    {
        int kept = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == c && i + 1 < text.Length && text[i + 1] == c)
            {
                i++;
                continue;
            }

            text[kept++] = text[i];
        }

        return kept;
    }

    // Removes backticks, then makes each run of white space one space (what Regex.Replace(text, @"\s+", " ") gives).
    private static int CollapseWhiteSpaceDroppingBackticks(Span<char> text)
    {
        int kept = 0;
        bool inSpace = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '`')
            {
                continue;
            }

            bool space = char.IsWhiteSpace(c);
            if (!space || !inSpace)
            {
                text[kept++] = space ? ' ' : c;
            }

            inSpace = space;
        }

        return kept;
    }

    /// <summary>
    /// Folds <paramref name="text"/>, a same-length view of <paramref name="span"/> of the document (such as prose
    /// with code blanked), repairing mojibake on the way; the map points into the original text.
    /// </summary>
    public static FoldedText Fold(ReportDocument document, TextSpan span, ReadOnlySpan<char> text) =>
        TextFolding.FoldMapped(text, span.Start, DocumentMojibake.Of(document).Within(span));

    /// <summary>Folds <paramref name="span"/> of the document as written.</summary>
    public static FoldedText Fold(ReportDocument document, TextSpan span) => Fold(document, span, document.GetText(span));

    /// <summary>
    /// The text <see cref="Fold(ReportDocument, TextSpan, ReadOnlySpan{char})"/> gives, without the map back to the document: for callers that only read the
    /// folded text, at a fraction of the allocation (no two offsets per character).
    /// </summary>
    public static string FoldText(ReportDocument document, TextSpan span, ReadOnlySpan<char> text) =>
        TextFolding.FoldRepaired(text, span.Start, DocumentMojibake.Of(document).Within(span));

    /// <summary>The text <see cref="Fold(ReportDocument, TextSpan)"/> gives, without the map.</summary>
    public static string FoldText(ReportDocument document, TextSpan span) => FoldText(document, span, document.GetText(span));
}
