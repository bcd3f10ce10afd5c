using ReportLint.Diagnostics;
using ReportLint.Rules;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

/// <summary>RL1001: performance figures listed as the state after the work are its results, unmeasured while load testing is still to do.</summary>
public class RL1001UnverifiableClaimAfterTests
{
    private static Diagnostic[] Findings(string report) =>
        BuiltInRules.CreateLinter().Lint(StatusReports.Checked(report)).Diagnostics.Where(d => d.Id == "RL1001").ToArray();

    [Fact]
    public void Reports_the_figures_listed_after_the_work_not_those_before_it_nor_under_another_lead_in()
    {
        const string report = """
            # Optimisation report

            **Status:** ✅ Complete

            - ✅ Images compressed
            - ✅ Cache enabled
            - ✅ Bundle split

            **Before:**

            - Load time: 5 seconds

            **After:**

            - Load time: 2 seconds
            - Bundle: 300 KB

            Notes on the work:

            - Response time: 80ms

            ## Next steps

            - [ ] Load testing with k6
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((15, 14), (d.Line, d.Column));
        Assert.Equal("Unverifiable claim 'Load time: 2 seconds': no count, link, log or command backs it; the report lists its performance testing as still to do (line 24)", d.Message);
        Assert.Empty(Findings(report.Replace("- [ ] Load testing with k6", "- Monitoring dashboards", StringComparison.Ordinal)));
    }

    [Fact]
    public void Signale_les_chiffres_listes_apres_le_travail_pas_ceux_d_avant_ni_sous_une_autre_introduction()
    {
        const string report = """
            # Rapport d'optimisation

            **Statut :** ✅ Terminé

            - ✅ Images compressées
            - ✅ Cache activé
            - ✅ Bundle découpé

            **Avant :**

            - Temps de chargement : 5 secondes

            **Après :**

            - Temps de chargement : 2 secondes
            - Bundle : 300 Ko

            Notes sur le travail :

            - Temps de réponse : 80 ms

            ## Prochaines étapes

            - [ ] Tests de charge avec k6
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((15, 25), (d.Line, d.Column));
        Assert.Equal("Unverifiable claim 'Temps de chargement : 2 secondes': no count, link, log or command backs it; the report lists its performance testing as still to do (line 24)", d.Message);
        Assert.Empty(Findings(report.Replace("- [ ] Tests de charge avec k6", "- Tableaux de bord", StringComparison.Ordinal)));
    }
}
