using ReportLint.Model;
using ReportLint.Claims;

namespace ReportLint.Tests.Model;

public class RelationTests
{
    [Fact]
    public void The_same_metric_stated_in_two_places_is_a_restatement_in_English_and_French()
    {
        const string text = "# Report\n\n## Summary\n\n- Security Score: 95/100\n\n## Détails\n\n- Score sécurité : 85/100\n";
        ReportModel model = ReportModelTests.ModelOf(text);

        FactRelation relation = Assert.Single(model.Relations(RelationKind.Restatement));
        Assert.Equal("85/100", relation.Fact.Text.ToString());
        Assert.Equal("95/100", Assert.Single(relation.Related).Text.ToString());
        Assert.Equal(relation.Fact.Metric, relation.Related[0].Metric);
    }

    [Fact]
    public void Each_metric_is_restated_only_by_its_own_facts_however_often_it_is_asked()
    {
        // Two metrics of one section, English and French: the facts of the first must not be offered to the second,
        // whether the restatements are read whole, abandoned after one, or read again.
        const string text = "# Report\n\n- Widget throughput: 80 %\n- Widget throughput: 80 %\n- Débit des gadgets : 80 %\n- Débit des gadgets : 70 %\n";
        ReportModel model = ReportModelTests.ModelOf(text);

        Assert.NotNull(model.Restatements().First());
        for (int pass = 0; pass < 2; pass++)
        {
            Assert.Equal(
                ["80 % <- 80 %", "70 % <- 80 %"],
                model.Relations(RelationKind.Restatement).Select(r => r.Fact.Text + " <- " + string.Join(", ", r.Related.Select(f => f.Text.ToString()))));
        }

        Assert.Equal(
            ["80 % <- ", "70 % <- 80 %"],
            model.Restatements(f => f.Statement.Text.ToString().Contains("gadgets")).Select(r => r.Fact.Text + " <- " + string.Join(", ", r.Related.Select(f => f.Text.ToString()))));
    }

    [Fact]
    public void Interleaved_metrics_are_restated_metric_by_metric_in_the_order_each_first_comes_in_English_and_French()
    {
        // Two metrics written in turn (English, then French names of a second pair): each metric's facts come together,
        // the metric first written first, its facts in document order; with earlier facts only, the first of each is left out.
        const string text = "# Report\n\n- Widget throughput: 80 %\n- Gadget latency: 12 ms\n- Widget throughput: 70 %\n- Gadget latency: 15 ms\n" +
            "- Widget throughput: 70 %\n\n## Détails\n\n- Latence des widgets : 9 ms\n- Débit des gadgets : 40 %\n- Latence des widgets : 8 ms\n";
        ReportModel model = ReportModelTests.ModelOf(text);
        static string Show(FactRelation r) => r.Fact.Text + " <- " + string.Join(", ", r.Related.Select(f => f.Text.ToString()));

        Assert.Equal(
            ["80 % <- ", "70 % <- 80 %", "70 % <- 80 %, 70 %", "12 ms <- ", "15 ms <- 12 ms", "9 ms <- ", "8 ms <- 9 ms"],
            model.Restatements().Select(Show));
        Assert.Equal(["70 % <- 80 %", "70 % <- 80 %, 70 %", "15 ms <- 12 ms", "8 ms <- 9 ms"], model.RestatementsWithEarlier().Select(Show));
        Assert.Equal(["15 ms <- 12 ms", "8 ms <- 9 ms"], model.RestatementsWithEarlier(f => f.Value!.Unit == "ms").Select(Show));
        Assert.Equal(model.RestatementsWithEarlier().Select(Show), model.Relations(RelationKind.Restatement).Select(Show));
    }

    [Fact]
    public void Values_under_different_periods_are_not_restatements()
    {
        const string text = "# Report\n\n## Week 1\n\n- Security Score: 80/100\n\n## Week 2\n\n- Security Score: 95/100\n";
        ReportModel model = ReportModelTests.ModelOf(text);

        Assert.Empty(model.Relations(RelationKind.Restatement));
        Assert.All(model.Restatements(), r => Assert.Empty(r.Related));
    }

    [Fact]
    public void A_target_relates_to_the_result_it_bounds()
    {
        ReportModel model = ReportModelTests.ModelOf("- Coverage: 72% (target: ≥ 80%)\n- Uptime: 99%\n");

        FactRelation relation = Assert.Single(model.Relations(RelationKind.TargetOf));
        Assert.Equal(FactRole.Target, relation.Fact.Role);
        Assert.Equal("72%", Assert.Single(relation.Related).Text.ToString());
    }

