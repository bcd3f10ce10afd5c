using ReportLint.Diagnostics;
using ReportLint.Rules;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

/// <summary>
/// RL3002's cross-references beyond item keys: a done line naming a part whose own status line is not done, and a
/// done item whose name leads an item that says in words it is not done.
/// </summary>
public class RL3002MarkContradictsLinePartsTests
{
    private static Diagnostic[] Findings(string report) =>
        BuiltInRules.CreateLinter().Lint(StatusReports.Checked(report)).Diagnostics.Where(d => d.Id == "RL3002").ToArray();

    [Fact]
    public void Reports_a_done_row_naming_a_part_whose_status_line_is_partial()
    {
        const string report = """
            # Release 7 status

            ```
            ╔══════════════════════════════════════╗
            ║  7A: Storage layer      ✅ 100%       ║
            ║  7B: Query planner      🟡 80%        ║
            ╚══════════════════════════════════════╝
            ```

            ## Owners

            | Owner  | Parts  | Work              | Status      |
            | ------ | ------ | ----------------- | ----------- |
            | @alice | 7A, 7B | Storage, planner  | ✅ Complete |
            | @bob   | 7A     | Storage           | ✅ Complete |
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((14, 41), (d.Line, d.Column));
        Assert.Equal("✅ marks '@alice' as done, but line 6 says 7B is not: \"7B: Query planner 80%\"", d.Message);
    }

    [Fact]
    public void Reports_a_done_timeline_step_over_a_range_of_parts_one_of_them_partial()
    {
        const string report = """
            # Rapport de la phase 4

            ```
            ╔════════════════════════════════╗
            ║  4A: Collecte      ✅ 100%      ║
            ║  4B: Nettoyage     ✅ 100%      ║
            ║  4C: Export        🟡 60%       ║
            ╚════════════════════════════════╝
            ```

            ## Calendrier

            ```
            Semaine du 1er mars :
            ├─ 3 mars : Phase 4A-C terminée ✅
            ├─ 4 mars : Export final 🟡 EN COURS
            └─ 5 mars : revue
            ```
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((15, 33), (d.Line, d.Column));
        Assert.Equal("✅ marks '3 mars : Phase 4A-C terminée' as done, but line 7 says 4C is not: \"4C: Export 60%\"", d.Message);
    }

    [Fact]
    public void A_done_line_naming_only_done_parts_or_a_sub_step_is_not_reported()
    {
        const string report = """
            # Release 7 status

            ```
            ║  7A: Storage layer      ✅ 100%       ║
            ║  7B: Query planner      🟡 80%        ║
            ```

            | Owner  | Parts | Work              | Status      |
            | ------ | ----- | ----------------- | ----------- |
            | @alice | 7A    | Storage           | ✅ Complete |

            - ✅ 7B-1: Parser rewritten
            """;
        Assert.Empty(Findings(report));
    }

    [Fact]
    public void Reports_a_done_item_its_own_limitation_says_is_not_executed()
    {
        const string report = """
            # Pipeline report: 100% complete

            ## Stages

            1. **Collection** ✅
            2. **Fine-tuning** ✅

            ## Known limitations

            1. **Fine-tuning**: data preparation only, not executed on the cluster
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((6, 20), (d.Line, d.Column));
        Assert.Equal("✅ marks 'Fine-tuning' as done, but line 10 says it is not: \"Fine-tuning: data preparation only, not executed on the cluster\"", d.Message);
    }

    [Fact]
    public void Signale_un_element_fait_que_sa_limite_dit_non_implemente()
    {
        const string report = """
            # Rapport : 100 % terminé

            ## Modules

            - ✅ **Synchronisation** des comptes
            - ✅ **Exportation**

            ## Limitations connues

            - **Synchronisation** : structure de base, non implémentée côté serveur
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((5, 3), (d.Line, d.Column));
        Assert.Equal("✅ marks 'Synchronisation' as done, but line 10 says it is not: \"Synchronisation : structure de base, non implémentée côté serveur\"", d.Message);
    }

    [Fact]
    public void A_limitation_that_does_not_say_not_done_or_names_another_item_is_not_reported()
    {
        const string report = """
            # Rapport : 100 % terminé

            - ✅ **Synchronisation** des comptes
            - ✅ **Exportation**

            ## Limitations connues

            - **Synchronisation** : lente au-delà de 10 000 comptes
            - **Importation** : non implémentée
            """;
        Assert.Empty(Findings(report));
    }
}
