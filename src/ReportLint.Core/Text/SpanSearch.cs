namespace ReportLint.Text;

/// <summary>The searches of <see cref="string"/> that start at an index, for a span of characters.</summary>
internal static class SpanSearch
{
    /// <summary>As <see cref="string.IndexOf(char, int)"/>: the first <paramref name="value"/> at or after <paramref name="from"/>, or -1.</summary>
    public static int IndexOf(ReadOnlySpan<char> text, char value, int from)
    {
        int at = text.Slice(from).IndexOf(value);
        return at < 0 ? -1 : at + from;
    }

    /// <summary>As <see cref="string.IndexOfAny(char[], int)"/>: the first of <paramref name="values"/> at or after <paramref name="from"/>, or -1.</summary>
    public static int IndexOfAny(ReadOnlySpan<char> text, ReadOnlySpan<char> values, int from)
    {
        int at = text.Slice(from).IndexOfAny(values);
        return at < 0 ? -1 : at + from;
    }

    /// <summary>As <see cref="string.LastIndexOf(char, int)"/>: the last <paramref name="value"/> at or before <paramref name="from"/>, or -1.</summary>
    public static int LastIndexOf(ReadOnlySpan<char> text, char value, int from) =>
        text.IsEmpty ? -1 : text.Slice(0, from + 1).LastIndexOf(value);
}
