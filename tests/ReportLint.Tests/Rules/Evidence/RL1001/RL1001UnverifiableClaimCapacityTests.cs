using ReportLint.Diagnostics;
using ReportLint.Rules;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

/// <summary>RL1001: a capacity claimed ("Handles 1000+ concurrent users") in a report that runs no load test.</summary>
public class RL1001UnverifiableClaimCapacityTests
{
    private static Diagnostic[] Findings(string report) =>
        BuiltInRules.CreateLinter().Lint(StatusReports.Checked(report)).Diagnostics.Where(d => d.Id == "RL1001").ToArray();

    [Fact]
    public void Reports_a_capacity_claimed_with_no_load_test_in_English_and_French()
    {
        const string report = """
            # Release report

            **Status:** ✅ Complete

            - ✅ **Scalable Architecture**: Handles 1000+ concurrent users
            - ✅ **Scalable** - Can handle any number of students/courses

            **Prêt pour production avec des milliers d'utilisateurs !**
            """;
        Diagnostic[] found = Findings(report);
        Assert.Equal([(5, 32), (6, 20), (8, 3)], found.Select(d => (d.Line, d.Column)));
        Assert.Equal(
            [
                "Unverifiable claim 'Handles 1000+ concurrent users': no count, link, log or command backs it; the report runs no load test",
                "Unverifiable claim 'Can handle any number of students': no count, link, log or command backs it; the report runs no load test",
                "Unverifiable claim 'Prêt pour production avec des milliers d'utilisateurs': no count, link, log or command backs it; the report runs no load test",
            ],
            found.Select(d => d.Message));
    }

    [Fact]
    public void A_load_test_the_report_runs_backs_the_capacity()
    {
        const string report = """
            # Release report

            **Status:** ✅ Complete

            - ✅ **Scalable Architecture**: Handles 1000+ concurrent users
            - ✅ Load test with k6: 1,200 virtual users, p95 240 ms
            """;
        Assert.Empty(Findings(report));
    }

    [Fact]
    public void Does_not_report_a_planned_denied_or_hoped_for_capacity_in_English_and_French()
    {
        const string report = """
            # Rapport de sprint

            **Statut :** ✅ Terminé

            - ✅ Connexion
            - The service does not yet handle 1000+ concurrent users.
            - It should handle thousands of users after the cache lands.
            - L'API devrait gérer des milliers d'utilisateurs.
            - [ ] Supports 10000+ requests

            ## Next steps

            - Handles 5000+ concurrent users once sharded
            - [ ] Load testing with k6
            """;
        Assert.Empty(Findings(report));
    }
}
