using ReportLint.Diagnostics;
using ReportLint.Rules;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

/// <summary>RL3004: a count whose name is a table's row label and column header, against that cell.</summary>
public class RL3004MetricValueConflictCellsTests
{
    private static Diagnostic[] Findings(string report) =>
        BuiltInRules.CreateLinter().Lint(StatusReports.Checked(report)).Diagnostics.Where(d => d.Id == "RL3004").ToArray();

    [Fact]
    public void Signale_un_nombre_de_tests_que_la_ligne_du_tableau_contredit()
    {
        const string report = """
            # Rapport de tests

            | Module | Tests Créés | Tests Réussis | Statut |
            |--------|-------------|---------------|--------|
            | Services | 5 | 5 | ✅ |
            | Intégration | 8 | 8 | ✅ |
            | Sécurité | 6 | 6 | ✅ |

            ## Par type

            - **Tests de Services** : 5 tests
            - **Tests d'Intégration** : 12 tests
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((12, 29), (d.Line, d.Column));
        Assert.Equal("Tests d'Intégration is 12 here but 8 at line 6 (row 'Intégration', column 'Tests Créés')", d.Message);
    }

    [Fact]
    public void Reports_an_endpoint_count_the_table_row_contradicts()
    {
        const string report = """
            # API status

            | Service | Endpoints | Status |
            |---------|-----------|--------|
            | Billing | 12 | ✅ |
            | Search | 4 | ✅ |
            | Auth | 6 | ✅ |

            - **Billing endpoints**: 14 live
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal(9, d.Line);
        Assert.Equal("Billing endpoints is 14 here but 12 at line 5 (row 'Billing', column 'Endpoints')", d.Message);
    }

    [Fact]
    public void Counts_that_agree_with_a_column_or_name_no_column_are_not_reported()
    {
        const string report = """
            # API status

            | Service | Endpoints | Tested | Status |
            |---------|-----------|--------|--------|
            | Billing | 12 | 10 | ✅ |
            | Search | 4 | 4 | ✅ |
            | Auth | 6 | 6 | ✅ |

            - **Billing endpoints**: 12 live
            - **Billing incidents**: 3 this month
            """;
        Assert.Empty(Findings(report));
    }
}
