using ReportLint.Rules;
using ReportLint.Rules.Evidence;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

public class RL1001UnverifiableClaimTests
{
    private static void Verify(string markup, string? fixedText = null) => RuleVerifier.Verify(new RL1001UnverifiableClaim(), markup, fixedText);

    [Fact]
    public void Reports_absolute_claims_without_evidence() => Verify("""
        - **644 Unit Tests**: [|100% pass rate|]
        - **40+ E2E Tests**: [|100% pass rate|]
        - **9 Load Test Scenarios**: [|All thresholds met|]
        - **10 OWASP Security Tests**: [|0 vulnerabilities|]
        - **Tests unitaires** : [|100% de couverture|] des services principaux
        - **Tests de sécurité** : 18/18 tests passent ([|protection contre toutes les attaques|])
        """, """
        - **644 Unit Tests**: 644/644 passed
        - **40+ E2E Tests**: [|100% pass rate|]
        - **9 Load Test Scenarios**: [|All thresholds met|]
        - **10 OWASP Security Tests**: [|0 vulnerabilities|]
        - **Tests unitaires** : [|100% de couverture|] des services principaux
        - **Tests de sécurité** : 18/18 tests passent ([|protection contre toutes les attaques|])
        """.Replace("[|", "", StringComparison.Ordinal).Replace("|]", "", StringComparison.Ordinal));

    [Fact]
    public void Fix_writes_the_count_in_the_claims_language() => Verify(
        "- **120 tests d'intégration** : [|100% de réussite|]\n",
        "- **120 tests d'intégration** : 120/120 réussis\n");

    [Fact]
    public void Message_offers_the_count_form_when_the_count_is_stated()
    {
        var d = Assert.Single(BuiltInRules.CreateLinter().Lint("- **644 Unit Tests**: 100% pass rate\n").Diagnostics);
        Assert.Equal(("RL1001", 1, 23), (d.Id, d.Line, d.Column));
        Assert.Equal("Unverifiable claim '100% pass rate': no count, link, log or command backs it; if all 644 did, say '644/644 passed'", d.Message);
    }

    [Fact]
    public void Reports_claims_in_table_rows_and_sentences() => Verify("""
        | Area | Result |
        |------|--------|
        | Security | [|zero vulnerabilities|] |

        The release went out with [|zero downtime|]. Everything else is pending.
        """);

    [Fact]
    public void Does_not_report_claims_backed_by_a_count_a_link_or_code() => Verify("""
        - **Unit tests**: 644/644 passed, 100% pass rate
        - **Security**: 0 vulnerabilities ([ZAP report](https://example.org/zap.html))
        - **Coverage**: 100% coverage, see `reports/coverage.xml`
        """);

    [Fact]
    public void Does_not_report_capabilities_or_claims_in_code() => Verify("""
        The orchestrator supports zero downtime deployments and aims for 100% uptime.

        ```text
        100% pass rate
        ```
        """);

    [Fact]
    public void Does_not_report_quoted_claims() => Verify("""
        Claims such as "100% pass rate", “zero downtime” or « protection contre toutes les attaques » need evidence.
        """);

    [Fact]
    public void Does_not_report_ordinary_percentages() => Verify("""
        The bar fills to 100% when the upload completes; 0 means none. Coverage rose to 85%.
        """);
}
