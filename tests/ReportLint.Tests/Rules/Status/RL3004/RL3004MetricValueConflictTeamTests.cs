using ReportLint.Diagnostics;
using ReportLint.Rules;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

/// <summary>RL3004: the team named by handles in the header and a table of who did what that names another team.</summary>
public class RL3004MetricValueConflictTeamTests
{
    private static Diagnostic[] Findings(string report) =>
        BuiltInRules.CreateLinter().Lint(StatusReports.Checked(report)).Diagnostics.Where(d => d.Id == "RL3004").ToArray();

    [Fact]
    public void Reports_a_team_line_and_a_roster_table_that_name_different_members()
    {
        const string report = """
            # Phase 4 report

            **Status:** ✅ COMPLETE
            **Team:** Core crew (@ana, @bo, @cy, @dee)

            | Agent | Work | Status |
            |-------|------|--------|
            | @ana | Parser | ✅ Done |
            | @bo | Cache | ✅ Done |
            | @eve | Search | ✅ Done |
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((4, 22), (d.Line, d.Column));
        Assert.Equal("The team here includes @cy, @dee, but the table at line 6 has @eve instead", d.Message);
    }

    [Fact]
    public void Signale_une_equipe_que_le_tableau_des_contributions_contredit()
    {
        const string report = """
            # Rapport de phase

            - ✅ Lot 1
            - ✅ Lot 2
            - **Équipe :** (@lea, @max, @noe)

            | Agent | Lot | Statut |
            |-------|-----|--------|
            | @lea | 1 | ✅ |
            | @max | 2 | ✅ |
            | @zoe | 2 | ✅ |
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal(5, d.Line);
        Assert.Equal("The team here includes @noe, but the table at line 7 has @zoe instead", d.Message);
    }

    [Fact]
    public void A_roster_within_the_team_is_not_reported()
    {
        const string report = """
            # Phase 4 report

            **Status:** ✅ COMPLETE
            **Team:** Core crew (@ana, @bo, @cy, @dee)

            | Agent | Work | Status |
            |-------|------|--------|
            | @ana | Parser | ✅ Done |
            | @bo | Cache | ✅ Done |
            | @cy | Search | ✅ Done |
            """;
        Assert.Empty(Findings(report));
    }
}
