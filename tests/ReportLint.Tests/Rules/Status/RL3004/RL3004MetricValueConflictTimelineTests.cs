using ReportLint.Diagnostics;
using ReportLint.Rules;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

/// <summary>RL3004: a task's estimate against the days the report's own timeline gives it.</summary>
public class RL3004MetricValueConflictTimelineTests
{
    private static Diagnostic[] Findings(string report) =>
        BuiltInRules.CreateLinter().Lint(StatusReports.Checked(report)).Diagnostics.Where(d => d.Id == "RL3004").ToArray();

    [Fact]
    public void Reports_an_estimate_in_weeks_that_the_timeline_gives_two_days()
    {
        const string report = """
            # Migration status

            - ✅ Schema designed
            - ✅ Staging ready

            **Remaining:**
            - 🟡 Migrate customer records (2-3 weeks)

            ```
            ├─ Mar 10-11: customer records migration
            └─ Mar 12: cutover
            ```
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((7, 32), (d.Line, d.Column));
        Assert.Equal("'Migrate customer records' takes 2-3 weeks here, but the timeline gives it Mar 10-11 (2 days) at line 10: \"customer records migration\"", d.Message);
    }

    [Fact]
    public void Signale_une_estimation_en_semaines_que_le_planning_resume_a_deux_jours()
    {
        const string report = """
            # État de la migration

            - ✅ Schéma conçu
            - ✅ Préproduction prête

            **Reste à faire :**
            - 🟡 Migration des dossiers clients (2 semaines)

            ```
            ├─ mars 12-13: migration dossiers clients
            ```
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((7, 38), (d.Line, d.Column));
        Assert.Equal("'Migration des dossiers clients' takes 2 semaines here, but the timeline gives it mars 12-13 (2 days) at line 10: \"migration dossiers clients\"", d.Message);
    }

    [Fact]
    public void An_estimate_close_to_the_timeline_for_another_task_or_before_a_deadline_is_not_reported()
    {
        const string report = """
            # Migration status

            - ✅ Schema designed
            - ✅ Staging ready

            **Remaining:**
            - 🟡 Migrate customer records (4 days)
            - 🟡 Write the runbook (2 weeks)
            - 🟡 Rehearse the cutover (2 weeks)

            ```
            ├─ Mar 10-12: customer records migration
            └─ Mar 13: cutover rehearsal
            ```
            """;
        Assert.Empty(Findings(report));
    }
}
