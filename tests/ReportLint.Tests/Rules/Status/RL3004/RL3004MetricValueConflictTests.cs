using ReportLint.Rules;
using ReportLint.Rules.Status;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

public class RL3004MetricValueConflictTests
{
    private static void Verify(string markup) => RuleVerifier.Verify(new RL3004MetricValueConflict(), StatusReports.Of(markup));

    [Fact]
    public void Reports_one_metric_given_two_values_in_any_language() => Verify("""
        ## Security

        - ✅ Security Score: 95/100 (target: > 90)
        - ✅ Security Headers: 100% compliance
        - ✅ Tests: 12/12

        ## Validation

        - ✅ validate_security.ps1 - Score sécurité : [|85/100|]
        - [|⚠️ Security Headers - Missing headers (medium)|]
        """);

    [Fact]
    public void Does_not_compare_a_metric_under_two_lead_ins_of_a_block_in_English_and_French() => Verify("""
        ### Performance Metrics (60s, 20 VUs)

        ```
        Board Operations:
        - p95 Latency: 385.2ms (Target: ≤800ms) ✅
        - Success Rate: 96% (396/411 requests)

        Stats Operations:
        - p95 Latency: 410.98ms (Target: ≤500ms) ✅
        - Success Rate: 97% (402/411 requests)
        ```

        ### Mesures

        ```
        Client :
        - Latence p95 : 120 ms ✅
        Admin :
        - Latence p95 : 180 ms ✅
        ```
        """);

    [Fact]
    public void Compares_a_metric_under_a_lead_in_with_the_same_metric_under_none() => Verify("""
        ## Security

        ```
        ✅ Security Score: 95/100 (target: > 90)
        ✅ Critical Vulnerabilities: 0
        ```

        ## Validation

        ```
        Security scan results:
          Critical Issues: 0 ✅
          Security Score: [|85/100|] ✅
        ```
        """);

    [Fact]
    public void Message_names_both_places()
    {
        const string report = "- ✅ Security Score: 95/100\n- ✅ Uptime: 99.9%\n- ✅ Security score: 85/100\n";
        var d = Assert.Single(BuiltInRules.CreateLinter().Lint(StatusReports.WithFooter(report)).Diagnostics, d => d.Id == "RL3004");
        Assert.Equal((3, 21), (d.Line, d.Column));
        Assert.Equal("Security score is 85/100 here but 95/100 at line 1", d.Message);
        Assert.Equal(1, Assert.Single(d.AdditionalLocations).LineSpan.Start.Line);
    }

    [Fact]
    public void Does_not_report_progress_under_different_periods() => Verify("""
        ## Week 1
        - ✅ Test coverage: 60%
        - ✅ Build
        ## Week 4
        - ✅ Test coverage: 85%
        - ✅ Deploy
        """);

    [Fact]
    public void Does_not_report_values_that_differ_between_examples_in_English_and_French() => Verify("""
        ## Port bands

        - ✅ Static band implemented
        - ✅ Dynamic band implemented
        - ✅ Documentation

        Example 1, the default range:

        - Band Offset: 86
        - Static band start: 30000

        Example 2, a large range:

        - Band Offset: 128
        - Static band start: 20000

        Exemple 3, une petite plage :

        - Décalage de bande : 16
        - Début de bande statique : 32567

        ### Exemples de pods

        | Pod | CPU |
        |---|---|
        | Pod garanti | 0.5 |
        | Pod garanti | 2.0 |
        """);

    [Fact]
    public void Reports_values_that_differ_under_lead_ins_that_are_not_examples() => Verify("""
        ## Port bands

        - ✅ Static band implemented
        - ✅ Dynamic band implemented
        - ✅ Documentation

        Summary:

        - Band Offset: 86

        Détails :

        - Band Offset: [|128|]
        """);

    [Fact]
    public void Does_not_read_a_metric_behind_a_label_in_code_or_the_numbers_of_a_name_in_code() => Verify("""
        ## Coverage

        - ✅ Unit tests
        - ✅ Integration tests
        - ✅ Documentation
        - `/pkg/controller/autoscaler`: 05 Nov 2025 - 89.1%
        - `/pkg/controller/autoscaler/metrics`: 05 Nov 2025 - 89.9%
        - `/pkg/planificateur` : 5 nov. 2025 - 71 %
        - `/pkg/planificateur/files` : 5 nov. 2025 - 74 %
        - Feature gate name: `MountPolicy` (alpha in 1.30, beta in 1.33)
        - Feature gate name: `ChangePolicy` (alpha in 1.32, beta in 1.33)
        - Nom de la fonctionnalité : `ReadOnlyPolicy` (alpha en 1.29)
        - Nom de la fonctionnalité : `WritePolicy` (alpha en 1.31)
        """);

