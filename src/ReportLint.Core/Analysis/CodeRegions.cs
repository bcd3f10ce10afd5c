using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportLint.Collections;
using ReportLint.Text;

namespace ReportLint.Analysis;

/// <summary>The spans of a document's code (code blocks and code spans), sorted; built once per document.</summary>
internal sealed class CodeRegions
{
    private readonly TextSpan[] _spans;

    private CodeRegions(TextSpan[] spans) => _spans = spans;

    /// <summary>The shared code regions of a document (none when the parser refused it).</summary>
    public static CodeRegions Of(ReportDocument document) => document.GetModel(Build);

    /// <summary>Whether <paramref name="span"/> lies inside code.</summary>
    public bool Contains(TextSpan span)
    {
        int lo = 0, hi = _spans.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_spans[mid].End < span.End)
            {
                lo = mid + 1;
            }
            else if (_spans[mid].Start > span.Start)
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

    private static CodeRegions Build(ReportDocument document)
    {
        var spans = new List<TextSpan>();
        try
        {
            foreach (MarkdownObject node in document.Descendants)
            {
                if (node is CodeBlock or CodeInline)
                {
                    spans.Add(document.GetSpan(node));
                }
            }
        }
        catch (DocumentParseException)
        {
            // The parser refused the file (RL0005): no code is known.
        }

        // Code regions never overlap (a code span cannot hold a code block), so sorting by start sorts by end too.
        TextSpan[] sorted = spans.ToArray();
        StableSort.Sort(sorted, static (a, b) => a.Start.CompareTo(b.Start));
        return new CodeRegions(sorted);
    }
}
