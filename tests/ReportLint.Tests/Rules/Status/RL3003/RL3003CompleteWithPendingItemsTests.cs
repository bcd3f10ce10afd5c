using ReportLint.Diagnostics;
using ReportLint.Rules;
using ReportLint.Rules.Status;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

public class RL3003CompleteWithPendingItemsTests
{
    private static void Verify(string markup) => RuleVerifier.Verify(new RL3003CompleteWithPendingItems(), StatusReports.Of(markup));

    // The symbols of a list of icons illustrate its items: "- 🔄 Pulsing status indicators" among "- 📦 Data containers"
    // and "- 🔘 Gradient buttons" is a feature, not work in progress. A list of statuses repeats its marks.
    [Fact]
    public void Does_not_read_the_icon_of_an_item_in_a_list_of_icons_as_its_status_in_English_and_French() => RuleVerifier.Verify(
        new RL3003CompleteWithPendingItems(), StatusReports.Checked("""
            # ClinAssist — PRODUCTION READY

            ## Design system
            - 🎯 Clinical focus
            - 📦 Data containers
            - 🔘 Gradient buttons
            - 🔄 Pulsing status indicators

            ## Galerie photos
            - 📸 Bureau
            - 🔄 Processus
            - 👥 Équipe
            """));

    [Fact]
    public void Reads_the_marks_of_a_list_of_statuses_in_English_and_French()
    {
        var d = Assert.Single(BuiltInRules.CreateLinter().Lint(StatusReports.Checked("""
            # Release — PRODUCTION READY

            ## Work
            - ✅ Parser
            - ✅ Router
            - 🔄 Migration des données
            """)).Diagnostics, d => d.Id == "RL3003");
        Assert.Equal((1, 13), (d.Line, d.Column));
        Assert.Equal("'PRODUCTION READY' but the report lists 1 item that is not done: 'Migration des données' (pending, line 6)", d.Message);
    }

    // Ready for the tests of production ("Ready for Production Testing", "Prêt pour tests production") is no production
    // verdict; ready for production is.
    [Fact]
    public void Does_not_read_readiness_for_production_testing_as_a_production_verdict_in_English_and_French()
    {
        RuleVerifier.Verify(new RL3003CompleteWithPendingItems(), StatusReports.Checked("""
            # Integration report

            ## Tools
            - ✅ RecipeGPT
            - ⏳ LeftoverGPT session tracking

            **Status:** ✅ Ready for Production Testing
            """));
        RuleVerifier.Verify(new RL3003CompleteWithPendingItems(), StatusReports.Checked("""
            # Rapport d'intégration

            ## Outils
            - ✅ Caisse
            - ⏳ Export comptable

            **Statut :** Prêt pour tests production
            """));
        RuleVerifier.Verify(new RL3003CompleteWithPendingItems(), StatusReports.Checked("""
            # Integration report

            ## Tools
            - ✅ RecipeGPT
            - ⏳ LeftoverGPT session tracking

            **Status:** ✅ [|Ready for Production|]
            """));
    }

    // Work the report says is not needed (optional, deferred, only if needed, a known limitation) is outside what
    // "complete" covers, even a step that would verify it; the same step without that word is still open work.
    [Fact]
    public void Does_not_count_work_said_optional_deferred_or_a_known_limitation_in_English()
    {
        RuleVerifier.Verify(new RL3003CompleteWithPendingItems(), StatusReports.Checked("""
            # Phase 3 report

            **Status:** ✅ COMPLETE

            ## Delivered
            - ✅ Router
            - ✅ Billing
            - [ ] Video walkthrough (optional)
            - ⏳ Integration tests against the sandbox, if needed

            ## Optional Enhancements (Not Required)
            - [ ] Run the full CI pipeline again

            ## Known Limitations
            - TLS wrapping: not yet implemented

            | Item | Status |
            |------|--------|
            | CLI wrappers | ⏳ Deferred |
            """));
        RuleVerifier.Verify(new RL3003CompleteWithPendingItems(), StatusReports.Checked("""
            # Phase 3 report

            **Status:** ✅ [|COMPLETE|]

            ## Delivered
            - ✅ Router
            - ✅ Billing
            - [ ] Video walkthrough

            ## Enhancements
            - [ ] Run the full CI pipeline again
            """));
    }

