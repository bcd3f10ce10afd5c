using ReportLint.Diagnostics;
using ReportLint.Rules;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

/// <summary>
/// RL1002: praise of the work's own results shouted in capitals ("🎉 EXCEPTIONAL PERFORMANCE", "## 🏆 INCREDIBLE
/// ACHIEVEMENT") is hype (issue 49: labelled in three reports of three repositories). The same words in plain case may
/// describe a measure, and stay quiet.
/// </summary>
public class RL1002SelfCertificationShoutedTests
{
    private static Diagnostic[] Findings(string report) =>
        BuiltInRules.CreateLinter().Lint(StatusReports.Checked(report)).Diagnostics.Where(d => d.Id == "RL1002").ToArray();

    [Fact]
    public void Shouted_praise_of_the_work_s_results_is_hype()
    {
        const string report = """
            # Sprint 1 Report

            ## 🏆 INCREDIBLE ACHIEVEMENT

            - ✅ Login merged
            - ✅ Search merged
            - ✅ Export merged

            **🎉 EXCEPTIONAL PERFORMANCE**: the team delivered every story.
            """;

        Diagnostic[] findings = Findings(report);
        Assert.Equal(2, findings.Length);
        Assert.Equal((3, 7), (findings[0].Line, findings[0].Column));
        Assert.Equal("'INCREDIBLE ACHIEVEMENT' certifies the work with no outside authority: name the auditor, the standard or the evidence, or drop it", findings[0].Message);
        Assert.Equal((9, 6), (findings[1].Line, findings[1].Column));
        Assert.Equal("'EXCEPTIONAL PERFORMANCE' certifies the work with no outside authority: name the auditor, the standard or the evidence, or drop it", findings[1].Message);
    }

    [Fact]
    public void Un_eloge_crie_des_resultats_du_travail_est_de_la_survente()
    {
        const string report = """
            # Rapport de sprint 1

            - ✅ Connexion fusionnée
            - ✅ Recherche fusionnée
            - ✅ Export fusionné

            **Conclusion** : ✅ **PERFORMANCES EXCEPTIONNELLES**
            """;

        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((7, 22), (d.Line, d.Column));
        Assert.Equal("'PERFORMANCES EXCEPTIONNELLES' certifies the work with no outside authority: name the auditor, the standard or the evidence, or drop it", d.Message);
    }

    [Fact]
    public void The_same_praise_in_plain_words_describing_a_measure_is_quiet_in_English_and_French()
    {
        const string report = """
            # Sprint 1 Report

            - ✅ Login merged
            - ✅ Search merged
            - ✅ Export merged

            ## Notes

            - Exceptional performance: 30,927 units/s, 300x the target.
            - Performances exceptionnelles : 30 927 unités/s, 300 fois l'objectif.
            - Amazing work by the three contributors of the week.
            """;

        Assert.Empty(Findings(report));
    }
}