    [Theory]
    [InlineData("- Coverage: 72% (target: ≥ 80%), latency 120 ms (target: < 100 ms)\n")]
    [InlineData("- Couverture : 72 % (objectif : ≥ 80 %), latence 120 ms (objectif : < 100 ms)\n")]
    public void Each_target_reads_its_own_value_in_place_in_English_and_French(string text)
    {
        ReportModel model = ReportModelTests.ModelOf(text);

        // Two targets of one statement: each fact's value is its own target's, read where the statement keeps them.
        FactRelation[] relations = [.. model.Relations(RelationKind.TargetOf)];
        Assert.Equal(2, relations.Length);
        Assert.Equal((80m, "%", Comparison.AtLeast), (relations[0].Fact.Value!.Number, relations[0].Fact.Value!.Unit, relations[0].Fact.Value!.Comparison));
        Assert.Equal((100m, "ms", Comparison.LessThan), (relations[1].Fact.Value!.Number, relations[1].Fact.Value!.Unit, relations[1].Fact.Value!.Comparison));
        Assert.Equal(text.IndexOf("80", StringComparison.Ordinal), relations[0].Fact.Value!.NumberSpan.Start);
        Assert.Equal([72m, 120m], relations.Select(r => Assert.Single(r.Related).Value!.Number));
        Assert.Equal([TargetOutcome.Missed, TargetOutcome.Missed], relations.Select(r => r.Related[0].Outcome));
    }

    [Fact]
    public void A_percentage_relates_to_the_fraction_beside_it()
    {
        ReportModel model = ReportModelTests.ModelOf("- Resolved: 17/29 (58%)\n- Coverage: 58%\n");

        FactRelation relation = Assert.Single(model.Relations(RelationKind.PercentageOf));
        Assert.Equal("58%", relation.Fact.Text.ToString());
        Assert.Equal("17/29", Assert.Single(relation.Related).Text.ToString());
    }

    [Fact]
    public void A_change_relates_the_value_after_to_the_value_before()
    {
        ReportModel model = ReportModelTests.ModelOf("- Coverage: 61% → 80%\n- Latency: 120 ms, 80 ms\n");

        FactRelation relation = Assert.Single(model.Relations(RelationKind.Change));
        Assert.Equal(("80%", FactRole.After), (relation.Fact.Text.ToString(), relation.Fact.Role));
        Assert.Equal(("61%", FactRole.Before), (relation.Related[0].Text.ToString(), relation.Related[0].Role));
    }

    [Fact]
    public void A_total_row_aggregates_the_rows_above_it_in_its_column()
    {
        const string text = "| Suite | Tests |\n|---|---|\n| Unit | 120 |\n| Integration | 30 |\n| **Total** | 160 |\n";
        ReportModel model = ReportModelTests.ModelOf(text);

        FactRelation relation = Assert.Single(model.Relations(RelationKind.AggregateOf));
        Assert.Equal("160", relation.Fact.Text.ToString());
        Assert.Equal(["120", "30"], relation.Related.Select(f => f.Text.ToString()));
    }

    [Fact]
    public void A_completion_claim_in_a_heading_covers_the_items_of_its_section()
    {
        const string text = "# Report\n\n## Phase 1 ✅ COMPLETE\n\n- [x] Design\n- [ ] Rollout\n\n## Phase 2\n\n- [ ] Docs\n";
        ReportModel model = ReportModelTests.ModelOf(text);

        CompletionFact claim = Assert.Single(model.Completions);
        Assert.Equal(["Design", "Rollout"], model.ItemsCoveredBy(claim).Select(i => i.Title.ToString()));
    }

    [Fact]
    public void One_metric_of_two_subjects_is_not_restated()
    {
        const string text = "# Report\n\n- ✅ p95 latency - checkout (120 ms)\n- ✅ p95 latency - search (340 ms)\n- ✅ p95 latency - checkout (150 ms)\n";
        ReportModel model = ReportModelTests.ModelOf(text);

        FactRelation relation = Assert.Single(model.Relations(RelationKind.Restatement));
        Assert.Equal("150 ms", relation.Fact.Text.ToString());
        Assert.Equal("120 ms", Assert.Single(relation.Related).Text.ToString());
    }

