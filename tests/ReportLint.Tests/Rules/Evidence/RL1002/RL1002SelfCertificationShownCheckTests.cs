using ReportLint.Diagnostics;
using ReportLint.Rules;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

/// <summary>RL1002: a status graded right after the check that measures or shows it is that check's band, no award.</summary>
public class RL1002SelfCertificationShownCheckTests
{
    private static Diagnostic[] Findings(string report) =>
        BuiltInRules.CreateLinter().Lint(StatusReports.Checked(report)).Diagnostics.Where(d => d.Id == "RL1002").ToArray();

    [Fact]
    public void Does_not_report_the_status_of_a_measured_or_shown_check_but_reports_the_work_graded()
    {
        const string report = """
            # Integration test report

            **Status:** ✅ Complete

            - ✅ Login checked
            - ✅ Payments checked
            - ✅ Exports checked

            ### Accuracy
            - **Accuracy**: 100% (12/12)
            - ✅ All reference translations validated
            - **Status**: EXCELLENT

            ### Database connection
            ```
            ✅ Connection OK
               Status: 200
            ```
            - **Status:** Perfect
            - **API key:** Working

            ### Overall
            - **Status:** EXCELLENT
            - **Quality:** EXCELLENT
            """;
        Diagnostic[] found = Findings(report);
        // The work graded EXCELLENT twice is one claim: the second grade is a related location.
        Diagnostic d = Assert.Single(found);
        Assert.Equal((23, 5), (d.Line, d.Column));
        Assert.Equal("'Status: EXCELLENT' certifies the work with no outside authority: name the auditor, the standard or the evidence, or drop it", d.Message);
        Assert.Equal(24, Assert.Single(d.AdditionalLocations).LineSpan.Start.Line);
    }

    [Fact]
    public void Ne_signale_pas_le_statut_d_une_verification_mesuree_ou_montree_mais_signale_le_bilan()
    {
        const string report = """
            # Rapport de recette

            **Statut :** ✅ Terminé

            - ✅ Connexion vérifiée
            - ✅ Paiements vérifiés
            - ✅ Exports vérifiés

            ### Exactitude
            - **Taux d'exactitude** : 100% (12/12)
            - ✅ Toutes les traductions validées
            - **Statut** : EXCELLENT

            ### Connexion à la base
            ```
            ✅ Connexion OK
               Status: 200
            ```
            - **Statut :** Parfait
            - **Clé API :** Fonctionnelle

            ### Bilan
            - **Statut :** EXCELLENT
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((23, 5), (d.Line, d.Column));
        Assert.Equal("'Statut : EXCELLENT' certifies the work with no outside authority: name the auditor, the standard or the evidence, or drop it", d.Message);
        Assert.Empty(d.AdditionalLocations);
    }

    [Fact]
    public void Does_not_report_a_grade_a_command_printed_in_a_shell_block_but_reports_the_same_lines_shown_as_a_dashboard()
    {
        const string report = """
            # Validation report

            **Status:** ✅ Complete

            - ✅ Login checked
            - ✅ Payments checked
            - ✅ Exports checked

            ```bash
            $ node scripts/validate.js
            Total Checks: 40
            ✓ Passed: 40
            ✗ Failed: 0

            Overall Score: 100% - EXCELLENT ✓
            ```

            ```
            Total Checks: 40
            ✓ Passed: 40
            ✗ Failed: 0

            Overall Score: 100% - OUTSTANDING ✓
            ```
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((23, 9), (d.Line, d.Column));
        Assert.Equal("'Overall Score: 100% - OUTSTANDING' certifies the work with no outside authority: name the auditor, the standard or the evidence, or drop it", d.Message);
    }

    [Fact]
    public void Ne_signale_pas_la_note_qu_une_commande_affiche_mais_signale_les_memes_lignes_en_tableau_de_bord()
    {
        const string report = """
            # Rapport de validation

            **Statut :** ✅ Terminé

            - ✅ Connexion vérifiée
            - ✅ Paiements vérifiés
            - ✅ Exports vérifiés

            ```
            $ npm run audit
            Contrôles : 40
            ✓ Réussis : 40
            ✗ Échecs : 0

            Résultat : EXCELLENT ✓
            ```

            ```
            Contrôles : 40
            ✓ Réussis : 40
            ✗ Échecs : 0

            Évaluation : EXCEPTIONNELLE ✓
            ```
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((23, 1), (d.Line, d.Column));
        Assert.Equal("'Évaluation : EXCEPTIONNELLE' certifies the work with no outside authority: name the auditor, the standard or the evidence, or drop it", d.Message);
    }
}
