using System.Text;
using ReportLint.Cli;
using ReportLint.Tests.Harness;
using ReportLint.Text;

namespace ReportLint.Tests.Cli;

/// <summary>
/// The reviewer's page (<c>--format html</c>) opened in headless Chromium: the DOM after load must show every finding
/// of the JSON output highlighted at its span's text, every related link must lead to its place's text, and nothing in
/// a hostile report may become markup or run. The checks themselves are shown to fail on planted faults.
/// </summary>
public class HtmlBrowserTests
{
    /// <summary>Hostile Markdown: raw HTML, scripts, event handlers and script links, each trying to mark the page.</summary>
    internal const string HostileReport = """
        # Sprint 3 status report <script>document.documentElement.setAttribute('data-pwned','heading')</script>

        Status: ✅ complete, generated $(date)

        <script>document.documentElement.setAttribute('data-pwned','script-block')</script>

        <img src="x" onerror="document.documentElement.setAttribute('data-pwned','onerror')">

        Inline <b onmouseover="document.documentElement.setAttribute('data-pwned','onmouseover')">bold</b> and <svg onload="document.documentElement.setAttribute('data-pwned','svg')"></svg>.
        <iframe src="javascript:document.documentElement.setAttribute('data-pwned','iframe')"></iframe>

        [click me](javascript:document.documentElement.setAttribute('data-pwned','link'))
        [tabbed](java&#x09;script:alert(1)) and [upper](JAVASCRIPT:alert(1)) and [data](data:text/html,<script>alert(1)</script>)
        <javascript:alert(1)> and ![pic](javascript:alert(1)) and ![remote](https://example.com/x.png) and [ref][r]

        [r]: javascript:alert(1)

        | Task | Hours |
        |---|---|
        | <script>document.documentElement.setAttribute('data-pwned','cell')</script> | 2h |
        | Tests <a href="javascript:alert(1)">x</a> | 3h |
        | **Total** | **6h** |

        ```html
        <script>document.documentElement.setAttribute('data-pwned','code')</script>
        ```

        <!-- <script>document.documentElement.setAttribute('data-pwned','comment')</script> -->
        Contact: [your-email@company.com] <style>body{display:none}</style> <base href="https://example.com/">
        <meta http-equiv="refresh" content="0;url=javascript:alert(1)">
        """;

    private static (string Page, string Json) Render(string folder, params string[] paths)
    {
        string page = Path.Combine(folder, "review.html");
        var output = new StringWriter();
        var error = new StringWriter();
        int code = Program.Run(["check", .. paths, "--format", "html", "--output", page, "--fail-level", "none"], output, error);
        Assert.True(code == 0, $"check --format html exited {code}: {error}");
        output = new StringWriter();
        code = Program.Run(["check", .. paths, "--format", "json", "--fail-level", "none"], output, error);
        Assert.True(code == 0, $"check --format json exited {code}: {error}");
        return (page, output.ToString());
    }

    private static SourceText Source(string path) => SourceText.FromBytes(File.ReadAllBytes(path));

    // Opens the page in Chromium and checks its DOM; returns the DOM and the number of findings checked.
    private static (HtmlNode Dom, int Findings) CheckInBrowser(string page, string json)
    {
        List<ExpectedFinding> expected = ReviewPage.FromJson(json);
        HtmlNode dom = HtmlNode.Parse(Chromium.DumpDom(page, "all-notes"));
        List<string> problems = ReviewPage.Check(dom, expected, Source, scriptRan: true);
        Assert.True(problems.Count == 0, $"{problems.Count} problems on the page:\n" + string.Join("\n", problems.Take(40)));
        return (dom, expected.Count);
    }

