using ReportLint.Diagnostics;
using ReportLint.Rules;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

/// <summary>RL1001: a measured result guaranteed ("60 FPS garanti", "Performance targets guaranteed") needs the runs that measured it.</summary>
public class RL1001UnverifiableClaimGuaranteeTests
{
    private static Diagnostic[] Findings(string report) =>
        BuiltInRules.CreateLinter().Lint(StatusReports.Checked(report)).Diagnostics.Where(d => d.Id == "RL1001").ToArray();

    [Fact]
    public void Reports_a_figure_or_performance_guaranteed_in_English_and_French()
    {
        const string report = """
            # Release report

            **Status:** ✅ Complete

            - ✅ **Animations** - 60 FPS guaranteed
            - **Recommendation:** Performance targets guaranteed
            - **Repli** garantissant 99%+ de succès de traduction
            - ✅ **Défilement** : 60 FPS garanti
            """;
        Diagnostic[] found = Findings(report);
        Assert.Equal([(5, 22), (6, 23), (7, 13), (8, 22)], found.Select(d => (d.Line, d.Column)));
        Assert.Equal(
            [
                "Unverifiable claim '60 FPS guaranteed': no count, link, log or command backs it",
                "Unverifiable claim 'Performance targets guaranteed': no count, link, log or command backs it",
                "Unverifiable claim 'garantissant 99%+': no count, link, log or command backs it",
                "Unverifiable claim '60 FPS garanti': no count, link, log or command backs it",
            ],
            found.Select(d => d.Message));
    }

    [Fact]
    public void Does_not_report_a_guaranteed_behaviour_a_denied_guarantee_or_a_measured_one_in_English_and_French()
    {
        const string report = """
            # Release report

            **Status:** ✅ Complete

            - ✅ Deterministic ordering guaranteed
            - ✅ Déterminisme garanti
            - ✅ Le verrou garantit qu'une seule ligne de configuration peut exister
            - **Impact** : Pas de garantie de qualité systématique
            - The compiler does not guarantee that 100% of comments are kept
            - ✅ 60 FPS guaranteed ([profiling trace](traces/scroll.json))
            - ✅ Latence p95 garantie sous 200 ms (`k6 run load.js`)
            """;
        Assert.Empty(Findings(report));
    }

    // A figure before a verb whose subject stands there is what guarantees, not what is guaranteed; the figure after
    // the same verb still is.
    [Fact]
    public void A_figure_that_is_the_subject_of_the_guarantee_is_not_guaranteed_in_English_and_French()
    {
        const string report = """
            # Release report

            **Status:** ✅ Complete

            - [x] ✅ 51 tests migration garantissent robustesse
            - ✅ 12 integration tests guarantee schema compatibility
            - **Repli** garantissant 99%+ de succès de traduction
            - The retry queue guarantees 100% delivery
            """;
        Diagnostic[] found = Findings(report);
        Assert.Equal([(7, 13), (8, 19)], found.Select(d => (d.Line, d.Column)));
        Assert.Equal(
            [
                "Unverifiable claim 'garantissant 99%+': no count, link, log or command backs it",
                "Unverifiable claim 'guarantees 100%': no count, link, log or command backs it",
            ],
            found.Select(d => d.Message));
    }
}
