using ReportLint.Diagnostics;
using ReportLint.Rules;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

/// <summary>
/// RL3003: a task box left open on a line whose own marks say done ("- [ ] Run `pnpm build` locally - passes ✅") says
/// both, and is no evidence of work left; a box left open without such a mark still is.
/// </summary>
public class RL3003CompleteWithPendingItemsOpenBoxMarkedDoneTests
{
    private static Diagnostic[] Findings(string report) =>
        BuiltInRules.CreateLinter().Lint(StatusReports.Checked(report)).Diagnostics.Where(d => d.Id == "RL3003").ToArray();

    [Fact]
    public void An_open_box_whose_line_is_marked_done_is_no_work_left_in_English()
    {
        Assert.Empty(Findings("""
            # Deployment report

            ## Quick deployment checklist

            Before pushing to `main`:

            - [ ] Run `pnpm build` locally - passes ✅
            - [ ] No credentials in code - verified ✅
            - [ ] Production build tested - working ✅

            **Your app is production-ready!**
            """));
    }

    [Fact]
    public void Une_case_ouverte_dont_la_ligne_est_cochee_n_est_pas_du_travail_restant()
    {
        Assert.Empty(Findings("""
            # Rapport de livraison

            ## Vérifications

            - [ ] Tests automatisés : 22/22 ✅
            - [ ] Revue de sécurité : faite ✅

            **Statut** : ✅ Prêt pour la production
            """));
    }

    [Fact]
    public void An_open_box_without_a_done_mark_or_with_a_pending_one_is_still_work_left_in_English_and_French()
    {
        Diagnostic english = Assert.Single(Findings("""
            # Deployment report

            ## Checklist

            - [ ] Run `pnpm build` locally - passes ✅
            - [ ] Load test the API

            **Status:** ✅ Production ready
            """));
        Assert.Equal((8, 15), (english.Line, english.Column));
        Assert.Equal("'Production ready' but the report lists 1 item that is not done: 'Load test the API' (pending, line 6)", english.Message);

        Diagnostic french = Assert.Single(Findings("""
            # Rapport de livraison

            ## Vérifications

            - [ ] Tests de charge ⏳ ✅
            - [ ] Revue de sécurité : faite ✅

            **Statut** : ✅ Prêt pour la production
            """));
        Assert.Equal(8, french.Line);
        Assert.Equal("'Prêt pour la production' but the report lists 1 item that is not done: 'Tests de charge ⏳ ✅' (pending, line 5)", french.Message);
    }
}
