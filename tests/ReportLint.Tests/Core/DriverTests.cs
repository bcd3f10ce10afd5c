using System.Collections.Immutable;
using Markdig.Syntax;
using ReportLint.Analysis;
using ReportLint.Diagnostics;
using ReportLint.Text;

namespace ReportLint.Tests.Core;

public class DriverTests
{
    [Fact]
    public void A_crashing_rule_becomes_one_RL0001_and_the_others_still_run()
    {
        var linter = new ReportLinter([new Throwing(), new FixTests.UpperCaseTodo()]);
        LintResult result = linter.Lint("# Title\n\nParagraph one.\n\nParagraph two todo.\n");
        Diagnostic crash = Assert.Single(result.Diagnostics, d => d.Id == "RL0001");
        Assert.Equal("Rule RL4998 crashed on this file with InvalidOperationException: boom. Its findings for this file may be incomplete; the other rules ran.", crash.Message);
        Assert.Equal(3, crash.Line);
        Assert.Single(result.Diagnostics, d => d.Id == "RL4999");
    }

    [Fact]
    public void A_line_the_parser_refuses_is_read_as_plain_text_and_every_rule_still_runs()
    {
        string text = "âœ… done\n" + string.Concat(Enumerable.Repeat("> ", 200)) + "deep\n";
        LintResult result = ReportLint.Rules.BuiltInRules.CreateLinter().Lint(text);
        Assert.Equal(["RL0005 2:1", "RL4001 1:1"], result.Diagnostics.Select(d => $"{d.Id} {d.Line}:{d.Column}").Order(StringComparer.Ordinal));
        Assert.Equal("The file could not be parsed as Markdown (line 2 nests too deeply; it was read as plain text and the rest of the file analysed).",
            result.Diagnostics.Single(d => d.Id == "RL0005").Message);
    }

    [Fact]
    public void Dispatches_each_kind_of_callback_once_per_node()
    {
        var counter = new Counting();
        new ReportLinter([counter]).Lint("""
            # H

            - a
            - b

            | x | y |
            |---|---|
            | 1 | 2 |

            ```
            l1
            l2
            l3
            ```
            """);
        Assert.Equal((1, 1, 2, 2, 3), (counter.Documents, counter.Headings, counter.Items, counter.Rows, counter.CodeLines));
    }

    [Fact]
    public void Disabled_rules_report_nothing()
    {
        AnalysisOptions options = new AnalysisOptions.Builder().SetSeverity("RL4999", null).Build();
        Assert.Empty(new ReportLinter([new FixTests.UpperCaseTodo()], options: options).Lint("todo").Diagnostics);
    }

    [Fact]
    public void A_rule_turned_off_does_not_run_and_one_turned_off_inline_neither()
    {
        var counter = new Counting();
        var crashing = new Throwing();
        AnalysisOptions options = new AnalysisOptions.Builder().SetSeverity("RL4997", null).SetSeverity("RL4998", null).Build();
        LintResult result = new ReportLinter([counter, crashing], options: options).Lint("# H\n\nA paragraph.\n");
        Assert.Empty(result.Diagnostics);
        Assert.Equal((0, 0), (counter.Documents, counter.Headings));

        var inline = new Counting();
        new ReportLinter([inline]).Lint("<!-- reportlint-configure-file { \"RL4997\": false } -->\n# H\n");
        Assert.Equal((0, 0), (inline.Documents, inline.Headings));

        var on = new Counting();
        new ReportLinter([on], options: new AnalysisOptions.Builder().SetSeverity("RL4997", Severity.Info).Build()).Lint("# H\n");
        Assert.Equal((1, 1), (on.Documents, on.Headings));
    }

    [Fact]
    public void Configured_severity_replaces_the_default()
    {
        AnalysisOptions options = new AnalysisOptions.Builder().SetSeverity("RL4999", Severity.Error).Build();
        Assert.Equal(Severity.Error, new ReportLinter([new FixTests.UpperCaseTodo()], options: options).Lint("todo").Diagnostics[0].Severity);
    }

    private sealed class Throwing : ReportAnalyzer
    {
        private static readonly RuleDescriptor Rule = RuleDescriptor.Create("RL4998", "test-throw", "Test", "x", RuleCategory.Integrity, Severity.Warning, "Test.");

        public override ImmutableArray<RuleDescriptor> SupportedRules => [Rule];

        public override void Initialize(AnalysisContext context) =>
            context.RegisterBlockAction<ParagraphBlock>(_ => throw new InvalidOperationException("boom"));
    }

    private sealed class Counting : ReportAnalyzer
    {
        private static readonly RuleDescriptor Rule = RuleDescriptor.Create("RL4997", "test-count", "Test", "x", RuleCategory.Integrity, Severity.Warning, "Test.");

        public int Documents, Headings, Items, Rows, CodeLines;

        public override ImmutableArray<RuleDescriptor> SupportedRules => [Rule];

        public override void Initialize(AnalysisContext context)
        {
            context.RegisterDocumentAction(_ => Documents++);
            context.RegisterBlockAction<HeadingBlock>(_ => Headings++);
            context.RegisterListItemAction(_ => Items++);
            context.RegisterTableRowAction(_ => Rows++);
            context.RegisterCodeLineAction(_ => CodeLines++);
        }
    }
}
