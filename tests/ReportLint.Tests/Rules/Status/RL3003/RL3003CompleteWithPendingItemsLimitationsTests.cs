using ReportLint.Diagnostics;
using ReportLint.Rules;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

/// <summary>RL3003: a section headed "(100%)" that names a part another line says is not implemented.</summary>
public class RL3003CompleteWithPendingItemsLimitationsTests
{
    private static Diagnostic[] Findings(string report) =>
        BuiltInRules.CreateLinter().Lint(StatusReports.Checked(report)).Diagnostics.Where(d => d.Id == "RL3003").ToArray();

    [Fact]
    public void Reports_a_complete_section_whose_tree_holds_a_part_the_limitations_call_a_placeholder()
    {
        const string report = """
            # Delivery report

            - ✅ Backend delivered
            - ✅ Frontend delivered
            - ✅ Docs delivered

            ## 1. Backend (100%)

            ```
            api/
            ├── routes/        # 5 routers
            └── importer/      # CSV importer (skeleton)
            ```

            ## Known limitations

            1. **CSV importer**: placeholder, returns sample rows
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((7, 16), (d.Line, d.Column));
        Assert.Equal("'1. Backend (100%)' but line 12 names 1 item that is not done: 'CSV importer: placeholder, returns sample rows' (not implemented, line 17)", d.Message);
    }

    [Fact]
    public void Signale_une_section_a_100_pourcent_qui_nomme_une_partie_non_implementee()
    {
        const string report = """
            # Rapport final

            - ✅ Serveur livré
            - ✅ Client livré
            - ✅ Documentation livrée

            ### 2. Serveur (100%)

            - **Synchronisation des comptes** - import nocturne
            - **Export PDF** - rapports mensuels

            ## Limitations connues

            - **Export PDF** : non implémenté (prévu en v2)
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((7, 17), (d.Line, d.Column));
        Assert.Equal("'2. Serveur (100%)' but line 10 names 1 item that is not done: 'Export PDF : non implémenté (prévu en v2)' (not implemented, line 14)", d.Message);
    }

    [Fact]
    public void A_share_that_is_not_the_section_or_a_part_named_elsewhere_is_not_reported()
    {
        const string report = """
            # Delivery report

            - ✅ Backend delivered
            - ✅ Frontend delivered
            - ✅ Docs delivered

            ## 1. Backend (100%)

            - **Routes** - 5 routers

            ## Rendering 100% client side

            - **CSV importer** - parses uploads

            ## Known limitations

            1. **CSV importer**: placeholder, returns sample rows
            """;
        Assert.Empty(Findings(report));
    }
}
