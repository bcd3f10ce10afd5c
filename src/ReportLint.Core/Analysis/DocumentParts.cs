using ReportLint.Text;

namespace ReportLint.Analysis;

/// <summary>
/// When a text is analysed in parts, and how large the parts are, in characters. A text longer than
/// <see cref="Above"/> is cut into parts of about <see cref="Target"/> to <see cref="Max"/> characters; a part only
/// grows past <see cref="Max"/> to keep a fenced code block whole.
/// </summary>
internal readonly record struct PartSizes(int Above, int Target, int Max)
{
    /// <summary>
    /// Whole up to 512 Ki characters: every real status report we have seen is under 30 KB, so any two of its facts can
    /// be compared. Above that, parts of 16 to 32 Ki characters (a long report each), whose Markdown tree and model are
    /// let go before the next part is read: the model of a status list or a table takes 100 to 360 bytes per character
    /// while it is built, and parts of this size keep a 1 MB file under 20 times its size at peak (parts of 32 to 64 Ki:
    /// 24 times for a status list).
    /// </summary>
    public static PartSizes Default { get; } = new(512 * 1024, 16 * 1024, 32 * 1024);
}

/// <summary>
/// Cuts a long text into consecutive parts that a reader would also see as apart: at a heading when one comes after
/// <see cref="PartSizes.Target"/> characters, else after a blank line, else at a line start, never inside a fenced code
/// block or an HTML comment, and inside a line only when one line is longer than <see cref="PartSizes.Max"/> (at a space when there is
/// one). One pass over the text.
/// </summary>
internal static class DocumentParts
{
    /// <summary>
    /// The parts of <paramref name="text"/>, in order: consecutive spans that cover it, except an HTML comment of many
    /// lines longer than a part (commented-out text, or a <c>&lt;!--</c> never closed), which is left between two parts:
    /// nothing in it is shown, and it is not analysed.
    /// </summary>
    public static List<TextSpan> Cut(string text, PartSizes sizes)
    {
        var parts = new List<TextSpan>();
        int start = 0;
        char fence = '\0';
        int fenceLength = 0;
        bool comment = false;
        int commentStart = -1;
        bool skipping = false;
        bool previousBlank = false;
        int blank = -1, plain = -1;
        int pos = 0;
        while (pos < text.Length)
        {
            int lineEnd = text.AsSpan(pos).IndexOfAny('\n', '\r');
            lineEnd = lineEnd < 0 ? text.Length : pos + lineEnd;
            int next = lineEnd;
            if (next < text.Length)
            {
                next += text[next] == '\r' && next + 1 < text.Length && text[next + 1] == '\n' ? 2 : 1;
            }

            ReadOnlySpan<char> line = text.AsSpan(pos, lineEnd - pos);
            if (fence == '\0' && !comment && pos - start >= sizes.Target && !line.StartsWith("---", StringComparison.Ordinal))
            {
                if (IsHeading(line))
                {
                    parts.Add(TextSpan.FromBounds(start, pos));
                    start = pos;
                    blank = plain = -1;
                }
                else if (previousBlank && blank < 0)
                {
                    blank = pos;
                }
                else if (plain < 0)
                {
                    plain = pos;
                }
            }

            if (next - start > sizes.Max && (blank >= 0 || plain >= 0))
            {
                int cut = blank >= 0 ? blank : plain;
                parts.Add(TextSpan.FromBounds(start, cut));
                start = cut;
                blank = plain = -1;
            }

            // One line longer than a part (a line of a million words): cut it at spaces.
            while (fence == '\0' && !comment && lineEnd - start > sizes.Max)
            {
                int low = Math.Max(start + sizes.Target, pos + 1), high = Math.Min(start + sizes.Max, lineEnd);
                if (low >= high)
                {
                    break;
                }

                int space = text.AsSpan(low, high - low).LastIndexOfAny(' ', '\t');
                int cut = space >= 0 ? low + space + 1 : high;
                if (char.IsLowSurrogate(text[cut]) && char.IsHighSurrogate(text[cut - 1]))
                {
                    cut--;
                }

                parts.Add(TextSpan.FromBounds(start, cut));
                start = cut;
                blank = plain = -1;
            }

            Fence(line, ref fence, ref fenceLength);
            if (fence == '\0')
            {
                bool was = comment;
                Comment(line, ref comment);
                if (comment && !was)
                {
                    commentStart = pos;
                }
                else if (!comment && skipping)
                {
                    // The long comment closed on this line: the next part starts after it.
                    skipping = false;
                    start = next;
                }
            }

            // A comment longer than a part is left out: the part before it ends where it starts.
            if (comment && !skipping && next - commentStart > sizes.Max)
            {
                if (commentStart > start)
                {
                    parts.Add(TextSpan.FromBounds(start, commentStart));
                }

                skipping = true;
                blank = plain = -1;
            }

            previousBlank = line.IsWhiteSpace();
            pos = next;
        }

        if (!skipping && start < text.Length)
        {
            parts.Add(TextSpan.FromBounds(start, text.Length));
        }

        return parts;
    }

    // "# Title" to "###### Title", indented by at most three spaces.
    private static bool IsHeading(ReadOnlySpan<char> line)
    {
        int indent = 0;
        while (indent < line.Length && indent < 4 && line[indent] == ' ')
        {
            indent++;
        }

        int hashes = indent;
        while (hashes < line.Length && line[hashes] == '#')
        {
            hashes++;
        }

        int level = hashes - indent;
        return indent < 4 && level is >= 1 and <= 6 && (hashes == line.Length || line[hashes] is ' ' or '\t');
    }

    // Opens or closes an HTML comment that spans lines ("<!--" without "-->" after it on the line; "-->" closes it).
    private static void Comment(ReadOnlySpan<char> line, ref bool comment)
    {
        int open = line.LastIndexOf("<!--".AsSpan());
        int close = line.LastIndexOf("-->".AsSpan());
        if (open >= 0 && close < open + 4)
        {
            comment = true;
        }
        else if (close >= 0)
        {
            comment = false;
        }
    }

    // Opens or closes a fenced code block (``` or ~~~, three or more, in a list item or a quote too).
    private static void Fence(ReadOnlySpan<char> line, ref char fence, ref int fenceLength)
    {
        ReadOnlySpan<char> trimmed = line.TrimStart(" \t>");
        if (trimmed.Length < 3 || trimmed[0] is not ('`' or '~'))
        {
            return;
        }

        char c = trimmed[0];
        int run = 0;
        while (run < trimmed.Length && trimmed[run] == c)
        {
            run++;
        }

        if (run < 3)
        {
            return;
        }

        if (fence == '\0')
        {
            fence = c;
            fenceLength = run;
        }
        else if (c == fence && run >= fenceLength && trimmed[run..].IsWhiteSpace())
        {
            fence = '\0';
        }
    }
}
