using ReportLint.Rules.Evidence;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

/// <summary>
/// RL1001: "tests pass" restates a test run the report shows, as it restates a full count of passed tests: a test
/// runner's command in a block of the report's commands with its passing result, on its line ("cargo test  # ✅ PASS") or
/// on the runner's next line ("$ pnpm test" over "✓ 12 tests passed"). A runner with no result, a result only expected,
/// a runner's file or a run in a plan backs nothing, nor does any run back a suite it does not name.
/// </summary>
public class RL1001UnverifiableClaimRunTests
{
    private static void Verify(string markup) => RuleVerifier.Verify(new RL1001UnverifiableClaim(), StatusReports.Of(markup));

    private static void VerifyChecked(string markup) => RuleVerifier.Verify(new RL1001UnverifiableClaim(), StatusReports.Checked(markup));

    [Fact]
    public void A_runner_shown_passing_on_its_line_backs_tests_pass_but_not_a_suite_it_does_not_name()
    {
        Verify("""
            ## Verification

            ```bash
            cargo build --release   # ✅ PASS
            cargo test              # ✅ PASS
            ```

            ## Checklist

            - [x] Workspace builds and tests pass
            - [x] Tests pass
            - [x] Security [|tests pass|]
            """);
    }

    [Fact]
    public void The_runners_report_on_the_line_after_its_command_backs_tests_passing()
    {
        Verify("""
            ## Verification

            ```
            $ pnpm build
            ✓ All 3 packages built
            $ pnpm test
            ✓ 12 tests passed
            ```

            - ✅ Tests passing
            """);
    }

    [Fact]
    public void A_runner_with_no_result_an_expected_result_or_a_runners_file_backs_nothing()
    {
        Verify("""
            ## Verification

            ```bash
            npm test           # Run all tests
            # Expected: 12 tests passed ✅
            └── pytest.ini     # ✅ config
            ```

            - ✅ [|Tests passing|]
            """);
    }

    [Fact]
    public void A_run_in_a_plan_backs_nothing()
    {
        Verify("""
            - ✅ [|Tests passing|]

            ## Next steps

            ```bash
            cargo test     # ✅ PASS
            cargo clippy   # ✅ PASS
            ```
            """);
    }

    // "builds and tests pass", "les tests passent": a joining word or an article before "tests" names no suite, so a full
    // count of the report's tests backs the claim as it backs "✅ Tests passing".
    [Fact]
    public void A_joining_word_before_tests_names_no_suite_in_English()
    {
        Verify("""
            - **Unit tests**: 171/171 passed

            ## Checklist

            - [x] Workspace builds and tests pass
            - [x] Docs updated
            """);
    }

    [Fact]
    public void Un_article_avant_tests_ne_nomme_aucune_suite_et_une_execution_montree_les_appuie()
    {
        VerifyChecked("""
            # Rapport de livraison

            ## Vérification

            ```bash
            cargo test     # ✅ OK
            cargo clippy   # ✅ OK
            ```

            ## Bilan

            - [x] Le projet compile et les tests passent
            - ✅ Tests : Sécurité [|tests passent|]
            """);
    }

    [Fact]
    public void Une_commande_de_tests_sans_resultat_n_appuie_rien()
    {
        VerifyChecked("""
            # Rapport de livraison

            ## Vérification

            ```bash
            npm test            # Lancer les tests
            # Attendu : 12 tests passed ✅
            npm run lint        # ✅ OK
            ```

            ## Bilan

            - [x] Le projet compile et les [|tests passent|]
            """);
    }
}
