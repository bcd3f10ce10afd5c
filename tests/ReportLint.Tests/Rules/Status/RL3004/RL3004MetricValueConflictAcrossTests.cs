using ReportLint.Diagnostics;
using ReportLint.Rules;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

/// <summary>RL3004: "N tasks remaining across M phases" against the phases the report lists with work open.</summary>
public class RL3004MetricValueConflictAcrossTests
{
    private static Diagnostic[] Findings(string report) =>
        BuiltInRules.CreateLinter().Lint(StatusReports.Checked(report)).Diagnostics.Where(d => d.Id == "RL3004").ToArray();

    [Fact]
    public void Reports_a_remaining_summary_over_fewer_phases_than_the_breakdown_leaves_open()
    {
        const string report = """
            # Project status

            **✅ COMPLETED:** Phases 1 and 2
            **🔄 REMAINING:** 20 tasks across 2 phases

            ## Breakdown

            ### ✅ Phase 1: Login (10/10 tasks)
            ### ✅ Phase 2: Search (8/8 tasks)
            ### 🟡 Phase 3: Payments (4/10 tasks)
            ### ❌ Phase 4: Chat (0/9 tasks)
            ### ❌ Phase 5: Export (0/5 tasks)
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((4, 19), (d.Line, d.Column));
        Assert.Equal("'20 tasks across 2 phases' remain here, but the breakdown from line 8 leaves work open in 3: Phase 3, Phase 4, Phase 5", d.Message);
    }

    [Fact]
    public void Signale_un_reste_a_faire_reparti_sur_moins_d_etapes_que_la_liste()
    {
        const string report = """
            # Rapport d'avancement

            - ✅ Étapes 1 et 2 livrées
            - 🔄 Restant : 12 tâches réparties sur 1 étape

            ## Par étape

            - Étape 1 : ✅ 6/6
            - Étape 2 : ✅ 4/4
            - Étape 3 : 🟡 2/8
            - Étape 4 : ❌ 0/6
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal(4, d.Line);
        Assert.Equal("'12 tâches réparties sur 1 étape' remain here, but the breakdown from line 8 leaves work open in 2: Étape 3, Étape 4", d.Message);
    }

    [Fact]
    public void A_summary_that_matches_its_breakdown_is_not_reported()
    {
        const string report = """
            # Project status

            **✅ COMPLETED:** Phases 1 and 2
            **🔄 REMAINING:** 15 tasks across 2 phases

            ### ✅ Phase 1: Login (10/10 tasks)
            ### ✅ Phase 2: Search (8/8 tasks)
            ### 🟡 Phase 3: Payments (4/10 tasks)
            ### ❌ Phase 4: Chat (0/9 tasks)
            """;
        Assert.Empty(Findings(report));
    }
}
