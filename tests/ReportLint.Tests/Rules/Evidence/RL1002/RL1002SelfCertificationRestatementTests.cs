using ReportLint.Diagnostics;
using ReportLint.Rules;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

/// <summary>RL1002: a grade the work gives itself is one claim wherever and under whatever key the report repeats it.</summary>
public class RL1002SelfCertificationRestatementTests
{
    private static Diagnostic[] Findings(string report) =>
        BuiltInRules.CreateLinter().Lint(StatusReports.Checked(report)).Diagnostics.Where(d => d.Id == "RL1002").ToArray();

    [Fact]
    public void The_same_grade_under_another_key_is_one_finding_and_another_grade_another()
    {
        const string report = """
            # Sprint report

            **Status:** ✅ Complete

            ## Summary

            - **Project Health:** EXCELLENT
            - **Code Quality:** A+

            ## Dashboard

            - **Quality:** EXCELLENT ✅
            """;
        Diagnostic[] found = Findings(report);
        Assert.Equal([(7, 5), (8, 5)], found.Select(d => (d.Line, d.Column)));
        Assert.Equal("'Project Health: EXCELLENT' certifies the work with no outside authority: name the auditor, the standard or the evidence, or drop it", found[0].Message);
        Assert.Equal(12, Assert.Single(found[0].AdditionalLocations).LineSpan.Start.Line);
        Assert.Equal("'Code Quality: A+' certifies the work with no outside authority: name the auditor, the standard or the evidence, or drop it", found[1].Message);
        Assert.Empty(found[1].AdditionalLocations);
    }

    [Fact]
    public void La_meme_note_sous_une_autre_cle_est_une_seule_constatation_et_une_autre_note_une_autre()
    {
        const string report = """
            # Rapport de sprint

            **Statut :** ✅ Terminé

            ## Synthèse

            - **Évaluation** : EXCELLENTE
            - **Note globale** : A+

            ## Tableau de bord

            - **Qualité** : EXCELLENTE ✅
            """;
        Diagnostic[] found = Findings(report);
        Assert.Equal([(7, 5), (8, 5)], found.Select(d => (d.Line, d.Column)));
        Assert.Equal("'Évaluation : EXCELLENTE' certifies the work with no outside authority: name the auditor, the standard or the evidence, or drop it", found[0].Message);
        Assert.Equal(12, Assert.Single(found[0].AdditionalLocations).LineSpan.Start.Line);
        Assert.Empty(found[1].AdditionalLocations);
    }

    [Fact]
    public void A_top_word_before_the_key_and_the_score_after_it_grade_the_work_and_restate_the_same_score()
    {
        const string report = """
            # Test audit

            **Status:** ✅ Complete

            - **Test Quality Score:** 5/5 (Perfect)

            ## Key achievements

            - ✅ **Perfect test quality score** (5/5) across all modules
            - ✅ **Test quality score** (5/5) per module
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((5, 18), (d.Line, d.Column));
        Assert.Equal("'Test Quality Score: 5/5' certifies the work with no outside authority: name the auditor, the standard or the evidence, or drop it", d.Message);
        Assert.Equal(9, Assert.Single(d.AdditionalLocations).LineSpan.Start.Line);

        Diagnostic alone = Assert.Single(Findings(report.Replace("- **Test Quality Score:** 5/5 (Perfect)", "- Tests reviewed", StringComparison.Ordinal)));
        Assert.Equal((9, 7), (alone.Line, alone.Column));
        Assert.Equal("'Perfect test quality score (5/5)' certifies the work with no outside authority: name the auditor, the standard or the evidence, or drop it", alone.Message);
    }

    [Fact]
    public void Un_mot_de_note_maximale_apres_la_cle_et_la_note_entre_parentheses_notent_le_travail()
    {
        const string report = """
            # Audit des tests

            **Statut :** ✅ Terminé

            - Tests relus

            ## Réalisations

            - ✅ **Note de qualité parfaite** (10/10) sur tous les modules
            - ✅ **Note de qualité** (10/10) par module
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((9, 7), (d.Line, d.Column));
        Assert.Equal("'Note de qualité parfaite (10/10)' certifies the work with no outside authority: name the auditor, the standard or the evidence, or drop it", d.Message);
        Assert.Empty(d.AdditionalLocations);
    }

    [Fact]
    public void A_table_cell_that_gives_the_same_grade_restates_it_another_grade_stands_apart()
    {
        const string report = """
            # Release report

            **Status:** ✅ Complete

            **Quality:** Excellent

            | Area | Target | Achieved | Status |
            |------|--------|----------|--------|
            | Mobile experience | Excellent | Excellent | ✅ |
            | Architecture | Good | Outstanding | ✅ |
            """;
        Diagnostic[] found = Findings(report);
        Assert.Equal([(5, 3), (10, 25)], found.Select(d => (d.Line, d.Column)));
        Assert.Equal(9, Assert.Single(found[0].AdditionalLocations).LineSpan.Start.Line);
        Assert.Equal("'Outstanding' certifies the work with no outside authority: name the auditor, the standard or the evidence, or drop it", found[1].Message);
    }

    [Fact]
    public void A_star_grade_is_quoted_with_its_score_s_bracket_closed_in_English_and_French()
    {
        const string report = """
            # Sprint report

            **Status:** ✅ Complete

            - **Quality Level:** ⭐⭐⭐⭐⭐ (5/5)
            - ✅ Tests: 12/12

            ## Bilan

            - **Note globale :** ⭐⭐⭐⭐⭐ (10/10) pour l'équipe
            """;
        Assert.Equal(
            [
                "'Quality Level: ⭐⭐⭐⭐⭐ (5/5)' certifies the work with no outside authority: name the auditor, the standard or the evidence, or drop it",
                "'Note globale : ⭐⭐⭐⭐⭐ (10/10)' certifies the work with no outside authority: name the auditor, the standard or the evidence, or drop it",
            ],
            Findings(report).Select(d => d.Message));
    }
}