    [Fact]
    public void Does_not_count_work_said_optional_deferred_or_a_known_limitation_in_French()
    {
        RuleVerifier.Verify(new RL3003CompleteWithPendingItems(), StatusReports.Checked("""
            # Rapport de phase 3

            **Statut :** ✅ TERMINÉ

            ## Livré
            - ✅ Routeur
            - ✅ Facturation
            - [ ] Vidéos tutoriels (optionnel)
            - ⏳ Export PDF (facultatif)
            - ⏳ Tests d'intégration : à faire si besoin

            ## Limitations connues
            - Chiffrement TLS : pas encore implémenté
            """));
        RuleVerifier.Verify(new RL3003CompleteWithPendingItems(), StatusReports.Checked("""
            # Rapport de phase 3

            **Statut :** ✅ [|TERMINÉ|]

            ## Livré
            - ✅ Routeur
            - ✅ Facturation
            - [ ] Vidéos tutoriels
            - ⏳ Export PDF
            """));
    }

    // Ready for deployment announces the deployment: the step that deploys and the steps after it in its list are not
    // work the verdict claims done; a step before it still is.
    [Fact]
    public void Ready_for_deployment_is_not_contradicted_by_the_deployment_and_what_follows_it_in_English()
    {
        RuleVerifier.Verify(new RL3003CompleteWithPendingItems(), StatusReports.Checked("""
            # Quality model report

            ## Delivered
            - [x] Model file exists and is valid
            - [x] APIs tested and working

            ## Echeo platform
            - [x] Dashboard integration complete
            - [ ] Deploy to production
            - [ ] Monitor API usage
            - [ ] Collect user feedback

            **Status:** 🟢 **READY FOR DEPLOYMENT**
            """));
        Diagnostic finding = Assert.Single(BuiltInRules.CreateLinter().Lint(StatusReports.Checked("""
            # Quality model report

            ## Delivered
            - [x] Model file exists and is valid
            - [x] APIs tested and working

            ## Echeo platform
            - [ ] Run the database migrations
            - [ ] Deploy to production
            - [ ] Monitor API usage

            **Status:** 🟢 **READY FOR DEPLOYMENT**
            """)).Diagnostics, d => d.Id == "RL3003");
        Assert.Equal((12, 18), (finding.Line, finding.Column));
        Assert.Equal("'READY FOR DEPLOYMENT' but the report lists 1 item that is not done: 'Run the database migrations' (pending, line 8)", finding.Message);
    }

    [Fact]
    public void Pret_pour_la_production_n_est_pas_contredit_par_la_mise_en_production_et_ce_qui_la_suit_en_francais()
    {
        RuleVerifier.Verify(new RL3003CompleteWithPendingItems(), StatusReports.Checked("""
            # Rapport de livraison

            ## Livré
            - [x] Module de facturation
            - [x] Tests d'intégration passés

            ## Plateforme
            - [x] Tableau de bord intégré
            - [ ] Mise en production
            - [ ] Surveiller les erreurs la première semaine

            **Statut :** ✅ Prêt pour la production
            """));
        RuleVerifier.Verify(new RL3003CompleteWithPendingItems(), StatusReports.Checked("""
            # Rapport de livraison

            ## Livré
            - [x] Module de facturation
            - [x] Tests d'intégration passés

            ## Plateforme
            - [ ] Configurer les sauvegardes
            - [ ] Mise en production

            **Statut :** ✅ [|Prêt pour la production|]
            """));
    }

    // A next step that sets up what the work is deployed to ("Run database migration", "Configure HTTPS", "Configurer les
    // variables d'environnement") is the deployment a readiness verdict announces (issue 49: three reports of three
    // repositories, one a control); a next step that tests the work still contradicts it.
    [Fact]
    public void Ready_for_deployment_is_not_contradicted_by_next_steps_that_set_up_the_deployment_in_English()
    {
        RuleVerifier.Verify(new RL3003CompleteWithPendingItems(), StatusReports.Checked("""
            # Presence feature report

            ## Next Steps

            1. **Run database migration:**
               `SOURCE migration_add_presence.sql;`
            2. Configure HTTPS
            3. Install the worker on the new host

            ## Conclusion

            The platform is now ready for deployment.
            """));
        AssertSingle("""
            # Presence feature report

            ## Next Steps

            1. **Run database migration:**
               `SOURCE migration_add_presence.sql;`
            2. **Test the feature** with two browsers

            ## Conclusion

            **Status:** ✅ Complete & Ready for Deployment
            """, (11, 15),
            "'Complete & Ready for Deployment' but the report lists 1 item that is not done: 'Test the feature with two browsers' (still to run, line 7)");
    }

    // The one RL3003 finding of a status report, at its place and with its message.
    private static void AssertSingle(string report, (int Line, int Column) at, string message)
    {
        Diagnostic finding = Assert.Single(BuiltInRules.CreateLinter().Lint(StatusReports.Checked(report)).Diagnostics, d => d.Id == "RL3003");
        Assert.Equal(at, (finding.Line, finding.Column));
        Assert.Equal(message, finding.Message);
    }

