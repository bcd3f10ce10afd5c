using ReportLint.Rules;
using ReportLint.Rules.Integrity;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

public class RL4003TemplateResidueTests
{
    private static void Verify(string markup) => RuleVerifier.Verify(new RL4003TemplateResidue(), markup);

    [Fact]
    public void Reports_unexpanded_variables_and_commands() => Verify("""
        *Dernière mise à jour : [|$(date)|]*
        Deployed to [|${ENVIRONMENT}|].
        """);

    [Fact]
    public void Reports_a_template_field_in_a_report() => Verify("""
        # Delivery report: ✅ COMPLETE

        - ✅ Deployed to staging by [|{{ author.name }}|]
        """);

    [Fact]
    public void Reports_a_template_field_in_a_final_french_report() => Verify("""
        # Rapport final de livraison

        - ✅ Déployé en recette par [|{{ auteur }}|]
        """);

    // A page with no status marks and no claim to be final that holds {{fields}} is a template: a canned reply, an
    // e-mail to send.
    [Fact]
    public void Does_not_report_the_fields_of_a_canned_reply_in_English() => Verify("""
        Hi {{REQUESTER}},

        I'm {{NAME}}, a member of the website working group. This has already been fixed in {{PR URL}}.
        """);

    [Fact]
    public void Does_not_report_the_fields_of_a_canned_reply_in_French() => Verify("""
        Bonjour {{prénom}},

        Je suis {{nom}}, membre du groupe de travail. C'est corrigé dans {{lien de la PR}}.
        """);

    // A page that is no report is read for template syntax, addresses and phone numbers only: its fields, markers and
    // placeholders are on purpose, and the syntax it shows in code is an example (RL4003 does not read its statements).
    [Fact]
    public void Outside_a_report_reads_only_template_syntax_addresses_and_phone_numbers() => Verify("""
        # Deployment guide

        Set `${API_URL}` in your shell, then run `echo $(date)`. TODO: write the rollback section.

            export TOKEN=${YOUR_TOKEN}

        Replace your_api_key with {{ token }} in the form. Last updated: [|$(date)|]
        """);

    [Fact]
    public void Hors_d_un_rapport_ne_lit_que_la_syntaxe_de_gabarit() => Verify("""
        # Guide de déploiement

        Définissez `${API_URL}`, puis lancez `echo $(date)`. À COMPLÉTER : la section de retour arrière.

        Remplacez votre_cle_api par {{ jeton }}. Contact : [|[votre-email@domaine.com]|]
        """);

    [Fact]
    public void Reports_an_unevaluated_javascript_template_expression() => Verify("""
        _Project Completed: [|${new Date().toISOString()}|]_
        _Projet terminé le [|${new Date().toLocaleDateString('fr-FR')}|]_
        """);

    [Fact]
    public void Reports_placeholder_contacts() => Verify("""
        - **Email**: [|[votre-email@domaine.com]|]
        - **Phone**: [|+1-XXX-XXX-XXXX|]
        - Contact: [|[your.name@company.com]|]
        """);

    [Fact]
    public void Reports_markers_in_place_of_a_value_in_a_report_that_claims_to_be_complete() => Verify("""
        # Migration report: ✅ COMPLETE

        **Owner**: [|TBD|]
        - Rollback drill - [|TODO|]
        - [|TBD|]

        | Item | Date |
        |---|---|
        | Go-live | [|TBD|] |
        """);

    [Fact]
    public void Reports_markers_in_place_of_a_value_in_a_final_french_report() => Verify("""
        # Rapport final de migration

        **Responsable** : [|À COMPLÉTER|]
        - Budget : [|À DÉFINIR|]
        """);

    [Fact]
    public void Reports_a_marker_in_a_section_that_claims_to_be_complete() => Verify("""
        # Migration

        ## Deliverables ✅ COMPLETE

        - Runbook: [|TODO|]

        ## Next steps

        - Load test: TODO
        """);

    [Fact]
    public void Does_not_report_planning_vocabulary() => Verify("""
        # Sprint 12 notes

        ## TODO list
        TODO: describe the rollback. Owner: TBD. Budget: TBD (after the review).

        - Add retries (TODO)
        - Owner: TBD
        """);

