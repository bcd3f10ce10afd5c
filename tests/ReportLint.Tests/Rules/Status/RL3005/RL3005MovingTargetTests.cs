using ReportLint.Rules;
using ReportLint.Rules.Status;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

public class RL3005MovingTargetTests
{
    private static void Verify(string markup) => RuleVerifier.Verify(new RL3005MovingTarget(), StatusReports.Of(markup));

    [Fact]
    public void Reports_a_target_that_moves() => Verify("""
        - ✅ Security Score: 95/100 (target: > 90)
        - ✅ Coverage: 82% (target: ≥ 80%)

        ```yaml
        Security Score: 85/100 ✅ # OBJECTIF: [|>80|]
        Coverage: 82% ✅ # OBJECTIF: ≥ 80%
        ```
        """);

    [Fact]
    public void Message_names_both_targets()
    {
        const string report = "- ✅ Error rate: 0.05% (target: < 0.1%)\n- ✅ Build\n- ✅ Taux d'erreur : 0.05% (objectif : < 1%)\n";
        var d = Assert.Single(BuiltInRules.CreateLinter().Lint(StatusReports.WithFooter(report)).Diagnostics, d => d.Id == "RL3005");
        Assert.Equal("The target of Taux d'erreur is < 1% here but < 0.1% at line 1", d.Message);
    }

    [Fact]
    public void Does_not_report_targets_of_different_periods_or_metrics() => Verify("""
        ## Sprint 1
        - ✅ Coverage: 62% (target: > 60%)
        - ✅ Latency: 180 ms (target: < 200 ms)
        ## Sprint 2
        - ✅ Coverage: 81% (target: > 80%)
        - ✅ Latency p99: 180 ms (target: < 250 ms)
        """);
}
