using ReportLint.Diagnostics;
using ReportLint.Rules;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

/// <summary>RL3004: a count claimed for every member ("3-replica deployments") against a member given fewer.</summary>
public class RL3004MetricValueConflictPerMemberTests
{
    private static Diagnostic[] Findings(string report) =>
        BuiltInRules.CreateLinter().Lint(StatusReports.Checked(report)).Diagnostics.Where(d => d.Id == "RL3004").ToArray();

    [Fact]
    public void Reports_a_per_member_count_that_a_manifest_line_contradicts()
    {
        const string report = """
            # Cluster report

            ```
            ├─ api-deployment.yaml ...... API (3 replicas)
            ├─ worker-deployment.yaml ... Worker (2 replicas)
            ```

            - ✅ Monitoring
            - ✅ Backups
            - ✅ High availability (3-replica deployments)
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((10, 24), (d.Line, d.Column));
        Assert.Equal("'3-replica deployments' says every one has 3, but line 5 gives 2 replicas: \"├─ worker-deployment.yaml ... Worker (2 replicas)\"", d.Message);
    }

    [Fact]
    public void Signale_un_compte_par_membre_contredit_par_un_membre()
    {
        const string report = """
            # Rapport d'infrastructure

            - Base (2 replicas)
            - Cache (3 replicas)

            - ✅ Supervision
            - ✅ Sauvegardes
            - ✅ Haute disponibilité : 3-replica deployments partout
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal(8, d.Line);
        Assert.Equal("'3-replica deployments' says every one has 3, but line 3 gives 2 replicas: \"Base (2 replicas)\"", d.Message);
    }

    [Fact]
    public void Members_with_as_many_or_an_unmarked_claim_are_not_reported()
    {
        const string report = """
            # Cluster report

            - API (3 replicas)
            - Worker (4 replicas)

            - ✅ Monitoring
            - ✅ Backups
            - ✅ High availability (3-replica deployments)
            - Plan: 5-replica deployments next quarter (3 replicas today)
            """;
        Assert.Empty(Findings(report));
    }
    [Fact]
    public void A_reach_in_time_is_no_count_per_member()
    {
        const string report = """
            # Valuation Tool - Implementation Complete

            **Status:** ✅ COMPLETE

            - ✅ DCF valuation with 5-year projections
            - ✅ Logs kept in 30-day rolling windows

            ## Inputs
            - 4 years of historical data
            - 7 days of logs in the demo
            """;
        Assert.Empty(Findings(report));
    }

    [Fact]
    public void Une_portee_dans_le_temps_n_est_pas_un_compte_par_membre()
    {
        const string report = """
            # Outil de valorisation - Implémentation terminée

            **Statut :** ✅ TERMINÉ

            - ✅ Journaux conservés sur 30-jours glissants
            - ✅ Supervision

            ## Données
            - 7 jours de journaux dans la démo
            """;
        Assert.Empty(Findings(report));
    }
}
