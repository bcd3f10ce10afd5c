using ReportLint.Diagnostics;

namespace ReportLint.Cli.Output.Html;

/// <summary>A finding on the page: its number (<c>f12</c>), its diagnostic, its own span and its related places.</summary>
internal sealed class Finding
{
    public Finding(int number, Diagnostic diagnostic, int textLength)
    {
        Number = number;
        Diagnostic = diagnostic;
        Key = "f" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Span = new Highlight(this, -1, diagnostic.Span.Start, diagnostic.Span.End, textLength);
        Related = diagnostic.AdditionalLocations.IsDefaultOrEmpty
            ? []
            : diagnostic.AdditionalLocations.Select((l, i) => new Highlight(this, i, l.Span.Start, l.Span.End, textLength)).ToArray();
    }

    public int Number { get; }

    public Diagnostic Diagnostic { get; }

    /// <summary>The id of its highlight's anchor, and the name its pieces carry in <c>data-f</c>.</summary>
    public string Key { get; }

    public Highlight Span { get; }

    public Highlight[] Related { get; }

    public string SeverityWord => Diagnostic.Severity.ToWord();

    public string CategoryWord => Diagnostic.Descriptor.Category.ToString().ToLowerInvariant();
}

/// <summary>
/// A span of the source to mark on the page: a finding's own (<see cref="Related"/> is -1) or one of its related places.
/// </summary>
internal sealed class Highlight
{
    public Highlight(Finding finding, int related, int start, int end, int textLength)
    {
        Finding = finding;
        Related = related;
        Start = Math.Clamp(start, 0, textLength);
        End = Math.Clamp(end, Start, textLength);
        Key = related < 0 ? finding.Key : finding.Key + "r" + related.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public Finding Finding { get; }

    public int Related { get; }

    public bool IsRelated => Related >= 0;

    public int Start { get; }

    public int End { get; }

    /// <summary>The id of its anchor: <c>f12</c>, or <c>f12r0</c> for a related place.</summary>
    public string Key { get; }

    /// <summary>Whether a piece of it (or its anchor) is on the page yet.</summary>
    public bool Shown { get; set; }
}

/// <summary>
/// Writes text taken from the source with the highlights that cover it: each run of text is cut where a highlight
/// starts or ends, and each piece that some highlight covers becomes a <c>&lt;mark&gt;</c> naming them all
/// (<c>data-f</c> for findings, <c>data-r</c> for related places), preceded by an empty anchor where a highlight shows
/// first. The source is cut once into elementary segments, each with the highlights covering it, so a run costs a
/// binary search and its pieces. A highlight that covers no text the page shows (a link's target, a heading's
/// <c>#</c>, a point between two characters) is written as a ghost: its source text, marked, after the block.
/// </summary>
internal sealed class HighlightIndex
{
    private readonly string _text;
    private readonly int[] _bounds;
    private readonly Highlight[][] _covers;
    private readonly Highlight[] _points;
    private readonly Highlight[] _byStart;
    private readonly List<Highlight> _pending = [];
    private int _cursor;

    public HighlightIndex(string text, IEnumerable<Highlight> highlights)
    {
        _text = text;
        Highlight[] all = [.. highlights];
        _byStart = [.. all.OrderBy(h => h.Start).ThenBy(h => h.End).ThenBy(h => h.Finding.Number).ThenBy(h => h.Related)];
        _points = [.. _byStart.Where(h => h.Start == h.End)];
        Highlight[] ranges = [.. _byStart.Where(h => h.Start < h.End)];
        _bounds = [.. ranges.SelectMany(h => new[] { h.Start, h.End }).Distinct().Order()];
        _covers = new Highlight[Math.Max(0, _bounds.Length - 1)][];
        var active = new List<Highlight>();
        Highlight[] previous = [];
        int next = 0;
        for (int k = 0; k < _covers.Length; k++)
        {
            int at = _bounds[k];
            bool changed = active.RemoveAll(h => h.End <= at) > 0;
            while (next < ranges.Length && ranges[next].Start == at)
            {
                active.Add(ranges[next++]);
                changed = true;
            }

            _covers[k] = changed ? previous = [.. active] : previous;
        }
    }

    /// <summary>Writes text that is the source from <paramref name="start"/> on, character for character.</summary>
    public void WriteExact(TextWriter output, ReadOnlySpan<char> text, int start)
    {
        int end = start + text.Length;
        int at = start;
        while (at < end)
        {
            WritePointsAt(output, at);
            int k = Segment(at);
            int stop = Math.Min(end, k + 1 < _bounds.Length ? _bounds[k + 1] : int.MaxValue);
            stop = Math.Min(stop, NextPointAfter(at));
            // Never between the halves of a surrogate pair (a span should not fall there; if one does, the pair stays
            // whole, in the piece that holds its first half).
            if (stop < end && char.IsLowSurrogate(text[stop - start]) && char.IsHighSurrogate(text[stop - start - 1]))
            {
                stop++;
            }

            Highlight[] cover = k >= 0 && k < _covers.Length ? _covers[k] : [];
            WritePiece(output, text[(at - start)..(stop - start)], cover);
            at = stop;
        }
    }

