using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ReportLint.Diagnostics;
using ReportLint.Text;

namespace ReportLint.Cli.Output.Html;

/// <summary>
/// The reviewer's page (<c>--format html</c>): one self-contained HTML file, with its style and script inline and a
/// content security policy that lets nothing else load or run. A summary comes first (files, findings by category and
/// severity with a chart, the rules that fired, every file worst first), then each report with findings, rendered as a
/// reader sees it (<see cref="ReportView"/>), every finding highlighted at its span beside a note with the message, the
/// rule's page, links to its related places and its fix before and after.
/// </summary>
internal sealed class HtmlReporter : IReporter
{
    private static readonly string Style = Resource("review.css");
    private static readonly string Script = Resource("review.js");
    private static readonly Severity[] Severities = [Severity.Error, Severity.Warning, Severity.Info];

    /// <summary>In a report with more findings, each fix shows its title and opens on a click.</summary>
    public const int OpenFixesUpTo = 100;

    public void Write(RunReport report, TextWriter output)
    {
        List<Page> pages = Pages(report, out List<FileOutcome> clean);
        int total = pages.Sum(p => p.Findings.Count);
        int files = report.Outcomes.Count(o => o.Linted && !o.File.IsConfiguration);
        string title = total == 0
            ? $"ReportLint review: no findings in {Plural(files, "file")}"
            : $"ReportLint review: {Plural(total, "finding")} in {Plural(pages.Count(p => !p.File.File.IsConfiguration), "file")}";
        WriteHead(output, title);
        output.Write("<body>\n<a class=\"skip\" href=\"#reports\">Skip to the reports</a>\n");
        output.Write("<header class=\"top\" id=\"top\"><h1>ReportLint review</h1><p>");
        HtmlText.Write(output, Summary.Line(report));
        output.Write("</p></header>\n");
        if (total > 0)
        {
            output.Write("<noscript><p class=\"noscript\">The notes beside the text are built by the page's own script, which this viewer does not run: the findings are highlighted, their notes are not shown.</p></noscript>\n");
        }

        WriteToolbar(output, pages);
        output.Write("<main id=\"main\">\n");
        WriteSummary(output, report, pages, clean, files);
        output.Write("<div id=\"reports\">\n");
        foreach (Page page in pages)
        {
            WriteReport(output, page);
        }

        output.Write("</div>\n</main>\n<footer><p class=\"keys-help\">Keys: <kbd>j</kbd> or <kbd>n</kbd> next finding, <kbd>k</kbd> or <kbd>p</kbd> previous. " +
            "Click a highlight to find its note; a note's links lead to the text and to its related places.</p><p>");
        HtmlText.Write(output, $"Made by ReportLint {Program.Version}. This page loads nothing from the network; a report's links open only when followed.");
        output.Write("</p></footer>\n");
        WriteData(output, pages);
        output.Write("<script>");
        output.Write(Script);
        output.Write("</script>\n</body>\n</html>\n");
    }

    /// <summary>One file on the page: its findings in page order, and its number (<c>r3</c>).</summary>
    private sealed record Page(FileOutcome File, SourceText Source, List<Finding> Findings, int Number)
    {
        public string Id => "r" + Number.ToString(CultureInfo.InvariantCulture);

        public int Count(Severity severity) => Findings.Count(f => f.Diagnostic.Severity == severity);
    }

