using ReportLint.Rules.Arithmetic;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

/// <summary>RL2001: an overall figure the report derives from a count ("79.2% (57/72 tests passed)") is not the rows' mean.</summary>
public class RL2001TotalMismatchCountedTests
{
    private static void Verify(string markup) => RuleVerifier.Verify(new RL2001TotalMismatch(), StatusReports.Of(markup));

    [Fact]
    public void Does_not_report_an_overall_score_the_report_derives_from_a_count() => Verify("""
        **Overall score:** 79.2% (57/72 tests passed)

        | Area | Score |
        |------|-------|
        | Auth | 100% |
        | Routes | 85% |
        | Security | 60% |
        | Database | 0% |
        | **Overall score** | **79.2%** |
        """);

    [Fact]
    public void Reports_an_overall_score_when_the_count_beside_it_gives_another_figure() => Verify("""
        **Overall score:** 79.2% (50/72 tests passed)

        | Area | Score |
        |------|-------|
        | Auth | 100% |
        | Routes | 85% |
        | Security | 60% |
        | Database | 0% |
        | **Overall score** | **[|79.2%|]** |
        """);

    [Fact]
    public void Ne_signale_pas_un_score_global_tire_d_un_compte() => Verify("""
        **Score global :** 79.2% (57/72 tests réussis)

        | Métrique | Score |
        |----------|-------|
        | Authentification | 100% |
        | Routes | 85% |
        | Sécurité | 60% |
        | Base de données | 0% |
        | **Score global** | **79.2%** |
        """);

    [Fact]
    public void Signale_un_score_global_que_le_compte_a_cote_ne_donne_pas() => Verify("""
        **Score global :** 79.2% (50/72 tests réussis)

        | Métrique | Score |
        |----------|-------|
        | Authentification | 100% |
        | Routes | 85% |
        | Sécurité | 60% |
        | Base de données | 0% |
        | **Score global** | **[|79.2%|]** |
        """);
}
