using ReportLint.Rules;
using ReportLint.Rules.Status;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

/// <summary>RL3004: one change of a metric told twice, to the same end value from two starting values.</summary>
public class RL3004MetricValueConflictChangesTests
{
    private static void Verify(string markup) => RuleVerifier.Verify(new RL3004MetricValueConflict(), StatusReports.Of(markup));

    [Fact]
    public void Reports_a_change_told_twice_from_two_starting_values_in_English_and_French() => Verify("""
        ## Results
        - ✅ Security score: 3.5/10 → 9.8/10 (+180%)
        - ✅ Build green

        ## Scores
        - ✅ Security score: [|6.5/10|] → 9.8/10
        - ✅ Taux de couverture : 40 % → 85 %
        - ✅ Taux de couverture : [|60 %|] → 85 %
        """);

    [Fact]
    public void Message_gives_both_starting_values_and_the_end_value()
    {
        const string report = "- ✅ Security score: 3.5/10 → 9.8/10\n- ✅ Build\n- ✅ Security score: 6.5/10 → 9.8/10\n";
        var d = Assert.Single(BuiltInRules.CreateLinter().Lint(StatusReports.WithFooter(report)).Diagnostics, d => d.Id == "RL3004");
        Assert.Equal((3, 21), (d.Line, d.Column));
        Assert.Equal("The starting value of Security score is 6.5/10 here but 3.5/10 at line 1, for the same end value 9.8/10", d.Message);
        Assert.Equal(1, Assert.Single(d.AdditionalLocations).LineSpan.Start.Line);
    }

    [Fact]
    public void Does_not_report_successive_steps_other_ends_other_periods_or_a_start_against_an_end() => Verify("""
        - ✅ Bundle size: 500 KB → 400 KB
        - ✅ Bundle size: 400 KB → 300 KB
        - ✅ Temps de build : 12 min → 8 min
        - ✅ Temps de build : 10 min → 6 min
        - ✅ Error rate: 4% → 1%
        - ✅ Error rate: 1%

        ## Week 1
        - ✅ Test coverage: 40% → 80%

        ## Week 4
        - ✅ Test coverage: 60% → 80%
        """);
}
