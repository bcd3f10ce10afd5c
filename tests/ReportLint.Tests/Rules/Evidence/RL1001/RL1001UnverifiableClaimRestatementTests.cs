using ReportLint.Diagnostics;
using ReportLint.Rules;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

/// <summary>RL1001: compliance with one standard, at one level, is one claim however the report words it.</summary>
public class RL1001UnverifiableClaimRestatementTests
{
    private static Diagnostic[] Findings(string report) =>
        BuiltInRules.CreateLinter().Lint(StatusReports.Checked(report)).Diagnostics.Where(d => d.Id == "RL1001").ToArray();

    [Fact]
    public void Compliance_with_one_standard_restated_in_other_words_is_one_finding_and_another_level_another()
    {
        const string report = """
            # Accessibility report

            **Status:** ✅ Complete

            ## Summary

            - ✅ WCAG 2.1 AA compliant
            - ✅ GDPR compliant

            ## Conclusion

            - **WCAG 2.1 AA compliance** ✅
            - **WCAG 2.1 AAA compliance** ✅
            """;
        Diagnostic[] found = Findings(report);
        Assert.Equal([(8, 5), (12, 5), (13, 5)], found.Select(d => (d.Line, d.Column)));
        Assert.Equal("Unverifiable claim 'WCAG 2.1 AA compliance': no count, link, log or command backs it", found[1].Message);
        Assert.Equal(7, Assert.Single(found[1].AdditionalLocations).LineSpan.Start.Line);
        Assert.Equal("Unverifiable claim 'WCAG 2.1 AAA compliance': no count, link, log or command backs it", found[2].Message);
        Assert.Empty(found[2].AdditionalLocations);
    }

    [Fact]
    public void A_claim_after_a_bold_key_is_not_set_in_bold_itself_in_English_and_French()
    {
        // The key's closing "**" before "WCAG 2.1 AA Compliant" is not the claim's emphasis: the key line is no more
        // prominent than the row that states the claim first, which keeps the finding.
        const string report = """
            # Accessibility report

            | Task | Status |
            |---|---|
            | WCAG 2.1 AA compliance | ✅ Complete |
            | Conformité RGPD | ✅ Terminé |
            | Sitemap | ✅ Complete |

            ## Accessibility

            **Status:** WCAG 2.1 AA Compliant
            **Statut :** Conforme RGPD
            """;
        Diagnostic[] found = Findings(report);
        Assert.Equal([(5, 3), (6, 3)], found.Select(d => (d.Line, d.Column)));
        Assert.Equal([11, 12], found.Select(d => Assert.Single(d.AdditionalLocations).LineSpan.Start.Line));
    }

    [Fact]
    public void La_conformite_a_une_norme_redite_autrement_est_une_seule_constatation()
    {
        const string report = """
            # Rapport de sécurité

            **Statut :** ✅ Terminé

            ## Synthèse

            - ✅ Conformité OWASP Top 10 2021 : 100%
            - ✅ Conformité RGPD

            ## Conclusion

            - ✅ OWASP Top 10 2021 conforme
            - ✅ OWASP ASVS conforme
            """;
        Diagnostic[] found = Findings(report);
        Assert.Equal([(7, 5), (8, 5), (13, 5)], found.Select(d => (d.Line, d.Column)));
        Assert.Equal("Unverifiable claim 'Conformité OWASP Top 10 2021 : 100%': no count, link, log or command backs it", found[0].Message);
        Assert.Equal(12, Assert.Single(found[0].AdditionalLocations).LineSpan.Start.Line);
        Assert.Equal("Unverifiable claim 'OWASP ASVS conforme': no count, link, log or command backs it", found[2].Message);
    }

    [Fact]
    public void Compliance_restated_with_its_figure_is_reported_where_the_figure_stands()
    {
        const string report = """
            # Compliance report

            **Status:** ✅ Complete

            | Area | Result | Score |
            |------|--------|-------|
            | **GDPR** | ✅ Compliant | 10/10 |

            ## Summary

            - ✅ GDPR 100% compliant
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((11, 10), (d.Line, d.Column));
        Assert.Equal("Unverifiable claim '100% compliant': no count, link, log or command backs it", d.Message);
        Assert.Equal(7, Assert.Single(d.AdditionalLocations).LineSpan.Start.Line);
    }

    [Fact]
    public void La_conformite_redite_avec_son_chiffre_est_signalee_la_ou_le_chiffre_est_dit()
    {
        const string report = """
            # Rapport de conformité

            **Statut :** ✅ Terminé

            | Domaine | Résultat | Note |
            |---------|----------|------|
            | **RGPD** | ✅ Conforme | 10/10 |

            ## Synthèse

            - ✅ RGPD 100% conforme
            - ✅ RGAA 100% conforme
            """;
        Diagnostic[] found = Findings(report);
        Assert.Equal([(11, 10), (12, 10)], found.Select(d => (d.Line, d.Column)));
        Assert.Equal("Unverifiable claim '100% conforme': no count, link, log or command backs it", found[0].Message);
        Assert.Equal(7, Assert.Single(found[0].AdditionalLocations).LineSpan.Start.Line);
        Assert.Empty(found[1].AdditionalLocations);
    }

    // A zero is no more specific than "zero" or "no": "0% technical debt" restates the claim first made in words.
    [Fact]
    public void A_zero_claim_restated_as_a_figure_is_reported_where_it_is_first_made()
    {
        const string report = """
            # Sprint report

            **Status:** ✅ Complete

            ## Quality

            - **Code**: Zero technical debt
            - ✅ Docs updated

            ## Conclusion

            - ✅ 0% technical debt
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((7, 13), (d.Line, d.Column));
        Assert.Equal("Unverifiable claim 'Zero technical debt': no count, link, log or command backs it", d.Message);
        Assert.Equal(12, Assert.Single(d.AdditionalLocations).LineSpan.Start.Line);
    }

    [Fact]
    public void Un_zero_redit_en_chiffre_est_signale_la_ou_il_est_dit_d_abord()
    {
        const string report = """
            # Rapport de sprint

            **Statut :** ✅ Terminé

            ## Qualité

            - **Code** : zéro dette technique
            - ✅ Documentation à jour

            ## Conclusion

            - ✅ Dette technique : 0 %
            """;
        Diagnostic d = Assert.Single(Findings(report));
        Assert.Equal((7, 14), (d.Line, d.Column));
        Assert.Equal("Unverifiable claim 'zéro dette technique': no count, link, log or command backs it", d.Message);
        Assert.Equal(12, Assert.Single(d.AdditionalLocations).LineSpan.Start.Line);
    }
}
