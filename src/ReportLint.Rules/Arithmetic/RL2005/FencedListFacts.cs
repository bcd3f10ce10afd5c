using Markdig.Syntax;
using ReportLint.Lexicons;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Arithmetic;

/// <summary>
/// The items of a list written in a code block under a lead-in that counts them, for RL2005: "### ✅ Service API (13
/// méthodes)" over a block of "✓ getAll()   ✓ getById()   ✓ create()" lines, "**Original Project** (13 blueprints):"
/// over a block of "- backend.services.games" lines. Read only where the block is the whole of what the lead-in
/// introduces.
/// </summary>
internal static class FencedListFacts
{
    /// <summary>
    /// The fenced code block a lead-in introduces: for a heading, the one block of its section (a heading or a rule
    /// after it, or nothing); for a line of its own that ends with a colon or is a key and its count, the block right
    /// after it. Null otherwise.
    /// </summary>
    public static FencedCodeBlock? Under(ReportModel model, ModelStatement statement, bool keyLine)
    {
        if (statement.Block is not (HeadingBlock or ParagraphBlock) || statement.Span != model.Document.GetSpan(statement.Block) ||
            FenceAfter(statement.Block, out Block? following) is not { } fence)
        {
            return null;
        }

        if (statement.Block is HeadingBlock)
        {
            return following is null or HeadingBlock or ThematicBreakBlock ? fence : null;
        }

        return keyLine || statement.Prose.Chars.TrimEnd(" *_".AsSpan()).EndsWith(":".AsSpan()) ? fence : null;
    }

    /// <summary>
    /// The fenced code block right after <paramref name="block"/> among its siblings, and the block after that (null at
    /// the end); null when the next block is no fence. IndexOf walks the parent's blocks: ask only for a lead-in.
    /// </summary>
    public static FencedCodeBlock? FenceAfter(Block block, out Block? following)
    {
        following = null;
        if (block.Parent is not { } parent || parent.IndexOf(block) is not (>= 0 and var index) || index + 1 >= parent.Count ||
            parent[index + 1] is not FencedCodeBlock fence)
        {
            return null;
        }

        following = index + 2 < parent.Count ? parent[index + 2] : null;
        return fence;
    }

