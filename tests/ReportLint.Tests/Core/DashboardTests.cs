using Markdig.Syntax;
using ReportLint.Analysis;
using ReportLint.Claims;
using ReportLint.Lexicons;
using ReportLint.Rules;
using ReportLint.Text;

namespace ReportLint.Tests.Core;

/// <summary>
/// Code blocks that are status dashboards (drawn tables, progress bars, <c>KEY: value</c> blocks) are read with
/// exact source spans; code, logs, listings and Markdown examples are not.
/// </summary>
public class DashboardTests
{
    private static readonly Lexicon Lexicon = BuiltInRules.LoadLexicon();

    [Fact]
    public void Reads_a_box_drawn_table_with_its_header_and_cells()
    {
        (ReportDocument document, Dashboard? dashboard) = Read("""
            # Sprint report

            ```
            ┌──────────────┬───────┬────────┐
            │ Component    │ Tests │ Status │
            ├──────────────┼───────┼────────┤
            │ Parser       │    24 │ ✅     │
            │ Renderer     │    18 │ ✅     │
            │ TOTAL        │    42 │ ✅     │
            └──────────────┴───────┴────────┘
            ```
            """);

        DashboardTable table = Assert.Single(dashboard!.Tables);
        Assert.Equal(3, table.ColumnCount);
        Assert.Equal(
            ["Component|Tests|Status", "Parser|24|✅", "Renderer|18|✅", "TOTAL|42|✅"],
            table.Rows.Select(r => string.Join("|", r.Cells.Select(c => Text(document, c)))));
        Assert.Same(table.Rows[0], table.Header);
        Assert.Equal([true, false, false, false], table.Rows.Select(r => r.IsHeader));
        Assert.Equal([5, 7, 8, 9], table.Rows.Select(r => r.Line));
        Assert.Equal("│ TOTAL        │    42 │ ✅     │", Text(document, table.Rows[3].Span));
        Assert.Empty(dashboard.Bars);
    }

    [Fact]
    public void Reads_a_double_line_table_in_French()
    {
        (ReportDocument document, Dashboard? dashboard) = Read("""
            ```text
            ╔═══════════════╦══════════╦═════════╗
            ║ Module        ║ Heures   ║ Statut  ║
            ╠═══════════════╬══════════╬═════════╣
            ║ Authentification ║ 12 h  ║ ✅ Terminé ║
            ║ Facturation   ║ 8 h      ║ ⏳ En cours ║
            ╚═══════════════╩══════════╩═════════╝
            ```
            """);

        DashboardTable table = Assert.Single(dashboard!.Tables);
        Assert.Equal(
            ["Module|Heures|Statut", "Authentification|12 h|✅ Terminé", "Facturation|8 h|⏳ En cours"],
            table.Rows.Select(r => string.Join("|", r.Cells.Select(c => Text(document, c)))));
        Assert.True(table.Rows[0].IsHeader);
    }

    [Fact]
    public void Reads_an_ascii_table()
    {
        (ReportDocument document, Dashboard? dashboard) = Read("""
            ```
            +-----------+-------+
            | Suite     | Tests |
            +-----------+-------+
            | Unit      |   120 |
            | E2E       |    14 |
            +-----------+-------+
            ```
            """);

        DashboardTable table = Assert.Single(dashboard!.Tables);
        Assert.Equal(["Suite|Tests", "Unit|120", "E2E|14"], table.Rows.Select(r => string.Join("|", r.Cells.Select(c => Text(document, c)))));
        Assert.True(table.Rows[0].IsHeader);
    }

    [Fact]
    public void A_first_row_of_numbers_is_not_a_header()
    {
        (_, Dashboard? dashboard) = Read("""
            ```
            ┌────────┬────┐
            │ 2024   │ 12 │
            ├────────┼────┤
            │ 2025   │ 18 │
            └────────┴────┘
            ```
            """);

        Assert.Null(Assert.Single(dashboard!.Tables).Header);
    }

    [Fact]
    public void A_drawn_table_reads_as_a_table_view()
    {
        (ReportDocument document, Dashboard? dashboard) = Read("""
            ```
            ┌──────────┬────────┐
            │ Metric   │ Result │
            ├──────────┼────────┤
            │ Coverage │ 92%    │
            └──────────┴────────┘
            ```
            """);

        TableView view = TableView.Of(document, dashboard!.Tables[0]);
        Assert.Null(view.Table);
        Assert.Equal(2, view.ColumnCount);
        Assert.Equal("metric", view.Header!.Cells[0].Folded);
        RowView row = Assert.Single(view.Body);
        Assert.Equal("92%", Text(document, row[1].Span));
        Assert.Equal(5, row.Line);
        Assert.Same(view, TableView.Of(document, dashboard.Tables[0]));
    }