    [BrowserFact]
    public void The_examples_page_highlights_every_finding_at_its_text()
    {
        using var folder = new TempFolder();
        (string page, string json) = Render(folder.Path, Repo.Path("examples"));
        (HtmlNode dom, int findings) = CheckInBrowser(page, json);
        Assert.True(findings >= 10, $"{findings} findings on the examples");
        // The RL2001 total of the English example: 21h highlighted in its table, its four rows linked.
        HtmlNode report = dom.Elements("article").Single(a => a.Elements("h2").First().InnerText().EndsWith("sprint-report-en.md", StringComparison.Ordinal));
        HtmlNode note = report.Elements("li").Single(n => n["data-rule"] == "RL2001" && n["data-line"] == "20");
        Assert.Equal("21h", string.Concat(dom.Elements("mark").Where(m => m.HasWord("data-f", note["data-f"]!)).Select(m => m.InnerText())));
        Assert.Equal(["“8h”", "“5h”", "“4h”", "“3h”"], note.Elements("span").Where(s => s.HasClass("ex")).Select(s => s.InnerText()));
        Assert.Contains(note.Elements("ins"), i => i.InnerText() == "20");
    }

    [BrowserFact("seeds")]
    public void The_seeds_page_highlights_every_finding_and_its_screenshot_is_a_full_page()
    {
        using var folder = new TempFolder();
        (string page, string json) = Render(folder.Path, Repo.RequireShared("seeds"));
        (_, int findings) = CheckInBrowser(page, json);
        Assert.True(findings > 500, $"{findings} findings on the seeds");

        (int width, int height, uint[] pixels) = Chromium.DecodePng(Chromium.Screenshot(page, 1280, 900));
        Assert.Equal((1280, 900), (width, height));
        int colours = pixels.Distinct().Count();
        double inked = pixels.Count(p => p != 0xFFFFFF) / (double)pixels.Length;
        // Text in several shades, the toolbar and the summary's warning bars (#b26a00), not a blank or flat frame.
        Assert.True(colours > 32, $"{colours} colours in the screenshot");
        Assert.True(inked > 0.05, $"{inked:P1} of the screenshot is not white");
        Assert.True(pixels.Count(p => p == 0xB26A00) > 1000, "the chart's warning bars are not in the screenshot");
    }

    [BrowserFact("corpus/reports/docs")]
    public void The_corpus_page_highlights_every_finding_of_the_56_reports()
    {
        using var folder = new TempFolder();
        string corpus = Repo.RequireShared("corpus/reports/docs");
        Assert.Equal(56, Directory.GetFiles(corpus, "*.md").Length);
        (string page, string json) = Render(folder.Path, corpus);
        (HtmlNode dom, int findings) = CheckInBrowser(page, json);
        Assert.True(findings > 1000, $"{findings} findings on the corpus");
        Assert.Equal(56, dom.Elements("table").Single(t => t.HasClass("index")).Elements("tr").Count() - 1);
    }

    [BrowserFact]
    public void Hostile_reports_are_shown_as_text_and_run_nothing()
    {
        using var folder = new TempFolder();
        string reports = Directory.CreateDirectory(Path.Combine(folder.Path, "reports")).FullName;
        File.WriteAllText(Path.Combine(reports, "evil.md"), HostileReport);
        // Its quoted rows and messages hold the end of a script: the data block must still be read whole.
        File.WriteAllText(Path.Combine(reports, "script-end.md"), HtmlReportTests.ScriptEndReport);
        if (!OperatingSystem.IsWindows())
        {
            // A file name is shown on the page too.
            File.WriteAllText(Path.Combine(reports, "<img src=x onerror=\"document.documentElement.setAttribute('data-pwned','path')\">.md"),
                "# Status report\n\nOwner: TBD, generated $(date)\n");
        }

        (string page, string json) = Render(folder.Path, reports);
        (HtmlNode dom, int findings) = CheckInBrowser(page, json);
        Assert.True(findings >= 3, $"{findings} findings");
        // The report's image and links named example.com: the page asked for nothing there.
        (_, string netLog) = Chromium.DumpDomWithNetLog(page);
        Assert.Contains(new Uri(page).AbsoluteUri, netLog, StringComparison.Ordinal);
        Assert.DoesNotContain("example.com", netLog, StringComparison.Ordinal);
        string text = dom.Elements("article").Single(a => a.InnerText().Contains("evil.md", StringComparison.Ordinal)).InnerText();
        Assert.Contains("<script>document.documentElement.setAttribute('data-pwned','script-block')</script>", text, StringComparison.Ordinal);
        Assert.Contains("<img src=\"x\" onerror=", text, StringComparison.Ordinal);
        Assert.Contains("click me", text, StringComparison.Ordinal);
        Assert.DoesNotContain(dom.Elements("a"), a => a.InnerText() is "click me" or "tabbed" or "upper" or "data" or "ref");
        Assert.Contains(dom.Elements("p"), p => p.HasClass("msg") && p.InnerText().Contains("'$(echo </script><!--<script>)'", StringComparison.Ordinal));
    }

