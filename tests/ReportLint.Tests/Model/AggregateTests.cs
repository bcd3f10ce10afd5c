using ReportLint.Model;

namespace ReportLint.Tests.Model;

public class AggregateTests
{
    [Fact]
    public void A_total_row_totals_the_rows_above_it_down_from_the_last_total_and_subtotals_are_no_parts()
    {
        ReportModel model = ReportModelTests.ModelOf("""
            | Item | Cost |
            |------|------|
            | A | 10 |
            | B | 20 |
            | Subtotal | 30 |
            | C | 5 |
            | **Total** | **65** |
            """);

        ColumnAggregate aggregate = Assert.Single(model.ColumnAggregates);
        Assert.Equal("65", aggregate.Total.Text.ToString());
        Assert.False(aggregate.IsHeadingTotal);
        Assert.Equal(["10", "20", "5"], aggregate.Parts.Select(p => p.Value!.Text.ToString()));
        Assert.Equal([3, 4, 6], aggregate.Parts.Select(p => p.Line));
        Assert.Equal([false, false, false, false, true], Assert.Single(model.Tables).Body.Select(model.IsTotalRow));
    }

    [Fact]
    public void A_headings_bracketed_total_is_the_total_of_the_table_under_it_in_English_and_French()
    {
        // An empty heading, a heading with no total and one in a quote come between: each table takes its own
        // heading's figure, and a table under an empty heading none.
        ReportModel model = ReportModelTests.ModelOf(
            "# Plan\n\n##\n\n### Phase 1 (7.5h)\n\n| Task | Effort |\n|---|---|\n| A | 2h |\n| B | 1h |\n\n" +
            "### Notes\n\n| Task | Effort |\n|---|---|\n| C | 4h |\n\n" +
            "### Étape 2 (3h)\n\n| Tâche | Effort |\n|---|---|\n| D | 1h |\n| E | 2h |\n\n" +
            "##\n\n> ### Cité (9h)\n\n| Task | Effort |\n|---|---|\n| F | 4h |\n");

        ColumnAggregate[] totals = [.. model.ColumnAggregates.Where(a => a.IsHeadingTotal && a.Column.Index == 1)];
        Assert.Equal(["7.5h", "3h"], totals.Select(a => a.Total.Text.ToString()));
        Assert.Equal(["Phase 1 (7.5h)", "Étape 2 (3h)"], totals.Select(a => a.Heading!.Title.ToString()));
        Assert.Equal([["2h", "1h"], ["1h", "2h"]], totals.Select(a => a.Parts.Select(p => p.Value!.Text.ToString()).ToArray()));
    }

    [Fact]
    public void A_cell_that_holds_text_is_a_part_without_value_and_placeholders_are_no_parts()
    {
        ReportModel model = ReportModelTests.ModelOf("""
            | Tâche | Effort |
            |-------|--------|
            | A | 2h |
            | B | environ un jour |
            | C | - |
            | Total général | 5h |
            """);

        ColumnAggregate aggregate = Assert.Single(model.ColumnAggregates);
        Assert.Equal(2, aggregate.Parts.Count);
        Assert.Equal("2h", aggregate.Parts[0].Value!.Text.ToString());
        Assert.Null(aggregate.Parts[1].Value);
        Assert.Equal("environ un jour", aggregate.Parts[1].Cell.Text.ToString());
    }

    [Fact]
    public void A_heading_bracketed_total_relates_to_each_column_of_the_table_under_it()
    {
        ReportModel model = ReportModelTests.ModelOf("### Phase 1 (7.5h)\n\n| Task | Effort |\n|---|---|\n| A | 2h |\n| B | 1h |\n\n### Phase 2 (40%)\n\n| Task | Effort |\n|---|---|\n| C | 2h |\n");

        Assert.All(model.ColumnAggregates, a => Assert.Equal(("7.5h", "Phase 1 (7.5h)"), (a.Total.Text.ToString(), a.Heading!.Title.ToString())));
        Assert.Equal(2, model.ColumnAggregates.Count);
        Assert.Equal(["2h", "1h"], model.ColumnAggregates[1].Parts.Select(p => p.Value!.Text.ToString()));
    }

    [Fact]
    public void An_aggregate_reads_its_parts_when_asked_the_same_whichever_is_asked_first_in_English_and_French()
    {
        ReportModel model = ReportModelTests.ModelOf(
            "### Étape 1 (5h)\n\n| Tâche | Effort | Statut |\n|---|---|---|\n| A | 2h | ✅ |\n| B | 3h | - |\n| **Total** | **5h** | |\n");

        // Asked last column first: each reads its own cells, and the same parts at every read.
        ColumnAggregate[] aggregates = [.. model.ColumnAggregates];
        Assert.Equal(4, aggregates.Length);
        Assert.Equal(["✅"], aggregates[2].Parts.Select(p => p.Cell.Text.ToString()));
        Assert.Equal(["2h", "3h"], aggregates[1].Parts.Select(p => p.Value!.Text.ToString()));
        Assert.Equal(["A", "B"], aggregates[0].Parts.Select(p => p.Cell.Text.ToString()));
        Assert.Same(aggregates[1].Parts[0], aggregates[1].Parts[0]);
        Assert.Equal(("5h", "Effort"), (aggregates[3].Total.Text.ToString(), aggregates[3].Column.Header.ToString()));
        Assert.Equal(["2h", "3h"], aggregates[3].Parts.Select(p => p.Value!.Text.ToString()));
    }

    [Fact]
    public void Counts_name_the_thing_they_count_and_a_thing_named_alone_is_a_total()
    {
        ReportModel model = ReportModelTests.ModelOf("- ✅ **644 Unit Tests**: all passing\n- 12 new files\n\n| Metric | Value |\n|---|---|\n| **Tests** | 944 |\n");

        Assert.Equal(
            [("644", "test", false), ("12", "file", false), ("944", "test", true)],
            model.Counts.Select(c => (c.Value.Text.ToString(), c.Thing, c.IsTotal)));
    }

