using ReportLint.Rules;
using ReportLint.Rules.Arithmetic;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

public class RL2002RatioContradictsCountsTests
{
    private static void Verify(string markup) => RuleVerifier.Verify(new RL2002RatioContradictsCounts(), StatusReports.Of(markup));

    [Fact]
    public void Reports_an_all_passed_ratio_against_counts_with_failures() => Verify("""
        ```text
        ✅ validate_security_final.ps1 - Tests: [|7/7|], Critiques: 0/0
        ✅ blue-green-deploy.ps1 - ready
        ```

        ```yaml
        Security Audit Summary:
          Total Tests: 7
          Passed: 4 ✅
          Failed: 3 ❌
        ```
        """);

    [Fact]
    public void Message_shows_the_counts()
    {
        const string report = "- Security tests: 12/12 pass\n\n- Total: 12\n- Passed: 10\n- Failed: 2\n";
        var d = Assert.Single(BuiltInRules.CreateLinter().Lint(StatusReports.WithFooter(report)).Diagnostics, d => d.Id == "RL2002");
        Assert.Equal("12/12 says all 12 passed, but lines 3–5 count 12: 10 passed, 2 failed", d.Message);
    }

    [Fact]
    public void Does_not_report_counts_that_agree_or_other_totals() => Verify("""
        - Tests: 7/7
        - Total: 7
        - Passed: 7
        - Failed: 0
        - Integration: 12/12
        """);

    [Fact]
    public void Reports_a_percentage_its_own_fraction_does_not_give_in_English_and_French() => Verify("""
        - 🔄 Backend APIs: 4/4 ([|0%|])
        - **Routes de l'application** : [|85%|] ✅ (13/15 routes accessibles)
        """);

    [Fact]
    public void Message_shows_what_the_fraction_gives()
    {
        var d = Assert.Single(BuiltInRules.CreateLinter().Lint(StatusReports.WithFooter("- Routes : 85% ✅ (13/15 routes accessibles)\n")).Diagnostics, d => d.Id == "RL2002");
        Assert.Equal((1, 12), (d.Line, d.Column));
        Assert.Equal("85% beside 13/15, but 13/15 is 86.7%", d.Message);
    }

    [Fact]
    public void Does_not_report_a_percentage_that_rounds_or_cuts_its_fraction() => Verify("""
        - Routes : 13/15 (86%)
        - Routes : 13/15 (87%)
        - En-têtes : 2/3 (66.7 %)
        - Support 24/7 (99%)
        - Coverage: 4/4 modules, 80% of lines
        """);

    [Fact]
    public void Reports_a_share_its_bracketed_fraction_does_not_give_in_English_and_French() => Verify("""
        - **Backend Services**: ⚠️ [|55%|] Complete (7 of 17 services)
        - **Tests**: ⚠️ [|5%|] Complete (0 of 22 test files)
        Status: [|37.5%|] overall progress (4/8 gates unlocked)
        - **Migration** : [|80 %|] terminée (6 sur 10 tables)
        - Avancement : [|70 %|] d'avancement (**5/8** jalons)
        """);

    [Fact]
    public void Share_message_shows_the_fraction_as_written()
    {
        var d = Assert.Single(BuiltInRules.CreateLinter().Lint(StatusReports.WithFooter("- **Backend Services**: ⚠️ 55% Complete (7 of 17 services)\n")).Diagnostics, d => d.Id == "RL2002");
        Assert.Equal((1, 28), (d.Line, d.Column));
        Assert.Equal("55% beside 7 of 17, but 7 of 17 is 41.2%", d.Message);
    }

    [Fact]
    public void Does_not_report_a_share_that_agrees_or_words_that_may_measure_something_else() => Verify("""
        - Backend Services: 41% complete (7 of 17 services)
        - Gates: 50% overall progress (4/8 gates unlocked)
        - Migration : 60 % terminée (6 sur 10 tables)
        - Latency: 50% faster (2/4 benchmarks)
        - Temps de build : 30 % plus rapide (1 sur 2 pipelines)
        - Backend Services: 55% complete, 7 of 17 services have tests
        - Backend Services: 55% complete (see 7 of 17 in the appendix)
        - Target: 55% complete (7 of 17 services)
        - Support: 99% done (24/7 rota)
        """);

    [Fact]
    public void Reports_a_passed_share_that_the_runs_total_contradicts_in_English_and_French() => Verify("""
        - Total: 64
        - Passed: 58 ([|100%|])
        - Failed: 6

        - Réussis : 9 ([|100 %|])
        - Échoués : 3
        """);

    [Fact]
    public void Passed_share_message_shows_the_share()
    {
        var d = Assert.Single(BuiltInRules.CreateLinter().Lint(StatusReports.WithFooter("- Total: 64\n- Passed: 58 (100%)\n")).Diagnostics, d => d.Id == "RL2002");
        Assert.Equal("100% beside 58 passed, but 58 of 64 is 90.6%", d.Message);
    }

    [Fact]
    public void Does_not_report_a_passed_share_that_agrees_or_has_no_total() => Verify("""
        - Total: 64
        - Passed: 58 (90.6%)

        - Passed: 12 (100%)
        """);
}
