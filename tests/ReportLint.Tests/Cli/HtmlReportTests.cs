using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using ReportLint.Cli;
using ReportLint.Cli.Output.Html;
using ReportLint.Diagnostics;
using ReportLint.Rules;
using ReportLint.Tests.Harness;
using ReportLint.Text;

namespace ReportLint.Tests.Cli;

/// <summary>
/// The reviewer's page (<c>--format html</c>) as written: highlights at the exact text of each span through Markdown's
/// syntax, hostile reports shown as text, the summary, fixes before and after, colours that pass WCAG AA. The same
/// pages in a real browser: <see cref="HtmlBrowserTests"/>.
/// </summary>
public sealed class HtmlReportTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("reportlint-html-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    // Renders a text with one finding per [|span|] of the markup (nested spans allowed) and returns the page's
    // fragment, parsed, and the findings in markup order.
    private static (HtmlNode Html, string Raw, List<Finding> Findings, ReportView View) Render(string markup, bool markdown = true)
    {
        (string text, List<ExpectedSpan> spans) = Markup.Parse(markup);
        SourceText source = SourceText.From(text);
        RuleDescriptor rule = BuiltInRules.Descriptors.First(r => r.Id == "RL2001");
        var findings = spans.OrderBy(s => s.Span.Start).Select((s, i) => new Finding(i + 1, Diagnostic(rule, source, s.Span), text.Length)).ToList();
        var writer = new StringWriter();
        var view = new ReportView(source, findings, (o, notes) => o.Write(string.Concat(notes.Select(n => $"<ol class=\"notes\"><li>{n.Key}</li></ol>"))));
        view.Write(writer, markdown);
        return (HtmlNode.Parse(writer.ToString()), writer.ToString(), findings, view);
    }

    private static Diagnostic Diagnostic(RuleDescriptor rule, SourceText source, TextSpan span, params TextSpan[] related) =>
        new(rule, Severity.Warning, span, source.GetLinePositionSpan(span), "message", ImmutableDictionary<string, string>.Empty,
            [.. related.Select(r => new AdditionalLocation(r, source.GetLinePositionSpan(r), null))], "r.md");

    private static string Highlighted(HtmlNode html, string key, string attribute = "data-f") =>
        string.Concat(html.Elements("mark").Where(m => m.HasWord(attribute, key)).Select(m => m.InnerText()));

    [Theory]
    [InlineData("Total: [|21h|] today", "21h")]
    [InlineData("| Task | Hours |\n|---|---|\n| **Total** | **[|6h|]** |\n", "6h")]
    [InlineData("| Task | Hours |\n|---|---|\n| [|Tests | 3h|] |\n", "Tests3h")]
    [InlineData("| Objectif | [|Résultat Final|] |\n|---|---|\n| a | b |\n", "Résultat Final")]
    [InlineData("- [|**Uptime**: 99.99%|]\n", "Uptime: 99.99%")]
    [InlineData("- **Uptime**: [|99.99|]%\n", "99.99")]
    [InlineData("Run `[|make test|]` now", "make test")]
    [InlineData("```\nrun\n[|x = 1|]\n```\n", "x = 1")]
    [InlineData("    indented [|code|]\n", "code")]
    [InlineData("[|## Effort (23h)|]\n", "Effort (23h)")]
    [InlineData("Setext [|title|]\n=====\n", "title")]
    [InlineData("[|\\*|] star", "*")]
    [InlineData("A [|&amp;|] B", "&")]
    [InlineData("- [|[ ]|] write docs\n- [x] ship\n", "☐")]
    [InlineData("- [x] [|ship|] it\n", "ship")]
    [InlineData("Raw [|<b onclick=\"x()\">bold</b>|] text", "<b onclick=\"x()\">bold</b>")]
    [InlineData("[|first line\nsecond|] line", "first linesecond")]
    [InlineData("Launch [|🚀|] done", "🚀")]
    [InlineData("Ship ✅ [|complete|]", "complete")]
    [InlineData("Status: [|âœ… TERMINÃ‰|]", "âœ… TERMINÃ‰")]
    [InlineData("---\ntitle: [|TBD|]\n---\n# Report\n", "TBD")]
    [InlineData("![[|chart|]](x.png)", "chart")]
    [InlineData("See <https://x.test/[|a|]>", "a")]
    [InlineData("> quoted [|claim|]\n", "claim")]
    [InlineData("1. first\n2. [|second|]\n", "second")]
    [InlineData("~~[|struck|]~~ and ==marked==", "struck")]
    public void A_finding_is_highlighted_at_the_text_its_span_shows(string markup, string shown)
    {
        (HtmlNode html, _, List<Finding> findings, ReportView view) = Render(markup);
        Assert.Null(view.SourceReason);
        Assert.Equal(shown, Highlighted(html, findings[0].Key));
        Assert.Single(html.Elements("span"), s => s["id"] == findings[0].Key);
        Assert.DoesNotContain(html.Elements("mark"), m => m.HasClass("ghost"));
    }

    [Fact]
    public void Crlf_line_endings_keep_the_offsets()
    {
        string text = "# Report\r\n\r\nTotal 21h\r\n\r\n| A | 2h |\r\n|---|---|\r\n| B | 3h |\r\n";
        SourceText source = SourceText.From(text);
        RuleDescriptor rule = BuiltInRules.Descriptors.First(r => r.Id == "RL2001");
        List<Finding> findings = [new Finding(1, Diagnostic(rule, source, new TextSpan(text.IndexOf("21h", StringComparison.Ordinal), 3)), text.Length),
            new Finding(2, Diagnostic(rule, source, new TextSpan(text.IndexOf("3h", StringComparison.Ordinal), 2)), text.Length)];
        var writer = new StringWriter();
        new ReportView(source, findings, (_, _) => { }).Write(writer, markdown: true);
        HtmlNode html = HtmlNode.Parse(writer.ToString());
        Assert.Equal("21h", Highlighted(html, "f1"));
        Assert.Equal("3h", Highlighted(html, "f2"));
    }

    [Fact]
    public void A_span_the_page_does_not_show_is_written_as_a_ghost_after_its_block()
    {
        (HtmlNode html, _, List<Finding> findings, _) = Render("See [the guide](https://x.test/[|guide.md|]) today.\n\nNext paragraph.\n");
        HtmlNode ghost = html.Elements("mark").Single(m => m.HasWord("data-f", findings[0].Key));
        Assert.True(ghost.HasClass("ghost"));
        Assert.Equal("guide.md", ghost.InnerText());
        // After the paragraph that holds it, before the next one.
        HtmlNode row = ghost.Ancestors().First(a => a.HasClass("row"));
        Assert.Contains("See the guide today.", row.InnerText(), StringComparison.Ordinal);
        Assert.DoesNotContain("Next paragraph", row.InnerText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Notes_stand_beside_the_block_their_finding_starts_in()
    {
        (HtmlNode html, _, List<Finding> findings, _) = Render("First [|claim|] with [a ref][r].\n\n[r]: https://x.test/[|target|]\n\nSecond [|claim|].\n");
        var rows = html.Elements("div").Where(d => d.HasClass("row")).ToList();
        Assert.Equal(2, rows.Count);
        // The definition renders nothing: its target is shown (as a ghost) and noted with the block before it.
        Assert.Equal(["f1", "f2"], rows[0].Elements("ol").Select(o => o.InnerText()));
        Assert.Equal("target", rows[0].Elements("mark").Single(m => m.HasClass("ghost")).InnerText());
        Assert.Equal(["f3"], rows[1].Elements("ol").Select(o => o.InnerText()));
    }

    [Fact]
    public void A_long_list_is_cut_into_rows_numbered_on_and_blocks_without_findings_share_rows()
    {
        // 70 items, findings in items 2 and 40: three rows of at most 32 items, the second list starting at 33, each
        // finding's note beside its own part; the last part, without findings, shares its row with the next 15 of the
        // 20 paragraphs (16 blocks), the other 5 make another.
        string items = string.Concat(Enumerable.Range(1, 70).Select(i => i is 2 or 40 ? $"{i}. item [|{i}|]\n" : $"{i}. item {i}\n"));
        string paragraphs = string.Concat(Enumerable.Range(1, 20).Select(i => $"\nParagraph {i}.\n"));
        (HtmlNode html, _, List<Finding> findings, _) = Render(items + paragraphs);
        var rows = html.Elements("div").Where(d => d.HasClass("row")).ToList();
        Assert.Equal(4, rows.Count);
        var lists = rows.Take(3).Select(r => r.Elements("ol").First(o => !o.HasClass("notes"))).ToList();
        Assert.Equal([null, "33", "65"], lists.Select(o => o["start"]));
        Assert.Equal([32, 32, 6], lists.Select(o => o.Children.Count(c => c.Tag == "li")));
        Assert.Equal(["f1", "f2", ""], rows.Take(3).Select(r => string.Concat(r.Elements("ol").Where(o => o.HasClass("notes")).Select(o => o.InnerText()))));
        Assert.Equal(["2", "40"], findings.Select(f => Highlighted(html, f.Key)));
        Assert.Equal([false, false, true, true], rows.Select(r => r.HasClass("bare")));
        Assert.Equal([15, 5], rows.Skip(2).Select(r => r.Elements("p").Count()));
    }

    [Fact]
    public void Overlapping_findings_share_pieces_and_each_keeps_its_own_text()
    {
        (HtmlNode html, _, List<Finding> findings, _) = Render("Total [|time [|21|]h|] spent");
        Assert.Equal("time 21h", Highlighted(html, findings[0].Key));
        Assert.Equal("21", Highlighted(html, findings[1].Key));
        HtmlNode shared = html.Elements("mark").Single(m => m.HasWord("data-f", "f1") && m.HasWord("data-f", "f2"));
        Assert.True(shared.HasClass("multi"));
    }

    [Fact]
    public void A_point_is_an_empty_mark_before_the_character_it_points_at()
    {
        (HtmlNode html, string raw, List<Finding> findings, _) = Render("ab[||]cd");
        HtmlNode point = html.Elements("mark").Single(m => m.HasWord("data-f", findings[0].Key));
        Assert.True(point.HasClass("point"));
        Assert.Equal("", point.InnerText());
        Assert.Contains("ab<span class=\"a\" id=\"f1\"></span><mark class=\"hl point sev-warning\" data-f=\"f1\"></mark>cd", raw, StringComparison.Ordinal);
    }

    [Fact]
    public void Related_places_are_highlighted_with_their_own_keys()
    {
        string text = "| Task | Hours |\n|---|---|\n| A | 2h |\n| B | 3h |\n| Total | 6h |\n";
        SourceText source = SourceText.From(text);
        RuleDescriptor rule = BuiltInRules.Descriptors.First(r => r.Id == "RL2001");
        TextSpan Find(string s) => new(text.IndexOf(s, StringComparison.Ordinal), s.Length);
        var finding = new Finding(1, Diagnostic(rule, source, Find("6h"), Find("2h"), Find("3h")), text.Length);
        var writer = new StringWriter();
        new ReportView(source, [finding], (_, _) => { }).Write(writer, markdown: true);
        HtmlNode html = HtmlNode.Parse(writer.ToString());
        Assert.Equal("6h", Highlighted(html, "f1"));
        Assert.Equal("2h", Highlighted(html, "f1r0", "data-r"));
        Assert.Equal("3h", Highlighted(html, "f1r1", "data-r"));
        Assert.Equal(["f1r0", "f1r1", "f1"], html.Elements("span").Where(s => s.HasClass("a")).Select(s => s["id"]!));
    }

    [Fact]
    public void A_file_that_is_not_markdown_too_long_or_too_deep_is_shown_as_source_lines()
    {
        (HtmlNode html, _, List<Finding> findings, ReportView view) = Render("{\n  \"RL2001\": [|\"loud\"|]\n}\n", markdown: false);
        Assert.Equal("not Markdown", view.SourceReason);
        Assert.Equal("\"loud\"", Highlighted(html, findings[0].Key));
        Assert.Equal(["1", "2", "3", "4"], html.Elements("span").Where(s => s.HasClass("ln")).Select(s => s["data-n"]!));

        string deep = new string('>', 300) + " [|deep|]\n";
        (html, _, findings, view) = Render(deep);
        Assert.NotNull(view.SourceReason);
        Assert.Equal("deep", Highlighted(html, findings[0].Key));

        string filler = string.Concat(Enumerable.Repeat("Line of a long log, nothing to see.\n", (ReportView.MaxRenderedChars / 72) + 1));
        (html, _, findings, view) = Render(filler + "Total [|21h|]\n" + filler);
        Assert.Equal("8 M characters, too long to render", view.SourceReason);
        Assert.Equal("21h", Highlighted(html, findings[0].Key));
        // Only the lines around the finding.
        Assert.Equal(1 + (2 * ReportView.ContextLines), html.Elements("span").Count(s => s.HasClass("ln")));
    }

    [Fact]
    public void A_two_megabyte_report_is_rendered_as_markdown_with_every_highlight()
    {
        var markup = new StringBuilder();
        int n = 0;
        while (markup.Length < 2 * 1024 * 1024)
        {
            markup.Append(CultureInfo.InvariantCulture, $"## Sprint {n}\n\n| Task | Hours |\n|---|---|\n| Build | 2h |\n| **Total** | **[|{n % 9 + 3}h|]** |\n\n- [ ] follow-up {n}, owner TBD\n\n");
            n++;
        }

        (HtmlNode html, _, List<Finding> findings, ReportView view) = Render(markup.ToString());
        Assert.Null(view.SourceReason);
        Assert.Equal(n, findings.Count);
        var shown = html.Elements("mark").ToDictionary(m => m["data-f"]!, m => m.InnerText());
        Assert.Equal(findings.Select((f, i) => $"{i % 9 + 3}h"), findings.Select(f => shown[f.Key]));
    }

    [Fact]
    public void Random_markdown_with_random_spans_renders_every_highlight_once_and_no_markup_of_its_own()
    {
        string[] pieces =
        [
            "# Heading ", "## Sub ", "\n", "\n\n", "| a | b |\n|---|---|\n| 1 | **2h** |\n", "- [ ] todo\n", "- [x] done\n",
            "1. one\n", "> quote ", "`code`", "```\nfenced <b>\n```\n", "    indented\n", "**bold**", "*em*", "~~del~~",
            "[link](https://x.test/a)", "[bad](javascript:alert(1))", "![img](x.png)", "<https://x.test>", "<b onclick=x()>",
            "</b>", "<script>alert(1)</script>", "<!-- c -->", "&amp;", "&#x3C;", "\\*", "\\", "✅", "🚀", "âœ…", "text ",
            "21h ", "\r\n", "---\n", "[ref]\n\n[ref]: https://x.test\n", "|", "*", "_", "[", "]", "(", ")", "<", ">", "\"",
        ];
        var random = new Random(54);
        RuleDescriptor rule = BuiltInRules.Descriptors.First(r => r.Id == "RL2001");
        for (int round = 0; round < 1500; round++)
        {
            string text = string.Concat(Enumerable.Range(0, random.Next(1, 30)).Select(_ => pieces[random.Next(pieces.Length)]));
            SourceText source = SourceText.From(text);
            var findings = new List<Finding>();
            for (int i = 0; i < random.Next(0, 6); i++)
            {
                int start = random.Next(0, text.Length + 1), end = Math.Min(text.Length, start + random.Next(0, 12));
                if ((start < text.Length && char.IsLowSurrogate(text[start])) || (end < text.Length && char.IsLowSurrogate(text[end])))
                {
                    continue;
                }

                int related = Math.Min(text.Length, random.Next(0, text.Length + 1));
                related -= related < text.Length && char.IsLowSurrogate(text[related]) ? 1 : 0;
                findings.Add(new Finding(0, Diagnostic(rule, source, TextSpan.FromBounds(start, end), new TextSpan(related, 0)), text.Length));
            }

            findings = [.. findings.OrderBy(f => f.Diagnostic.Span.Start).Select((f, i) => new Finding(i + 1, f.Diagnostic, text.Length))];
            foreach (bool markdown in (bool[])[true, false])
            {
                var writer = new StringWriter();
                new ReportView(source, findings, (o, notes) => o.Write($"<ol class=\"notes\">{notes.Count}</ol>")).Write(writer, markdown);
                HtmlNode html = HtmlNode.Parse(writer.ToString());
                var ids = html.Elements().Where(e => e["id"] is not null).Select(e => e["id"]!).ToList();
                Assert.Equal(findings.SelectMany(f => new[] { f.Key, f.Key + "r0" }).Order(StringComparer.Ordinal), ids.Order(StringComparer.Ordinal));
                Assert.DoesNotContain(html.Elements(), e => e.Tag is "script" or "b" or "img" || e.Attributes.Keys.Any(a => a.StartsWith("on", StringComparison.Ordinal)));
                Assert.DoesNotContain(html.Elements("mark"), m => m.Elements("mark").Skip(1).Any());
                Assert.Equal(findings.Count, html.Elements("ol").Where(o => o.HasClass("notes")).Sum(o => int.Parse(o.InnerText(), CultureInfo.InvariantCulture)));
            }
        }
    }

    [Fact]
    public void Check_writes_the_page_to_the_output_file()
    {
        string report = Path.Combine(_dir, "sprint.md");
        File.WriteAllText(report, "# Sprint report\n\n| Task | Effort |\n|---|---|\n| A | 2h |\n| B | 1h |\n| **Total** | **4h** |\n");
        string page = Path.Combine(_dir, "review.html");
        var output = new StringWriter();
        var error = new StringWriter();
        Assert.Equal(1, Program.Run(["check", report, "--format", "html", "--output", page], output, error));
        Assert.Equal(("", ""), (output.ToString(), error.ToString()));
        string html = File.ReadAllText(page);
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<title>ReportLint review: 1 finding in 1 file</title>", html, StringComparison.Ordinal);
        Assert.Contains("<strong><span class=\"a\" id=\"f1\"></span><mark class=\"hl sev-warning\" data-f=\"f1\">4h</mark></strong>", html, StringComparison.Ordinal);
        // The note, built by the page's script from its data: the message, the related rows, the fix before and after.
        Assert.Contains("<ol class=\"notes\" data-notes=\"1 1\" aria-label=\"Findings\"></ol>", html, StringComparison.Ordinal);
        ReviewPage.PageFinding note = ReviewPage.Data(HtmlNode.Parse(html)).Single();
        Assert.Equal(("RL2001", "warning", "arithmetic", "Total 4h ≠ 2h + 1h = 3h (rows 5–6)"), (note.Rule, note.Severity, note.Category, note.Message));
        Assert.Equal(["2h", "1h"], note.Excerpts);
        Assert.True(note.FixOpen);
        Assert.StartsWith("Safe fix: ", note.FixTitle, StringComparison.Ordinal);
        Assert.Contains("<pre class=\"before\">| **Total** | **<del>4</del>h** |\n</pre>", note.FixHtml, StringComparison.Ordinal);
        Assert.Contains("<pre class=\"after\">| **Total** | **<ins>3</ins>h** |\n</pre>", note.FixHtml, StringComparison.Ordinal);
        Assert.Empty(ReviewPage.Check(HtmlNode.Parse(html), ReviewPage.FromJson(Json(report)), p => SourceText.FromBytes(File.ReadAllBytes(p)), scriptRan: false));
        // The same run twice writes the same page.
        Assert.Equal(0, Program.Run(["check", report, "--format", "html", "--output", page + "2", "--fail-level", "none"], output, error));
        Assert.Equal(html, File.ReadAllText(page + "2"));
    }

    private static string Json(params string[] paths)
    {
        var output = new StringWriter();
        Program.Run(["check", .. paths, "--format", "json"], output, new StringWriter());
        return output.ToString();
    }

    [Fact]
    public void Hostile_markdown_is_shown_as_text_and_never_as_markup()
    {
        string report = Path.Combine(_dir, "evil.md");
        File.WriteAllText(report, HtmlBrowserTests.HostileReport);
        var output = new StringWriter();
        Assert.Equal(1, Program.Run(["check", report, "--format", "html"], output, new StringWriter()));
        string html = output.ToString();
        HtmlNode page = HtmlNode.Parse(html);
        Assert.Empty(ReviewPage.Check(page, ReviewPage.FromJson(Json(report)), p => SourceText.FromBytes(File.ReadAllBytes(p)), scriptRan: false));
        // Each raw tag is text on the page.
        Assert.Contains("&lt;script&gt;document.documentElement.setAttribute('data-pwned','script-block')&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=\"x\" onerror=\"document", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b onmouseover=", html, StringComparison.Ordinal);
        Assert.Contains("&lt;style&gt;body{display:none}&lt;/style&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>document", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<iframe", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<base", html, StringComparison.Ordinal);
        // The page's script and its data block, in which no text of the report has a '<'.
        Assert.Equal(2, Regex.Matches(html, "<script").Count);
        Assert.Contains("<script type=\"application/json\" id=\"rl-data\">", html, StringComparison.Ordinal);
        // Links to scripts and data keep their text and lose their target; no image is loaded.
        Assert.DoesNotContain(page.Elements("a"), a => (a["href"] ?? "").Contains("script", StringComparison.OrdinalIgnoreCase) || (a["href"] ?? "").StartsWith("data:", StringComparison.Ordinal));
        Assert.Equal(["click me", "tabbed", "upper", "data", "javascript:alert(1)", "ref"],
            page.Elements("span").Where(s => s.HasClass("nolink")).Select(s => s.InnerText()));
        Assert.Equal(["pic", "remote"], page.Elements("span").Where(s => s.HasClass("img")).Select(s => s.InnerText()));
    }

    [Theory]
    [InlineData("javascript:alert(1)", false)]
    [InlineData(" JaVaScRiPt:alert(1)", false)]
    [InlineData("java\tscript:alert(1)", false)]
    [InlineData("java\nscript:alert(1)", false)]
    [InlineData("vbscript:msgbox", false)]
    [InlineData("data:text/html;base64,PHNjcmlwdD4=", false)]
    [InlineData("file:///etc/passwd", false)]
    [InlineData("docs/status.md", false)]
    [InlineData("#section", false)]
    [InlineData("//evil.test/x", false)]
    [InlineData("", false)]
    [InlineData("https://example.com/a?b=\"c\"", true)]
    [InlineData("HTTP://example.com", true)]
    [InlineData("mailto:lead@example.com", true)]
    public void Only_http_https_and_mailto_links_are_followed(string url, bool followed) =>
        Assert.Equal(followed, HtmlText.IsSafeUrl(url));

    [Fact]
    public void A_hostile_file_name_and_message_are_escaped()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        string report = Path.Combine(_dir, "<svg onload=alert(1)>.md");
        File.WriteAllText(report, "# Status\n\nGenerated $(date) <script>alert(1)</script>\n");
        var output = new StringWriter();
        Program.Run(["check", report, "--format", "html"], output, new StringWriter());
        string html = output.ToString();
        Assert.DoesNotContain("<svg onload", html, StringComparison.Ordinal);
        Assert.Contains("&lt;svg onload=alert(1)&gt;.md</h2>", html, StringComparison.Ordinal);
        Assert.Empty(ReviewPage.Check(HtmlNode.Parse(html), ReviewPage.FromJson(Json(report)), p => SourceText.FromBytes(File.ReadAllBytes(p)), scriptRan: false));
    }

    [Fact]
    public void The_summary_counts_findings_and_lists_the_worst_reports_first()
    {
        File.WriteAllText(Path.Combine(_dir, "a-mild.md"), "# Notes\n\nUpdated $(date)\n");
        File.WriteAllText(Path.Combine(_dir, "b-worst.md"),
            "# Sprint report\n\n| Task | Effort |\n|---|---|\n| A | 2h |\n| B | 1h |\n| **Total** | **4h** |\n\nOwner: [your-email@company.com], updated $(date)\n");
        File.WriteAllText(Path.Combine(_dir, "c-clean.md"), "# Notes\n\nNothing here.\n");
        var output = new StringWriter();
        Assert.Equal(1, Program.Run(["check", _dir, "--format", "html"], output, new StringWriter()));
        HtmlNode page = HtmlNode.Parse(output.ToString());
        HtmlNode index = page.Elements("table").Single(t => t.HasClass("index"));
        var rows = index.Elements("tbody").Single().Elements("tr").Select(r => r.Elements("td").Select(d => d.InnerText()).ToList()).ToList();
        Assert.Equal(["b-worst.md", "a-mild.md", "c-clean.md"], rows.Select(r => Path.GetFileName(r[1])));
        Assert.Equal(["1", "0", "3", "0", "RL4003×2 RL2001"], rows[0].Where((_, i) => i != 1));
        Assert.Equal("no findings", rows[2][^1]);
        Assert.Equal(["#r1", "#r2"], index.Elements("a").Select(a => a["href"]!));
        Assert.Equal(["r1", "r2"], page.Elements("article").Select(a => a["id"]!));

        HtmlNode counts = page.Elements("table").Single(t => t.HasClass("counts"));
        Assert.Equal(["Total", "0", "4", "0", "4"], counts.Elements("tfoot").Single().Elements().Where(e => e.Tag is "th" or "td").Select(e => e.InnerText()));
        Assert.Equal(["3 files checked", "2 with findings", "0 errors", "4 warnings", "0 infos"], page.Elements("ul").First(u => u.HasClass("cards")).Elements("li").Select(l => l.InnerText().Replace("\n", "", StringComparison.Ordinal)));
        HtmlNode chart = page.Elements("svg").Single();
        Assert.Equal("img", chart["role"]);
        Assert.Equal("Findings by category: Arithmetic 1, Integrity 3", chart.Elements("title").Single().InnerText());
        Assert.Equal(2, chart.Elements("rect").Count());
    }

    [Fact]
    public void A_run_without_findings_says_so_and_lists_the_files_not_read()
    {
        File.WriteAllText(Path.Combine(_dir, "clean.md"), "# Notes\n\nNothing here.\n");
        File.WriteAllBytes(Path.Combine(_dir, "binary.md"), [0x23, 0x00, 0x00, 0x01]);
        var output = new StringWriter();
        Assert.Equal(2, Program.Run(["check", _dir, "--format", "html"], output, new StringWriter()));
        HtmlNode page = HtmlNode.Parse(output.ToString());
        Assert.Equal("ReportLint review: no findings in 1 file", page.Elements("title").Single().InnerText());
        Assert.Empty(page.Elements("article"));
        Assert.Empty(page.Elements("svg"));
        Assert.EndsWith("binary.md: binary file (it contains NUL bytes); not a Markdown report.", page.Elements("ul").Single(u => u.HasClass("notread")).InnerText(), StringComparison.Ordinal);
        Assert.Equal("no findings", page.Elements("table").Single(t => t.HasClass("index")).Elements("td").Last().InnerText());
    }

    [Fact]
    public void A_configuration_that_cannot_be_read_is_shown_as_its_source()
    {
        File.WriteAllText(Path.Combine(_dir, ".reportlint.json"), "{\n  \"RL2001\": \"loud\"\n}\n");
        File.WriteAllText(Path.Combine(_dir, "r.md"), "# Notes\n\nUpdated $(date)\n");
        var output = new StringWriter();
        Program.Run(["check", _dir, "--format", "html"], output, new StringWriter());
        HtmlNode page = HtmlNode.Parse(output.ToString());
        HtmlNode config = page.Elements("article").Single(a => a.Elements("h2").Single().InnerText().EndsWith(".reportlint.json", StringComparison.Ordinal));
        Assert.Contains("Shown as source lines around the findings (not Markdown).", config.InnerText(), StringComparison.Ordinal);
        Assert.Single(config.Elements("pre"), p => p.HasClass("src"));
        HtmlNode list = config.Elements("ol").Single(o => o.HasClass("notes"));
        Assert.Equal("RL0002", ReviewPage.Data(page)[int.Parse(list["data-notes"]!.Split(' ')[0], CultureInfo.InvariantCulture) - 1].Rule);
    }

    [Fact]
    public void The_script_is_the_one_the_content_security_policy_allows()
    {
        var output = new StringWriter();
        Program.Run(["check", Repo.Path("examples"), "--format", "html"], output, new StringWriter());
        string html = output.ToString();
        string script = HtmlNode.Parse(html).Elements("script").Single(s => s["type"] is null).InnerText();
        string hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script)));
        Match policy = Regex.Match(html, "<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]+)\">");
        Assert.Equal($"default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'sha256-{hash}'; base-uri 'none'; form-action 'none'", policy.Groups[1].Value);
        Assert.True(policy.Index < html.IndexOf("<title>", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("</script><script>alert(1)</script>", "\"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\"")]
    [InlineData("<!--<script>", "\"\\u003c!--\\u003cscript\\u003e\"")]
    [InlineData("a & b \"q\" \\ \n\t\u0001", "\"a \\u0026 b \\\"q\\\" \\\\ \\n\\t\\u0001\"")]
    [InlineData("line\u2028sep \ud83d\ude80 end", "\"line\\u2028sep \ud83d\ude80 end\"")]
    public void Text_in_the_data_block_cannot_end_it(string text, string json)
    {
        var output = new StringWriter();
        JsonText.Write(output, text);
        Assert.Equal(json, output.ToString());
        Assert.Equal(text, System.Text.Json.JsonSerializer.Deserialize<string>(output.ToString()));
    }

    [Fact]
    public void A_lone_surrogate_in_the_data_block_is_an_escape()
    {
        var output = new StringWriter();
        JsonText.Write(output, new string(['a', '\ud800', 'b', '\udc00']));
        Assert.Equal("\"a\\ud800b\\udc00\"", output.ToString());
    }

    /// <summary>A report whose fix (the total's row) and message (the residue it quotes) hold the end of a script.</summary>
    internal const string ScriptEndReport = """
        # Sprint status report

        | Task | Hours |
        |---|---|
        | A | 2h |
        | B | 1h |
        | **Total** </script><script>document.documentElement.setAttribute('data-pwned','data')</script> | **4h** |

        Owner: Dana, generated $(echo </script><!--<script>)
        """;

    [Fact]
    public void A_report_cannot_end_the_data_block_or_add_a_script()
    {
        string report = Path.Combine(_dir, "script-end.md");
        File.WriteAllText(report, ScriptEndReport);
        var output = new StringWriter();
        Program.Run(["check", report, "--format", "html"], output, new StringWriter());
        string html = output.ToString();
        HtmlNode page = HtmlNode.Parse(html);
        Assert.Empty(ReviewPage.Check(page, ReviewPage.FromJson(Json(report)), p => SourceText.FromBytes(File.ReadAllBytes(p)), scriptRan: false));
        string data = page.Elements("script").Single(s => s["id"] == "rl-data").InnerText();
        Assert.DoesNotContain("<", data, StringComparison.Ordinal);
        Assert.EndsWith("]}", data, StringComparison.Ordinal);
        List<ReviewPage.PageFinding> findings = ReviewPage.Data(page);
        // The residue reaches the message as text; the row, in the fix's before and after, escaped.
        Assert.Contains(findings, f => f.Rule == "RL4003" && f.Message.Contains("'$(echo </script><!--<script>)'", StringComparison.Ordinal));
        ReviewPage.PageFinding total = findings.Single(f => f.Rule == "RL2001");
        Assert.Contains("**Total** &lt;/script&gt;&lt;script&gt;document", total.FixHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", total.FixHtml!, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_text_colour_passes_wcag_aa_on_every_background()
    {
        string css = File.ReadAllText(Repo.Path("src", "ReportLint.Cli", "Output", "Html", "review.css"));
        var colours = Regex.Matches(css, "--([a-z-]+): (#[0-9a-f]{6});").ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        string[] texts = ["fg", "muted", "link", "error", "warning", "info", "rel", "ins", "del"];
        string[] backgrounds = ["bg", "panel", "code", "error-bg", "warning-bg", "info-bg", "rel-bg", "flash-bg", "ins-bg", "del-bg"];
        var failures = (from t in texts from b in backgrounds let ratio = Contrast(colours[t], colours[b]) where ratio < 4.5 select $"--{t} on --{b}: {ratio:0.00}").ToList();
        Assert.Empty(failures);
        // Borders, focus rings and chart bars: 3:1 against the page (WCAG 1.4.11).
        Assert.All(["line", "focus", "error", "info"], n => Assert.True(Contrast(colours[n], colours["bg"]) >= 3, n));
        Assert.True(Contrast("#b26a00", colours["bg"]) >= 3);
    }

    private static double Contrast(string a, string b)
    {
        static double Luminance(string hex)
        {
            double Channel(int i)
            {
                double c = int.Parse(hex.AsSpan(1 + (2 * i), 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
                return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
            }

            return (0.2126 * Channel(0)) + (0.7152 * Channel(1)) + (0.0722 * Channel(2));
        }

        double la = Luminance(a), lb = Luminance(b);
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }
}
