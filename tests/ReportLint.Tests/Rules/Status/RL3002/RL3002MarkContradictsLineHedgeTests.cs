using ReportLint.Diagnostics;
using ReportLint.Rules;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

/// <summary>
/// RL3002's not-done-words check on a hedge ("almost", "nearly", "mostly", "presque"): a done mark on a line that says
/// the work is only almost done, not a hedge on a figure.
/// </summary>
public class RL3002MarkContradictsLineHedgeTests
{
    private static Diagnostic[] Findings(string report) =>
        BuiltInRules.CreateLinter().Lint(StatusReports.Checked(report)).Diagnostics.Where(d => d.Id == "RL3002").ToArray();

    [Fact]
    public void Reports_a_done_mark_on_a_line_that_says_almost_in_English_and_French()
    {
        const string report = """
            # Release report

            - ✅ Parser rewritten
            - ✓ All tests passing (ALMOST - install Trivy)
            - ✅ End-to-end flow mostly works
            - ✅ Migration presque terminée
            """;
        Diagnostic[] found = Findings(report);
        Assert.Equal([(4, 3), (5, 3), (6, 3)], found.Select(d => (d.Line, d.Column)));
        Assert.Equal(
            [
                "✓ marks this line as done, but it says 'ALMOST'",
                "✅ marks this line as done, but it says 'mostly'",
                "✅ marks this line as done, but it says 'presque'",
            ],
            found.Select(d => d.Message));
        Assert.Equal(report.Replace("- ✓ All", "- ⚠️ All", StringComparison.Ordinal).Replace("- ✅ End", "- ⚠️ End", StringComparison.Ordinal)
            .Replace("- ✅ Migration", "- ⚠️ Migration", StringComparison.Ordinal), BuiltInRules.CreateLinter().Fix(report).FixedText);
    }

    [Fact]
    public void A_hedge_on_a_figure_is_no_state_in_English_and_French() =>
        Assert.Empty(Findings("""
            # Release report

            - ✅ Parser rewritten
            - ✅ Build time cut by almost 50%
            - ✅ Nearly 2x faster cold start
            - ✅ Temps de build réduit de presque 40 %
            """));
}

/// <summary>
/// RL3002's not-done-words check on a problem fixed: a done mark whose next word says fixed ("✅ FIXED", "✅ Corrigé")
/// marks the problem its line names as gone.
/// </summary>
public class RL3002MarkContradictsLineFixedTests
{
    private static Diagnostic[] Findings(string report) =>
        BuiltInRules.CreateLinter().Lint(StatusReports.Checked(report)).Diagnostics.Where(d => d.Id == "RL3002").ToArray();

    [Fact]
    public void A_problem_marked_fixed_is_no_work_left_in_English_and_French() =>
        Assert.Empty(Findings("""
            # Bug fix report

            | Bug | Title | Status |
            |-----|-------|--------|
            | BUG-012 | Session persistence not implemented | ✅ FIXED |
            | BUG-014 | Export en attente indéfiniment (pending) | ✅ Résolu |

            - ✅ Resolved: pause/resume not implemented
            - ✅ Corrigé : export non implémenté
            """));

    [Fact]
    public void A_done_mark_before_other_words_is_still_judged_in_English_and_French()
    {
        Diagnostic[] found = Findings("""
            # Bug fix report

            | Bug | Title | Status |
            |-----|-------|--------|
            | BUG-012 | Session persistence not implemented | ✅ Verified |

            - ✅ Sync not implemented, fixed later
            - ✅ Export non implémenté
            """);
        Assert.Equal([(5, 51), (7, 3), (8, 3)], found.Select(d => (d.Line, d.Column)));
        Assert.Equal("✅ marks this line as done, but it says 'not implemented'", found[0].Message);
    }
}
