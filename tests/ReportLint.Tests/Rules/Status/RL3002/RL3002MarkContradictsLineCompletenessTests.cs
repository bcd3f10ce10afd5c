using ReportLint.Diagnostics;
using ReportLint.Rules;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

/// <summary>RL3002: a whole claimed done ("Complete documentation") while a part of it is still an open box.</summary>
public class RL3002MarkContradictsLineCompletenessTests
{
    private static Diagnostic[] Findings(string report) =>
        BuiltInRules.CreateLinter().Lint(StatusReports.Checked(report)).Diagnostics.Where(d => d.Id == "RL3002").ToArray();

    [Fact]
    public void Reports_comprehensive_documentation_generated_over_an_open_documentation_box()
    {
        const string report = """
            # Sprint 3 report: 100% complete

            - ✅ API
            - ✅ UI

            ### TODO Documentation
            - [ ] API documentation (OpenAPI)
            - [ ] Deployment guide

            ## Accomplished
            1. **Comprehensive Documentation** generated
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((11, 6), (d.Line, d.Column));
        Assert.Equal("'Comprehensive Documentation' claims all of it done, but line 7 says a part is not: \"[ ] API documentation (OpenAPI)\"", d.Message);
    }

    // An open box under a list of checks to run is a check not yet run, no part missing from the whole.
    [Fact]
    public void An_open_box_under_a_list_of_tests_to_run_is_no_part_missing_in_English_and_French()
    {
        const string report = """
            # CLI backend: 100% complete

            - ✅ Full scan functionality
            - ✅ Documentation exhaustive

            ## 🧪 Testing Checklist

            ### CLI Tool (Ready to Test)
            - [ ] Scan code via CLI
            - [ ] Scan files in batch

            ## Tests à effectuer
            - [ ] Lire la documentation API
            """;
        Assert.Empty(Findings(report));
    }

    [Fact]
    public void The_same_open_box_under_another_heading_is_a_part_missing()
    {
        const string report = """
            # CLI backend: 100% complete

            - ✅ Full scan functionality

            ## CLI Tool

            - [ ] Scan code via CLI
            - [ ] Scan files in batch
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((3, 5), (d.Line, d.Column));
        Assert.Equal("'Full scan functionality' claims all of it done, but line 7 says a part is not: \"[ ] Scan code via CLI\"", d.Message);
    }

    [Fact]
    public void Signale_une_documentation_complete_dont_une_partie_reste_a_faire()
    {
        const string report = """
            # Rapport de livraison : 100 % terminé

            - ✅ Serveur
            - ✅ Client
            - ✅ **Documentation exhaustive**

            ## Reste
            - [ ] Créer la documentation API
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((5, 7), (d.Line, d.Column));
        Assert.Equal("'Documentation exhaustive' claims all of it done, but line 8 says a part is not: \"[ ] Créer la documentation API\"", d.Message);
    }

    [Fact]
    public void Checks_extensions_and_advice_are_not_parts_missing_from_the_whole()
    {
        const string report = """
            # Sprint 3 report: 100% complete

            - ✅ Complete test suite
            - ✅ UI
            - ✅ API

            ## Follow-up
            - [ ] All tests passing on staging
            - [ ] Add visual regression testing
            - [ ] Run smoke tests

            ## Advice
            1. Run full test suite before each deployment
            """;
        Assert.Empty(Findings(report));
    }

    [Fact]
    public void Reports_a_whole_claimed_in_the_state_an_open_box_still_checks()
    {
        const string report = """
            # Sprint 3 report: 100% complete

            - ✅ UI
            - ✅ API
            - ✅ 20+ comprehensive tests passing

            ## Final checklist
            - [ ] All tests passing (`npm test`)
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((5, 9), (d.Line, d.Column));
        Assert.Equal("'comprehensive tests passing' claims all of it done, but line 8 says a part is not: \"[ ] All tests passing (npm test)\"", d.Message);
    }
}
