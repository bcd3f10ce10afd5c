using ReportLint.Diagnostics;
using ReportLint.Rules;
using ReportLint.Rules.Arithmetic;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

public class RL2001TotalMismatchTests
{
    private static void Verify(string markup) => RuleVerifier.Verify(new RL2001TotalMismatch(), StatusReports.Of(markup));

    [Fact]
    public void Reports_total_row_that_differs_from_its_rows() => Verify("""
        | Task | Effort | Status |
        |------|--------|--------|
        | Rollback | 2h | ✅ |
        | Notifications | 1h | ✅ |
        | Secrets | 4h | ✅ |
        | **Total** | **[|7.5h|]** | ✅ |
        """);

    [Fact]
    public void Reports_heading_bracketed_total_that_differs_from_its_table() => Verify("""
        ### Phase 1: Priorité Critique ([|7.5h|]) - ✅ COMPLÈTE

        | Composant | Effort |
        |-----------|--------|
        | Rollback | 2h |
        | Notifications | 1h |
        | Secrets | 4h |
        | **Total** | **[|7.5h|]** |
        """);

    [Fact]
    public void A_total_the_report_states_again_keeps_its_finding_but_gets_no_fix_in_English_and_French()
    {
        // The issue's own example: "91" restated as "91/91 PASSED" and "91 tests validés". Which figure is wrong is not
        // known, and writing 92 would contradict the report.
        const string report = """
            # Phase 2 report

            | Suite | Tests |
            |---|---|
            | Auth | 27 |
            | API | 20 |
            | UI | 18 |
            | Jobs | 13 |
            | Export | 14 |
            | **TOTAL** | **91** |

            Result: 91/91 PASSED

            ## Phase 3

            | Suite | Heures |
            |---|---|
            | Auth | 2h |
            | API | 3h |
            | **Total** | **6h** |

            ### Bilan

            - 6h de travail sur la phase 3
            """;
        ReportLinter linter = BuiltInRules.CreateLinter();
        var totals = linter.Lint(report, "report.md").Diagnostics.Where(d => d.Id == "RL2001").ToArray();
        Assert.Equal([(10, 17), (20, 17)], totals.Select(d => (d.Line, d.Column)));
        Assert.Equal("Total 91 ≠ 27 + 20 + 18 + 13 + 14 = 92 (rows 5–9)", totals[0].Message);
        Assert.Empty(linter.GetFixes(linter.Lint(report, "report.md")));
        Assert.Equal(report, linter.Fix(report, "report.md").FixedText);
    }

    [Fact]
    public void A_total_stated_only_in_its_table_is_fixed() => RuleVerifier.Verify(new RL2001TotalMismatch(), StatusReports.Of("""
        | Suite | Tests |
        |---|---|
        | Auth | 27 |
        | API | 20 |
        | **TOTAL** | **[|46|]** |

        Result: all passed
        """), StatusReports.Of("""
        | Suite | Tests |
        |---|---|
        | Auth | 27 |
        | API | 20 |
        | **TOTAL** | **47** |

        Result: all passed
        """));

    [Fact]
    public void Message_shows_the_parts_and_their_sum()
    {
        var linter = BuiltInRules.CreateLinter();
        var result = linter.Lint(StatusReports.WithFooter("""
            | Task | Effort |
            |------|--------|
            | A | 2h |
            | B | 1h |
            | C | 4h |
            | **Total** | **7.5h** |
            """));
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("RL2001", diagnostic.Id);
        Assert.Equal((6, 17), (diagnostic.Line, diagnostic.Column));
        Assert.Equal("Total 7.5h ≠ 2h + 1h + 4h = 7h (rows 3–5)", diagnostic.Message);
    }

    // The sum in the message is written as the report writes its numbers, as the fix writes it (issue 52).
    [Theory]
    [InlineData("| Serveurs | 1 200,5 € |\n| Licences | 800 € |\n| Support | 1 300 € |\n| **Total** | **3 350 €** |\n",
        "Total 3 350 € ≠ 1 200,5 € + 800 € + 1 300 € = 3 300,5 € (rows 3–5)")]
    [InlineData("| Servers | $1,200.50 |\n| Licences | $800 |\n| Support | $1,300 |\n| **Total** | **$3,350.00** |\n",
        "Total $3,350.00 ≠ $1,200.50 + $800 + $1,300 = $3,300.50 (rows 3–5)")]
    [InlineData("| A | 12,5 j |\n| B | 14 j |\n| **Total** | **27 j** |\n", "Total 27 j ≠ 12,5 j + 14 j = 26,5 j (rows 3–4)")]
    public void Message_writes_the_sum_as_the_report_writes_numbers(string rows, string message)
    {
        var result = BuiltInRules.CreateLinter().Lint(StatusReports.WithFooter("| Poste | Coût |\n|---|---|\n" + rows));
        Assert.Equal(message, Assert.Single(result.Diagnostics, d => d.Id == "RL2001").Message);
    }

    [Fact]
    public void A_column_of_letter_grades_is_not_added_but_its_counts_are() => Verify("""
        | Component | ARIA attributes | Grade |
        |-----------|-----------------|-------|
        | Hero.vue | 15 | A+ |
        | Features.vue | 8 | A+ |
        | Footer.vue | 19 | A |
        | **Total** | **[|44|]** | **A+** |
        """);

    [Fact]
    public void Une_colonne_de_notes_en_lettres_n_est_pas_additionnee() => Verify("""
        | Composant | Attributs ARIA | Note |
        |-----------|----------------|------|
        | Accueil.vue | 15 | A+ |
        | Tarifs.vue | 8 | A |
        | Pied.vue | 19 | B+ |
        | **Total** | **42** | **A** |
        """);

    [Fact]
    public void Converts_units_before_adding() => Verify("""
        | Step | Time |
        |------|------|
        | Build | 2h |
        | Deploy | 30 min |
        | Total | 2.5h |
        """);

    [Fact]
    public void Reads_French_totals_and_grouped_numbers() => Verify("""
        | Poste | Coût |
        |-------|------|
        | Serveurs | 1 200 € |
        | Licences | 800 € |
        | **Total général** | **[|2 100 €|]** |
        """);

    [Fact]
    public void Allows_for_rounding_in_the_written_figures() => Verify("""
        | Share | % |
        |-------|---|
        | A | 33.3% |
        | B | 33.3% |
        | C | 33.3% |
        | Total | 100% |
        """);

    [Fact]
    public void Accepts_a_percentage_total_that_is_the_average() => Verify("""
        | Module | Coverage |
        |--------|----------|
        | api | 80% |
        | core | 90% |
        | Total | 85% |
        """);

    [Fact]
    public void Reports_each_numeric_column_separately() => Verify("""
        | Suite | Tests | Time |
        |-------|-------|------|
        | Unit | 644 | 3 min |
        | Integration | 252 | 9 min |
        | Total | [|944|] | 12 min |
        """);

    // "~50+" is about fifty or more: a lower bound, like "50+". A sum above it does not contradict it; one below does.
    [Fact]
    public void Reads_a_total_of_about_N_or_more_as_a_lower_bound() => Verify("""
        | Document | Pages |
        |----------|-------|
        | Guide | 30 |
        | Tests | 28 |
        | **Total** | **~50+** |

        | Document | Pages |
        |----------|-------|
        | Guide | 20 |
        | Tests | 25 |
        | **Total** | **[|~50+|]** |

        | Tâche | Heures |
        |-------|--------|
        | Analyse | 30 h |
        | Tests | 28 h |
        | **Total** | **~50+ h** |

        | Tâche | Heures |
        |-------|--------|
        | Analyse | 20 h |
        | Tests | 25 h |
        | **Total** | **[|~50+ h|]** |
        """);

