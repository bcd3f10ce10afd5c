using System.Globalization;
using System.Text;

namespace ReportLint.Lexicons;

/// <summary>
/// Folds text for matching across languages and markup: lower case, accents and emoji variation selectors
/// removed, Markdown emphasis and code markers dropped, runs of white space collapsed. "**Priorité**" and
/// "priorite" fold alike.
/// </summary>
public static class TextFolding
{
    /// <summary>Folds a piece of text.</summary>
    public static string Fold(ReadOnlySpan<char> text) => FoldWithMap(text, 0, null);

    /// <summary>Folds a piece of text and records, for each folded character, its offset in the original.</summary>
    public static FoldedText FoldMapped(ReadOnlySpan<char> text, int offset)
    {
        var map = new List<int>(text.Length + 1);
        string folded = FoldWithMap(text, offset, map);
        map.Add(offset + text.Length);
        return new FoldedText(folded, map.ToArray());
    }

    private static string FoldWithMap(ReadOnlySpan<char> text, int offset, List<int>? map)
    {
        var builder = new StringBuilder(text.Length);
        bool pendingSpace = false;
        int pendingSpaceAt = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is '*' or '`' or '\uFE0F' or '\uFE0E' or '\u200D' || (c == '_' && IsMarkupUnderscore(text, i)) ||
                (c == '~' && i + 1 < text.Length && text[i + 1] == '~') || (c == '~' && i > 0 && text[i - 1] == '~'))
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                if (!pendingSpace)
                {
                    pendingSpaceAt = i;
                }

                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                map?.Add(offset + pendingSpaceAt);
                pendingSpace = false;
            }

            if (c < 0x80)
            {
                builder.Append(char.ToLowerInvariant(c));
                map?.Add(offset + i);
            }
            else if (char.IsSurrogate(c))
            {
                builder.Append(c);
                map?.Add(offset + i);
            }
            else
            {
                AppendFolded(builder, c, map, offset + i);
            }
        }

        return builder.ToString();
    }

    private static bool IsMarkupUnderscore(ReadOnlySpan<char> text, int i)
    {
        bool before = i > 0 && char.IsLetterOrDigit(text[i - 1]);
        bool after = i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);
        return !(before && after);
    }

    private static void AppendFolded(StringBuilder builder, char c, List<int>? map, int at)
    {
        if (c is 'œ' or 'Œ')
        {
            builder.Append("oe");
            map?.Add(at);
            map?.Add(at);
            return;
        }

        string decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        foreach (char d in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(d));
                map?.Add(at);
            }
        }
    }
}

/// <summary>Folded text with, for each folded character, its offset in the original document.</summary>
public readonly record struct FoldedText(string Text, int[] Map)
{
    /// <summary>The original span of folded characters <c>[start, end)</c>.</summary>
    public ReportLint.Text.TextSpan ToOriginal(int start, int end) =>
        ReportLint.Text.TextSpan.FromBounds(Map[start], end > start ? Map[end - 1] + CharWidth(end - 1) : Map[start]);

    private int CharWidth(int foldedIndex) =>
        foldedIndex + 1 < Text.Length && char.IsHighSurrogate(Text[foldedIndex]) ? 0 : 1;
}
