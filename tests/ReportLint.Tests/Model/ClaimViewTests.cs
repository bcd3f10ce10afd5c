using ReportLint.Model;
using static ReportLint.Tests.Model.ReportModelTests;

namespace ReportLint.Tests.Model;

public class ClaimViewTests
{
    [Fact]
    public void TextOf_quotes_a_span_as_written_with_accents_and_repaired_mojibake()
    {
        const string text = "- **Certifié le** : 17 juin\n- **ValidÃ© par** : l'équipe\n";
        ReportModel model = ModelOf(text);

        PhraseHit certified = model.Statements[0].Find("hype").Single();
        PhraseHit validated = model.Statements[1].Find("hype").Single();

        Assert.Equal("Certifié le", model.TextOf(certified.Span).ToString());
        Assert.Equal("Validé par", model.TextOf(validated.Span).ToString());
    }

    [Fact]
    public void MayHold_is_false_only_for_statements_that_cannot_hold_the_phrase()
    {
        ReportModel model = ModelOf("- Coverage: 85%\n- Status: enterprise-grade\n");

        Assert.False(model.MayHold(model.Statements[0], "hype"));
        Assert.True(model.MayHold(model.Statements[1], "hype"));
    }
}
