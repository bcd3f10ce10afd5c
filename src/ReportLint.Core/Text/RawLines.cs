using System.Runtime.CompilerServices;

namespace ReportLint.Text;

/// <summary>
/// Lines of a raw text as <see cref="SourceText"/> splits them (after '\n', '\r\n' or a lone '\r'), for readers that walk
/// the text without parsing it (the triage's questions, <see cref="Analysis.MarginCode"/>).
/// </summary>
internal static class RawLines
{
    /// <summary>The characters a line ends at.</summary>
    public static readonly char[] LineBreaks = ['\n', '\r'];

    /// <summary>Where the line that starts at <paramref name="start"/> ends (its first line break, or the end of the text).</summary>
    public static int LineEndOf(string text, int start)
    {
        int end = text.IndexOfAny(LineBreaks, start);
        return end < 0 ? text.Length : end;
    }

    /// <summary>
    /// Where the line after the line break at <paramref name="end"/> starts, or -1 at the end of the text (a text that
    /// ends with a line break has an empty last line, as <see cref="SourceText"/> counts it).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int NextLineStart(string text, int end) =>
        end >= text.Length ? -1 : text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? end + 2 : end + 1;

    /// <summary>How many times <paramref name="c"/> repeats at the start of <paramref name="line"/>.</summary>
    public static int RunOf(ReadOnlySpan<char> line, char c)
    {
        int run = 0;
        while (run < line.Length && line[run] == c)
        {
            run++;
        }

        return run;
    }
}
