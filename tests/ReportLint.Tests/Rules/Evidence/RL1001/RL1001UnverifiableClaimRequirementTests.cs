using ReportLint.Diagnostics;
using ReportLint.Rules;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

/// <summary>
/// RL1001: a requirement is no result (issue 49 lists requirements among what a report does not claim). A key that
/// names one ("Requirement:", "Exigence :") gives a target, as "Coverage target:" does, and a target is no claim; the
/// result stated in its own section is still the report's.
/// </summary>
public class RL1001UnverifiableClaimRequirementTests
{
    private static Diagnostic[] Findings(string report) =>
        BuiltInRules.CreateLinter().Lint(StatusReports.Checked(report)).Diagnostics.Where(d => d.Id == "RL1001").ToArray();

    [Fact]
    public void A_requirement_given_as_a_key_is_no_claim_but_the_result_beside_it_is()
    {
        const string report = """
            # Migration report

            - ✅ Schema migrated
            - ✅ Jobs moved

            ## Requirements

            - Requirement: zero downtime during deployment.
            - Requirements: 0 critical vulnerabilities before launch.

            ## Results

            - Zero downtime during deployment.
            """;

        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((13, 3), (d.Line, d.Column));
        Assert.Equal("Unverifiable claim 'Zero downtime': no count, link, log or command backs it", d.Message);
    }

    [Fact]
    public void Une_exigence_donnee_en_cle_n_est_pas_une_affirmation_mais_le_resultat_a_cote_en_est_une()
    {
        const string report = """
            # Rapport de migration

            - ✅ Schéma migré
            - ✅ Tâches déplacées

            ## Exigences

            - Exigence : aucune vulnérabilité critique avant la mise en production.
            - Exigences : 100% de disponibilité pendant le déploiement.

            ## Résultats

            - Aucune vulnérabilité critique.
            """;

        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((13, 3), (d.Line, d.Column));
        Assert.Equal("Unverifiable claim 'Aucune vulnérabilité critique': no count, link, log or command backs it", d.Message);
    }
}
