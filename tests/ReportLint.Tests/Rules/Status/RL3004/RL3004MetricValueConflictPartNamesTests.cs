using ReportLint.Diagnostics;
using ReportLint.Rules;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

/// <summary>RL3004: one part identifier given the name of another ("18C: SLO Dashboards" where 18B is the SLO work).</summary>
public class RL3004MetricValueConflictPartNamesTests
{
    private static Diagnostic[] Findings(string report) =>
        BuiltInRules.CreateLinter().Lint(StatusReports.Checked(report)).Diagnostics.Where(d => d.Id == "RL3004").ToArray();

    [Fact]
    public void Reports_a_part_given_the_name_of_another_part()
    {
        const string report = """
            # Phase 7 status

            - ✅ 7A: Metrics Export
            - ✅ 7B: Alert Routing Rules
            - ✅ 7C: Cluster Deployment

            ## To do

            | ID | Task | Status |
            | -- | ---- | ------ |
            | 1 | 7C: Alert Routing Review | ✅ Done |
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((11, 7), (d.Line, d.Column));
        Assert.Equal("7C is 'Alert Routing Review' here but 'Cluster Deployment' at line 5; 'Alert Routing Rules' is 7B at line 4", d.Message);
    }

    [Fact]
    public void Signale_une_etape_qui_porte_le_nom_d_une_autre()
    {
        const string report = """
            # Bilan de la phase 3

            - ✅ 3A : Collecte des journaux
            - ✅ 3B : Tableaux de bord qualité
            - ⏳ 3C : Migration des comptes

            ## Calendrier

            - 3C : Tableaux de bord qualité (semaine 12)
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal(9, d.Line);
        Assert.Equal("3C is 'Tableaux de bord qualité' here but 'Migration des comptes' at line 5; 'Tableaux de bord qualité' is 3B at line 4", d.Message);
    }

    [Fact]
    public void Names_that_agree_or_that_belong_to_no_other_part_are_not_reported()
    {
        const string report = """
            # Phase 7 status

            - ✅ 7A: Metrics Export
            - ✅ 7B: Alert Routing Rules
            - ✅ 7C: Cluster Deployment

            ## Details

            - 7C: Cluster Deployment (Helm)
            - 7B: Paging Policies
            """;
        Assert.Empty(Findings(report));
    }
}
