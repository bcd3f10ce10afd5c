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

    /// <summary>
    /// Folds a piece of text (which starts at <paramref name="offset"/> in the document) and records, for each folded
    /// character, the original span it came from. Mojibake sequences in <paramref name="repairs"/> are read as the
    /// characters they stand for, so "âœ…" folds to "✅" and maps back to the three mangled characters.
    /// </summary>
    public static FoldedText FoldMapped(ReadOnlySpan<char> text, int offset, IEnumerable<ReportLint.Text.MojibakeSequence>? repairs = null)
    {
        var starts = new List<int>(text.Length + 1);
        var ends = new List<int>(text.Length + 1);
        var builder = new StringBuilder(text.Length);
        FoldRepairing(builder, text, offset, repairs, starts, ends);
        return new FoldedText(builder.ToString(), starts.ToArray(), ends.ToArray(), offset + text.Length);
    }

    /// <summary>
    /// The text <see cref="FoldMapped"/> gives, without the map back to the original: for scans that only ask
    /// whether words occur (triage), at a fraction of the cost.
    /// </summary>
    public static string FoldRepaired(ReadOnlySpan<char> text, IEnumerable<ReportLint.Text.MojibakeSequence>? repairs = null)
    {
        var builder = new StringBuilder(text.Length);
        FoldRepairing(builder, text, 0, repairs, null, null);
        return builder.ToString();
    }

    private static void FoldRepairing(StringBuilder builder, ReadOnlySpan<char> text, int offset, IEnumerable<ReportLint.Text.MojibakeSequence>? repairs, List<int>? starts, List<int>? ends)
    {
        int position = 0;
        foreach (ReportLint.Text.MojibakeSequence sequence in repairs ?? [])
        {
            int from = sequence.Span.Start - offset, to = sequence.Span.End - offset;
            if (from < position || to > text.Length)
            {
                continue;
            }

            FoldInto(builder, text[position..from], offset + position, starts, ends);

            // White space that ended the segment still separates it from the repaired character.
            if (from > position && char.IsWhiteSpace(text[from - 1]) && builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
                starts?.Add(offset + from - 1);
                ends?.Add(offset + from);
            }

            int before = builder.Length;
            FoldInto(builder, sequence.Repaired, 0, null, null);
            for (int k = before; starts is not null && k < builder.Length; k++)
            {
                starts.Add(sequence.Span.Start);
                ends!.Add(sequence.Span.End);
            }

            position = to;
        }

        FoldInto(builder, text[position..], offset + position, starts, ends);
    }

    private static string FoldWithMap(ReadOnlySpan<char> text, int offset, List<int>? map)
    {
        var builder = new StringBuilder(text.Length);
        FoldInto(builder, text, offset, map, null);
        return builder.ToString();
    }

    private static void FoldInto(StringBuilder builder, ReadOnlySpan<char> text, int offset, List<int>? map, List<int>? ends)
    {
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

                pendingSpace = builder.Length > 0 && builder[^1] != ' ';
                continue;
            }

            if (pendingSpace && c == '%')
            {
                pendingSpace = false;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                map?.Add(offset + pendingSpaceAt);
                ends?.Add(offset + pendingSpaceAt + 1);
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

            while (ends is not null && map is not null && ends.Count < map.Count)
            {
                ends.Add(offset + i + 1);
            }
        }
    }

    private static bool IsMarkupUnderscore(ReadOnlySpan<char> text, int i)
    {
        bool before = i > 0 && char.IsLetterOrDigit(text[i - 1]);
        bool after = i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);
        return !(before && after);
    }

    private static void AppendFolded(StringBuilder builder, char c, List<int>? map, int at)
    {
        // Latin letters from a table (no normalisation call, no culture data); other scripts through FormD.
        if (c >= FoldTable.First && c < FoldTable.First + FoldTable.Entries.Length)
        {
            string folded = FoldTable.Entries[c - FoldTable.First];
            builder.Append(folded);
            for (int k = 0; k < folded.Length; k++)
            {
                map?.Add(at);
            }

            return;
        }

        if (c is 'œ' or 'Œ')
        {
            builder.Append("oe");
            map?.Add(at);
            map?.Add(at);
            return;
        }

        string mapped = Decomposed[c] ??= Decompose(c);
        builder.Append(mapped);
        for (int k = 0; map is not null && k < mapped.Length; k++)
        {
            map.Add(at);
        }
    }

    // Other characters fold through FormD (marks dropped, lower-cased), computed once per character per process:
    // symbols such as ✅ or — recur thousands of times in a report. Races only compute the same string twice.
    private static readonly string?[] Decomposed = new string?[char.MaxValue + 1];

    private static string Decompose(char c)
    {
        var folded = new StringBuilder(2);
        foreach (char d in c.ToString().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(char.ToLowerInvariant(d));
            }
        }

        return folded.ToString();
    }
}

/// <summary>Folded text with, for each folded character, the span of the original document it came from.</summary>
public sealed record FoldedText(string Text, int[] Starts, int[] Ends, int EndOfText)
{
    /// <summary>The original offset of folded character <paramref name="index"/> (or the end of the text).</summary>
    public int StartOf(int index) => index < Starts.Length ? Starts[index] : EndOfText;

    /// <summary>The original span of folded characters <c>[start, end)</c>.</summary>
    public ReportLint.Text.TextSpan ToOriginal(int start, int end) =>
        end > start
            ? ReportLint.Text.TextSpan.FromBounds(Starts[start], Math.Max(Starts[start], Ends[end - 1]))
            : new ReportLint.Text.TextSpan(StartOf(start), 0);
}
