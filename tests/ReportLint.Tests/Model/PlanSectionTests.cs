using ReportLint.Model;

namespace ReportLint.Tests.Model;

/// <summary>
/// <see cref="ModelSection.IsPlan"/> (issue 49): a section whose heading, or a heading above it, opens with a word of
/// lexicon section <c>scope.plan</c> is a plan, steps to take, metrics to watch or a standard; a heading that only holds
/// such a word after others, and the document's title, do not make one.
/// </summary>
public class PlanSectionTests
{
    [Fact]
    public void A_plan_heading_makes_its_section_and_those_under_it_plans()
    {
        const string report = """
            # Next steps for the release

            ## Results

            ## Next Steps

            ### Week 1

            ## 9. Post-Deployment Monitoring

            ### First day

            ## Compliance and standards

            ## Standards
            """;
        ReportModel model = ReportModelTests.ModelOf(report);

        Assert.Equal(["Next steps for the release|no", "Results|no", "Next Steps|yes", "Week 1|yes", "9. Post-Deployment Monitoring|yes",
            "First day|yes", "Compliance and standards|no", "Standards|yes"], model.Sections.Select(s => $"{s.Title}|{(s.IsPlan ? "yes" : "no")}"));
    }

    [Fact]
    public void Un_titre_de_plan_fait_de_sa_section_et_de_celles_dessous_des_plans()
    {
        const string report = """
            # Rapport de livraison

            ## Résultats

            ### Prochaines étapes recommandées

            ## 8️⃣ Procédure de déploiement

            #### Après le déploiement

            ## Métriques à surveiller

            ## Conformité et normes
            """;
        ReportModel model = ReportModelTests.ModelOf(report);

        Assert.Equal(["Rapport de livraison|no", "Résultats|no", "Prochaines étapes recommandées|yes", "8️⃣ Procédure de déploiement|yes",
            "Après le déploiement|yes", "Métriques à surveiller|yes", "Conformité et normes|no"], model.Sections.Select(s => $"{s.Title}|{(s.IsPlan ? "yes" : "no")}"));
    }
}
