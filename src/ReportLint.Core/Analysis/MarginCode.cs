using static ReportLint.Text.RawLines;

namespace ReportLint.Analysis;

/// <summary>
/// Where a text surely holds code as the parse reads it, found in the raw text without parsing it: the content lines of
/// a YAML front matter and of the fenced code blocks that open at the margin. A page of documentation that shows
/// "${HOME}" only in its shell blocks is known to hold it in code without a parse (issue 51: such pages were parsed for
/// that alone). The reading only ever says "in code" where the parse says so too, never the reverse: where it cannot be
/// sure, it gives up (<see cref="Read"/> returns null) and the caller asks <see cref="CodeRegions"/>.
/// </summary>
/// <remarks>
/// What CommonMark and Markdig's front-matter extension make sure of: a fence line at the margin is a fence whatever
/// stands above it (a fence interrupts a paragraph, and a list item or a block quote ends at a line of the margin that
/// no paragraph continues), unless it stands in an HTML block or in a front matter; a fence closes at a line of at
/// least as many of its characters, indented by at most three spaces, followed by nothing but spaces and tabs. The
/// content of a fence never closed is left to the parse. The reading gives up on a fence line indented by one to three
/// spaces (it may belong to a list item, whose end it does not follow), on a fence line where an HTML block may stand
/// (from any line opening with '&lt;' to the next blank line and past the end marker of a comment, a processing
/// instruction, a declaration, CDATA or a <c>pre</c>, <c>script</c>, <c>style</c> or <c>textarea</c> element), on an
/// indented front matter, on a front matter that Markdig's look-ahead may not see closed, and on a line that white
/// space other than spaces and tabs would make a closing fence. Tests hold it to the parse on generated layouts, on the
/// CommonMark examples and on the shared corpora.
/// </remarks>
internal sealed class MarginCode
{
    // Start and end of each content span, in order: [start, end) pairs.
    private readonly int[] _bounds;

    private MarginCode(int[] bounds) => _bounds = bounds;

    /// <summary>Whether the character at <paramref name="position"/> stands on a content line of the code found.</summary>
    public bool Contains(int position)
    {
        int lo = 0, hi = (_bounds.Length / 2) - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_bounds[(2 * mid) + 1] <= position)
            {
                lo = mid + 1;
            }
            else if (_bounds[2 * mid] > position)
            {
                hi = mid - 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The code of <paramref name="text"/> read at its margin, or null when the reading cannot be sure.</summary>
    public static MarginCode? Read(string text)
    {
        // A byte-order mark the parse might skip would hide a front matter from this reading.
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            return null;
        }

        var bounds = new List<int>();
        int pos = 0;
        switch (FrontMatter(text, bounds))
        {
            case < 0:
                return null;
            case var after:
                pos = after;
                break;
        }

        char fence = '\0';
        int fenceLength = 0, contentStart = 0;

        // Where an HTML block may stand: from a line opening with '<' to the next blank line and past the end marker
        // of every block that a blank line does not end. A line opening with '<' inside widens it again, since a block
        // of the parse may have ended earlier (a <pre> at any of four end tags, a line that opens no block) and a new one
        // begin there; the zone is only ever wider than the parse's blocks.
        bool htmlToBlank = false;
        List<string>? htmlEnds = null;
        while (pos < text.Length)
        {
            int end = LineEndOf(text, pos);
            int indent = 0;
            while (pos + indent < end && text[pos + indent] == ' ')
            {
                indent++;
            }

            int first = pos + indent;
            if (fence != '\0')
            {
                if (indent <= 3 && Run(text, first, end, fence) is int run && run >= fenceLength)
                {
                    switch (Rest(text, first + run, end))
                    {
                        case RestKind.Blank:
                            bounds.Add(contentStart);
                            bounds.Add(pos);
                            fence = '\0';
                            break;
                        case RestKind.OtherWhiteSpace:
                            return null;
                    }
                }

                pos = NextLine(text, end);
                continue;
            }

            int fenceRun = indent <= 3 && first < end && text[first] is '`' or '~' ? Run(text, first, end, text[first]) : 0;
            if (htmlToBlank || htmlEnds is { Count: > 0 })
            {
                // A fence line where an HTML block may stand: the block may hold it.
                if (fenceRun >= 3)
                {
                    return null;
                }

                if (first == end)
                {
                    htmlToBlank = false;
                }

                for (int k = (htmlEnds?.Count ?? 0) - 1; k >= 0; k--)
                {
                    if (IndexOfIgnoreCase(text, pos, end, htmlEnds![k]) >= 0)
                    {
                        htmlEnds.RemoveAt(k);
                    }
                }
            }
            else if (fenceRun >= 3)
            {
                if (indent > 0)
                {
                    // Indented by one to three spaces: a fence of a list item, maybe, which ends with the item.
                    return null;
                }

                // A backtick fence whose info string holds a backtick is no fence: a code span opens there.
                if (text[first] == '~' || text.IndexOf('`', first + fenceRun, end - first - fenceRun) < 0)
                {
                    fence = text[first];
                    fenceLength = fenceRun;
                    contentStart = NextLine(text, end);
                }

                pos = NextLine(text, end);
                continue;
            }

            if (indent <= 3 && first < end && text[first] == '<')
            {
                (string? marker, int opened) = HtmlEndMarker(text, first, end);
                // The end marker on the opening line counts after the whole opening token ("<!-- … -->"). A comment that
                // closes on its own line is over there; any other opening waits for a blank line as well (whether the
                // parse's block needs one is not read here).
                bool closed = marker is not null && IndexOfIgnoreCase(text, opened, end, marker) >= 0;
                htmlToBlank |= !(closed && marker == "-->");
                if (marker is not null && !closed)
                {
                    (htmlEnds ??= []).Add(marker);
                }
            }

            pos = NextLine(text, end);
        }

        // A fence never closed runs to the end of the text, but the parse's span of it need not cover its last line:
        // its content is left to the parse.
        return new MarginCode(bounds.ToArray());
    }

