using Markdig.Syntax;
using ReportLint.Analysis;
using ReportLint.Lexicons;
using ReportLint.Text;

namespace ReportLint.Claims;

/// <summary>A heading and the section it opens (its content until the next heading of the same or a higher level).</summary>
internal sealed class Section
{
    internal Section(HeadingBlock block, TextSpan span, TextSpan contentSpan, int line, string folded, int index)
    {
        Index = index;
        Block = block;
        Span = span;
        ContentSpan = contentSpan;
        Line = line;
        Folded = folded;
    }

    /// <summary>Its position among the outline's sections, for what is kept per section in arrays.</summary>
    public int Index { get; }

    /// <summary>The heading block.</summary>
    public HeadingBlock Block { get; }

    /// <summary>The heading level, 1 to 6.</summary>
    public int Level => Block.Level;

    /// <summary>The heading line's span (markers included).</summary>
    public TextSpan Span { get; }

    /// <summary>The heading's text span (without the leading <c>#</c>s).</summary>
    public TextSpan ContentSpan { get; }

    /// <summary>The 1-based line of the heading.</summary>
    public int Line { get; }

    /// <summary>The heading text, folded.</summary>
    public string Folded { get; }

    /// <summary>From the heading to the start of the next heading of the same or a higher level.</summary>
    public TextSpan SectionSpan { get; internal set; }

    /// <summary>The enclosing section, or null at the top.</summary>
    public Section? Parent { get; internal set; }
}

/// <summary>The headings of a document as a tree of sections. Built once per document.</summary>
internal sealed class DocumentOutline
{
    private readonly Section[] _sections;

    private DocumentOutline(Section[] sections) => _sections = sections;

    /// <summary>Every section, in document order.</summary>
    public IReadOnlyList<Section> Sections => _sections;

    /// <summary>The shared outline of a document.</summary>
    public static DocumentOutline Of(ReportDocument document) => document.GetModel(Build);

    /// <summary>The innermost section containing <paramref name="position"/>, or null before the first heading.</summary>
    public Section? SectionAt(int position)
    {
        int lo = 0, hi = _sections.Length - 1, best = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_sections[mid].Span.Start <= position)
            {
                best = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        for (Section? s = best < 0 ? null : _sections[best]; s is not null; s = s.Parent)
        {
            if (s.SectionSpan.Start <= position && position < s.SectionSpan.End)
            {
                return s;
            }
        }

        return null;
    }

    /// <summary>The sections containing <paramref name="position"/>, innermost first.</summary>
    public IEnumerable<Section> EnclosingSections(int position)
    {
        for (Section? s = SectionAt(position); s is not null; s = s.Parent)
        {
            yield return s;
        }
    }

    private static DocumentOutline Build(ReportDocument document)
    {
        var list = new List<Section>();
        int length = document.Text.Length;
        foreach (Block block in document.Syntax)
        {
            if (block is HeadingBlock heading)
            {
                TextSpan span = document.GetSpan(heading);
                TextSpan content = heading.Inline is { } inline ? document.GetSpan(inline) : span;
                if (content.IsEmpty || !span.Contains(content))
                {
                    content = span;
                }

                int line = document.Text.GetLinePosition(span.Start).Line;
                list.Add(new Section(heading, span, content, line, TextFolding.Fold(document.GetText(content)), list.Count));
            }
        }

        var open = new Stack<Section>();
        foreach (Section section in list)
        {
            while (open.Count > 0 && open.Peek().Level >= section.Level)
            {
                Section closed = open.Pop();
                closed.SectionSpan = TextSpan.FromBounds(closed.Span.Start, section.Span.Start);
            }

            section.Parent = open.Count > 0 ? open.Peek() : null;
            open.Push(section);
        }

        while (open.Count > 0)
        {
            Section closed = open.Pop();
            closed.SectionSpan = TextSpan.FromBounds(closed.Span.Start, length);
        }

        return new DocumentOutline(list.ToArray());
    }
}