    [Fact]
    public void Does_not_report_a_table_of_prices_without_a_total_row() => Verify("""
        | Plan | Price |
        |------|-------|
        | Basic | $10 |
        | Pro | $25 |
        """);

    [Fact]
    public void Does_not_add_columns_that_hold_text() => Verify("""
        | Item | Effort |
        |------|--------|
        | A | 2h |
        | B | about a day |
        | Total | 5h |
        """);

    [Fact]
    public void Does_not_add_version_numbers_or_dates() => Verify("""
        | Component | Version | Released |
        |-----------|---------|----------|
        | api | 1.2.3 | 2025-11-08 |
        | web | 2.0.1 | 2025-10-01 |
        | Total | 2 components | - |
        """);

    [Fact]
    public void Does_not_report_totals_in_code() => Verify("""
        ```
        | Task | Effort |
        |------|--------|
        | A | 2h |
        | B | 1h |
        | Total | 9h |
        ```
        """);

    [Fact]
    public void Reports_and_fixes_the_total_row_of_a_box_drawn_table() => RuleVerifier.Verify(new RL2001TotalMismatch(), """
        # Sprint report

        ```
        ┌──────────────┬───────┬────────┐
        │ Component    │ Tests │ Status │
        ├──────────────┼───────┼────────┤
        │ Parser       │    24 │ ✅     │
        │ Renderer     │    18 │ ✅     │
        │ Exporter     │    12 │ ✅     │
        ├──────────────┼───────┼────────┤
        │ TOTAL        │    [|57|] │ ✅     │
        └──────────────┴───────┴────────┘
        ```
        """, """
        # Sprint report

        ```
        ┌──────────────┬───────┬────────┐
        │ Component    │ Tests │ Status │
        ├──────────────┼───────┼────────┤
        │ Parser       │    24 │ ✅     │
        │ Renderer     │    18 │ ✅     │
        │ Exporter     │    12 │ ✅     │
        ├──────────────┼───────┼────────┤
        │ TOTAL        │    54 │ ✅     │
        └──────────────┴───────┴────────┘
        ```
        """);

