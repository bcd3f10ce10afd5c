using ReportLint.Rules;
using ReportLint.Rules.Integrity;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

public class RL4002LostGlyphTests
{
    private static void Verify(string markup) => RuleVerifier.Verify(new RL4002LostGlyph(), markup);

    [Fact]
    public void Reports_each_run_of_replacement_characters() => Verify("""
        | Monitoring | ✅ Complet | [|��|] ATTEINT |
        Status: [|�|] done, then [|�|] again.
        """);

    [Fact]
    public void Message_counts_the_lost_characters()
    {
        var d = Assert.Single(BuiltInRules.CreateLinter().Lint("x �� y\n").Diagnostics);
        Assert.Equal(("RL4002", 1, 3), (d.Id, d.Line, d.Column));
        Assert.Equal("Lost character: 2 replacement character(s) (U+FFFD) stand where the text lost what it said", d.Message);
    }

    [Fact]
    public void Does_not_report_text_without_replacement_characters() => Verify("""
        # ✅ Rapport d'été — 🏆 terminé, ⏳ en cours, ❌ échec
        """);

    [Fact]
    public void Does_not_report_a_replacement_character_quoted_in_code() => Verify("""
        A decoder writes `�` for bytes it cannot read:

        ```text
        | Monitoring | �� ATTEINT |
        ```
        """);

    [Fact]
    public void Does_not_report_invalid_bytes_twice()
    {
        var result = BuiltInRules.CreateLinter().Lint(ReportLint.Text.SourceText.FromBytes([0x61, 0xFF, 0x0A]));
        Assert.Equal(["RL0004"], result.Diagnostics.Select(d => d.Id));
    }
}
