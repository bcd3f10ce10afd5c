using ReportLint.Diagnostics;
using ReportLint.Rules;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

/// <summary>RL3002: a check said run while an open step still asks to run it on the same thing.</summary>
public class RL3002MarkContradictsLineChecksTests
{
    private static Diagnostic[] Findings(string report) =>
        BuiltInRules.CreateLinter().Lint(StatusReports.Checked(report)).Diagnostics.Where(d => d.Id == "RL3002").ToArray();

    [Fact]
    public void Reports_a_mitigation_that_says_tested_while_the_test_is_still_a_step()
    {
        const string report = """
            # Launch report

            - ✅ Landing page
            - ✅ Booking form

            | Risk | Likelihood | Mitigation |
            |------|------------|------------|
            | Payment errors | Low | Tested on several browsers |

            ## Before launch
            1. ⚠️ Test on real browsers (1 hour)
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((8, 26), (d.Line, d.Column));
        Assert.Equal("'Tested on several browsers' says the check was run, but line 11 still lists it: \"⚠️ Test on real browsers (1 hour)\"", d.Message);
    }

    [Fact]
    public void Signale_une_verification_dite_faite_qu_une_etape_ouverte_demande_encore()
    {
        const string report = """
            # Rapport de mise en ligne

            - ✅ Page d'accueil
            - ✅ Formulaire de réservation
            - Vérifié sur plusieurs navigateurs

            ## Avant la mise en ligne
            - ⏳ Vérifier sur les navigateurs mobiles
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((5, 3), (d.Line, d.Column));
        Assert.Equal("'Vérifié sur plusieurs navigateurs' says the check was run, but line 8 still lists it: \"⏳ Vérifier sur les navigateurs mobiles\"", d.Message);
    }

    [Fact]
    public void A_check_of_another_thing_or_a_failed_step_is_not_reported()
    {
        const string report = """
            # Launch report

            - ✅ Landing page
            - ✅ Booking form
            - Tested on desktop browsers

            ## Before launch
            1. ⚠️ Test on real phones (1 hour)
            2. ❌ Test on desktop browsers with the new CDN
            """;
        Assert.Empty(Findings(report));
    }
}
