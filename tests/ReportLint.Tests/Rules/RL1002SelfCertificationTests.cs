using ReportLint.Rules;
using ReportLint.Rules.Evidence;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

public class RL1002SelfCertificationTests
{
    private static void Verify(string markup) => RuleVerifier.Verify(new RL1002SelfCertification(), markup);

    [Fact]
    public void Reports_self_certification_and_hype() => Verify("""
        **PROJECT COMPLETION REPORT - [|SIGNED & APPROVED|] ✅**

        *This project has been completed to the [|highest standards|] of quality.*

        **Security**: ✅ **[|ENTERPRISE-GRADE|]**
        """);

    [Fact]
    public void Reports_French_self_certification_even_through_mojibake() => Verify("""
        **[|CertifiÃ© le|]**: 17 Juin 2025
        **[|ValidÃ© par|]**: IA-2 Architecture & Production Team
        """);

    [Fact]
    public void Reports_more_than_all_of_the_objectives() => Verify("""
        - Objectifs : [|125%|] des objectifs atteints
        """);

    [Fact]
    public void Message_says_what_is_missing()
    {
        var d = Assert.Single(BuiltInRules.CreateLinter().Lint("Status: enterprise-grade\n").Diagnostics);
        Assert.Equal(("RL1002", ReportLint.Diagnostics.Severity.Info, 1, 9), (d.Id, d.Severity, d.Line, d.Column));
        Assert.Equal("'enterprise-grade' certifies the work with no outside authority: name the auditor, the standard or the evidence, or drop it", d.Message);
    }

    [Fact]
    public void Does_not_report_certification_by_a_named_authority() => Verify("""
        The service is ISO 27001 certified; the SOC 2 report was signed and approved by an external auditor.
        """);

    [Fact]
    public void Does_not_report_signed_scripts_or_certificates() => Verify("""
        Scripts must be signed with a code-signing certificate; the certificate authority signs the request.
        """);
}
