using ReportLint.Analysis;
using ReportLint.Rules;
using ReportLint.Rules.Arithmetic;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

public class RL2003CompletionMismatchTests
{
    private static void Verify(string markup, AnalysisOptions? options = null) => RuleVerifier.Verify(new RL2003CompletionMismatch(), markup, options: options);

    [Fact]
    public void Reports_a_section_percentage_its_items_contradict() => Verify("""
        ### Operations ✅ [|90% COMPLETE|]

        | Task | Status | Notes |
        |------|--------|-------|
        | Runbooks | ✅ | Complete procedures |
        | Team training | ⏳ | Formal training pending |
        | On-call rotation | ⏳ | Needs real team setup |
        | Alerting | ✅ | PagerDuty |
        | DR drills | ⏳ | Need to execute |
        | Incident response | ✅ | 4 severity levels |
        """);

    [Fact]
    public void Message_counts_the_items()
    {
        var result = BuiltInRules.CreateLinter().Lint("## Sprint — 80% terminé\n\n- [x] A\n- [ ] B\n- [ ] C\n- [ ] D\n");
        var d = Assert.Single(result.Diagnostics, d => d.Id == "RL2003");
        Assert.Equal((1, 13), (d.Line, d.Column));
        Assert.Equal("'80% terminé' but 1 of 4 items of the section are done (25%); not done: 'B' (line 4)", d.Message);
    }

    [Fact]
    public void Reports_an_overall_figure_the_section_figures_contradict() => Verify("""
        **Overall [|Completion:** ~60%|]

        ## Week 1 ✅ 100% COMPLETE
        ## Week 2 ✅ 100% COMPLETE
        ## Week 3 ✅ 95% COMPLETE
        """.Replace("[|Completion:** ~60%|]", "[|Completion:** ~60%|]", StringComparison.Ordinal));

    [Fact]
    public void The_tolerance_is_an_option()
    {
        const string report = "## Build — 70% complete\n\n- [x] A\n- [x] B\n- [x] C\n- [ ] D\n- [ ] E\n";
        Verify(report.Replace("70% complete", "[|70% complete|]", StringComparison.Ordinal));
        Verify(report, new AnalysisOptions.Builder().SetOption(RL2003CompletionMismatch.ToleranceOption, "10").Build());
    }

    [Fact]
    public void Does_not_report_figures_that_agree_or_sections_with_few_items() => Verify("""
        ## Week 6 — 75% complete

        - [x] A
        - [x] B
        - [x] C
        - [ ] D

        ## Week 7 — 50% complete

        - [x] A
        - [ ] B
        """);

    [Fact]
    public void Does_not_report_percentages_that_are_not_completion() => Verify("""
        ## Coverage 80%

        - [x] A
        - [ ] B
        - [ ] C
        - [ ] D
        """);
}
