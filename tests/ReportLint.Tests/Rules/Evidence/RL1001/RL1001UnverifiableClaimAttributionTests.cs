using ReportLint.Diagnostics;
using ReportLint.Rules;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

/// <summary>
/// RL1001: speech given to a source is no claim of the report (issue 49 lists attributed speech among what a report
/// does not claim). An attribution that opens its sentence reaches the clause after its source's comma, one right
/// after a comma the clause before it; a source of the report's own ("our tests", "nos tests") leaves the claim the
/// author's, and a clause past the attributed one is the author's again.
/// </summary>
public class RL1001UnverifiableClaimAttributionTests
{
    private static Diagnostic[] Findings(string report) =>
        BuiltInRules.CreateLinter().Lint(StatusReports.Checked(report)).Diagnostics.Where(d => d.Id == "RL1001").ToArray();

    [Theory]
    [InlineData("According to the vendor, the app is 100% GDPR compliant.")]
    [InlineData("According to the external auditor, the app has zero vulnerabilities.")]
    [InlineData("**Auditor**: According to ACME Security (ISO 27001 lab), the app has zero vulnerabilities.")]
    [InlineData("The app has zero vulnerabilities, according to the vendor.")]
    public void Speech_given_to_a_source_claims_nothing(string feedback) => Assert.Empty(Findings(StatusReports.SprintReport("Feedback", feedback)));

    [Theory]
    [InlineData("According to our tests, the app has zero vulnerabilities.", 39)]
    [InlineData("According to the vendor, the app is compliant, and it has zero vulnerabilities.", 61)]
    [InlineData("The vendor was chosen according to the plan, and the app has zero vulnerabilities.", 64)]
    public void A_source_of_the_report_s_own_or_a_clause_past_the_attributed_one_claims(string feedback, int column)
    {
        Diagnostic d = Assert.Single(Findings(StatusReports.SprintReport("Feedback", feedback)));
        Assert.Equal((11, column), (d.Line, d.Column));
        Assert.Equal("Unverifiable claim 'zero vulnerabilities': no count, link, log or command backs it", d.Message);
    }

    [Theory]
    [InlineData("Selon le fournisseur, l'application est 100% conforme RGPD.")]
    [InlineData("Selon l'auditeur externe, l'application n'a aucune vulnérabilité.")]
    [InlineData("D’après l'auditeur externe, l'application est 100% conforme RGPD.")]
    [InlineData("L'application n'a aucune vulnérabilité, selon le fournisseur.")]
    public void Des_propos_attribues_a_une_source_n_affirment_rien(string retour) => Assert.Empty(Findings(StatusReports.RapportDeSprint("Retours", retour)));

    [Theory]
    [InlineData("Selon nos tests, l'application n'a aucune vulnérabilité.", 38)]
    [InlineData("L'application, livrée selon le plan, n'a aucune vulnérabilité.", 44)]
    public void Une_source_du_rapport_ou_une_proposition_hors_de_l_attribution_affirme(string retour, int column)
    {
        Diagnostic d = Assert.Single(Findings(StatusReports.RapportDeSprint("Retours", retour)));
        Assert.Equal((11, column), (d.Line, d.Column));
        Assert.Equal("Unverifiable claim 'aucune vulnérabilité': no count, link, log or command backs it", d.Message);
    }
}
