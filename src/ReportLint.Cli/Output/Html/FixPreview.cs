using System.Globalization;
using ReportLint.Diagnostics;
using ReportLint.Text;

namespace ReportLint.Cli.Output.Html;

/// <summary>
/// A fix shown before and after: the lines its edits touch, the removed text struck out (<c>&lt;del&gt;</c>) on the
/// left and the inserted text (<c>&lt;ins&gt;</c>) on the right. Edits on the same or neighbouring lines make one
/// excerpt; a fix with many (a file's mojibake repaired at once) shows its first few.
/// </summary>
internal static class FixPreview
{
    /// <summary>The most excerpts shown for one fix.</summary>
    public const int MaxExcerpts = 3;

    /// <summary>The most lines shown in one excerpt.</summary>
    public const int MaxLines = 8;

    public static void Write(TextWriter output, SourceText source, CodeFix fix)
    {
        TextEdit[] edits = [.. fix.Edits.OrderBy(e => e.Span.Start).ThenBy(e => e.Span.End)];
        var excerpts = new List<(int FirstLine, int LastLine, List<TextEdit> Edits)>();
        foreach (TextEdit edit in edits)
        {
            int first = source.GetLinePosition(edit.Span.Start).Line;
            int last = source.GetLinePosition(edit.Span.End).Line;
            if (excerpts.Count > 0 && first <= excerpts[^1].LastLine + 1)
            {
                (int f, int l, List<TextEdit> list) = excerpts[^1];
                list.Add(edit);
                excerpts[^1] = (f, Math.Max(l, last), list);
            }
            else
            {
                excerpts.Add((first, last, [edit]));
            }
        }

        output.Write("<div class=\"ba\">");
        WriteSide(output, source, excerpts, before: true);
        WriteSide(output, source, excerpts, before: false);
        output.Write("</div>");
        if (excerpts.Count > MaxExcerpts)
        {
            int more = excerpts.Skip(MaxExcerpts).Sum(e => e.Edits.Count);
            output.Write(string.Create(CultureInfo.InvariantCulture,
                $"<p class=\"more\">…and {more} more {(more == 1 ? "change" : "changes")} further down.</p>"));
        }
    }

    private static void WriteSide(TextWriter output, SourceText source, List<(int FirstLine, int LastLine, List<TextEdit> Edits)> excerpts, bool before)
    {
        output.Write(before ? "<div><p class=\"cap\">Before</p><pre class=\"before\">" : "<div><p class=\"cap\">After</p><pre class=\"after\">");
        string text = source.Text;
        bool firstExcerpt = true;
        foreach ((int firstLine, int lastLine, List<TextEdit> list) in excerpts.Take(MaxExcerpts))
        {
            if (!firstExcerpt)
            {
                output.Write("<span class=\"cut\">⋯</span>\n");
            }

            firstExcerpt = false;
            int shownLast = Math.Min(lastLine, firstLine + MaxLines - 1);
            int start = source.GetLineStart(firstLine);
            int end = source.GetLineSpan(shownLast).End;
            int at = start;
            foreach (TextEdit edit in list)
            {
                if (edit.Span.Start >= end)
                {
                    break;
                }

                HtmlText.Write(output, text.AsSpan(at, Math.Max(0, edit.Span.Start - at)));
                if (before && edit.Span.Length > 0)
                {
                    output.Write("<del>");
                    HtmlText.Write(output, text.AsSpan(edit.Span.Start, Math.Min(edit.Span.End, end) - edit.Span.Start));
                    output.Write("</del>");
                }
                else if (!before && edit.NewText.Length > 0)
                {
                    output.Write("<ins>");
                    HtmlText.Write(output, edit.NewText);
                    output.Write("</ins>");
                }

                at = Math.Max(at, edit.Span.End);
            }

            if (at < end)
            {
                HtmlText.Write(output, text.AsSpan(at, end - at));
            }

            output.Write('\n');
            if (shownLast < lastLine)
            {
                output.Write("<span class=\"cut\">⋯</span>\n");
            }
        }

        output.Write("</pre></div>");
    }
}
