namespace ReportLint.Claims;

/// <summary>Whether a phrase is quoted ("…", “…”, « … »): a quotation mentions a claim, it does not make it.</summary>
internal static class Quotation
{
    /// <summary>Whether <c>[start, end)</c> of <paramref name="text"/> lies between an opening and a closing quotation mark.</summary>
    public static bool IsQuoted(ReadOnlySpan<char> text, int start, int end)
    {
        if (start <= 0 || end >= text.Length)
        {
            return false;
        }

        ReadOnlySpan<char> before = text[..start];
        ReadOnlySpan<char> after = text[end..];
        if (before.Count('"') % 2 == 1 && after.Contains('"'))
        {
            return true;
        }

        return Between(before, after, '“', '”') || Between(before, after, '«', '»') || Between(before, after, '‘', '’');
    }

    private static bool Between(ReadOnlySpan<char> before, ReadOnlySpan<char> after, char open, char close)
    {
        int lastOpen = before.LastIndexOf(open);
        return lastOpen >= 0 && before[lastOpen..].IndexOf(close) < 0 && after.IndexOf(close) >= 0;
    }
}
