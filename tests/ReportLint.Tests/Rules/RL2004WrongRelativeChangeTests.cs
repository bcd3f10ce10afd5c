using ReportLint.Rules;
using ReportLint.Rules.Arithmetic;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

public class RL2004WrongRelativeChangeTests
{
    private static void Verify(string markup) => RuleVerifier.Verify(new RL2004WrongRelativeChange(), markup);

    [Fact]
    public void Reports_a_change_computed_against_the_wrong_base() => Verify("""
        - **Latency P99** : <8ms (target <10ms) ✅ **[|+25%|] meilleur**
        - **Build time**: 6 min (target: 8 min) — [|33%|] faster
        """);

    [Fact]
    public void Message_shows_the_right_figure()
    {
        var d = Assert.Single(BuiltInRules.CreateLinter().Lint("- Latency: <8ms (target <10ms) ✅ +25% better\n").Diagnostics, d => d.Id == "RL2004");
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
}
