using ReportLint.Diagnostics;
using ReportLint.Rules;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

/// <summary>
/// RL1001: the ticked criteria of a standard checklist claim nothing (issue 49 lists them among what a report does not
/// claim). A pull request's template asks whoever fills it in, in the first person ("I have performed a self-review",
/// "My code follows the style guidelines", "J'ai relu mon propre code"): its boxes are the template's criteria, ticked
/// or not. The same words in a team's list of its own work are still the report's claim.
/// </summary>
public class RL1001UnverifiableClaimChecklistTests
{
    private static Diagnostic[] Findings(string report) =>
        BuiltInRules.CreateLinter().Lint(StatusReports.Checked(report)).Diagnostics.Where(d => d.Id == "RL1001").ToArray();

    [Fact]
    public void The_ticked_criteria_of_a_pull_request_template_claim_nothing()
    {
        const string report = """
            # Sprint 4 Status Report

            **Status:** ✅ Complete

            - ✅ Parser merged
            - ✅ Docs updated
            - ✅ Release tagged

            ## Checklist

            - [x] My code follows the style guidelines of this project
            - [x] I have performed a self-review of my own code
            - [x] I've added tests that prove my fix is effective
            - [x] New and existing unit tests pass locally with my changes
            """;

        Assert.Empty(Findings(report));
    }

    [Fact]
    public void The_same_words_in_a_team_s_list_of_its_work_are_a_claim()
    {
        const string report = """
            # Sprint 4 Status Report

            **Status:** ✅ Complete

            - ✅ Parser merged
            - ✅ Docs updated
            - ✅ Release tagged

            ## Done

            - [x] We merged the parser
            - [x] We updated the docs
            - [x] New and existing unit tests pass locally with our changes
            """;

        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((13, 29), (d.Line, d.Column));
        Assert.Equal("Unverifiable claim 'tests pass': no count, link, log or command backs it", d.Message);
    }

    [Fact]
    public void Les_criteres_coches_du_modele_d_une_pull_request_n_affirment_rien()
    {
        const string report = """
            # Rapport de sprint 4

            **Statut :** ✅ Terminé

            - ✅ Analyseur fusionné
            - ✅ Documentation à jour
            - ✅ Version publiée

            ## Liste de contrôle

            - [x] Mon code respecte les conventions du projet
            - [x] J’ai relu mon propre code
            - [x] J’ai ajouté des tests qui prouvent que la correction fonctionne
            - [x] Les tests passent avec mes modifications
            - [x] La documentation est à jour
            """;

        Assert.Empty(Findings(report));
    }

    [Fact]
    public void Les_memes_mots_dans_la_liste_du_travail_d_une_equipe_sont_une_affirmation()
    {
        const string report = """
            # Rapport de sprint 4

            **Statut :** ✅ Terminé

            - ✅ Analyseur fusionné
            - ✅ Documentation à jour
            - ✅ Version publiée

            ## Fait

            - [x] Nous avons fusionné l'analyseur
            - [x] Nous avons mis à jour la documentation
            - [x] Les tests passent avec nos modifications
            """;

        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((13, 11), (d.Line, d.Column));
        Assert.Equal("Unverifiable claim 'tests passent': no count, link, log or command backs it", d.Message);
    }

    [Fact]
    public void Two_first_person_items_in_a_list_of_five_make_no_template()
    {
        const string report = """
            # Sprint 4 Status Report

            **Status:** ✅ Complete

            - ✅ Parser merged
            - ✅ Docs updated
            - ✅ Release tagged

            ## Done

            - [x] I merged the parser
            - [x] My notes are in the wiki
            - [x] Docs updated
            - [x] Release tagged
            - [x] New and existing unit tests pass locally
            """;

        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal(15, d.Line);
    }
}
