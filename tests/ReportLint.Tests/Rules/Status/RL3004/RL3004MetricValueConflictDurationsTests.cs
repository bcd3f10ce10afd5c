using ReportLint.Diagnostics;
using ReportLint.Rules;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

/// <summary>RL3004: the time of a piece of work computed shorter than the report says it took.</summary>
public class RL3004MetricValueConflictDurationsTests
{
    private static Diagnostic[] Findings(string report) =>
        BuiltInRules.CreateLinter().Lint(StatusReports.Checked(report)).Diagnostics.Where(d => d.Id == "RL3004").ToArray();

    [Fact]
    public void Signale_un_temps_calcule_plus_court_que_le_temps_annonce()
    {
        const string report = """
            # Rapport de migration

            - ✅ 40 tables migrées en 10 minutes
            - ✅ Index recréés
            - ✅ Contrôles passés

            ## Gain

            ```
            Manuel :   40 tables × 30 min = 20h
            Script :   40 tables × 3 sec  = 120s
            ```
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((11, 33), (d.Line, d.Column));
        Assert.Equal("40 tables take 120s here but 10 minutes at line 3: \"✅ 40 tables migrées en 10 minutes\"", d.Message);
    }

    [Fact]
    public void Reports_a_computed_time_shorter_than_the_time_stated()
    {
        const string report = """
            # Build report

            - ✅ 12 services built in 6 minutes
            - ✅ Images pushed
            - ✅ Smoke tests green

            With the cache: 12 services × 5 s = 60 s
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((7, 37), (d.Line, d.Column));
        Assert.Equal("12 services take 60 s here but 6 minutes at line 3: \"✅ 12 services built in 6 minutes\"", d.Message);
    }

    [Fact]
    public void A_longer_baseline_another_count_or_a_time_within_rounding_is_not_reported()
    {
        const string report = """
            # Build report

            - ✅ 12 services built in 6 minutes
            - ✅ Images pushed
            - ✅ Smoke tests green

            Without the cache: 12 services × 4 min = 48 min
            With the cache: 12 services × 30 s = 6 min
            Nightly: 30 services × 5 s = 150 s
            """;
        Assert.Empty(Findings(report));
    }
}
