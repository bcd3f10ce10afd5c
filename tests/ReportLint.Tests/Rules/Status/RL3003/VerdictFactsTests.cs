using ReportLint.Model;
using ReportLint.Rules.Status;

namespace ReportLint.Tests.Rules;

public class VerdictFactsTests
{
    [Fact]
    public void Status_lines_give_verdicts_with_their_scope_line_by_line()
    {
        ReportModel model = ReportLint.Tests.Model.ReportModelTests.ModelOf(
            "# Report\n\n**Date**: 1 May  \n**Status**: ✅ **100% COMPLETE**  \n\n## Module A\n\ntext\n\n" +
            string.Concat(Enumerable.Repeat("filler\n\n", 15)) +
            "## Module B\n\n**Statut** : ✅ TERMINÉ\n\n" + string.Concat(Enumerable.Repeat("filler\n\n", 15)) + "## End\n\n**Readiness**: READY FOR PRODUCTION\n");

        Assert.Collection(VerdictFacts.Of(model),
            v => Assert.Equal((4, "100% COMPLETE", true), (v.Line, v.Text.ToString(), v.AboutReport)),
            v => Assert.Equal(("TERMINÉ", false, "Module B"), (v.Text.ToString(), v.AboutReport, v.Section?.Title.ToString())),
            v => Assert.Equal(("READY FOR PRODUCTION", true), (v.Text.ToString(), v.AboutReport)));
    }

    [Fact]
    public void Words_that_are_not_verdicts_give_none()
    {
        ReportModel model = ReportLint.Tests.Model.ReportModelTests.ModelOf(
            "# Report\n\n**Status**: not production ready\n\n**Statut** : 85% terminé\n\n**Phase 1 (Complete)**: 100%\n\nThe work is complete.\n");

        Assert.Empty(VerdictFacts.Of(model));
    }

    [Fact]
    public void Evidence_of_work_not_done_leaves_plans_out_unless_they_verify_the_work()
    {
        ReportModel model = ReportLint.Tests.Model.ReportModelTests.ModelOf(
            "# Report\n\n- ⏳ Deploy\n- ⚠️ IE11 (graceful degradation)\n- ⚠️ Sécurité : à améliorer\n\n**Scraping**: placeholders only\n\n" +
            "## Next steps\n\n- [ ] Add dark mode\n- [ ] Test the cart\n\n1. Run the migrations\n2. Write a blog post\n");

        Assert.Equal(
            [(NotDoneKind.Pending, 3), (NotDoneKind.Partial, 5), (NotDoneKind.NotImplemented, 7), (NotDoneKind.Pending, 12), (NotDoneKind.ToVerify, 14)],
            VerdictFacts.NotDone(model).Select(e => (e.Kind, e.Line)));
    }
}
