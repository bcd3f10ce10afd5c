using System.Net;
using System.Text;
using System.Text.Json;
using ReportLint.Text;

namespace ReportLint.Tests.Harness;

/// <summary>A finding the page must show, as the JSON output gives it: its file, rule and range, and its related ranges.</summary>
public sealed record ExpectedFinding(string Path, string Id, LinePositionSpan Span, IReadOnlyList<LinePositionSpan> Related);

/// <summary>
/// Checks a reviewer's page (the HTML format, as written or as a browser's DOM) against the findings the JSON format
/// reports for the same run, and against the reports' own text. Every problem is returned as one line, so a test can
/// show them all, and a test of the checker can see that it finds a planted fault.
/// </summary>
public static class ReviewPage
{
    // The elements the page is made of. Anything else (img, iframe, object, a second style or script, svg content
    // other than the chart's) came from a report and was parsed as markup.
    private static readonly HashSet<string> Elements = new(StringComparer.Ordinal)
    {
        "#document", "html", "head", "meta", "title", "link", "style", "body", "script", "a", "header", "footer", "main",
        "nav", "section", "article", "h1", "h2", "h3", "h4", "h5", "h6", "p", "form", "fieldset", "legend", "label", "input",
        "button", "kbd", "div", "span", "ul", "ol", "li", "b", "figure", "figcaption", "svg", "text", "rect", "table",
        "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "col", "mark", "strong", "em", "del", "ins", "sup", "sub",
        "code", "pre", "blockquote", "hr", "br", "details", "summary",
    };

    public static List<ExpectedFinding> FromJson(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        var findings = new List<ExpectedFinding>();
        foreach (JsonElement d in document.RootElement.GetProperty("diagnostics").EnumerateArray())
        {
            findings.Add(new ExpectedFinding(d.GetProperty("path").GetString()!, d.GetProperty("id").GetString()!, Range(d),
                [.. d.GetProperty("related").EnumerateArray().Select(Range)]));
        }

        return findings;
    }

    private static LinePositionSpan Range(JsonElement e) => new(
        new LinePosition(e.GetProperty("line").GetInt32(), e.GetProperty("column").GetInt32()),
        new LinePosition(e.GetProperty("endLine").GetInt32(), e.GetProperty("endColumn").GetInt32()));

    /// <summary>
    /// Problems with the page: a hostile input that became markup or ran, a finding without its note or highlighted at
    /// other text than its span, a related place whose link leads nowhere or to other text, an id used twice.
    /// </summary>
    public static List<string> Check(HtmlNode page, IReadOnlyList<ExpectedFinding> expected, Func<string, SourceText> sourceOf, bool scriptRan)
    {
        var problems = new List<string>();
        CheckSafety(page, scriptRan, problems);
        var ids = new Dictionary<string, HtmlNode>(StringComparer.Ordinal);
        foreach (HtmlNode element in page.Elements())
        {
            if (element["id"] is { } id && !ids.TryAdd(id, element))
            {
                problems.Add($"the id '{id}' is used twice");
            }
        }

        foreach (HtmlNode link in page.Elements("a"))
        {
            if (link["href"] is ['#', .. string target] && !ids.ContainsKey(target))
            {
                problems.Add($"the link to #{target} ('{link.InnerText()}') leads nowhere");
            }
        }

        // Every piece of every highlight, by the keys it carries (f12 a finding, f12r0 one of its related places).
        var pieces = new Dictionary<string, List<HtmlNode>>(StringComparer.Ordinal);
        foreach (HtmlNode mark in page.Elements("mark"))
        {
            foreach (string key in $"{mark["data-f"]} {mark["data-r"]}".Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                (pieces.TryGetValue(key, out List<HtmlNode>? list) ? list : pieces[key] = []).Add(mark);
            }
        }

        var notes = page.Elements("li").Where(n => n.HasClass("note")).ToList();
        var unmatched = new List<HtmlNode>(notes);
        foreach (ExpectedFinding finding in expected)
        {
            string where = $"{finding.Path}({finding.Span.Start.Line},{finding.Span.Start.Column}) {finding.Id}";
            HtmlNode? note = unmatched.FirstOrDefault(n => Matches(n, finding));
            if (note is null)
            {
                problems.Add($"{where}: no note on the page");
                continue;
            }

            unmatched.Remove(note);
            SourceText source = sourceOf(finding.Path);
            string key = note["data-f"] ?? "";
            HtmlNode? article = note.Ancestors().FirstOrDefault(a => a.Tag == "article");
            CheckHighlight(where, key, source, finding.Span, article, pieces, ids, problems);
            var relatedLinks = note.Elements("a").Where(a => a["href"] is { } h && h.StartsWith("#" + key + "r", StringComparison.Ordinal)).ToList();
            if (relatedLinks.Count != finding.Related.Count)
            {
                problems.Add($"{where}: {relatedLinks.Count} related links for {finding.Related.Count} related places");
            }

            for (int i = 0; i < Math.Min(relatedLinks.Count, finding.Related.Count); i++)
            {
                CheckHighlight($"{where} related {i}", relatedLinks[i]["href"]![1..], source, finding.Related[i], article, pieces, ids, problems);
            }
        }

        foreach (HtmlNode note in unmatched)
        {
            problems.Add($"a note for no finding: {note["data-rule"]} at line {note["data-line"]}");
        }

        return problems;
    }

