using ReportLint.Analysis;
using ReportLint.Rules;
using ReportLint.Rules.Arithmetic;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

public class RL2003CompletionMismatchTests
{
    private static void Verify(string markup, AnalysisOptions? options = null) => RuleVerifier.Verify(new RL2003CompletionMismatch(), StatusReports.Of(markup), options: options);

    [Fact]
    public void Reports_a_section_percentage_its_items_contradict() => Verify("""
        ### Operations ✅ [|90% COMPLETE|]

        | Task | Status | Notes |
        |------|--------|-------|
        | Runbooks | ✅ | Complete procedures |
        | Team training | ⏳ | Formal training pending |
        | On-call rotation | ⏳ | Needs real team setup |
        | Alerting | ✅ | PagerDuty |
        | DR drills | ⏳ | Need to execute |
        | Incident response | ✅ | 4 severity levels |
        """);

    [Fact]
    public void Message_writes_the_share_with_the_reports_decimal_mark()
    {
        var result = BuiltInRules.CreateLinter().Lint("## Sprint — 80% terminé\n\nEffort : 12,5 j.\n\n- [x] A\n- [ ] B\n- [ ] C\n");
        var d = Assert.Single(result.Diagnostics, d => d.Id == "RL2003");
        Assert.Equal("'80% terminé' but 1 of 3 items of the section are done (33,3%); not done: 'B' (line 6)", d.Message);
    }

    // An item is named by its words, not by the bold status after them ("❌ Ask user for name → **NOT IMPLEMENTED**");
    // a bold lead still names it ("⏳ **Export PDF** : en attente").
    [Fact]
    public void Message_names_an_item_by_its_words_not_by_its_bold_status_in_English_and_French()
    {
        var english = Assert.Single(BuiltInRules.CreateLinter().Lint(
            "### 1. Setup Wizard (50% Complete)\n\n- ❌ Ask user for name → **NOT IMPLEMENTED**\n- ❌ Create the config directory → **NOT IMPLEMENTED**\n- ⚠️ Show a completion message → **PARTIAL**\n").Diagnostics,
            d => d.Id == "RL2003");
        Assert.Equal((1, 22), (english.Line, english.Column));
        Assert.Equal("'50% Complete' but 0 of 3 items of the section are done (0%); not done: 'Ask user for name → NOT IMPLEMENTED' (line 3)", english.Message);

        var french = Assert.Single(BuiltInRules.CreateLinter().Lint(
            "## Sprint — 80% terminé\n\n- ✅ Routeur\n- ⏳ **Export PDF** : en attente\n- ❌ Facturation → **NON FAIT**\n").Diagnostics,
            d => d.Id == "RL2003");
        Assert.Equal("'80% terminé' but 1 of 3 items of the section are done (33.3%); not done: 'Export PDF' (line 4)", french.Message);
    }

    [Fact]
    public void Message_counts_the_items()
    {
        var result = BuiltInRules.CreateLinter().Lint("## Sprint — 80% terminé\n\n- [x] A\n- [ ] B\n- [ ] C\n- [ ] D\n");
        var d = Assert.Single(result.Diagnostics, d => d.Id == "RL2003");
        Assert.Equal((1, 13), (d.Line, d.Column));
        Assert.Equal("'80% terminé' but 1 of 4 items of the section are done (25%); not done: 'B' (line 4)", d.Message);
    }

    [Fact]
    public void Reports_an_overall_figure_the_section_figures_contradict() => Verify("""
        **Overall [|Completion:** ~60%|]

        ## Week 1 ✅ 100% COMPLETE
        ## Week 2 ✅ 100% COMPLETE
        ## Week 3 ✅ 95% COMPLETE
        """.Replace("[|Completion:** ~60%|]", "[|Completion:** ~60%|]", StringComparison.Ordinal));

