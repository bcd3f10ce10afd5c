using ReportLint.Diagnostics;
using ReportLint.Rules;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

/// <summary>RL1001: the state the work started from, under a "Before" heading, is no result the report claims.</summary>
public class RL1001UnverifiableClaimBeforeTests
{
    private static Diagnostic[] Findings(string report) =>
        BuiltInRules.CreateLinter().Lint(StatusReports.Checked(report)).Diagnostics.Where(d => d.Id == "RL1001").ToArray();

    [Fact]
    public void Does_not_report_the_state_before_the_work_but_reports_the_result_after()
    {
        const string report = """
            # Test campaign report

            **Status:** ✅ Complete

            - ✅ Login tests written
            - ✅ Payment tests written
            - ✅ Export tests written

            ### Before (existing suite)
            - **Test coverage**: 100%

            ### After (new tests added)
            - **Code coverage**: 100%
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((13, 5), (d.Line, d.Column));
        Assert.Equal("Unverifiable claim 'Code coverage: 100%': no count, link, log or command backs it", d.Message);
    }

    [Fact]
    public void A_before_word_inside_a_heading_does_not_make_it_the_state_before()
    {
        const string report = """
            # Test campaign report

            **Status:** ✅ Complete

            - ✅ Login tests written
            - ✅ Payment tests written
            - ✅ Export tests written

            ### Checks run before release
            - **Test coverage**: 100%
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal(10, d.Line);
    }

    [Fact]
    public void Ne_signale_pas_l_etat_avant_le_travail_mais_le_resultat_apres()
    {
        const string report = """
            # Rapport de recette

            **Statut :** ✅ Terminé

            - ✅ Tests de connexion écrits
            - ✅ Tests de paiement écrits
            - ✅ Tests d'export écrits

            ### Avant (tests existants)
            - **Taux de réussite** : 100%

            ### Après (nouveaux tests)
            - **Couverture de code** : 100%
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal(13, d.Line);
        Assert.Equal("Unverifiable claim 'Couverture de code : 100%': no count, link, log or command backs it", d.Message);
    }

    [Fact]
    public void Un_mot_avant_au_milieu_du_titre_ne_fait_pas_un_etat_avant()
    {
        const string report = """
            # Rapport de recette

            **Statut :** ✅ Terminé

            - ✅ Tests de connexion écrits
            - ✅ Tests de paiement écrits
            - ✅ Tests d'export écrits

            ### Vérifications faites avant la mise en production
            - **Taux de réussite** : 100%
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal(10, d.Line);
    }
}
