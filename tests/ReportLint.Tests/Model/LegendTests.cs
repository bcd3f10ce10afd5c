using ReportLint.Diagnostics;
using ReportLint.Rules;

namespace ReportLint.Tests.Model;

/// <summary>
/// A list right after a legend's title ("**Legend:**", "## Status Legend", "**Légende :**": lexicon section
/// <c>legend</c>) says what the report's marks mean. Its entries hold no status: no rule reads "- 🟢 En cours" as work
/// marked done while in progress, nor "- ⏳ Pending" as work still to do. The same list under another lead-in is read
/// as the report's items.
/// </summary>
public class LegendTests
{
    private static string[] Findings(string report) =>
        BuiltInRules.CreateLinter().Lint(report).Diagnostics
            .Where(d => d.Id.StartsWith("RL3", StringComparison.Ordinal)).Select(d => $"{d.Id}:{d.Line}").ToArray();

    [Theory]
    [InlineData("**Legend:**")]
    [InlineData("## 📋 Status Legend")]
    public void The_entries_of_a_legend_hold_no_status_in_English(string title)
    {
        string report = $"""
            # Sprint report

            ## Summary

            **Status:** ✅ COMPLETE

            - ✅ Login
            - ✅ Signup

            {title}
            - ✅ Done
            - 🟢 In progress
            - ⏳ Pending

            """;
        Assert.Empty(Findings(report));
        Assert.Equal(["RL3003:5"], Findings(report.Replace(title, "**Notes:**", StringComparison.Ordinal)).Order());
    }

    [Theory]
    [InlineData("**Légende :**")]
    [InlineData("### Légende des statuts")]
    public void Les_entrees_d_une_legende_n_ont_pas_de_statut(string title)
    {
        string report = $"""
            # Bilan du sprint

            ## Synthèse

            **Statut :** ✅ TERMINÉ

            - ✅ Connexion
            - ✅ Inscription

            {title}
            - ✅ Complété
            - 🟢 En cours
            - ⏳ Pas commencé

            """;
        Assert.Empty(Findings(report));
        Assert.Equal(["RL3002:12", "RL3003:5"], Findings(report.Replace(title, "**Notes :**", StringComparison.Ordinal)).Order());
    }
}
