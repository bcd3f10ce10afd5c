using ReportLint.Diagnostics;
using ReportLint.Rules;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

/// <summary>
/// RL1001: a claim's message quotes the claim as written (issue 49: a finding's message is right). French puts a
/// severity after the noun it qualifies ("0 vulnérabilité critique", "aucune vulnérabilité critique ou élevée"): the
/// message quotes it, or it would make the claim absolute, "aucune vulnérabilité", which the report does not say.
/// </summary>
public class RL1001UnverifiableClaimSeverityTests
{
    private static Diagnostic[] Findings(string report) =>
        BuiltInRules.CreateLinter().Lint(StatusReports.Checked(report)).Diagnostics.Where(d => d.Id == "RL1001").ToArray();

    [Fact]
    public void Quotes_the_severities_that_follow_the_claim_s_noun_in_French_and_the_claim_as_written_in_English()
    {
        const string report = """
            # Rapport d'audit

            - ✅ 0 vulnérabilité critique restante
            - **Verdict global** : aucune vulnérabilité **critique** ou élevée.
            - ✅ No critical vulnerabilities
            """;

        Diagnostic[] found = Findings(report);
        Assert.Equal([(3, 5), (4, 24), (5, 5)], found.Select(d => (d.Line, d.Column)));
        Assert.Equal("Unverifiable claim '0 vulnérabilité critique': no count, link, log or command backs it", found[0].Message);
        Assert.Equal("Unverifiable claim 'aucune vulnérabilité critique ou élevée': no count, link, log or command backs it", found[1].Message);
        Assert.Equal("Unverifiable claim 'No critical vulnerabilities': no count, link, log or command backs it", found[2].Message);
    }

    // A value the severity follows ("| Security Issues | 0 Critical |", "**Bugs** : Aucun critique") is the claim of
    // that severity too.
    [Fact]
    public void Quotes_the_severities_that_follow_a_metric_s_value_in_English_and_French()
    {
        const string report = """
            # Project Completion Report

            **Status:** ✅ COMPLETE

            | Metric | Value |
            |---|---|
            | Security Issues | 0 Critical |

            - ✅ Release notes
            - ✅ **Bugs** : Aucun critique
            """;

        Diagnostic[] found = Findings(report);
        Assert.Equal([(7, 3), (10, 7)], found.Select(d => (d.Line, d.Column)));
        Assert.Equal("Unverifiable claim 'Security Issues | 0 Critical': no count, link, log or command backs it", found[0].Message);
        Assert.Equal("Unverifiable claim 'Bugs : Aucun critique': no count, link, log or command backs it", found[1].Message);
    }

    // Only a severity right after the noun (spaces and emphasis between) belongs to the claim, and a joint only after a
    // first severity: a sentence that ends, or a joint with nothing before it, leaves the claim as it is.
    [Theory]
    [InlineData("- ✅ Aucune vulnérabilité. Critique : la rotation des clés reste à planifier.", "Aucune vulnérabilité")]
    [InlineData("- ✅ Aucune vulnérabilité ou critique de sécurité relevée", "Aucune vulnérabilité")]
    [InlineData("- ✅ Zero vulnerabilities. Critical path tests run nightly.", "Zero vulnerabilities")]
    public void Quotes_no_word_past_the_end_of_the_claim_in_French_and_English(string line, string claim)
    {
        Diagnostic d = Assert.Single(Findings("# Rapport d'audit\n\n" + line + "\n"));
        Assert.Equal((3, 5), (d.Line, d.Column));
        Assert.Equal($"Unverifiable claim '{claim}': no count, link, log or command backs it", d.Message);
    }
}
