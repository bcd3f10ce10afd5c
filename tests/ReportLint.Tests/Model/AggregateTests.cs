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
}
