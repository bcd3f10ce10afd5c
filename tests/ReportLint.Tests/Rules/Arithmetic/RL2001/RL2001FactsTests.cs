using ReportLint.Model;
using ReportLint.Rules.Arithmetic;

namespace ReportLint.Tests.Rules;

/// <summary>The facts only RL2001 reads: column totals, counts of things and key totals.</summary>
public class RL2001FactsTests
{
    [Fact]
    public void A_total_row_totals_the_rows_above_it_down_from_the_last_total_and_subtotals_are_no_parts()
    {
        ReportModel model = ReportLint.Tests.Model.ReportModelTests.ModelOf("""
            | Item | Cost |
            |------|------|
            | A | 10 |
            | B | 20 |
            | Subtotal | 30 |
            | C | 5 |
            | **Total** | **65** |
            """);

        ColumnAggregate aggregate = Assert.Single(ColumnAggregateFacts.Of(model));
        Assert.Equal("65", aggregate.Total.Text.ToString());
        Assert.False(aggregate.IsHeadingTotal);
        Assert.Equal(["10", "20", "5"], aggregate.Parts.Select(p => p.Value!.Text.ToString()));
        Assert.Equal([3, 4, 6], aggregate.Parts.Select(p => p.Line));
        Assert.Equal([false, false, false, false, true], Assert.Single(model.Tables).Body.Select(r => ColumnAggregateFacts.IsTotalRow(model, r)));
    }

    [Fact]
    public void A_headings_bracketed_total_is_the_total_of_the_table_under_it_in_English_and_French()
    {
        // An empty heading, a heading with no total and one in a quote come between: each table takes its own
        // heading's figure, and a table under an empty heading none.
        ReportModel model = ReportLint.Tests.Model.ReportModelTests.ModelOf(
            "# Plan\n\n##\n\n### Phase 1 (7.5h)\n\n| Task | Effort |\n|---|---|\n| A | 2h |\n| B | 1h |\n\n" +
            "### Notes\n\n| Task | Effort |\n|---|---|\n| C | 4h |\n\n" +
            "### Étape 2 (3h)\n\n| Tâche | Effort |\n|---|---|\n| D | 1h |\n| E | 2h |\n\n" +
            "##\n\n> ### Cité (9h)\n\n| Task | Effort |\n|---|---|\n| F | 4h |\n");

        ColumnAggregate[] totals = [.. ColumnAggregateFacts.Of(model).Where(a => a.IsHeadingTotal && a.Column.Index == 1)];
        Assert.Equal(["7.5h", "3h"], totals.Select(a => a.Total.Text.ToString()));
        Assert.Equal(["Phase 1 (7.5h)", "Étape 2 (3h)"], totals.Select(a => a.Heading!.Title.ToString()));
        Assert.Equal([["2h", "1h"], ["1h", "2h"]], totals.Select(a => a.Parts.Select(p => p.Value!.Text.ToString()).ToArray()));
    }

    [Fact]
    public void A_cell_that_holds_text_is_a_part_without_value_and_placeholders_are_no_parts()
    {
        ReportModel model = ReportLint.Tests.Model.ReportModelTests.ModelOf("""
            | Tâche | Effort |
            |-------|--------|
            | A | 2h |
            | B | environ un jour |
            | C | - |
            | Total général | 5h |
            """);

        ColumnAggregate aggregate = Assert.Single(ColumnAggregateFacts.Of(model));
        Assert.Equal(2, aggregate.Parts.Count);
        Assert.Equal("2h", aggregate.Parts[0].Value!.Text.ToString());
        Assert.Null(aggregate.Parts[1].Value);
        Assert.Equal("environ un jour", aggregate.Parts[1].Cell.Text.ToString());
    }

    [Fact]
    public void A_heading_bracketed_total_relates_to_each_column_of_the_table_under_it()
    {
        ReportModel model = ReportLint.Tests.Model.ReportModelTests.ModelOf("### Phase 1 (7.5h)\n\n| Task | Effort |\n|---|---|\n| A | 2h |\n| B | 1h |\n\n### Phase 2 (40%)\n\n| Task | Effort |\n|---|---|\n| C | 2h |\n");

        Assert.All(ColumnAggregateFacts.Of(model), a => Assert.Equal(("7.5h", "Phase 1 (7.5h)"), (a.Total.Text.ToString(), a.Heading!.Title.ToString())));
        Assert.Equal(2, ColumnAggregateFacts.Of(model).Count);
        Assert.Equal(["2h", "1h"], ColumnAggregateFacts.Of(model)[1].Parts.Select(p => p.Value!.Text.ToString()));
    }

