using ReportLint.Diagnostics;
using ReportLint.Rules;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

/// <summary>RL3002: a done item naming a priority level whose own section still lists that work open.</summary>
public class RL3002MarkContradictsLineBucketsTests
{
    private static Diagnostic[] Findings(string report) =>
        BuiltInRules.CreateLinter().Lint(StatusReports.Checked(report)).Diagnostics.Where(d => d.Id == "RL3002").ToArray();

    [Fact]
    public void Signale_une_priorite_dite_realisee_que_sa_section_liste_encore()
    {
        const string report = """
            # Rapport de recette : 100 % terminé

            ## Recommandations

            ### Priorité haute
            1. Migrer la base de données

            ### Priorité moyenne
            1. Corriger les erreurs CORS
               - Revoir les origines autorisées

            ## Bilan

            - ✅ **Priorité haute** : base de données migrée
            - ✅ **Priorité moyenne** : CORS et en-têtes corrigés
            - ✅ **Documentation** : guide d'installation publié
            """;
        Diagnostic[] findings = Findings(report);
        Diagnostic d = Assert.Single(findings, f => f.Line == 15);
        Assert.Equal(3, d.Column);
        Assert.Equal("✅ marks 'Priorité moyenne : CORS et en-têtes corrigés' as done, but 'Priorité moyenne' at line 8 still lists \"Corriger les erreurs CORS\" (line 9)", d.Message);
    }

    [Fact]
    public void Reports_a_priority_said_done_while_its_section_lists_the_work()
    {
        const string report = """
            # Release report: 100% complete

            ## Next actions

            ### High priority
            - Rotate the API keys of the staging cluster

            ## Summary

            - ✅ **High priority**: staging cluster keys rotated
            - ✅ **Docs**: install guide published
            - ✅ **Monitoring**: alerts wired
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((10, 3), (d.Line, d.Column));
        Assert.Equal("✅ marks 'High priority: staging cluster keys rotated' as done, but 'High priority' at line 5 still lists \"Rotate the API keys of the staging cluster\" (line 6)", d.Message);
    }

    [Fact]
    public void A_level_whose_open_items_name_other_work_or_that_is_itself_done_is_not_reported()
    {
        const string report = """
            # Release report: 100% complete

            ## Next actions

            ### High priority
            - Write the onboarding guide

            ### Low priority ✅
            - Rotate the API keys

            ## Summary

            - ✅ **High priority**: staging cluster keys rotated
            - ✅ **Low priority**: API keys rotated
            - ✅ **Docs**: install guide published
            """;
        Assert.Empty(Findings(report));
    }
}