    [Fact]
    public void Reads_progress_bars_of_several_characters()
    {
        (ReportDocument document, Dashboard? dashboard) = Read("""
            ```
            Backend   [████████░░] 80%
            Frontend  ▓▓▓▓▓░░░░░ 50%
            API: ##########---------- 50%
            Docs      [###       ] 30%
            ```
            """);

        Assert.Equal(
            ["Backend/[████████░░]/80%", "Frontend/▓▓▓▓▓░░░░░/50%", "API/##########----------/50%", "Docs/[###       ]/30%"],
            dashboard!.Bars.Select(b => $"{Text(document, b.Label)}/{Text(document, b.Bar)}/{Text(document, b.Percent)}"));
        Assert.Equal([0.8m, 0.5m, 0.5m, 0.3m], dashboard.Bars.Select(b => b.Filled));
        Assert.Equal([80m, 50m, 50m, 30m], dashboard.Bars.Select(b => b.StatedPercent));
        Assert.Empty(dashboard.KeyValues);
    }

    [Fact]
    public void Reads_French_bars_with_a_spaced_percentage_before_or_after()
    {
        (ReportDocument document, Dashboard? dashboard) = Read("""
            ```
            Sauvegarde : 62,5 % [█████░░░]
            Supervision        [██▌░░░░░] 31 %
            ```
            """);

        Assert.Equal(
            ["Sauvegarde/62,5 %", "Supervision/31 %"],
            dashboard!.Bars.Select(b => $"{Text(document, b.Label)}/{Text(document, b.Percent)}"));
        Assert.Equal([62.5m, 31m], dashboard.Bars.Select(b => b.StatedPercent));
        Assert.Equal([5m / 8, 2.5m / 8], dashboard.Bars.Select(b => b.Filled));
    }

    [Fact]
    public void A_bar_drawn_short_of_its_percentage_is_exposed_as_read()
    {
        (_, Dashboard? dashboard) = Read("""
            ```
            Backend   [██░░░░░░░░] 80%
            Frontend  [██████████] 100%
            ```
            """);

        ProgressBar bar = dashboard!.Bars[0];
        Assert.Equal(0.2m, bar.Filled);
        Assert.Equal(80m, bar.StatedPercent);
    }

    [Fact]
    public void Reads_key_value_blocks()
    {
        (ReportDocument document, Dashboard? dashboard) = Read("""
            ```
            TOTAL_TESTS: 57
            Coverage:    92% ✅
            STATUS: PRODUCTION READY
            ```
            """);

        Assert.Equal(
            ["TOTAL_TESTS=57", "Coverage=92% ✅", "STATUS=PRODUCTION READY"],
            dashboard!.KeyValues.Select(kv => $"{Text(document, kv.Key)}={Text(document, kv.Value)}"));
        Assert.Equal("Coverage:    92% ✅", Text(document, dashboard.KeyValues[1].Span));
        Assert.Equal(3, dashboard.Lines.Count);
    }

    [Fact]
    public void Reads_French_key_value_lines_with_a_space_before_the_colon()
    {
        (ReportDocument document, Dashboard? dashboard) = Read("""
            ```
            Couverture : 92 % ✅
            Tests réussis : 57/57 ✅
            STATUT : PRÊT POUR LA PRODUCTION
            ```
            """);

        Assert.Equal(
            ["Couverture=92 % ✅", "Tests réussis=57/57 ✅", "STATUT=PRÊT POUR LA PRODUCTION"],
            dashboard!.KeyValues.Select(kv => $"{Text(document, kv.Key)}={Text(document, kv.Value)}"));
    }

    [Fact]
    public void Reads_key_values_and_bars_inside_a_box_frame()
    {
        (ReportDocument document, Dashboard? dashboard) = Read("""
            ```
            ╔══════════════════════════════════╗
            ║  PROJECT STATUS                  ║
            ║  Overall progress: 75% ✅        ║
            ║  Backend [████████░░] 80%        ║
            ╚══════════════════════════════════╝
            ```
            """);

        Assert.Empty(dashboard!.Tables);
        KeyValueLine keyValue = Assert.Single(dashboard.KeyValues);
        Assert.Equal("Overall progress", Text(document, keyValue.Key));
        Assert.Equal("75% ✅", Text(document, keyValue.Value));
        Assert.Equal("Backend", Text(document, Assert.Single(dashboard.Bars).Label));
        Assert.Equal(["PROJECT STATUS", "Overall progress: 75% ✅", "Backend [████████░░] 80%"], dashboard.Lines.Select(l => Text(document, l)));
    }

    [Fact]
    public void Reads_an_indented_code_block()
    {
        (ReportDocument document, Dashboard? dashboard) = Read("""
            Status:

                Backend   [████████░░] 80%
                Frontend  [█████░░░░░] 50%
            """);

        Assert.Equal(["Backend", "Frontend"], dashboard!.Bars.Select(b => Text(document, b.Label)));
    }

