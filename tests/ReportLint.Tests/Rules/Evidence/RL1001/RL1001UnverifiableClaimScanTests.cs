using ReportLint.Diagnostics;
using ReportLint.Rules;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

/// <summary>
/// RL1001: a zero restates a result the report shows: zero vulnerabilities the dependency scan ("| npm audit | 0
/// vulnerabilities |"; a scanner named with no result backs nothing), zero test failures a full count of passed tests.
/// </summary>
public class RL1001UnverifiableClaimScanTests
{
    private static Diagnostic[] Findings(string report) =>
        BuiltInRules.CreateLinter().Lint(StatusReports.Checked(report)).Diagnostics.Where(d => d.Id == "RL1001").ToArray();

    [Fact]
    public void A_scan_result_in_a_table_backs_the_zero_vulnerabilities_restated_in_the_summary_in_English()
    {
        const string report = """
            # Security hardening report

            **Status:** ✅ Complete

            - ✅ Zero security vulnerabilities
            - ✅ Rate limiting on every route

            ## Scans

            | Check | Result | Status |
            |---|---|---|
            | npm audit | 0 vulnerabilities | ✅ PASS |
            """;
        Assert.Empty(Findings(report));
    }

    [Fact]
    public void A_scan_result_backs_the_zero_vulnerabilities_restated_in_the_summary_in_French()
    {
        const string report = """
            # Rapport de sécurité

            **Statut :** ✅ Terminé

            - ✅ Aucune vulnérabilité connue
            - ✅ Limitation de débit sur chaque route

            ## Analyses

            - ✅ `pip-audit` : 0 vulnérabilité
            """;
        Assert.Empty(Findings(report));
    }

    [Fact]
    public void A_list_that_runs_the_scanner_as_its_command_backs_its_zero_and_the_report_s_restatements()
    {
        const string report = """
            # Repository audit

            **Status:** ✅ Complete

            ### Security Audit
            - **Command**: `npm audit --audit-level=moderate`
            - **Status**: ✅ **PASS**
            - **Vulnerabilities**: 0

            ## Summary

            - ✅ Security: 0 vulnerabilities
            - ✅ Build: successful
            """;
        Assert.Empty(Findings(report));
    }

    [Fact]
    public void A_heading_that_names_the_scanner_over_its_result_backs_the_zero_in_French()
    {
        const string report = """
            # Rapport de sécurité

            **Statut :** ✅ Terminé

            #### 1. npm Audit ✅
            - **Statut** : ✅ **PASS**
            - **Vulnérabilités** : **0**

            ## Synthèse

            - ✅ npm : 0 vulnérabilités
            - [x] Sécurité npm validée (aucune vulnérabilité)
            """;
        Assert.Empty(Findings(report));
    }

    [Fact]
    public void A_heading_that_names_the_scanner_over_its_result_backs_the_zero_but_not_one_over_other_lines_in_English()
    {
        const string report = """
            # Security report

            **Status:** ✅ Complete

            ### Snyk
            - Added to the CI pipeline
            - Runs on every pull request

            ## Summary

            - ✅ Zero vulnerabilities
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((11, 5), (d.Line, d.Column));
        Assert.Equal("Unverifiable claim 'Zero vulnerabilities': no count, link, log or command backs it", d.Message);

        Assert.Empty(Findings(report.Replace("- Runs on every pull request", "- **Vulnerabilities**: 0", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_scanner_named_without_a_result_backs_nothing_in_English_and_French()
    {
        const string report = """
            # Delivery report

            **Status:** ✅ Complete

            - ✅ No critical vulnerabilities
            - ✅ Aucune vulnérabilité critique

            ### Dependencies added
            - pytest
            - pip-audit

            ### CI jobs
            1. Lint
            2. Security Scan (Snyk)
            """;
        Diagnostic[] found = Findings(report);
        Assert.Equal([(5, 5), (6, 5)], found.Select(d => (d.Line, d.Column)));
        Assert.Equal("Unverifiable claim 'No critical vulnerabilities': no count, link, log or command backs it", found[0].Message);
        Assert.Equal("Unverifiable claim 'Aucune vulnérabilité critique': no count, link, log or command backs it", found[1].Message);
    }

    [Fact]
    public void A_scan_still_to_run_or_under_way_backs_nothing_and_a_scan_backs_no_other_zero()
    {
        const string report = """
            # Delivery report

            **Status:** ✅ Complete

            - ✅ Zero vulnerabilities
            - ✅ Zero memory leaks

            ## Next steps
            - [ ] npm audit: 0 vulnerabilities expected

            ## Scans
            - ⏳ trivy: 0 vulnerabilities so far, the scan is still running
            """;
        Diagnostic[] found = Findings(report);
        Assert.Equal([(5, 5), (6, 5)], found.Select(d => (d.Line, d.Column)));
        Assert.Equal("Unverifiable claim 'Zero vulnerabilities': no count, link, log or command backs it", found[0].Message);
        Assert.Equal("Unverifiable claim 'Zero memory leaks': no count, link, log or command backs it", found[1].Message);
    }

    [Fact]
    public void Zero_test_failures_restates_the_full_count_of_passed_tests_but_other_zeros_stand_in_English_and_French()
    {
        const string report = """
            # Sprint 1 report

            **Status:** ✅ Complete

            - **Result**: 244/244 tests passing
            - **Quality**: Zero test failures
            - **Build**: ✅ Zero build failures
            - ✅ Aucun bug critique
            """;
        Diagnostic[] found = Findings(report);
        Assert.Equal([(7, 16), (8, 5)], found.Select(d => (d.Line, d.Column)));
        Assert.Equal("Unverifiable claim 'Zero build failures': no count, link, log or command backs it", found[0].Message);
        Assert.Equal("Unverifiable claim 'Aucun bug critique': no count, link, log or command backs it", found[1].Message);
    }
}
