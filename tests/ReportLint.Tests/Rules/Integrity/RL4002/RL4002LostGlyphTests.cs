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

    [Fact]
    public void Reports_mojibake_that_a_repair_would_turn_into_replacement_characters()
    {
        // "ï¿½" is U+FFFD read through Windows-1252: the glyph was lost before the text was mangled.
        var d = Assert.Single(BuiltInRules.CreateLinter().Lint("| Monitoring | âœ… Complet | ï¿½ï¿½ ATTEINT |\n").Diagnostics, d => d.Id == "RL4002");
        Assert.Equal((1, 30), (d.Line, d.Column));
        Assert.Equal("Lost character: 'ï¿½ï¿½' is mojibake of 2 replacement character(s) (U+FFFD): they stand where the text lost what it said", d.Message);
    }

    [Fact]
    public void Reports_every_line_holding_invalid_bytes_as_RL0004()
    {
        var result = BuiltInRules.CreateLinter().Lint(ReportLint.Text.SourceText.FromBytes([.. "ok\nbad "u8, 0xFF, .. " and "u8, 0xFE, .. "\nfine\nalso "u8, 0xC3, .. " bad\n"u8]));
        Assert.Equal(
            [("RL0004", 2, 5, "2 invalid byte sequence(s) on this line, the first at byte 7"), ("RL0004", 4, 6, "1 invalid byte sequence(s) on this line, the first at byte 25")],
            result.Diagnostics.Select(d => (d.Id, d.Line, d.Column, d.Message.Split(": ")[1].Split(". ")[0])));
    }
}
