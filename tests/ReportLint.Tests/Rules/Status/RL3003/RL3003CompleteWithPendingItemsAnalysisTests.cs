using ReportLint.Diagnostics;
using ReportLint.Rules;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

/// <summary>
/// RL3003: the bare status of an analysis, audit or scan ("# Gap Analysis Report" › "**Status:** ✅ COMPLETE") says the
/// analysis is done; what it lists as missing is what it found. A status that says more, a key that names the project,
/// a title about fixing the findings or a title that names no analysis is still a claim about the work.
/// </summary>
public class RL3003CompleteWithPendingItemsAnalysisTests
{
    private static Diagnostic[] Findings(string report) =>
        BuiltInRules.CreateLinter().Lint(StatusReports.Checked(report)).Diagnostics.Where(d => d.Id == "RL3003").ToArray();

    private static string Report(string title, string status = "**Status:** ✅ COMPLETE") => $"""
        # {title}

        **Date:** 2026-11-02
        {status}

        ## Gaps Found

        - ❌ Rate limiting - NOT IMPLEMENTED
        - ⏳ Audit log export - pending
        - ✅ Session expiry
        """;

    private static string Rapport(string title) => $"""
        # {title}

        **Date :** 2026-11-02
        **Statut :** ✅ Terminé

        ## Constats

        - ❌ Limitation de débit : non implémentée
        - ⏳ Export du journal d'audit : en attente
        - ✅ Expiration des sessions
        """;

    [Theory]
    [InlineData("Gap Analysis Report")]
    [InlineData("🎯 COMPREHENSIVE CODEBASE SCAN - FINAL REPORT")]
    [InlineData("Security Audit — Booking App")]
    public void The_bare_status_of_an_analysis_is_the_analysis_done(string title) =>
        Assert.Empty(Findings(Report(title)));

    [Theory]
    [InlineData("Rapport d'audit — Application de réservation")]
    [InlineData("Analyse des écarts — Application de réservation")]
    public void Le_statut_nu_d_une_analyse_dit_l_analyse_faite(string title) =>
        Assert.Empty(Findings(Rapport(title)));

    [Theory]
    [InlineData("Audit Fixes Report", "**Status:** ✅ COMPLETE", 15)]
    [InlineData("Implementation Report", "**Status:** ✅ COMPLETE", 15)]
    [InlineData("Gap Analysis Report", "**Status:** ✅ COMPLETE & PRODUCTION-READY", 15)]
    [InlineData("Gap Analysis Report", "**Project Status:** ✅ COMPLETE", 23)]
    public void A_status_about_the_work_is_still_a_claim(string title, string status, int column)
    {
        Diagnostic d = Assert.Single(Findings(Report(title, status)));
        Assert.Equal(4, d.Line);
        Assert.Equal(column, d.Column);
        Assert.Equal("'COMPLETE' but the report lists 1 item that is not done: 'Audit log export - pending' (pending, line 9)", d.Message);
    }

    [Fact]
    public void Un_titre_sur_les_corrections_de_l_audit_reste_une_declaration()
    {
        Diagnostic d = Assert.Single(Findings(Rapport("Corrections de l'audit — Application de réservation")));
        Assert.Equal(4, d.Line);
        Assert.Equal(16, d.Column);
        Assert.Equal("'Terminé' but the report lists 1 item that is not done: 'Export du journal d'audit' (pending, line 9)", d.Message);
    }

    [Fact]
    public void A_section_that_is_an_analysis_document_holds_its_contents_not_its_work()
    {
        const string report = """
            # Sprint 4 Summary

            ## Documents Delivered

            ### 3. COVERAGE_ANALYSIS_FINAL.md
            **Size**: 300+ lines
            **Status**: Complete

            **Contents**:
            - Coverage by category
            - ❌ API coverage: not implemented (placeholder tests)
            - ⏳ Agent coverage: pending

            ### 4. Deployment
            **Status**: Complete

            - ❌ Rollback script: not implemented
            """;

        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal(15, d.Line);
        Assert.Equal(13, d.Column);
        Assert.Equal("'Complete' but the section holds 1 item that is not done: 'Rollback script' (failed, line 17)", d.Message);
    }
}
