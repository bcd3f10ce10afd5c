using ReportLint.Diagnostics;
using ReportLint.Rules;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

/// <summary>RL3004: a count of things made that the report's own table of them totals lower.</summary>
public class RL3004MetricValueConflictCreatedTests
{
    private static Diagnostic[] Findings(string report) =>
        BuiltInRules.CreateLinter().Lint(StatusReports.Checked(report)).Diagnostics.Where(d => d.Id == "RL3004").ToArray();

    [Fact]
    public void Signale_un_nombre_de_fichiers_crees_que_le_tableau_des_fichiers_totalise_moins()
    {
        const string report = """
            # Rapport du sprint 7

            ## Fichiers par lot

            | Lot | Backend | Frontend | Total |
            |-----|---------|----------|-------|
            | 1 | 4 | 2 | 6 |
            | 2 | 3 | 5 | 8 |
            | **TOTAL** | **7** | **7** | **14** |

            ## Bilan
            - ✅ 20 fichiers créés
            - ✅ Tests au vert
            - ✅ Revue faite
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((12, 5), (d.Line, d.Column));
        Assert.Equal("20 fichiers créés here, but the table under 'Fichiers par lot' totals 14 at line 9", d.Message);
    }

    [Fact]
    public void Reports_a_count_of_files_created_that_the_table_of_files_totals_lower()
    {
        const string report = """
            # Sprint 7 report

            ## Files by batch

            | Batch | Backend | Frontend | Total |
            |-------|---------|----------|-------|
            | 1 | 4 | 2 | 6 |
            | 2 | 3 | 5 | 8 |
            | Total | 7 | 7 | 14 |

            ## Summary
            - ✅ 20 files created
            - ✅ Tests green
            - ✅ Review done
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((12, 5), (d.Line, d.Column));
        Assert.Equal("20 files created here, but the table under 'Files by batch' totals 14 at line 9", d.Message);
    }

    [Fact]
    public void A_count_the_table_agrees_with_or_of_another_noun_is_not_reported()
    {
        const string report = """
            # Sprint 7 report

            ## Files by batch

            | Batch | Backend | Frontend | Total |
            |-------|---------|----------|-------|
            | 1 | 4 | 2 | 6 |
            | 2 | 3 | 5 | 8 |
            | Total | 7 | 7 | 14 |

            ## Summary
            - ✅ 14 files created
            - ✅ 20 tests written
            - ✅ 12 files reviewed
            """;
        Assert.Empty(Findings(report));
    }
}