    [Fact]
    public void The_tolerance_is_an_option()
    {
        const string report = "## Build — 70% complete\n\n- [x] A\n- [x] B\n- [x] C\n- [ ] D\n- [ ] E\n";
        Verify(report.Replace("70% complete", "[|70% complete|]", StringComparison.Ordinal));
        Verify(report, new AnalysisOptions.Builder().SetOption(RL2003CompletionMismatch.ToleranceOption, "10").Build());
    }

    [Fact]
    public void Does_not_report_figures_that_agree_or_sections_with_few_items() => Verify("""
        ## Week 6 — 75% complete

        - [x] A
        - [x] B
        - [x] C
        - [ ] D

        ## Week 7 — 50% complete

        - [x] A
        - [ ] B
        """);

    [Fact]
    public void Does_not_report_a_lower_figure_over_items_all_done_in_English_and_French() => Verify("""
        ## What Works

        ### Project Creation (80% Complete)
        - ✅ `mw new` creates projects
        - ✅ FastAPI template with working code
        - ✅ Includes README.md and .gitignore

        ### Installation (50 % terminé)
        - ✅ Script d'installation
        - ✅ Bannière affichée
        - ✅ Version de Python vérifiée

        ## What's Broken

        - ❌ Project templates lack tests
        - ❌ Le wizard ne demande pas de clé

        ## Checklist

        - ✅ A
        - ✅ B
        - ✅ C
        - ✅ D
        - ✅ E

        **Readiness:** 85%
        """);

    [Fact]
    public void Reports_a_lower_figure_when_some_items_are_not_done_in_English_and_French() => Verify("""
        ### Project Creation ([|20% Complete|])
        - ✅ `mw new` creates projects
        - ✅ FastAPI template with working code
        - ✅ Includes README.md and .gitignore
        - ⏳ Auto-init git repo

        ### Installation ([|10 % terminé|])
        - ✅ Script d'installation
        - ✅ Bannière affichée
        - ✅ Version de Python vérifiée
        - ⏳ Clé d'API demandée
        """);

    [Fact]
    public void Does_not_report_percentages_that_are_not_completion() => Verify("""
        ## Coverage 80%

        - [x] A
        - [ ] B
        - [ ] C
        - [ ] D
        """);

    [Fact]
    public void Reports_a_progress_key_line_that_the_checklist_above_it_contradicts_in_English_and_French() => Verify("""
        ### Production Checklist
        - ✅ Backend APIs functional
        - ✅ Frontend pages connected
        - ✅ Database schema defined
        - ⏳ Environment variables documented
        - ⏳ Backups tested

        **Current Production Readiness:** [|85%|] ✅

        ### Liste de contrôle
        - [x] API
        - [x] Pages
        - [ ] Migrations
        - [ ] Sauvegardes
        - [ ] Supervision

        **Avancement :** [|90 %|]
        """);

    [Fact]
    public void Key_line_message_counts_the_list_above()
    {
        var d = Assert.Single(BuiltInRules.CreateLinter().Lint(StatusReports.WithFooter("- ✅ A\n- ✅ B\n- ✅ C\n- ⏳ D\n- ⏳ E\n\n**Readiness:** 85%\n")).Diagnostics, d => d.Id == "RL2003");
        Assert.Equal((7, 16), (d.Line, d.Column));
        Assert.Equal("'Readiness: 85%' but 3 of 5 items of the list above are done (60%); not done: 'D' (line 4)", d.Message);
    }

    // Beside a table, or over the list or table it leads in, a key of progress or of overall status ("Statut global",
    // "Current Status") is compared too, and its figure is its first percentage ("4/7 complete (57%)"). There a partial
    // item may count for all of it: only a figure above the share of items done or partial is reported.
    [Fact]
    public void Reports_a_status_key_line_over_more_than_its_table_or_list_holds_done_in_French_and_English() => Verify("""
        ### 4.1 Application

        **Statut global : 🟡 Partiel ([|40 %|])**

        | Composant | Statut |
        |---|---|
        | OAuth | ✅ |
        | Webhook app | ✅ |
        | Webhook données | ❌ |
        | Webhook effacement | ❌ |
        | Sessions | 🟡 SQLite seulement |
        | Facturation | ❌ |
        | Interface | ❌ |
        | Politique de confidentialité | ❌ |
        | Consentement RGPD | ❌ |
        | Traductions | ❌ |
        | Thème | ❌ |

        ### Definition of Done

        - [x] Real authentication enabled
        - [ ] Storage buckets created
        - [ ] File uploads working
        - [ ] Verification UI integrated
        - [ ] All manual tests passing

        **Current Status:** 4/5 complete ([|80%|])
        """);