    [BrowserFact]
    public void The_browser_checks_fail_on_a_highlight_off_by_one_and_on_an_unescaped_script()
    {
        using var folder = new TempFolder();
        (string page, string json) = Render(folder.Path, Repo.Path("examples"));
        List<ExpectedFinding> expected = ReviewPage.FromJson(json);
        string html = File.ReadAllText(page);

        // The English example's "850 req/s" highlighted one character late: "8<mark>50 req/s </mark>(target".
        File.WriteAllText(page, ShiftFirstHighlight(html, "850 req/s"));
        List<string> problems = ReviewPage.Check(HtmlNode.Parse(Chromium.DumpDom(page, "all-notes")), expected, Source, scriptRan: true);
        Assert.Contains(problems, p => p.Contains("RL3001", StringComparison.Ordinal) && p.Contains("highlighted '50 req/s '", StringComparison.Ordinal));

        // A report's script written unescaped: the page's policy stops it, the check still sees the element; without the
        // policy it runs, and the check sees what it wrote.
        string script = "<script>document.documentElement.setAttribute('data-pwned','unescaped')</script>";
        File.WriteAllText(page, html.Replace("Sprint 14 Report", "Sprint 14 Report" + script, StringComparison.Ordinal));
        problems = ReviewPage.Check(HtmlNode.Parse(Chromium.DumpDom(page, "all-notes")), expected, Source, scriptRan: true);
        Assert.Contains("2 script elements on the page, not 1", problems);
        string withoutPolicy = System.Text.RegularExpressions.Regex.Replace(html, "<meta http-equiv=\"Content-Security-Policy\"[^>]*>", "");
        File.WriteAllText(page, withoutPolicy.Replace("Sprint 14 Report", "Sprint 14 Report" + script, StringComparison.Ordinal));
        problems = ReviewPage.Check(HtmlNode.Parse(Chromium.DumpDom(page, "all-notes")), expected, Source, scriptRan: true);
        Assert.Contains("a hostile script ran: data-pwned=\"unescaped\"", problems);
    }

