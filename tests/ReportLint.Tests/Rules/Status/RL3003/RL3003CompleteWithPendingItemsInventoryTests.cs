using ReportLint.Diagnostics;
using ReportLint.Rules;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

/// <summary>RL3003: all of a count said done while the report's inventory of that count has a share partial.</summary>
public class RL3003CompleteWithPendingItemsInventoryTests
{
    private static Diagnostic[] Findings(string report) =>
        BuiltInRules.CreateLinter().Lint(StatusReports.Checked(report)).Diagnostics.Where(d => d.Id == "RL3003").ToArray();

    [Fact]
    public void Signale_un_compte_complet_que_l_inventaire_contredit()
    {
        const string report = """
            # Bilan

            - ✅ Scripts créés
            - ✅ Génération lancée
            - 🔄 Tests en cours

            **12 / 12 modules = 100% ✅**

            ## Tous les modules (12)

            **✅ Complets (8):** Paie, Congés, Agenda, Stock, Achats, Ventes, Clients, Rapports
            **🔶 Partiels (4):** Audit, Flotte, Litiges, Archives
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((7, 3), (d.Line, d.Column));
        Assert.Equal("'12 / 12 modules' but 'Tous les modules (12)' at line 9 counts 4 that are not done: '🔶 Partiels (4): Audit, Flotte, Litiges, Archives' (partial, line 12)", d.Message);
    }

    [Fact]
    public void Signale_un_inventaire_dont_seul_le_titre_dit_partiels_avec_ou_sans_triage()
    {
        // « Partiels » est le seul mot de l'inventaire qui dise « pas fini » : la règle doit être lancée quand même.
        const string report = """
            # Bilan

            - ✅ Scripts créés
            - ✅ Génération lancée

            **12 / 12 modules = 100% ✅**

            ## Tous les modules (12)

            **Complets (8) :** Paie, Congés, Agenda, Stock, Achats, Ventes, Clients, Rapports
            **Partiels (4) :** Audit, Flotte, Litiges, Archives
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((6, 3), (d.Line, d.Column));
        Assert.Equal(d.Message, Assert.Single(BuiltInRules.CreateLinter(triage: false).Lint(report).Diagnostics, x => x.Id == "RL3003").Message);
    }

    [Fact]
    public void Reports_a_full_count_against_an_inventory_with_pages_in_progress()
    {
        const string report = """
            # Frontend report

            - ✅ Routing
            - ✅ Theming
            - 🔄 Forms in progress

            Pages: 10/10 pages ✅

            ## All pages (10)

            - **Done (7):** Home, Login, Cart, Search, Profile, Orders, Help
            - **In progress (3):** Checkout, Admin, Reports
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal(7, d.Line);
        Assert.Equal("'10/10 pages' but 'All pages (10)' at line 9 counts 3 that are not done: 'In progress (3): Checkout, Admin, Reports' (partial, line 12)", d.Message);
    }

    [Fact]
    public void An_inventory_of_another_count_or_all_done_is_not_reported()
    {
        const string report = """
            # Frontend report

            - ✅ Routing
            - ✅ Theming
            - 🔄 Forms in progress

            Pages: 10/10 pages ✅

            ## All pages (10)

            - **Done (10):** Home, Login, Cart, Search, Profile, Orders, Help, Checkout, Admin, Reports

            ## All components (24)

            - **In progress (3):** Table, Chart, Map
            """;
        Assert.Empty(Findings(report));
    }
}
