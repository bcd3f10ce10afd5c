using ReportLint.Rules;
using ReportLint.Rules.Arithmetic;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

public class RL2007DurationMismatchTests
{
    private static void Verify(string markup) => RuleVerifier.Verify(new RL2007DurationMismatch(), StatusReports.Of(markup));

    [Fact]
    public void Reports_a_duration_longer_than_its_dates_in_English_and_French() => Verify("""
        - Dec 18-20: load testing ([|5 days|])
        - 3–4 mars : migration des données ([|4 jours|])

        ```
        Week of Jan 5-11:
        ├─ Jan 5: kickoff ✅ DONE
        ├─ Jan. 6-7: security review ([|3 days|]) 🟡 IN PROGRESS
        └─ Jan 8: retrospective
        ```
        """);

    [Fact]
    public void Message_counts_the_days_of_the_range()
    {
        var d = Assert.Single(BuiltInRules.CreateLinter().Lint(StatusReports.WithFooter("- Dec 18-20: load testing (5 days)\n")).Diagnostics, d => d.Id == "RL2007");
        Assert.Equal((1, 28), (d.Line, d.Column));
        Assert.Equal("'Dec 18-20' spans 3 days (18 to 20, both included), not 5 days", d.Message);
    }

    [Fact]
    public void Does_not_report_durations_the_dates_hold_or_other_durations() => Verify("""
        - Dec 18-20: load testing (3 days)
        - Dec 15-21: migration (5 days)
        - Oct 1-5: backups kept 30 days
        - 10-12 avril : atelier (2 jours)
        - Sprint 12-14 (9 days)
        - Mar 3-4 and Mar 10-11 (4 days)
        - Les 3-4 mai, on garde les sauvegardes (voir les 30 jours de rétention)
        """);
}