    [Fact]
    public void Pret_pour_la_production_n_est_pas_contredit_par_les_etapes_qui_preparent_le_deploiement_en_francais()
    {
        RuleVerifier.Verify(new RL3003CompleteWithPendingItems(), StatusReports.Checked("""
            # Rapport de livraison

            ## Prochaines étapes

            1. **Configurer les variables d'environnement** du serveur
            2. Exécuter les migrations

            ## Conclusion

            **Statut :** ✅ Prêt pour la mise en production
            """));
        AssertSingle("""
            # Rapport de livraison

            ## Prochaines étapes

            1. **Configurer les variables d'environnement** du serveur
            2. **Tester toutes les fonctionnalités** en préproduction

            ## Conclusion

            **Statut :** ✅ Prêt pour la mise en production
            """, (10, 16),
            "'Prêt pour la mise en production' but the report lists 1 item that is not done: 'Tester toutes les fonctionnalités en préproduction' (still to run, line 6)");
    }

    // A ❌ that marks a removal (under a heading or lead-in that says so), a prohibition, or the old side of a change,
    // and the marks of the state the work started from ("### Before"), are no work left; a ❌ elsewhere still is. A
    // placeholder said replaced is gone.
    [Fact]
    public void Does_not_count_removals_prohibitions_or_the_state_before_in_English()
    {
        RuleVerifier.Verify(new RL3003CompleteWithPendingItems(), StatusReports.Checked("""
            # Cleanup report

            **Status:** ✅ COMPLETE

            ## ✅ Dead Code Cleanup Complete

            **Banned Patterns Eliminated**:
            - ❌ `expect(true, isTrue)` - REMOVED
            - ❌ Comments with "TODO" - REMOVED

            ### Fixes
            - ❌ `_user!.uid` → ✅ `_user.uid`

            ### Rules applied
            - ❌ Never in `.env.local`
            - ✅ Only in the CI secrets

            ### Before
            | Aspect | State |
            |--------|-------|
            | Silent failures | ❌ Possible |

            ## Tests
            - Test placeholders replaced with real tests
            """));
        RuleVerifier.Verify(new RL3003CompleteWithPendingItems(), StatusReports.Checked("""
            # Cleanup report

            **Status:** ✅ [|COMPLETE|]

            ## ✅ Dead Code Cleanup [|Complete|]

            **Patterns found**:
            - ❌ `expect(true, isTrue)` still there
            - ✅ Comments with "TODO"

            ## Tests
            - Test placeholders still in the widget tests
            """));
    }

    [Fact]
    public void Does_not_count_removals_prohibitions_or_the_state_before_in_French()
    {
        RuleVerifier.Verify(new RL3003CompleteWithPendingItems(), StatusReports.Checked("""
            # Rapport de nettoyage

            ## ✅ Nettoyage Terminé

            ### Composants Supprimés
            - ❌ `WorkflowAttributionManager.jsx` (supprimé physiquement)
            - ❌ `EtiquetteChemiseGenerator.jsx`

            ### Règles appliquées
            - ❌ JAMAIS dans `.env.local`
            - ✅ UNIQUEMENT dans les variables de Vercel

            ### Avant QA
            | Aspect | État |
            |--------|------|
            | Échecs silencieux | ❌ Possibles |
            """));
        RuleVerifier.Verify(new RL3003CompleteWithPendingItems(), StatusReports.Checked("""
            # Rapport de nettoyage

            ## ✅ Nettoyage [|Terminé|]

            ### Composants
            - ❌ `WorkflowAttributionManager.jsx`
            - ✅ `EtiquetteChemiseGenerator.jsx`
            """));
    }

    // A page linked as the subject of "completed" is that page's state, not the report's.
    [Fact]
    public void A_linked_page_said_complete_is_not_the_work_in_English() => RuleVerifier.Verify(new RL3003CompleteWithPendingItems(), StatusReports.Checked("""
        # Security assessment

        The project [self assessment](https://example.org/self-assessment.md) has been completed.

        ## Findings

        - ✅ Threat model written
        - ⏳ Release versioning policy in progress
        - ⏳ Fuzzing not started
        """));

    [Fact]
    public void A_linked_page_said_complete_is_not_the_work_in_French() => RuleVerifier.Verify(new RL3003CompleteWithPendingItems(), StatusReports.Checked("""
        # Évaluation de sécurité

        L'[auto-évaluation](https://example.org/auto-evaluation.md) du projet est terminée.

        ## Constats

        - ✅ Modèle de menaces rédigé
        - ⏳ Politique de versions en cours
        - ⏳ Fuzzing pas commencé
        """));

