using ReportLint.Diagnostics;
using ReportLint.Rules;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

/// <summary>
/// RL3003 on a status line whose value names the whole work before its state: "Statut : ✅ MISSION 100% ACCOMPLIE",
/// "Status: PROJECT COMPLETE". A part named there ("Phase 1 complete") is read as before; a question is no verdict; and
/// below a verdict already reported it says the same again.
/// </summary>
public class RL3003CompleteWithPendingItemsSubjectTests
{
    private static Diagnostic[] Findings(string report) =>
        BuiltInRules.CreateLinter().Lint(report).Diagnostics.Where(d => d.Id == "RL3003").ToArray();

    [Fact]
    public void A_status_of_the_mission_accomplished_is_a_verdict()
    {
        const string report = """
            # Sprint 4 report

            **Status:** ✅ MISSION ACCOMPLISHED

            ## Tasks

            - [x] Billing export
            - [ ] Invoice reminders
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((3, 15), (d.Line, d.Column));
        Assert.Equal("'MISSION ACCOMPLISHED' but the report lists 1 item that is not done: 'Invoice reminders' (pending, line 8)", d.Message);
    }

    [Fact]
    public void A_mission_accomplished_keeps_its_figure_and_emphasis_out()
    {
        const string report = """
            # Sprint 4 report

            **Project status:** 🎉 **MISSION 100% ACCOMPLISHED**

            ## Tasks

            - [x] Billing export
            - [ ] Invoice reminders
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((3, 26), (d.Line, d.Column));
        Assert.StartsWith("'MISSION 100% ACCOMPLISHED' but the report lists 1 item that is not done", d.Message);
    }

    [Fact]
    public void Un_statut_de_mission_accomplie_a_100_pourcent_est_un_verdict()
    {
        const string report = """
            # Rapport du sprint 4

            **Statut :** ✅ MISSION 100% ACCOMPLIE

            ## Tâches

            - [x] Export de facturation
            - [ ] Relances de factures
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((3, 16), (d.Line, d.Column));
        Assert.Equal("'MISSION 100% ACCOMPLIE' but the report lists 1 item that is not done: 'Relances de factures' (pending, line 8)", d.Message);
    }

    [Fact]
    public void Un_statut_de_projet_complet_et_pret_est_un_verdict()
    {
        const string report = """
            # Rapport du sprint 4

            ## ✅ STATUT : PROJET 100% COMPLET ET PRÊT

            ## Tâches

            - [x] Export de facturation
            - [ ] Relances de factures
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal(3, d.Line);
        Assert.StartsWith("'PROJET 100% COMPLET ET PRÊT' but the report lists 1 item that is not done", d.Message);
    }

    [Fact]
    public void A_mission_accomplished_with_nothing_pending_is_quiet()
    {
        const string report = """
            # Sprint 4 report

            **Status:** ✅ MISSION ACCOMPLISHED

            ## Tasks

            - [x] Billing export
            - [x] Invoice reminders
            """;
        Assert.Empty(Findings(report));
    }

    [Fact]
    public void A_mission_named_after_other_words_or_asked_is_no_verdict()
    {
        const string report = """
            # Sprint 4 report

            **Status:** the billing mission accomplished its first goal
            **Project status:** Project complete?

            ## Tasks

            - [x] Billing export
            - [ ] Invoice reminders
            """;
        Assert.Empty(Findings(report));
    }

    [Fact]
    public void Une_mission_nommee_apres_d_autres_mots_ou_un_sujet_de_mission_n_est_pas_un_verdict()
    {
        const string report = """
            # Rapport du sprint 4

            **Statut :** la mission de facturation a accompli son premier objectif
            **Objet :** Mission accomplie, selon le client ?

            ## Tâches

            - [x] Export de facturation
            - [ ] Relances de factures
            """;
        Assert.Empty(Findings(report));
    }

    [Fact]
    public void Une_mission_accomplie_sans_rien_en_attente_reste_silencieuse()
    {
        const string report = """
            # Rapport du sprint 4

            **Statut :** ✅ MISSION ACCOMPLIE

            ## Tâches

            - [x] Export de facturation
            - [x] Relances de factures
            """;
        Assert.Empty(Findings(report));
    }

    [Fact]
    public void A_mission_accomplished_below_a_reported_verdict_restates_it()
    {
        const string report = """
            # Sprint 4 report

            **Status:** ✅ 100% COMPLETE

            ## Tasks

            - [x] Billing export
            - [ ] Invoice reminders

            ## Conclusion

            **Status:** MISSION ACCOMPLISHED
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal(3, d.Line);
    }

    [Fact]
    public void Une_mission_accomplie_sous_un_verdict_signale_le_repete()
    {
        const string report = """
            # Rapport du sprint 4

            **Statut :** ✅ 100 % TERMINÉ

            ## Tâches

            - [x] Export de facturation
            - [ ] Relances de factures

            ## Conclusion

            **Statut :** MISSION ACCOMPLIE
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal(3, d.Line);
    }
}
