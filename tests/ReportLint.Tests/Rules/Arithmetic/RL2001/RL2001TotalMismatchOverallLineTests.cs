using ReportLint.Rules;
using ReportLint.Rules.Arithmetic;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

/// <summary>RL2001: an overall line right after a table ("**Overall Completeness**: 75%") against the mean of a column, a total line ("**TOTAL**: 11h") against its sum.</summary>
public class RL2001TotalMismatchOverallLineTests
{
    private static void Verify(string markup) => RuleVerifier.Verify(new RL2001TotalMismatch(), StatusReports.Of(markup));

    [Fact]
    public void Reports_an_overall_line_that_is_not_the_mean_of_its_table_in_English_and_French() => Verify("""
        | Area | Completeness | Status |
        |------|--------------|--------|
        | Backend | 100% | ✅ Complete |
        | Services | 41% (7/17) | ❌ Incomplete |
        | Tests | 5% | ❌ Critical |
        | Docs | 90% | ✅ Good |

        **Overall Project Completeness**: **[|75%|]**

        | Domaine | Avancement |
        |---------|------------|
        | API | 80 % |
        | Interface | 60 % |
        | Tests | 40 % |

        **Avancement global** : [|~80 %|] (et non les 95 % annoncés)
        """);

    [Fact]
    public void Reports_an_approximate_overall_line_beyond_five_per_cent_of_the_mean_in_English_and_French() => Verify("""
        | Category | Status | Score |
        |----------|--------|-------|
        | Performance | ✅ | 100% |
        | Security | ⚠️ | 70% |
        | Reviews | ✅ | 90% |

        **Overall Score**: ✅ **[|~95%|]**

        | Catégorie | Statut | Score |
        |-----------|--------|-------|
        | Performances | ✅ | **100%** |
        | Recette | ✅ | **100%** |
        | Sécurité npm | ✅ | **100%** |
        | Sécurité Python | ⚠️ | **50%** |
        | Revues | ✅ | **90%** |

        **Score Global Phase 2** : ✅ **[|~95%|]**
        """);

    [Fact]
    public void Does_not_report_an_approximate_overall_line_within_five_per_cent_of_the_mean_in_English_and_French() => Verify("""
        | Category | Status | Score |
        |----------|--------|-------|
        | Performance | ✅ | 100% |
        | Security | ⚠️ | 70% |
        | Reviews | ✅ | 90% |

        **Overall Score**: ✅ **~90%**

        | Catégorie | Statut | Score |
        |-----------|--------|-------|
        | Performances | ✅ | 100% |
        | Sécurité | ⚠️ | 50% |
        | Revues | ✅ | 90% |
        | Tests | ✅ | 100% |

        **Score Global** : **~82 %**
        """);

    [Fact]
    public void Reads_the_key_lines_under_an_overall_heading_and_picks_the_column_the_key_names() => Verify("""
        | Category | Target | Achieved |
        |----------|--------|----------|
        | Build | 98% | 100% |
        | Security | 80% | 100% |
        | Docs | 92% | 100% |

        ### Overall Achievement
        - **Original Target**: [|97%|]
        - **Final Achievement**: 100% ✅
        """);

    [Fact]
    public void Message_gives_the_mean_and_its_rows()
    {
        const string report = "| Area | Done |\n|---|---|\n| API | 70% |\n| UI | 60% |\n| Ops | 30% |\n\n**Overall Status**: 65% complete\n";
        var d = Assert.Single(BuiltInRules.CreateLinter().Lint(StatusReports.WithFooter(report)).Diagnostics, d => d.Id == "RL2001");
        Assert.Equal((7, 21), (d.Line, d.Column));
        Assert.Equal("Overall Status 65% ≠ (70 + 60 + 30) / 3 = 53.3% (the mean of rows 3–5, whose sum is 160%)", d.Message);
    }

    [Fact]
    public void Does_not_report_a_figure_that_is_a_columns_mean_its_count_a_weighted_table_or_a_line_far_off() => Verify("""
        | Area | Before | After |
        |------|--------|-------|
        | API | 50% | 90% |
        | UI | 40% | 80% |
        | Ops | 30% | 70% |

        **Overall**: 80% after the work

        | Area | Weight | Score |
        |------|--------|-------|
        | API | 50% | 90% |
        | UI | 30% | 60% |
        | Ops | 20% | 50% |

        **Overall score**: 73%

        | Area | Done |
        |------|------|
        | API | 90% |
        | UI | 60% |
        | Ops | 30% |

        **Overall**: 75% (9/12 tasks)

        | Domaine | Avant | Après |
        |---------|-------|-------|
        | API | 50 % | 90 % |
        | Interface | 40 % | 80 % |
        | Tests | 30 % | 70 % |

        **Moyenne** : 60 %

        ## Next

        ### Planning

        **Overall target**: 95%
        """);
}