    [Fact]
    public void A_cell_has_a_whole_value_only_when_it_is_that_value()
    {
        ReportModel model = ReportModelTests.ModelOf("| Step | Time |\n|---|---|\n| Build | **2 350 €** |\n| Deploy | about 30 min |\n");
        ModelTable table = Assert.Single(model.Tables);
        ModelRow[] body = table.Body.ToArray();

        FactValue whole = Assert.IsType<FactValue>(model.WholeValueOf(body[0].Cells[1]));
        Assert.Equal(("2 350 €", "2 350"), (whole.Text.ToString(), whole.NumberText));
        Assert.Null(model.WholeValueOf(body[1].Cells[1]));
    }

    [Fact]
    public void The_items_under_a_section_leave_its_heading_out()
    {
        ReportModel model = ReportModelTests.ModelOf("# R\n\n## Ops ✅ 90% COMPLETE\n\n- [x] Backups\n- [ ] Runbooks\n\n## Next\n\n- [ ] Other\n");
        ModelSection ops = model.Sections.Single(s => s.Title.ToString().StartsWith("Ops", StringComparison.Ordinal));

        Assert.Equal(["Backups", "Runbooks"], model.ItemsUnder(ops).Select(i => i.Title.ToString()));
    }

    [Fact]
    public void An_overall_row_is_an_aggregate_of_its_own_kind_with_its_label_and_a_weight_column_marks_it()
    {
        ReportModel model = ReportModelTests.ModelOf("""
            | Domaine | Poids | Note |
            |---------|-------|------|
            | A | 50% | 8/10 |
            | B | 50% | 6/10 |
            | **Moyenne** | 100% | **7/10** |
            """);

        Assert.All(model.ColumnAggregates, a => Assert.Equal((AggregateKind.Overall, "Moyenne", true), (a.Kind, a.Label.ToString(), a.IsWeighted)));
        Assert.Equal(["100%", "7/10"], model.ColumnAggregates.Select(a => a.Total.Text.ToString()));
    }

    [Fact]
    public void A_total_cell_may_name_what_it_counts()
    {
        ReportModel model = ReportModelTests.ModelOf("| Category | Tests |\n|---|---|\n| Unit | 11 |\n| E2E | 51 |\n| **Total** | **88 Tests** |\n");

        ColumnAggregate aggregate = Assert.Single(model.ColumnAggregates);
        Assert.Equal(("88", AggregateKind.Sum), (aggregate.Total.Text.ToString(), aggregate.Kind));
    }

    [Fact]
    public void Names_in_brackets_after_a_count_are_its_items_and_examples_are_not()
    {
        ReportModel model = ReportModelTests.ModelOf("- SQL join: 4 tables (members + courses and sessions)\n- 3 services (e.g. auth, billing)\n- 2 fichiers (a.php, b.php et c.php)\n");

        Assert.Equal(
            [("4 tables", 4m, 3, CountScope.Named), ("2 fichiers", 2m, 3, CountScope.Named)],
            model.CountsOfItems.Select(c => (c.Phrase.ToString(), c.Stated, c.Items, c.Scope)));
        Assert.Equal(["members", "courses", "sessions"], model.CountsOfItems[0].Names.Select(n => n.ToString()));
    }

    [Fact]
    public void A_lead_in_counts_the_top_level_items_under_it_and_a_fraction_of_single_ids_is_exhaustive()
    {
        ReportModel model = ReportModelTests.ModelOf("""
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
            model.CountsOfItems.Select(c => (c.Phrase.ToString(), c.Stated, c.Items, c.IsExhaustive, c.FirstLine, c.LastLine)));
    }

    [Fact]
    public void A_remaining_line_counts_the_open_boxes_of_the_section_it_closes_in_English_and_French()
    {
        ReportModel model = ReportModelTests.ModelOf("""
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
            model.CountsOfItems.Select(c => (c.Scope, c.Stated, c.Items, c.FirstLine, c.LastLine)));
    }

    [Fact]
    public void A_key_total_relates_to_the_bracketed_counts_of_its_thing_in_its_section_nested_ones_left_out()
    {
        ReportModel model = ReportModelTests.ModelOf("""
            ### Tests

            **Total Test Count:** 20 tests

            - **Integration** (10 tests): api
              - GET /tokens (4 tests)
            - **Services** (5 tests, 2 suites): services
            - **Cache** (6 tests)
            """);

        KeyTotal total = Assert.Single(model.KeyTotals);
        Assert.Equal(("20", "test", "Total Test Count"), (total.Total.Text.ToString(), total.Thing, total.Key.ToString()));
        Assert.Equal(["10", "5", "6"], total.Parts.Select(p => p.Text.ToString()));
    }

    [Fact]
    public void The_items_listed_before_a_line_are_those_of_the_list_right_above_it_when_each_has_a_status()
    {
        ReportModel model = ReportModelTests.ModelOf("- ✅ A\n- ⏳ B\n\n**Readiness:** 50%\n\n- C\n- D\n\n**Avancement :** 50 %\n");
        ModelStatement[] keys = model.Statements.Where(s => s.Kind == StatementKind.KeyValueLine).ToArray();

        Assert.Equal(["A", "B"], ReportLint.Rules.Arithmetic.ListedItemFacts.ItemsListedBefore(model, keys[0]).Select(i => i.Title.ToString()));
        Assert.Empty(ReportLint.Rules.Arithmetic.ListedItemFacts.ItemsListedBefore(model, keys[1]));
    }
}