    [Fact]
    public void An_aggregate_reads_its_parts_when_asked_the_same_whichever_is_asked_first_in_English_and_French()
    {
        ReportModel model = ReportLint.Tests.Model.ReportModelTests.ModelOf(
            "### Étape 1 (5h)\n\n| Tâche | Effort | Statut |\n|---|---|---|\n| A | 2h | ✅ |\n| B | 3h | - |\n| **Total** | **5h** | |\n");

        // Asked last column first: each reads its own cells, and the same parts at every read.
        ColumnAggregate[] aggregates = [.. ColumnAggregateFacts.Of(model)];
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
        ReportModel model = ReportLint.Tests.Model.ReportModelTests.ModelOf("- ✅ **644 Unit Tests**: all passing\n- 12 new files\n\n| Metric | Value |\n|---|---|\n| **Tests** | 944 |\n");

        Assert.Equal(
            [("644", "test", false), ("12", "file", false), ("944", "test", true)],
            CountFacts.Of(model).Select(c => (c.Value.Text.ToString(), c.Thing, c.IsTotal)));
    }

    [Fact]
    public void A_cell_has_a_whole_value_only_when_it_is_that_value()
    {
        ReportModel model = ReportLint.Tests.Model.ReportModelTests.ModelOf("| Step | Time |\n|---|---|\n| Build | **2 350 €** |\n| Deploy | about 30 min |\n");
        ModelTable table = Assert.Single(model.Tables);
        ModelRow[] body = table.Body.ToArray();

        FactValue whole = Assert.IsType<FactValue>(ColumnAggregateFacts.WholeValueOf(model, body[0].Cells[1]));
        Assert.Equal(("2 350 €", "2 350"), (whole.Text.ToString(), whole.NumberText));
        Assert.Null(ColumnAggregateFacts.WholeValueOf(model, body[1].Cells[1]));
    }

    [Fact]
    public void An_overall_row_is_an_aggregate_of_its_own_kind_with_its_label_and_a_weight_column_marks_it()
    {
        ReportModel model = ReportLint.Tests.Model.ReportModelTests.ModelOf("""
            | Domaine | Poids | Note |
            |---------|-------|------|
            | A | 50% | 8/10 |
            | B | 50% | 6/10 |
            | **Moyenne** | 100% | **7/10** |
            """);

        Assert.All(ColumnAggregateFacts.Of(model), a => Assert.Equal((AggregateKind.Overall, "Moyenne", true), (a.Kind, a.Label.ToString(), a.IsWeighted)));
        Assert.Equal(["100%", "7/10"], ColumnAggregateFacts.Of(model).Select(a => a.Total.Text.ToString()));
    }

    [Fact]
    public void A_total_cell_may_name_what_it_counts()
    {
        ReportModel model = ReportLint.Tests.Model.ReportModelTests.ModelOf("| Category | Tests |\n|---|---|\n| Unit | 11 |\n| E2E | 51 |\n| **Total** | **88 Tests** |\n");

        ColumnAggregate aggregate = Assert.Single(ColumnAggregateFacts.Of(model));
        Assert.Equal(("88", AggregateKind.Sum), (aggregate.Total.Text.ToString(), aggregate.Kind));
    }

    [Fact]
    public void A_key_total_relates_to_the_bracketed_counts_of_its_thing_in_its_section_nested_ones_left_out()
    {
        ReportModel model = ReportLint.Tests.Model.ReportModelTests.ModelOf("""
            ### Tests

            **Total Test Count:** 20 tests

            - **Integration** (10 tests): api
              - GET /tokens (4 tests)
            - **Services** (5 tests, 2 suites): services
            - **Cache** (6 tests)
            """);

        KeyTotal total = Assert.Single(KeyTotalFacts.Of(model));
        Assert.Equal(("20", "test", "Total Test Count"), (total.Total.Text.ToString(), total.Thing, total.Key.ToString()));
        Assert.Equal(["10", "5", "6"], total.Parts.Select(p => p.Text.ToString()));
    }
}