    [Fact]
    public void A_table_header_states_no_fact()
    {
        const string text = "| Inputs - Port 1 | Key |\n|---|---|\n| Up | W |\n\n| Inputs - Port 2 | Key |\n|---|---|\n| Up | I |\n";
        ReportModel model = ReportModelTests.ModelOf(text);

        Assert.Empty(model.MetricFacts);
    }

    [Fact]
    public void Task_boxes_of_one_section_make_a_checklist()
    {
        const string text = "# Report\n\n## Phase 1\n\n- [x] Design\n- [ ] Rollout\n- ✅ Review\n- [x] Docs\n\n## Phase 2\n\n- [ ] Tests\n";
        ReportModel model = ReportModelTests.ModelOf(text);

        Assert.Equal([(2, 1), (1, 1), (1, 0)], model.Checklists.Select(c => (c.Items.Count, c.Checked)));
        Assert.Equal(["Phase 1", "Phase 1", "Phase 2"], model.Checklists.Select(c => c.Section!.Title.ToString()));
        Assert.Equal(1, model.Checklists[0].Unchecked);
        Assert.False(model.Items.Single(i => i.Title.ToString() == "Review").IsTaskBox);
    }

    [Fact]
    public void An_item_mark_is_a_symbol_or_a_word_as_a_reader_sees_it_in_English_and_French()
    {
        const string text = "# Rapport\n\n- âœ… Sauvegardes\n- Terminé : migration\n- [x] Design\n- Done: rollout\n- ⏳ Export\n";
        ReportModel model = ReportModelTests.ModelOf(text);

        // A mangled ✅ is still a symbol; a status word is not; a task box is one of its own kind. Asked before the
        // mark itself, and after.
        (bool, bool, string)[] expected =
            [(true, false, "✅"), (false, false, "Terminé"), (true, true, "[x]"), (false, false, "Done"), (true, false, "⏳")];
        Assert.Equal(expected, model.Items.Select(i => (i.HasSymbolMark, i.IsTaskBox, i.Mark.ToString())));
        Assert.Equal(expected, model.Items.Select(i => (i.HasSymbolMark, i.IsTaskBox, i.Mark.ToString())));
    }

    [Fact]
    public void A_named_metric_and_a_cell_state_the_value_their_statement_states_in_English_and_French()
    {
        const string text = "# Report\n\n- **Coverage**: 85% (target: 80%)\n- **Débit** : 1 200 req/s\n\n| Metric | Value |\n|---|---|\n| Latency | 120 ms |\n";
        ReportModel model = ReportModelTests.ModelOf(text);

        // One value object per number stated: the metric's fact, the cell and the statement share it.
        foreach (Fact fact in model.MetricFacts.Where(f => f.Value is not null && f.Role != FactRole.Target))
        {
            Assert.True(fact.Statement.Values.Any(v => ReferenceEquals(v, fact.Value)), fact.Value!.Text.ToString());
        }

        Assert.Equal(["85%", "1 200 req/s"], model.MetricFacts.Where(f => f.Role != FactRole.Target).Select(f => f.Value!.Text.ToString()));
        ModelRow row = model.Tables[0].Rows[1];
        Assert.Same(row[row.Table.Columns[1]].Value, model.StatementAt(row.Span)!.Values.Single());
    }

    [Fact]
    public void A_list_item_reads_its_status_on_its_first_line_whether_one_line_or_more_in_English_and_French()
    {
        const string text = "# Rapport\n\n- ✅ Login done\n- ✅ Export\n  ❌ partie 2 bloquée\n- âœ… Sauvegardes\n- **Terminé** : migration\n";
        ReportModel model = ReportModelTests.ModelOf(text);

        Assert.Equal(
            [("Login done", StatusKind.Met, "✅"), ("Export", StatusKind.Met, "✅"), ("Sauvegardes", StatusKind.Met, "✅"), ("Terminé", StatusKind.Met, "Terminé")],
            model.Items.Select(i => (i.Title.ToString(), i.Status, i.Mark.ToString())));
    }

    [Fact]
    public void A_table_row_item_is_labelled_by_its_first_cell_folded_mojibake_read_through()
    {
        const string text = "| Tâche | Statut |\n|---|---|\n| Migration **BDD** | ✅ |\n| TÃ¢che finale | âœ… |\n| Deploy | ⏳ |\n";
        ReportModel model = ReportModelTests.ModelOf(text);

        Assert.Equal(["migration bdd", "tache finale", "deploy"], model.Items.Select(i => i.Label));
        Assert.Equal(["Migration BDD", "Tâche finale", "Deploy"], model.Items.Select(i => i.Title.ToString()));
    }
}
