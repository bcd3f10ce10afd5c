using ReportLint.Model;

namespace ReportLint.Tests.Model;

public class ReportModelFoldingTests
{
    [Theory]
    [InlineData("Configurés", "configures")]
    [InlineData("Réussite", "reussite")]
    [InlineData("Pass", "pass")]
    [InlineData("Œuvre", "oeuvre")]
    public void Folds_case_and_accents_as_lexicon_phrases_are(string written, string folded) =>
        Assert.Equal(folded, ReportModel.Fold(written));
}