    [Fact]
    public void The_work_said_complete_in_the_first_lines_is_still_the_reports() => RuleVerifier.Verify(new RL3003CompleteWithPendingItems(), StatusReports.Checked("""
        # Security assessment

        The project self assessment has been [|completed|].

        ## Findings

        - ✅ Threat model written
        - ⏳ Release versioning policy in progress
        - ⏳ Fuzzing not started
        """));

    [Fact]
    public void Reports_a_complete_section_holding_pending_items() => Verify("""
        ### Week 8: Helm & Production Deploy ✅ [|100% COMPLETE|]

        | Task | Status |
        |------|--------|
        | Helm chart | ✅ |
        | Production Go-Live | ⏳ |
        """);

    [Fact]
    public void Reports_a_document_status_line_against_unchecked_boxes_anywhere() => Verify("""
        # Project report

        **Status**: ✅ **[|100% PRODUCTION-READY|]**

        ## Go-live plan

        - [x] Final testing
        - [ ] Deploy to production
        - [ ] Run smoke tests
        """);

    [Fact]
    public void Does_not_take_an_entry_of_a_table_of_contents_for_a_claim_in_English_and_French() => Verify("""
        # Controller conditions

        - [Summary](#summary)
        - [Conditions](#conditions)
          - [Progressing](#progressing)
          - [Complete](#complete)
          - [Terminé](#termine)
          - [Failed](#failed)

        ## Signoff checklist

        - [x] Design documented
        - [ ] Conformance tests written
        - [ ] Revue approuvée
        """);

    [Fact]
    public void Reports_a_claim_beside_a_link_to_a_heading() => Verify("""
        # Controller conditions

        **Status**: ✅ [|Complete|] (see [the checklist](#signoff-checklist))

        ## Signoff checklist

        - [x] Design documented
        - [ ] Conformance tests written
        """);

    [Fact]
    public void A_sub_item_in_the_first_lines_speaks_of_its_item_not_the_document_in_English_and_French() => Verify("""
        - Runtime demo
            - pod lifecycle works, and the image service is done
        - Démo du stockage
            - l'export des volumes est terminé
        - Status on the runtime integration
            - [ ] Kubelet shim
            - [ ] Validation suite
        """);

    [Fact]
    public void A_top_level_line_in_the_first_lines_speaks_of_the_document() => Verify("""
        - Runtime integration is [|done|]
        - Status on the runtime integration
            - [ ] Kubelet shim
            - [ ] Validation suite
        """);

    [Fact]
    public void Reports_French_words_of_completion() => Verify("""
        ## Phase 1 - ✅ [|TERMINÉE|]

        - ✅ Authentification
        - ⏳ Paiement
        """);

    [Fact]
    public void Message_counts_and_names_the_first_item_not_done()
    {
        var result = BuiltInRules.CreateLinter().Lint("## Phase 2 ✅ COMPLETE\n\n- [x] Build\n- [ ] Deploy\n- [ ] Verify\n");
        var d = Assert.Single(result.Diagnostics, d => d.Id == "RL3003");
        Assert.Equal((1, 14), (d.Line, d.Column));
        Assert.Equal("'COMPLETE' but the section holds 2 items that are not done: 'Deploy' (pending, line 4)", d.Message);
        Assert.Equal([4, 5], d.AdditionalLocations.Select(l => l.LineSpan.Start.Line));
    }

    [Fact]
    public void Does_not_report_complete_sections_or_words_that_are_not_claims() => Verify("""
        ## Geo Platform - Complete Analysis

        - ⏳ Dashboards

        ## ⏳ What Remains To Be Done

        - ⏳ Training

        ## Phase 3 ✅ COMPLETE

        - [x] Build
        - [x] Deploy
        """);

    [Fact]
    public void Does_not_take_the_time_or_steps_to_complete_for_a_claim_in_English_and_French() => RuleVerifier.Verify(new RL3003CompleteWithPendingItems(), StatusReports.Checked("""
        # Deployment guide

        - ✅ Image built

        ## ⏱️ Time to Complete

        - ⏳ Add secrets (5 min)
        - ⏳ Run the migration (10 min)

        ### Steps to complete

        - [ ] Point the DNS at the load balancer

        ## Temps pour terminer

        - ⏳ Ajouter les secrets
        """));

    // "#### What Was Done" heads an account of what the author did, failures found among it ("Test Status: 🔴 7 out of
    // 15 tests failing"), not a verdict that the work is done; "Ce qui a été fait" neither.
    [Fact]
    public void Does_not_take_an_account_of_what_was_done_for_a_claim_in_English_and_French() => RuleVerifier.Verify(new RL3003CompleteWithPendingItems(), StatusReports.Checked("""
        # Sprint 3 report

        - ✅ Audit package integration tests

        #### What Was Done

        - Ran the test suite and documented failures
        - **Test Status**: 🔴 7 out of 15 tests failing

        ## Ce qui a été fait

        - ❌ Migration des index échouée
        """));

