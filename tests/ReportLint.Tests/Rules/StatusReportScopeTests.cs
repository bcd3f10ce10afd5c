using ReportLint.Rules;

namespace ReportLint.Tests.Rules;

/// <summary>
/// The rules of status reports (RL1xxx-RL3xxx) judge documents that read as status reports: a status mark, or a
/// completion word or a word naming a report in a heading or the first lines. Ordinary documentation with the same
/// sentences is not theirs; the integrity rules (RL4xxx) read every document.
/// </summary>
public class StatusReportScopeTests
{
    private const string EnglishBody = """
        The suite has a 100% pass rate.

        | Step | Time |
        |------|------|
        | Build | 2h |
        | Deploy | 1h |
        | **Total** | **4h** |

        Generated on $(date).
        """;

    private const string FrenchBody = """
        La suite affiche 100% de réussite.

        | Étape | Durée |
        |-------|-------|
        | Compilation | 2h |
        | Déploiement | 1h |
        | **Total** | **4h** |

        Généré le $(date).
        """;

    private static string[] Found(string text)
    {
        string[] found = Describe(BuiltInRules.CreateLinter(), text);

        // The scope is what the rules judge, not a shortcut: it holds with triage off too.
        Assert.Equal(found, Describe(BuiltInRules.CreateLinter(triage: false), text));
        return found;
    }

    private static string[] Describe(ReportLinter linter, string text) =>
        linter.Lint(text).Diagnostics.Select(d => $"{d.Id} {d.Line}").Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void A_page_of_documentation_gets_only_the_integrity_rules_in_English_and_French()
    {
        Assert.Equal(["RL4003 11"], Found("# Deployment guide\n\n" + EnglishBody + "\n"));
        Assert.Equal(["RL4003 11"], Found("# Guide de déploiement\n\n" + FrenchBody + "\n"));
    }

    [Theory]
    [InlineData("# Sprint 4 status\n\n")]
    [InlineData("# Deployment guide\n\n- ✅ Staging deployed\n\n")]
    [InlineData("# Deployment complete\n\n")]
    public void The_same_text_in_a_status_report_gets_the_status_report_rules_in_English(string opening)
    {
        int lines = opening.Count(c => c == '\n');
        Assert.Equal([$"RL1001 {lines + 1}", $"RL2001 {lines + 7}", $"RL4003 {lines + 9}"], Found(opening + EnglishBody + "\n"));
    }

    [Theory]
    [InlineData("# Rapport d'avancement\n\n")]
    [InlineData("# Guide de déploiement\n\n- ✅ Recette déployée\n\n")]
    [InlineData("# Déploiement terminé\n\n")]
    public void The_same_text_in_a_status_report_gets_the_status_report_rules_in_French(string opening)
    {
        int lines = opening.Count(c => c == '\n');
        Assert.Equal([$"RL1001 {lines + 1}", $"RL2001 {lines + 7}", $"RL4003 {lines + 9}"], Found(opening + FrenchBody + "\n"));
    }
}
