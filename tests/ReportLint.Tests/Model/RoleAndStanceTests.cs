using ReportLint.Model;

namespace ReportLint.Tests.Model;

/// <summary>Only actuals are claims: roles, negation, modality, questions and quotation, in English and in French.</summary>
public class RoleAndStanceTests
{
    private static Fact FactOf(string text, string value) => ReportModelTests.FactOf(text, value);

    private static ModelStatement StatementOf(string text) => ReportModelTests.ModelOf(text).Statements.Single();

    [Theory]
    [InlineData("- Coverage: 85%\n", "85%")]
    [InlineData("- Couverture : 85 %\n", "85 %")]
    [InlineData("- Target: 90%, achieved: 85%\n", "85%")]
    [InlineData("- Objectif : 90 %, réalisé : 85 %\n", "85 %")]
    [InlineData("| Metric | Value |\n|---|---|\n| Uptime | 99.95% |\n", "99.95%")]
    [InlineData("| Métrique | Valeur |\n|---|---|\n| Disponibilité | 99,95 % |\n", "99,95 %")]
    public void A_stated_result_is_an_actual(string text, string value)
    {
        Fact fact = FactOf(text, value);
        Assert.Equal(FactRole.Actual, fact.Role);
        Assert.True(fact.IsActual);
    }

    [Theory]
    [InlineData("- Coverage: 85% (target: 90%)\n", "90%", FactRole.Target)]
    [InlineData("- Couverture : 85 % (cible : 90 %)\n", "90 %", FactRole.Target)]
    [InlineData("- Goal: 100% coverage\n", "100%", FactRole.Goal)]
    [InlineData("- Objectif : viser 100 %\n", "100 %", FactRole.Goal)]
    [InlineData("Une couverture de 100 % est visée.\n", "100 %", FactRole.Goal)]
    [InlineData("- Coverage: 61% → 80%\n", "61%", FactRole.Before)]
    [InlineData("- Coverage: 61% → 80%\n", "80%", FactRole.After)]
    [InlineData("- Couverture : avant 61 %, après 80 %\n", "61 %", FactRole.Before)]
    [InlineData("- Couverture : avant 61 %, après 80 %\n", "80 %", FactRole.After)]
    [InlineData("- Once deployed: 100% uptime\n", "100%", FactRole.Projected)]
    [InlineData("- Une fois déployé : 100 % ✅\n", "100 %", FactRole.Projected)]
    [InlineData("- Estimated effort: 3 days\n", "3 days", FactRole.Estimate)]
    [InlineData("- Effort estimé : 3 jours\n", "3 jours", FactRole.Estimate)]
    [InlineData("| Metric | Value |\n|---|---|\n| Estimated uptime | 99.95% |\n", "99.95%", FactRole.Estimate)]
    [InlineData("| Métrique | Valeur |\n|---|---|\n| Uptime théorique | 99,95 % |\n", "99,95 %", FactRole.Estimate)]
    [InlineData("| Metric | Value |\n|---|---|\n| Projected savings | 30% |\n", "30%", FactRole.Projected)]
    [InlineData("- Theoretical availability: 99.99%\n", "99.99%", FactRole.Estimate)]
    [InlineData("- Errors are reported with their code, e.g. 404\n", "404", FactRole.Example)]
    [InlineData("- La latence se mesure en millisecondes, par exemple 10 ms\n", "10 ms", FactRole.Example)]
    public void A_target_goal_before_after_projection_estimate_or_example_is_not_an_actual(string text, string value, FactRole role)
    {
        Fact fact = FactOf(text, value);
        Assert.Equal(role, fact.Role);
        Assert.False(fact.IsActual);
    }

    [Theory]
    [InlineData("Example 2, a large range:\n\n- Band size: 128\n", "128")]
    [InlineData("Exemple 2, une grande plage :\n\n- Taille de bande : 128\n", "128")]
    [InlineData("##### Example pod specs\n\n| Pod | CPU |\n|---|---|\n| Guaranteed | 0.5 |\n", "0.5")]
    [InlineData("### Exemples de réglages\n\n| Réglage | Valeur |\n|---|---|\n| Délai | 30 s |\n", "30 s")]
    [InlineData("## 3.2 Examples\n\n### Small cluster\n\n- Timeout: 30 s\n", "30 s")]
    [InlineData("**Par exemple** :\n\n- Délai : 30 s\n", "30 s")]
    public void A_value_under_an_example_heading_or_lead_in_is_an_example(string text, string value) =>
        Assert.Equal(FactRole.Example, FactOf(text, value).Role);

    [Theory]
    [InlineData("### Graduation Criteria\n\n#### Beta to GA\n\n- Coverage: 100%\n", "100%")]
    [InlineData("Exit criteria:\n\n- Coverage: 100%\n", "100%")]
    [InlineData("### Exigences\n\n- Couverture : 100 %\n", "100 %")]
    [InlineData("Critères d'acceptation :\n\n- Couverture : 100 %\n", "100 %")]
    public void An_unmarked_value_under_criteria_is_a_goal(string text, string value) =>
        Assert.Equal(FactRole.Goal, FactOf(text, value).Role);