    [Fact]
    public void Still_reports_work_said_done_beside_failures_in_English_and_French()
    {
        Diagnostic[] found = BuiltInRules.CreateLinter().Lint(StatusReports.Checked("""
            # Sprint 3 report

            #### Work ✅ Done

            - **Test Status**: 🔴 7 out of 15 tests failing

            #### Migration ✅ Terminée

            - ❌ Migration des index échouée
            """)).Diagnostics.Where(d => d.Id == "RL3003").ToArray();
        Assert.Equal([(3, 13), (7, 18)], found.Select(d => (d.Line, d.Column)));
        Assert.Equal("'Done' but the section holds 1 item that is not done: 'Test Status' (failed, line 5)", found[0].Message);
    }

    [Fact]
    public void Still_reports_a_section_said_complete_after_a_word_ending_in_to() => Verify("""
        ## Moved to [|Complete|]

        - ⏳ Add secrets
        """);

    [Fact]
    public void A_zero_count_of_placeholders_says_there_are_none_in_English_and_French() => Verify("""
        **Status**: ✅ **PROJECT COMPLETE**

        | Metric | Value |
        |---|---|
        | **Placeholders** | 0 (none!) |
        | **Placeholders restants** | 0 |

        **0 Placeholders**
        """);

    [Fact]
    public void Placeholders_a_check_looks_for_are_no_work_left_in_English_and_French() => Verify("""
        **Status**: ✅ **PROJECT COMPLETE**

        - Content validator (CHECK B) scans for placeholder patterns
        - Le linter de contenu détecte les placeholders oubliés
        """);

    [Fact]
    public void A_placeholder_that_is_the_work_itself_is_still_work_not_done_in_English_and_French() => Verify("""
        **Status**: ✅ **PROJECT [|COMPLETE|]**

        - Content validator (CHECK B) is a placeholder
        - Le linter de contenu est un placeholder
        """);

    [Fact]
    public void Placeholders_counted_above_zero_are_work_not_done() => Verify("""
        **Status**: ✅ **PROJECT [|COMPLETE|]**

        - **Placeholders**: 3 (payment, SMS, maps)
        """);

    [Fact]
    public void Does_not_take_a_hoped_for_or_asked_completion_for_a_claim() => Verify("""
        ## Phase 2 should be COMPLETE by Friday

        - ✅ Build
        - ⏳ Deploy

        ## Phase 3 devrait être TERMINÉE vendredi

        - ✅ Authentification
        - ⏳ Paiement

        ## Phase 4 COMPLETE?

        - ⏳ Docs

        ## Phase 5 ✅ [|COMPLETE|]

        - ⏳ Review
        """);

    [Fact]
    public void Reports_a_status_line_in_the_conclusion_against_next_steps_that_verify_the_work() => Verify("""
        # Release report

        ## Next steps

        1. **Run the test suite** on staging
        2. Add a dark mode

        ## Conclusion

        **Status**: ✅ **[|100% COMPLETE - READY FOR DEPLOYMENT|]**
        """);

    [Fact]
    public void Reads_a_French_status_line_within_a_paragraph_of_broken_lines() => Verify("""
        # Rapport d'exécution

        ## Mission

        **Date** : 11 avril 2026
        **Statut** : ✅ **[|COMPLET ET PRÊT AU DÉPLOIEMENT|]**
        **Durée** : une session

        ## Feuille de route

        - [ ] Tester le panier
        - [ ] Ajouter une liste de souhaits
        """.Replace("\n", "  \n", StringComparison.Ordinal));

    [Fact]
    public void Reports_a_key_that_is_the_verdict_answered_yes() => Verify("""
        # Spec 005

        ## Phase 9: Final validation

        - 🔄 Full test suite execution
        - ✅ Docs

        ## Summary

        **[|Production Ready**: ✅ YES|]
        """);

    [Fact]
    public void Reports_a_done_line_under_a_ready_for_heading_in_English_and_French()
    {
        Verify("""
            # Project report

            ## Deployment checklist

            - [ ] All tests passing

            ### Ready For

            [|✅ Production deployment|]
            """);
        Verify("""
            # Rapport

            ## Limites

            - Authentification : non implémentée

            ### Prêt pour

            [|✅ Déploiement production|]
            """);
    }

    [Fact]
    public void Reports_a_complete_section_whose_body_says_it_is_not_implemented() => Verify("""
        ## Phase 2: Device profiles ✅ [|COMPLETE|]

        **Integration**: Can be integrated into the browser manager later.

        ## Backend ✅ [|TERMINÉ|]

        - Scraping : des placeholders, pas d'implémentation réelle
        """);