    [Fact]
    public void Does_not_report_french_planning_vocabulary() => Verify("""
        # Notes de réunion

        À COMPLÉTER : la liste des risques.
        - Responsable : À DÉFINIR
        """);

    [Fact]
    public void Does_not_report_a_marker_used_as_a_word_in_a_complete_report() => Verify("""
        # Release notes: ✅ COMPLETE

        - Updated the TODO list and removed the TBD sections.
        - TODO: nothing left.
        """);

    [Fact]
    public void The_option_reports_planning_markers_everywhere()
    {
        var options = new ReportLint.Analysis.AnalysisOptions.Builder().SetOption(RL4003TemplateResidue.PlanningMarkersOption, "true").Build();
        var linter = new ReportLinter([new RL4003TemplateResidue()], lexicon: BuiltInRules.LoadLexicon(), options: options);
        var found = linter.Lint("# Notes\n\nTODO: describe the rollback. Owner: TBD (after the review).\n").Diagnostics;
        Assert.Equal([("RL4003", 3, 1, "Template residue 'TODO': a marker of unfinished text"), ("RL4003", 3, 37, "Template residue 'TBD': a marker of unfinished text")],
            found.Select(d => (d.Id, d.Line, d.Column, d.Message)));
    }

    [Fact]
    public void Does_not_report_template_syntax_used_on_purpose() => Verify("""
        Install into $(PREFIX)/bin with CC=$(CC) set, or set $(DESTDIR) first.
        Download bitcoin-${VERSION}-x86_64-linux-gnu.tar.gz and run with DIR=$(pwd).
        Les binaires sont dans release-${VERSION}/bin.
        """);

    [Fact]
    public void Does_not_report_the_fields_of_a_template_source() => Verify("""
        # Meeting 42

        The log is at {{log}}.

        [meeting log]: {{log}}#l-12
        """);

    [Fact]
    public void Does_not_report_the_fields_of_a_page_with_front_matter() => Verify("""
        ---
        layout: post
        title: Release 1.2
        ---

        {{page.excerpt}}

        Latest version: {{ site.version }}
        """);

    [Fact]
    public void Still_reports_residue_left_in_prose() => Verify("""
        # Rapport final de déploiement

        Généré le [|$(date)|] pour l'environnement [|${ENVIRONMENT}|].

        - ✅ Publié par [|{{ author.name }}|]
        """);

    // A page its author named a template, or keeps in a folder of templates, holds fields to fill in by design; the
    // same page under another name is a report left unfilled.
    [Theory]
    [InlineData("PROJECT_CHARTER_TEMPLATE.md", 0)]
    [InlineData("docs/template-leadership-election.md", 0)]
    [InlineData("ProjectTemplate.md", 0)]
    [InlineData("modèle-compte-rendu.md", 0)]
    [InlineData("GABARIT_RAPPORT.md", 0)]
    [InlineData("PROJECT_CHARTER.md", 3)]
    [InlineData("compte-rendu.md", 3)]
    [InlineData("templates/charter.md", 0)]
    [InlineData(".github/ISSUE_TEMPLATE/bug_report.md", 0)]
    [InlineData("modeles/compte-rendu.md", 0)]
    [InlineData("templates-project/reports/charter.md", 3)]
    [InlineData("contemplation.md", 3)]
    public void A_page_named_a_template_holds_fields_by_design_in_English_and_French(string path, int findings)
    {
        const string page = """
            # ${PROJECT_NAME} Charter

            - ✅ Scope agreed on $(date)

            # Charte de ${NOM_DU_PROJET}
            """;
        Assert.Equal(findings, BuiltInRules.CreateLinter().Lint(page, path).Diagnostics.Count(d => d.Id == "RL4003"));
    }

