using ReportLint.Diagnostics;
using ReportLint.Rules;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

/// <summary>RL3002's cross-references to an open item placed in a stage of its own ("on deployment", "in repo").</summary>
public class RL3002MarkContradictsLineStageTests
{
    private static Diagnostic[] Findings(string report) =>
        BuiltInRules.CreateLinter().Lint(StatusReports.Checked(report)).Diagnostics.Where(d => d.Id == "RL3002").ToArray();

    [Fact]
    public void An_open_item_on_deployment_does_not_contradict_the_item_built()
    {
        const string report = """
            # Chat service report

            **Status:** ✅ 100% complete

            ## Stack

            | Requirement | Implementation | Status |
            |-------------|----------------|--------|
            | WebSocket | Socket.io 4 | ✅ |
            | Cache | Redis 7 | ✅ |

            ## Delivered

            1. ✅ Insomnia workspace
            2. ✅ Docker image

            ## Before hand-in

            - [ ] WebSocket working on deployment
            - [ ] Insomnia workspace in the repo
            """;
        Assert.Empty(Findings(report));
    }

    [Fact]
    public void The_same_open_item_without_a_stage_still_contradicts_it()
    {
        const string report = """
            # Chat service report

            **Status:** ✅ 100% complete

            ## Delivered

            1. ✅ Insomnia workspace
            2. ✅ Docker image

            ## Before hand-in

            - [ ] Insomnia workspace
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((7, 4), (d.Line, d.Column));
        Assert.Equal("✅ marks 'Insomnia workspace' as done, but line 12 says it is not: \"[ ] Insomnia workspace\"", d.Message);
    }

    [Fact]
    public void Un_element_ouvert_en_production_ne_contredit_pas_l_element_construit()
    {
        const string report = """
            # Rapport du service de messagerie

            **Statut :** ✅ 100 % terminé

            ## Réalisé

            - ✅ Sauvegardes automatiques
            - ✅ Collection Bruno

            ## Avant la remise

            - [ ] Sauvegardes automatiques en production
            - [ ] Collection Bruno dans le dépôt
            """;
        Assert.Empty(Findings(report));
    }

    [Fact]
    public void Le_meme_element_ouvert_sans_etape_le_contredit_toujours()
    {
        const string report = """
            # Rapport du service de messagerie

            **Statut :** ✅ 100 % terminé

            ## Réalisé

            - ✅ Sauvegardes automatiques
            - ✅ Collection Bruno

            ## Avant la remise

            - [ ] Sauvegardes automatiques
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((7, 3), (d.Line, d.Column));
        Assert.Equal("✅ marks 'Sauvegardes automatiques' as done, but line 12 says it is not: \"[ ] Sauvegardes automatiques\"", d.Message);
    }

    // The open item is the work's test or deployment, which the done item does not claim.
    [Fact]
    public void An_open_test_or_deployment_of_the_work_does_not_contradict_the_work_done()
    {
        const string report = """
            # Gateway report

            **Status:** ✅ 100% complete

            ## Delivered

            - ✅ Rate limiting per client
            - ✅ n8n workflow setup

            ## Before launch

            - [ ] Test rate limiting
            - [ ] Deploy n8n workflow
            """;
        Assert.Empty(Findings(report));
    }

    [Fact]
    public void Un_test_ou_un_deploiement_ouvert_ne_contredit_pas_le_travail_fait()
    {
        const string report = """
            # Rapport de la passerelle

            **Statut :** ✅ 100 % terminé

            ## Réalisé

            - ✅ Permissions par rôle
            - ✅ Développer le backend Node.js

            ## Avant la mise en ligne

            - [ ] Vérifier les permissions par rôle
            - [ ] Backend Node.js déployé et testé
            """;
        Assert.Empty(Findings(report));
    }

    // Still contradicted: a done item that names the stage, one whose other state the open item gives too, and one that
    // gives a figure its test is still to measure.
    [Fact]
    public void A_done_item_that_claims_the_stage_a_state_or_a_figure_is_still_contradicted_in_English_and_French()
    {
        Diagnostic[] english = Findings("""
            # Gateway report

            **Status:** ✅ 100% complete

            ## Delivered

            - ✅ Rate limiting tested
            - ✅ Nightly backups
            - ✅ Page load < 3s

            ## Before launch

            - [ ] Test rate limiting
            - [ ] Nightly backups configured and tested
            - [ ] Test page load < 3s
            """);
        Assert.Equal(
            [
                (7, 3, "✅ marks 'Rate limiting tested' as done, but line 13 says it is not: \"[ ] Test rate limiting\""),
                (8, 3, "✅ marks 'Nightly backups' as done, but line 14 says it is not: \"[ ] Nightly backups configured and tested\""),
                (9, 3, "✅ marks 'Page load < 3s' as done, but line 15 says it is not: \"[ ] Test page load < 3s\""),
            ],
            english.Select(d => (d.Line, d.Column, d.Message)));

        Diagnostic[] french = Findings("""
            # Rapport de la passerelle

            **Statut :** ✅ 100 % terminé

            ## Réalisé

            - ✅ HTTPS / TLS 1.3
            - ✅ Tests des permissions par rôle

            ## Avant la mise en ligne

            - [ ] HTTPS activé et testé
            - [ ] Tests des permissions par rôle
            """);
        Assert.Equal(
            [
                (7, 3, "✅ marks 'HTTPS / TLS 1.3' as done, but line 12 says it is not: \"[ ] HTTPS activé et testé\""),
                (8, 3, "✅ marks 'Tests des permissions par rôle' as done, but line 13 says it is not: \"[ ] Tests des permissions par rôle\""),
            ],
            french.Select(d => (d.Line, d.Column, d.Message)));
    }
}
