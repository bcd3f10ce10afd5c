using ReportLint.Diagnostics;
using ReportLint.Rules;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

/// <summary>RL3004: a count reused for another scope than the breakdown that totals it.</summary>
public class RL3004MetricValueConflictBreakdownsTests
{
    private static Diagnostic[] Findings(string report) =>
        BuiltInRules.CreateLinter().Lint(StatusReports.Checked(report)).Diagnostics.Where(d => d.Id == "RL3004").ToArray();

    [Fact]
    public void Signale_un_nombre_de_fichiers_de_tests_que_le_total_du_detail_contredit()
    {
        const string report = """
            # Rapport du sprint 4

            | Métrique | Objectif | Réalisé | Statut |
            |----------|----------|---------|--------|
            | Fichiers Tests | 20+ | 41 | ✅ |
            | Couverture | 70% | 82% | ✅ |
            | Pipelines CI | 1 | 2 | ✅ |

            ## Tests par catégorie

            ```
            Services :      40 tests  (12 fichiers)
            Composants :    25 tests  (9 fichiers)
            ─────────────────────────────
            TOTAL :         65 tests  (21 fichiers)
            ```
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((5, 26), (d.Line, d.Column));
        Assert.Equal("Fichiers Tests is 41 here but line 15 counts 21 fichiers for its 65 tests: \"TOTAL : 65 tests (21 fichiers)\"", d.Message);
    }

    [Fact]
    public void Reports_a_total_of_tests_called_unit_tests_when_the_breakdown_holds_e2e_tests()
    {
        const string report = """
            # Sprint 4 report

            ```
            API routes:     90 tests  (14 files)
            Components:     40 tests  (10 files)
            E2E flows:      30 tests  (6 files)
            Totals:        160 tests  (30 files)
            ```

            ## Summary

            - ✅ 160 unit tests written
            - ✅ CI pipeline green
            - ✅ Coverage report published
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((12, 5), (d.Line, d.Column));
        Assert.Equal("160 tests are called unit here, but the 160 tests of line 7 include \"E2E flows: 30 tests (6 files)\" (line 6)", d.Message);
    }

    [Theory]
    [InlineData("TOTAL :")]
    [InlineData("Cumuls :")] // a plural label, read as "cumul", a word of the total section
    public void Signale_un_total_appele_tests_unitaires_quand_le_detail_compte_des_tests_e2e(string label)
    {
        const string report = """
            # Rapport du sprint 4

            ```
            Services :      40+ tests  (12 fichiers)
            Tests E2E :     25+ tests  (9 fichiers)
            TOTAL :         65+ tests  (21 fichiers)
            ```

            ## Bilan

            - ✅ 65+ tests unitaires
            - ✅ Pipeline CI au vert
            - ✅ Rapport de couverture publié
            """;
        Diagnostic d = Assert.Single(Findings(report.Replace("TOTAL :", label)));
        Assert.Equal((11, 5), (d.Line, d.Column));
        Assert.Equal("65+ tests are called unitaires here, but the 65+ tests of line 6 include \"Tests E2E : 25+ tests (9 fichiers)\" (line 5)", d.Message);
    }

    [Fact]
    public void Counts_that_agree_with_the_total_or_a_breakdown_of_one_kind_are_not_reported()
    {
        const string report = """
            # Sprint 4 report

            | Metric | Target | Actual | Status |
            |--------|--------|--------|--------|
            | Test files | 20 | 30 | ✅ |
            | Source files | 50 | 72 | ✅ |

            ```
            Unit services:     90 tests  (14 files)
            Unit components:   70 tests  (16 files)
            TOTAL:            160 tests  (30 files)
            ```

            - ✅ 160 unit tests written
            - ✅ 160 tests written, 30 of them integration tests
            - ✅ CI pipeline green
            """;
        Assert.Empty(Findings(report));
    }
}
