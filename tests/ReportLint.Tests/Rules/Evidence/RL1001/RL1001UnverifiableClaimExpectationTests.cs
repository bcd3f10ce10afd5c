using ReportLint.Diagnostics;
using ReportLint.Rules;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

/// <summary>RL1001: an absolute in the subject of "is expected", "sont attendus" is an expectation, not a result.</summary>
public class RL1001UnverifiableClaimExpectationTests
{
    private static Diagnostic[] Findings(string report) =>
        BuiltInRules.CreateLinter().Lint(StatusReports.Checked(report)).Diagnostics.Where(d => d.Id == "RL1001").ToArray();

    [Fact]
    public void Does_not_report_an_absolute_that_is_expected_but_reports_one_reached_as_expected()
    {
        const string report = """
            # Pilot report

            - ✅ Form shipped to the first station
            - ✅ Training done

            Tests will go on with the second team next quarter.
            Rates of 100% coverage and 80% satisfaction are expected.
            100% coverage is expected by the end of the year.

            We reached 100% coverage, as expected.
            100% coverage was reached; more tests are expected next quarter.
            """;

        Diagnostic[] findings = Findings(report);

        Assert.Equal(
            ["Unverifiable claim '100% coverage': no count, link, log or command backs it",
             "Unverifiable claim '100% coverage': no count, link, log or command backs it"],
            findings.Select(d => d.Message));
        Assert.Equal([(10, 12), (11, 1)], findings.Select(d => (d.Line, d.Column)));
    }

    [Fact]
    public void Ne_signale_pas_un_absolu_attendu_mais_signale_celui_atteint_comme_attendu()
    {
        const string report = """
            # Bilan de l'expérimentation

            - ✅ Formulaire livré au premier commissariat
            - ✅ Formation terminée

            Les tests continueront avec la deuxième équipe au dernier trimestre.
            Des taux de 100% de couverture et de 80% de satisfaction de la solution sont attendus.
            Un taux de 100% de couverture est attendu d'ici la fin de l'année.

            Nous avons atteint 100% de couverture, comme attendu.
            100% de couverture a été atteint ; d'autres tests sont attendus au prochain trimestre.
            """;

        Diagnostic[] findings = Findings(report);

        Assert.Equal(
            ["Unverifiable claim '100% de couverture': no count, link, log or command backs it",
             "Unverifiable claim '100% de couverture': no count, link, log or command backs it"],
            findings.Select(d => d.Message));
        Assert.Equal([(10, 20), (11, 1)], findings.Select(d => (d.Line, d.Column)));
    }
}
