using ReportLint.Diagnostics;
using ReportLint.Rules;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

/// <summary>RL1002: a report's approval stamp and the line that signs it make one sign-off, reported once.</summary>
public class RL1002SelfCertificationSignOffTests
{
    private static Diagnostic[] Findings(string report) =>
        BuiltInRules.CreateLinter().Lint(StatusReports.Checked(report)).Diagnostics.Where(d => d.Id == "RL1002").ToArray();

    [Fact]
    public void An_approval_and_its_own_signer_are_one_finding()
    {
        const string report = """
            # Release report

            **Status:** ✅ Complete

            ## Verdict

            ✅ **APPROVED FOR PRODUCTION DEPLOYMENT**

            ---

            **Validated By**: Release Automation Script
            **Date**: 2026-01-18
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((7, 5), (d.Line, d.Column));
        Assert.Equal("'APPROVED FOR PRODUCTION' certifies the work with no outside authority: name the auditor, the standard or the evidence, or drop it", d.Message);
        Assert.Equal(11, Assert.Single(d.AdditionalLocations).LineSpan.Start.Line);
    }

    // The stamp the signature signs is the one beside it: the sign-off is reported there, the report's earlier stamps
    // and the signature its other locations.
    [Fact]
    public void A_signed_approval_is_reported_at_the_stamp_beside_its_signature()
    {
        const string report = """
            # Security report

            **Status:** ✅ Complete

            ## Verdict

            ### Status: ✅ **APPROVED FOR PRODUCTION RELEASE**

            ## Findings

            - Rate limiting added

            ---

            **Report Generated**: 2026-01-02
            **Reviewed By**: Agentic Fix Loop System
            **Status**: ✅ APPROVED
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((17, 15), (d.Line, d.Column));
        Assert.Equal("'APPROVED' certifies the work with no outside authority: name the auditor, the standard or the evidence, or drop it", d.Message);
        Assert.Equal([7, 16], d.AdditionalLocations.Select(l => l.LineSpan.Start.Line).Order());
    }

    [Fact]
    public void Une_approbation_signee_est_signalee_au_tampon_voisin_de_sa_signature()
    {
        const string report = """
            # Rapport de sécurité

            **Statut :** ✅ Terminé

            ✅ **APPROUVÉ POUR LA PRODUCTION**

            ## Constats

            - Limitation de débit ajoutée

            ---

            **Validé par** : Claude Code
            **Statut** : ✅ APPROUVÉ
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal(14, d.Line);
        Assert.Equal([5, 13], d.AdditionalLocations.Select(l => l.LineSpan.Start.Line).Order());
    }

    [Fact]
    public void A_signer_with_no_approval_stands_alone()
    {
        const string report = """
            # Release report

            **Status:** ✅ Complete

            **Validated By**: Release Automation Script

            **Quality:** Enterprise-grade
            """;
        Diagnostic[] found = Findings(report);
        Assert.Equal([(5, 3), (7, 14)], found.Select(d => (d.Line, d.Column)));
        Assert.Equal("'Validated By: Release Automation' certifies the work with no outside authority: name the auditor, the standard or the evidence, or drop it", found[0].Message);
    }

    [Fact]
    public void Une_approbation_et_sa_signature_par_l_assistant_sont_une_seule_constatation()
    {
        const string report = """
            # Rapport de livraison

            **Statut :** ✅ Terminé

            ## Verdict

            ✅ **APPROUVÉ POUR LA PRODUCTION**

            ---

            **Validé par** : Claude Code
            **Date** : 18 janvier 2026
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal(7, d.Line);
        Assert.Equal(11, Assert.Single(d.AdditionalLocations).LineSpan.Start.Line);
    }

    [Fact]
    public void Une_signature_par_l_assistant_sans_approbation_reste_seule()
    {
        const string report = """
            # Rapport de livraison

            **Statut :** ✅ Terminé

            **Validé par** : Claude Code
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((5, 3), (d.Line, d.Column));
        Assert.Equal("'Validé par : Claude Code' certifies the work with no outside authority: name the auditor, the standard or the evidence, or drop it", d.Message);
    }

    [Fact]
    public void An_approval_given_as_a_keys_marked_value_joins_the_sign_off_of_its_signer()
    {
        const string report = """
            # Release report

            **Status:** ✅ Complete

            - ✅ Build: passed
            - ✅ Lint: clean

            **Reviewed By**: Release Automation Script
            **Status**: ✅ APPROVED
            """;
        Diagnostic d = Assert.Single(Findings(report));
        // The signer and the approval it signs are one sign-off, reported at the approval, the signer beside it.
        Assert.Equal((9, 15), (d.Line, d.Column));
        Assert.Equal("'APPROVED' certifies the work with no outside authority: name the auditor, the standard or the evidence, or drop it", d.Message);
        Assert.Equal(8, Assert.Single(d.AdditionalLocations).LineSpan.Start.Line);
    }

    [Fact]
    public void An_audit_by_the_work_s_own_author_is_reported_when_the_report_approves_itself_in_English_and_French()
    {
        const string report = """
            # Release audit

            **Auditor**: GitHub Copilot AI Assistant
            **Auditeur** : assistant IA

            - ✅ Build: passed
            - ✅ Lint: clean

            ### Production Deployment Status: ✅ **APPROVED**
            """;
        Diagnostic[] found = Findings(report);
        Assert.Equal([(3, 3), (4, 3), (9, 39)], found.Select(d => (d.Line, d.Column)));
        Assert.Equal("'Auditor: GitHub Copilot' certifies the work with no outside authority: name the auditor, the standard or the evidence, or drop it", found[0].Message);
        Assert.Equal("'Auditeur : assistant IA' certifies the work with no outside authority: name the auditor, the standard or the evidence, or drop it", found[1].Message);
    }

    [Fact]
    public void An_audit_by_an_agent_in_a_report_that_approves_nothing_only_says_who_audited_in_English_and_French()
    {
        const string report = """
            # Audit report

            **Auditor**: BugFixer (Sisyphus Agent)
            **Auditeur** : agent de revue automatisé

            - ✅ Build: passed
            - ✅ Lint: clean
            - ⚠️ Two flaky tests
            """;
        Assert.Empty(Findings(report));
    }

    [Fact]
    public void Une_approbation_donnee_comme_valeur_d_une_cle_est_la_validation()
    {
        const string report = """
            # Rapport de livraison

            **Statut :** ✅ Terminé

            - ✅ Compilation : réussie
            - ✅ Tests : 42/42

            - [x] Recette utilisateur : APPROUVÉE
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((8, 29), (d.Line, d.Column));
        Assert.Equal("'APPROUVÉE' certifies the work with no outside authority: name the auditor, the standard or the evidence, or drop it", d.Message);
    }

    [Fact]
    public void Does_not_report_a_plain_approval_status_a_denied_one_a_checks_state_or_prose_in_English_and_French()
    {
        const string report = """
            # Release report

            **Status:** ✅ Complete

            - ✅ Build: passed
            - ✅ Lint: clean

            **Decision status:** Approved
            **Security sign-off:** ❌ NOT APPROVED
            - ✅ The pull request was approved by Alice on Monday.
            - ✅ Code : Validé
            - ✅ Budget : accepté, approuvé par le comité le 3 mars
            """;
        Assert.Empty(Findings(report));
    }
}