    // A front matter at the very start: "---" alone on the first line, closed by the first line of the margin that is
    // "---" or "..." alone (spaces and tabs after it allowed), as Markdig's extension reads it. Its content lines are
    // added; returns where the rest of the text starts (0 when there is no front matter), or -1 when unsure.
    private static int FrontMatter(string text, List<int> bounds)
    {
        int end = LineEndOf(text, 0);
        int indent = 0;
        while (indent < end && text[indent] == ' ')
        {
            indent++;
        }

        if (Run(text, indent, end, '-') != 3)
        {
            return 0;
        }

        if (indent > 0)
        {
            return -1;
        }

        switch (Rest(text, 3, end))
        {
            case RestKind.OtherWhiteSpace:
                return -1;
            case RestKind.Text:
                return 0;
        }

        int content = NextLine(text, end);
        int previous = -1, previousEnd = -1;
        for (int pos = content; pos < text.Length;)
        {
            int lineEnd = LineEndOf(text, pos);
            if (text[pos] is '-' or '.' && Run(text, pos, lineEnd, text[pos]) == 3)
            {
                switch (Rest(text, pos + 3, lineEnd))
                {
                    case RestKind.Blank:
                        // Markdig looks ahead for the closing line before it opens the front matter, and that search
                        // steps over the break before a line right after the first one, or after a line of one or two
                        // dashes or dots: it may see no closing line where one stands.
                        if (previous < 0 || (previousEnd - previous is 1 or 2 && Run(text, previous, previousEnd, text[previous]) == previousEnd - previous &&
                                             text[previous] is '-' or '.'))
                        {
                            return -1;
                        }

                        bounds.Add(content);
                        bounds.Add(pos);
                        return NextLine(text, lineEnd);
                    case RestKind.OtherWhiteSpace:
                        return -1;
                }
            }

            previous = pos;
            previousEnd = lineEnd;
            pos = NextLine(text, lineEnd);
        }

        // Never closed: no front matter, and its first line is a thematic break.
        return 0;
    }

    // The end marker of an HTML block that blank lines do not end, for the line opening with '<' at start, and where
    // its opening token ends; a null marker for a block that a blank line ends (or for no block: the zone is only
    // wider than the parse's, which only makes the reading give up more often).
    private static (string? Marker, int Opened) HtmlEndMarker(string text, int start, int end)
    {
        if (StartsWith(text, start, end, "<!--"))
        {
            return ("-->", start + 4);
        }

        if (StartsWith(text, start, end, "<?"))
        {
            return ("?>", start + 2);
        }

        if (StartsWith(text, start, end, "<![CDATA["))
        {
            return ("]]>", start + 9);
        }

        if (end - start > 2 && text[start + 1] == '!' && char.IsAsciiLetter(text[start + 2]))
        {
            return (">", start + 3);
        }

        foreach ((string tag, string endTag) in RawTextTags)
        {
            int after = start + 1 + tag.Length;
            if (after <= end && string.Compare(text, start + 1, tag, 0, tag.Length, StringComparison.OrdinalIgnoreCase) == 0 &&
                (after == end || text[after] is ' ' or '\t' or '>'))
            {
                // Any of the four end tags ends the block; looking for its own only makes the zone wider.
                return (endTag, after);
            }
        }

        return (null, start);
    }

    private static readonly (string Tag, string End)[] RawTextTags =
        [("pre", "</pre>"), ("script", "</script>"), ("style", "</style>"), ("textarea", "</textarea>")];

    private enum RestKind
    {
        Blank,
        OtherWhiteSpace,
        Text,
    }

    // What follows a fence or a front matter's dashes on its line: nothing but spaces and tabs, white space some of
    // which is neither (a vertical tab, a form feed: the parse's own notion of white space decides, so the reading gives
    // up), or text.
    private static RestKind Rest(string text, int from, int end)
    {
        RestKind kind = RestKind.Blank;
        for (int i = from; i < end; i++)
        {
            char c = text[i];
            if (c is ' ' or '\t')
            {
                continue;
            }

            if (!char.IsWhiteSpace(c))
            {
                return RestKind.Text;
            }

            kind = RestKind.OtherWhiteSpace;
        }

        return kind;
    }

    // How many times c repeats from start, within the line.
    private static int Run(string text, int start, int end, char c) => RunOf(text.AsSpan(start, end - start), c);

    // Where the next line starts after a line ending at end ("\r\n" is one break), or the end of the text.
    private static int NextLine(string text, int end) => NextLineStart(text, end) is int next and >= 0 ? next : text.Length;

    private static bool StartsWith(string text, int start, int end, string prefix) =>
        end - start >= prefix.Length && string.CompareOrdinal(text, start, prefix, 0, prefix.Length) == 0;

    private static int IndexOfIgnoreCase(string text, int start, int end, string value) =>
        start >= end ? -1 : text.IndexOf(value, start, end - start, StringComparison.OrdinalIgnoreCase);
}
