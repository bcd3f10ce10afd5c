using ReportLint.Diagnostics;
using ReportLint.Rules;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

/// <summary>
/// RL3003: a line of prose that says the work is ready for production ("**Arcade Mode is production-ready!**",
/// "🟢 **PRODUCTION READY**", "L'application est prête pour la production") over work the report leaves not done.
/// </summary>
public class RL3003CompleteWithPendingItemsProseReadinessTests
{
    private static Diagnostic[] Findings(string report) =>
        BuiltInRules.CreateLinter().Lint(StatusReports.Checked(report)).Diagnostics.Where(d => d.Id == "RL3003").ToArray();

    private const string Pending = """
        # Arcade Mode Implementation Status

        ## Overview

        The arcade mode adds timed rounds and combos to the game.

        ## Testing

        - [x] Combo tracker unit tests
        - [ ] Manual testing on devices
        - [ ] Performance validation

        ## Files

        - `arcade.py`: round manager
        - `combo.py`: combo tracker

        ## Conclusion

        """;

    private const string EnAttente = """
        # Synthèse de mise en œuvre du mode arcade

        ## Aperçu

        Le mode arcade ajoute des manches chronométrées et des combos.

        ## Tests

        - [x] Tests unitaires du compteur de combos
        - [ ] Tests manuels sur appareils
        - [ ] Validation des performances

        ## Fichiers

        - `arcade.py` : gestion des manches
        - `combo.py` : compteur de combos

        ## Conclusion

        """;

    [Theory]
    [InlineData("en", "**Arcade Mode is production-ready!**", 3, "Arcade Mode is production-ready")]
    [InlineData("en", "🟢 **PRODUCTION READY**", 1, "🟢 PRODUCTION READY")]
    [InlineData("en", "✅ 100% production ready", 1, "✅ 100% production ready")]
    [InlineData("en", "The arcade mode is now fully ready for production, with combos and timed rounds.", 1, "The arcade mode is now fully ready for production")]
    [InlineData("fr", "**L'application est prête pour la production** avec une seule action requise.", 3, "L'application est prête pour la production")]
    [InlineData("fr", "Le système est déjà production-ready.", 1, "Le système est déjà production-ready")]
    [InlineData("en", "**Production ready in 2 environments** with one command", 3, "Production ready")] // "in" before no duration
    [InlineData("fr", "Le système est prêt pour la production en 2 régions.", 1, "Le système est prêt pour la production")]
    public void Reports_a_line_that_says_the_work_is_ready_for_production_over_work_not_done(string language, string line, int column, string claim)
    {
        (string report, string firstPending) = language == "en" ? (Pending, "Manual testing on devices") : (EnAttente, "Tests manuels sur appareils");
        Diagnostic d = Assert.Single(Findings(report + line + "\n"));
        Assert.Equal(19, d.Line);
        Assert.Equal(column, d.Column);
        Assert.Equal($"'{claim}' but the report lists 2 items that are not done: '{firstPending}' (pending, line 10)", d.Message);
    }

    [Theory]
    [InlineData("- ✅ Production-ready code")] // the words describe a noun
    [InlineData("1. **Production-Ready**: not just a prototype, with logging and monitoring")] // a key over its description
    [InlineData("The arcade mode will be ready for production once the manual tests pass.")] // future, and under a condition
    [InlineData("The arcade mode is ready for production once the manual tests pass.")] // under a condition
    [InlineData("The arcade mode should be production-ready next week.")] // hoped for
    [InlineData("Is the arcade mode production-ready?")] // asked
    [InlineData("The arcade mode is not yet production-ready.")] // denied
    [InlineData("The arcade mode is 85% production-ready.")] // a partial share
    [InlineData("The new arcade mode that the team built during the third sprint is production-ready.")] // a long subject: no status line
    [InlineData("Deployment configuration ready.")] // the production word names what is ready
    [InlineData("- **Production ready in 5-7 weeks** with proper staffing")] // a forecast: a duration after "in"
    [InlineData("The arcade mode is ready for production within 2 sprints.")] // a forecast
    [InlineData("**Status**: Production ready in 3 weeks")] // a forecast on a status line
    public void A_line_that_does_not_assert_the_work_ready_is_not_reported(string line) =>
        Assert.Empty(Findings(Pending + line + "\n"));

    [Theory]
    [InlineData("- ✅ Code production-ready")]
    [InlineData("L'application sera prête pour la production une fois les tests manuels passés.")]
    [InlineData("L'application est prête pour la production dès que les tests manuels seront passés.")]
    [InlineData("L'application n'est pas encore prête pour la production.")]
    [InlineData("L'application devrait être prête pour la production la semaine prochaine.")]
    [InlineData("- **Prête pour la production en 3 semaines** avec l'équipe actuelle")] // une prévision
    [InlineData("**Statut** : Prêt pour la production dans 2 semaines")] // une prévision sur une ligne de statut
    public void Une_ligne_qui_n_affirme_pas_le_travail_pret_n_est_pas_signalee(string line) =>
        Assert.Empty(Findings(EnAttente + line + "\n"));

    [Fact]
    public void A_readiness_said_again_below_a_reported_claim_is_the_same_claim()
    {
        const string report = """
            # Arcade Mode Implementation Summary

            **Status:** ✅ PRODUCTION READY

            ## Testing

            - [x] Combo tracker unit tests
            - [ ] Manual testing on devices

            ## Conclusion

            **Arcade Mode is production-ready!** The team can plan the next release.

            The arcade mode is production-ready.
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal(3, d.Line);
    }

    [Fact]
    public void Only_the_first_line_of_prose_that_says_the_work_is_ready_is_reported()
    {
        Diagnostic d = Assert.Single(Findings(Pending + "**Arcade Mode is production-ready!**\n\nThe arcade mode is production-ready.\n"));
        Assert.Equal(19, d.Line);
    }

    [Fact]
    public void Nothing_pending_leaves_a_readiness_line_alone() =>
        Assert.Empty(Findings(Pending.Replace("- [ ]", "- [x]", StringComparison.Ordinal) + "**Arcade Mode is production-ready!**\n"));
}
