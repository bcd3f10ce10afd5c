using ReportLint.Diagnostics;
using ReportLint.Rules;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

/// <summary>
/// RL1002: a rating an outside reviewer gave is no self-certification (issue 49 lists ratings given by an outside
/// reviewer among what a report does not claim). A rater named with the grade's key ("Client rating", "Note client")
/// gives it; the same grade under a key of the work's own is still the report vouching for itself.
/// </summary>
public class RL1002SelfCertificationRaterTests
{
    private static Diagnostic[] Findings(string report) =>
        BuiltInRules.CreateLinter().Lint(StatusReports.Checked(report)).Diagnostics.Where(d => d.Id == "RL1002").ToArray();

    [Theory]
    [InlineData("Client rating: 5/5 ⭐⭐⭐⭐⭐")]
    [InlineData("User rating: 4.7/5 (App Store)")]
    [InlineData("Reviewer's grade: A")]
    [InlineData("Auditor rating: A+")]
    [InlineData("Lighthouse score: 98/100")]
    [InlineData("SonarQube rating: A")]
    public void A_rating_an_outside_reviewer_gave_certifies_nothing(string line) => Assert.Empty(Findings(StatusReports.SprintReport("Reviews", line)));

    [Theory]
    [InlineData("Note client : 5/5 ⭐⭐⭐⭐⭐")]
    [InlineData("Note de l'auditeur : A+")]
    [InlineData("Score Lighthouse : 98/100")]
    public void Une_note_donnee_par_autrui_ne_certifie_rien(string ligne) => Assert.Empty(Findings(StatusReports.RapportDeSprint("Avis", ligne)));

    [Fact]
    public void A_rating_the_work_gives_itself_still_certifies()
    {
        Diagnostic d = Assert.Single(Findings(StatusReports.SprintReport("Reviews", "Overall rating: 5/5 ⭐⭐⭐⭐⭐")));
        Assert.Equal((11, 11), (d.Line, d.Column));
        Assert.Equal("'Overall rating: 5/5' certifies the work with no outside authority: name the auditor, the standard or the evidence, or drop it", d.Message);
    }

    [Fact]
    public void Une_note_que_le_travail_se_donne_certifie_toujours()
    {
        Diagnostic d = Assert.Single(Findings(StatusReports.RapportDeSprint("Avis", "Note globale : 5/5 ⭐⭐⭐⭐⭐")));
        Assert.Equal((11, 3), (d.Line, d.Column));
        Assert.Equal("'Note globale : 5/5' certifies the work with no outside authority: name the auditor, the standard or the evidence, or drop it", d.Message);
    }
}
