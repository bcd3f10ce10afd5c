using ReportLint.Rules;
using ReportLint.Rules.Arithmetic;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

public class RL2006BarContradictsPercentageTests
{
    private static void Verify(string markup) => RuleVerifier.Verify(new RL2006BarContradictsPercentage(), StatusReports.Of(markup));

    [Fact]
    public void Reports_bars_that_draw_another_share_in_English_and_French() => Verify("""
        # Sprint status

        ```
        Backend    [|[██░░░░░░░░]|] 80%
        Frontend   [|▓▓▓▓▓▓▓▓▓▓|] 40 %
        Tests      [|[####------]|] 90%
        ```

        ## Avancement

        ```
        Authentification [|████░░░░░░|] 100 %
        Paiement         [████████░░] 80 %
        ```
        """);

    [Fact]
    public void Message_gives_the_drawn_share_and_the_cells()
    {
        const string report = "```\nBackend    [██░░░░░░░░] 80%\nFrontend   [████████░░] 80%\n```\n";
        var d = Assert.Single(BuiltInRules.CreateLinter().Lint(StatusReports.WithFooter(report)).Diagnostics, d => d.Id == "RL2006");
        Assert.Equal((2, 12), (d.Line, d.Column));
        Assert.Equal("The bar of 'Backend' draws 20% (2 of 10 cells) but says 80%", d.Message);
    }

    [Fact]
    public void Does_not_report_rounding_to_a_cell_coarse_bars_or_code() => Verify("""
        ```
        Backend    [████████░░] 80%
        Frontend   [████▌     ] 45%
        Docs       ▓▓▓▓▓▓▓░░░ 75%
        API        [###-] 10%
        ```

        ## Résultats

        ```
        Couverture ████████▉░ 88 %
        ```

        ```python
        print("[" + "#" * done + "-" * (10 - done) + "] 80%")
        ```
        """);

    [Fact]
    public void Does_not_read_a_percentage_of_change_after_a_bar_as_its_share_in_English_and_French() => Verify("""
        ```
        Code Duplication:
          Before: 18 LOC ▓▓▓▓▓▓▓▓░░
          After:   0 LOC ░░░░░░░░░░ 100% Eliminated ✅
          After:   3 LOC ██░░░░░░░░ 83% reduction
        ```

        ## Résultats

        ```
        Avant : 120 lignes ██████████
        Après :  30 lignes ██░░░░░░░░ 75 % de réduction
        Après :   0 ligne  ░░░░░░░░░░ 100 % supprimés
        ```
        """);

    [Fact]
    public void Still_reports_a_bar_whose_percentage_is_followed_by_other_words() => Verify("""
        ```
        Backend  [|░░░░░░░░░░|] 100% complete ✅
        Frontend [|██░░░░░░░░|] 90 % terminé
        ```
        """);
}
