using ReportLint.Rules;
using ReportLint.Rules.Evidence;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

public class RL1002SelfCertificationTests
{
    private static void Verify(string markup) => RuleVerifier.Verify(new RL1002SelfCertification(), StatusReports.Of(markup));

    [Fact]
    public void Reports_self_certification_and_hype() => Verify("""
        **PROJECT COMPLETION REPORT - [|SIGNED & APPROVED|] ✅**

        *This project has been completed to the [|highest standards|] of quality.*

        **Security**: ✅ **[|ENTERPRISE-GRADE|]**
        """);

    [Fact]
    public void Reports_French_self_certification_even_through_mojibake() => Verify("""
        **[|CertifiÃ© le|]**: 17 Juin 2025
        **[|ValidÃ© par**: IA|]-2 Architecture & Production Team
        """);

    [Fact]
    public void Reports_more_than_all_of_the_objectives() => Verify("""
        - Objectifs : [|125%|] des objectifs atteints
        """);

    [Fact]
    public void Message_says_what_is_missing()
    {
        var d = Assert.Single(BuiltInRules.CreateLinter().Lint(StatusReports.WithFooter("Status: enterprise-grade\n")).Diagnostics);
        Assert.Equal(("RL1002", ReportLint.Diagnostics.Severity.Info, 1, 9), (d.Id, d.Severity, d.Line, d.Column));
        Assert.Equal("'enterprise-grade' certifies the work with no outside authority: name the auditor, the standard or the evidence, or drop it", d.Message);
    }

    // An item still to do plans the work, as RL1001 reads it: it certifies nothing yet. The same words done are a stamp.
    [Fact]
    public void Does_not_report_an_item_still_to_do_in_English_and_French()
    {
        Verify("""
            - [ ] Certified timestamping - 2h
            - ⏳ Approved for production after the QA run
            - [x] [|Approved for production|]
            """);
        Verify("""
            - [ ] Horodatage certifié - 2h
            - ⏳ Validé pour production après la recette
            - ✅ [|Validé pour production|]
            """);
    }

    [Fact]
    public void Does_not_report_certification_by_a_named_authority() => Verify("""
        The service is ISO 27001 certified; the SOC 2 report was signed and approved by an external auditor.
        """);

    [Fact]
    public void Does_not_report_signed_scripts_or_certificates() => Verify("""
        Scripts must be signed with a code-signing certificate; the certificate authority signs the request.
        """);

    [Fact]
    public void Reports_self_issued_approval_grades_and_hype_in_a_status_report() => Verify("""
        # Release 4.2 report

        - ✅ Payments merged
        - ✅ Search merged
        - ✅ Exports merged

        ✅ **[|APPROVED FOR PRODUCTION|] DEPLOYMENT**

        **Validated By**: Release Automation

        - **[|Code Quality**: A+|] (lint, types)
        - **[|Project health**: ⭐⭐⭐⭐⭐|]

        This is a [|revolutionary|], [|first-of-its-kind|] platform.
        """);

    [Fact]
    public void Reports_a_top_grade_of_the_works_own_quality_as_a_stamp_or_after_a_verb_that_shows_it() => Verify("""
        # Sprint 12 report

        - ✅ Payments merged
        - ✅ Search merged
        - ✅ Exports merged

        ### **✅ ALL AGENT TEAMS: [|EXCEPTIONAL PERFORMANCE|]**

        The application demonstrates [|excellent code quality|] and robust pipelines.
        """);

    [Fact]
    public void Does_not_report_a_quality_grade_as_a_goal_or_said_of_a_vendor() => Verify("""
        # Sprint 12 report

        - ✅ Payments merged
        - ✅ Search merged
        - ✅ CI set up to maintain excellent code quality
        - The goal is exceptional performance on mobile.
        - The vendor SDK delivers exceptional performance.
        """);

    [Fact]
    public void Signale_une_note_maximale_de_sa_propre_performance_mais_pas_un_but() => Verify("""
        # Rapport de sprint

        - ✅ Module A livré
        - ✅ Module B livré
        - ✅ Module C livré

        ### 1. [|Performance exceptionnelle|]

        - L'objectif est une qualité exceptionnelle sur mobile.
        - La CI est en place pour garder une qualité exceptionnelle.
        """);

    [Fact]
    public void Reports_French_self_certification_and_self_grades() => Verify("""
        # Rapport de livraison

        - ✅ Module A livré
        - ✅ Module B livré
        - ✅ Module C livré

        **[|Certifié conforme|]**

        - **Contrôlé par** : outil interne
        - **[|Note globale** : 10/10|]
        - **[|Qualité** : ⭐⭐⭐ (5/5|])
        - Une plateforme [|de classe mondiale|]
        """);

