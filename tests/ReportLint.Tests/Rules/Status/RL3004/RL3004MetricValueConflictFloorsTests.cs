using ReportLint.Diagnostics;
using ReportLint.Rules;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

/// <summary>RL3004: a coverage floor over a set ("98%+ for core components") against a member of that set below it.</summary>
public class RL3004MetricValueConflictFloorsTests
{
    private static Diagnostic[] Findings(string report) =>
        BuiltInRules.CreateLinter().Lint(StatusReports.Checked(report)).Diagnostics.Where(d => d.Id == "RL3004").ToArray();

    [Fact]
    public void Reports_a_floor_over_core_components_against_a_core_component_below_it()
    {
        const string report = """
            # Sprint 9 report

            ## Summary

            - ✅ Sprint closed
            - **Coverage:** 98%+ for core components
            - ✅ Release tagged

            ## Core Components

            1. **Parser** - ✅ 99% coverage
            2. **Scheduler** - ✅ 96% coverage
            3. **Cache** - ✅ 98% coverage
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((6, 17), (d.Line, d.Column));
        Assert.Equal("Coverage is 98%+ here, a floor for each member, but Scheduler is 96% at line 12 under 'Core Components'", d.Message);
    }

    [Fact]
    public void Signale_une_fourchette_de_couverture_contredite_par_un_module_du_sprint()
    {
        const string report = """
            # Rapport du sprint 4

            ## Couverture finale

            | Métrique | Actuel | Cible | Statut |
            |----------|--------|-------|--------|
            | Couverture globale | 41% | 80% | ❌ |
            | Modules du sprint | 92-97% | 80% | ✅ |

            ## Couverture des modules du sprint

            | Module | Couverture | Statut |
            |--------|------------|--------|
            | Facturation | 95% | ✅ |
            | Relances | 84% | ✅ |
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((8, 23), (d.Line, d.Column));
        Assert.Equal("Modules du sprint is 92-97% here, a floor for each member, but Relances is 84% at line 15 under 'Couverture des modules du sprint'", d.Message);
    }

    [Fact]
    public void A_goal_an_overall_average_or_another_set_is_not_reported()
    {
        const string report = """
            # Sprint 9 report

            - ✅ Sprint closed
            - **Overall coverage:** 90% across all components
            - **Maintenance:** Maintain 98%+ coverage of core components
            - **Plugins coverage:** 95%+ for plugin components
            - ✅ Release tagged

            ## Core Components

            1. **Parser** - ✅ 99% coverage
            2. **Scheduler** - ✅ 86% coverage
            """;
        Assert.Empty(Findings(report));
    }
}