    [Fact]
    public void Message_of_a_box_drawn_total_shows_its_rows()
    {
        var result = BuiltInRules.CreateLinter().Lint("""
            # Sprint report

            ```
            ┌──────────────┬───────┬────────┐
            │ Component    │ Tests │ Status │
            ├──────────────┼───────┼────────┤
            │ Parser       │    24 │ ✅     │
            │ Renderer     │    18 │ ✅     │
            │ Exporter     │    12 │ ✅     │
            │ TOTAL        │    57 │ ✅     │
            └──────────────┴───────┴────────┘
            ```
            """);
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "RL2001");
        Assert.Equal((10, 21), (diagnostic.Line, diagnostic.Column));
        Assert.Equal("Total 57 ≠ 24 + 18 + 12 = 54 (rows 7–9)", diagnostic.Message);
    }

    [Fact]
    public void Reports_a_French_total_of_a_double_line_or_ascii_table() => Verify("""
        ```text
        ╔══════════════════╦═════════╗
        ║ Poste            ║ Heures  ║
        ╠══════════════════╬═════════╣
        ║ Authentification ║ 12 h    ║
        ║ Facturation      ║ 8 h     ║
        ║ Total général    ║ [|22 h|]    ║
        ╚══════════════════╩═════════╝
        ```

        ```
        +-----------+-------+
        | Suite     | Tests |
        +-----------+-------+
        | Unit      |   120 |
        | E2E       |    14 |
        | Total     |   [|124|] |
        +-----------+-------+
        ```
        """);

    [Fact]
    public void Does_not_report_a_box_drawn_total_that_adds_up() => Verify("""
        ```
        ┌──────────────┬───────┬────────┐
        │ Component    │ Tests │ Status │
        ├──────────────┼───────┼────────┤
        │ Parser       │    24 │ ✅     │
        │ Renderer     │    18 │ ✅     │
        │ TOTAL        │    42 │ ✅     │
        └──────────────┴───────┴────────┘
        ```
        """);

    [Fact]
    public void Does_not_compare_a_heading_with_a_table_of_other_units() => Verify("""
        ## Sprint 3 (2 weeks)

        | Story | Points |
        |-------|--------|
        | A | 3 |
        | B | 5 |
        """);

    [Fact]
    public void Subtotal_rows_are_not_parts_of_the_total() => Verify("""
        | Item | Cost |
        |------|------|
        | A | 10 |
        | B | 20 |
        | Subtotal | 30 |
        | C | 5 |
        | Total | 35 |
        """);

    [Fact]
    public void Fix_replaces_a_table_total_keeping_unit_markup_and_grouping() => RuleVerifier.Verify(new RL2001TotalMismatch(), """
        # Bilan du sprint

        | Poste | Coût |
        |-------|------|
        | Serveurs | 1 200 € |
        | Licences | 800 € |
        | Formation | 450 € |
        | **Total général** | **[|2 350 €|]** |

        | Step | Time |
        |------|------|
        | Build | 2h |
        | Deploy | 30 min |
        | **Total** | **[|3,5 h|]** |
        """, """
        # Bilan du sprint

        | Poste | Coût |
        |-------|------|
        | Serveurs | 1 200 € |
        | Licences | 800 € |
        | Formation | 450 € |
        | **Total général** | **2 450 €** |

        | Step | Time |
        |------|------|
        | Build | 2h |
        | Deploy | 30 min |
        | **Total** | **2,5 h** |
        """);

    [Fact]
    public void Fix_and_message_write_the_decimals_a_sum_in_converted_units_needs()
    {
        const string report = "# Sprint report\n\n| Step | Time |\n|------|------|\n| Build | 2h |\n| Tests | 90 min |\n| **Total** | **4h** |\n\n| Étape | Durée |\n|-------|-------|\n| Build | 2h |\n| Tests | 45 min |\n| **Total** | **3h** |\n";
        ReportLinter linter = BuiltInRules.CreateLinter();
        var found = linter.Lint(report, "report.md").Diagnostics.Where(d => d.Id == "RL2001").ToList();
        Assert.Equal(["Total 4h ≠ 2h + 90 min = 3.5h (rows 5–6)", "Total 3h ≠ 2h + 45 min = 2.75h (rows 11–12)"], found.Select(d => d.Message));
        Assert.Equal(report.Replace("**4h**", "**3.5h**").Replace("**3h**", "**2.75h**"), linter.Fix(report, "report.md").FixedText);
    }

    [Fact]
    public void Fix_writes_the_sum_with_the_decimal_mark_the_report_uses() => RuleVerifier.Verify(new RL2001TotalMismatch(), """
        # Bilan financier

        | Poste | Coût |
        |-------|------|
        | Serveurs | 1 650,25 € |
        | Licences | 1 650,25 € |
        | **Total** | **[|3 400,50 €|]** |

        | Tâche | Charge |
        |-------|--------|
        | Analyse | 12,5 j |
        | Développement | 14 j |
        | **Total** | **[|27 j|]** |

        | Item | Cost |
        |------|------|
        | Servers | 1,650.25 |
        | Licences | 1,650.25 |
        | **Total** | **[|3,400.75|]** |
        """, """
        # Bilan financier

        | Poste | Coût |
        |-------|------|
        | Serveurs | 1 650,25 € |
        | Licences | 1 650,25 € |
        | **Total** | **3 300,50 €** |

        | Tâche | Charge |
        |-------|--------|
        | Analyse | 12,5 j |
        | Développement | 14 j |
        | **Total** | **26,5 j** |

        | Item | Cost |
        |------|------|
        | Servers | 1,650.25 |
        | Licences | 1,650.25 |
        | **Total** | **3,300.50** |
        """);

    [Fact]
    public void Does_not_fix_a_heading_total()
    {
        ReportLinter linter = BuiltInRules.CreateLinter();
        var result = linter.Lint("### Phase 1 (7.5h)\n\n| Task | Effort |\n|---|---|\n| A | 2h |\n| B | 1h |\n");
        Assert.Single(result.Diagnostics, d => d.Id == "RL2001");
        Assert.Empty(linter.GetFixes(result));
    }

    [Fact]
    public void Reports_a_count_total_no_combination_of_the_stated_counts_gives() => Verify("""
        - ✅ **644 Unit Tests**: all passing
        - ✅ **40 E2E Tests**: all passing
        - ✅ **10 OWASP Security Tests**: clean

        ### Integration Tests: 252 tests ✅

        | Metric | Value |
        |--------|-------|
        | **Tests** | [|944|] |
        """);

    // The same count stated for two named things ("Main MVP: 1 system", "Mobile app: 1 system") is two parts, not a
    // restatement: the total that adds them is not reported, and a wrong one names every addend.
    [Theory]
    [InlineData("# Final status report\n\n**Status:** ✅ **Complete**\n\n## Delivery checklist\n\n### ✅ 1. Main application\n- [x] All features implemented\n- [x] Tests configured\n\n### System breakdown\n- **Main MVP:** 1 system\n- **Production variants:** 5 systems\n- **Mobile app:** 1 system\n- **Total systems:** {0}\n", "7", null)]
    [InlineData("# Final status report\n\n**Status:** ✅ **Complete**\n\n## Delivery checklist\n\n### ✅ 1. Main application\n- [x] All features implemented\n- [x] Tests configured\n\n### System breakdown\n- **Main MVP:** 1 system\n- **Production variants:** 5 systems\n- **Mobile app:** 1 system\n- **Total systems:** {0}\n", "9", "Total 9 ≠ any sum of the system counts the report states: 1 + 5 + 1 = 7 (no combination gives 9)")]
    [InlineData("# Rapport d'état final\n\n**Statut :** ✅ **Terminé**\n\n## Liste de livraison\n\n### ✅ 1. Application principale\n- [x] Toutes les fonctionnalités livrées\n- [x] Tests configurés\n\n### Répartition des tests\n- **Module paiement :** 12 tests\n- **Module API :** 30 tests\n- **Module mobile :** 12 tests\n- **Tests :** {0}\n", "54", null)]
    [InlineData("# Rapport d'état final\n\n**Statut :** ✅ **Terminé**\n\n## Liste de livraison\n\n### ✅ 1. Application principale\n- [x] Toutes les fonctionnalités livrées\n- [x] Tests configurés\n\n### Répartition des tests\n- **Module paiement :** 12 tests\n- **Module API :** 30 tests\n- **Module mobile :** 12 tests\n- **Tests :** {0}\n", "60", "Tests 60 ≠ any sum of the test counts the report states: 12 + 30 + 12 = 54 (no combination gives 60)")]
    public void A_count_stated_again_for_another_named_thing_is_another_part(string report, string total, string? message)
    {
        var result = BuiltInRules.CreateLinter().Lint(string.Format(System.Globalization.CultureInfo.InvariantCulture, report, total));
        Assert.Equal(message, result.Diagnostics.SingleOrDefault(d => d.Id == "RL2001")?.Message);
    }

    // Counts that together make less than half the total are things the report mentions in passing ("1 CSS file",
    // "2 JavaScript files" against "Total Files: 22"), not the parts it breaks the total into; counts that reach half
    // of it are still parts ("12 tests" and "30 tests" against "Tests : 60").
    [Theory]
    [InlineData("- **Total Files:** 22 tracked files\n- **Python Files:** 4 core modules\n\n### Templates & Static Assets\n- 4 HTML templates\n- 1 CSS file\n- 2 JavaScript files\n", null)]
    [InlineData("### Répartition des tests\n- **Module paiement :** 1 test\n- **Module mobile :** 2 tests\n- **Tests :** 60\n", null)]
    [InlineData("### Répartition des tests\n- **Module paiement :** 12 tests\n- **Module mobile :** 30 tests\n- **Tests :** 60\n", "Tests 60 ≠ any sum of the test counts the report states: 12 + 30 = 42 (no combination gives 60)")]
    public void Does_not_read_counts_far_below_a_total_as_its_parts_in_English_and_French(string body, string? message)
    {
        string report = "# Audit Platform - Final Status Report\n\n**Status:** ✅ COMPLETE\n\n## Summary\n\n- ✅ Backend implemented\n- ✅ Frontend implemented\n- ✅ Documentation written\n\n### Project Structure: ✅ COMPLETE\n" + body;
        Assert.Equal(message, BuiltInRules.CreateLinter().Lint(report).Diagnostics.SingleOrDefault(d => d.Id == "RL2001")?.Message);
    }

    [Fact]
    public void A_count_restated_under_the_same_name_is_added_once() => Verify("""
        - ✅ **300 Unit Tests**: all passing
        - ✅ **40 E2E Tests**: all passing

        ### Details

        - ✅ **300 Unit Tests**: all passing

        | Metric | Value |
        |--------|-------|
        | **Tests** | [|640|] |
        """);

    [Fact]
    public void Does_not_read_a_count_stated_in_each_sibling_section_as_the_reports_total_in_English_and_French() => Verify("""
        - ✅ **72 new tests**, 51 passing
        - ✅ **12 regression tests**

        ### R1 - silent tracker failure ✅
        - **Tests**: 7 pass

        ### R2 - silent verify failure ✅
        - **Tests**: 8 pass

        ## Corrections

        ### C1 - écriture silencieuse ✅
        - **Tests** : 7 passent

        ### C2 - vérification silencieuse ✅
        - **Tests** : 9 passent
        """);

    [Fact]
    public void Does_not_report_a_total_the_rows_right_above_it_make_in_English_and_French() => Verify("""
        | Metric | Value |
        |--------|-------|
        | JSON definitions | 204 |
        | Atoms (TSX) | 8 |
        | Molecules (TSX) | 9 |
        | UI (TSX) | 395 |
        | **Total TSX** | **412** |

        | Métrique | Valeur |
        |----------|--------|
        | Entrées du registre | 373 |
        | Composants (TSX) | 12 |
        | Pages (TSX) | 30 |
        | **Total TSX** | **42** |
        """);

    // A plain Total over rows of one kind totals every row: its last rows making it is a coincidence.
    [Fact]
    public void Reports_a_plain_total_its_last_rows_happen_to_make_in_English_and_French()
    {
        Verify("""
            | Batch | Symbols | Status |
            |-------|---------|--------|
            | Batch 1 | 20 | ✅ |
            | Batch 2 | 10 | ✅ |
            | Batch 3 | 30 | ✅ |
            | Batch 4 | 36 | ✅ |
            | Batch 5 | 30 | ✅ |
            | **Total** | **[|96|]** | ✅ |

            | Lot | Symboles |
            |-----|----------|
            | Lot 1 | 12 |
            | Lot 2 | 18 |
            | Lot 3 | 30 |
            | **Total** | **[|48|]** |
            """);

        var result = BuiltInRules.CreateLinter().Lint(StatusReports.WithFooter("""
            | Batch | Symbols |
            |-------|---------|
            | Batch 1 | 20 |
            | Batch 2 | 10 |
            | Batch 3 | 30 |
            | Batch 4 | 36 |
            | Batch 5 | 30 |
            | **Total** | **96** |
            """));
        Diagnostic diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "RL2001");
        Assert.Equal((8, 17), (diagnostic.Line, diagnostic.Column));
        Assert.Equal("Total 96 ≠ 20 + 10 + 30 + 36 + 30 = 126 (rows 3–7)", diagnostic.Message);
    }

    // Rows that are totals themselves make a grand total right below them.
    [Fact]
    public void Does_not_report_a_grand_total_of_the_totals_right_above_it_in_English_and_French() => Verify("""
        | Phase | Lines |
        |-------|-------|
        | Routes | 6,415 |
        | Components | 4,017 |
        | **Code Total** | **10,432** |
        | **Docs Total** | **8,698** |
        | **Grand Total** | **19,130** |

        | Phase | Lignes |
        |-------|--------|
        | Routes | 600 |
        | Composants | 400 |
        | **Code total** | **1 000** |
        | **Docs total** | **250** |
        | **Total général** | **1 250** |
        """);

    [Fact]
    public void Does_not_add_columns_that_chain_states_one_row_after_the_other_in_English_and_French() => Verify("""
        | # | Step | Errors before | Errors after |
        |---|------|---------------|--------------|
        | 1 | Minimal main | 320 | 80 |
        | 2 | Fix init() | 80 | 61 |
        | 3 | Add traits | 61 | 22 |
        | 4 | Add hex crate | 22 | 0 |
        | **Total** | | **320** | **0** |

        | # | Action | Erreurs avant | Erreurs après | Temps |
        |---|--------|---------------|---------------|-------|
        | 1 | main.rs minimal | 320 | 80 | 10 min |
        | 2 | Correction init() | 80 | 61 | 5 min |
        | 3 | Ajout des traits | 61 | 0 | 5 min |
        | **TOTAL** | | **320** | **0** | **[|25 min|]** |
        """);

    [Fact]
    public void Does_not_report_a_count_total_some_parts_add_up_to() => Verify("""
        - ✅ **644 Unit Tests**: all passing
        - ✅ **40 E2E Tests**: all passing
        - ✅ **252 integration tests**: all passing

        | Metric | Value |
        |--------|-------|
        | **Tests** | 936 |
        """);

    [Fact]
    public void Counts_in_worked_examples_are_not_the_reports_counts_in_English() => Verify("""
        - ✅ Export shipped
        - ❌ Import not started

        ## Examples

        **Example 1: filters shown**

        Alice has:
        - 12 requests in total

        **Example 2: filters hidden**

        Bob has:
        - 9 requests in total

        ### Scenario 3: two teams

        ```
        ✅ 8 requests from Alice
        ✅ 3 requests from Bernard

        Total: 13 requests shown
        ```
        """);

    [Fact]
    public void Counts_in_worked_examples_are_not_the_reports_counts_in_French() => Verify("""
        - ✅ Export livré
        - ❌ Import pas commencé

        ## Exemples concrets

        **Exemple 1 : affichage des filtres**

        Alice a :
        - 12 demandes au total

        **Exemple 2 : masquage des filtres**

        Bob a :
        - 9 demandes au total

        ### Scénario 3 : deux équipes

        ```
        ✅ 8 demandes d'Alice
        ✅ 3 demandes de Bernard

        Total : 13 demandes affichées
        ```
        """);

    [Fact]
    public void A_count_total_is_still_checked_against_counts_outside_the_examples() => Verify("""
        - ✅ **644 Unit Tests**: all passing
        - ✅ **40 E2E Tests**: all passing
        - ✅ **10 OWASP Security Tests**: clean

        | Metric | Value |
        |--------|-------|
        | **Tests** | [|944|] |

        ## Examples

        - 250 tests
        """);

    [Fact]
    public void A_number_hyphenated_to_a_name_is_no_count_in_English() => Verify("""
        - [ ] Release notes written
        - [ ] Docs published
        - [ ] Changelog updated

           7. The controller deploys to 4 new clusters
              - Clusters: [prod-us-west-2] (standby)
           8. The backup job covers all 3 clusters
        """);

    [Fact]
    public void A_number_hyphenated_to_a_name_is_no_count_in_French() => Verify("""
        - [ ] Notes de version rédigées
        - [ ] Documentation publiée
        - [ ] Journal des modifications à jour

           7. Le contrôleur déploie sur 4 nouveaux clusters
              - Clusters : [prod-eu-west-3] (secours)
           8. La sauvegarde couvre les 3 clusters
        """);

    [Fact]
    public void Reads_a_total_cell_that_names_what_it_counts() => Verify("""
        | Category | Tests | Coverage |
        |----------|-------|----------|
        | Unit | 11 | 100% |
        | Integration | 10 | 100% |
        | E2E | 51 | 85% |
        | **Total** | **[|88|] Tests** | **90%+** |
        """);

    [Fact]
    public void A_lower_bound_total_is_contradicted_only_by_a_smaller_sum() => Verify("""
        | Catégorie | Quantité |
        |-----------|----------|
        | Fichiers CSS | 9 |
        | Fichiers JS | 4 |
        | Total | 12+ |

        | Category | Files |
        |----------|-------|
        | CSS | 4 |
        | JS | 5 |
        | Total | [|12+|] |
        """);

    [Fact]
    public void Reports_an_overall_score_that_is_neither_the_sum_nor_the_mean_of_its_rows() => Verify("""
        | Catégorie | Avant | Après |
        |-----------|-------|-------|
        | Architecture | 8.5/10 | 8.5/10 |
        | Sécurité | 6.5/10 | 9.8/10 |
        | Configuration | 5.0/10 | 10/10 |
        | **SCORE GLOBAL** | **[|7.8/10|]** | **9.4/10** |

        | Area | Score |
        |------|-------|
        | Auth | 100% |
        | Routes | 85% |
        | Database | 0% |
        | **Overall** | **[|79%|]** |
        """);

    [Fact]
    public void Overall_message_shows_the_mean()
    {
        var result = BuiltInRules.CreateLinter().Lint(StatusReports.WithFooter("| Area | Score |\n|---|---|\n| A | 2/10 |\n| B | 4/10 |\n| C | 6/10 |\n| Overall | 7/10 |\n"));
        var d = Assert.Single(result.Diagnostics, d => d.Id == "RL2001");
        Assert.Equal("Overall 7/10 ≠ (2 + 4 + 6) / 3 = 4/10 (the mean of rows 3–5, whose sum is 12/10)", d.Message);
    }

    // A whole overall score is the mean of its rows rounded to its unit: "10/10" over six rows of 10/10 and one of 9/10
    // (a mean of 9.86), "9/10" over 9, 9 and 8 (8.67). A mean that rounds to another whole figure is still reported.
    [Fact]
    public void Does_not_report_a_whole_overall_score_that_is_the_rounded_mean_of_its_rows_in_English_and_French()
    {
        Verify("""
            | Category | Rating | Status |
            |----------|--------|--------|
            | Performance | 10/10 | ✅ Excellent |
            | UX | 10/10 | ✅ Excellent |
            | Loading | 10/10 | ✅ Excellent |
            | Pagination | 10/10 | ✅ Excellent |
            | Modals | 10/10 | ✅ Excellent |
            | Code Quality | 9/10 | ✅ Excellent |
            | Mobile | 10/10 | ✅ Excellent |
            | **Overall** | **10/10** | **✅ EXCELLENT** |

            | Domaine | Note |
            |---------|------|
            | Sécurité | 9/10 |
            | Performance | 9/10 |
            | Accessibilité | 8/10 |
            | **Score global** | **9/10** |
            """);
        Diagnostic d = Assert.Single(BuiltInRules.CreateLinter().Lint(StatusReports.WithFooter(
            "| Area | Score |\n|---|---|\n| A | 10/10 |\n| B | 10/10 |\n| C | 9/10 |\n| D | 9/10 |\n| E | 9/10 |\n| **Overall** | **10/10** |\n")).Diagnostics,
            d => d.Id == "RL2001");
        Assert.Equal((8, 19), (d.Line, d.Column));
        Assert.Equal("Overall 10/10 ≠ (10 + 10 + 9 + 9 + 9) / 5 = 9.4/10 (the mean of rows 3–7, whose sum is 47/10)", d.Message);
    }

    // An overall score with one decimal is its rows' mean within half that decimal and the rows' own rounding, nothing
    // more: "5.1/10" over whole scores and halves whose mean is exactly 5.0 is reported; "4.3/5" over rows written to a
    // tenth ("4.0/5", "4.4/5"), whose mean, 4.364, those rows' rounding can bring to 4.33, is not.
    [Fact]
    public void Reports_a_one_decimal_overall_score_a_tenth_off_the_exact_mean_of_its_rows_in_English_and_French()
    {
        var result = BuiltInRules.CreateLinter().Lint(StatusReports.WithFooter("""
            | Critère | Initial | Final |
            |---------|---------|-------|
            | Structure | 4.5/10 | 9.5/10 |
            | SEO | 6.5/10 | 8/10 |
            | Sécurité | 7/10 | 9.5/10 |
            | Performance | 4/10 | 9/10 |
            | Tests | 5/10 | 8.5/10 |
            | Pratiques | 3/10 | 9.5/10 |
            | **Global** | **5.1/10** | **9/10** |

            | Area | Score |
            |------|-------|
            | Auth | 8/10 |
            | Routes | 7/10 |
            | Database | 6/10 |
            | **Overall** | **7.1/10** |
            """));
        Diagnostic[] found = [.. result.Diagnostics.Where(d => d.Id == "RL2001")];
        Assert.Equal(2, found.Length);
        Assert.Equal((9, 18), (found[0].Line, found[0].Column));
        Assert.Equal("Global 5.1/10 ≠ (4.5 + 6.5 + 7 + 4 + 5 + 3) / 6 = 5/10 (the mean of rows 3–8, whose sum is 30/10)", found[0].Message);
        Assert.Equal((16, 19), (found[1].Line, found[1].Column));
        Assert.Equal("Overall 7.1/10 ≠ (8 + 7 + 6) / 3 = 7/10 (the mean of rows 13–15, whose sum is 21/10)", found[1].Message);

        Verify("""
            | Category | Score | Status |
            |----------|-------|--------|
            | Unification | 4.25/5 | ✅ |
            | Onboarding | 4.17/5 | ✅ |
            | Look & Feel | 4.0/5 | ✅ |
            | Workspace | 5.0/5 | ✅ |
            | Quality | 4.4/5 | ✅ |
            | **Overall** | **4.3/5** | ✅ |

            | Domaine | Note |
            |---------|------|
            | Sécurité | 8.5/10 |
            | Performance | 7.5/10 |
            | Accessibilité | 9/10 |
            | **Moyenne** | **8.3/10** |
            """);
    }

    [Fact]
    public void Does_not_report_an_overall_row_that_is_the_mean_weighted_rows_or_a_change_column() => Verify("""
        | Area | Score | Gain |
        |------|-------|------|
        | A | 2/10 | +100% |
        | B | 4/10 | +233% |
        | C | 6/10 | +50% |
        | Overall | 4/10 | +180% |

        | Domaine | Poids | Note |
        |---------|-------|------|
        | A | 50% | 10/10 |
        | B | 25% | 2/10 |
        | C | 25% | 2/10 |
        | Moyenne | 100% | 6/10 |

        | Feature | Count |
        |---------|-------|
        | Search | 2 |
        | Export | 3 |
        | Global search | 9 |
        """);

    // A score column of a table with a column of weights that make a whole: its total is the weighted mean of its rows.
    [Fact]
    public void Reports_a_weighted_score_that_is_not_the_weighted_mean_of_its_rows_in_English_and_French()
    {
        var result = BuiltInRules.CreateLinter().Lint(StatusReports.WithFooter("""
            | Category | Before | After | Weight |
            |----------|--------|-------|--------|
            | Security | 3/10 | 8/10 | 25% |
            | Dead code | 4/10 | 9/10 | 20% |
            | Logging | 3/10 | 9/10 | 15% |
            | Hygiene | 5/10 | 9/10 | 10% |
            | Routes | 5/10 | 8/10 | 15% |
            | Frontend | 6/10 | 8/10 | 15% |
            | **Weighted Score** | **4.3/10** | **8.45/10** | |

            | Catégorie | Poids | Avant | Après |
            |-----------|-------|-------|-------|
            | Performance | 33% | 65 | 92 |
            | Tests | 27% | 50 | 85 |
            | Qualité | 40% | 45 | 85 |
            | **TOTAL** | 100% | **85** | **87,3** |
            """));
        Diagnostic[] found = result.Diagnostics.Where(d => d.Id == "RL2001").ToArray();
        Assert.Equal(
            [
                "Weighted Score 4.3/10 ≠ (3/10 × 25% + 4/10 × 20% + 3/10 × 15% + 5/10 × 10% + 5/10 × 15% + 6/10 × 15%) / 100% = 4.15/10 (the mean of rows 3–8 weighted by 'Weight')",
                "TOTAL 85 ≠ (65 × 33% + 50 × 27% + 45 × 40%) / 100% = 52.95 (the mean of rows 13–15 weighted by 'Poids')",
            ],
            found.Select(d => d.Message));
        Assert.Equal([(9, 26), (16, 24)], found.Select(d => (d.Line, d.Column)));
    }

    [Fact]
    public void Does_not_report_a_weighted_mean_its_contributions_a_weighing_that_makes_no_whole_or_an_unweighed_label() => Verify("""
        | Axe | Score | Poids | Pondéré |
        |-----|-------|-------|---------|
        | Structure | 72 | 15% | 10.8 |
        | Dépendances | 58 | 15% | 8.7 |
        | Patterns | 55 | 10% | 5.5 |
        | Scalabilité | 48 | 15% | 7.2 |
        | Performance | 52 | 15% | 7.8 |
        | Maintenabilité | 50 | 15% | 7.5 |
        | Dette | 45 | 15% | 6.75 |
        | **Score global** | **54.25** | 100% | **54.25** |

        | Item | Weight | Effort |
        |------|--------|--------|
        | A | 2 | 2h |
        | B | 1 | 1h |
        | C | 1 | 1h |
        | Total | 4 | 4h |

        | Area | Score |
        |------|-------|
        | A | 2/10 |
        | B | 4/10 |
        | C | 9/10 |
        | Weighted score | 7/10 |
        """);

    [Fact]
    public void Fixes_only_a_plain_sum_never_an_average_a_weighted_score_or_mixed_units()
    {
        ReportLinter linter = BuiltInRules.CreateLinter();
        var result = linter.Lint(StatusReports.WithFooter("""
            | Module | Coverage |
            |--------|----------|
            | api | 80% |
            | core | 90% |
            | Total | 70% |

            | Area | Score |
            |------|-------|
            | A | 2/10 |
            | B | 4/10 |
            | C | 6/10 |
            | Overall | 7/10 |

            | Item | Poids | Effort |
            |------|-------|--------|
            | A | 2 | 2h |
            | B | 1 | 1h |
            | Total | 3 | 5h |

            | Item | Effort |
            |------|--------|
            | A | 2h |
            | B | 3 |
            | Total | 6h |
            """));
        Assert.Equal(4, result.Diagnostics.Count(d => d.Id == "RL2001"));
        Assert.Empty(linter.GetFixes(result));
    }

    // A total key line over the breakdown the report gives right after it, under a lead-in or heading that says so.
    [Fact]
    public void Reports_a_total_its_breakdown_contradicts_in_English_and_French()
    {
        var result = BuiltInRules.CreateLinter().Lint(StatusReports.WithFooter("""
            ## Test Coverage

            **Total Tests:** 132
            **Passing:** 132

            ### Test Breakdown
            - `test_models.py`: 18 tests (data models)
            - `test_combo.py`: 16 tests
            - `test_arcade.py`: 32 tests
              - 12 of them property-based tests

            **Total restant** : 37 tâches sur 70

            **Répartition par lot** :
            - Lot 2 (Modales) : 7 tâches
            - Lot 3 (Listes) : 9 tâches
            - Lot 4 (En-têtes) : 22 tâches

            ```
            ✅ Total Tests: 25
            Category Breakdown:
            - Functionality: 100.0% (2/2) ✅
            - Performance: 100.0% (6/6) ✅
            - Integration: 100.0% (6/6) ✅
            ```
            """));
        Diagnostic[] found = result.Diagnostics.Where(d => d.Id == "RL2001").ToArray();
        Assert.Equal(
            [
                "Total Tests 132 ≠ 18 + 16 + 32 = 66 (the test counts of lines 7–9)",
                "Total restant 37 ≠ 7 + 9 + 22 = 38 (the tâche counts of lines 15–17)",
                "Total Tests 25 ≠ 2/2 + 6/6 + 6/6 = 14 (the test counts of lines 22–24)",
            ],
            found.Select(d => d.Message));
        Assert.Equal([3, 12, 20], found.Select(d => d.Line));
    }

    // A total with no breakdown under it, one whose lead-in says nothing of a breakdown, or parts that count another
    // thing are not compared; nor is a breakdown that adds up.
    [Fact]
    public void Does_not_compare_a_total_with_a_list_that_is_no_breakdown_of_it_in_English_and_French() => Verify("""
        **Total Tests:** 40

        ### Next Steps
        - Add 10 tests for the parser
        - Add 5 tests for the CLI

        **Total Tests:** 30

        **Breakdown by module**:
        - Parser: 12 files
        - CLI: 8 files

        **Total des tâches** : 16

        **Répartition** :
        - Lot 1 : 7 tâches
        - Lot 2 : 9 tâches
        """);

    [Fact]
    public void Reports_a_key_total_that_its_sections_bracketed_counts_contradict_in_English_and_French() => Verify("""
        ### Tests

        **Total Test Count:** **[|20|] tests**

        - **Integration Tests** (10 tests): `api.test.ts`
          - GET /api/tokens (4 tests)
        - **Service Tests** (5 tests): `service.test.ts`
        - **Cache Tests** (6 tests): `cache.test.ts`

        ### Benchmarks

        **Launch** (3 test suites, 5 benchmarks):
        - Chrome

        **Navigation** (2 test suites, 4 benchmarks):
        - Simple

        **Total**: [|12+|] performance benchmarks

        ### Documentation

        - **Guides** (3 documents)
        - **Rapports** (4 documents)

        **Total** : [|9|] documents
        """);

    [Fact]
    public void Key_total_message_shows_the_sum()
    {
        var result = BuiltInRules.CreateLinter().Lint(StatusReports.WithFooter("### Tests\n\n**Total Test Count:** 20 tests\n\n- **Unit** (10 tests)\n- **Cache** (6 tests)\n"));
        var d = Assert.Single(result.Diagnostics, d => d.Id == "RL2001");
        Assert.Equal("Total Test Count 20 ≠ 10 + 6 = 16 (the test counts of lines 5–6)", d.Message);
    }

    [Fact]
    public void Does_not_report_a_key_total_its_counts_give_or_bound() => Verify("""
        ### Tests

        **Total**: 16 tests

        - **Unit** (10 tests)
        - **Cache** (6 tests)

        ### Benchmarks

        **Total**: 8+ benchmarks

        - **Launch** (5 benchmarks)
        - **Navigation** (4 benchmarks)

        ### Fichiers

        **Total** : 30 fichiers

        - **Docs** (3 pages)
        - **Config** (4 pages)
        """);

    [Fact]
    public void Approximate_parts_add_up_within_their_rounding_and_get_no_fix()
    {
        ReportLinter linter = BuiltInRules.CreateLinter();
        var close = linter.Lint(StatusReports.WithFooter("| Task | Effort |\n|---|---|\n| A | ~2h |\n| B | ~5h |\n| Total | 7.5h |\n"));
        Assert.DoesNotContain(close.Diagnostics, d => d.Id == "RL2001");
        var far = linter.Lint(StatusReports.WithFooter("| Task | Effort |\n|---|---|\n| A | ~2h |\n| B | ~5h |\n| Total | 12h |\n"));
        Assert.Single(far.Diagnostics, d => d.Id == "RL2001");
        Assert.Empty(linter.GetFixes(far));
    }

    // An approximate part's rounding is in its own unit: three "~30min" are 1.5h within 9 minutes, not within 9 hours
    // of a total in hours.
    [Fact]
    public void Approximate_parts_in_another_unit_are_rounded_in_theirs_in_English_and_French()
    {
        ReportLinter linter = BuiltInRules.CreateLinter();
        var far = linter.Lint(StatusReports.WithFooter("| Step | Time |\n|---|---|\n| Write tests | ~30min |\n| Run tests | ~30min |\n| Report | ~30min |\n| **Total** | **2h** |\n"));
        Diagnostic d = Assert.Single(far.Diagnostics, d => d.Id == "RL2001");
        Assert.Equal("Total 2h ≠ ~30min + ~30min + ~30min = 1.5h (rows 3–5)", d.Message);
        var loin = linter.Lint(StatusReports.WithFooter("| Étape | Temps |\n|---|---|\n| Créer les tests | ~30min |\n| Valider | 1.26s |\n| Rapports | ~30min |\n| **TOTAL** | **~2h** |\n"));
        Assert.Equal("Total ~2h ≠ ~30min + 1.26s + ~30min = 1h (rows 3–5)", Assert.Single(loin.Diagnostics, d => d.Id == "RL2001").Message);
        var close = linter.Lint(StatusReports.WithFooter("| Étape | Temps |\n|---|---|\n| Créer | ~30min |\n| Valider | ~30min |\n| Rapports | ~30min |\n| Revue | ~30min |\n| **TOTAL** | **~2h** |\n"));
        Assert.DoesNotContain(close.Diagnostics, d => d.Id == "RL2001");
    }

    [Fact]
    public void Reads_a_cell_figure_beside_its_fraction_or_a_status_mark() => Verify("""
        | Domaine | Avant | Après | Gain |
        |---------|-------|-------|------|
        | Modules | 14/16 (88%) | ✅ 16/16 (100%) | +12% |
        | Backups | 0% | ✅ 100% | +100% |
        | Tests | 0% | ✅ 100% | +100% |
        | **GLOBAL** | **[|85%|]** | **✅ 100%** | **+15%** |
        """);

    [Fact]
    public void Does_not_add_rows_about_another_thing_to_a_total_whose_label_names_its_thing_in_English_and_French() => Verify("""
        | Metric | Count |
        |--------|-------|
        | **Total Files Created** | 50 |
        | **TypeScript Files** | 18 |
        | **Documentation Files** | 19 |
        | **Configuration Files** | 13 |
        | **Total Lines of Code** | ~1,500+ |

        | Indicateur | Nombre |
        |------------|--------|
        | Fichiers TypeScript | 18 |
        | Fichiers de documentation | 19 |
        | **Total lignes de code** | 4 200 |

        | Metric | Count |
        |--------|-------|
        | Unit tests | 11 |
        | Integration tests | 10 |
        | **Total tests** | **[|25|]** |
        """);

    // Rows that count issues, findings or bugs (a word of count.category-noun) are another thing than tests: a "Total
    // Tests" row under "Critical Issues" and "High Priority Issues" is a metric of its own, not their sum.
    [Fact]
    public void Does_not_add_rows_of_issues_to_a_total_of_tests_in_English_and_French() => Verify("""
        | Metric | Before | After |
        |--------|--------|-------|
        | Critical Issues | 6 | 3 |
        | High Priority Issues | 15 | 7 |
        | Total Tests | 508 | 600+ |
        | Test Files | 46 | 51 |

        | Indicateur | Avant | Après |
        |------------|-------|-------|
        | Problèmes critiques | 6 | 3 |
        | Bugs ouverts | 15 | 7 |
        | Total tests | 508 | 600 |

        | Metric | Before | After |
        |--------|--------|-------|
        | Critical Issues | 6 | 3 |
        | High Issues | 15 | 7 |
        | **Total Issues** | **[|20|]** | **10** |
        """);

    [Fact]
    public void Does_not_add_rows_about_another_thing_to_a_total_that_names_its_thing() => Verify("""
        | Category | Count |
        |----------|-------|
        | Unit tests | 11 |
        | Integration tests | 10 |
        | Test files | 4 |
        | **Total** | **21 tests** |

        | Catégorie | Quantité |
        |-----------|----------|
        | Tests unitaires | 11 |
        | Routes | 10 |
        | Tests E2E | 5 |
        | **Total** | **16 tests** |
        """);

    [Fact]
    public void Reports_a_bracketed_total_in_a_code_block_its_counts_contradict_in_English_and_French() => Verify("""
        ```
        assets/
        ├── icons/     ✅ (12 images)
        ├── photos/    ✅ (30 images)
        └── banners/   ✅ (4 images) [[|50+|] total]
        ```

        ```
        docs/
        ├── guides/    (6 fichiers)
        └── api/       (3 fichiers) [[|10|] total]
        ```
        """);

    [Fact]
    public void Block_total_message_adds_the_counts()
    {
        var d = Assert.Single(BuiltInRules.CreateLinter().Lint(StatusReports.WithFooter("```\nimg/\n├── a/ (2 images)\n└── b/ (3 images) [6 total]\n```\n")).Diagnostics, d => d.Id == "RL2001");
        Assert.Equal((4, 20), (d.Line, d.Column));
        Assert.Equal("total 6 ≠ 2 + 3 = 5 (the image counts of lines 3–4)", d.Message);
    }

    [Fact]
    public void Does_not_report_a_block_total_its_counts_reach_or_counts_of_other_things() => Verify("""
        ```
        assets/
        ├── icons/     (12 images)
        ├── photos/    (30 images)
        └── banners/   (4 images) [40+ total]
        ```

        ```
        docs/
        ├── guides/    (6 fichiers)
        └── api/       (3 pages) [10 total]
        ```

        ```
        src/
        ├── core/      (6 files)
        ├── README.md
        └── api/       (3 files) [10 total]
        ```
        """);

    [Fact]
    public void Reports_a_total_row_count_but_not_the_percentage_it_derives_from_its_own_counts_in_English_and_French() => Verify("""
        | Area | Requirements | Done | % |
        |------|--------------|------|---|
        | Users | 8 | 8 | 100% |
        | Meetings | 8 | 7 | 87.5% |
        | Reporting | 5 | 4 | 80% |
        | **TOTAL** | **21** | **[|17|]** | **81.0%** |

        | Domaine | Exigences | Complètes | % |
        |---------|-----------|-----------|---|
        | Utilisateurs | 8 | 8 | 100% |
        | Réunions | 8 | 7 | 87.5% |
        | Reporting | 5 | 4 | 80% |
        | **TOTAL** | **21** | **[|17|]** | **81.0%** |
        """);

    [Fact]
    public void Percentage_total_row_message_gives_the_rows_mean_not_their_sum()
    {
        var d = Assert.Single(BuiltInRules.CreateLinter().Lint(StatusReports.WithFooter("| Area | Done |\n|---|---|\n| API | 100% |\n| UI | 80% |\n| Docs | 60% |\n| **Total** | **95%** |\n")).Diagnostics, d => d.Id == "RL2001");
        Assert.Equal((6, 17), (d.Line, d.Column));
        Assert.Equal("Total 95% ≠ (100 + 80 + 60) / 3 = 80% (the mean of rows 3–5, whose sum is 240%)", d.Message);
    }

    [Fact]
    public void Reports_a_total_closing_a_list_of_counts_it_does_not_add_up_in_English_and_French() => Verify("""
        - ✅ Phase 1 done
        - ✅ Phase 2 done
        - ✅ Phase 3 terminée

        ### Breakdown by area
        - **Backend:** 6,296 lines
        - **Frontend:** 30,186 lines
        - **Total Code:** [|36,950 lines|]

        ### Répartition
        - Backend : 12 fichiers
        - Frontend : 30 fichiers
        - Documentation : 4 fichiers
        - **Total** : [|45|] fichiers
        """);

    [Fact]
    public void Reports_a_total_line_closing_a_code_block_of_bracketed_counts_in_English_and_French() => Verify("""
        ```
        DELETED:
        - _get_missing_method_prompt (38 lines)
        - _get_dead_code_prompt (34 lines)
        - _get_generic_task_prompt (265 lines)
        Total: [|353|] lines
        ```

        ```
        SUPPRIMÉS :
        - ancien_module.py (120 lignes)
        - vieux_script.sh (40 lignes)
        Total : [|170|] lignes
        ```
        """);

    // A key line on its own paragraph right after the list closes it as a last item does; ranges add end for end
    // (issue 49).
    [Fact]
    public void Reports_a_total_paragraph_after_its_list_and_reads_ranges_end_for_end_in_English_and_French() => Verify("""
        - ✅ Phase 1 done
        - ✅ Phase 2 done
        - ✅ Phase 3 terminée

        ### Done
        - ✅ **Phase 1:** Capability system (2 hours)
        - ✅ **Phase 2:** Build context (1 hour)

        **Total Completed:** [|4 hours|] of foundation work

        ## Temps estimé
        - **RH :** 2 jours
        - **CRM :** 2-3 jours
        - **Tests :** 3-4 jours

        **TOTAL ESTIMÉ :** [|8-10 jours|] pour finir
        """);

    [Fact]
    public void A_total_paragraph_within_the_range_of_its_parts_is_not_reported_in_English_and_French() => Verify("""
        - ✅ Phase 1 done
        - ✅ Phase 2 done
        - ✅ Phase 3 terminée

        ### Remaining
        - 🚧 **Phase 4:** Domain API (3-4 hours)
        - 🚧 **Phase 5:** Plugin migration (2-3 hours)
        - 🚧 **Phase 6:** Testing (1 hour)

        **Total Remaining:** 6-8 hours of implementation work

        ### Next
        - 🚧 **Phase 8:** Docs (1-2 hours)
        - 🚧 **Phase 9:** Release (2 hours)

        **Total Next:** 4 hours

        ## Temps estimé
        - **RH :** 2 jours
        - **CRM :** 2-3 jours

        **Total :** 5 jours

        Notes on the work:

        - **Backend:** 3 hours

        **Total:** 10 hours this month

        ### Later
        - **Docs:** 2 hours
        - **Release:** 3 hours

        ---

        **Total:** 12 hours across the quarter
        """);

    // A running total adds the parts of its list to the total before it: 5-8 + 1-2 + 1 + 1 = 8-12. A total that is
    // neither the sum of its parts nor the total before plus them is still reported (issue 49).
    [Fact]
    public void A_running_total_over_the_total_before_is_not_reported_in_English_and_French() => Verify("""
        - ✅ Phase 1 done
        - ✅ Phase 2 done
        - ✅ Phase 3 terminée

        ### Minimal
        - Wire the wizard: 2-3 hours
        - Enhance the template: 3-5 hours

        **Total: 5-8 hours** (estimated)

        ### With proper testing
        - Add integration tests: 1-2 hours
        - Update the README: 1 hour
        - Test on a fresh system: 1 hour

        **Total: 8-12 hours** (estimated)

        ### With a release
        - Tag the release: 1 hour
        - Publish the package: 1 hour

        **Total: [|15 hours|]** (estimated)

        ## Estimation
        - Backend : 3 jours
        - Frontend : 2 jours

        **Total : 5 jours**

        ### Avec les tests
        - Tests d'intégration : 2 jours
        - Recette : 1 jour

        **Total : 8 jours**
        """);

    [Fact]
    public void A_range_total_message_gives_both_ends()
    {
        var d = Assert.Single(BuiltInRules.CreateLinter().Lint(StatusReports.Of("- ✅ Phase 1\n- ✅ Phase 2\n- ✅ Phase 3\n\n## Temps estimé\n- **RH :** 2 jours\n- **CRM :** 2-3 jours\n- **Tests :** 3-4 jours\n\n**TOTAL ESTIMÉ :** 8-10 jours\n")).Diagnostics, d => d.Id == "RL2001");
        Assert.Equal("TOTAL ESTIMÉ 8-10 jours ≠ 2 jours + 2-3 jours + 3-4 jours = 7–9 (the jour counts of lines 8–10)", d.Message);
    }

    [Fact]
    public void Closing_total_message_adds_the_counts()
    {
        var d = Assert.Single(BuiltInRules.CreateLinter().Lint(StatusReports.Of("- ✅ Phase 1\n- ✅ Phase 2\n- ✅ Phase 3\n\n### Code\n- **Backend:** 6,296 lines\n- **Frontend:** 30,186 lines\n- **Total Code:** 36,950 lines\n")).Diagnostics, d => d.Id == "RL2001");
        Assert.Equal((10, 19), (d.Line, d.Column));
        Assert.Equal("Total Code 36,950 lines ≠ 6,296 lines + 30,186 lines = 36,482 (the line counts of lines 8–9)", d.Message);
    }

    [Fact]
    public void Does_not_report_a_closing_total_its_counts_make_or_that_sums_some_of_them_in_English_and_French() => Verify("""
        - ✅ Phase 1 done
        - ✅ Phase 2 done
        - ✅ Phase 3 terminée

        ### Code metrics
        - **Main HTML:** 16,700 lines (existing)
        - **Config System:** 170 lines (new)
        - **Production Utils:** 550 lines (new)
        - **Total New Code:** 720 lines

        ### Tests
        - Unit: 40 tests
        - Integration: 12 tests
        - **Total:** 52 tests

        ### Progression
        - Original: 4,193 lines
        - After Phase 1: 3,540 lines - eliminated 653 lines
        - After Phase 2: 3,061 lines - eliminated 479 lines
        - Total reduction: 1,132 lines

        ### Fichiers
        - Backend : 12 fichiers
        - Notes diverses
        - Frontend : 30 fichiers
        - Total : 45 fichiers

        ### Durées
        - Analyse : 2 jours
        - Tests : 20 %
        - Total : 5 jours

        ```
        SUPPRIMÉS :
        - ancien_module.py (120 lignes)
        - vieux_script.sh (40 lignes)
        Total : 160 lignes
        ```

        ```
        FICHIERS :
        - nouveau_module.py (120 lignes)
        - nouveau_script.sh (40 lignes)
        - ancien_module.py (300 lignes)
        Total nouveaux : 160 lignes
        ```
        """);

    [Fact]
    public void Reports_a_count_of_slash_joined_categories_their_headings_contradict_in_English_and_French() => Verify("""
        - [|10|] docs/config files created
        - [|7|] fichiers scripts/tests ajoutés

        ### Docs (6 files)
        - guide.md

        ### Config (3 files)
        - app.yaml

        ### Scripts (2 fichiers)
        - build.sh

        ### Tests (4 fichiers)
        - a_test.py
        """);

    [Fact]
    public void Category_message_adds_the_heading_counts()
    {
        var d = Assert.Single(BuiltInRules.CreateLinter().Lint(StatusReports.WithFooter("- 10 docs/config files created\n\n### Docs (6 files)\n\n### Config (3 files)\n")).Diagnostics, d => d.Id == "RL2001");
        Assert.Equal((1, 3), (d.Line, d.Column));
        Assert.Equal("docs/config files 10 ≠ 6 + 3 = 9 (the file counts of lines 3–5)", d.Message);
    }

    [Fact]
    public void Does_not_report_categories_that_add_up_or_lack_one_heading_each() => Verify("""
        - 9 docs/config files created
        - 5 fichiers scripts/tests ajoutés
        - 4 api/web pages

        ### Docs (6 files)

        ### Config (3 files)

        ### Scripts (2 fichiers)

        ### Tests (1 page)

        ### API (2 pages)

        ### API v2 (2 pages)

        ### Web (2 pages)
        """);
}
