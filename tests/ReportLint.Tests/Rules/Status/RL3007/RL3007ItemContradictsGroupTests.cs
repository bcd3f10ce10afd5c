using ReportLint.Rules;
using ReportLint.Rules.Status;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

public class RL3007ItemContradictsGroupTests
{
    private static void Verify(string markup) => RuleVerifier.Verify(new RL3007ItemContradictsGroup(), StatusReports.Of(markup));

    [Fact]
    public void Reports_an_item_whose_priority_contradicts_its_bucket_in_French() => Verify("""
        ## Problèmes restants

        ### Haute Priorité (2)

        1. **Dossier inutilisé**
           - Statut : non supprimé
           - Priorité: [|Faible|] (n'affecte pas le fonctionnement)

        2. **Migrations**
           - Priorité : Haute
        """);

    [Fact]
    public void Reports_an_item_whose_severity_contradicts_a_bucket_named_by_its_parent() => Verify("""
        ## Issues by severity

        ### Critical

        - **Login timeout**
          - Severity: [|Low|]
        """);

    [Fact]
    public void Message_quotes_the_attribute_and_the_bucket()
    {
        var result = BuiltInRules.CreateLinter().Lint(StatusReports.WithFooter("### High priority (2)\n\n- **Old folder**\n  - Priority: Low (harmless)\n"));
        var d = Assert.Single(result.Diagnostics, d => d.Id == "RL3007");
        Assert.Equal((4, 15), (d.Line, d.Column));
        Assert.Equal("'Priority: Low' is filed under 'High priority (2)' (line 1)", d.Message);
        Assert.Equal([1], d.AdditionalLocations.Select(l => l.LineSpan.Start.Line));
    }

    [Fact]
    public void Does_not_report_matching_levels_other_scales_or_headings_without_a_scale() => Verify("""
        ### High priority

        - Priority: High
        - Severity: Low
        - Impact: low disk usage
        - Priority is low for the docs, high for the API

        ### Haute priorité

        - Priorité : haute
        - Gravité : faible

        ### High availability

        - Priority: Low
        """);
}
