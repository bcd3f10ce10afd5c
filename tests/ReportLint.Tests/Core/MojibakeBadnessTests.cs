using ReportLint.Text;

namespace ReportLint.Tests.Core;

/// <summary>
/// The badness test finds a mojibake sequence wherever it stands in a line: at its start, and after a run of ASCII
/// however long (the test skips ASCII and must still see a sequence whose first characters are ASCII).
/// </summary>
public class MojibakeBadnessTests
{
    [Theory]
    [InlineData("cafÃ© ouvert")] // "é" read through Windows-1252: a capital with a sign after it
    [InlineData("Build done Â» next step")] // "»" with its lead C2 left before it
    [InlineData("mise a Ã  jour")] // "à" with its no-break space flattened: a letter, a space, then "Ã "
    [InlineData("Status \u0093ready\u0094")] // C1 controls where Windows-1252 has quotes
    [InlineData("Le rÃ©sultat est prÃªt")]
    public void Finds_a_sequence_at_the_start_and_after_any_run_of_ascii(string sequence)
    {
        foreach (string prefix in new[] { "", "a", "ab", "abc", "Tests: 12/12 passing, coverage 85% on the core modules. " })
        {
            Assert.True(MojibakeBadness.IsBad(prefix + sequence), $"'{prefix + sequence}'");
        }
    }

    [Theory]
    [InlineData("Le déploiement est prêt à 100 % — reste la mise à jour.")]
    [InlineData("Zażółć gęślą jaźń: 12 testów, wszystkie przeszły.")]
    [InlineData("✅ Done: 12/12 tests passed — see « Résumé ».")]
    [InlineData("Plain ASCII only, 42 items, 3 open.")]
    public void Leaves_correct_text_in_english_french_and_polish(string text)
    {
        Assert.False(MojibakeBadness.IsBad(text));
    }
}
