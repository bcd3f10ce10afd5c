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
}
