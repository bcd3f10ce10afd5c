using ReportLint.Diagnostics;
using ReportLint.Rules;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

/// <summary>RL3003: the work said fully tested while the report lists its own testing as not done.</summary>
public class RL3003CompleteWithPendingItemsTestedTests
{
    private static Diagnostic[] Findings(string report) =>
        BuiltInRules.CreateLinter().Lint(StatusReports.Checked(report)).Diagnostics.Where(d => d.Id == "RL3003").ToArray();

    [Fact]
    public void Reports_fully_tested_against_a_next_step_that_tests_the_feature()
    {
        const string report = """
            # Attendance Feature - Summary

            - ✅ Attendance model
            - ✅ Teacher dashboard
            - ✅ Absence report

            ## Next Steps

            1. **Run the database migration**
            2. **Test the feature:** mark a student absent and check the report

            ## Result

            - ✅ **Production-ready** - Fully tested and compiled
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((14, 28), (d.Line, d.Column));
        Assert.Equal("'Fully tested' but the report lists 1 testing item that is not done: 'Test the feature: mark a student absent and check the report' (still to run, line 10)", d.Message);
    }

    [Fact]
    public void Signale_tout_est_pret_et_teste_avec_des_tests_non_faits()
    {
        const string report = """
            # Rapport final - Application mobile

            ## Checklist de mise en ligne

            - [x] Build Android généré
            - [ ] Tests manuels complets
            - [ ] Test sur vrai device

            ## Recommandation

            **Option 1 (Big Bang)** car tout est prêt et testé.
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((11, 38), (d.Line, d.Column));
        Assert.Equal("'prêt et testé' but the report lists 2 testing items that are not done: 'Tests manuels complets' (pending, line 6)", d.Message);
    }

    [Fact]
    public void Reports_the_unchecked_items_of_a_testing_checklist_and_only_the_first_claim()
    {
        const string report = """
            # Voice Tool - Build Report

            ## Testing Checklist

            - [ ] Scenes import into the editor
            - [x] Audio is transcribed

            ## Achievements

            - âœ… End-to-end tested
            - âœ… Tested end-to-end workflow
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal(10, d.Line);
        Assert.Equal("'End-to-end tested' but the report lists 1 testing item that is not done: 'Scenes import into the editor' (pending, line 5)", d.Message);
    }

    [Fact]
    public void A_part_said_fully_tested_is_not_the_whole_work()
    {
        const string report = """
            # Scheduler Report

            - ✅ Queue
            - ✅ Workers
            - ✅ Retries
            - **Audit features:**
              - Resource allocation algorithms fully tested
              - API endpoints: fully tested

            ## Remaining

            - [ ] Load testing of the queue
            """;
        Assert.Empty(Findings(report));
    }

    [Fact]
    public void Une_partie_dite_complete_et_testee_n_est_pas_tout_le_travail()
    {
        const string report = """
            # Audit de l'application

            - ✅ Authentification
            - ✅ Paiement
            - ✅ Export
            - Points forts : moteur d'audit Python complet et testé (537 tests)

            ## Reste à faire

            - [ ] Tests des détecteurs SEO
            """;
        Assert.Empty(Findings(report));
    }

    [Fact]
    public void A_part_named_in_code_said_fully_tested_is_not_the_whole_work()
    {
        const string report = """
            # Scheduler Report

            - ✅ Queue
            - ✅ Workers
            - ✅ `RetryPolicy`: fully tested (18/18 tests pass)

            ## Remaining

            - [ ] Load testing of the queue
            """;
        Assert.Empty(Findings(report));
    }

    [Fact]
    public void Une_partie_nommee_en_code_entierement_testee_n_est_pas_tout_le_travail()
    {
        const string report = """
            # État du projet

            - ✅ Authentification
            - ✅ Stocks
            - ✅ `StocksKpiRepository` : Entièrement testé

            ## Prochaines étapes

            - [ ] Tester les triggers SQL
            """;
        Assert.Empty(Findings(report));
    }

    [Fact]
    public void A_key_of_plain_words_before_fully_tested_still_names_the_whole_work()
    {
        const string report = """
            # Scheduler Report

            - ✅ Queue
            - ✅ Workers
            - ✅ Everything: fully tested

            ## Remaining

            - [ ] Load testing of the queue
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((5, 17), (d.Line, d.Column));
        Assert.Equal("'fully tested' but the report lists 1 testing item that is not done: 'Load testing of the queue' (pending, line 9)", d.Message);
    }

    [Fact]
    public void Fully_tested_with_only_other_work_open_or_failed_tests_is_not_reported()
    {
        const string report = """
            # Release Report

            - ✅ Everything is fully tested
            - ❌ Load tests: 3 failures on the export endpoint
            - [ ] Write the user guide
            """;
        Assert.Empty(Findings(report));
    }

    [Fact]
    public void Un_plan_de_tout_tester_ou_une_case_non_cochee_n_affirme_rien()
    {
        const string report = """
            # Rapport de sprint

            - ✅ Connexion
            - [ ] Le système est entièrement testé
            - [ ] Tests de charge

            ## Prochaines étapes

            - S'assurer que tout est testé avant la mise en production
            """;
        Assert.Empty(Findings(report));
    }

    [Fact]
    public void Le_systeme_entierement_teste_contre_des_tests_en_attente()
    {
        const string report = """
            # Rapport de sprint

            - ✅ Connexion
            - ✅ Rôles
            - ✅ Journal d'audit

            Le système est entièrement testé.

            ## Suivi

            - ⏳ Tests avec utilisateurs authentifiés
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((7, 16), (d.Line, d.Column));
        Assert.Equal("'entièrement testé' but the report lists 1 testing item that is not done: 'Tests avec utilisateurs authentifiés' (pending, line 11)", d.Message);
    }

    [Fact]
    public void Reports_work_said_implemented_and_tested_in_English_and_French()
    {
        const string report = """
            # Arcade Mode - Summary

            - ✅ Spawning
            - ✅ Combos
            - ✅ Quarantine

            All core features have been implemented, tested, and integrated into the engine.
            Toutes les fonctionnalités ont été implémentées et testées.

            ## Testing Tasks

            - [ ] Manual testing checklist
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((7, 29), (d.Line, d.Column));
        Assert.Equal("'implemented, tested' but the report lists 1 testing item that is not done: 'Manual testing checklist' (pending, line 12)", d.Message);
    }

    [Fact]
    public void Signale_des_fonctionnalites_implementees_et_testees_contre_des_tests_a_faire()
    {
        const string report = """
            # Rapport de livraison

            - ✅ Export
            - ✅ Import
            - ✅ Tableau de bord

            Toutes les fonctionnalités ont été implémentées et testées.

            ## Reste à faire

            - [ ] Tests de charge
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((7, 36), (d.Line, d.Column));
        Assert.Equal("'implémentées et testées' but the report lists 1 testing item that is not done: 'Tests de charge' (pending, line 11)", d.Message);
    }
}