    [Fact]
    public void Reports_a_status_of_design_against_a_complete_report() => Verify("""
        # Phase 4

        **Status:** ✅ **[|100% COMPLETE|]**

        ## Module 3: Transport

        **Status:** ✅ FULLY ARCHITECTED & DOCUMENTED
        """);

    [Fact]
    public void Message_names_the_verdict_and_the_first_step_still_to_run()
    {
        var result = BuiltInRules.CreateLinter().Lint("# Report\n\n## Next steps\n\n1. Run the test suite\n\n## Conclusion\n\n**Status**: ✅ COMPLETE\n");
        var d = Assert.Single(result.Diagnostics, d => d.Id == "RL3003");
        Assert.Equal((9, 15), (d.Line, d.Column));
        Assert.Equal("'COMPLETE' but the report lists 1 item that is not done: 'Run the test suite' (still to run, line 5)", d.Message);
    }

    // "**Verdict**: ✅ READY FOR PRODUCTION", "## Verdict : PRÊT POUR LA PRODUCTION !": a verdict key gives the report's
    // status as "Status:" does (issue 49: in four reports of four repositories).
    [Fact]
    public void Reads_a_verdict_key_as_a_status_key_in_English_and_French()
    {
        var english = Assert.Single(BuiltInRules.CreateLinter().Lint(StatusReports.Checked("""
            # Project Completion Report

            ## Next Steps

            1. **Test all features** in development mode

            ## Conclusion

            **Verdict**: ✅ READY FOR PRODUCTION
            """)).Diagnostics, d => d.Id == "RL3003");
        Assert.Equal((9, 16), (english.Line, english.Column));
        Assert.Equal("'READY FOR PRODUCTION' but the report lists 1 item that is not done: 'Test all features in development mode' (still to run, line 5)", english.Message);

        var french = Assert.Single(BuiltInRules.CreateLinter().Lint(StatusReports.Checked("""
            # Rapport de fin de projet

            ## Prochaines étapes

            1. **Tester toutes les fonctionnalités** en mode développement

            ## 🎉 Verdict final : PRÊT POUR LA PRODUCTION !
            """)).Diagnostics, d => d.Id == "RL3003");
        Assert.Equal((7, 23), (french.Line, french.Column));
        Assert.Equal("'PRÊT POUR LA PRODUCTION' but the report lists 1 item that is not done: 'Tester toutes les fonctionnalités en mode développement' (still to run, line 5)", french.Message);
    }

    // A verdict that is no state of the work ("aucune vulnérabilité critique", "option (b)") claims nothing done.
    [Fact]
    public void Does_not_read_a_verdict_that_names_no_state_of_the_work_in_English_and_French() => Verify("""
        # Audit report

        ## Next steps

        1. Run the test suite
        2. Exécuter les migrations

        ## Conclusion

        - **Verdict global** : aucune vulnérabilité critique ou élevée.
        - **Verdict**: option (b), reuse the back end
        - **Final verdict**: ready once the migrations run
        """);

    [Fact]
    public void Does_not_take_plans_for_work_not_done() => Verify("""
        # Release report

        **Status**: ✅ COMPLETE

        ## Next steps

        - [ ] Add a dark mode

        1. Verify the site after go-live

        ## Roadmap

        - ⏳ Mobile app

        ## Prochaines étapes

        - [ ] Ajouter le mode sombre

        ## À venir

        - ⏳ Application mobile
        """);

    // A line of a plan that says what is not implemented yet ("Future enhancements (not implemented):") says what is
    // ahead, as the plan's items do; the same words outside a plan are still evidence.
    [Fact]
    public void Does_not_take_a_plans_words_of_work_not_implemented_for_work_not_done_in_English_and_French()
    {
        Verify("""
            # MVP report

            **Status**: ✅ COMPLETE

            ## Next Steps (Out of MVP Scope)

            Future enhancements (not implemented):
            - Order placement
            - Persistent storage

            ## Prochaines étapes

            Évolutions non implémentées :
            - Export PDF
            """);
        Verify("""
            # MVP report

            **Status**: ✅ [|COMPLETE|]

            ## Storage

            Persistent storage (not implemented):
            - TimescaleDB
            """);
    }

    [Fact]
    public void Does_not_read_an_adjective_an_honest_status_or_a_partial_figure_as_a_verdict() => Verify("""
        # PHASE 18: COMPLETE MONITORING INFRASTRUCTURE

        **Status**: 🔄 In progress
        **Statut** : pas prêt pour la production
        **Readiness**: 85% complete
        **Completed**: 12

        - ⏳ Dashboards
        - [ ] Alerts
        """.Replace("\n", "  \n", StringComparison.Ordinal));

