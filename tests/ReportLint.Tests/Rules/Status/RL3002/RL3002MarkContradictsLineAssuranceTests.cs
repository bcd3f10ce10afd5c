using ReportLint.Diagnostics;
using ReportLint.Rules;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

/// <summary>RL3002: a done claim of conformity whose check is still open elsewhere in the report.</summary>
public class RL3002MarkContradictsLineAssuranceTests
{
    private static Diagnostic[] Findings(string report) =>
        BuiltInRules.CreateLinter().Lint(StatusReports.Checked(report)).Diagnostics.Where(d => d.Id == "RL3002").ToArray();

    [Fact]
    public void Reports_compliance_marked_done_while_its_audit_is_in_progress()
    {
        const string report = """
            # Phase 9 report: 100% complete

            ## Testing
            - ✅ Unit tests
            - 🔄 Accessibility audit

            ## Summary
            - ✅ Accessibility compliance
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((8, 3), (d.Line, d.Column));
        Assert.Equal("✅ marks 'Accessibility compliance' as done, but line 5 says its check is not: \"🔄 Accessibility audit\"", d.Message);
    }

    [Fact]
    public void Signale_une_conformite_validee_dont_l_audit_est_en_attente()
    {
        const string report = """
            # Rapport final : 100 % terminé

            ## Contrôles
            - ✅ Sauvegardes
            - ⏳ Audit RGPD

            ## Bilan
            - ✅ Conformité RGPD
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((8, 3), (d.Line, d.Column));
        Assert.Equal("✅ marks 'Conformité RGPD' as done, but line 5 says its check is not: \"⏳ Audit RGPD\"", d.Message);
    }

    [Fact]
    public void A_check_of_another_subject_or_a_planned_one_is_not_reported()
    {
        const string report = """
            # Phase 9 report: 100% complete

            ## Testing
            - ✅ Unit tests
            - 🔄 Security audit

            ## Summary
            - ✅ Accessibility compliance

            ## Next steps
            - ⏳ Accessibility audit (yearly)
            """;
        Assert.Empty(Findings(report));
    }
}