    [Fact]
    public void Key_line_message_says_where_the_items_are()
    {
        var d = Assert.Single(BuiltInRules.CreateLinter().Lint(StatusReports.WithFooter(
            "**Overall status:** 75%\n\n| Part | Status |\n|---|---|\n| A | ✅ |\n| B | ✅ |\n| C | ❌ |\n| D | ❌ |\n| E | ❌ |\n")).Diagnostics, d => d.Id == "RL2003");
        Assert.Equal((1, 21), (d.Line, d.Column));
        Assert.Equal("'Overall status: 75%' but 2 of 5 items of the table below are done (40%); not done: 'C' (line 7)", d.Message);
    }

    [Fact]
    public void Does_not_report_a_status_key_line_its_partial_items_or_own_percentages_allow_in_French_and_English() => Verify("""
        **Statut global : 🟡 Très partiel (15 %)**

        | Composant | Statut |
        |---|---|
        | Catalogue | 🟡 Partiel |
        | Panier | 🟡 Partiel |
        | Paiement | ❌ |
        | Livraison | ❌ |
        | Factures | ❌ |

        **Statut global : 🟡 Partiel (30 %)**

        | Composant | Statut |
        |---|---|
        | OAuth | ✅ |
        | Webhooks | ✅ |
        | Billing | ❌ |
        | UI | ❌ |
        | Docs | ❌ |

        | Category | Status | Completion |
        |---|---|---|
        | Models | ✅ Complete | 100% |
        | API | ⏳ Partial | 85% |
        | Campaigns | ✅ Complete | 95% |
        | Renderers | ⏳ Partial | 25% |
        | Testing | ❌ Not Started | 0% |

        **Overall status**: ~75%
        """);

    [Fact]
    public void Does_not_report_a_key_line_the_list_agrees_with_or_a_list_without_marks() => Verify("""
        - ✅ A
        - ✅ B
        - ✅ C
        - ⏳ D
        - ⏳ E

        **Readiness:** 60%

        - A
        - B
        - C
        - D
        - E

        **Avancement :** 90 %
        """);

    [Fact]
    public void Does_not_compare_an_overall_share_of_its_own_fraction_with_the_mean_of_sections() => Verify("""
        # Report

        ## Phase 1 (30/30 tasks) - 100% Complete
        ## Phase 2 (10/10 tasks) - 100% Complete
        ## Phase 3 (0/40 tasks) - 0% Complete
        ## Phase 4 (0/20 tasks) - 0% Complete

        **TOTAL: 40/100 tasks complete (40% overall)**
        """);

    // The overall figure is the share of a fraction the report writes beside it elsewhere ("5/8 (63%)", 62.5% to the
    // figure's last digit): the sections describe only the sprints done, so their mean is no check of it. A figure
    // that no fraction gives is still compared (issue 49).
    [Fact]
    public void Does_not_compare_an_overall_share_of_a_fraction_stated_elsewhere()
    {
        const string report = """
            **Status**: 🎉 **SPRINTS 1-5 COMPLETE** (63% Overall)

            | Metric | Value |
            |---|---|
            | **Sprints Complete** | 5/8 (63%) |

            ### Sprint 1 (100% Complete)
            ### Sprint 2 (100% Complete)
            ### Sprint 3 (100% Complete)
            ### Sprint 4 (100% Complete)
            ### Sprint 5 (100% Complete)
            """;
        Verify(report);
        Verify(report.Replace("5/8 (63%)", "5/9 (55.6%)", StringComparison.Ordinal)
            .Replace("COMPLETE** (63%", "[|COMPLETE** (63%|]", StringComparison.Ordinal));
    }

