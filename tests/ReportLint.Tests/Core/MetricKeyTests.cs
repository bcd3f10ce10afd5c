using ReportLint.Analysis;
using ReportLint.Claims;
using ReportLint.Lexicons;
using ReportLint.Rules;
using ReportLint.Text;

namespace ReportLint.Tests.Core;

/// <summary>
/// The key metric claims are grouped by (RL3004 compares values under one key): stop words dropped, white space
/// made one space, synonyms of the lexicons' <c>metric.*</c> sections mapped to one name.
/// </summary>
public class MetricKeyTests
{
    private static readonly Lexicon Lexicon = BuiltInRules.LoadLexicon();

    [Theory]
    [InlineData("security score", "security-score")]
    [InlineData("the security score", "security-score")]
    [InlineData("our\tsecurity  score", "security-score")]
    [InlineData("code coverage", "test-coverage")]
    [InlineData("uptime of the api", "uptime api")]
    [InlineData("taux d' erreur", "taux erreur")]
    [InlineData("latence", "latence")]
    [InlineData("the", "")]
    [InlineData("  p99  latency ", "p99 latency")]
    public void Key_drops_stop_words_and_maps_synonyms(string folded, string expected) =>
        Assert.Equal(expected, MetricClaims.Key(Lexicon, folded));

    // A claim's moment is the period headings above it, innermost at each level; headings that name no period are
    // passed through, so sections under the same periods share one moment.
    [Theory]
    [InlineData("# Report\n\n- Coverage: 70%\n\n## Phase 2\n\n### Week 3\n\n- Coverage: 80%\n\n#### Details\n\n- Coverage: 81%\n\n### Notes\n\n- Coverage: 82%\n\n## Phase 3\n\n### Week 3\n\n- Coverage: 90%\n",
        "|2:phase 2 3:week 3|2:phase 2 3:week 3|2:phase 2|2:phase 3 3:week 3")]
    [InlineData("# Rapport\n\n- Couverture : 70 %\n\n## Phase 2\n\n### Semaine 3\n\n- Couverture : 80 %\n\n#### Détails\n\n- Couverture : 81 %\n\n### Remarques\n\n- Couverture : 82 %\n\n## Phase 3\n\n### Semaine 3\n\n- Couverture : 90 %\n",
        "|2:phase 2 3:semaine 3|2:phase 2 3:semaine 3|2:phase 2|2:phase 3 3:semaine 3")]
    public void A_claims_moment_is_the_period_headings_above_it_in_English_and_French(string text, string expected)
    {
        var document = new ReportDocument(SourceText.From(text), null, Lexicon, AnalysisOptions.Default);
        MetricClaims claims = MetricClaims.Of(document);
        string Moment(MetricClaim claim) =>
            string.Join(" ", claims.PeriodsOf(document, claim).OrderBy(p => p.Key).Select(p => $"{p.Key}:{p.Value}"));

        Assert.Equal(expected, string.Join("|", claims.All.Select(Moment)));
        IReadOnlyList<MetricClaim> all = claims.All;
        Assert.True(MetricClaims.SameMoment(document, all[1], all[2]));
        Assert.True(MetricClaims.SameMoment(document, all[0], all[4]));
        Assert.False(MetricClaims.SameMoment(document, all[1], all[4]));
        Assert.False(MetricClaims.SameMoment(document, all[3], all[4]));
        Assert.Equal(claims.PeriodKey(document, all[1]), claims.PeriodKey(document, all[2]));
    }

    [Fact]
    public void A_name_that_is_its_own_key_is_returned_as_is()
    {
        string name = "uptime api";
        Assert.Same(name, MetricClaims.Key(Lexicon, name));
    }
}
