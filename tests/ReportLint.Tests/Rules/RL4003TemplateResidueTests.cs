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
        Deployed to [|${ENVIRONMENT}|] by [|{{ author.name }}|].
        """);

    [Fact]
    public void Reports_placeholder_contacts() => Verify("""
        - **Email**: [|[votre-email@domaine.com]|]
        - **Phone**: [|+1-XXX-XXX-XXXX|]
        - Contact: [|[your.name@company.com]|]
        """);

    [Fact]
    public void Reports_unfinished_text_markers() => Verify("""
        ## Rollback plan
        [|TODO|]: describe the rollback. Owner: [|TBD|]. Budget : [|À COMPLÉTER|].
        """);

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

        *Dernière mise à jour : [|$(date)|]* — generated [|${DATE}|], owner [|TBD|]
        """, """
        **Date**: 2025-11-08

        *Dernière mise à jour : 2025-11-08* — generated 2025-11-08, owner [|TBD|]
        """.Replace("[|TBD|]", "TBD", StringComparison.Ordinal));

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
}
