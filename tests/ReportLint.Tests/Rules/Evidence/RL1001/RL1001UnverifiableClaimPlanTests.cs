using ReportLint.Diagnostics;
using ReportLint.Rules;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

/// <summary>
/// RL1001 (issue 49): a claim under a heading of plans, steps, metrics to watch or standards (<c>ModelSection.IsPlan</c>,
/// lexicon section <c>scope.plan</c>), at any level above it, is a step to take or a norm, no result the report asserts;
/// the same claim among the results is still reported.
/// </summary>
public class RL1001UnverifiableClaimPlanTests
{
    private static Diagnostic[] Findings(string report) =>
        BuiltInRules.CreateLinter().Lint(StatusReports.Checked(report)).Diagnostics.Where(d => d.Id == "RL1001").ToArray();

    [Fact]
    public void Reports_the_claim_among_the_results_but_not_the_same_words_in_the_deployment_steps()
    {
        const string report = """
            # Release report

            **Status:** ✅ Complete

            ## Results
            - ✅ All tests passing

            ## Deployment Procedure

            ### Before deploying
            1. ✅ Check all tests passing
            2. ✅ Check zero vulnerabilities

            ## Next steps
            - ✅ Keep 100% test coverage
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((6, 5), (d.Line, d.Column));
        Assert.Equal("Unverifiable claim 'All tests passing': no count, link, log or command backs it", d.Message);

        // The same lines under headings of results are reported, each of them.
        string results = report.Replace("Deployment Procedure", "Results 2").Replace("Next steps", "Results 3");
        Assert.Equal([6, 11, 12, 15], Findings(results).Select(f => f.Line));
    }

    [Fact]
    public void Reports_a_claim_under_a_heading_that_names_next_steps_after_other_words()
    {
        const string report = """
            # Release report

            **Status:** ✅ Complete

            ## Done before the next steps
            - ✅ All tests passing
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal(6, d.Line);
    }

    [Fact]
    public void Signale_l_affirmation_parmi_les_resultats_mais_pas_les_memes_mots_dans_la_procedure()
    {
        const string report = """
            # Rapport de livraison

            **Statut :** ✅ Terminé

            ## Résultats
            - ✅ Tous les tests passent

            ## Procédure de déploiement

            ### Avant la mise en production
            1. ✅ Aucune vulnérabilité

            ## Prochaines étapes
            - ✅ Garder 100 % de couverture
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((6, 5), (d.Line, d.Column));
        Assert.Equal("Unverifiable claim 'Tous les tests passent': no count, link, log or command backs it", d.Message);

        // Les mêmes lignes sous des titres de résultats sont signalées, chacune.
        string results = report.Replace("Procédure de déploiement", "Résultats 2").Replace("Prochaines étapes", "Résultats 3");
        Assert.Equal([6, 11, 14], Findings(results).Select(f => f.Line));
    }
}
