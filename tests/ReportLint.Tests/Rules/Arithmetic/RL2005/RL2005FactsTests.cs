using ReportLint.Model;
using ReportLint.Rules.Arithmetic;

namespace ReportLint.Tests.Rules;

/// <summary>The facts only RL2005 reads: stated counts and the items given for them.</summary>
public class RL2005FactsTests
{
    [Fact]
    public void Names_in_brackets_after_a_count_are_its_items_and_examples_are_not()
    {
        ReportModel model = ReportLint.Tests.Model.ReportModelTests.ModelOf("- SQL join: 4 tables (members + courses and sessions)\n- 3 services (e.g. auth, billing)\n- 2 fichiers (a.php, b.php et c.php)\n");

        Assert.Equal(
            [("4 tables", 4m, 3, CountScope.Named), ("2 fichiers", 2m, 3, CountScope.Named)],
            ItemCountFacts.Of(model).Select(c => (c.Phrase.ToString(), c.Stated, c.Items, c.Scope)));
        Assert.Equal(["members", "courses", "sessions"], ItemCountFacts.Of(model)[0].Names.Select(n => n.ToString()));
    }

    [Fact]
    public void A_lead_in_counts_the_top_level_items_under_it_and_a_fraction_of_single_ids_is_exhaustive()
    {
        ReportModel model = ReportLint.Tests.Model.ReportModelTests.ModelOf("""
            **Mobile** (6 profiles):
            - iphone
              - pro
            - pixel

            ### Module Auth (5/5 tests)
            - ✅ AUTH01: Login
            - ✅ AUTH02: Logout
            """);

        Assert.Equal(
            [("6 profiles", 6m, 2, false, 2, 4), ("5/5 tests", 5m, 2, true, 7, 8)],
            ItemCountFacts.Of(model).Select(c => (c.Phrase.ToString(), c.Stated, c.Items, c.IsExhaustive, c.FirstLine, c.LastLine)));
    }

    [Fact]
    public void A_remaining_line_counts_the_open_boxes_of_the_section_it_closes_in_English_and_French()
    {
        ReportModel model = ReportLint.Tests.Model.ReportModelTests.ModelOf("""
            ## Phase 4

            ### 4.1
            - [ ] A
            - [x] B

            ### 4.2
            - [ ] C

            **Remaining: 3 tasks**

            ## Phase 5

            - [ ] D
            - [ ] E

            **Restant : 2 tâches**
            """);

        Assert.Equal(
            [(CountScope.Open, 3m, 2, 4, 8), (CountScope.Open, 2m, 2, 14, 15)],
            ItemCountFacts.Of(model).Select(c => (c.Scope, c.Stated, c.Items, c.FirstLine, c.LastLine)));
    }

    [Fact]
    public void The_items_listed_before_a_line_are_those_of_the_list_right_above_it_when_each_has_a_status()
    {
        ReportModel model = ReportLint.Tests.Model.ReportModelTests.ModelOf("- ✅ A\n- ⏳ B\n\n**Readiness:** 50%\n\n- C\n- D\n\n**Avancement :** 50 %\n");
        ModelStatement[] keys = model.Statements.Where(s => s.Kind == StatementKind.KeyValueLine).ToArray();

        Assert.Equal(["A", "B"], ListedItemFacts.ItemsListedBefore(model, keys[0]).Select(i => i.Title.ToString()));
        Assert.Empty(ListedItemFacts.ItemsListedBefore(model, keys[1]));
    }
}