    private static bool Matches(HtmlNode note, ExpectedFinding finding) =>
        note["data-rule"] == finding.Id &&
        note["data-line"] == finding.Span.Start.Line.ToString(System.Globalization.CultureInfo.InvariantCulture) &&
        note["data-col"] == finding.Span.Start.Column.ToString(System.Globalization.CultureInfo.InvariantCulture) &&
        note["data-end-line"] == finding.Span.End.Line.ToString(System.Globalization.CultureInfo.InvariantCulture) &&
        note["data-end-col"] == finding.Span.End.Column.ToString(System.Globalization.CultureInfo.InvariantCulture) &&
        note.Ancestors().FirstOrDefault(a => a.Tag == "article")?.Elements("h2").FirstOrDefault()?.InnerText() == finding.Path;

    // The highlight of one span: its anchor and pieces in the note's report, and the pieces' text the span's text as a
    // reader sees it. An empty span is a point: a mark with no text, followed by the text after the span.
    private static void CheckHighlight(string where, string key, SourceText source, LinePositionSpan range, HtmlNode? article,
        Dictionary<string, List<HtmlNode>> pieces, Dictionary<string, HtmlNode> ids, List<string> problems)
    {
        if (!ids.TryGetValue(key, out HtmlNode? anchor))
        {
            problems.Add($"{where}: no anchor #{key}");
            return;
        }

        if (!pieces.TryGetValue(key, out List<HtmlNode>? marks) || marks.Count == 0)
        {
            problems.Add($"{where}: nothing is highlighted");
            return;
        }

        if (marks.Any(m => m.Ancestors().FirstOrDefault(a => a.Tag == "article") != article) || anchor.Ancestors().FirstOrDefault(a => a.Tag == "article") != article)
        {
            problems.Add($"{where}: highlighted in another report");
        }

        int start = source.GetOffset(range.Start), end = source.GetOffset(range.End);
        string expected = source.Text[start..end];
        string shown = string.Concat(marks.Select(m => m.InnerText()));
        if (start == end)
        {
            // A point shows no text; the text after it is the text after the span (a ghost has no place to check).
            if (shown.Length > 0)
            {
                problems.Add($"{where}: a point highlighted as '{shown}'");
            }
            else if (!marks[0].HasClass("ghost"))
            {
                string after = Visible(TextAfter(marks[0], 40));
                string source40 = Visible(source.Text.Substring(start, Math.Min(40, source.Length - start)));
                int n = Math.Min(3, Math.Min(after.Length, source40.Length));
                if (n == 0 || !string.Equals(after[..n], source40[..n], StringComparison.Ordinal))
                {
                    problems.Add($"{where}: a point placed before '{after[..Math.Min(10, after.Length)]}', not before '{source40[..Math.Min(10, source40.Length)]}'");
                }
            }

            return;
        }

        if (!string.Equals(Visible(shown), Visible(expected), StringComparison.Ordinal))
        {
            problems.Add($"{where}: highlighted '{Flat(shown)}' where the source says '{Flat(expected)}'");
        }
    }

