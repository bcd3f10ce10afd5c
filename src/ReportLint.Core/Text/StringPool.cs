namespace ReportLint.Text;

/// <summary>
/// Short strings made from spans, shared: the same characters give the same string while it stays in a small table
/// kept per thread, so the units, nouns and folded cells a large report repeats thousands of times are made once. For
/// rules that key what they read by words: a word read in a buffer becomes a string once, not once per occurrence.
/// </summary>
public static class StringPool
{
    /// <summary>The longest string the table holds; longer ones are made each time.</summary>
    public const int MaxLength = 32;

    // A power of two; one string per slot, the last one made wins. At most 1024 strings of 32 characters per thread.
    private const int Size = 1024;

    [ThreadStatic]
    private static string?[]? t_table;

    /// <summary>A string of <paramref name="chars"/>: the one already in the table when it holds the same characters.</summary>
    public static string Get(ReadOnlySpan<char> chars)
    {
        if (chars.Length == 0)
        {
            return string.Empty;
        }

        if (chars.Length > MaxLength)
        {
            return chars.ToString();
        }

        string?[] table = t_table ??= new string?[Size];
        uint hash = 2166136261;
        foreach (char c in chars)
        {
            hash = (hash ^ c) * 16777619;
        }

        int slot = (int)(hash & (Size - 1));
        if (table[slot] is { } pooled && chars.SequenceEqual(pooled.AsSpan()))
        {
            return pooled;
        }

        string made = chars.ToString();
        table[slot] = made;
        return made;
    }
}
