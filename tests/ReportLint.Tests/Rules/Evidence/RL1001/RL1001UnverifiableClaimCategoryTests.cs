using ReportLint.Diagnostics;
using ReportLint.Rules;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

/// <summary>RL1001: a percentage after two names joined into one category scores the category, not the metric.</summary>
public class RL1001UnverifiableClaimCategoryTests
{
    private static Diagnostic[] Findings(string report) =>
        BuiltInRules.CreateLinter().Lint(StatusReports.Checked(report)).Diagnostics.Where(d => d.Id == "RL1001").ToArray();

    [Fact]
    public void A_category_of_two_names_is_scored_not_its_metric_but_the_metric_alone_is_a_claim()
    {
        const string report = """
            # Readiness report

            **Status:** ✅ Complete

            ### 1. Documentation: 100% ✅
            ### 2. Security & Compliance: 100% ✅

            - ✅ **100% Security & Compliance** - audit complete
            - ✅ Test coverage: 100%
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((9, 5), (d.Line, d.Column));
        Assert.Equal("Unverifiable claim 'Test coverage: 100%': no count, link, log or command backs it", d.Message);
    }

    [Fact]
    public void Une_categorie_de_deux_noms_est_notee_pas_sa_metrique_mais_la_metrique_seule_est_une_affirmation()
    {
        const string report = """
            # Rapport de préparation

            **Statut :** ✅ Terminé

            ### 1. Documentation : 100 % ✅
            ### 2. Sécurité et conformité : 100 % ✅

            - ✅ **100 % Tests et couverture** - terminé
            - ✅ Couverture de code : 100 %
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((9, 5), (d.Line, d.Column));
        Assert.Equal("Unverifiable claim 'Couverture de code : 100 %': no count, link, log or command backs it", d.Message);
    }
}