    [Fact]
    public void Message_says_what_the_residue_is()
    {
        var result = BuiltInRules.CreateLinter().Lint("Updated: $(date)\n");
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("RL4003", 1, 10), (d.Id, d.Line, d.Column));
        Assert.Equal("Template residue '$(date)': a command substitution that was never run", d.Message);
    }

    [Fact]
    public void Fix_replaces_a_date_placeholder_with_the_date_the_report_states() => RuleVerifier.Verify(new RL4003TemplateResidue(), """
        **Date**: 2025-11-08

        *Dernière mise à jour : [|$(date)|]* — generated [|${DATE}|], owner [|[your-name@example.com]|]
        """, """
        **Date**: 2025-11-08

        *Dernière mise à jour : 2025-11-08* — generated 2025-11-08, owner [|[your-name@example.com]|]
        """.Replace("[|[your-name@example.com]|]", "[your-name@example.com]", StringComparison.Ordinal));

    [Fact]
    public void Fix_is_not_offered_when_the_report_states_no_date_or_several()
    {
        ReportLinter linter = BuiltInRules.CreateLinter();
        Assert.Empty(linter.GetFixes(linter.Lint("Updated: $(date)\n")));
        Assert.Empty(linter.GetFixes(linter.Lint("Date: 2025-11-08\nLast updated: 2025-11-09\n\nBuilt $(date)\n")));
        Assert.Single(linter.GetFixes(linter.Lint("Date: 2025-11-08\n\nBuilt $(date) by ${USER}\n")));
    }

    [Fact]
    public void Does_not_report_residue_in_code() => Verify("""
        Run `echo $(date)` or `{{ name }}` to see it.

        ```bash
        echo "built on $(date) by ${USER}" # TODO
        ```
        """);

    [Fact]
    public void Does_not_report_ordinary_text() => Verify("""
        The to-do list is empty; Todo items are tracked elsewhere. Le formulaire est à compléter en ligne.
        Write to [support@pivori.app](mailto:support@pivori.app) or [team@acme.io]. Prices in $ (USD).
        The XXL size and an XX chromosome are not phone numbers; neither is {a, b} nor ${ alone.
        """);

    [Fact]
    public void Reports_placeholders_a_reader_sees_as_unfilled_in_a_report() => Verify("""
        # Delivery report: ✅ COMPLETE

        - **Repository**: https://github.com/[|YOUR_USERNAME|]/[|REPO_NAME|]
        - **Live URL**: https://[|your-api.example-host.com|]
        - **Demo**: [watch it](https://video.example.org/watch?v=[|VIDEO_ID|])
        - **API key**: [|your_api_key|], token [|<YOUR_TOKEN>|], secret [|<API_KEY>|]
        - **Go-live**: [|2025-03-XX|], review on [|XX/XX/2025|]
        - **Contact**: [|[Contact Info]|], owner [|[Your Name]|], mail [|your-email@company.com|]
        - **Rollback owner**: [[|TBD|]]
        - **Signed off**: [|YYYY-MM-DD|]
        """);

    // A bracket escaped in the source (\[) was typed to be shown as a bracket: a form the reader fills in, or a tag.
    [Fact]
    public void An_escaped_bracket_is_text_the_writer_meant_in_English() => Verify("""
        # Offboarding checklist: ✅ done

        - [x] Account closed
        - [ ] \[email] Forward the mailbox to the team
        - **Owner**: [|[Your Name]|]

        > Hello _\[first name]_, thanks for your application.
        """);

    [Fact]
    public void An_escaped_bracket_is_text_the_writer_meant_in_French() => Verify("""
        # Départ : ✅ terminé

        - [x] Compte fermé
        - [ ] \[email] Rediriger la boîte vers l'équipe
        - **Responsable** : [|[Prénom]|]

        > Bonjour _\[prénom]_, merci pour ta candidature.
        """);

    [Fact]
    public void Reports_placeholders_in_a_final_french_report() => Verify("""
        # Rapport final du déploiement

        - **Site** : https://[|votre-domaine.fr|]
        - **Mise en service** : [|2025-04-XX|]
        - **Date de recette** : [|JJ/MM/AAAA|]

        | Rôle | Nom |
        |---|---|
        | Responsable IT | [|[À remplir]|] |
        """);

    [Fact]
    public void Reports_blank_signature_and_date_fields() => Verify("""
        # Migration report: ✅ COMPLETE

        ## Signatures

        **Project Manager:** [|************\_************|] Date: [|**\_\_\_**|]

        Signature: [|________|] Date : [|___/___/____|]
        """);

    [Fact]
    public void Reports_placeholders_in_the_commands_of_a_report_that_claims_to_be_complete() => Verify("""
        # Rapport de déploiement ✅ TERMINÉ

        ## Vérification

        ```bash
        curl https://[|votre-domaine.com|]/health
        psql -U [|your_user|] -d app -c 'select 1'
        for f in *.sql; do echo "${f%.sql} $(date)"; done
        ```

        ```
        Responsable : [|_________|] Date : [|______|]
        ```
        """);

    [Fact]
    public void Does_not_report_placeholders_in_documentation() => Verify("""
        # Getting started

        Set `API_KEY=your_api_key` and deploy to https://your-domain.com, then open [Your Name] in the settings.
        Replace <YOUR_TOKEN> with the token of your account; dates look like 2025-03-XX in the logs.

        Signature: ________ (the form is printed for the customer)

        ```bash
        curl -H "Authorization: Bearer <YOUR_TOKEN>" https://your-domain.com/api
        ```
        """);

    [Fact]
    public void Does_not_report_commands_of_a_report_that_does_not_claim_to_be_done() => Verify("""
        # Sprint 4 status

        - ✅ Login
        - ✅ Search
        - ⏳ Export

        ```bash
        curl https://your-domain.com/health
        ```
        """);

    [Fact]
    public void Does_not_report_names_slugs_and_template_code_in_a_report() => Verify("""
        # Release report: ✅ COMPLETE

        - See [the guide](https://example.org/learn/your-first-component#your-first-step) and your-own notes.
        - Install with `npm install your-pkg`; usage is `tool <INPUT_FILE>`.
        - Dates: 2025-03-14, written YYYY-MM-DD in the logs; sizes XXL; the [Changelog] and [x] done; [Unreleased] entries.
        - Deployed <!-- to your-domain.com, see YOUR_TICKET_ID --> today.
        - Note: __init__ and ___ are Python names; logs go to app-[date].log and logs/[name]/.

        ```js
        const msg = `Deployed ${version} on ${new Date().toISOString()}`;
        ```

        ```yaml
        host: {{ .Values.host }}
        ```
        """);

    // "your", "name", "id" and "key" are in most pages: the rule is run only where a placeholder's shape stands, in a page
    // that may be a report (placeholders are residue in a report only).
    [Theory]
    [InlineData("Deploy to your-app.example.com.\n", true)]
    [InlineData("Set YOUR_TOKEN first.\n", true)]
    [InlineData("Open /watch?v=VIDEO_ID now.\n", true)]
    [InlineData("Contact: [Your Name]\n", true)]
    [InlineData("Déployer sur votre-domaine.fr.\n", true)]
    [InlineData("Contact : [Prénom]\n", true)]
    [InlineData("Enter your name, your id and the key of your project [here](x).\n", false)]
    [InlineData("Saisissez votre nom et la clé de votre projet [ici](x).\n", false)]
    public void Runs_only_where_a_placeholder_shape_stands(string report, bool runs) =>
        Assert.Equal(runs, CanReport("# Release report: ✅ COMPLETE\n\n" + report));

    // A page with no status mark and no word of completion or finality is no report: its placeholders, template fields
    // and markers are instructions to its reader, and the rule is not run for them.
    [Theory]
    [InlineData("Deploy to your-app.example.com.\n")]
    [InlineData("Contact: [Your Name]\n")]
    [InlineData("Hi {{REQUESTER}}, thanks.\n")]
    [InlineData("Owner: TODO\n")]
    public void Does_not_run_for_what_is_residue_only_in_a_report_in_a_page_that_cannot_be_one(string page) => Assert.False(CanReport(page));

    [Fact]
    public void Runs_for_markers_in_any_page_when_planning_markers_are_reported_everywhere()
    {
        var options = new ReportLint.Analysis.AnalysisOptions.Builder().SetOption(RL4003TemplateResidue.PlanningMarkersOption, "true").Build();
        Assert.True(CanReport("Owner: TODO\n", options));
    }

    private static bool CanReport(string text, ReportLint.Analysis.AnalysisOptions? options = null)
    {
        var document = new ReportLint.Analysis.ReportDocument(ReportLint.Text.SourceText.From(text), "report.md", BuiltInRules.LoadLexicon(),
            options ?? ReportLint.Analysis.AnalysisOptions.Default);
        return new RL4003TemplateResidue().CanReport(document);
    }
}
