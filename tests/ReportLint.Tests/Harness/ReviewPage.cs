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
        "code", "pre", "blockquote", "hr", "br", "details", "summary", "noscript",
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

        List<HtmlNode> notes = Notes(page, scriptRan, problems);
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

    /// <summary>
    /// The notes of a page. In a browser (<paramref name="built"/>, the page opened at <c>#all-notes</c>) they are the
    /// notes its script built, and every list of notes must have been built, one note per finding of its data. As
    /// written, they are made from the page's data (<see cref="Data"/>), each in the list the page would build it in,
    /// with its related links: what a checker needs of a note, not its look.
    /// </summary>
    public static List<HtmlNode> Notes(HtmlNode page, bool built, List<string> problems)
    {
        var lists = page.Elements("ol").Where(o => o.HasClass("notes") && o["data-notes"] is not null).ToList();
        List<PageFinding> data = Data(page);
        if (lists.Sum(l => int.Parse(l["data-notes"]!.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture)) != data.Count)
        {
            problems.Add($"the lists of notes hold other findings than the page's data ({data.Count})");
        }

        if (built)
        {
            if (lists.Any(l => l["data-built"] is null))
            {
                problems.Add($"{lists.Count(l => l["data-built"] is null)} lists of notes were not built");
            }

            return [.. page.Elements("li").Where(n => n.HasClass("note"))];
        }

        var notes = new List<HtmlNode>();
        foreach (HtmlNode list in lists)
        {
            string[] range = list["data-notes"]!.Split(' ');
            int first = int.Parse(range[0], System.Globalization.CultureInfo.InvariantCulture);
            int count = int.Parse(range[1], System.Globalization.CultureInfo.InvariantCulture);
            for (int n = first; n < first + count && n - 1 < data.Count; n++)
            {
                PageFinding f = data[n - 1];
                var html = new StringBuilder();
                html.Append(System.Globalization.CultureInfo.InvariantCulture,
                    $"<li class=\"note\" id=\"n{n}\" data-f=\"f{n}\" data-rule=\"{WebUtility.HtmlEncode(f.Rule)}\" data-line=\"{f.Span.Start.Line}\" data-col=\"{f.Span.Start.Column}\" data-end-line=\"{f.Span.End.Line}\" data-end-col=\"{f.Span.End.Column}\">");
                for (int r = 0; r < f.Related; r++)
                {
                    html.Append(System.Globalization.CultureInfo.InvariantCulture, $"<a href=\"#f{n}r{r}\">related</a>");
                }

                HtmlNode.Append(list, html.Append("</li>").ToString());
                notes.Add(list.Children[^1]);
            }
        }

        return notes;
    }

    /// <summary>A finding as the page's data gives it: rule, severity, category, span, message, related places and fix.</summary>
    public sealed record PageFinding(int Number, string Rule, string Severity, string Category, LinePositionSpan Span, string Message,
        int Related, string[] Excerpts, string? FixTitle, string? FixHtml, bool FixOpen);

    /// <summary>The findings of the page's data block (<c>script#rl-data</c>), finding 1 first; none when it has none.</summary>
    public static List<PageFinding> Data(HtmlNode page)
    {
        HtmlNode? block = page.Elements("script").SingleOrDefault(s => s["id"] == "rl-data");
        if (block is null)
        {
            return [];
        }

        using JsonDocument document = JsonDocument.Parse(block.InnerText());
        var rules = document.RootElement.GetProperty("rules").EnumerateArray().Select(r => r.EnumerateArray().Select(e => e.GetString()!).ToArray()).ToList();
        string[] severities = ["error", "warning", "info"];
        var findings = new List<PageFinding>();
        foreach (JsonElement f in document.RootElement.GetProperty("f").EnumerateArray())
        {
            JsonElement[] a = [.. f.EnumerateArray()];
            string[] rule = rules[a[0].GetInt32()];
            JsonElement[] related = a[7].ValueKind == JsonValueKind.Array ? [.. a[7].EnumerateArray()] : [];
            JsonElement[]? fix = a[8].ValueKind == JsonValueKind.Array ? [.. a[8].EnumerateArray()] : null;
            findings.Add(new PageFinding(findings.Count + 1, rule[0], severities[a[1].GetInt32()], rule[4],
                new LinePositionSpan(new LinePosition(a[2].GetInt32(), a[3].GetInt32()), new LinePosition(a[4].GetInt32(), a[5].GetInt32())),
                a[6].GetString()!, related.Length, [.. related.Select(r => r[2].GetString()!)],
                fix?[1].GetString(), fix?[2].GetString(), fix is not null && fix[0].GetInt32() == 1));
        }

        return findings;
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

        // The page's own script, and its data, which is never run.
        int scripts = page.Elements("script").Count(s => s["type"] is null);
        if (scripts != 1)
        {
            problems.Add($"{scripts} script elements on the page, not 1");
        }

        foreach (HtmlNode data in page.Elements("script").Where(s => s["type"] is not null))
        {
            if (data["type"] != "application/json" || data["id"] != "rl-data" || data.InnerText().Contains('<', StringComparison.Ordinal))
            {
                problems.Add($"a script element of type '{data["type"]}' other than the page's data");
            }
        }

        if (page.Elements("script").Count(s => s["type"] is not null) > 1)
        {
            problems.Add("more than one data block on the page");
        }

        if (page.Elements("style").Count() != 1 || page.Elements("style").Any(s => s.Ancestors().Any(a => a.Tag == "body")))
        {
            problems.Add("a style element other than the page's own");
        }
    }
}
