using ReportLint.Diagnostics;
using ReportLint.Rules;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

/// <summary>RL3003: an item not done whose label is only a status key is named by its section.</summary>
public class RL3003CompleteWithPendingItemsNamingTests
{
    private static Diagnostic[] Findings(string report) =>
        BuiltInRules.CreateLinter().Lint(StatusReports.Checked(report)).Diagnostics.Where(d => d.Id == "RL3003").ToArray();

    [Fact]
    public void A_status_line_not_done_is_named_by_its_section()
    {
        const string report = """
            # Platform report

            **Status:** ✅ PRODUCTION READY

            #### 6. Context Manager Module
            - **Status:** 🔄 In progress
            - **Coverage:** 40%
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((3, 15), (d.Line, d.Column));
        Assert.Equal("'PRODUCTION READY' but the report lists 1 item that is not done: '6. Context Manager Module — Status: 🔄 In progress' (pending, line 6)", d.Message);
    }

    [Fact]
    public void Une_ligne_de_statut_non_faite_est_nommee_par_sa_section()
    {
        const string report = """
            # Rapport de la plateforme

            **Statut :** ✅ PRÊT POUR LA PRODUCTION

            #### 1. Monitoring et alertes
            **Statut** : À implémenter
            **Impact** : Élevé
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal(3, d.Line);
        Assert.Equal("'PRÊT POUR LA PRODUCTION' but the report lists 1 item that is not done: '1. Monitoring et alertes — Statut : À implémenter' (not implemented, line 6)", d.Message);
    }

    [Fact]
    public void An_item_with_a_name_of_its_own_keeps_it()
    {
        const string report = """
            # Platform report

            **Status:** ✅ PRODUCTION READY

            #### 6. Context Manager Module
            - **Cache warm-up:** 🔄 In progress
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal("'PRODUCTION READY' but the report lists 1 item that is not done: 'Cache warm-up' (pending, line 6)", d.Message);
    }
    [Fact]
    public void An_item_labelled_by_the_words_that_say_it_is_not_done_is_named_by_its_section()
    {
        const string report = """
            # Platform report

            **Status:** ✅ PRODUCTION READY

            ### Search ranking
            - ⚠️ **Needs improvement**: synonyms are ignored
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal("'PRODUCTION READY' but the report lists 1 item that is not done: 'Search ranking — ⚠️ Needs improvement: synonyms are ignored' (partial, line 6)", d.Message);
    }

    [Fact]
    public void Un_element_libelle_par_les_mots_qui_le_disent_non_fait_est_nomme_par_sa_section()
    {
        const string report = """
            # Rapport de la plateforme

            **Statut :** ✅ PRÊT POUR LA PRODUCTION

            ### Langues océaniennes
            - ⚠️ **À améliorer** : dictionnaire plus fourni nécessaire
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal("'PRÊT POUR LA PRODUCTION' but the report lists 1 item that is not done: 'Langues océaniennes — ⚠️ À améliorer : dictionnaire plus fourni nécessaire' (partial, line 6)", d.Message);
    }
}
