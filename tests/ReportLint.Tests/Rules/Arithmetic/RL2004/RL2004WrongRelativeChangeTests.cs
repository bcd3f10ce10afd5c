using ReportLint.Rules;
using ReportLint.Rules.Arithmetic;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

public class RL2004WrongRelativeChangeTests
{
    private static void Verify(string markup) => RuleVerifier.Verify(new RL2004WrongRelativeChange(), StatusReports.Of(markup));

    [Fact]
    public void Reports_a_change_computed_against_the_wrong_base() => Verify("""
        - **Latency P99** : <8ms (target <10ms) ✅ **[|+25%|] meilleur**
        - **Build time**: 6 min (target: 8 min) — [|33%|] faster
        """);

    [Fact]
    public void Message_shows_the_right_figure()
    {
        var d = Assert.Single(BuiltInRules.CreateLinter().Lint(StatusReports.WithFooter("- Latency: <8ms (target <10ms) ✅ +25% better\n")).Diagnostics, d => d.Id == "RL2004");
        Assert.Equal((1, 34), (d.Line, d.Column));
        Assert.Equal("'+25% better' is wrong: <8ms against the target <10ms is a 20% reduction (10 → 8)", d.Message);
    }

    [Fact]
    public void Does_not_report_a_right_change() => Verify("""
        - **Throughput** : 12.5k req/s (target >10k) ✅ **+25% meilleur**
        - **Build time**: 6 min (target: 8 min) — 25% faster
        - **Latency**: 150 ms (target 0.2 s), 25% better
        """);

    [Fact]
    public void Does_not_report_a_quoted_example() => Verify("""
        The claim "<8ms (target <10ms) ✅ +25% better" divides by the wrong base.
        """);

    [Fact]
    public void Does_not_report_percentages_without_a_target_or_a_change_word() => Verify("""
        - Coverage rose 25% faster than planned.
        - Latency: 8 ms (target < 10 ms), 25% of the budget used.
        """);

    [Fact]
    public void Reports_a_saving_a_table_row_contradicts() => Verify("""
        | Item      | Baseline | Optimized | Savings     |
        |-----------|----------|-----------|-------------|
        | Storage   | $40k     | $30k      | 25%         |
        | Compute   | $60k     | $45-50k   | [|10-35%|]  |
        | Transfer  | $50k     | $20k      | [|75%|]     |
        """);

    // Computed figures are written with the report's own decimal mark (issue 52).
    [Fact]
    public void Row_message_writes_decimals_as_the_report_does()
    {
        const string report = "Effort : 12,5 j.\n\n| Poste | Avant | Après | Économie |\n|---|---|---|---|\n| Serveurs | 800,5 € | 500 € | **30%** |\n";
        var d = Assert.Single(BuiltInRules.CreateLinter().Lint(StatusReports.WithFooter(report)).Diagnostics, d => d.Id == "RL2004");
        Assert.Equal("'30% économie' is wrong: 500 € against 800,5 € is a 37,5% reduction (800,5 → 500)", d.Message);
    }

    [Fact]
    public void Row_message_shows_both_ends_of_the_range()
    {
        const string report = "| Poste | Avant | Après | Économie |\n|---|---|---|---|\n| Serveurs | 800 € | 500-600 € | **30-45%** |\n";
        var d = Assert.Single(BuiltInRules.CreateLinter().Lint(StatusReports.WithFooter(report)).Diagnostics, d => d.Id == "RL2004");
        Assert.Equal((3, 36), (d.Line, d.Column));
        Assert.Equal("'30-45% économie' is wrong: 500-600 € against 800 € is a 25–37.5% reduction (800 → 500 is 37.5%, 800 → 600 is 25%)", d.Message);
    }

    [Fact]
    public void Reports_a_french_reduction_row() => Verify("""
        | Module | Avant | Après | Réduction |
        |--------|-------|-------|-----------|
        | Tests  | 120 s | 40 s  | [|85%|]   |
        """);

    [Fact]
    public void Does_not_report_right_rows_rounded_ranges_or_points() => Verify("""
        | Component | Before | After   | Change |
        |-----------|--------|---------|--------|
        | Logging   | $80k   | $40-50k | 40-50% |
        | Tracing   | $100k  | $50-70k | 30-50% |
        | Coverage  | 60%    | 75%     | +15%   |
        | Latency   | 200 ms | 150 ms  | -25%   |
        | Build     | 10 min | 8 min   | ~20%   |

        | Step    | Before | After | Improvement |
        |---------|--------|-------|-------------|
        | Compile | 100 s  | 50 s  | 100%        |
        """);

    [Fact]
    public void Does_not_report_tables_without_one_column_of_each_kind() => Verify("""
        | Poste | Avant | Objectif | Écart |
        |-------|-------|----------|-------|
        | Coût  | 100 € | 80 €     | 50%   |

        | Metric | Before/after change | Savings |
        |--------|---------------------|---------|
        | Cost   | 100                 | 50%     |
        """);

    [Fact]
    public void Reports_a_saving_the_two_computations_above_it_contradict_in_English_and_French() => Verify("""
        ```
        Manual:     40 reports × 30 min = 20h
        Automated:  40 reports × 15 s   = 10 min
        ─────────────────────────────────────
        Savings:    [|12 hours|]
        ```

        ```
        Avant :  10 lots × 6 min = 60 min
        Après :  10 lots × 3 min = 30 min
        Gain :   [|75%|]
        ```
        """);

    [Fact]
    public void Saving_message_shows_the_difference()
    {
        const string report = "```\nSans CLI: 22 × 90 min = 33h\nAvec CLI: 22 × 2 s = 44s\nÉconomie: 22 heures ⚡\n```\n";
        var d = Assert.Single(BuiltInRules.CreateLinter().Lint(StatusReports.WithFooter(report)).Diagnostics, d => d.Id == "RL2004");
        Assert.Equal((4, 11), (d.Line, d.Column));
        Assert.Equal("'Économie: 22 heures' is wrong: 33h − 44s is 32.99 h", d.Message);
    }

    [Fact]
    public void Does_not_report_a_right_saving_or_one_without_two_computations() => Verify("""
        ```
        Manual:     40 reports × 30 min = 20h
        Automated:  40 reports × 15 s   = 10 min
        Savings:    19.8 hours
        ```

        ```
        Avant :  10 lots × 6 min = 60 min
        Après :  10 lots × 3 min = 30 min
        Gain :   50%
        ```

        ```
        Manual: 40 reports × 30 min = 20h
        Note: unrelated line
        Savings: 5 hours
        ```

        ```
        Total: 3 × 4 = 12
        Savings: 30%
        ```
        """);
}