    [Theory]
    [InlineData("### Success Criteria\n\n| Criterion | Result | Status |\n|---|---|---|\n| Coverage | 100% | ✅ |\n", "100%")]
    [InlineData("### Graduation Criteria\n\n- ✅ Coverage: 100%\n", "100%")]
    [InlineData("### Success Criteria\n\n| Criterion | Status |\n|---|---|\n| Docs | ✅ |\n\n**Overall success:** 100%\n", "100%")]
    [InlineData("### Critères de succès\n\n- Couverture : 100 % ✅\n", "100 %")]
    public void A_value_said_met_under_criteria_is_an_actual(string text, string value) =>
        Assert.Equal(FactRole.Actual, FactOf(text, value).Role);

    [Theory]
    [InlineData("Results of the example app:\n\n- Coverage: 85%\n", "85%")]
    [InlineData("### Résultats de l'exemple\n\n- Couverture : 85 %\n", "85 %")]
    [InlineData("Example 2:\n\nThe build ran.\n\n- Coverage: 85%\n", "85%")]
    [InlineData("Exemple 2 : la plage est grande.\n\n- Couverture : 85 %\n", "85 %")]
    public void A_value_under_prose_that_only_mentions_an_example_is_an_actual(string text, string value) =>
        Assert.Equal(FactRole.Actual, FactOf(text, value).Role);

    [Theory]
    [InlineData("No system can be 100% safe.\n", "100%", FactStance.Negated | FactStance.Modal)]
    [InlineData("La disponibilité n'est pas encore à 99,9 %.\n", "99,9 %", FactStance.Negated)]
    [InlineData("The service should reach 99.9% uptime.\n", "99.9%", FactStance.Modal)]
    [InlineData("Une couverture de 100 % est visée.\n", "100 %", FactStance.Modal)]
    [InlineData("Is coverage really at 100%?\n", "100%", FactStance.Question)]
    [InlineData("La couverture est-elle à 100 % ?\n", "100 %", FactStance.Question)]
    [InlineData("The vendor calls it \"100% reliable\" in its brochure.\n", "100%", FactStance.Quoted)]
    [InlineData("Le fournisseur le dit « fiable à 100 % » dans sa brochure.\n", "100 %", FactStance.Quoted)]
    public void A_negated_modal_asked_or_quoted_value_is_not_an_actual(string text, string value, FactStance stance)
    {
        Fact fact = FactOf(text, value);
        Assert.Equal(stance, fact.Stance);
        Assert.False(fact.IsActual);
    }

    [Theory]
    [InlineData("The aim is to have every check green.\n", FactStance.Modal)]
    [InlineData("Pas encore certifié.\n", FactStance.Negated)]
    [InlineData("All checks are green.\n", FactStance.None)]
    [InlineData("Tout est certifié.\n", FactStance.None)]
    public void A_statement_without_value_carries_its_stance(string text, FactStance stance) =>
        Assert.Equal(stance, StatementOf(text).Stance);

    [Theory]
    [InlineData("> \"ReportLint gave us 100% confidence in our reports.\"\n>\n> — Jane Doe, CTO\n")]
    [InlineData("> « Nous avons 100 % de confiance dans nos rapports. »\n> — Marie Dupont, DSI\n")]
    [InlineData("> The service has had 100% uptime for two years now.\n\n– [a user on the forum](https://example.com/t/1)\n")]
    [InlineData("> Le service tient 100 % de disponibilité depuis deux ans.\n— Marie Dupont, sur le forum\n")]
    public void A_testimonial_blockquote_is_quoted(string text)
    {
        Fact fact = ReportModelTests.ModelOf(text).Statements.SelectMany(s => s.Facts).Single();
        Assert.True(fact.Stance.HasFlag(FactStance.Quoted));
        Assert.False(fact.IsActual);
    }

    [Theory]
    [InlineData("> **Status:** coverage at 100%\n")]
    [InlineData("> **Statut :** couverture à 100 %\n")]
    [InlineData("> **Status:** coverage at 100%\n\n- Next: release notes\n")]
    public void A_call_out_blockquote_states_the_reports_own_claims(string text)
    {
        Fact fact = ReportModelTests.ModelOf(text).Statements.SelectMany(s => s.Facts).Single();
        Assert.True(fact.IsActual);
    }

    [Fact]
    public void A_value_in_a_target_column_is_a_target()
    {
        ModelStatement row = ReportModelTests.ModelOf("| Metric | Target | Notes |\n|---|---|---|\n| Coverage | 90% | ok |\n").Statements.Last();
        Assert.Equal(FactRole.Target, Assert.Single(row.Facts).Role);
    }
}
