using ReportLint.Diagnostics;
using ReportLint.Rules;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

/// <summary>
/// RL1002's certification check: compliance with a regime only an outside auditor certifies (SOC 2, ISO 27001, HIPAA),
/// claimed by the report itself, and left to RL1001 no more.
/// </summary>
public class RL1002SelfCertificationCertificationTests
{
    private static Diagnostic[] Findings(string report, string id = "RL1002") =>
        BuiltInRules.CreateLinter().Lint(StatusReports.Checked(report)).Diagnostics.Where(d => d.Id == id).ToArray();

    [Fact]
    public void Reports_a_regime_the_report_says_its_work_meets()
    {
        Diagnostic[] found = Findings("""
            # Compliance report

            **Status:** ✅ Complete

            ## Compliance

            - **SOC 2:** ✅ COMPLIANT
            - ✅ **GDPR/HIPAA Compatible** - Privacy-preserving architecture
            - ✅ Audit logging (FDA-compliant)
            - SOC 2 compliant architecture
            """);
        Assert.Equal([(7, 5), (8, 12), (9, 20)], found.Select(d => (d.Line, d.Column)));
        Assert.All(found, d => Assert.Equal("certification", d.Descriptor.Check));
        Assert.Equal(
            [
                "'SOC 2: ✅ COMPLIANT' claims what only an outside auditor certifies: name the auditor and the audit, or drop it",
                "'HIPAA Compatible' claims what only an outside auditor certifies: name the auditor and the audit, or drop it",
                "'FDA-compliant' claims what only an outside auditor certifies: name the auditor and the audit, or drop it",
            ],
            found.Select(d => d.Message));
        // SOC 2 said twice is one claim: its restatement is a related location.
        Assert.Equal(10, Assert.Single(found[0].AdditionalLocations).LineSpan.Start.Line);
    }

    [Fact]
    public void Signale_un_regime_que_le_rapport_dit_satisfaire()
    {
        Diagnostic d = Assert.Single(Findings("""
            # Rapport de conformité

            **Statut :** ✅ Terminé

            ## Conformité

            - Hébergement certifié HDS
            - ✅ RGPD conforme
            - ✅ Sauvegardes quotidiennes
            - ✅ Chiffrement au repos
            """));
        Assert.Equal((7, 15), (d.Line, d.Column));
        Assert.Equal("'certifié HDS' claims what only an outside auditor certifies: name the auditor and the audit, or drop it", d.Message);
    }

    [Fact]
    public void Leaves_a_regime_named_as_a_feature_a_plan_an_undone_item_or_an_audited_claim_alone_in_English_and_French()
    {
        const string report = """
            # Compliance report

            **Status:** ✅ Complete

            ## Delivered

            - ✅ Audit log export
            - ✅ Nightly backups
            - ✅ Encryption at rest

            ## Tests

            - **Audit** (75 tests): Logs, Metrics, Compliance (GDPR/SOC2/ISO27001/HIPAA)
            - **Sécurité** : tests d'isolation, conformité GDPR/SOC2
            - ❌ Compliance Scanning (SOC2, HIPAA)
            - [ ] Start SOC 2 certification
            - ⏳ Certification HDS en cours
            - ISO 27001 compliant, audited by Bureau Veritas (certificate FR-2026-114)
            - Conforme HDS : audité par AFNOR Certification

            """;
        Assert.Empty(Findings(report));
        // The same report read by the check: a regime it says it meets is reported.
        Assert.Equal(20, Assert.Single(Findings(report + "- **PCI DSS:** ✅ COMPLIANT\n")).Line);
    }

    [Fact]
    public void Rl1001_leaves_such_regimes_to_rl1002_and_keeps_standards_a_tool_checks_in_English_and_French()
    {
        Diagnostic[] found = Findings("""
            # Compliance report

            **Status:** ✅ Complete

            ## Compliance

            - **SOC 2:** ✅ COMPLIANT
            - **ISO 27001:** ✅ CONFORME
            - ✅ WCAG 2.1 AA Compliant
            - ✅ RGPD 100% conforme
            """, "RL1001");
        Assert.Equal([9, 10], found.Select(d => d.Line));
    }
}
