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
}
