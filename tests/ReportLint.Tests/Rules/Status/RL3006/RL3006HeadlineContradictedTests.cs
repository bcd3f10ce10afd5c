using ReportLint.Rules;
using ReportLint.Rules.Status;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

public class RL3006HeadlineContradictedTests
{
    private static void Verify(string markup) => RuleVerifier.Verify(new RL3006HeadlineContradicted(), StatusReports.Of(markup));

    [Fact]
    public void Reports_a_deployed_headline_with_deployment_as_the_next_step() => Verify("""
        # Rapport

        **✅ [|DÉPLOIEMENT EN PRODUCTION RÉUSSI|] !**

        Tout fonctionne.

        **🎯 Prochaine étape : Déployer en production et exécuter les tests de charge réels !**
        """);

    [Fact]
    public void Reports_nothing_blocking_while_items_remain() => Verify("""
        ## What Remains ⏳

        - ⏳ **Chaos Engineering Tests**: experiments not executed

        ## Critical (Blocking Production)

        **None** - [|All critical items complete|] ✅
        """);

    [Fact]
    public void Message_quotes_both_lines()
    {
        const string report = "# Release report\n\nSuccessfully deployed to production.\n\n## Plan\n\n- Next step: deploy the API.\n";
        var d = Assert.Single(BuiltInRules.CreateLinter().Lint(report).Diagnostics, d => d.Id == "RL3006");
        Assert.Equal("The headline says 'Successfully deployed to production.', but line 7 says: 'Next step: deploy the API.'", d.Message);
    }

    [Fact]
    public void Reports_a_headline_that_ends_on_running_in_production() => Verify("""
        # Release

        **The API now runs [|in production|].**

        ## Next

        - Next step: deploy to production and run the real load tests.
        """);

    [Fact]
    public void Signale_un_titre_qui_finit_sur_en_production() => Verify("""
        # Livraison

        L'application tourne [|en production|] !

        ## Suite

        - Prochaine étape : déployer en production et lancer les tests de charge.
        """);

    [Fact]
    public void Does_not_read_in_production_before_the_noun_it_describes_as_deployed_in_English_and_French() => Verify("""
        # Release

        - **Identified** 482 console statements (now wrapped in production utilities)
        - Les erreurs en production sont journalisées

        ## Next

        - Next step: deploy to production and run the real load tests.
        """);

    [Fact]
    public void Does_not_report_consistent_reports() => Verify("""
        # Release

        Deployed to production on 2025-11-08.

        ## Next steps

        - Next step: monitor the error rate for a week.

        ## Blockers

        No blockers.
        """);

    [Fact]
    public void Does_not_take_a_question_or_a_hope_for_a_headline() => Verify("""
        # Rapport

        Déployé en production ? Pas encore.

        We hope it can be deployed to production next week.

        **🎯 Prochaine étape : Déployer en production !**
        """);

    [Fact]
    public void Reads_a_next_action_as_a_next_step()
    {
        const string report = "# AutoMate\n\n**Status:** ✅ PRODUCTION READY | Deployed to Production\n\n## Summary\n\nAll features ship.\n\n**Next Action:** Deploy to Heroku and start collecting user feedback!\n";
        var d = Assert.Single(BuiltInRules.CreateLinter().Lint(report).Diagnostics, d => d.Id == "RL3006");
        Assert.Equal(3, d.Line);
        Assert.Equal("The headline says 'Status: ✅ PRODUCTION READY | Deployed to Production', but line 9 says: 'Next Action: Deploy to Heroku and start collecting user feedback!'", d.Message);
    }

    [Fact]
    public void Lit_une_prochaine_action_comme_une_prochaine_etape() => Verify("""
        # Livraison

        **✅ [|DÉPLOYÉ EN PRODUCTION|]**

        Tout fonctionne.

        **Prochaine action : déployer en production la version mobile.**
        """);

    [Fact]
    public void Does_not_report_a_next_action_that_deploys_nothing_in_English_and_French() => Verify("""
        # Release

        Deployed to production on 2025-11-08.

        **Next Action:** monitor usage for a week.

        **Prochaine action :** surveiller le taux d'erreurs.
        """);
}
