using ReportLint.Diagnostics;
using ReportLint.Rules;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

/// <summary>RL3003: a status line of a drawn box that calls the work production-ready over work not done.</summary>
public class RL3003CompleteWithPendingItemsBoxVerdictsTests
{
    private static Diagnostic[] Findings(string report) =>
        BuiltInRules.CreateLinter().Lint(StatusReports.Checked(report)).Diagnostics.Where(d => d.Id == "RL3003").ToArray();

    [Fact]
    public void Reports_a_box_status_line_calling_the_work_production_ready_over_pending_items()
    {
        const string report = """
            # Milestone report

            ```
            ╔══════════════════════════════════════════════╗
            ║  Schedule Status:   ✅ AHEAD                 ║
            ║  Quality Status:    ✅ VERIFIED (Production-ready) ║
            ╚══════════════════════════════════════════════╝
            ```

            | Criterion | Status |
            |-----------|--------|
            | M1 Complete | ✅ YES |
            | M1 Tested | ⏳ PENDING |
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal(6, d.Line);
        Assert.Equal("'Production-ready' but the report lists 1 item that is not done: 'M1 Tested' (pending, line 13)", d.Message);
    }

    [Fact]
    public void Signale_une_ligne_d_encadre_qui_se_dit_prete_pour_la_production()
    {
        const string report = """
            # Rapport de jalon

            ```
            ╔══════════════════════════════════════════════╗
            ║  Planning :   ✅ EN AVANCE                   ║
            ║  Statut qualité : ✅ VALIDÉ (production-ready) ║
            ╚══════════════════════════════════════════════╝
            ```

            | Critère | Statut |
            |---------|--------|
            | Jalon 1 livré | ✅ OUI |
            | Recette client | ⏳ EN ATTENTE |
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal(6, d.Line);
        Assert.Equal("'production-ready' but the report lists 1 item that is not done: 'Recette client' (pending, line 13)", d.Message);
    }

    [Fact]
    public void A_box_line_with_nothing_pending_or_without_a_status_key_is_not_reported()
    {
        const string report = """
            # Milestone report

            ```
            ╔══════════════════════════════════════════════╗
            ║  Quality Status:    ✅ VERIFIED (Production-ready) ║
            ║  Target:            production-ready by May  ║
            ╚══════════════════════════════════════════════╝
            ```

            | Criterion | Status |
            |-----------|--------|
            | M1 Complete | ✅ YES |
            | M1 Tested | ✅ YES |
            """;
        Assert.Empty(Findings(report));
    }
}
