using ReportLint.Diagnostics;
using ReportLint.Rules;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

/// <summary>RL3002: a done item that a list of next steps still asks to make.</summary>
public class RL3002MarkContradictsLineAheadTests
{
    private static Diagnostic[] Findings(string report) =>
        BuiltInRules.CreateLinter().Lint(StatusReports.Checked(report)).Diagnostics.Where(d => d.Id == "RL3002").ToArray();

    [Fact]
    public void Reports_a_done_row_that_a_next_step_still_sets_up()
    {
        const string report = """
            # Launch report: 100% complete

            ## Tasks

            | #   | Task                          | Status      | Priority |
            | --- | ----------------------------- | ----------- | -------- |
            | 11  | Sitemap & robots              | ✅ Complete | High     |
            | 12  | GA4 property & event tracking | ✅ Complete | High     |

            ## Next Steps

            **Recommended:** 5. ⚠️ Set up GA4 property (30 min) - Optional 6. ⚠️ Create OG image (30 min)
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((8, 41), (d.Line, d.Column));
        Assert.Equal("✅ marks 'GA4 property & event tracking' as done, but line 12 still lists it to do: \"Set up GA4 property (30 min)\"", d.Message);
    }

    [Fact]
    public void Signale_une_case_cochee_qu_une_recommandation_demande_encore_d_activer()
    {
        const string report = """
            # Rapport d'optimisation : 100 % terminé

            ## Branche 3

            - [x] Cache des réponses API
            - [x] Minification CSS
            - [x] Compression Brotli serveur

            ## Recommandations pour la production

            1. **Compression Brotli** — Activer au niveau du serveur
            2. **Supervision** — Ajouter des alertes
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((7, 3), (d.Line, d.Column));
        Assert.Equal("[x] marks 'Compression Brotli serveur' as done, but line 11 still lists it to do: \"Compression Brotli — Activer au niveau du serveur\"", d.Message);
    }

    // An action plan is work ahead, as a list of next steps is: its open boxes say what to do next, not that done work
    // is undone ("Tests frontend configurations" there is the tests of a component still to build).
    [Theory]
    [InlineData("## Action Plan", "### Priority 2: Complete the settings page", "- ✅ Frontend tests: 15/15 passing", "- [ ] Frontend tests settings")]
    [InlineData("## 📋 PLAN D'ACTION PRIORISÉ", "#### 7. Compléter le frontend (Configurations)", "- ✅ Tests Frontend : 15/15 passent", "- [ ] Tests frontend configurations")]
    public void An_open_box_of_an_action_plan_is_no_evidence_against_a_done_item(string plan, string part, string done, string open)
    {
        string report = $"""
            # Project status: 100% complete

            ## Done
            {done}
            - ✅ Backend

            {plan}

            {part}
            - [ ] Create the component
            {open}
            """;
        Assert.Empty(Findings(report));
        Assert.Single(Findings(report.Replace(plan, "## Open items", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_next_step_that_extends_or_checks_done_work_is_not_reported()
    {
        const string report = """
            # Launch report: 100% complete

            - ✅ Unit tests written
            - ✅ Grafana dashboards
            - ✅ Deployment scripts

            ## Next Steps

            1. Run unit tests in CI
            2. Create Grafana dashboards for staging
            3. Add more unit tests
            4. **Unit tests** - raise coverage to 90%
            """;
        Assert.Empty(Findings(report));
    }

    [Fact]
    public void Une_etape_suivante_sans_rapport_de_completion_n_est_pas_signalee()
    {
        const string report = """
            # Compte rendu de la réunion

            - ✅ Compression Brotli serveur

            ## Prochaines étapes

            1. **Compression Brotli** — Activer au niveau du serveur
            """;
        Assert.Empty(Findings(report));
    }
}
