using ReportLint.Diagnostics;
using ReportLint.Rules;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

/// <summary>RL3004: one part of a section counted larger than the table's count for the whole section.</summary>
public class RL3004MetricValueConflictPartOverWholeTests
{
    private static Diagnostic[] Findings(string report) =>
        BuiltInRules.CreateLinter().Lint(StatusReports.Checked(report)).Diagnostics.Where(d => d.Id == "RL3004").ToArray();

    [Fact]
    public void Signale_un_fichier_plus_long_que_toute_sa_categorie()
    {
        const string report = """
            # Rapport final

            ### 3. Documentation (100%)

            - ✅ **GUIDE.md** - Guide complet (2400 lignes)
            - ✅ **API.md** - Référence
            - ✅ **FAQ.md** - Questions

            ## Métriques

            | Composant | Fichiers | Lignes |
            |-----------|----------|--------|
            | Serveur | 20 | 3 100 |
            | Documentation | 3 | 900 |
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((5, 35), (d.Line, d.Column));
        Assert.Equal("GUIDE.md counts 2400 lignes here, more than the 900 lignes that line 14 gives for all of 'Documentation'", d.Message);
    }

    [Fact]
    public void Reports_a_test_file_with_more_tests_than_the_whole_suite()
    {
        const string report = """
            # Delivery report

            ## Tests

            - ✅ **parser.test.ts** - 140 tests
            - ✅ **api.test.ts** - 30 tests
            - ✅ **ui.test.ts** - 12 tests

            ## Metrics

            | Area | Files | Tests |
            |------|-------|-------|
            | Tests | 3 | 82 |
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal(5, d.Line);
        Assert.Equal("parser.test.ts counts 140 tests here, more than the 82 tests that line 13 gives for all of 'Tests'", d.Message);
    }

    [Fact]
    public void Parts_within_their_whole_are_not_reported()
    {
        const string report = """
            # Delivery report

            ## Tests

            - ✅ **parser.test.ts** - 40 tests
            - ✅ **api.test.ts** - 30 tests
            - ✅ **ui.test.ts** - 12 tests

            ## Metrics

            | Area | Files | Tests |
            |------|-------|-------|
            | Tests | 3 | 82 |
            """;
        Assert.Empty(Findings(report));
    }
}
