using ReportLint.Diagnostics;
using ReportLint.Rules;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

/// <summary>
/// RL1001: hedged and general statements, the numbers of a poll and the checks of a test step claim nothing (issue 49
/// lists them among what a report does not claim); the same words stated as the work's result still claim.
/// </summary>
public class RL1001UnverifiableClaimHedgeTests
{
    private static Diagnostic[] Findings(string report) =>
        BuiltInRules.CreateLinter().Lint(StatusReports.Checked(report)).Diagnostics.Where(d => d.Id == "RL1001").ToArray();

    [Theory]
    [InlineData("Typically, teams see zero downtime with blue-green deploys.")]
    [InlineData("It is likely that all tests pass on CI.")]
    [InlineData("We believe the app is 100% GDPR compliant.")]
    [InlineData("The app is probably 100% GDPR compliant.")]
    [InlineData("Poll: 80% of users want 100% uptime.")]
    [InlineData("Step 3: run the suite, then confirm that all tests pass.")]
    public void A_hedge_a_general_truth_a_poll_or_a_test_step_claims_nothing(string line) => Assert.Empty(Findings(StatusReports.SprintReport("Notes", line)));

    [Theory]
    [InlineData("En général, les équipes n'ont aucune interruption de service.")]
    [InlineData("Nous pensons que l'application est 100 % conforme RGPD.")]
    [InlineData("L'application est probablement 100 % conforme RGPD.")]
    [InlineData("Il semble que tous les tests passent.")]
    [InlineData("Sondage : 80 % des utilisateurs veulent 100 % de disponibilité.")]
    [InlineData("Étape 3 : s'assurer qu'aucune vulnérabilité n'est signalée.")]
    [InlineData("Vérifiez que tous les tests passent avant de fusionner.")]
    public void Une_reserve_une_verite_generale_un_sondage_ou_une_etape_de_test_n_affirme_rien(string ligne) =>
        Assert.Empty(Findings(StatusReports.RapportDeSprint("Notes", ligne)));

    [Theory]
    [InlineData("| Estimated uptime | 99.95% | Provider SLA |")]
    [InlineData("| Theoretical uptime | 99.95% | Provider SLA |")]
    [InlineData("| Projected availability | 100% | After the migration |")]
    public void A_row_whose_label_estimates_or_projects_its_value_claims_nothing(string row) =>
        Assert.Empty(Findings(StatusReports.SprintReport("Metrics", "| Metric | Value | Source |\n|---|---|---|\n" + row)));

    [Theory]
    [InlineData("| Uptime théorique | 99,95 % | SLA de l'hébergeur |")]
    [InlineData("| Disponibilité estimée | 99,95 % | SLA de l'hébergeur |")]
    [InlineData("| Disponibilité prévue | 100 % | Après la migration |")]
    public void Une_ligne_dont_le_libelle_estime_ou_prevoit_sa_valeur_n_affirme_rien(string ligne) =>
        Assert.Empty(Findings(StatusReports.RapportDeSprint("Métriques", "| Métrique | Valeur | Source |\n|---|---|---|\n" + ligne)));

    [Theory]
    [InlineData("| Metric | Value | Source |\n|---|---|---|\n| Uptime | 99.95% | Provider SLA |", 13, 3, "Unverifiable claim 'Uptime | 99.95%': no count, link, log or command backs it")]
    [InlineData("| Métrique | Valeur | Source |\n|---|---|---|\n| Disponibilité | 100 % | SLA de l'hébergeur |", 13, 3, "Unverifiable claim 'Disponibilité | 100 %': no count, link, log or command backs it")]
    public void A_row_that_states_its_value_still_claims(string table, int line, int column, string message)
    {
        Diagnostic d = Assert.Single(Findings(table.Contains("Métrique", StringComparison.Ordinal)
            ? StatusReports.RapportDeSprint("Métriques", table)
            : StatusReports.SprintReport("Metrics", table)));
        Assert.Equal((line, column), (d.Line, d.Column));
        Assert.Equal(message, d.Message);
    }

    [Theory]
    [InlineData("The app is 100% GDPR compliant.", 19, "Unverifiable claim 'GDPR compliant': no count, link, log or command backs it")]
    [InlineData("Survey done, and the app has zero vulnerabilities.", 32, "Unverifiable claim 'zero vulnerabilities': no count, link, log or command backs it")]
    public void The_same_words_stated_as_the_work_s_result_claim(string line, int column, string message)
    {
        Diagnostic d = Assert.Single(Findings(StatusReports.SprintReport("Notes", line)));
        Assert.Equal((11, column), (d.Line, d.Column));
        Assert.Equal(message, d.Message);
    }

    [Theory]
    [InlineData("L'application est 100 % conforme RGPD.", 21, "Unverifiable claim '100 % conforme RGPD': no count, link, log or command backs it")]
    [InlineData("Les équipes n'ont aucune interruption de service.", 21, "Unverifiable claim 'aucune interruption': no count, link, log or command backs it")]
    public void Les_memes_mots_donnes_comme_resultat_du_travail_affirment(string ligne, int column, string message)
    {
        Diagnostic d = Assert.Single(Findings(StatusReports.RapportDeSprint("Notes", ligne)));
        Assert.Equal((11, column), (d.Line, d.Column));
        Assert.Equal(message, d.Message);
    }
}