    /// <summary>
    /// Text as a reader sees it, for comparing a span of Markdown with what the page shows of it: entities decoded,
    /// task markers as the boxes the page draws, and white space and the characters Markdown consumes as syntax
    /// (emphasis, code and table delimiters, escapes, heading marks) left out.
    /// </summary>
    public static string Visible(string text)
    {
        string decoded = WebUtility.HtmlDecode(text).Replace("[ ]", "☐", StringComparison.Ordinal)
            .Replace("[x]", "☑", StringComparison.Ordinal).Replace("[X]", "☑", StringComparison.Ordinal);
        var visible = new StringBuilder(decoded.Length);
        foreach (char c in decoded)
        {
            if (!char.IsWhiteSpace(c) && c is not ('*' or '_' or '~' or '`' or '\\' or '|' or '#'))
            {
                visible.Append(c);
            }
        }

        return visible.ToString();
    }

    private static string Flat(string text) => text.Length > 80 ? text[..80].ReplaceLineEndings(" ") + "…" : text.ReplaceLineEndings(" ");

    // The text that follows a node in document order, up to a length.
    private static string TextAfter(HtmlNode node, int length)
    {
        var text = new StringBuilder();
        HtmlNode? root = node;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        bool after = false;
        foreach (HtmlNode n in root.DescendantsAndSelf())
        {
            if (n == node)
            {
                after = true;
                continue;
            }

            if (after && n.Text is { } t && !n.Ancestors().Contains(node))
            {
                text.Append(t);
                if (text.Length >= length)
                {
                    break;
                }
            }
        }

        return text.ToString();
    }

    private static void CheckSafety(HtmlNode page, bool scriptRan, List<string> problems)
    {
        HtmlNode? html = page.Elements("html").FirstOrDefault();
        if (scriptRan && html?["data-script"] != "ran")
        {
            problems.Add("the page's own script did not run");
        }

        foreach (HtmlNode element in page.Elements())
        {
            if (!Elements.Contains(element.Tag!))
            {
                problems.Add($"a <{element.Tag}> element is on the page");
            }

            foreach ((string name, string value) in element.Attributes)
            {
                if (name.StartsWith("on", StringComparison.Ordinal))
                {
                    problems.Add($"<{element.Tag}> has an event handler: {name}=\"{Flat(value)}\"");
                }

                if (name is "data-pwned")
                {
                    problems.Add($"a hostile script ran: data-pwned=\"{value}\"");
                }

                if (name is "src" or "action" or "formaction" or "xlink:href" or "srcdoc" or "background" or "poster")
                {
                    problems.Add($"<{element.Tag}> has {name}=\"{Flat(value)}\"");
                }

                if (name == "href" && element.Tag is "a" && !(value.StartsWith('#') || value.StartsWith("https://", StringComparison.Ordinal) ||
                        value.StartsWith("http://", StringComparison.Ordinal) || value.StartsWith("mailto:", StringComparison.Ordinal)))
                {
                    problems.Add($"a link to '{Flat(value)}'");
                }
            }
        }

        int scripts = page.Elements("script").Count();
        if (scripts != 1)
        {
            problems.Add($"{scripts} script elements on the page, not 1");
        }

        if (page.Elements("style").Count() != 1 || page.Elements("style").Any(s => s.Ancestors().Any(a => a.Tag == "body")))
        {
            problems.Add("a style element other than the page's own");
        }
    }
}
