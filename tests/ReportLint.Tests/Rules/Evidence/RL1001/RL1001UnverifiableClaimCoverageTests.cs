using ReportLint.Diagnostics;
using ReportLint.Rules;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

/// <summary>RL1001: a test coverage given only as a bound or an approximation in a report that gives no coverage report.</summary>
public class RL1001UnverifiableClaimCoverageTests
{
    private static Diagnostic[] Findings(string report) =>
        BuiltInRules.CreateLinter().Lint(StatusReports.Checked(report)).Diagnostics.Where(d => d.Id == "RL1001").ToArray();

    [Fact]
    public void Reports_a_coverage_bound_with_no_coverage_report_in_English_and_French()
    {
        const string report = """
            # Sprint report

            **Status:** ✅ Complete

            - ✅ Login
            - ✅ Billing
            - **Backend Coverage**: 84%+ (production-ready)
            - **Couverture** > 70% du code
            - ✅ 84%+ backend coverage
            """;
        Diagnostic[] found = Findings(report);
        Assert.Equal([(7, 13), (8, 5)], found.Select(d => (d.Line, d.Column)));
        Assert.Equal(
            [
                "Unverifiable claim 'Coverage: 84%+': no count, link, log or command backs it; the report gives no coverage report",
                "Unverifiable claim 'Couverture > 70%': no count, link, log or command backs it; the report gives no coverage report",
            ],
            found.Select(d => d.Message));
        Assert.Equal(9, Assert.Single(found[0].AdditionalLocations).LineSpan.Start.Line);
    }

    [Fact]
    public void A_coverage_run_or_a_measured_figure_backs_the_bound()
    {
        const string withRun = """
            # Sprint report

            **Status:** ✅ Complete

            - ✅ Login
            - ✅ Billing
            - **Coverage**: 84%+
            - Ran `pytest --cov=app --cov-report=term`
            """;
        const string withFigure = """
            # Rapport de sprint

            **Statut :** ✅ Terminé

            - ✅ Connexion
            - ✅ Facturation
            - **Couverture** : ≥90% (config 98%, extensions 100%)
            - Couverture des tests : 91.4%
            """;
        Assert.Empty(Findings(withRun));
        Assert.Empty(Findings(withFigure));
    }

    [Fact]
    public void Does_not_report_a_goal_an_option_another_coverage_or_an_open_item_in_English_and_French()
    {
        const string report = """
            # Rapport de sprint

            **Statut :** ✅ Terminé

            - ✅ Connexion
            - ✅ Backend pytest job with ≥90% coverage enforcement
            - **Browser Coverage**: 95%+
            - Type hints: 95%+ coverage
            - [ ] Test coverage > 60%
            - **Objectif** : couverture > 80%

            ## Pour aller plus loin (optionnel)

            1. **Tests Coverage 90%+** - Qualité code
            """;
        Assert.Empty(Findings(report));
    }
}
