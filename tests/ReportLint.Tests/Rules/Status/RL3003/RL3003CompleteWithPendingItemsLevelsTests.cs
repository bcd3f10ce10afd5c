using ReportLint.Diagnostics;
using ReportLint.Rules;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

/// <summary>RL3003: a coloured circle before a level word ("🔴 HIGH", "🟡 MOYENNE") rates a risk or a priority; it is no pending work.</summary>
public class RL3003CompleteWithPendingItemsLevelsTests
{
    private static Diagnostic[] Findings(string report) =>
        BuiltInRules.CreateLinter().Lint(StatusReports.Checked(report)).Diagnostics.Where(d => d.Id == "RL3003").ToArray();

    [Fact]
    public void Does_not_read_the_levels_of_a_risk_table_as_work_left_in_English()
    {
        const string report = """
            # Release report

            **Status:** ✅ Production-ready

            - ✅ API shipped
            - ✅ UI shipped

            ## Risk assessment

            | Risk | Probability | Impact | Mitigation |
            |------|-------------|--------|------------|
            | Timeline | 🟡 MEDIUM | 🔴 HIGH | Start early |
            | Build issues | 🟢 LOW | 🟡 Medium | Provide support |
            """;
        Assert.Empty(Findings(report));
    }

    [Fact]
    public void Ne_lit_pas_les_niveaux_d_un_tableau_de_priorites_comme_du_travail_restant()
    {
        const string report = """
            # Rapport de livraison

            **Statut :** ✅ Prêt pour la production

            - ✅ API livrée
            - ✅ Interface livrée

            ## Priorités de la prochaine version

            | Sujet | Priorité |
            |-------|----------|
            | Documentation | 🟡 MOYENNE |
            | Sécurité | 🔴 CRITIQUE |
            """;
        Assert.Empty(Findings(report));
    }

    [Fact]
    public void Still_reads_a_coloured_circle_alone_as_a_status_in_English_and_French()
    {
        const string report = """
            # Release report

            **Status:** ✅ Production-ready

            - ✅ API shipped
            - 🟡 UI half done
            - 🟡 Paiement : moitié fait
            """;
        Diagnostic finding = Assert.Single(Findings(report));
        Assert.Equal(3, finding.Line);
        Assert.StartsWith("'Production-ready' but the report lists 2 items that are not done: 'UI half done'", finding.Message, StringComparison.Ordinal);
    }
}
