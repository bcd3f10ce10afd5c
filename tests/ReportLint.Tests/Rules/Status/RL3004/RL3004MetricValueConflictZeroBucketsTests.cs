using ReportLint.Diagnostics;
using ReportLint.Rules;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

/// <summary>RL3004: a bucket of zero critical items left while a critical finding is still open under another level.</summary>
public class RL3004MetricValueConflictZeroBucketsTests
{
    private static Diagnostic[] Findings(string report) =>
        BuiltInRules.CreateLinter().Lint(StatusReports.Checked(report)).Diagnostics.Where(d => d.Id == "RL3004").ToArray();

    [Fact]
    public void Signale_zero_probleme_critique_quand_une_decouverte_critique_reste_ouverte()
    {
        const string report = """
            # Rapport d'audit

            - ✅ Dépendances à jour
            - ✅ Tests au vert
            - ✅ Journaux centralisés

            **Découvertes critiques** :
            1. Clé API exposée dans le dépôt
            2. Sauvegardes jamais testées

            ## Problèmes restants

            ### Critique (0)

            Aucun problème critique.

            ### Haute priorité (1)

            1. **Clé API exposée** (manuel)
               - Statut : à révoquer
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((13, 1), (d.Line, d.Column));
        Assert.Equal("'Critique (0)' counts no critical item left, but 'Clé API exposée dans le dépôt', listed as critical at line 8, is still open under 'Haute priorité (1)' (line 19)", d.Message);
    }

    [Fact]
    public void Reports_zero_critical_issues_while_a_critical_finding_is_still_open()
    {
        const string report = """
            # Audit report

            - ✅ Dependencies updated
            - ✅ Tests green

            ### Critical findings
            - Admin password stored in plain text
            - Backups never restored

            ## Open issues

            ### Critical priority (0)

            ### High priority (1)
            - Admin password still in plain text ⏳
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((12, 1), (d.Line, d.Column));
        Assert.Equal("'Critical priority (0)' counts no critical item left, but 'Admin password stored in plain text', listed as critical at line 7, is still open under 'High priority (1)' (line 15)", d.Message);
    }

    [Fact]
    public void A_critical_finding_that_is_done_or_absent_from_the_open_issues_is_not_reported()
    {
        const string report = """
            # Audit report

            - ✅ Dependencies updated
            - ✅ Tests green

            ### Critical findings
            - Admin password stored in plain text
            - Backups never restored

            ## Open issues

            ### Critical priority (0)

            ### High priority (2)
            - ✅ Admin password moved to the vault
            - Flaky login test on CI
            """;
        Assert.Empty(Findings(report));
    }

    [Fact]
    public void A_zero_written_in_bold_counts_as_the_zero_of_its_heading()
    {
        // The heading reads "Critique (0)" once its emphasis is dropped, as its message quotes it.
        const string report = """
            # Rapport d'audit

            - ✅ Dépendances à jour
            - ✅ Tests au vert

            **Découvertes critiques** :
            1. Clé API exposée dans le dépôt

            ## Problèmes restants

            ### Critique (**0**)

            ### Haute priorité (1)
            - Clé API exposée dans le dépôt ⏳
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((11, 1), (d.Line, d.Column));
        Assert.StartsWith("'Critique (0)' counts no critical item left, but 'Clé API exposée dans le dépôt', listed as critical at line 7", d.Message);
    }
}