    // French puts the adjective after the noun: "Score global", "Score final", "Note finale" are keys of a grade, and a
    // top score after them (90% of the scale or more) is the work grading itself. A middling score is no hype.
    [Fact]
    public void Reports_a_French_global_or_final_score_at_the_top_of_its_scale() => Verify("""
        # Rapport de validation finale

        ## 🏆 [|SCORE GLOBAL: 100/100|] - PRODUCTION READY

        - ✅ Authentification validée
        - ✅ Paiements validés

        **[|Score final** : 98/100|]
        """);

    [Fact]
    public void Does_not_report_a_French_global_score_below_the_top_of_its_scale() => Verify("""
        # Rapport d'audit

        - ✅ Authentification validée
        - ⚠️ Paiements à revoir

        **Score global : 57/100** ⚠️

        **Note finale** : 7/10 (anciennement 6/10)
        """);

    // Issue 49: French names what a grade is of after its key, "Score de préparation", "Note de sécurité" (one or two
    // words after de/du/des, lexicon grade.key.complement), and "actuel" qualifies it as "final" does. Labelled in three
    // reports of three repositories.
    [Fact]
    public void Reports_a_French_grade_key_with_its_complement_or_current_qualifier_at_the_top() => Verify("""
        # Rapport final

        - ✅ Authentification validée
        - ✅ Paiements validés

        **[|Score de Préparation : 95/100|]** ⭐⭐⭐⭐⭐

        **[|Score actuel : 9/10 = Excellent|], Production-Ready** 🚀

        - **[|Note de sécurité** : 10/10|]
        """);

    // A minimum is a threshold, an auditor's note is another's rating, a middling score no hype, and three words after
    // the complement are a phrase, not a key.
    [Fact]
    public void Does_not_report_a_French_threshold_a_rater_a_middling_score_or_a_long_phrase_as_a_grade() => Verify("""
        # Rapport final

        - ✅ Authentification validée
        - ✅ Paiements validés

        Score minimum : 90/100

        **Note de l'auditeur : A+**

        **Score de préparation : 72/100**

        **Score de la semaine dernière sur le site : 10/10**
        """);

    // What verified the work may be its tests, which a reader can ask to see: no approver signs. An agent named after
    // the tests still signs. A fraction followed by what it counts is a tally, not a grade.
    [Fact]
    public void Does_not_report_a_verification_by_tests_or_a_tally_in_English() => Verify("""
        # Release 4.2 report

        - ✅ Payments merged
        - ✅ Search merged

        **Verified by:** Automated test suite + manual verification

        **Score:** 5/5 checks passed

        **[|Validated by**: Test Automator Agent|]
        """);

    [Fact]
    public void Does_not_report_a_verification_by_tests_or_a_tally_in_French() => Verify("""
        # Rapport de livraison

        - ✅ Module A livré
        - ✅ Module B livré

        **Validé par :** 9 tests automatisés, 33 assertions

        **Score : 5/5 objectifs atteints** 🎖️

        **[|Validé par** : Claude Code|]
        """);

    // A template offers the grades to choose from: the first of them is no grade given.
    [Fact]
    public void Does_not_report_the_options_of_a_template_in_English() => Verify("""
        # Governance review template

        - ✅ Maintainers listed
        - ✅ Charter published
        - ✅ Elections held

        **Status:** Exemplary | Satisfactory | Needs Work | In Crisis

        - **Project health**: Excellent / Good / Poor
        - **[|Code Quality**: Excellent|] (lint, types)
        """);

    [Fact]
    public void Does_not_report_the_options_of_a_template_in_French() => Verify("""
        # Modèle de revue

        - ✅ Mainteneurs listés
        - ✅ Charte publiée
        - ✅ Élections tenues

        **Statut** : Excellent | Satisfaisant | À revoir

        - **Note globale** : Excellente / Bonne / Faible
        - **[|Qualité** : Excellente|]
        """);

    [Fact]
    public void Message_keeps_accents_and_drops_emphasis()
    {
        var d = Assert.Single(BuiltInRules.CreateLinter().Lint(StatusReports.WithFooter("**Certifié conforme** ✅\n")).Diagnostics, d => d.Id == "RL1002");
        Assert.Equal("'Certifié conforme' certifies the work with no outside authority: name the auditor, the standard or the evidence, or drop it", d.Message);
    }