    [Fact]
    public void Does_not_report_documents_that_are_not_reports() => Verify("""
        ## Aliases
        Valid values: 1024

        ## Drives
        Valid values: 256
        """);

    [Fact]
    public void Does_not_report_generic_names_or_section_scoped_metrics_in_other_sections() => Verify("""
        - ✅ Tests: 7/7
        - ✅ Tests: 12/12

        ## Backend
        - ✅ Files changed: 12

        ## Frontend
        - ✅ Files changed: 7
        """);

    [Fact]
    public void Reports_a_section_scoped_metric_within_its_section() => Verify("""
        - ✅ Files changed: 12
        - ✅ Build
        - ✅ Files changed: [|7|]
        """);

    [Fact]
    public void Does_not_compare_values_of_different_kinds() => Verify("""
        - ✅ Critical issues: -30 points
        - ✅ Critical issues: 0
        - ✅ Security score: 95/100
        - ✅ Security score: 95%
        """);

    [Fact]
    public void Compares_only_actual_values_in_English() => Verify("""
        ## Summary

        - ✅ Security Score: 3.5/10 → 9.8/10
        - ✅ Uptime: 99.9%
        - ✅ Build: green

        ## Security

        - ✅ Security Score: 9.8/10
        - ⏳ Security Score: once deployed, 10/10
        - Security Score: could reach 9.9/10 next quarter
        - Security Score: 9.5/10?
        - ✅ Security Score: [|9.1/10|]
        """);

    [Fact]
    public void Compares_only_actual_values_in_French() => Verify("""
        ## Synthèse

        - ✅ Score sécurité : avant 60/100, après 95/100
        - ✅ Disponibilité : 99,9 %
        - ✅ Build : vert

        ## Sécurité

        - ✅ Score sécurité : 95/100
        - ⏳ Score sécurité : une fois déployé, 99/100
        - Score sécurité : pas encore 98/100
        - Score sécurité : on vise 97/100
        - ✅ Score sécurité : [|91/100|]
        """);

    [Fact]
    public void A_quoted_testimonial_is_no_claim_to_contradict() => Verify("""
        - ✅ Security Score: 95/100
        - ✅ Uptime: 99.9%
        - ✅ Build: green

        > Security Score: 70/100 is what we had last year, said the auditor.
        >
        > — Jane Doe, auditor
        """);

    [Fact]
    public void Does_not_compare_one_metric_of_two_subjects() => Verify("""
        - ✅ p95 latency - checkout (120 ms)
        - ✅ p95 latency - search (340 ms)
        - ✅ Colour Adjustment - Luminance (0%)
        - ✅ Colour Adjustment - Saturation (100%)
        - ⚠️ p95 latency - checkout ([|180 ms|])
        """);

    [Fact]
    public void Does_not_compare_a_metric_stated_module_by_module_in_English() => Verify("""
        ## Modules

        ### 1. Scheduler
        - ✅ Status: done
        - ✅ Coverage: 98%

        ### 2. Resolver
        - ✅ Status: done
        - ✅ Coverage: 91%

        ### 3. Config loader
        - ✅ Status: done
        - ✅ Coverage: 95%
        """);

    [Fact]
    public void Does_not_compare_a_metric_stated_module_by_module_in_French() => Verify("""
        ## Modules

        ### 1. Planificateur
        - ✅ Statut : terminé
        - ✅ Couverture de code : 98 %

        ### 2. Résolveur
        - ✅ Statut : terminé
        - ✅ Couverture de code : 91 %

        ### 3. Chargeur
        - ✅ Statut : terminé
        - ✅ Couverture de code : 95 %
        """);

    [Fact]
    public void Reports_a_report_wide_metric_given_two_values_in_two_sections() => Verify("""
        ## Summary
        - ✅ Coverage: 98%
        - ✅ Build: green

        ## Details
        - ✅ Lint: clean
        - ✅ Coverage: [|91%|]
        """);

    [Fact]
    public void Does_not_compare_sub_items_of_two_leads_in_English() => Verify("""
        - ✅ Endpoints wired
        - ✅ Build: green
        - ✅ Emails sent
        1. **`api/registrations.ts`**
           - SQL join: 4 tables
           - Result: confirmation emails
        2. **`api/completions.ts`**
           - SQL join: 3 tables
           - Result: certificates
        """);

    [Fact]
    public void Reports_sub_items_of_one_lead_in_French() => Verify("""
        - ✅ Points d'accès branchés
        - ✅ Build vert
        - ✅ Courriels envoyés
        1. **`api/inscriptions.ts`**
           - Jointure SQL : 4 tables
           - Résultat : courriels envoyés
           - Jointure SQL : [|3|] tables
        2. **`api/attestations.ts`**
           - Jointure SQL : 2 tables
        """);