    [Theory]
    [InlineData("csharp", """
        public int Total(int[] parts)
        {
            var total = 0;
            foreach (int part in parts) total += part;
            return total; // Status: OK ✅
        }
        """)]
    [InlineData("python", """
        def coverage(report):
            total: int = 57
            print(f"Coverage: {report.percent}%")
            return total
        """)]
    [InlineData("json", """
        {
          "coverage": "92%",
          "status": "PRODUCTION READY",
          "tests": 57
        }
        """)]
    [InlineData("yaml", """
        coverage:
          threshold: 92
          status: enabled
        replicas: 3
        image: nginx:1.25
        """)]
    [InlineData("", """
        $ dotnet test
        Passed!  - Failed: 0, Passed: 57, Skipped: 0, Total: 57
        $ echo "Coverage: 92%"
        Coverage: 92%
        """)]
    [InlineData("", """
        2024-05-06 12:00:03 INFO  Server started: port 8080
        2024-05-06 12:00:04 WARN  Cache: 92% full
        2024-05-06 12:00:05 ERROR Job failed: timeout 30s
        """)]
    [InlineData("", """
        DEBUG: 2024-05-06 15:13:46 Binding: 2 arguments
        DEBUG: 2024-05-06 15:13:47 Result: 100% ✅
        """)]
    [InlineData("", """
        .
        ├── src/
        │   ├── Parser.cs
        │   └── Renderer.cs
        └── tests/
            └── ParserTests.cs
        """)]
    [InlineData("", """
        ┌──────────────┐
        │   Frontend   │
        └──────┬───────┘
               │
        ┌──────▼───────┐
        │   Backend    │
        └──────────────┘
        """)]
    [InlineData("", """
        @@ -1,3 +1,3 @@
        -Coverage: 80% ✅
        +Coverage: 92% ✅
         Status: READY
        """)]
    [InlineData("markdown", """
        | Task | Effort |
        |------|--------|
        | A    | 2h     |
        | **Total** | **3h** |
        """)]
    [InlineData("", """
        | Task | Effort |
        |------|--------|
        | A    | 2h     |
        | **Total** | **3h** |
        """)]
    [InlineData("Output", """
        Days              : 0
        Hours             : 0
        Minutes           : 3
        TotalSeconds      : 180
        """)]
    [InlineData("", """
        % go tool cover -func=coverage.out
        size.go:    Size          42.9%
        total:      (statements)  42.9%
        """)]
    [InlineData("", """
        Video: 1920x1080, 60 fps, Progressive
        Audio: AAC, 320 kbps, 48 kHz
        """)]
    public void Code_logs_listings_and_examples_are_not_dashboards(string info, string code)
    {
        // By their shape: the fence's language only makes code likelier.
        foreach (string fence in (string[])[info, "text"])
        {
            (_, Dashboard? dashboard) = Read($"Text.\n\n```{fence}\n{code}\n```\n");
            Assert.Null(dashboard);
        }
    }

    [Fact]
    public void A_dashboard_line_is_one_statement_in_code_and_a_frame_is_none()
    {
        const string text = """
            ```
            ┌──────────┬────────┐
            │ Parser   │ ✅     │
            │ Renderer │ ✅     │
            └──────────┴────────┘
            ```
            """;
        ReportDocument document = Document(text);
        Statement[] statements = Statements.Of(document).All.ToArray();

        Assert.Equal(["│ Parser   │ ✅     │", "│ Renderer │ ✅     │"], statements.Select(s => Text(document, s.Span)));
        Assert.All(statements, s => Assert.True(s.InCode));
        Assert.Equal("| Parser   | ✅     |", statements[0].Prose.ToString());
    }

    [Fact]
    public void Key_value_lines_of_a_dashboard_are_statements_whose_numbers_are_read()
    {
        ReportDocument document = Document("""
            ```
            TOTAL_TESTS: 57
            Coverage: 92% ✅
            ```
            """);

        Statement[] statements = Statements.Of(document).All.ToArray();
        Assert.Equal(["TOTAL_TESTS: 57", "Coverage: 92% ✅"], statements.Select(s => Text(document, s.Span)));
        Assert.Equal([57m, 92m], statements.Select(s => s.Quantities(document)[0].Value));
    }

    [Fact]
    public void Code_lines_stay_out_of_statements()
    {
        ReportDocument document = Document("""
            ```python
            total = 57
            coverage = "92%"
            ```
            """);

        Assert.Empty(Statements.Of(document).All);
        Assert.Empty(Dashboards.Of(document).All);
    }

    private static (ReportDocument Document, Dashboard? Dashboard) Read(string text)
    {
        ReportDocument document = Document(text);
        CodeBlock block = document.Syntax.Descendants<CodeBlock>().Single();
        Dashboard? dashboard = Dashboards.Of(document).For(block);
        Assert.Equal(dashboard is null, Dashboards.Read(document, block) is null);
        return (document, dashboard);
    }

    private static ReportDocument Document(string text) => new(SourceText.From(text + "\n"), null, Lexicon, AnalysisOptions.Default);

    private static string Text(ReportDocument document, TextSpan span) => document.GetText(span).ToString();
}
