using ReportLint.Rules;
using ReportLint.Rules.Status;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

public class RL3003CompleteWithPendingItemsTests
{
    private static void Verify(string markup) => RuleVerifier.Verify(new RL3003CompleteWithPendingItems(), markup);

    [Fact]
    public void Reports_a_complete_section_holding_pending_items() => Verify("""
        ### Week 8: Helm & Production Deploy ✅ [|100% COMPLETE|]

        | Task | Status |
        |------|--------|
        | Helm chart | ✅ |
        | Production Go-Live | ⏳ |
        """);

    [Fact]
    public void Reports_a_document_status_line_against_unchecked_boxes_anywhere() => Verify("""
        # Project report

        **Status**: ✅ **[|100% PRODUCTION-READY|]**

        ## Go-live plan

        - [x] Final testing
        - [ ] Deploy to production
        - [ ] Run smoke tests
        """);

    [Fact]
    public void Reports_French_words_of_completion() => Verify("""
        ## Phase 1 - ✅ [|TERMINÉE|]

        - ✅ Authentification
        - ⏳ Paiement
        """);

    [Fact]
    public void Message_counts_and_names_the_first_item_not_done()
    {
        var result = BuiltInRules.CreateLinter().Lint("## Phase 2 ✅ COMPLETE\n\n- [x] Build\n- [ ] Deploy\n- [ ] Verify\n");
        var d = Assert.Single(result.Diagnostics, d => d.Id == "RL3003");
        Assert.Equal((1, 14), (d.Line, d.Column));
        Assert.Equal("'COMPLETE' but the section holds 2 items that are not done: 'Deploy' (pending, line 4)", d.Message);
        Assert.Equal([4, 5], d.AdditionalLocations.Select(l => l.LineSpan.Start.Line));
    }

    [Fact]
    public void Does_not_report_complete_sections_or_words_that_are_not_claims() => Verify("""
        ## Geo Platform - Complete Analysis

        - ⏳ Dashboards

        ## ⏳ What Remains To Be Done

        - ⏳ Training

        ## Phase 3 ✅ COMPLETE

        - [x] Build
        - [x] Deploy
        """);

    [Fact]
    public void Does_not_take_a_hoped_for_or_asked_completion_for_a_claim() => Verify("""
        ## Phase 2 should be COMPLETE by Friday

        - ✅ Build
        - ⏳ Deploy

        ## Phase 3 devrait être TERMINÉE vendredi

        - ✅ Authentification
        - ⏳ Paiement

        ## Phase 4 COMPLETE?

        - ⏳ Docs

        ## Phase 5 ✅ [|COMPLETE|]

        - ⏳ Review
        """);
}