    [Fact]
    public void Repeated_grades_are_one_finding()
    {
        const string report = "# Report\n\n- ✅ A\n- ✅ B\n- ✅ C\n\n**Quality:** Excellent\n\n## Part 2\n\n**Quality:** Excellent\n";
        var d = Assert.Single(BuiltInRules.CreateLinter().Lint(report).Diagnostics, d => d.Id == "RL1002");
        Assert.Equal((7, 3), (d.Line, d.Column));
    }

    [Fact]
    public void Does_not_report_outside_bodies_negations_quoted_titles_or_measured_bands() => Verify("""
        # Release 4.3 report

        - ✅ Payments merged
        - ✅ Search merged
        - ✅ Exports merged
        - The firmware was certified to ISO 26262 by an accredited body.
        - The module is not yet certified.
        - Our talk "A World-Class API" was accepted.
        - Change approved by the customer's change board.
        - Builds are certified to SLSA level 3 by the provenance service.
        - We extended label-based pruning rather than a revolutionary new approach.
        - Security Score: 95/100 (target: > 90)

        | Module | Coverage | Rating |
        |--------|----------|--------|
        | actors.rs | 52% | ✅ Excellent |

        | Area | Rating | Notes |
        |------|--------|-------|
        | Performance | ✅ Excellent | p95 97-99 ms |
        """);

    [Fact]
    public void Reads_the_title_of_a_linked_page_as_someone_elses_words_in_English_and_French() => Verify("""
        # Weekly notes

        - ✅ Parser merged
        - ✅ Docs merged
        - ✅ Release cut
        - [Announcing a state-of-the-art threshold protocol](https://example.com/post)
        - [**Meetup: a revolutionary take on routing**](https://example.com/meetup)
        - [Une approche révolutionnaire du routage](https://exemple.fr/billet)
        - Our [|state-of-the-art|] pipeline, see [the post](https://example.com/post)
        - Notre pipeline [|révolutionnaire|], voir [le billet](https://exemple.fr/billet)
        """);

    [Fact]
    public void Does_not_report_French_outside_bodies_or_negations() => Verify("""
        # Rapport de livraison

        - ✅ Module A livré
        - ✅ Module B livré
        - ✅ Module C livré
        - Audité par l'ANSSI en mars.
        - Le service n'est pas encore certifié.
        - Plateforme certifiée Référentiel Général de Sécurité (RGS).
        - Nous avons étendu l'élagage existant plutôt que de viser une approche révolutionnaire.
        """);

    [Fact]
    public void Does_not_report_terms_of_use_or_prose_outside_a_report() => Verify("""
        En utilisant le service, l'utilisateur certifie avoir lu les conditions, validé par l'équipe juridique.

        The library ships FIPS-certified cryptography and a bulletproof parser; the authors strive for the highest standards.
        """);

    [Fact]
    public void A_signature_label_is_a_stamp_only_where_it_leads_its_line() => Verify("""
        Si le nettoyage ne correspond à aucune mise en place, c'est généralement mauvaise signe : revoyez le code.

        If the log is long, the final line is signed: the build tool adds it.

        [|Signé :|] l'assistant IA
        """);

    [Fact]
    public void Reads_rows_whose_cells_lie_outside_the_row_statement()
    {
        const string report = "# Readiness\n\n- ✅ a\n- ✅ b\n- ✅ c\n\n| Name | Description | Work | EIPs | Status\n|---|---|---|---|---|\n" +
            "| [Amazon Web Services][AWS-link] |managed nodes | Excellent |  | 1559 |\n| [Infura][infura-link] | API | ✅ Excellent | | |\n\n[AWS-link]: https://aws.example\n[infura-link]: https://infura.example\n";
        var diagnostics = BuiltInRules.CreateLinter().Lint(report).Diagnostics;
        Assert.DoesNotContain(diagnostics, d => d.Id == "RL0001");
    }

    // A full percentage before "success" or "health" is a rate or a check's result, which RL1001 weighs, not a grade the
    // work gives itself (issue 49: four reports from four repositories); before "quality" it is a grade.
    [Fact]
    public void A_full_rate_of_success_or_health_is_no_self_awarded_grade_in_English_and_French() => Verify("""
        ## Results

        - **Agents**: 100% success across the suite
        - **Monitoring**: 100% agent health
        - **Pods**: 100% réussite au redémarrage
        - **Cluster** : 100% santé des nœuds
        - **Result**: [|100% architecture quality|]
        - **Résultat** : [|100% qualité|] du code
        """);

    [Fact]
    public void Does_not_report_the_certificate_of_a_tool_the_work_uses_in_English_and_French() => Verify("""
        - ✅ Build: passed
        - ✅ Lint: clean
        - ✅ Docs: published

        We develop the application with a certified toolchain and certified compilers.
        L'application est compilée avec un compilateur certifié sur du matériel certifié.
        """);
}
