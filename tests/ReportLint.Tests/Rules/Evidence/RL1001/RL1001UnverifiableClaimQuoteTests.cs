using ReportLint.Diagnostics;
using ReportLint.Rules;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

/// <summary>RL1001: the message quotes the metric as its key names it.</summary>
public class RL1001UnverifiableClaimQuoteTests
{
    private static Diagnostic[] Findings(string report) =>
        BuiltInRules.CreateLinter().Lint(StatusReports.Checked(report)).Diagnostics.Where(d => d.Id == "RL1001").ToArray();

    [Fact]
    public void Quotes_the_capitalised_words_that_name_the_metric_with_it_not_the_words_of_a_sentence()
    {
        const string report = """
            # Build report

            **Status:** ✅ Complete

            - ✅ **Security Vulnerabilities:** 0
            - ✅ known vulnerabilities: 0
            """;
        Diagnostic[] found = Findings(report);
        Assert.Equal([(5, 16), (6, 11)], found.Select(d => (d.Line, d.Column)));
        Assert.Equal("Unverifiable claim 'Security Vulnerabilities: 0': no count, link, log or command backs it", found[0].Message);
        Assert.Equal("Unverifiable claim 'vulnerabilities: 0': no count, link, log or command backs it", found[1].Message);
    }

    [Fact]
    public void Cite_la_metrique_telle_que_sa_cle_la_nomme()
    {
        const string report = """
            # Rapport de build

            **Statut :** ✅ Terminé

            - ✅ **Vulnérabilités** : 0
            - ✅ **Couverture Backend** : 100 %
            """;
        Diagnostic[] found = Findings(report);
        Assert.Equal(2, found.Length);
        Assert.Equal("Unverifiable claim 'Vulnérabilités : 0': no count, link, log or command backs it", found[0].Message);
        Assert.Equal("Unverifiable claim 'Couverture Backend : 100 %': no count, link, log or command backs it", found[1].Message);
    }

    // The message quotes the claim whole (issue 49: a finding's message is right): the severities after its noun or
    // its value, which French puts there ("0 vulnérabilité critique"), and the standard a compliance claim names, before
    // or after it, with its full score. Without them "aucune vulnérabilité" or "100% compliance" would read as absolute.
    [Theory]
    [InlineData("- ✅ 0 vulnérabilité critique restante", 8, 5, "0 vulnérabilité critique")]
    [InlineData("- **Verdict global** : aucune vulnérabilité **critique** ou élevée.", 8, 24, "aucune vulnérabilité critique ou élevée")]
    [InlineData("- ✅ **Bugs** : Aucun critique", 8, 7, "Bugs : Aucun critique")]
    [InlineData("| Metric | Value |\n|---|---|\n| Security Issues | 0 Critical |", 10, 3, "Security Issues | 0 Critical")]
    [InlineData("- ✅ No critical vulnerabilities", 8, 5, "No critical vulnerabilities")]
    [InlineData("- **OWASP Top 10 Compliance**: **100%**", 8, 18, "OWASP Top 10 Compliance: 100%")]
    [InlineData("- ✅ 100% compliance with GDPR", 8, 5, "100% compliance with GDPR")]
    [InlineData("- **Conformité RGAA 4.1** : **100%**", 8, 5, "Conformité RGAA 4.1 : 100%")]
    [InlineData("- ✅ 100% CONFORMITÉ HDS", 8, 5, "100% CONFORMITÉ HDS")]
    // Only what stands right after the claim (spaces and emphasis between) is quoted with it, and a joint only after a
    // first severity: a sentence that ends, or a joint with nothing before it, leaves the claim as it is.
    [InlineData("- ✅ Aucune vulnérabilité. Critique : la rotation des clés reste à planifier.", 8, 5, "Aucune vulnérabilité")]
    [InlineData("- ✅ Aucune vulnérabilité ou critique de sécurité relevée", 8, 5, "Aucune vulnérabilité")]
    [InlineData("- ✅ Zero vulnerabilities. Critical path tests run nightly.", 8, 5, "Zero vulnerabilities")]
    public void Quotes_the_claim_whole_with_its_severities_and_its_standard_in_English_and_French(string claim, int line, int column, string quote)
    {
        string report = "# Project Completion Report\n\n**Status:** ✅ COMPLETE\n\n- ✅ Release notes\n- ✅ Migration guide\n\n" + claim + "\n";
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((line, column), (d.Line, d.Column));
        Assert.Equal($"Unverifiable claim '{quote}': no count, link, log or command backs it", d.Message);
    }
}
