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
}
