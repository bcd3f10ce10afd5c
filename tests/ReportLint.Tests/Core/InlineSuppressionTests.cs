using ReportLint.Analysis;
using ReportLint.Rules;

namespace ReportLint.Tests.Core;

public class InlineSuppressionTests
{
    private static readonly AnalysisOptions UnusedOn = new AnalysisOptions.Builder().SetSeverity("RL0003", ReportLint.Diagnostics.Severity.Info).Build();

    private static List<(string Id, int Line)> Lint(string text, AnalysisOptions? options = null, bool inline = true) =>
        new ReportLinter(BuiltInRules.CreateAnalyzers(), BuiltInRules.LoadLexicon(), options, inline)
            .Lint(text).Diagnostics.Select(d => (d.Id, d.Line)).ToList();

    [Fact]
    public void Disable_and_enable_bracket_a_region_for_the_rules_named_by_id_or_alias()
    {
        Assert.Equal([("RL4003", 1), ("RL4003", 5)], Lint("""
            Owner: $(whoami)
            <!-- reportlint-disable RL4003 -->
            Owner: $(whoami)
            <!-- reportlint-enable template-residue -->
            Owner: $(whoami)
            """));
    }

    [Fact]
    public void Disable_without_rules_covers_every_rule_to_the_end()
    {
        Assert.Equal([("RL4003", 1)], Lint("""
            Owner: $(whoami)

            <!-- reportlint-disable -->
            Owner: $(whoami), updated $(date), âœ… done
            """));
    }

    [Fact]
    public void Disable_line_and_next_line_cover_one_line()
    {
        Assert.Equal([("RL4003", 4)], Lint("""
            Owner: $(whoami) <!-- reportlint-disable-line RL4003 -->
            <!-- reportlint-disable-next-line RL4003 -->
            Owner: $(whoami)
            Owner: $(whoami)
            """));
    }

    [Fact]
    public void Disable_file_covers_the_whole_file_wherever_it_stands()
    {
        Assert.Equal([("RL4001", 1)], Lint("""
            âœ… Owner: $(whoami)

            <!-- reportlint-disable-file RL4003 -->
            """));
    }

    [Fact]
    public void A_suppression_inside_a_code_block_or_code_span_is_ignored()
    {
        Assert.Equal([("RL4003", 5)], Lint("""
            ```html
            <!-- reportlint-disable-file -->
            ```
            `<!-- reportlint-disable-file -->`
            Owner: $(whoami)
            """));
    }

    [Fact]
    public void Configure_file_sets_severities_and_options_for_this_file()
    {
        var result = new ReportLinter(BuiltInRules.CreateAnalyzers(), lexicon: BuiltInRules.LoadLexicon()).Lint("""
            <!-- reportlint-configure-file { "RL4003": "error", "mojibake": false } -->
            Owner: $(whoami), âœ… done
            """);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("RL4003", ReportLint.Diagnostics.Severity.Error), (d.Id, d.Severity));
    }

    [Fact]
    public void A_bad_configure_file_is_reported_as_RL0002_and_the_rest_still_applies()
    {
        var result = new ReportLinter(BuiltInRules.CreateAnalyzers(), lexicon: BuiltInRules.LoadLexicon()).Lint("""
            <!-- reportlint-configure-file { "RL9999": false, "RL4003": false } -->
            Owner: $(whoami)
            """);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("RL0002", 1, 1), (d.Id, d.Line, d.Column));
        Assert.Equal("reportlint-configure-file: Unknown rule 'RL9999'; 'reportlint rules' lists the IDs and aliases.", d.Message);
    }

    [Fact]
    public void An_unused_suppression_is_reported_when_RL0003_is_on()
    {
        Assert.Equal([("RL0003", 1), ("RL4003", 3)], Lint("""
            <!-- reportlint-disable-next-line RL4001 -->
            Nothing mangled here.
            Owner: $(whoami)
            """, UnusedOn));
        Assert.Equal([("RL4003", 3)], Lint("""
            <!-- reportlint-disable-next-line RL4001 -->
            Nothing mangled here.
            Owner: $(whoami)
            """));
    }

    [Fact]
    public void No_inline_config_ignores_every_comment()
    {
        Assert.Equal([("RL4003", 2)], Lint("""
            <!-- reportlint-disable-file -->
            Owner: $(whoami)
            """, inline: false));
    }

    [Fact]
    public void A_crash_is_never_suppressed()
    {
        var linter = new ReportLinter([new DriverTestsThrowing()]);
        var result = linter.Lint("<!-- reportlint-disable-file -->\n\nParagraph.\n");
        Assert.Contains(result.Diagnostics, d => d.Id == "RL0001");
    }

    private sealed class DriverTestsThrowing : ReportAnalyzer
    {
        private static readonly ReportLint.Diagnostics.RuleDescriptor Rule = ReportLint.Diagnostics.RuleDescriptor.Create(
            "RL4996", "test-throw-again", "Test", "x", ReportLint.Diagnostics.RuleCategory.Integrity, ReportLint.Diagnostics.Severity.Warning, "Test.");

        public override System.Collections.Immutable.ImmutableArray<ReportLint.Diagnostics.RuleDescriptor> SupportedRules => [Rule];

        public override void Initialize(AnalysisContext context) =>
            context.RegisterBlockAction<Markdig.Syntax.ParagraphBlock>(_ => throw new InvalidOperationException("boom"));
    }
}
