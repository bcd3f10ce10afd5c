using ReportLint.Claims;
using ReportLint.Lexicons;
using ReportLint.Rules;

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

    [Fact]
    public void A_name_that_is_its_own_key_is_returned_as_is()
    {
        string name = "uptime api";
        Assert.Same(name, MetricClaims.Key(Lexicon, name));
    }
}
