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
}