/// <summary>RL2001: an overall line that closes or opens a run of key lines ("OVERALL: 90%" under five bars).</summary>
public class RL2001TotalMismatchOverallRunTests
{
    private static void Verify(string markup) => RuleVerifier.Verify(new RL2001TotalMismatch(), StatusReports.Of(markup));

    [Fact]
    public void Reports_an_overall_line_that_is_not_the_mean_of_the_lines_above_or_below_in_English_and_French() => Verify("""
        ```
        SECURITY:      ████████░░ 85%
        CODE QUALITY:  █████████░ 90%
        TESTING:       ██████████ 100% ✅
        DATABASE:      █████████░ 95%
        ────────────────────────
        OVERALL:       █████████░ [|90%|] 🟢
        ```

        - ✅ Overall Score: [|97/100|]

        Component Scores:
        - Accuracy: 96.4/100 ✅
        - Memory: 98.9/100 ✅
        - Stress: 100/100 ✅
        - Sources: 100/100 ✅

        ```
        Backend :     100 %
        Frontend :    100 %
        Tests :       0 %
        Progression globale : [|85 %|]
        ```

        ```
        │  Overall Progress:  ████████████████░░░░  [|85%|]   │
        │                                               │
        │  ✅ Configuration:  100% Complete             │
        │  ✅ Scripts:        100% Complete             │
        │  ⏳ Execution:       0%  (Ready to start)      │
        ```
        """);

    // An overall line right before the table that breaks it down, over a heading at most; a line between two tables is
    // the one above's, and a mean that agrees says nothing.
    [Fact]
    public void Reports_an_overall_line_before_its_table_in_French() => RuleVerifier.Verify(new RL2001TotalMismatch(), StatusReports.Checked("""
        # Rapport d'audit

        ### Score Global : **[|7.2/10|]**

        | Aspect | Score | Priorité |
        |--------|-------|----------|
        | Mobile | 8.5/10 | 🔴 CRITIQUE |
        | Sécurité | 7.0/10 | 🔴 HAUTE |
        | Documentation | 4.0/10 | 🟡 MOYENNE |

        ## Détail

        | Aspect | Score |
        |--------|-------|
        | API | 9/10 |
        | UI | 7/10 |

        **Score global** : 6.6/10

        | Aspect | Score |
        |--------|-------|
        | Tests | 2/10 |
        | Docs | 3/10 |
        | CI | 4/10 |
        """));

    [Fact]
    public void Reports_an_overall_line_before_its_table_in_English() => Verify("""
        **Overall Coverage**: [|85%|]

        ### Breakdown

        | Module | Coverage |
        |--------|----------|
        | Parser | 90% |
        | Router | 60% |
        | Cache | 75% |

        **Overall Completion**: 75%

        | Module | Completion |
        |--------|------------|
        | Parser | 90% |
        | Router | 70% |
        """);

    // Lines that say more of the verdict ("✅ Production Ready: YES") may stand between the overall line and the lead-in
    // of its parts; a line with a figure of its own still ends the run.
    [Fact]
    public void Reads_the_parts_after_verdict_lines_without_a_figure_in_French() => RuleVerifier.Verify(new RL2001TotalMismatch(), StatusReports.Checked("""
        # Rapport de validation

        ```
        ✅ Score global : [|97/100|]
        ✅ Prêt pour la production : OUI

        Scores par composant :
        - Exactitude : 80/100
        - Mémoire : 90/100
        - Robustesse : 100/100
        ```
        """));

    [Fact]
    public void Reads_the_parts_after_verdict_lines_without_a_figure_in_English() => Verify("""
        ```
        ✅ Overall Score: [|98.69/100|] (Grade: A+)
        ✅ Production Ready: YES
        ✅ All Components: EXCEEDS STANDARDS

        Component Scores:
        - Knowledge Accuracy: 96.4/100 ✅
        - Memory Efficiency: 98.9/100 ✅
        - Scenario Performance: 100.0/100 ✅
        - Stress Resilience: 100.0/100 ✅
        ```

        ```
        ✅ Overall Score: 97/100
        ✅ Uptime: 99.9%

        Component Scores:
        - Accuracy: 80/100
        - Memory: 90/100
        - Stress: 100/100
        ```
        """);

    // A column of targets is no column of results: the overall result is the mean of the results. A key that says it
    // is a target is the targets' ("Original Target: 96.9%").
    [Fact]
    public void Leaves_out_the_targets_column_in_French() => RuleVerifier.Verify(new RL2001TotalMismatch(), StatusReports.Checked("""
        # Rapport de sprint

        | Indicateur | Objectif | Mesuré | Statut |
        |------------|----------|--------|--------|
        | Disponibilité | 100 % | 100 % | ✅ |
        | Latence | 100 % | 50 % | ⚠️ |
        | Erreurs | 100 % | 30 % | ❌ |

        **Score global** : [|80 %|]

        | Catégorie | Objectif | Atteint |
        |-----------|----------|---------|
        | Build | 98 % | 100 % |
        | Docs | 95 % | 100 % |
        | Tests | 97 % | 100 % |

        - **Objectif initial** : 96,7 %
        """));

