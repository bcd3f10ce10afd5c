using ReportLint.Diagnostics;
using ReportLint.Rules;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

/// <summary>RL3002's cross-references that say nothing against the done item: checks to run, conditional items.</summary>
public class RL3002MarkContradictsLinePrecisionTests
{
    private static Diagnostic[] Findings(string report) =>
        BuiltInRules.CreateLinter().Lint(StatusReports.Checked(report)).Diagnostics.Where(d => d.Id == "RL3002").ToArray();

    // A ❌ that forbids ("❌ JAMAIS", "❌ Never"), marks the old side of a change or a removal says nothing undone: the
    // same item done elsewhere is not contradicted. A plain ❌ is.
    [Fact]
    public void A_prohibition_a_removal_or_the_old_side_of_a_change_does_not_contradict_a_done_item_in_French_and_English()
    {
        Assert.Empty(Findings("""
            # Rapport de sécurisation

            **Statut :** ✅ TERMINÉ

            ## Règles appliquées
            - ❌ JAMAIS la clé de service dans le fichier client
            - ✅ UNIQUEMENT dans Vercel

            ## Livré
            - ✅ La clé de service dans le fichier client (DEV)
            """));
        Assert.Empty(Findings("""
            # Hardening report

            **Status:** ✅ COMPLETE

            ## Rules
            - ❌ Never store the service key in the client bundle
            - ❌ `service key in client bundle` → ✅ `service key in CI secrets`

            ## Delivered
            - ✅ Service key in client bundle for local runs
            """));
        Diagnostic finding = Assert.Single(Findings("""
            # Rapport de sécurisation

            **Statut :** ✅ TERMINÉ

            ## Contrôles
            - ❌ La clé de service dans le fichier client

            ## Livré
            - ✅ La clé de service dans le fichier client (DEV)
            """));
        Assert.Equal((9, 3), (finding.Line, finding.Column));
        Assert.Contains("line 6", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_manual_test_not_yet_run_does_not_contradict_a_delivered_feature()
    {
        const string report = """
            # Delivery report

            **Status:** ✅ 100% complete

            ## Features

            1. ✅ **Invoice export** - PDF and CSV
            2. ✅ **Audit trail** - every change logged

            ## Manual tests

            - [ ] Invoice export opens in the browser
            - [ ] Audit trail lists yesterday's changes
            """;
        Assert.Empty(Findings(report));
    }

    [Fact]
    public void A_manual_test_not_yet_run_contradicts_a_claim_that_it_was_run()
    {
        const string report = """
            # Delivery report

            **Status:** ✅ 100% complete

            ## Summary

            - ✅ Invoice export tested

            ## Manual tests

            - [ ] Invoice export
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((7, 3), (d.Line, d.Column));
        Assert.Equal("✅ marks 'Invoice export tested' as done, but line 11 says it is not: \"[ ] Invoice export\"", d.Message);
    }

    [Fact]
    public void Un_test_manuel_pas_encore_fait_ne_contredit_pas_un_module_livre()
    {
        const string report = """
            # Rapport de livraison

            **Statut :** ✅ 100 % terminé

            ## Modules

            1. ✅ **Facturation** - export PDF
            2. ✅ **Tableau de bord** - vue d'ensemble

            ## Tests manuels

            - [ ] Facturation fonctionne
            - [ ] Tableau de bord s'affiche
            """;
        Assert.Empty(Findings(report));
    }

    // The open boxes of a sub-section of a checklist of tests ("## Testing Checklist" › "### Backend (Ready to Test)"),
    // or of a section of tests to run ("## Tests recommandés"), are checks not yet run, not work undone.
    [Fact]
    public void Open_boxes_under_a_list_of_tests_to_run_do_not_contradict_done_work_in_English_and_French()
    {
        const string report = """
            # CLI Backend Report

            **Status:** ✅ 100% complete

            ## What Works

            1. ✅ `kg report list` - List scans
            2. ✅ API key listing endpoint
            3. ✅ Filtrage par année

            ## 🧪 Testing Checklist

            ### CLI Tool (Ready to Test)
            - [ ] List reports: `kg report list`
            - [ ] List API keys

            ## 🎯 Tests recommandés

            ### Tests fonctionnels
            - [ ] Filtrage par année : événements affichés ?
            """;
        Assert.Empty(Findings(report));
    }

    // An open box under a heading of optional or future work ("### Future Enhancements", "### Optimisations possibles")
    // is work ahead, not work said undone.
    [Fact]
    public void Open_boxes_under_optional_or_future_work_do_not_contradict_done_work_in_English_and_French()
    {
        const string report = """
            # Site report

            **Status:** ✅ 100% complete

            ## Metrics

            | Metric | Value | Target | Status |
            |--------|-------|--------|--------|
            | CSS (non minifié) | 18KB | <50KB | ✅ |
            | Dark mode toggle | yes | yes | ✅ |

            ### Optimisations possibles
            - [ ] Minifier CSS (18KB → ~12KB estimé)

            ### Future Enhancements
            - [ ] Dark mode toggle per page
            """;
        Assert.Empty(Findings(report));
    }

    [Fact]
    public void Open_boxes_under_another_heading_still_contradict_done_work()
    {
        const string report = """
            # CLI Backend Report

            **Status:** ✅ 100% complete

            ## What Works

            1. ✅ `kg report list` - List scans

            ## Remaining Work

            ### CLI Tool
            - [ ] List reports: `kg report list`
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((7, 4), (d.Line, d.Column));
        Assert.Equal("✅ marks 'kg report list - List scans' as done, but line 12 says it is not: \"[ ] List reports: kg report list\"", d.Message);
    }

    [Fact]
    public void Un_test_manuel_pas_encore_fait_contredit_un_test_dit_fait()
    {
        const string report = """
            # Rapport de livraison

            **Statut :** ✅ 100 % terminé

            ## Synthèse

            - ✅ Facturation testée

            ## Tests manuels

            - [ ] Facturation
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((7, 3), (d.Line, d.Column));
        Assert.Equal("✅ marks 'Facturation testée' as done, but line 11 says it is not: \"[ ] Facturation\"", d.Message);
    }

    [Fact]
    public void A_conditional_open_item_does_not_contradict_a_done_one()
    {
        const string report = """
            # Release report

            **Status:** ✅ 100% complete

            ## Summary

            - ✅ Mailing list
            - ✅ Nightly backups

            ## Production checklist

            - [ ] Mailing list configured (if enabled)
            - [ ] Nightly backups configured
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((8, 3), (d.Line, d.Column));
        Assert.Equal("✅ marks 'Nightly backups' as done, but line 13 says it is not: \"[ ] Nightly backups configured\"", d.Message);
    }

    [Fact]
    public void Un_element_ouvert_conditionnel_ne_contredit_pas_un_element_fait()
    {
        const string report = """
            # Rapport de livraison

            **Statut :** ✅ 100 % terminé

            ## Synthèse

            - ✅ Lettre d'information
            - ✅ Sauvegardes nocturnes

            ## Checklist production

            - [ ] Lettre d'information configurée (si activée)
            - [ ] Sauvegardes nocturnes configurées
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((8, 3), (d.Line, d.Column));
        Assert.Equal("✅ marks 'Sauvegardes nocturnes' as done, but line 13 says it is not: \"[ ] Sauvegardes nocturnes configurées\"", d.Message);
    }

    // One word of the done item against a pending item of three words: "Errors" is what the dashboard shows, "Error
    // budget tracking" another piece of work. Against a key of two words, the one word still names the item.
    [Fact]
    public void One_word_done_does_not_match_a_longer_pending_item_it_only_modifies()
    {
        const string report = """
            # Monitoring report

            **Status:** ✅ complete

            ## Dashboards

            - ✅ Errors
            - ✅ Latency

            ## Open work

            | Item | Status |
            |---|---|
            | Error budget tracking | ⏳ |
            """;
        Assert.Empty(Findings(report));
    }

    [Fact]
    public void Un_mot_termine_ne_correspond_pas_a_un_travail_plus_long_en_attente()
    {
        const string report = """
            # Rapport de supervision

            **Statut :** ✅ terminé

            ## Tableaux de bord

            - ✅ Alertes
            - ✅ Latence

            ## Travail ouvert

            | Élément | Statut |
            |---|---|
            | Alertes budget erreurs | ⏳ |
            """;
        Assert.Empty(Findings(report));
    }

    [Fact]
    public void One_word_done_still_matches_a_pending_item_of_two_words()
    {
        const string report = """
            # Monitoring report

            **Status:** ✅ complete

            ## Dashboards

            - ✅ Alerting
            - ✅ Latency

            ## Open work

            - [ ] Alerting rules
            - [ ] Capacity review
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((7, 3), (d.Line, d.Column));
        Assert.Equal("✅ marks 'Alerting' as done, but line 12 says it is not: \"[ ] Alerting rules\"", d.Message);
    }
    // "Audit & Security" names two modules; "Security audit performed" is one piece of work that uses both words.
    [Fact]
    public void Two_names_joined_by_and_are_not_the_item_their_words_name_together()
    {
        const string report = """
            # Delivery report

            **Status:** ✅ 100% complete

            ## Modules

            1. ✅ **Audit & Security** - full traceability
            2. ✅ **Users and Roles** - permissions

            ## Go-live checklist

            - [ ] Security audit performed
            - [ ] Roles of the users reviewed
            """;
        Assert.Empty(Findings(report));
    }

    [Fact]
    public void Two_names_joined_by_and_are_the_same_item_when_joined_again()
    {
        const string report = """
            # Delivery report

            **Status:** ✅ 100% complete

            ## Modules

            1. ✅ **Audit & Security** - full traceability

            ## Go-live checklist

            - [ ] Audit and security configured
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((7, 4), (d.Line, d.Column));
        Assert.Equal("✅ marks 'Audit & Security' as done, but line 11 says it is not: \"[ ] Audit and security configured\"", d.Message);
    }

    [Fact]
    public void Deux_noms_joints_par_et_ne_sont_pas_l_element_que_leurs_mots_nomment_ensemble()
    {
        const string report = """
            # Rapport de livraison

            **Statut :** ✅ 100 % terminé

            ## Modules

            1. ✅ **Audit & Sécurité** - traçabilité complète
            2. ✅ **Utilisateurs et Rôles** - permissions

            ## Checklist de mise en production

            - [ ] Audit sécurité effectué
            - [ ] Rôles des utilisateurs revus
            """;
        Assert.Empty(Findings(report));
    }

    [Fact]
    public void Deux_noms_joints_sont_le_meme_element_quand_ils_sont_joints_a_nouveau()
    {
        const string report = """
            # Rapport de livraison

            **Statut :** ✅ 100 % terminé

            ## Modules

            1. ✅ **Audit & Sécurité** - traçabilité complète

            ## Checklist de mise en production

            - [ ] Audit et sécurité configurés
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((7, 4), (d.Line, d.Column));
        Assert.Equal("✅ marks 'Audit & Sécurité' as done, but line 11 says it is not: \"[ ] Audit et sécurité configurés\"", d.Message);
    }

    // Under a heading that weighs options, ✅ and ❌ rate each option: the same effect rated twice is no work said
    // done and not done. Without that heading, the same lists are reported.
    [Theory]
    [InlineData("## Rationale and alternatives", "### Make it opt-in", "### Make it the default", 0)]
    [InlineData("## Alternatives envisagées", "### Activation explicite", "### Activation par défaut", 0)]
    [InlineData("## Delivery", "### Backend", "### Frontend", 1)]
    public void Does_not_compare_the_ratings_of_options(string parent, string first, string second, int expected)
    {
        string report = $"""
            # Resolver report

            **Status:** ✅ Complete

            {parent}

            {first}

            Effects on workflows:
            1. Latest toolchain
              - ✅ Friendlier notification when dependencies are incompatible
              - ✅ New projects set their minimum version automatically

            {second}

            Effects on workflows:
            1. Latest toolchain
              - ✅ New projects set their minimum version automatically
              - ❌ Friendlier notification when dependencies are incompatible
            """;
        Assert.Equal(expected, Findings(report).Count(d => d.Descriptor.Check == "not-done-elsewhere"));
    }
    [Fact]
    public void A_done_item_that_says_its_work_is_only_prepared_is_not_contradicted_by_the_next_step()
    {
        Assert.Empty(Findings("""
            # Delivery report

            **Status:** ✅ COMPLETE

            ## Delivered
            - ✅ Designed delivery partner integration
            - ✅ rollback.sql ready to be run in production

            ## Tracking
            - ⏳ Delivery partner integration
            - [ ] Run rollback.sql in production
            """));

        // Without the words of preparation, the same items are contradicted.
        Diagnostic d = Assert.Single(Findings("""
            # Delivery report

            **Status:** ✅ COMPLETE

            ## Delivered
            - ✅ Delivery partner integration

            ## Tracking
            - ⏳ Delivery partner integration
            """));
        Assert.Equal(6, d.Line);
    }

    [Fact]
    public void Un_element_fait_qui_dit_son_travail_seulement_prepare_n_est_pas_contredit_par_l_etape_suivante()
    {
        Assert.Empty(Findings("""
            # Rapport de livraison

            **Statut :** ✅ TERMINÉ

            ## Livré
            - ✅ sql/rollback.sql prêt à être exécuté en production
            - ✅ Module d'export conçu

            ## Checklist de déploiement
            - [ ] Exécuter sql/rollback.sql en production
            - [ ] Module d'export
            """));
    }
}