    [BrowserFact]
    public void Keys_filters_and_related_links_work_in_the_browser()
    {
        using var folder = new TempFolder();
        (string page, _) = Render(folder.Path, Repo.Path("examples"));
        // A reader's actions, played by a script added to the page (and its policy lifted for it), written to an
        // attribute the DOM dump shows.
        const string Driver = """
            <script>
            window.addEventListener('load', function () {
              var out = [];
              function key(k) {
                document.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
                var current = document.querySelector('li.note.current');
                out.push(current ? current.id : 'none');
              }
              key('j'); key('j'); key('k'); key('k');
              var box = document.querySelector('input[name=cat][value=arithmetic]');
              box.checked = false;
              box.dispatchEvent(new Event('change', { bubbles: true }));
              // Printing builds every note: those built after the filter changed are hidden too.
              window.dispatchEvent(new Event('beforeprint'));
              out.push('hidden ' + document.querySelectorAll('li.note[hidden]').length + ' of ' + document.querySelectorAll('li.note').length);
              out.push('off ' + document.querySelectorAll('mark.hl.off').length + ' of ' + document.querySelectorAll('mark.hl').length);
              out.push(document.getElementById('pos').textContent);
              key('j');
              Array.prototype.forEach.call(document.querySelectorAll('mark.flash'), function (m) { m.classList.remove('flash'); });
              document.querySelector('ul.related a').click();
              out.push('flash ' + Array.prototype.map.call(document.querySelectorAll('mark.flash'), function (m) { return m.textContent; }).join(' '));
              out.push('toolbar ' + (document.getElementById('toolbar').hidden ? 'hidden' : 'shown'));
              document.documentElement.setAttribute('data-driven', out.join('|'));
            });
            </script>
            """;
        string written = File.ReadAllText(page);
        string html = System.Text.RegularExpressions.Regex.Replace(written, "<meta http-equiv=\"Content-Security-Policy\"[^>]*>", "");
        File.WriteAllText(page, html.Replace("</body>", Driver + "</body>", StringComparison.Ordinal));
        HtmlNode dom = HtmlNode.Parse(Chromium.DumpDom(page));

        // What the reader should see, read from the page as written (its data and its highlights): j, j, k, then k
        // wraps to the last note; Arithmetic off hides its notes, built then or later, and every highlight that is
        // only theirs; j then goes to the first note still shown; the first related link flashes its place. Notes are
        // built as the keys reach them: none is in the page as written.
        HtmlNode before = HtmlNode.Parse(written);
        Assert.DoesNotContain(before.Elements("li"), n => n.HasClass("note"));
        List<ReviewPage.PageFinding> notes = ReviewPage.Data(before);
        var arithmetic = notes.Where(n => n.Category == "arithmetic").Select(n => "f" + n.Number).ToHashSet();
        Assert.NotEmpty(arithmetic);
        var marks = before.Elements("mark").Where(m => m.HasClass("hl")).ToList();
        int off = marks.Count(m => $"{m["data-f"]} {m["data-r"]}".Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .All(k => arithmetic.Contains(k.Split('r')[0])));
        string related = $"f{notes.First(n => n.Related > 0).Number}r0";
        string expected = string.Join("|",
            "n1", "n2", "n1", $"n{notes.Count}",
            $"hidden {arithmetic.Count} of {notes.Count}", $"off {off} of {marks.Count}", $"{notes.Count - arithmetic.Count} of {notes.Count} findings shown.",
            $"n{notes.First(n => !arithmetic.Contains("f" + n.Number)).Number}",
            "flash " + string.Join(" ", marks.Where(m => m.HasWord("data-r", related)).Select(m => m.InnerText())),
            "toolbar shown");
        Assert.Equal(expected, dom.Elements("html").Single()["data-driven"]);
        // Nothing vacuous: the first notes are the English report's RL2001 totals, so the filter hides the first note
        // and some highlights, and the first related place has text.
        Assert.True(notes.Count > 2 && off > 0 && arithmetic.Contains("f1") && notes[0].Related > 0, expected);
        Assert.DoesNotContain("|flash |", expected, StringComparison.Ordinal);
    }

    // Moves the highlight holding exactly this text one character to the right.
    private static string ShiftFirstHighlight(string html, string text)
    {
        int at = html.IndexOf(">" + text + "</mark>", StringComparison.Ordinal);
        Assert.True(at > 0, $"no highlight of '{text}'");
        int open = html.LastIndexOf("<mark", at, StringComparison.Ordinal);
        int after = at + 1 + text.Length + "</mark>".Length;
        Assert.NotEqual('<', html[after]);
        return html[..open] + text[..1] + html[open..(at + 1)] + text[1..] + html[after] + "</mark>" + html[(after + 1)..];
    }

    private sealed class TempFolder : IDisposable
    {
        public TempFolder() => Directory.CreateDirectory(Path);

        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"reportlint-html-{Guid.NewGuid():N}");

        public void Dispose()
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (IOException)
            {
                // Left in the temporary folder.
            }
        }
    }
}
