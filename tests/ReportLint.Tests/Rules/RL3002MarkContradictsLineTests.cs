using ReportLint.Rules;
using ReportLint.Rules.Status;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

public class RL3002MarkContradictsLineTests
{
    private static void Verify(string markup, string? fixedText = null) => RuleVerifier.Verify(new RL3002MarkContradictsLine(), markup, fixedText);

    [Fact]
    public void Reports_a_check_beside_words_that_deny_it() => Verify("""
        - [|✅|] Dashboards — configured only, not deployed
        - [|✅|] Tests de charge : en attente d'un environnement
        """, """
        - ⚠️ Dashboards — configured only, not deployed
        - ⏳ Tests de charge : en attente d'un environnement
        """);

    [Fact]
    public void Reports_a_cross_beside_a_met_target_even_in_a_yaml_block() => Verify("""
        ```yaml
        Security Audit Summary:
          Critical Issues: 0 [|❌|] # OBJECTIF: 0
          High Issues: 0 ✅     # OBJECTIF: 0
          Security Score: 85/100 ✅ # OBJECTIF: >80
        ```
        """, """
        ```yaml
        Security Audit Summary:
          Critical Issues: 0 ✅ # OBJECTIF: 0
          High Issues: 0 ✅     # OBJECTIF: 0
          Security Score: 85/100 ✅ # OBJECTIF: >80
        ```
        """);

    [Fact]
    public void Reports_a_check_on_an_item_another_line_calls_not_done()
    {
        const string report = """
            ## What remains ⏳

            - ⏳ **Chaos Engineering Tests**: manifests created, experiments not executed

            ## Production readiness

            | Task | Status |
            |------|--------|
            | Chaos engineering tests | ✅ |
            """;
        var d = Assert.Single(BuiltInRules.CreateLinter().Lint(report).Diagnostics, d => d.Id == "RL3002");
        Assert.Equal((9, 29), (d.Line, d.Column));
        Assert.Equal("✅ marks 'Chaos engineering tests' as done, but line 3 says it is not: \"⏳ Chaos Engineering Tests: manifests created, experiments not executed\"", d.Message);
        Assert.Equal(3, Assert.Single(d.AdditionalLocations).LineSpan.Start.Line);
    }

    [Fact]
    public void Does_not_report_consistent_lines() => Verify("""
        - ✅ Runbooks written and reviewed
        - ⏳ Team training pending
        - ❌ Load test: 34 req/s (target: > 1000 req/s)
        - ⚠️ Dashboards partial

        ```bash
        echo "pending jobs: 0" # ✅
        ls ✅
        ```

        ```markdown
        - ✅ Example of a line marked done but pending
        ```
        """);

    [Fact]
    public void Does_not_take_a_word_in_a_name_for_a_status() => Verify("""
        - Complete dashboard suite (templates ready)
        - ⏳ Complete dashboard suite
        """);
}
