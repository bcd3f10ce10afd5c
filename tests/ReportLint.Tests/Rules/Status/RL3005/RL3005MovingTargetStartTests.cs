using ReportLint.Diagnostics;
using ReportLint.Rules;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

/// <summary>RL3005: a target that the report elsewhere gives as its starting value.</summary>
public class RL3005MovingTargetStartTests
{
    private static Diagnostic[] Findings(string report) =>
        BuiltInRules.CreateLinter().Lint(StatusReports.Checked(report)).Diagnostics.Where(d => d.Id == "RL3005").ToArray();

    [Fact]
    public void Reports_a_target_that_was_the_starting_value()
    {
        const string report = """
            # Readiness report

            - ✅ Tests
            - ✅ Docs
            - ✅ Monitoring

            ## Overall
            - **Original Target**: 96.4%
            - **Final**: 100% ✅

            ## Gap closures (96.4% → 100%)
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((8, 24), (d.Line, d.Column));
        Assert.Equal("The target of Original Target is 96.4% here but the starting value of \"Gap closures (96.4% → 100%)\" at line 11", d.Message);
    }

    [Fact]
    public void Signale_un_objectif_qui_etait_le_point_de_depart()
    {
        const string report = """
            # Rapport de conformité

            - ✅ Journalisation
            - ✅ Sauvegardes
            - ✅ Chiffrement

            - **Objectif initial** : 91.5%
            - **Résultat** : 100 % ✅

            ### Écarts comblés (91.5% → 100%)
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal(7, d.Line);
        Assert.Equal("The target of Objectif initial is 91.5% here but the starting value of \"Écarts comblés (91.5% → 100%)\" at line 10", d.Message);
    }

    [Fact]
    public void A_target_reached_from_another_start_or_a_round_value_is_not_reported()
    {
        const string report = """
            # Readiness report

            - ✅ Tests
            - ✅ Docs
            - ✅ Monitoring

            - **Target**: 96.4%
            - **Goal**: 90%

            ## Coverage (92.1% → 97.0%)
            ## Uptime (90% → 99%)
            """;
        Assert.Empty(Findings(report));
    }

    // "Target: 32.4% → 60%" under a target key: the value before the arrow is where the work starts, the one after it
    // the target; that the report starts "Coverage: 32.4% → 34.2%" from the same value moves no target.
    [Fact]
    public void The_start_of_a_change_under_a_target_key_is_no_target_in_English_and_French()
    {
        const string report = """
            # Coverage sprint report

            - ✅ Tests
            - ✅ Docs
            - ✅ Monitoring

            **Coverage**: 32.4% → 34.2% (+1.8%)

            ## Next steps
            - Target: 32.4% → 60%

            **Couverture** : 45.5% → 47.1%

            ## Prochaines étapes
            - Objectif : 45.5% → 70%
            """;
        Assert.Empty(Findings(report));
    }
}