    [Fact]
    public void Compares_bounds_ranges_and_approximations_as_intervals_in_English() => Verify("""
        ## Summary
        - ✅ Coverage: 95%+
        - ✅ Response time: 100 - 500 ms
        - ✅ Uptime: 99.9%

        ## Details
        - ✅ Coverage: 98%
        - ✅ Response time: [|45 ms|]
        - ✅ Uptime: 99.95%
        - ✅ Coverage: [|90%|]
        """);

    [Fact]
    public void Compares_bounds_ranges_and_approximations_as_intervals_in_French() => Verify("""
        ## Synthèse
        - ✅ Couverture de code : 95 %+
        - ✅ Temps de réponse : 100 – 500 ms
        - ✅ Disponibilité : 99,9 %

        ## Détails
        - ✅ Couverture de code : 97 %
        - ✅ Temps de réponse : [|45 ms|]
        - ✅ Disponibilité : 99,95 %
        """);

    [Fact]
    public void Message_shows_a_range_and_a_bound_as_written()
    {
        const string report = "- ✅ Average latency: 100 - 500 ms\n- ✅ Build: green\n- ✅ Coverage: 95%+\n- ✅ Average latency: 45 ms\n- ✅ Coverage: 80%\n";
        var found = BuiltInRules.CreateLinter().Lint(StatusReports.WithFooter(report)).Diagnostics.Where(d => d.Id == "RL3004").Select(d => (d.Line, d.Message)).ToArray();
        Assert.Equal([(4, "Average latency is 45 ms here but 100 - 500 ms at line 1"), (5, "Coverage is 80% here but 95%+ at line 3")], found);
    }

    [Fact]
    public void Does_not_compare_current_and_projected_or_target_and_result() => Verify("""
        - ✅ Response time: 180 ms (target: < 120 ms)
        - ✅ Build: green
        - ⏳ Response time: expected to reach 90 ms once deployed
        - Response time: must be 120 ms
        - ✅ Tests: 40/40
        - ✅ Temps de réponse : 180 ms
        - Temps de réponse : 90 ms prévu
        """);

    [Fact]
    public void Reports_a_whole_value_before_its_metric_against_the_lower_value_named_above()
    {
        var d = Assert.Single(BuiltInRules.CreateLinter().Lint("""
            # Sprint 4 report

            **Status:** ✅ Complete

            ## Results

            - Pass rate: ✅ 97.5% (195/200)
            - Coverage: 82%

            ## Conclusion

            - ✅ 100% test pass rate
            """).Diagnostics, d => d.Id == "RL3004");
        Assert.Equal((12, 5), (d.Line, d.Column));
        Assert.Equal("'100% test pass rate' here, but Pass rate is 97.5% at line 7", d.Message);
        Assert.Equal(7, Assert.Single(d.AdditionalLocations).LineSpan.Start.Line);
    }

    [Fact]
    public void Reports_a_French_whole_value_before_its_metric_against_the_lower_value_named_above()
    {
        var d = Assert.Single(BuiltInRules.CreateLinter().Lint("""
            # Rapport de sprint 4

            **Statut :** ✅ Terminé

            ## Résultats

            - Taux de réussite : ✅ 96,5 % (193/200)
            - Couverture de code : 81 %

            ## Conclusion

            - ✅ 100 % de taux de réussite
            """).Diagnostics, d => d.Id == "RL3004");
        Assert.Equal((12, 5), (d.Line, d.Column));
        Assert.Equal("'100 % de taux de réussite' here, but Taux de réussite is 96,5 % at line 7", d.Message);
    }

    [Fact]
    public void Does_not_report_a_whole_value_the_report_states_above_or_a_headline_over_a_before_value()
    {
        Assert.DoesNotContain(BuiltInRules.CreateLinter().Lint(StatusReports.Checked("""
            # Sprint 4 report: 100% pass rate

            **Status:** ✅ Complete

            ## Before this sprint

            - Pass rate: 97.5% (195/200)

            ## Results

            - Pass rate: ✅ 100% (200/200)
            - Coverage: 82%

            ## Conclusion

            - ✅ 100% test pass rate
            """)).Diagnostics, d => d.Id == "RL3004");
        Assert.DoesNotContain(BuiltInRules.CreateLinter().Lint(StatusReports.Checked("""
            # Rapport de sprint 4

            **Statut :** ✅ Terminé

            ## Résultats

            - Taux de réussite : ✅ 100 % (200/200)
            - Taux d'erreur : 0,5 %

            ## Conclusion

            - ✅ 100 % de taux de réussite
            - ✅ 100 % de disponibilité
            """)).Diagnostics, d => d.Id == "RL3004");
    }
}
