using ReportLint.Diagnostics;
using ReportLint.Rules;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

/// <summary>RL3003: "all priorities done" while a priority heading of the report still lists work.</summary>
public class RL3003CompleteWithPendingItemsPrioritiesTests
{
    private static Diagnostic[] Findings(string report) =>
        BuiltInRules.CreateLinter().Lint(StatusReports.Checked(report)).Diagnostics.Where(d => d.Id == "RL3003").ToArray();

    [Fact]
    public void Signale_toutes_les_priorites_realisees_sous_une_priorite_haute_a_faire()
    {
        const string report = """
            # Rapport final

            - ✅ Authentification
            - ✅ Paiement
            - ⚠️ En-têtes de sécurité en attente

            ## Recommandations

            ### 🔥 Priorité haute (immédiat)
            1. **Créer les tables de la base**
            2. **Configurer les sauvegardes**

            ## Réalisations

            ### 🏆 Toutes les priorités réalisées
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((15, 8), (d.Line, d.Column));
        Assert.Equal("'Toutes les priorités réalisées' but '🔥 Priorité haute (immédiat)' at line 9 lists an item not done: 'Créer les tables de la base' (to do, line 10)", d.Message);
    }

    [Fact]
    public void Reports_all_priorities_done_over_an_open_high_priority_list()
    {
        const string report = """
            # Sprint report

            - ✅ Login
            - ✅ Billing
            - ⏳ Audit pending

            ## High priority
            - Rotate the API keys

            ## Outcome

            **Sprint:** all priorities completed this sprint.
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal(12, d.Line);
        Assert.Equal("'all priorities completed' but 'High priority' at line 7 lists an item not done: 'Rotate the API keys' (to do, line 8)", d.Message);
    }

    [Fact]
    public void Priorities_whose_items_are_done_are_not_reported()
    {
        const string report = """
            # Sprint report

            - ✅ Login
            - ✅ Billing
            - ✅ Audit

            ## High priority
            - ✅ Rotate the API keys

            ## Outcome

            **Sprint:** all priorities completed this sprint.
            """;
        Assert.Empty(Findings(report));
    }
}