    // The files with findings, worst first (errors, then warnings, then infos, then path), each finding numbered in
    // page order; the files with none are listed apart.
    private static List<Page> Pages(RunReport report, out List<FileOutcome> clean)
    {
        var byFile = report.Shown().GroupBy(s => s.File).ToDictionary(g => g.Key, g => g.Select(s => s.Diagnostic).ToList());
        clean = [.. report.Outcomes.Where(o => o.Linted && !o.File.IsConfiguration && !byFile.ContainsKey(o))];
        var ordered = byFile
            .Select(p => (File: p.Key, Diagnostics: p.Value,
                Errors: p.Value.Count(d => d.Severity == Severity.Error),
                Warnings: p.Value.Count(d => d.Severity == Severity.Warning),
                Infos: p.Value.Count(d => d.Severity == Severity.Info)))
            .OrderByDescending(p => p.Errors).ThenByDescending(p => p.Warnings).ThenByDescending(p => p.Infos)
            .ThenBy(p => p.File.File.DisplayPath, StringComparer.Ordinal)
            .ToList();
        var pages = new List<Page>();
        int number = 0;
        foreach ((FileOutcome file, List<Diagnostic> diagnostics, _, _, _) in ordered)
        {
            SourceText source = file.Result!.Source;
            var findings = diagnostics.OrderBy(d => d.Span.Start).ThenBy(d => d.Span.End)
                .Select(d => new Finding(++number, d, source.Length)).ToList();
            pages.Add(new Page(file, source, findings, pages.Count + 1));
        }

        return pages;
    }

