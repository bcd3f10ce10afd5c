using System.Collections.Immutable;
using System.Reflection;
using Markdig.Syntax;
using ReportLint.Analysis;
using ReportLint.Diagnostics;
using ReportLint.Lexicons;
using ReportLint.Rules;

namespace ReportLint.Tests.Core;

/// <summary>
/// A rule declares what it needs (<see cref="ReportAnalyzer.Needs"/>); the driver evaluates it and skips the rule, and
/// the parse, where it is absent. Each kind is checked on a text that holds it and on one that does not.
/// </summary>
public class RuleNeedsTests
{
    private static readonly LexiconSection AbsoluteTests = new("absolute.tests");

    // Each kind: the need, a text that holds it, a text that lacks it (and no other need of the probe is met).
    private static readonly Dictionary<string, (RuleNeeds Need, string Holds, string Lacks)> Kinds = new()
    {
        ["Phrase"] = (RuleNeeds.Phrase(LexiconSections.Target), "We set a target.\n", "We set a plan.\n"),
        ["PhraseInHeading"] = (RuleNeeds.PhraseInHeading(LexiconSections.Target), "Notes\n\n## The target\n\nIt is set.\n",
            "# Notes\n\nWe set a target.\n\nTarget\n\n---\n"),
        ["PhraseInParagraph"] = (RuleNeeds.PhraseInParagraph(AbsoluteTests), "All tests pass.\n", "All of it.\n\nThe tests\n\nwill pass.\n"),
        ["ParagraphWithEach"] = (RuleNeeds.ParagraphWithEach(LexiconSections.UnitPercent, LexiconSections.Completion), "It is 90% complete.\n",
            "It is 90% there\n\nand then complete.\n"),
        ["TableLineWith"] = (RuleNeeds.TableLineWith(LexiconSections.ColumnStatus, LexiconSections.Target), "| Status | Target |\n|---|---|\n",
            "Status and target\n\n| a | b |\n|---|---|\n"),
        ["NumberAfter"] = (RuleNeeds.NumberAfter(LexiconSections.Target), "Target: > 90 ms\n", "The target was high, 90 ms.\n"),
        ["StatusSymbol"] = (RuleNeeds.StatusSymbol, "- ✅ shipped\n", "- done: shipped\n"),
        ["FullRatio"] = (RuleNeeds.FullRatio, "7/7 passed\n", "6/7 passed\n"),
        ["HeadingWithBracketedNumber"] = (RuleNeeds.HeadingWithBracketedNumber, "# Phase 1 (7.5h)\n", "Phase 1 (7.5h)\n"),
        ["SectionOrDocumentCompletionClaim"] = (RuleNeeds.SectionOrDocumentCompletionClaim, "# Phase one complete\n",
            string.Concat(Enumerable.Range(1, 30).Select(i => $"Paragraph {i}.\n\n")) + "The work is complete.\n"),
        // RL4002's own need: a U+FFFD, or mojibake whose repair is one.
        ["RL4002 broken mojibake"] = (new ReportLint.Rules.Integrity.RL4002LostGlyph().Needs, "Score ï¿½ here\n", "Score here\n"),
        ["Character"] = (RuleNeeds.Character("%+"), "Up 5%\n", "Up 5\n"),
        ["Text"] = (RuleNeeds.Text("]("), "[a](b)\n", "[a] (b)\n"),
        ["TextOutsideTopLevelFences"] = (RuleNeeds.TextOutsideTopLevelFences("$("), "Run $(date)\n", "```\n$(date)\n```\n"),
        ["BracketedAddress"] = (RuleNeeds.BracketedAddress(60), "Mail [you@example.com]\n", "Mail you@example.com or [you at example]\n"),
        // Linted with a path where it holds (see Path below).
        ["HasPath"] = (RuleNeeds.HasPath, "Text\n", "Text\n"),
        ["When"] = (RuleNeeds.When("a title", d => d.Text.Text.StartsWith('#')), "# Title\n", "Title\n"),
        ["And"] = (RuleNeeds.Character("%") & RuleNeeds.Phrase(LexiconSections.Target), "Target 5%\n", "Target 5\n"),
        ["Or"] = (RuleNeeds.Character("%") | RuleNeeds.Phrase(LexiconSections.Target), "Target 5\n", "Plan 5\n"),
        ["AllOf"] = (RuleNeeds.AllOf(RuleNeeds.Character("%"), RuleNeeds.FullRatio), "7/7, 5%\n", "6/7, 5%\n"),
        ["AnyOf"] = (RuleNeeds.AnyOf(RuleNeeds.Character("%"), RuleNeeds.FullRatio), "7/7\n", "6/7\n"),
    };

    public static TheoryData<string> KindNames() => new(Kinds.Keys);