    /// <summary>
    /// Writes text that stands for the source span <c>[start, end)</c> as a whole (an entity, an escaped character):
    /// one piece, marked by every highlight that overlaps the span.
    /// </summary>
    public void WriteWhole(TextWriter output, ReadOnlySpan<char> text, int start, int end)
    {
        var cover = new List<Highlight>();
        foreach (Highlight point in PointsIn(start, end))
        {
            if (!point.Shown)
            {
                WritePoint(output, point);
            }
        }

        for (int k = Math.Max(0, Segment(start)); k < _covers.Length && _bounds[k] < end; k++)
        {
            if (_bounds[k + 1] <= start)
            {
                continue;
            }

            foreach (Highlight h in _covers[k])
            {
                if (!cover.Contains(h))
                {
                    cover.Add(h);
                }
            }
        }

        WritePiece(output, text, [.. cover]);
    }

    /// <summary>
    /// Writes, as ghosts, the highlights that lie wholly before <paramref name="limit"/> and that no piece showed: the
    /// page has moved past them. Returns whether it wrote any.
    /// </summary>
    public bool WriteGhosts(TextWriter output, int limit)
    {
        while (_cursor < _byStart.Length && _byStart[_cursor].Start < limit)
        {
            _pending.Add(_byStart[_cursor++]);
        }

        bool any = false;
        for (int i = 0; i < _pending.Count; i++)
        {
            Highlight h = _pending[i];
            if (h.Shown)
            {
                _pending.RemoveAt(i--);
            }
            else if (h.End <= limit)
            {
                if (!any)
                {
                    output.Write("<p class=\"ghosts\">");
                    any = true;
                }

                WriteAnchor(output, h);
                output.Write("<mark class=\"hl ghost ");
                output.Write(h.IsRelated ? "rel" : "sev-" + h.Finding.SeverityWord);
                output.Write(h.IsRelated ? "\" data-r=\"" : "\" data-f=\"");
                output.Write(h.Key);
                output.Write("\">");
                HtmlText.Write(output, _text.AsSpan(h.Start, h.End - h.Start));
                output.Write("</mark><span class=\"gl\">");
                output.Write(h.Start == h.End ? "(a point between two characters)" : "(source text the rendered page does not show)");
                output.Write("</span> ");
                _pending.RemoveAt(i--);
            }
        }

        if (any)
        {
            output.Write("</p>");
        }

        return any;
    }

    // The elementary segment holding a position: -1 before the first bound, the last index or more after the last.
    private int Segment(int at)
    {
        int i = Array.BinarySearch(_bounds, at);
        return i >= 0 ? i : ~i - 1;
    }

    private int NextPointAfter(int at)
    {
        int i = at == int.MaxValue ? _points.Length : FirstPointFrom(at + 1);
        return i < _points.Length ? _points[i].Start : int.MaxValue;
    }

    private IEnumerable<Highlight> PointsIn(int start, int end)
    {
        for (int i = FirstPointFrom(start); i < _points.Length && _points[i].Start < end; i++)
        {
            yield return _points[i];
        }
    }

    // The first point at or after a position.
    private int FirstPointFrom(int at)
    {
        int lo = 0, hi = _points.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_points[mid].Start < at)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private void WritePointsAt(TextWriter output, int at)
    {
        for (int i = FirstPointFrom(at); i < _points.Length && _points[i].Start == at; i++)
        {
            if (!_points[i].Shown)
            {
                WritePoint(output, _points[i]);
            }
        }
    }

    private static void WritePoint(TextWriter output, Highlight point)
    {
        WriteAnchor(output, point);
        output.Write("<mark class=\"hl point ");
        output.Write(point.IsRelated ? "rel" : "sev-" + point.Finding.SeverityWord);
        output.Write(point.IsRelated ? "\" data-r=\"" : "\" data-f=\"");
        output.Write(point.Key);
        output.Write("\"></mark>");
    }

    private static void WriteAnchor(TextWriter output, Highlight h)
    {
        h.Shown = true;
        output.Write("<span class=\"a\" id=\"");
        output.Write(h.Key);
        output.Write("\"></span>");
    }

    private static void WritePiece(TextWriter output, ReadOnlySpan<char> text, Highlight[] cover)
    {
        if (text.IsEmpty)
        {
            return;
        }

        if (cover.Length == 0)
        {
            HtmlText.Write(output, text);
            return;
        }

        Severity? worst = null;
        int findings = 0;
        foreach (Highlight h in cover)
        {
            if (!h.Shown)
            {
                WriteAnchor(output, h);
            }

            if (!h.IsRelated)
            {
                findings++;
                worst = worst is null || h.Finding.Diagnostic.Severity > worst ? h.Finding.Diagnostic.Severity : worst;
            }
        }

        output.Write("<mark class=\"hl ");
        output.Write(worst is { } severity ? "sev-" + severity.ToWord() : "rel");
        if (findings > 1)
        {
            output.Write(" multi");
        }

        output.Write('"');
        WriteKeys(output, " data-f=\"", cover, related: false);
        WriteKeys(output, " data-r=\"", cover, related: true);
        output.Write('>');
        HtmlText.Write(output, text);
        output.Write("</mark>");
    }

    private static void WriteKeys(TextWriter output, string attribute, Highlight[] cover, bool related)
    {
        bool first = true;
        foreach (Highlight h in cover)
        {
            if (h.IsRelated != related)
            {
                continue;
            }

            output.Write(first ? attribute : " ");
            output.Write(h.Key);
            first = false;
        }

        if (!first)
        {
            output.Write('"');
        }
    }
}
