using ReportLint.Diagnostics;
using ReportLint.Rules;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

/// <summary>RL3002: a verdict of perfection on a name that another line marks failed.</summary>
public class RL3002MarkContradictsLineVerdictsTests
{
    private static Diagnostic[] Findings(string report) =>
        BuiltInRules.CreateLinter().Lint(StatusReports.Checked(report)).Diagnostics.Where(d => d.Id == "RL3002").ToArray();

    [Fact]
    public void Signale_un_verdict_parfait_sur_une_page_marquee_en_echec()
    {
        const string report = """
            # Rapport de recette

            ## Pages testées
            - ✅ Tableau de bord
            - ✅ Profil
            - ❌ Écran de paiement (erreur 500)

            ## Bilan
            1. **Panier/Paiement** : Parfait
            2. **Profil** : Complet
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((9, 26), (d.Line, d.Column));
        Assert.Equal("'Parfait' for 'Panier/Paiement', but line 6 marks 'Écran de paiement' failed: \"❌ Écran de paiement (erreur 500)\"", d.Message);
    }

    [Fact]
    public void Reports_a_flawless_verdict_on_a_page_marked_failed()
    {
        const string report = """
            # QA report

            ## Pages
            - ✅ Dashboard
            - ✅ Settings
            - ❌ Checkout page (timeout)

            ## Summary
            - **Checkout**: Flawless
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((9, 17), (d.Line, d.Column));
        Assert.Equal("'Flawless' for 'Checkout', but line 6 marks 'Checkout page' failed: \"❌ Checkout page (timeout)\"", d.Message);
    }

    [Fact]
    public void A_verdict_on_another_name_or_after_other_words_is_not_reported()
    {
        const string report = """
            # QA report

            ## Pages
            - ✅ Dashboard
            - ✅ Settings
            - ❌ Checkout page (timeout)

            ## Summary
            - **Settings**: Flawless
            - **Checkout**: retried, now perfect on staging
            - **Checkout flow redesign**: Perfect
            """;
        Assert.Empty(Findings(report));
    }
}
