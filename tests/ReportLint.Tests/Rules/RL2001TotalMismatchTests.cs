using ReportLint.Rules;
using ReportLint.Rules.Arithmetic;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

public class RL2001TotalMismatchTests
{
    private static void Verify(string markup) => RuleVerifier.Verify(new RL2001TotalMismatch(), markup);

    [Fact]
    public void Reports_total_row_that_differs_from_its_rows() => Verify("""
        | Task | Effort | Status |
        |------|--------|--------|
        | Rollback | 2h | ✅ |
        | Notifications | 1h | ✅ |
        | Secrets | 4h | ✅ |
        | **Total** | **[|7.5h|]** | ✅ |
        """);

    [Fact]
    public void Reports_heading_bracketed_total_that_differs_from_its_table() => Verify("""
        ### Phase 1: Priorité Critique ([|7.5h|]) - ✅ COMPLÈTE

        | Composant | Effort |
        |-----------|--------|
        | Rollback | 2h |
        | Notifications | 1h |
        | Secrets | 4h |
        | **Total** | **[|7.5h|]** |
        """);

    [Fact]
    public void Message_shows_the_parts_and_their_sum()
    {
        var linter = BuiltInRules.CreateLinter();
        var result = linter.Lint("""
            | Task | Effort |
            |------|--------|
            | A | 2h |
            | B | 1h |
            | C | 4h |
            | **Total** | **7.5h** |
            """);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("RL2001", diagnostic.Id);
        Assert.Equal((6, 17), (diagnostic.Line, diagnostic.Column));
        Assert.Equal("Total 7.5h ≠ 2h + 1h + 4h = 7h (rows 3–5)", diagnostic.Message);
    }

    [Fact]
    public void Converts_units_before_adding() => Verify("""
        | Step | Time |
        |------|------|
        | Build | 2h |
        | Deploy | 30 min |
        | Total | 2.5h |
        """);

    [Fact]
    public void Reads_French_totals_and_grouped_numbers() => Verify("""
        | Poste | Coût |
        |-------|------|
        | Serveurs | 1 200 € |
        | Licences | 800 € |
        | **Total général** | **[|2 100 €|]** |
        """);

    [Fact]
    public void Allows_for_rounding_in_the_written_figures() => Verify("""
        | Share | % |
        |-------|---|
        | A | 33.3% |
        | B | 33.3% |
        | C | 33.3% |
        | Total | 100% |
        """);

    [Fact]
    public void Accepts_a_percentage_total_that_is_the_average() => Verify("""
        | Module | Coverage |
        |--------|----------|
        | api | 80% |
        | core | 90% |
        | Total | 85% |
        """);

    [Fact]
    public void Reports_each_numeric_column_separately() => Verify("""
        | Suite | Tests | Time |
        |-------|-------|------|
        | Unit | 644 | 3 min |
        | Integration | 252 | 9 min |
        | Total | [|944|] | 12 min |
        """);

    [Fact]
    public void Does_not_report_a_table_of_prices_without_a_total_row() => Verify("""
        | Plan | Price |
        |------|-------|
        | Basic | $10 |
        | Pro | $25 |
        """);

    [Fact]
    public void Does_not_add_columns_that_hold_text() => Verify("""
        | Item | Effort |
        |------|--------|
        | A | 2h |
        | B | about a day |
        | Total | 5h |
        """);

    [Fact]
    public void Does_not_add_version_numbers_or_dates() => Verify("""
        | Component | Version | Released |
        |-----------|---------|----------|
        | api | 1.2.3 | 2025-11-08 |
        | web | 2.0.1 | 2025-10-01 |
        | Total | 2 components | - |
        """);

    [Fact]
    public void Does_not_report_totals_in_code() => Verify("""
        ```
        | Task | Effort |
        |------|--------|
        | A | 2h |
        | B | 1h |
        | Total | 9h |
        ```
        """);

    [Fact]
    public void Reports_and_fixes_the_total_row_of_a_box_drawn_table() => RuleVerifier.Verify(new RL2001TotalMismatch(), """
        # Sprint report

        ```
        ┌──────────────┬───────┬────────┐
        │ Component    │ Tests │ Status │
        ├──────────────┼───────┼────────┤
        │ Parser       │    24 │ ✅     │
        │ Renderer     │    18 │ ✅     │
        │ Exporter     │    12 │ ✅     │
        ├──────────────┼───────┼────────┤
        │ TOTAL        │    [|57|] │ ✅     │
        └──────────────┴───────┴────────┘
        ```
        """, """
        # Sprint report

        ```
        ┌──────────────┬───────┬────────┐
        │ Component    │ Tests │ Status │
        ├──────────────┼───────┼────────┤
        │ Parser       │    24 │ ✅     │
        │ Renderer     │    18 │ ✅     │
        │ Exporter     │    12 │ ✅     │
        ├──────────────┼───────┼────────┤
        │ TOTAL        │    54 │ ✅     │
        └──────────────┴───────┴────────┘
        ```
        """);

