using ReportLint.Diagnostics;
using ReportLint.Rules;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

/// <summary>
/// RL3003: in French a completion word right after the noun of a report or a review ("RAPPORT D'AUDIT COMPLET",
/// "Rapport de vérification complète") says what the document covers, not that the work is done; after another noun,
/// after a met mark, or in English, it is a claim.
/// </summary>
public class RL3003CompleteWithPendingItemsDescribedNounTests
{
    private static Diagnostic[] Findings(string report) =>
        BuiltInRules.CreateLinter().Lint(StatusReports.Checked(report)).Diagnostics.Where(d => d.Id == "RL3003").ToArray();

    private static string Rapport(string title) => $"""
        # {title}

        ## Constat

        - [x] Authentification revue
        - [ ] Notifications WhatsApp
        - [ ] Tests de bout en bout
        """;

    private static string Report(string title) => $"""
        # {title}

        ## Findings

        - [x] Authentication reviewed
        - [ ] WhatsApp notifications
        - [ ] End-to-end tests
        """;

    [Theory]
    [InlineData("🔍 RAPPORT D'AUDIT COMPLET - WHATSORDER")]
    [InlineData("Rapport de vérification complète de l'application")]
    [InlineData("ANALYSE COMPLÈTE DU PROJET")]
    [InlineData("📋 SESSION COMPLÈTE - RÉCAPITULATIF FINAL")]
    public void Un_titre_qui_dit_ce_que_couvre_le_rapport_n_est_pas_une_declaration(string title) =>
        Assert.Empty(Findings(Rapport(title)));

    [Theory]
    [InlineData("MIGRATION COMPLÈTE", "COMPLÈTE")]
    [InlineData("✅ AUDIT COMPLET", "COMPLET")]
    [InlineData("✅ SESSION COMPLÈTE", "COMPLÈTE")]
    public void Apres_un_autre_nom_ou_une_coche_le_mot_dit_le_travail_fait(string title, string claim)
    {
        Diagnostic d = Assert.Single(Findings(Rapport(title)));
        Assert.Equal(1, d.Line);
        Assert.Equal($"'{claim}' but the report lists 2 items that are not done: 'Notifications WhatsApp' (pending, line 6)", d.Message);
    }

    [Fact]
    public void In_English_a_word_after_the_noun_says_the_work_is_done()
    {
        Diagnostic d = Assert.Single(Findings(Report("AUDIT COMPLETE")));
        Assert.Equal(1, d.Line);
        Assert.Equal("'COMPLETE' but the report lists 2 items that are not done: 'WhatsApp notifications' (pending, line 6)", d.Message);
    }

    [Fact]
    public void A_complete_audit_report_in_English_is_no_claim_either() =>
        Assert.Empty(Findings(Report("Complete Audit Report")));
}
