using ReportLint.Model;

namespace ReportLint.Tests.Model;

/// <summary>
/// A report-wide metric (coverage) is about the whole report, unless the report states it under three or more sibling
/// headings (one per module): there each section is its own subject. Two sections (a summary and a validation) still
/// both speak of the whole report.
/// </summary>
public class SubjectScopeTests
{
    [Theory]
    [InlineData("# Report\n\n## Module A\n\n- Coverage: 80%\n\n## Module B\n\n- Coverage: 90%\n\n## Module C\n\n- Coverage: 70%\n", "own,own,own")]
    [InlineData("# Rapport\n\n## Module A\n\n- Couverture : 80 %\n\n## Module B\n\n- Couverture : 90 %\n\n## Module C\n\n- Couverture : 70 %\n", "own,own,own")]
    [InlineData("# Report\n\n## Summary\n\n- Coverage: 80%\n\n## Validation\n\n- Coverage: 90%\n", "report,report")]
    [InlineData("# Rapport\n\n## Résumé\n\n- Couverture : 80 %\n\n## Validation\n\n- Couverture : 90 %\n", "report,report")]
    // Three sections, but not siblings: the third is under the second.
    [InlineData("# Report\n\n## Module A\n\n- Coverage: 80%\n\n## Module B\n\n- Coverage: 90%\n\n### Details\n\n- Coverage: 70%\n", "report,report,report")]
    // A section counts once however often it states the metric: two sections, three statements.
    [InlineData("# Report\n\n## Module A\n\n- Coverage: 80%\n- Coverage: 85%\n\n## Module B\n\n- Coverage: 90%\n", "report,report,report")]
    [InlineData("# Rapport\n\n## Module A\n\n- Couverture : 80 %\n\n### Détail\n\n- Couverture : 82 %\n\n## Module B\n\n- Couverture : 90 %\n- Couverture : 91 %\n", "report,report,report,report")]
    // Three sections of one level, but under two parents: two siblings and a cousin.
    [InlineData("# Report\n\n## Backend\n\n### Module A\n\n- Coverage: 80%\n\n### Module B\n\n- Coverage: 90%\n\n## Frontend\n\n### Module C\n\n- Coverage: 70%\n", "report,report,report")]
    [InlineData("# Rapport\n\n## Serveur\n\n### Module A\n\n- Couverture : 80 %\n\n## Client\n\n### Module B\n\n- Couverture : 90 %\n\n### Module C\n\n- Couverture : 70 %\n", "report,report,report")]
    [InlineData("# Rapport\n\n## Serveur\n\n### Module A\n\n- Couverture : 80 %\n\n### Module B\n\n- Couverture : 90 %\n\n### Module C\n\n- Couverture : 70 %\n", "own,own,own")]
    public void A_metric_repeated_under_three_sibling_headings_is_about_each_section(string text, string expected)
    {
        ReportModel model = ReportModelTests.ModelOf(text);
        IEnumerable<string> scopes = model.MetricFacts.Select(f =>
            model.SubjectScopeOf(f) == ReportModel.ScopeKey(null, null) ? "report"
            : model.SubjectScopeOf(f) == ReportModel.ScopeKey(f.Section, null) ? "own" : model.SubjectScopeOf(f));

        Assert.Equal(expected, string.Join(",", scopes));
    }
}
