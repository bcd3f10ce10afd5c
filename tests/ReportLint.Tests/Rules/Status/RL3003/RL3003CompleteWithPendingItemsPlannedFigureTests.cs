using ReportLint.Diagnostics;
using ReportLint.Rules;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

/// <summary>RL3003: a pending word that keys a planned figure ("Planned: 137 hours") is no item of work left.</summary>
public class RL3003CompleteWithPendingItemsPlannedFigureTests
{
    private static Diagnostic[] Findings(string report) =>
        BuiltInRules.CreateLinter().Lint(StatusReports.Checked(report)).Diagnostics.Where(d => d.Id == "RL3003").ToArray();

    [Fact]
    public void A_planned_duration_beside_the_actual_one_is_not_work_left()
    {
        const string report = """
            # Migration report

            **Status:** ✅ PRODUCTION READY

            ### Timeline
            - **Planned:** 137 hours
            - **Actual:** 80 hours
            - **Budget planned:** $12,000
            """;
        Assert.Empty(Findings(report));
    }

    [Fact]
    public void Une_duree_planifiee_a_cote_de_la_duree_reelle_n_est_pas_du_travail_restant()
    {
        const string report = """
            # Rapport de migration

            **Statut :** ✅ PRÊT POUR LA PRODUCTION

            ### Calendrier
            - **Planifié** : 12 jours
            - **Réel** : 9 jours
            """;
        Assert.Empty(Findings(report));
    }

    [Fact]
    public void The_finding_names_the_item_left_not_the_planned_figure()
    {
        const string report = """
            # Migration report

            **Status:** ✅ PRODUCTION READY

            ### Timeline
            - **Planned:** 137 hours
            - **Actual:** 80 hours

            ### Deployment
            - [ ] Deploy to staging environment
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((3, 15), (d.Line, d.Column));
        Assert.Equal("'PRODUCTION READY' but the report lists 1 item that is not done: 'Deploy to staging environment' (pending, line 10)", d.Message);
    }

    [Fact]
    public void Un_compte_d_elements_en_attente_reste_du_travail_restant()
    {
        const string report = """
            # Rapport de migration

            **Statut :** ✅ PRÊT POUR LA PRODUCTION

            ### Suivi
            - **En attente** : 3 tâches
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal(3, d.Line);
        Assert.Equal("'PRÊT POUR LA PRODUCTION' but the report lists 1 item that is not done: 'En attente' (pending, line 6)", d.Message);
    }
}
