using ReportLint.Diagnostics;
using ReportLint.Rules;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

/// <summary>RL3003 on a title whose status line, just under it, says the same verdict: one claim, one finding.</summary>
public class RL3003CompleteWithPendingItemsRestatedTests
{
    private static Diagnostic[] Findings(string report) =>
        BuiltInRules.CreateLinter().Lint(report).Diagnostics.Where(d => d.Id == "RL3003").ToArray();

    [Fact]
    public void A_title_restated_by_its_status_line_is_reported_once_on_the_status_line()
    {
        const string report = """
            # Release 3: 100% COMPLETE

            **Status:** ✅ 100% COMPLETE
            **Date:** 2025-03-02

            ## Tasks

            - [x] Billing export
            - [ ] Invoice reminders
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((3, 15), (d.Line, d.Column));
        Assert.Equal("'100% COMPLETE' but the report lists 1 item that is not done: 'Invoice reminders' (pending, line 9)", d.Message);
    }

    [Fact]
    public void A_title_with_another_status_line_is_still_reported()
    {
        const string report = """
            # Release 3: 100% COMPLETE

            **Date:** 2025-03-02

            ## Tasks

            - [x] Billing export
            - [ ] Invoice reminders
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal(1, d.Line);
    }

    [Fact]
    public void Un_titre_repete_par_sa_ligne_de_statut_est_signale_une_fois_sur_la_ligne_de_statut()
    {
        const string report = """
            # Version 3 : 100 % TERMINÉ

            **Statut :** ✅ 100 % TERMINÉ
            **Date :** 2 mars 2025

            ## Tâches

            - [x] Export de facturation
            - [ ] Relances de factures
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal(3, d.Line);
        Assert.StartsWith("'100 % TERMINÉ' but the report lists 1 item that is not done: 'Relances de factures'", d.Message);
    }
}
