using ReportLint.Rules;
using ReportLint.Rules.Status;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

public class RL3004MetricValueConflictTests
{
    private static void Verify(string markup) => RuleVerifier.Verify(new RL3004MetricValueConflict(), markup);

    [Fact]
    public void Reports_one_metric_given_two_values_in_any_language() => Verify("""
        ## Security

        - ✅ Security Score: 95/100 (target: > 90)
        - ✅ Security Headers: 100% compliance
        - ✅ Tests: 12/12

        ## Validation

        - ✅ validate_security.ps1 - Score sécurité : [|85/100|]
        - [|⚠️ Security Headers - Missing headers (medium)|]
        """);

    [Fact]
    public void Message_names_both_places()
    {
        const string report = "- ✅ Security Score: 95/100\n- ✅ Uptime: 99.9%\n- ✅ Security score: 85/100\n";
        var d = Assert.Single(BuiltInRules.CreateLinter().Lint(report).Diagnostics, d => d.Id == "RL3004");
        Assert.Equal((3, 21), (d.Line, d.Column));
        Assert.Equal("Security score is 85/100 here but 95/100 at line 1", d.Message);
        Assert.Equal(1, Assert.Single(d.AdditionalLocations).LineSpan.Start.Line);
    }

    [Fact]
    public void Does_not_report_progress_under_different_periods() => Verify("""
        ## Week 1
        - ✅ Test coverage: 60%
        - ✅ Build
        ## Week 4
        - ✅ Test coverage: 85%
        - ✅ Deploy
        """);

    [Fact]
    public void Does_not_report_documents_that_are_not_reports() => Verify("""
        ## Aliases
        Valid values: 1024

        ## Drives
        Valid values: 256
        """);

    [Fact]
    public void Does_not_report_generic_names_or_section_scoped_metrics_in_other_sections() => Verify("""
        - ✅ Tests: 7/7
        - ✅ Tests: 12/12

        ## Backend
        - ✅ Files changed: 12

        ## Frontend
        - ✅ Files changed: 7
        """);

    [Fact]
    public void Reports_a_section_scoped_metric_within_its_section() => Verify("""
        - ✅ Files changed: 12
        - ✅ Build
        - ✅ Files changed: [|7|]
        """);

    [Fact]
    public void Does_not_compare_values_of_different_kinds() => Verify("""
        - ✅ Critical issues: -30 points
        - ✅ Critical issues: 0
        - ✅ Security score: 95/100
        - ✅ Security score: 95%
        """);

    [Fact]
    public void Compares_only_actual_values_in_English() => Verify("""
        ## Summary

        - ✅ Security Score: 3.5/10 → 9.8/10
        - ✅ Uptime: 99.9%
        - ✅ Build: green

        ## Security

        - ✅ Security Score: 9.8/10
        - ⏳ Security Score: once deployed, 10/10
        - Security Score: could reach 9.9/10 next quarter
        - Security Score: 9.5/10?
        - ✅ Security Score: [|9.1/10|]
        """);

    [Fact]
    public void Compares_only_actual_values_in_French() => Verify("""
        ## Synthèse

        - ✅ Score sécurité : avant 60/100, après 95/100
        - ✅ Disponibilité : 99,9 %
        - ✅ Build : vert

        ## Sécurité

        - ✅ Score sécurité : 95/100
        - ⏳ Score sécurité : une fois déployé, 99/100
        - Score sécurité : pas encore 98/100
        - Score sécurité : on vise 97/100
        - ✅ Score sécurité : [|91/100|]
        """);

    [Fact]
    public void A_quoted_testimonial_is_no_claim_to_contradict() => Verify("""
        - ✅ Security Score: 95/100
        - ✅ Uptime: 99.9%
        - ✅ Build: green

        > Security Score: 70/100 is what we had last year, said the auditor.
        >
        > — Jane Doe, auditor
        """);

    [Fact]
    public void Does_not_compare_one_metric_of_two_subjects() => Verify("""
        - ✅ p95 latency - checkout (120 ms)
        - ✅ p95 latency - search (340 ms)
        - ✅ Colour Adjustment - Luminance (0%)
        - ✅ Colour Adjustment - Saturation (100%)
        - ⚠️ p95 latency - checkout ([|180 ms|])
        """);
}
