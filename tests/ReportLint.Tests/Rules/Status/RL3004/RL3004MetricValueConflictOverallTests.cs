using ReportLint.Diagnostics;
using ReportLint.Rules;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

/// <summary>RL3004: the overall completion given twice with values that cannot both hold ("67% Overall", "48.7% overall").</summary>
public class RL3004MetricValueConflictOverallTests
{
    private static Diagnostic[] Findings(string report) =>
        BuiltInRules.CreateLinter().Lint(StatusReports.Checked(report)).Diagnostics.Where(d => d.Id == "RL3004").ToArray();

    [Fact]
    public void Reports_a_summary_overall_completion_that_the_computed_total_contradicts()
    {
        const string report = """
            # Release plan

            **COMPLETION: 95%+ Backend | 70% Overall**

            - ✅ Phase 1 (10/10)
            - ✅ Phase 2 (12/12)
            - ❌ Phase 3 (0/18)

            **TOTAL: 22/40 tasks complete (55% overall)**
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((3, 30), (d.Line, d.Column));
        Assert.Equal("The overall completion is 70% here but 55% at line 9: \"TOTAL: 22/40 tasks complete (55% overall)\"", d.Message);
    }

    [Fact]
    public void Signale_un_avancement_global_contredit_par_le_total()
    {
        const string report = """
            # Bilan du lot 2

            - ✅ Lot 1 terminé (8/8)
            - 🔄 Lot 2 (3/12)
            - ❌ Lot 3 (0/5)

            Total : 11/25 tâches terminées (44 % au total)

            **Avancement : 80 % global, projet presque terminé**
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal(9, d.Line);
        Assert.Equal("The overall completion is 80 % here but 44 % at line 7: \"Total : 11/25 tâches terminées (44 % au total)\"", d.Message);
    }

    [Fact]
    public void Overall_values_of_other_metrics_or_that_agree_are_not_reported()
    {
        const string report = """
            # Release plan

            - ✅ Phase 1 complete (10/10)
            - ✅ Phase 2 complete (12/12)
            - ❌ Phase 3 (0/18)

            **TOTAL: 22/40 tasks complete (55% overall)**

            - Coverage: 82% overall pass rate
            - Build time improved by 30% overall
            - Phase 2 complete: 55.0% overall
            """;
        Assert.Empty(Findings(report));
    }
}