    [Fact]
    public void Does_not_compare_an_overall_share_of_a_fraction_stated_elsewhere_in_French()
    {
        const string report = """
            # Rapport de sprint

            **Statut** : ✅ **SPRINTS 1-3 TERMINÉS** (60 % global)

            | Indicateur | Valeur |
            |---|---|
            | Sprints terminés | 3/5 (60 %) |

            ### Sprint 1 (100 % terminé)
            ### Sprint 2 (100 % terminé)
            ### Sprint 3 (100 % terminé)
            """;
        RuleVerifier.Verify(new RL2003CompletionMismatch(), report);
        RuleVerifier.Verify(new RL2003CompletionMismatch(), report.Replace("3/5 (60 %)", "trois", StringComparison.Ordinal)
            .Replace("TERMINÉS** (60 %", "[|TERMINÉS** (60 %|]", StringComparison.Ordinal));
    }

    [Fact]
    public void Reports_a_box_overall_the_phases_above_it_contradict_in_English_and_French() => Verify("""
        ```
        ╔══════════════════════════════════════════╗
        ║  RELEASE 4 STATUS                        ║
        ║  Parsing        ✅ 100% COMPLETE         ║
        ║  Indexing       ✅ 100% COMPLETE         ║
        ║  Search API     🟡 60% (In progress)     ║
        ║  Ranking        ⏳ Pending               ║
        ║                                          ║
        ║  OVERALL PROGRESS: [|90%|]                   ║
        ╚══════════════════════════════════════════╝
        ```

        ```
        ╔══════════════════════════════════════════╗
        ║  Lot 1 : ✅ Import des données           ║
        ║  Lot 2 : ✅ Tableau de bord (80%)        ║
        ║  Lot 3 : ⏳ Exports (en attente)         ║
        ║                                          ║
        ║  Progression globale : [|95%|]               ║
        ╚══════════════════════════════════════════╝
        ```
        """);

    [Fact]
    public void Box_message_shows_the_mean_of_the_phases()
    {
        const string report = "```\n╔══════════════════════════════╗\n║  Phase 1: ✅ Parser          ║\n║  Phase 2: 🟡 50% Indexer     ║\n║  Phase 3: ⏳ Ranking         ║\n║                              ║\n║  Overall Progress: 80%       ║\n╚══════════════════════════════╝\n```\n";
        var d = Assert.Single(BuiltInRules.CreateLinter().Lint(report).Diagnostics, d => d.Id == "RL2003");
        Assert.Equal((7, 22), (d.Line, d.Column));
        Assert.Equal("'Overall Progress: 80%' but the 3 phases above it in its box (lines 3–5) average (100 + 50 + 0) / 3 = 50%; a phase marked done without a figure counts 100%, one pending 0%", d.Message);
    }

    [Fact]
    public void Does_not_report_a_box_whose_overall_is_the_mean_or_whose_phases_cannot_be_read() => Verify("""
        ```
        ╔══════════════════════════════════════════╗
        ║  Parsing        ✅ 100% COMPLETE         ║
        ║  Indexing       ✅ 100% COMPLETE         ║
        ║  Search API     🟡 60% (In progress)     ║
        ║  Ranking        ⏳ Pending               ║
        ║  OVERALL PROGRESS: 65%                   ║
        ╚══════════════════════════════════════════╝
        ```

        ```
        ╔══════════════════════════════════════════╗
        ║  Lot 1 : ✅ Import (3/4 écrans, 75%)     ║
        ║  Lot 2 : 🟡 Tableau de bord 40% / 60%    ║
        ║  Lot 3 : ⏳ Exports                      ║
        ║  Progression globale : 95%               ║
        ╚══════════════════════════════════════════╝
        ```

        ```
        ╔══════════════════════════════════════════╗
        ║  Backend: ✅ Done                        ║
        ║  Overall progress: 90%                   ║
        ╚══════════════════════════════════════════╝
        ```
        """);
}
