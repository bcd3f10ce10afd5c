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

    // A whole whose label numbers its part ("Phase 2") is that part's only: a section of two parts ("Phases 2+3",
    // "Phases 2 and 3") or of another ("Phase 3", whose own row allows its 51 tests) is no part of it; the section of the
    // same number is (issue 49).
    [Theory]
    [InlineData("### Phase 2: API", true)]
    [InlineData("### Phases 2+3: API and UI", false)]
    [InlineData("### Phases 2 and 3", false)]
    [InlineData("### Phase 3", false)]
    public void A_numbered_part_is_compared_only_with_the_section_of_its_number(string heading, bool reported)
    {
        string report = $"""
            # Delivery report

            {heading}

            - ✅ 51 tests created
            - ✅ 3 features shipped
            - ✅ 8 commits

            ## Timeline

            | Phase | Hours | Tests |
            |-------|-------|-------|
            | **Phase 2** | 5 | 50 |
            | **Phase 3** | 6 | 60 |
            """;
        Assert.Equal(reported ? 1 : 0, Findings(report).Length);
    }

    [Theory]
    [InlineData("### Phase 2 : API", true)]
    [InlineData("### Phases 2 et 3 + Intégrations", false)]
    [InlineData("### Phases 2+3 + Intégrations I1+I2 = SUCCÈS TOTAL", false)]
    [InlineData("### Phases 2+3", false)]
    [InlineData("### Phase 3 : interface", false)]
    public void Une_partie_numerotee_n_est_comparee_qu_a_la_section_de_son_numero(string heading, bool reported)
    {
        string report = $"""
            # Rapport de livraison

            {heading}

            - ✅ 51 tests créés
            - ✅ 3 fonctionnalités livrées
            - ✅ 8 commits

            ## Chronologie

            | Phase | Heures | Tests |
            |-------|--------|-------|
            | **Phase 2** | 5 | 50 |
            | **Phase 3** | 6 | 60 |
            """;
        Assert.Equal(reported ? 1 : 0, Findings(report).Length);
    }
}