    [Theory]
    [MemberData(nameof(KindNames))]
    public void The_driver_runs_a_rule_whose_needs_may_be_met(string kind)
    {
        (RuleNeeds need, string holds, _) = Kinds[kind];
        (Probe probe, LintResult result) = Lint(need, holds, path: kind == nameof(RuleNeeds.HasPath) ? "report.md" : null);
        Assert.Equal(1, probe.Documents);
        Assert.True(Parsed(result), "the rule reads the syntax tree, so the document is parsed");
    }

    [Theory]
    [MemberData(nameof(KindNames))]
    public void The_driver_skips_a_rule_whose_needs_are_absent_and_does_not_parse_for_it(string kind)
    {
        (RuleNeeds need, _, string lacks) = Kinds[kind];
        (Probe probe, LintResult result) = Lint(need, lacks);
        Assert.Equal(0, probe.Documents);
        Assert.Equal(0, probe.Blocks);
        Assert.False(Parsed(result), "no rule needs the document, so it is never parsed");

        (Probe untriaged, _) = Lint(need, lacks, triage: false);
        Assert.Equal(1, untriaged.Documents);
    }

    [Fact]
    public void Every_kind_of_need_is_tested()
    {
        string[] kinds = typeof(RuleNeeds).GetMembers(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m is PropertyInfo { PropertyType: var t } && t == typeof(RuleNeeds) || m is MethodInfo { ReturnType: var r, IsSpecialName: false } && r == typeof(RuleNeeds))
            .Select(m => m.Name)
            .Where(name => name != nameof(RuleNeeds.Anything))
            .ToArray();
        Assert.All(kinds, k => Assert.True(Kinds.ContainsKey(k), $"RuleNeeds.{k} has no case"));
    }

    [Fact]
    public void Anything_is_the_default_and_never_skips()
    {
        var probe = new Probe(null);
        Assert.Same(RuleNeeds.Anything, probe.Needs);
        new ReportLinter([probe]).Lint("");
        Assert.Equal(1, probe.Documents);
    }

    [Fact]
    public void Combined_needs_stop_at_the_first_answer()
    {
        int asked = 0;
        RuleNeeds counted = RuleNeeds.When("counted", _ => ++asked > 0);
        Lint(RuleNeeds.Character("%") & counted, "no percent\n");
        Assert.Equal(0, asked);
        Lint(RuleNeeds.Character("%") | counted, "5%\n");
        Assert.Equal(0, asked);
        Lint(RuleNeeds.Character("%") | counted, "no percent\n");
        Assert.Equal(1, asked);
    }

    [Fact]
    public void A_need_describes_itself()
    {
        RuleNeeds need = RuleNeeds.StatusSymbol & (RuleNeeds.Phrase(LexiconSections.Target) | RuleNeeds.Character("%"));
        Assert.Equal("(status symbol & (phrase [target] | character of \"%\"))", need.ToString());
    }

    [Fact]
    public void A_need_of_phrases_names_a_section()
    {
        Assert.Throws<ArgumentException>(() => RuleNeeds.Phrase());
        Assert.Throws<ArgumentException>(() => RuleNeeds.Phrase(default(LexiconSection)));
        Assert.Throws<ArgumentException>(() => RuleNeeds.AnyOf());
    }

    [Fact]
    public void An_analyzer_of_another_package_may_still_override_CanReport()
    {
        var probe = new Vetoing();
        new ReportLinter([probe]).Lint("anything\n");
        Assert.Equal(0, probe.Documents);
    }

    private static (Probe Probe, LintResult Result) Lint(RuleNeeds need, string text, bool triage = true, string? path = null)
    {
        var probe = new Probe(need);
        LintResult result = new ReportLinter([probe], lexicon: BuiltInRules.LoadLexicon(), triage: triage).Lint(text, path);
        return (probe, result);
    }

    private static bool Parsed(LintResult result) =>
        typeof(ReportDocument).GetField("_syntax", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(result.Document) is not null;

    private class Probe(RuleNeeds? needs) : ReportAnalyzer
    {
        private static readonly RuleDescriptor Rule = RuleDescriptor.Create("RL4996", "test-needs", "Test", "x", RuleCategory.Integrity, Severity.Warning, "Test.");

        public int Documents, Blocks;

        public override ImmutableArray<RuleDescriptor> SupportedRules => [Rule];

        public override RuleNeeds Needs { get; } = needs ?? RuleNeeds.Anything;

        public override void Initialize(AnalysisContext context)
        {
            context.RegisterDocumentAction(_ => Documents++);
            context.RegisterBlockAction<Block>(_ => Blocks++);
        }
    }

    private sealed class Vetoing() : Probe(null)
    {
        public override bool CanReport(ReportDocument document) => false;
    }
}