    /// <summary>
    /// The items of a list written in the block: every line at the block's least indentation opens with a list mark
    /// (a bullet "-", "*", "•", "+" or a check mark "✓", "✔", "✅", "☑", "❌"), and a line may set further items beside
    /// the first in columns, each opening with the same check mark after two spaces at least. Deeper lines belong to the
    /// item above them. Null for a diff (its info string, or two kinds of bullet in one block), when a line is anything
    /// else (code, a tree, prose), when an item elides others ("…",
    /// "etc.": lexicon section <c>count.example</c>), or when fewer than two items are listed. <paramref name="counted"/>
    /// says whether an item holds a number of its own ("- unit (12)"), which makes the list a breakdown, not every item.
    /// </summary>
    public static (List<DisplayText> Names, List<TextSpan> Spans)? Items(ReportModel model, FencedCodeBlock fence, out bool counted)
    {
        counted = false;
        // A diff's "-" and "+" lines are removed and added lines, not items.
        if (fence.Info is { } info && (info.Equals("diff", StringComparison.OrdinalIgnoreCase) || info.Equals("patch", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        ReadOnlySpan<char> text = model.Document.Text.Text;
        int top = int.MaxValue;
        foreach (Markdig.Helpers.StringLine line in fence.Lines.Lines.AsSpan(0, fence.Lines.Count))
        {
            if (Line(text, line) is { } span && Indent(text.Slice(span.Start, span.Length)) is var indent && indent < span.Length)
            {
                top = Math.Min(top, indent);
            }
        }

        var names = new List<DisplayText>();
        var spans = new List<TextSpan>();
        char bullet = '\0';
        foreach (Markdig.Helpers.StringLine line in fence.Lines.Lines.AsSpan(0, fence.Lines.Count))
        {
            if (Line(text, line) is not { } span)
            {
                return null;
            }

            ReadOnlySpan<char> chars = text.Slice(span.Start, span.Length);
            int indent = Indent(chars);
            if (indent >= chars.Length || indent > top)
            {
                continue;
            }

            if (MarkLength(chars, indent) == 0)
            {
                return null;
            }

            char first = chars[indent];
            bool checkMark = first is not ('-' or '*' or '•' or '+');
            if (!checkMark && (bullet = bullet == '\0' ? first : bullet) != first)
            {
                // Two bullets in one block ("- old", "+ new"): a diff, not a list.
                return null;
            }

            int at = indent;
            while (at >= 0)
            {
                int start = at + MarkLength(chars, at);
                while (start < chars.Length && chars[start] == ' ')
                {
                    start++;
                }

                // An item runs to two spaces and the same check mark (a further column), or to the line's end.
                int next = checkMark ? NextColumn(chars, start, first) : -1;
                int end = next < 0 ? chars.Length : next;
                ReadOnlySpan<char> name = chars[start..end].TrimEnd();
                if (name.IndexOf("  ".AsSpan()) is > 0 and var gap)
                {
                    // What follows two spaces describes the item: "backend.services.flows  ❌ MISSING".
                    name = name[..gap];
                }

                if (name.Length == 0 || IsElision(model, name))
                {
                    return null;
                }

                counted |= HoldsNumber(name);
                names.Add(new DisplayText(name.ToString()));
                spans.Add(new TextSpan(span.Start + start, name.Length));
                at = next;
            }
        }

        return names.Count >= 2 ? (names, spans) : null;
    }

    private static TextSpan? Line(ReadOnlySpan<char> text, Markdig.Helpers.StringLine line)
    {
        int start = line.Slice.Start;
        int end = line.Slice.End + 1;
        return start < 0 || end > text.Length || end < start ? null : TextSpan.FromBounds(start, end);
    }

    private static int Indent(ReadOnlySpan<char> line)
    {
        int i = 0;
        while (i < line.Length && line[i] is ' ' or '\t')
        {
            i++;
        }

        return i;
    }

    // The length of the list mark at i with the space after it (a variation selector may follow a check mark), or 0.
    private static int MarkLength(ReadOnlySpan<char> line, int i)
    {
        if (i >= line.Length || line[i] is not ('-' or '*' or '•' or '+' or '✓' or '✔' or '✅' or '☑' or '❌'))
        {
            return 0;
        }

        int j = i + 1;
        if (j < line.Length && line[j] == '\uFE0F')
        {
            j++;
        }

        return j < line.Length && line[j] == ' ' ? j + 1 - i : 0;
    }

    // Where the next column of a line opens: the same check mark after two spaces at least; -1 when none does.
    private static int NextColumn(ReadOnlySpan<char> line, int from, char mark)
    {
        for (int at = from; at < line.Length;)
        {
            int found = line[at..].IndexOf(mark);
            if (found < 0)
            {
                return -1;
            }

            at += found;
            if (line[at - 1] == ' ' && line[at - 2] == ' ' && MarkLength(line, at) > 0)
            {
                return at;
            }

            at++;
        }

        return -1;
    }

    /// <summary>
    /// "…", "...", "(...)", "etc.", "… and 12 more": an entry of a list or a tree that stands for more entries (the words
    /// are those of the lexicon section <c>count.example</c>).
    /// </summary>
    internal static bool IsElision(ReportModel model, ReadOnlySpan<char> item)
    {
        ReadOnlySpan<char> bare = item.Trim("()[] ".AsSpan());
        return (bare.Length >= 3 && bare.TrimStart('.').Length == 0) || bare.StartsWith("...".AsSpan()) || bare.StartsWith("…".AsSpan()) ||
               model.Document.Lexicon.Contains(ReportModel.CountExample, TextFolding.Fold(bare).TrimEnd('.'));
    }

    // A number of its own in an item ("unit (12)", "12 tests"), not a digit of a name ("hql_preview_v2", "OAuth2").
    private static bool HoldsNumber(ReadOnlySpan<char> item)
    {
        for (int i = 0; i < item.Length; i++)
        {
            if (char.IsAsciiDigit(item[i]) && (i == 0 || !(char.IsLetterOrDigit(item[i - 1]) || item[i - 1] is '_' or '.' or '-')))
            {
                return true;
            }
        }

        return false;
    }
}
