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

    // The standard a compliance claim names is quoted with it, before or after it, as the report writes it: without it
    // "100% compliance" would read as compliance with everything (issue 49: a finding's message is right).
    [Fact]
    public void Quotes_the_standard_a_compliance_claim_names_in_English_and_French()
    {
        const string report = """
            # Project Completion Report

            **Status:** ✅ COMPLETE

            - ✅ Unit tests
            - **OWASP Top 10 Compliance**: **100%**
            - ✅ 100% compliance with GDPR
            - **Conformité RGAA 4.1** : **100%**
            - ✅ 100% CONFORMITÉ HDS
            """;
        Diagnostic[] found = Findings(report);
        Assert.Equal([(6, 18), (7, 5), (8, 5), (9, 5)], found.Select(d => (d.Line, d.Column)));
        Assert.Equal("Unverifiable claim 'OWASP Top 10 Compliance: 100%': no count, link, log or command backs it", found[0].Message);
        Assert.Equal("Unverifiable claim '100% compliance with GDPR': no count, link, log or command backs it", found[1].Message);
        Assert.Equal("Unverifiable claim 'Conformité RGAA 4.1 : 100%': no count, link, log or command backs it", found[2].Message);
        Assert.Equal("Unverifiable claim '100% CONFORMITÉ HDS': no count, link, log or command backs it", found[3].Message);
    }
}
