using ReportLint.Rules;

namespace ReportLint.Tests.Rules;

/// <summary>
/// The rules of status reports (RL1xxx-RL3xxx) judge documents that read as status reports: a status mark with a word of
/// work done anywhere, or a completion word or a word naming a report in a heading (or, beside a mark, in the first
/// lines). Ordinary documentation with the same sentences is not theirs, marks or not; the integrity rules (RL4xxx) read
/// every document.
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

    // The opening, then the body in its language: as a status report, the body's total gets RL2001 (line 7 of the
    // body); as documentation, only RL4003 reports the body's $(date) (line 9).
    private static void AssertReadAsReport(string opening, bool french, bool report)
    {
        int lines = opening.Count(c => c == '\n');
        string[] found = Found(opening + (french ? FrenchBody : EnglishBody) + "\n");
        if (report)
        {
            Assert.Contains($"RL2001 {lines + 7}", found);
        }
        else
        {
            Assert.Equal([$"RL4003 {lines + 9}"], found);
        }
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

    // Marks that report on no work: a table of supported features (with "can be configured" below it, past the first
    // lines: a word of work in running prose says nothing of the marks), a guide's do and don't. The same body under them
    // gets only the integrity rules; a word of work done beside the marks makes a report of it (RL2001's total, 4h for
    // 2h + 1h, is then found).
    [Theory]
    [InlineData("# Core options\n\n| Feature | Supported |\n|---------|-----------|\n| Rewind | ✔ |\n| Netplay | ✔ |\n| Cheats | ✕ |\n\n", "| Rewind | ✔ |", "| Rewind (implemented) | ✔ |", false)]
    [InlineData("# Buttons\n\n- ✅ Use one primary button per page\n- ❌ Do not stack two primary buttons\n\n", "- ✅ Use one", "- ✅ Fixed: use one", false)]
    [InlineData("# Core options\n\n| Feature | Supported |\n|---------|-----------|\n| Rewind | ✔ |\n| Option 1 | ✔ |\n| Option 2 | ✔ |\n| Option 3 | ✔ |\n| Option 4 | ✔ |\n| Option 5 | ✔ |\n| Option 6 | ✔ |\n| Option 7 | ✔ |\n| Option 8 | ✔ |\n| Option 9 | ✔ |\n| Option 10 | ✔ |\n| Option 11 | ✔ |\n| Option 12 | ✔ |\n| Option 13 | ✔ |\n| Option 14 | ✔ |\n| Option 15 | ✔ |\n| Option 16 | ✔ |\n| Option 17 | ✔ |\n| Option 18 | ✔ |\n| Option 19 | ✔ |\n| Option 20 | ✔ |\n| Option 21 | ✔ |\n\nEach option can be configured in the menu.\n\n", "| Rewind | ✔ |", "| Rewind (implemented) | ✔ |", false)]
    [InlineData("# Options du cœur\n\n| Fonction | Prise en charge |\n|----------|-----------------|\n| Retour arrière | ✔ |\n| Jeu en réseau | ✔ |\n| Triches | ✕ |\n\n", "| Retour arrière | ✔ |", "| Retour arrière (implémenté) | ✔ |", true)]
    [InlineData("# Boutons\n\n- ✅ À faire : un seul bouton principal par page\n- ❌ À ne pas faire : deux boutons principaux côte à côte\n\n", "- ✅ À faire", "- ✅ Corrigé, à faire", true)]
    [InlineData("# Options du cœur\n\n| Fonction | Prise en charge |\n|----------|-----------------|\n| Retour arrière | ✔ |\n| Option 1 | ✔ |\n| Option 2 | ✔ |\n| Option 3 | ✔ |\n| Option 4 | ✔ |\n| Option 5 | ✔ |\n| Option 6 | ✔ |\n| Option 7 | ✔ |\n| Option 8 | ✔ |\n| Option 9 | ✔ |\n| Option 10 | ✔ |\n| Option 11 | ✔ |\n| Option 12 | ✔ |\n| Option 13 | ✔ |\n| Option 14 | ✔ |\n| Option 15 | ✔ |\n| Option 16 | ✔ |\n| Option 17 | ✔ |\n| Option 18 | ✔ |\n| Option 19 | ✔ |\n| Option 20 | ✔ |\n| Option 21 | ✔ |\n\nChaque option peut être configurée dans le menu.\n\n", "| Retour arrière | ✔ |", "| Retour arrière (implémenté) | ✔ |", true)]
    public void Marks_without_work_done_make_no_status_report_in_English_and_French(string opening, string mark, string worked, bool french)
    {
        string body = french ? FrenchBody : EnglishBody;
        int lines = opening.Count(c => c == '\n');
        Assert.Equal([$"RL4003 {lines + 9}"], Found(opening + body + "\n"));
        Assert.Contains($"RL2001 {lines + 7}", Found(opening.Replace(mark, worked, StringComparison.Ordinal) + body + "\n"));
    }

    // Without a status mark, a report says what it is in a heading: a proposal's "Status" line or a "done" in its first
    // lines is not one. The same line as a heading is.
    [Theory]
    [InlineData("# Async functions\n\n* Status: Implemented in 5.5\n* Review: done\n\n", "## Status: complete\n\n")]
    [InlineData("# Fonctions asynchrones\n\n* Statut : terminé en 5.5\n\n", "## Statut : terminé\n\n")]
    public void Without_marks_only_a_heading_names_a_status_report(string front, string heading)
    {
        string body = front.StartsWith("# Async", StringComparison.Ordinal) ? EnglishBody : FrenchBody;
        int lines = front.Count(c => c == '\n');
        Assert.Equal([$"RL4003 {lines + 9}"], Found(front + body + "\n"));
        int headed = (front + heading).Count(c => c == '\n');
        Assert.Contains($"RL2001 {headed + 7}", Found(front + heading + body + "\n"));
    }

    // Without marks the name is the heading's own: not a line beside it ("This report was generated by…" right under a
    // heading), not the front matter's summary or keywords, whose closing line is no setext underline. The front
    // matter's title is the title.
    [Theory]
    [InlineData("---\ntitle: Widgets\nsummary: The status of each widget\n---\n# Widgets\n\n", false, false)]
    [InlineData("# Benchmarks\n\n### Groups\nThis report was generated by a tool.\n\n", false, false)]
    [InlineData("---\ntitle: Sprint 4 report\n---\n\n", false, true)]
    [InlineData("---\ntitle: Badges\nsummary: Signaler un état ou un statut\n---\n# Badges\n\n", true, false)]
    [InlineData("# Mesures\n\n### Groupes\nCe rapport est généré par un outil.\n\n", true, false)]
    [InlineData("---\ntitle: Rapport d'avancement\n---\n\n", true, true)]
    // A word naming a report counts in the title only (the front matter's, or else the first heading): a sub-heading
    // names one in passing (a newsletter's "### Planning and Status", a guide's "## Phase 2"). A completion word counts
    // in any heading.
    [InlineData("# This month in Widgets\n\n### Planning and Status\n\n", false, false)]
    [InlineData("# Widgets weekly status\n\n### Planning\n\n", false, true)]
    [InlineData("# Widgets\n\n## Migration complete\n\n", false, true)]
    [InlineData("# Guide des composants\n\n## Phase de construction\n\n", true, false)]
    [InlineData("# Bilan du trimestre\n\n## Composants\n\n", true, true)]
    [InlineData("# Composants\n\n## Migration terminée\n\n", true, true)]
    public void Without_marks_a_report_names_itself_in_its_title_or_says_done_in_a_heading(string opening, bool french, bool report) =>
        AssertReadAsReport(opening, french, report);

    // Marks in the code of a programming language are code ("// ✅ Good: fixed" in a JavaScript example); in a bash or
    // YAML block, where reports write their claims, and outside code, they mark work.
    [Theory]
    [InlineData("# Effects\n\n```js\n// ✅ Good: the bug is fixed\nuseEffect(f, [id]);\n// ❌ Bad: deployed twice\n```\n\n", false, false)]
    [InlineData("# Effects\n\n- ✅ Good: the bug is fixed\n- ❌ Bad: deployed twice\n\n", false, true)]
    [InlineData("# Build\n\n```bash\n✅ Tests fixed: 42/42\n❌ Lint: 3 errors\n```\n\n", false, true)]
    [InlineData("# Effets\n\n```jsx\n// ✅ Correct : le bug est corrigé\nuseEffect(f, [id]);\n// ❌ Incorrect : déployé deux fois\n```\n\n", true, false)]
    [InlineData("# Effets\n\n- ✅ Correct : le bug est corrigé\n- ❌ Incorrect : déployé deux fois\n\n", true, true)]
    [InlineData("# Compilation\n\n```yaml\n✅ Tests corrigés : 42/42\n❌ Lint : 3 erreurs\n```\n\n", true, true)]
    public void Marks_in_the_code_of_a_programming_language_make_no_status_report(string opening, bool french, bool report) =>
        AssertReadAsReport(opening, french, report);
}
