using ReportLint.Diagnostics;
using ReportLint.Rules;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

/// <summary>
/// RL3004 reads the model's stances: a value given to a source ("Test coverage: 85%, according to the vendor") is no
/// result of the report's, so it contradicts none of them; the same value stated is one.
/// </summary>
public class RL3004MetricValueConflictSpeechTests
{
    private static Diagnostic[] Findings(string report) =>
        BuiltInRules.CreateLinter().Lint(StatusReports.Checked(report)).Diagnostics.Where(d => d.Id == "RL3004").ToArray();

    private static string Report(string note) => StatusReports.SprintReport("Notes", note).Replace(
        "## Notes", "## Quality\n\n- Test coverage: 92%\n\n## Notes", StringComparison.Ordinal);

    private static string Rapport(string note) => StatusReports.RapportDeSprint("Notes", note).Replace(
        "## Notes", "## Qualité\n\n- Couverture de tests : 92 %\n\n## Notes", StringComparison.Ordinal);

    [Fact]
    public void A_value_given_to_a_source_contradicts_no_result() =>
        Assert.Empty(Findings(Report("Test coverage: 85%, according to the vendor.")));

    [Fact]
    public void Une_valeur_attribuee_a_une_source_ne_contredit_aucun_resultat() =>
        Assert.Empty(Findings(Rapport("Couverture de tests : 85 %, selon le fournisseur.")));

    [Fact]
    public void The_same_value_stated_contradicts_the_other()
    {
        Diagnostic d = Assert.Single(Findings(Report("Test coverage: 85%.")));
        Assert.Equal((15, 18), (d.Line, d.Column));
        Assert.Equal("Test coverage is 85% here but 92% at line 11", d.Message);
    }

    [Fact]
    public void La_meme_valeur_affirmee_contredit_l_autre()
    {
        Diagnostic d = Assert.Single(Findings(Rapport("Couverture de tests : 85 %.")));
        Assert.Equal(15, d.Line);
        Assert.Contains("at line 11", d.Message, StringComparison.Ordinal);
    }
}