    private static void WriteHead(TextWriter output, string title)
    {
        string scriptHash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Script)));
        output.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        // Nothing loads from anywhere and no script runs but the page's own, whatever a report holds.
        output.Write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; style-src 'unsafe-inline'; " +
            $"script-src 'sha256-{scriptHash}'; base-uri 'none'; form-action 'none'\">\n");
        output.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        output.Write($"<meta name=\"generator\" content=\"reportlint {HtmlText.Attribute(Program.Version)}\">\n");
        output.Write("<meta name=\"referrer\" content=\"no-referrer\">\n<link rel=\"icon\" href=\"data:,\">\n<title>");
        HtmlText.Write(output, title);
        output.Write("</title>\n<style>\n");
        output.Write(Style);
        output.Write("</style>\n</head>\n");
    }

    private static void WriteToolbar(TextWriter output, List<Page> pages)
    {
        var all = pages.SelectMany(p => p.Findings).ToList();
        output.Write("<nav class=\"toolbar\" id=\"toolbar\" aria-label=\"Findings\" hidden>\n<form id=\"filters\">");
        output.Write("<fieldset><legend>Show</legend>");
        foreach (Severity severity in Severities)
        {
            int count = all.Count(f => f.Diagnostic.Severity == severity);
            output.Write(string.Create(CultureInfo.InvariantCulture,
                $"<label><input type=\"checkbox\" name=\"sev\" value=\"{severity.ToWord()}\" checked> {SeverityName(severity, count)} ({count})</label>"));
        }

        output.Write("</fieldset><fieldset><legend>Categories</legend>");
        foreach (RuleCategory category in Enum.GetValues<RuleCategory>())
        {
            int count = all.Count(f => f.Diagnostic.Descriptor.Category == category);
            if (count > 0)
            {
                output.Write(string.Create(CultureInfo.InvariantCulture,
                    $"<label><input type=\"checkbox\" name=\"cat\" value=\"{category.ToString().ToLowerInvariant()}\" checked> {category} ({count})</label>"));
            }
        }

        output.Write("</fieldset></form>\n<div class=\"keys\"><button type=\"button\" id=\"prev\" aria-keyshortcuts=\"k\">Previous <kbd aria-hidden=\"true\">k</kbd></button>" +
            "<button type=\"button\" id=\"next\" aria-keyshortcuts=\"j\">Next finding <kbd aria-hidden=\"true\">j</kbd></button>" +
            "<span id=\"pos\" role=\"status\" aria-live=\"polite\"></span></div>\n</nav>\n");
    }

    private static void WriteSummary(TextWriter output, RunReport report, List<Page> pages, List<FileOutcome> clean, int files)
    {
        var all = pages.SelectMany(p => p.Findings).ToList();
        output.Write("<section class=\"summary\" aria-labelledby=\"summary-h\">\n<h2 id=\"summary-h\">Summary</h2>\n<ul class=\"cards\">");
        output.Write(string.Create(CultureInfo.InvariantCulture, $"<li><b>{files}</b> {(files == 1 ? "file" : "files")} checked</li>"));
        int withFindings = pages.Count(p => !p.File.File.IsConfiguration);
        output.Write(string.Create(CultureInfo.InvariantCulture, $"<li><b>{withFindings}</b> with findings</li>"));
        foreach (Severity severity in Severities)
        {
            int count = all.Count(f => f.Diagnostic.Severity == severity);
            output.Write(string.Create(CultureInfo.InvariantCulture,
                $"<li class=\"sev-{severity.ToWord()}\"><b>{count}</b> {SeverityName(severity, count).ToLowerInvariant()}</li>"));
        }

        if (report.Errors.Count > 0)
        {
            output.Write(string.Create(CultureInfo.InvariantCulture, $"<li><b>{report.Errors.Count}</b> not read</li>"));
        }

        output.Write("</ul>\n");
        if (all.Count > 0)
        {
            output.Write("<div class=\"overview\">\n");
            WriteChart(output, all);
            WriteCountTable(output, all);
            WriteRuleTable(output, all);
            output.Write("</div>\n");
        }

        WriteIndex(output, pages, clean);
        if (report.Errors.Count > 0)
        {
            output.Write("<h3>Not read</h3>\n<ul class=\"notread\">");
            foreach (string error in report.Errors)
            {
                output.Write("<li>");
                HtmlText.Write(output, error);
                output.Write("</li>");
            }

            output.Write("</ul>\n");
        }

        output.Write("</section>\n");
    }

    // Findings by category, one bar each, in parts by severity: drawn as inline SVG, and told in the table beside it.
    private static void WriteChart(TextWriter output, List<Finding> all)
    {
        RuleCategory[] categories = [.. Enum.GetValues<RuleCategory>().Where(c => all.Any(f => f.Diagnostic.Descriptor.Category == c))];
        int max = categories.Max(c => all.Count(f => f.Diagnostic.Descriptor.Category == c));
        const int Label = 80, Width = 170, Bar = 18, Step = 26;
        int height = categories.Length * Step + 4;
        output.Write(string.Create(CultureInfo.InvariantCulture,
            $"<figure class=\"chart\"><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Label + Width + 50}\" height=\"{height}\" viewBox=\"0 0 {Label + Width + 50} {height}\" role=\"img\" aria-labelledby=\"chart-t\"><title id=\"chart-t\">"));
        HtmlText.Write(output, "Findings by category: " + string.Join(", ", categories.Select(c =>
            $"{c} {all.Count(f => f.Diagnostic.Descriptor.Category == c)}")));
        output.Write("</title>");
        for (int i = 0; i < categories.Length; i++)
        {
            RuleCategory category = categories[i];
            int y = i * Step + 2;
            output.Write(string.Create(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 13}\">{category}</text>"));
            double x = Label;
            int sum = 0;
            foreach (Severity severity in Severities)
            {
                int count = all.Count(f => f.Diagnostic.Descriptor.Category == category && f.Diagnostic.Severity == severity);
                if (count == 0)
                {
                    continue;
                }

                double w = Math.Max(2.0, (double)Width * count / max);
                output.Write(string.Create(CultureInfo.InvariantCulture,
                    $"<rect class=\"b-{severity.ToWord()}\" x=\"{x:0.#}\" y=\"{y}\" width=\"{w:0.#}\" height=\"{Bar}\"></rect>"));
                x += w;
                sum += count;
            }

            output.Write(string.Create(CultureInfo.InvariantCulture, $"<text x=\"{x + 6:0.#}\" y=\"{y + 13}\">{sum}</text>"));
        }

        output.Write("</svg><figcaption>Findings by category<span class=\"legend\"><span class=\"l-error\">error</span><span class=\"l-warning\">warning</span><span class=\"l-info\">info</span></span></figcaption></figure>\n");
    }

    private static void WriteCountTable(TextWriter output, List<Finding> all)
    {
        output.Write("<table class=\"data counts\"><caption>Findings by category and severity</caption><thead><tr><th scope=\"col\">Category</th>");
        foreach (Severity severity in Severities)
        {
            output.Write($"<th scope=\"col\" class=\"n\">{SeverityName(severity, 2)}</th>");
        }

        output.Write("<th scope=\"col\" class=\"n\">Total</th></tr></thead><tbody>");
        foreach (RuleCategory category in Enum.GetValues<RuleCategory>())
        {
            var inCategory = all.Where(f => f.Diagnostic.Descriptor.Category == category).ToList();
            if (inCategory.Count == 0)
            {
                continue;
            }

            output.Write($"<tr><th scope=\"row\">{category}</th>");
            foreach (Severity severity in Severities)
            {
                output.Write(string.Create(CultureInfo.InvariantCulture, $"<td class=\"n\">{inCategory.Count(f => f.Diagnostic.Severity == severity)}</td>"));
            }

            output.Write(string.Create(CultureInfo.InvariantCulture, $"<td class=\"n\">{inCategory.Count}</td></tr>"));
        }

        output.Write("</tbody><tfoot><tr><th scope=\"row\">Total</th>");
        foreach (Severity severity in Severities)
        {
            output.Write(string.Create(CultureInfo.InvariantCulture, $"<td class=\"n\">{all.Count(f => f.Diagnostic.Severity == severity)}</td>"));
        }

        output.Write(string.Create(CultureInfo.InvariantCulture, $"<td class=\"n\">{all.Count}</td></tr></tfoot></table>\n"));
    }

    private static void WriteRuleTable(TextWriter output, List<Finding> all)
    {
        output.Write("<table class=\"data rules\"><caption>Rules that fired</caption><thead><tr><th scope=\"col\">Rule</th><th scope=\"col\">Title</th><th scope=\"col\" class=\"n\">Findings</th></tr></thead><tbody>");
        foreach (var group in all.GroupBy(f => f.Diagnostic.Descriptor).OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Id, StringComparer.Ordinal))
        {
            output.Write("<tr><td><a href=\"");
            HtmlText.WriteAttribute(output, group.Key.HelpLink);
            output.Write("\">");
            HtmlText.Write(output, group.Key.Id);
            output.Write("</a></td><td>");
            HtmlText.Write(output, group.Key.Title);
            output.Write(string.Create(CultureInfo.InvariantCulture, $"</td><td class=\"n\">{group.Count()}</td></tr>"));
        }

        output.Write("</tbody></table>\n");
    }

    private static void WriteIndex(TextWriter output, List<Page> pages, List<FileOutcome> clean)
    {
        output.Write("<h3 id=\"index-h\">Files, worst first</h3>\n<div class=\"scroll\"><table class=\"data index\" aria-labelledby=\"index-h\"><thead><tr>" +
            "<th scope=\"col\" class=\"n\">#</th><th scope=\"col\">File</th>");
        foreach (Severity severity in Severities)
        {
            output.Write($"<th scope=\"col\" class=\"n\">{SeverityName(severity, 2)}</th>");
        }

        output.Write("<th scope=\"col\">Rules</th></tr></thead><tbody>\n");
        foreach (Page page in pages)
        {
            output.Write(string.Create(CultureInfo.InvariantCulture, $"<tr><td class=\"n\">{page.Number}</td><td class=\"path\"><a href=\"#{page.Id}\">"));
            HtmlText.Write(output, page.File.File.DisplayPath);
            output.Write("</a></td>");
            foreach (Severity severity in Severities)
            {
                output.Write(string.Create(CultureInfo.InvariantCulture, $"<td class=\"n\">{page.Count(severity)}</td>"));
            }

            output.Write("<td>");
            HtmlText.Write(output, string.Join(" ", page.Findings.GroupBy(f => f.Diagnostic.Id).OrderByDescending(g => g.Count())
                .ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Count() == 1 ? g.Key : $"{g.Key}×{g.Count()}")));
            output.Write("</td></tr>\n");
        }

        foreach (FileOutcome file in clean.OrderBy(f => f.File.DisplayPath, StringComparer.Ordinal))
        {
            output.Write("<tr><td class=\"n\"></td><td class=\"path\">");
            HtmlText.Write(output, file.File.DisplayPath);
            output.Write("</td><td class=\"n\">0</td><td class=\"n\">0</td><td class=\"n\">0</td><td>no findings</td></tr>\n");
        }

        output.Write("</tbody></table></div>\n");
    }

    private static void WriteReport(TextWriter output, Page page)
    {
        output.Write($"<article class=\"report\" id=\"{page.Id}\" aria-labelledby=\"{page.Id}-h\">\n<h2 id=\"{page.Id}-h\">");
        HtmlText.Write(output, page.File.File.DisplayPath);
        output.Write("</h2>\n");
        var body = new StringWriter(CultureInfo.InvariantCulture);
        var view = new ReportView(page.Source, page.Findings, (o, findings) => WriteNotes(o, findings));
        bool markdown = !page.File.File.IsConfiguration;
        try
        {
            view.Write(body, markdown);
        }
        catch (Exception ex) when (markdown && ex is not OutOfMemoryException)
        {
            // A report the renderer fails on is still shown, as its source around the findings.
            body = new StringWriter(CultureInfo.InvariantCulture);
            view = new ReportView(page.Source, page.Findings, (o, findings) => WriteNotes(o, findings));
            view.Write(body, markdown: false);
        }

        var parts = Severities.Select(s => (Severity: s, Count: page.Count(s))).Where(p => p.Count > 0)
            .Select(p => $"{p.Count} {SeverityName(p.Severity, p.Count).ToLowerInvariant()}");
        output.Write("<p class=\"meta\">");
        HtmlText.Write(output, $"{Plural(page.Findings.Count, "finding")}: {string.Join(", ", parts)}.");
        if (view.SourceReason is { } reason)
        {
            HtmlText.Write(output, $" Shown as source lines around the findings ({reason}).");
        }

        output.Write(" <a href=\"#top\">Back to the summary</a></p>\n<div class=\"doc\">\n");
        output.Write(body.ToString());
        output.Write("</div>\n</article>\n");
    }

    // A row's notes are built by the page's script when the row nears the screen (or the page is printed), from the
    // page's data: a page of thousands of findings opens with its text and highlights alone. Static, a row holds only
    // the place of its notes and the range of findings they are.
    private static void WriteNotes(TextWriter output, IReadOnlyList<Finding> findings) =>
        output.Write(string.Create(CultureInfo.InvariantCulture,
            $"<ol class=\"notes\" data-notes=\"{findings[0].Number} {findings.Count}\" aria-label=\"Findings\"></ol>"));

    /// <summary>
    /// The data the page's script builds the notes from, as one JSON block (never run: its type is data, and every
    /// <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> in it is a JSON escape, so no text of a report can end it):
    /// <c>rules</c>, each <c>[id, alias, title, link, category]</c>, and <c>f</c>, finding 1 first, each
    /// <c>[rule, severity, line, column, end line, end column, message, related, fix]</c>, a related place
    /// <c>[line, column, excerpt, label]</c>, a fix <c>[open, title, before and after as HTML]</c> (0 when none).
    /// </summary>
    private static void WriteData(TextWriter output, List<Page> pages)
    {
        var rules = new Dictionary<RuleDescriptor, int>();
        var ruleList = new List<RuleDescriptor>();
        foreach (Finding finding in pages.SelectMany(p => p.Findings))
        {
            if (!rules.ContainsKey(finding.Diagnostic.Descriptor))
            {
                rules.Add(finding.Diagnostic.Descriptor, ruleList.Count);
                ruleList.Add(finding.Diagnostic.Descriptor);
            }
        }

        output.Write("<script type=\"application/json\" id=\"rl-data\">{\"rules\":[");
        for (int i = 0; i < ruleList.Count; i++)
        {
            RuleDescriptor rule = ruleList[i];
            output.Write(i == 0 ? "[" : ",[");
            JsonText.Write(output, rule.Id);
            output.Write(',');
            JsonText.Write(output, rule.Alias);
            output.Write(',');
            JsonText.Write(output, rule.Title);
            output.Write(',');
            JsonText.Write(output, rule.HelpLink);
            output.Write(',');
            JsonText.Write(output, rule.Category.ToString().ToLowerInvariant());
            output.Write(']');
        }

        output.Write("],\n\"f\":[");
        bool first = true;
        foreach (Page page in pages)
        {
            foreach (Finding finding in page.Findings)
            {
                output.Write(first ? "\n" : ",\n");
                first = false;
                WriteFinding(output, page, finding, rules[finding.Diagnostic.Descriptor]);
            }
        }

        output.Write("]}</script>\n");
    }

    private static void WriteFinding(TextWriter output, Page page, Finding finding, int rule)
    {
        Diagnostic d = finding.Diagnostic;
        LinePositionSpan at = d.LineSpan;
        int severity = Array.IndexOf(Severities, d.Severity);
        output.Write(string.Create(CultureInfo.InvariantCulture,
            $"[{rule},{severity},{at.Start.Line},{at.Start.Column},{at.End.Line},{at.End.Column},"));
        JsonText.Write(output, d.Message);
        output.Write(',');
        if (finding.Related.Length == 0)
        {
            output.Write('0');
        }
        else
        {
            output.Write('[');
            for (int i = 0; i < finding.Related.Length; i++)
            {
                Highlight related = finding.Related[i];
                LinePosition place = page.Source.GetLinePosition(related.Start);
                output.Write(string.Create(CultureInfo.InvariantCulture, $"{(i == 0 ? "" : ",")}[{place.Line},{place.Column},"));
                JsonText.Write(output, Excerpt(page.Source.Text.AsSpan(related.Start, related.End - related.Start)));
                output.Write(',');
                JsonText.Write(output, d.AdditionalLocations[related.Related].Label ?? "");
                output.Write(']');
            }

            output.Write(']');
        }

        output.Write(',');
        var fix = new StringWriter(CultureInfo.InvariantCulture);
        bool open = page.Findings.Count <= OpenFixesUpTo;
        if (WriteFix(fix, page, d, out string title))
        {
            output.Write(open ? "[1," : "[0,");
            JsonText.Write(output, title);
            output.Write(',');
            JsonText.Write(output, fix.ToString());
            output.Write(']');
        }
        else
        {
            output.Write('0');
        }

        output.Write(']');
    }

    // A related place quoted in its note: on one line, at most 60 characters.
    private static string Excerpt(ReadOnlySpan<char> text)
    {
        const int Max = 60;
        string flat = text.ToString().ReplaceLineEndings(" ").Trim();
        return flat.Length <= Max ? flat : string.Concat(flat.AsSpan(0, Max), "…");
    }

    // A fix's before and after, as HTML, and its title ("Safe fix: …"); false when the finding has none to show.
    private static bool WriteFix(TextWriter output, Page page, Diagnostic d, out string title)
    {
        title = "";
        if (!d.HasFix)
        {
            return false;
        }

        CodeFix? fix;
        try
        {
            fix = RunReport.FixFor(d);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A fix that cannot be built is not shown; the finding still is.
            return false;
        }

        if (fix is null || fix.Edits.Length == 0 || fix.Edits.Any(e => e.Span.End > page.Source.Length))
        {
            return false;
        }

        bool uncertain = fix.Title.Contains("uncertain", StringComparison.Ordinal) || fix.Title.Contains("U+FFFD", StringComparison.Ordinal);
        title = (uncertain ? "Fix, uncertain: " : "Safe fix: ") + fix.Title;
        FixPreview.Write(output, page.Source, fix);
        return true;
    }

    private static string SeverityName(Severity severity, int count) => (severity, count == 1) switch
    {
        (Severity.Error, true) => "Error",
        (Severity.Error, false) => "Errors",
        (Severity.Warning, true) => "Warning",
        (Severity.Warning, false) => "Warnings",
        (_, true) => "Info",
        _ => "Infos",
    };

    private static string Plural(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count:#,0} {noun}{(count == 1 ? "" : "s")}");

    private static string Resource(string name)
    {
        using Stream stream = typeof(HtmlReporter).Assembly.GetManifestResourceStream("ReportLint.Html." + name)
            ?? throw new InvalidOperationException($"The page's {name} is missing from this build.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }
}
