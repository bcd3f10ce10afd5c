using ReportLint.Rules;

namespace ReportLint.Tests.Model;

/// <summary>
/// What a report states under a heading of the state the work started from ("### Before Optimization", "### Baseline
/// Load Test", "### Avant ce projet": <c>ModelSection.IsStateBefore</c>) is the past the work improved on: RL3002 does
/// not read its ❌ as the work said undone, and RL3004 does not compare its values with the report's current ones. The
/// same lines under a heading of no moment are still compared.
/// </summary>
public class StateBeforeTests
{
    private static string[] Findings(string report) =>
        BuiltInRules.CreateLinter().Lint(report).Diagnostics
            .Where(d => d.Id is "RL3002" or "RL3004").Select(d => $"{d.Id}:{d.Line}").Order().ToArray();

    [Fact]
    public void Values_before_the_work_are_not_compared_with_the_results_in_English()
    {
        const string report = """
            # Latency optimization report

            ## Results

            ### Before Optimization

            - ❌ P99 Latency: 237 ms (over the 200 ms target)
            - Error Rate: 0.98%

            ### Summary

            - ✅ P99 Latency: 65 ms
            - ✅ Error Rate: 0.50%
            """;
        Assert.Empty(Findings(report));
        Assert.Equal(["RL3002:12", "RL3004:13"], Findings(report.Replace("Before Optimization", "Load test", StringComparison.Ordinal)));
    }

    [Fact]
    public void Les_valeurs_d_avant_le_travail_ne_sont_pas_comparees_aux_resultats()
    {
        const string report = """
            # Rapport d'optimisation

            ## Résultats

            ### Avant ce projet

            - ❌ Latence P99 : 237 ms (au-dessus de l'objectif de 200 ms)
            - Taux d'erreur : 0,98 %

            ### Synthèse

            - ✅ Latence P99 : 65 ms
            - ✅ Taux d'erreur : 0,50 %
            """;
        Assert.Empty(Findings(report));
        Assert.Equal(["RL3002:12", "RL3004:13"], Findings(report.Replace("Avant ce projet", "Test de charge", StringComparison.Ordinal)));
    }
}
