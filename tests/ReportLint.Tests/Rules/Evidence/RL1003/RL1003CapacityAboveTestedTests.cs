using ReportLint.Rules;
using ReportLint.Rules.Evidence;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

public class RL1003CapacityAboveTestedTests
{
    private static void Verify(string markup) => RuleVerifier.Verify(new RL1003CapacityAboveTested(), StatusReports.Of(markup));

    [Fact]
    public void Reports_a_capacity_above_what_was_tested() => Verify("""
        - ✅ **[|10k+|] streams simultanés** avec 100k+ listeners
        - ✅ **Tests de performance** : 1k streams + 100k listeners
        - ✅ Handles up to [|5000 req/s|]
        - ✅ Load test: 800 req/s sustained
        """);

    [Fact]
    public void A_capacity_the_team_aims_at_is_no_claim_in_English() => Verify("""
        - ✅ Load test: 5,000 nodes
        - ✅ Adopters listed
        - ✅ The team aims to publish blueprints for 10,000+ node deployments
        - ✅ Runs [|20,000+|] nodes in production
        """);

    [Fact]
    public void A_capacity_the_team_aims_at_is_no_claim_in_French() => Verify("""
        - ✅ Test de charge : 5 000 nœuds
        - ✅ Adoptants listés
        - ✅ L'équipe vise des déploiements de 10 000+ nœuds
        - ✅ Fait tourner [|20 000+|] nœuds en production
        """);

    [Fact]
    public void Message_names_what_was_tested()
    {
        const string report = "- ✅ Supports up to 50000 users\n- ✅ Load test: 2000 users\n- ✅ Done\n";
        var d = Assert.Single(BuiltInRules.CreateLinter().Lint(report).Diagnostics, d => d.Id == "RL1003");
        Assert.Equal("Claims 50000 users, but the most the report says was tested is 2000 users (line 2)", d.Message);
        Assert.Equal(2, Assert.Single(d.AdditionalLocations).LineSpan.Start.Line);
    }

    [Fact]
    public void Does_not_report_capacities_within_what_was_tested_or_work_counts() => Verify("""
        - ✅ Supports up to 1000 users
        - ✅ Load test: 2000 users
        - ✅ 120+ tests written, 40 tests run in the load test
        """);

    // A figure that is tested and a capacity at once ("load test: up to 9000 users") is neither the most that was
    // tested nor a claim beyond it: only a tested figure and an untested capacity are compared.
    [Fact]
    public void A_tested_capacity_is_neither_the_tested_figure_nor_a_claim_in_English_and_French() => Verify("""
        - ✅ Supports up to [|50000|] users
        - ✅ Load test: up to 9000 users
        - ✅ Load test: 2000 users
        - ✅ Jusqu'à [|8000|] connexions simultanées
        - ✅ Test de charge : jusqu'à 20000 connexions
        - ✅ Test de charge : 3000 connexions
        """);

    [Fact]
    public void Does_not_report_documents_that_are_not_reports() => Verify("""
        The service supports up to 10000 users. A load test ran 1000 users.
        """);
}
