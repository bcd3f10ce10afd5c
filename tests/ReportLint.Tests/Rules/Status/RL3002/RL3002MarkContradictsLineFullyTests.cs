using ReportLint.Diagnostics;
using ReportLint.Rules;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

/// <summary>RL3002: work claimed fully done while a heading says it has only started or is under way.</summary>
public class RL3002MarkContradictsLineFullyTests
{
    private static Diagnostic[] Findings(string report) =>
        BuiltInRules.CreateLinter().Lint(StatusReports.Checked(report)).Diagnostics.Where(d => d.Id == "RL3002").ToArray();

    [Fact]
    public void Reports_work_fully_done_that_a_heading_says_has_only_started()
    {
        const string report = """
            # Platform status

            ### Phase 2: Search Indexing (STARTED)
            - Index schema drafted

            ## Pages

            #### ✅ Fully indexed search pages (6 pages)
            - ✅ Catalogue
            - ✅ Orders
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((8, 6), (d.Line, d.Column));
        Assert.Equal("✅ marks 'Fully indexed search pages' as done, but 'Phase 2: Search Indexing (STARTED)' at line 3 says that work is still under way", d.Message);
    }

    [Fact]
    public void Signale_un_travail_dit_entierement_fait_qu_un_titre_dit_seulement_demarre()
    {
        const string report = """
            # État de la plateforme

            ### Phase 2 : Intégration des factures (démarrée)
            - Schéma rédigé

            ## Bilan
            - ✅ Factures entièrement intégrées à PostgreSQL
            - ✅ Commandes
            - ✅ Clients
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((7, 3), (d.Line, d.Column));
        Assert.Equal("✅ marks 'Factures entièrement intégrées à PostgreSQL' as done, but 'Phase 2 : Intégration des factures (démarrée)' at line 3 says that work is still under way", d.Message);
    }

    [Fact]
    public void Work_fully_done_under_another_name_or_a_finished_heading_is_not_reported()
    {
        const string report = """
            # Platform status

            ### Phase 2: Search Indexing (STARTED)
            - Index schema drafted

            ### Phase 1: Billing Migration ✅
            - ✅ Invoices

            ## Summary
            - ✅ Fully migrated billing tables
            - ✅ Fully tested payment pages
            """;
        Assert.Empty(Findings(report));
    }
    [Fact]
    public void Sibling_headings_that_sort_the_work_by_state_are_not_reported()
    {
        const string report = """
            # Feature status

            ## ✅ Features fully implemented (8/10)
            - ✅ F01: Sign-in
            - ✅ F02: Sign-out

            ## ⚠️ Features partially implemented (2/10)
            - ⚠️ F09: Exports (in progress)
            - ⚠️ F10: Reminders (started)
            """;
        Assert.Empty(Findings(report));
    }

    [Fact]
    public void Des_titres_freres_qui_trient_le_travail_par_etat_ne_sont_pas_signales()
    {
        const string report = """
            # Bilan des fonctionnalités

            ## ✅ FONCTIONNALITÉS COMPLÈTEMENT IMPLÉMENTÉES (43/49)
            - ✅ EF01 : Connexion
            - ✅ EF02 : Déconnexion

            ## ⚠️ FONCTIONNALITÉS PARTIELLEMENT IMPLÉMENTÉES (2/49)
            - ⚠️ EF20 : Assignation d'un comité (en cours)
            """;
        Assert.Empty(Findings(report));
    }

    [Fact]
    public void A_done_heading_under_another_parent_is_still_reported()
    {
        const string report = """
            # Feature status

            ## Delivery
            ### ⚠️ Features partially implemented (2/10)
            - ⚠️ F09: Exports

            ## Summary
            ### ✅ Features fully implemented
            - ✅ F01: Sign-in
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal(8, d.Line);
    }
}