    [Fact]
    public void Message_of_a_box_drawn_total_shows_its_rows()
    {
        var result = BuiltInRules.CreateLinter().Lint("""
            # Sprint report

            ```
            ┌──────────────┬───────┬────────┐
            │ Component    │ Tests │ Status │
            ├──────────────┼───────┼────────┤
            │ Parser       │    24 │ ✅     │
            │ Renderer     │    18 │ ✅     │
            │ Exporter     │    12 │ ✅     │
            │ TOTAL        │    57 │ ✅     │
            └──────────────┴───────┴────────┘
            ```
            """);
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "RL2001");
        Assert.Equal((10, 21), (diagnostic.Line, diagnostic.Column));
        Assert.Equal("Total 57 ≠ 24 + 18 + 12 = 54 (rows 7–9)", diagnostic.Message);
    }

    [Fact]
    public void Reports_a_French_total_of_a_double_line_or_ascii_table() => Verify("""
        ```text
        ╔══════════════════╦═════════╗
        ║ Poste            ║ Heures  ║
        ╠══════════════════╬═════════╣
        ║ Authentification ║ 12 h    ║
        ║ Facturation      ║ 8 h     ║
        ║ Total général    ║ [|22 h|]    ║
        ╚══════════════════╩═════════╝
        ```

        ```
        +-----------+-------+
        | Suite     | Tests |
        +-----------+-------+
        | Unit      |   120 |
        | E2E       |    14 |
        | Total     |   [|124|] |
        +-----------+-------+
        ```
        """);

    [Fact]
    public void Does_not_report_a_box_drawn_total_that_adds_up() => Verify("""
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

    [Fact]
    public void Does_not_compare_a_heading_with_a_table_of_other_units() => Verify("""
        ## Sprint 3 (2 weeks)

        | Story | Points |
        |-------|--------|
        | A | 3 |
        | B | 5 |
        """);

    [Fact]
    public void Subtotal_rows_are_not_parts_of_the_total() => Verify("""
        | Item | Cost |
        |------|------|
        | A | 10 |
        | B | 20 |
        | Subtotal | 30 |
        | C | 5 |
        | Total | 35 |
        """);

    [Fact]
    public void Fix_replaces_a_table_total_keeping_unit_markup_and_grouping() => RuleVerifier.Verify(new RL2001TotalMismatch(), """
        | Poste | Coût |
        |-------|------|
        | Serveurs | 1 200 € |
        | Licences | 800 € |
        | Formation | 450 € |
        | **Total général** | **[|2 350 €|]** |

        | Step | Time |
        |------|------|
        | Build | 2h |
        | Deploy | 30 min |
        | **Total** | **[|3,5 h|]** |
        """, """
        | Poste | Coût |
        |-------|------|
        | Serveurs | 1 200 € |
        | Licences | 800 € |
        | Formation | 450 € |
        | **Total général** | **2 450 €** |

        | Step | Time |
        |------|------|
        | Build | 2h |
        | Deploy | 30 min |
        | **Total** | **2,5 h** |
        """);

    [Fact]
    public void Does_not_fix_a_heading_total()
    {
        ReportLinter linter = BuiltInRules.CreateLinter();
        var result = linter.Lint("### Phase 1 (7.5h)\n\n| Task | Effort |\n|---|---|\n| A | 2h |\n| B | 1h |\n");
        Assert.Single(result.Diagnostics, d => d.Id == "RL2001");
        Assert.Empty(linter.GetFixes(result));
    }

    [Fact]
    public void Reports_a_count_total_no_combination_of_the_stated_counts_gives() => Verify("""
        - ✅ **644 Unit Tests**: all passing
        - ✅ **40 E2E Tests**: all passing
        - ✅ **10 OWASP Security Tests**: clean

        ### Integration Tests: 252 tests ✅

        | Metric | Value |
        |--------|-------|
        | **Tests** | [|944|] |
        """);

    [Fact]
    public void Does_not_report_a_count_total_some_parts_add_up_to() => Verify("""
        - ✅ **644 Unit Tests**: all passing
        - ✅ **40 E2E Tests**: all passing
        - ✅ **252 integration tests**: all passing

        | Metric | Value |
        |--------|-------|
        | **Tests** | 936 |
        """);
}