    [Fact]
    public void Does_not_take_a_support_matrix_for_work_not_done() => Verify("""
        # Cross-platform support

        **Status**: ✅ COMPLETE

        | Platform | Support |
        |----------|---------|
        | Linux | ✅ |
        | macOS | ❌ |

        - ✅ Chrome 90+ (full support)
        - ⚠️ IE11 (graceful degradation)
        """);

    [Fact]
    public void Reports_a_dashboard_bar_at_100_percent_over_its_own_section_that_is_only_designed()
    {
        var result = BuiltInRules.CreateLinter().Lint("""
            # Sprint report

            ```
            Module 1: Billing Engine   ██████████ 100% ✅
            Module 2: Route Planner    ██████████ 100% ✅
            ```

            ## 1. Module 1: Billing Engine

            **Status:** ✅ Deployed

            ## 2. Module 2: Route Planner

            **Status:** ✅ FULLY ARCHITECTED

            - 7 API endpoints designed

            ## Infrastructure ✅ COMPLETE

            - ✅ CI pipeline
            """);
        var d = Assert.Single(result.Diagnostics, d => d.Id == "RL3003");
        Assert.Equal((5, 1), (d.Line, d.Column));
        Assert.Equal("'Module 2: Route Planner 100%' but its section '2. Module 2: Route Planner' (line 12) holds 1 item that is not done: 'Status: ✅ FULLY ARCHITECTED' (not implemented, line 14)", d.Message);
    }

    [Fact]
    public void Reports_a_French_done_item_over_its_own_section_with_pending_items()
    {
        var result = BuiltInRules.CreateLinter().Lint("""
            # Rapport de sprint

            ## Synthèse

            - ✅ Module 2 : Facturation en ligne
            - ✅ Module 3 : Export comptable

            ## Module 2 : Facturation en ligne

            - ✅ Saisie des factures
            - ⏳ Envoi par courriel

            ## Module 3 : Export comptable

            - ✅ Export CSV

            ## Infrastructure ✅ TERMINÉE

            - ✅ Intégration continue
            """);
        var d = Assert.Single(result.Diagnostics, d => d.Id == "RL3003");
        Assert.Equal((5, 3), (d.Line, d.Column));
        Assert.Equal("'✅ Module 2 : Facturation en ligne' but its section 'Module 2 : Facturation en ligne' (line 8) holds 1 item that is not done: 'Envoi par courriel' (pending, line 11)", d.Message);
    }

    [Fact]
    public void Does_not_report_a_part_that_states_its_own_partial_figure_or_a_test_checklist_under_its_name() => Verify("""
        # Sprint report

        - ✅ Public Routes: 85% (13/15 routes reachable)
        - ✅ Notification Preferences: opt-out, unsubscribe tokens

        ## Public Routes

        - ❌ Home page
        - ❌ Login page

        ## Testing checklist

        ### Notification Preferences

        - [ ] GET endpoint returns defaults
        - [ ] PATCH endpoint creates preferences

        ## Infrastructure ✅ COMPLETE

        - ✅ CI pipeline
        """);

    [Fact]
    public void Does_not_report_a_French_part_whose_section_is_done_or_that_stands_in_it() => Verify("""
        # Rapport de sprint

        ```
        Module 1 : Facturation   ██████████ 100% ✅
        ```

        ## Module 1 : Facturation

        - ✅ Saisie des factures
        - ✅ Envoi par courriel

        ## Module 2 : Export comptable

        - ✅ Module 2 : Export comptable
        - ⏳ Export PDF prévu au prochain sprint

        ## Infrastructure ✅ TERMINÉE

        - ✅ Intégration continue
        """);

    [Fact]
    public void Reports_ready_for_production_at_a_partial_share_in_the_same_clause()
    {
        var d = Assert.Single(BuiltInRules.CreateLinter().Lint("""
            # Release report

            **Status:** ✅ Done

            ## Summary

            - ✅ Login
            - ✅ Payments

            ## Conclusion

            The platform is 85% functional and ready for production.
            """).Diagnostics, d => d.Id == "RL3003");
        Assert.Equal((12, 17), (d.Line, d.Column));
        Assert.Equal("'ready for production' but the same line says 15% (100% − 85%) is not done: '85% functional' (partial, line 12)", d.Message);
    }

    [Fact]
    public void Reports_a_French_readiness_at_a_partial_share()
    {
        var d = Assert.Single(BuiltInRules.CreateLinter().Lint("""
            # Rapport final

            **Statut :** ✅ Terminé

            ## Synthèse

            - ✅ Connexion
            - ✅ Paiements

            ## Conclusion

            L'application est 79,2 % fonctionnelle et prête pour la production !
            """).Diagnostics, d => d.Id == "RL3003");
        Assert.Equal((12, 19), (d.Line, d.Column));
        Assert.Equal("'prête pour la production' but the same line says 20.8% (100% − 79,2 %) is not done: '79,2 % fonctionnelle' (partial, line 12)", d.Message);
    }

