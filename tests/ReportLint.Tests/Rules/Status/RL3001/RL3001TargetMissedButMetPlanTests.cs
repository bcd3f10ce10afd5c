using ReportLint.Diagnostics;
using ReportLint.Rules;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

/// <summary>
/// RL3001 (issue 49): a threshold or a target under a heading of plans, steps, metrics to watch or standards
/// (<c>ModelSection.IsPlan</c>, lexicon section <c>scope.plan</c>), at any level above it, is no result the report
/// presents as met; the same line under a heading of results still is.
/// </summary>
public class RL3001TargetMissedButMetPlanTests
{
    private static Diagnostic[] Findings(string report) =>
        BuiltInRules.CreateLinter().Lint(StatusReports.Checked(report)).Diagnostics.Where(d => d.Id == "RL3001").ToArray();

    [Fact]
    public void Reports_a_bare_threshold_among_the_results()
    {
        const string report = """
            # Release report

            ## Results
            - ✅ Page weight < 800KB
            - ✅ Signup flow shipped
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((4, 17), (d.Line, d.Column));
        Assert.Equal("'< 800KB' for 'Page weight' is a threshold, not a measured result (the report gives no measured value of 'Page weight'), yet it is presented as met (marked '✅')", d.Message);
    }

    [Fact]
    public void Does_not_report_thresholds_under_next_steps_standards_or_a_monitoring_section()
    {
        const string report = """
            # Release report

            ## Results
            - ✅ Signup flow shipped

            ## Next Steps
            - ✅ Keep page weight < 800KB

            ### Standards
            - ✅ Function length ≤ 40 lines

            ## 9. Post-Deployment Monitoring

            ### First day
            - ✅ Latency: 900ms (target: < 200ms)
            - ✅ Queue delay (target: < 2s)
            """;
        Assert.Empty(Findings(report));

        // The same lines under headings of results are reported, each of them.
        string results = report.Replace("Next Steps", "Results 2").Replace("Standards", "Results 3").Replace("Post-Deployment Monitoring", "Results 4");
        Assert.Equal([7, 10, 15, 16], Findings(results).Select(d => d.Line));
    }

    [Fact]
    public void Reports_a_threshold_under_a_heading_that_names_standards_after_other_words()
    {
        const string report = """
            # Release report

            ## Compliance and standards
            - ✅ Page weight < 800KB
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal(4, d.Line);
    }

    [Fact]
    public void Signale_un_seuil_seul_parmi_les_resultats()
    {
        const string report = """
            # Rapport de livraison

            ## Résultats
            - ✅ Temps de réponse < 300 ms
            - ✅ Inscription livrée
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((4, 22), (d.Line, d.Column));
        Assert.Equal("'< 300 ms' for 'Temps de réponse' is a threshold, not a measured result (the report gives no measured value of 'Temps de réponse'), yet it is presented as met (marked '✅')", d.Message);
    }

    [Fact]
    public void Ne_signale_pas_les_seuils_des_prochaines_etapes_des_normes_ni_de_la_procedure()
    {
        const string report = """
            # Rapport de livraison

            ## Résultats
            - ✅ Inscription livrée

            ### Prochaines étapes recommandées
            1. ✅ Temps de réponse moyen < 300 ms

            ## Normes
            - ✅ Complexité cognitive ≤ 12

            ## 8. Procédure de déploiement

            #### Après le déploiement
            1. ✅ Vérifier accessibilité (score > 95)

            ## Métriques à surveiller
            - ✅ Taux d'erreur : 4 % (objectif : < 2 %)
            """;
        Assert.Empty(Findings(report));

        // Les mêmes lignes sous des titres de résultats sont signalées, chacune.
        string results = report.Replace("Prochaines étapes recommandées", "Résultats 2").Replace("Normes", "Résultats 3")
            .Replace("Procédure de déploiement", "Résultats 4").Replace("Métriques à surveiller", "Résultats 5");
        Assert.Equal([7, 10, 15, 18], Findings(results).Select(d => d.Line));
    }
    [Fact]
    public void The_document_title_does_not_present_an_expectation_as_met()
    {
        const string report = """
            # Recommendation Engine - Integration Complete

            ## Impact
            - **Acceptance rate:** 60% expected after launch

            ## Results ✅
            - **Click-through:** 12% expected
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal(7, d.Line);
        Assert.Equal("'12%' is not a measured result ('expected' beside it), yet it is presented as met (under heading 'Results ✅', line 6)", d.Message);
    }

    [Fact]
    public void Le_titre_du_document_ne_presente_pas_une_estimation_comme_atteinte()
    {
        const string report = """
            # État complet de tous les modules ✅

            ## Planning
            - **Durée restante :** 15-20 jours estimé
            """;
        Assert.Empty(Findings(report));
    }
}
