namespace ReportLint.IO;

/// <summary>
/// Whether bytes read as a report are text ReportLint can read: not a binary file (NUL bytes), and not UTF-16 saved
/// without a byte order mark (which would decode as one character per byte, and give a finding per line). Shared by
/// the command-line tool and the MSBuild task, so both say the same one thing about such a file.
/// </summary>
public static class ReportBytes
{
    private const int ProbeBytes = 8000;

    /// <summary>
    /// Null when the bytes can be read as a report; otherwise why not, as the end of a sentence about the file
    /// ("binary file (it contains NUL bytes); not a Markdown report."). <paramref name="input"/> words it for standard input.
    /// </summary>
    public static string? Problem(byte[] bytes, bool input = false)
    {
        if (bytes is null)
        {
            throw new ArgumentNullException(nameof(bytes));
        }

        if (!LooksBinary(bytes))
        {
            return null;
        }

        string what = input ? "input" : "file";
        return Utf16WithoutBom(bytes) is { } order
            ? $"UTF-16 {order} {(input ? "input" : "text")} without a byte order mark; not read ({(input ? "send" : "save")} it as UTF-8, or as UTF-16 with a byte order mark)."
            : $"binary {what} (it contains NUL bytes); not a Markdown report.";
    }

    // Whether the bytes are text ReportLint reads; when not, the byte order of UTF-16 saved without a byte order mark,
    // or null for a binary file (RL0006's checks, EngineRules.NotText).
    internal static bool IsText(byte[] bytes, out string? utf16Order)
    {
        utf16Order = null;
        if (!LooksBinary(bytes))
        {
            return true;
        }

        utf16Order = Utf16WithoutBom(bytes);
        return false;
    }

    // Text saved as UTF-16 without a byte order mark: mostly ASCII, so one byte of nearly every pair is NUL, always
    // the same one (the second in little-endian, the first in big-endian), and the other never is. Returns the byte
    // order, or null when the NUL bytes do not fall that way (a binary file).
    private static string? Utf16WithoutBom(byte[] bytes)
    {
        int pairs = Math.Min(bytes.Length, ProbeBytes) / 2;
        int evenNul = 0, oddNul = 0;
        for (int p = 0; p < pairs; p++)
        {
            bool even = bytes[2 * p] == 0, odd = bytes[2 * p + 1] == 0;
            if (even && odd)
            {
                return null;
            }

            evenNul += even ? 1 : 0;
            oddNul += odd ? 1 : 0;
        }

        return pairs == 0 ? null
            : oddNul >= pairs / 2 && evenNul == 0 ? "little-endian"
            : evenNul >= pairs / 2 && oddNul == 0 ? "big-endian"
            : null;
    }

    private static bool LooksBinary(byte[] bytes)
    {
        bool utf16 = bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF));
        return !utf16 && bytes.AsSpan(0, Math.Min(bytes.Length, ProbeBytes)).IndexOf((byte)0) >= 0;
    }
}