    [Fact]
    public void Does_not_read_a_coverage_a_whole_share_or_another_clause_as_a_partial_readiness()
    {
        Assert.DoesNotContain(BuiltInRules.CreateLinter().Lint(StatusReports.Checked("""
            # Release report

            **Status:** ✅ 95% COMPLETE - Ready for Deployment

            ## Summary

            - ✅ Login
            - ✅ Payments

            ## Conclusion

            The platform has 85% test coverage and is ready for production.
            """)).Diagnostics, d => d.Id == "RL3003");
        Assert.DoesNotContain(BuiltInRules.CreateLinter().Lint(StatusReports.Checked("""
            # Rapport final

            **Statut :** ✅ Terminé

            ## Synthèse

            - ✅ Connexion
            - ✅ Paiements

            ## Conclusion

            L'application est 100 % fonctionnelle et prête pour la production.
            Couverture de 85 % ; prête pour la production.
            """)).Diagnostics, d => d.Id == "RL3003");
    }

    // A title that names the document a summary ("# Complete Implementation Summary") does not make every status line
    // under it the report's verdict: a part's "Status: COMPLETE" speaks of that part (issue 49, a control of ../shared).
    [Fact]
    public void A_summary_title_does_not_make_a_parts_status_the_reports_verdict_in_English() => RuleVerifier.Verify(new RL3003CompleteWithPendingItems(), StatusReports.Checked("""
        # Complete Implementation Summary

        ## Integration

        ### Step 1: Part 1

        - **Status:** COMPLETE
        - **Changes:** module 1 wired

        ### Step 2: Part 2

        - **Status:** COMPLETE
        - **Changes:** module 2 wired

        ### Step 3: Part 3

        - **Status:** COMPLETE
        - **Changes:** module 3 wired

        ### Step 4: Part 4

        - **Status:** COMPLETE
        - **Changes:** module 4 wired

        ### Step 5: Part 5

        - **Status:** COMPLETE
        - **Changes:** module 5 wired

        ### Step 6: Part 6

        - **Status:** COMPLETE
        - **Changes:** module 6 wired

        ## Deployment Checklist

        - [x] APIs tested
        - [ ] Deploy to production
        - [ ] Monitor API usage

        ## Notes

        The model file is versioned with the service.
        """));

    [Fact]
    public void Un_titre_de_synthese_ne_fait_pas_du_statut_dune_partie_le_verdict_du_rapport() => RuleVerifier.Verify(new RL3003CompleteWithPendingItems(), StatusReports.Checked("""
        # Synthèse de l'implémentation

        ## Intégration

        ### Étape 1 : partie 1

        - **Statut :** TERMINÉ
        - **Changements :** module 1 branché

        ### Étape 2 : partie 2

        - **Statut :** TERMINÉ
        - **Changements :** module 2 branché

        ### Étape 3 : partie 3

        - **Statut :** TERMINÉ
        - **Changements :** module 3 branché

        ### Étape 4 : partie 4

        - **Statut :** TERMINÉ
        - **Changements :** module 4 branché

        ### Étape 5 : partie 5

        - **Statut :** TERMINÉ
        - **Changements :** module 5 branché

        ### Étape 6 : partie 6

        - **Statut :** TERMINÉ
        - **Changements :** module 6 branché

        ## Checklist de déploiement

        - [x] API testées
        - [ ] Déployer en production
        - [ ] Surveiller l'usage

        ## Notes

        Le modèle est versionné avec le service.
        """));

    [Fact]
    public void Reports_a_status_line_in_a_summary_section_below_the_title() => RuleVerifier.Verify(new RL3003CompleteWithPendingItems(), StatusReports.Checked("""
        # Implementation Report

        ## Integration

        ### Step 1: Part 1

        - **Status:** COMPLETE
        - **Changes:** module 1 wired

        ### Step 2: Part 2

        - **Status:** COMPLETE
        - **Changes:** module 2 wired

        ### Step 3: Part 3

        - **Status:** COMPLETE
        - **Changes:** module 3 wired

        ### Step 4: Part 4

        - **Status:** COMPLETE
        - **Changes:** module 4 wired

        ### Step 5: Part 5

        - **Status:** COMPLETE
        - **Changes:** module 5 wired

        ### Step 6: Part 6

        - **Status:** COMPLETE
        - **Changes:** module 6 wired

        ## Deployment Checklist

        - [x] APIs tested
        - [ ] Deploy to production

        ## Summary

        **Status:** [|COMPLETE|]

        The model file is versioned with the service.
        """));
}