    [Fact]
    public void Leaves_out_the_targets_column_unless_the_key_names_a_target_in_English() => Verify("""
        | Metric | Target | Actual | Status |
        |--------|--------|--------|--------|
        | Pod Availability | 100% | 100% (8/8) | ✅ PASS |
        | Health Endpoints | 100% | 80% (4/5) | ⚠️ PARTIAL |
        | Query Functionality | 100% | 0% | ❌ FAIL |

        **Overall Health Score**: [|70%|]

        | Category | Target | Achieved |
        |----------|--------|----------|
        | Build | 98% | 100% |
        | Docs | 95% | 100% |
        | Tests | 97% | 100% |

        ### Overall Achievement
        - **Original Target**: 96.7%
        - **Final Achievement**: 100%
        """);

    [Fact]
    public void Message_gives_the_mean_and_its_lines()
    {
        const string report = "- API: 100%\n- UI: 100%\n- Tests: 0%\n- **Overall Progress**: 85%\n";
        var d = Assert.Single(BuiltInRules.CreateLinter().Lint(StatusReports.WithFooter(report)).Diagnostics, d => d.Id == "RL2001");
        Assert.Equal((4, 25), (d.Line, d.Column));
        Assert.Equal("Overall Progress 85% ≠ (100 + 100 + 0) / 3 = 66.7% (the mean of lines 1–3, whose sum is 200%)", d.Message);
    }

    [Fact]
    public void Does_not_report_a_mean_a_sum_a_short_run_or_parts_of_another_kind_in_English_and_French() => Verify("""
        - API: 90%
        - UI: 80%
        - Tests: 70%
        - **Overall**: 80%

        - Unit: 40 tests
        - E2E: 20 tests
        - Load: 10 tests
        - **Overall**: 70 tests

        - API: 90%
        - UI: 80%
        - **Overall**: 50%

        - API: 9/10
        - UI: 8/10
        - Tests: 70%
        - **Overall**: 50%

        - Docs: 90%
        - Build: 80%
        - Lint: 70%

        - API : 90 %
        - Interface : 80 %
        - Tests : 70 %

        Note sans rapport.

        - **Moyenne** : 50 %
        """);

    [Fact]
    public void Reports_a_total_line_after_a_table_against_the_column_of_its_unit_or_the_one_it_names_in_English_and_French() => Verify("""
        | Phase | Status | Duration |
        |-------|--------|----------|
        | Build | ✅ Done | 2h |
        | Test | ✅ Done | 3h |
        | Deploy | ✅ Done | 4h |

        **Total**: [|10h|]

        | Module | Routes | Tests |
        |--------|--------|-------|
        | Auth | 28 | 40 |
        | Users | 15 | 22 |
        | Roles | 14 | 18 |

        **Total routes:** [|60|]

        | Phase | Statut | Durée |
        |-------|--------|-------|
        | Exécution | ✅ Complété | 2h |
        | Revalidation | ✅ Validé | 3h |
        | Documentation | ✅ Livrée | 4h |
        | Support | ✅ Prêt | 1h |

        **TOTAL** : [|11h|] de coordination
        """);

    [Fact]
    public void Total_line_message_gives_the_sum_and_its_rows()
    {
        const string report = "| Phase | Duration |\n|---|---|\n| Build | 2h |\n| Test | 90 min |\n\n**Total effort**: 4h\n";
        var d = Assert.Single(BuiltInRules.CreateLinter().Lint(StatusReports.WithFooter(report)).Diagnostics, d => d.Id == "RL2001");
        Assert.Equal((6, 19), (d.Line, d.Column));
        Assert.Equal("Total effort 4h ≠ 2h + 90 min = 3.5h (rows 3–4)", d.Message);
    }

    [Fact]
    public void Does_not_report_a_total_line_that_is_a_columns_sum_names_no_column_or_counts_another_thing_in_English_and_French() => Verify("""
        | Document | Pages |
        |----------|-------|
        | Guide | 120 |
        | API | 161 |

        **Total**: 281 pages ✅

        | Module | Routes | Tests |
        |--------|--------|-------|
        | Auth | 28 | 40 |
        | Users | 15 | 22 |
        | Roles | 14 | 18 |

        **Total**: 90

        | Step | Time |
        |------|------|
        | Setup | 10 min |
        | Run | 15 min |

        **Total**: ~25 minutes
        **Sous-total** : 2h

        | Tâche | Durée |
        |-------|-------|
        | Analyse | 2h |
        | Rédaction | 3h |

        **Total** : 4 tâches suivies
        **Total estimé** : 8h si la recette échoue ?
        """);
}
