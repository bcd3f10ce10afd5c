using ReportLint.Rules;

namespace ReportLint.Tests.Acceptance;

/// <summary>
/// The files a repository has besides its reports (README, CHANGELOG, .github templates), which the MSBuild package
/// lints by default: every rule stays quiet on them. Written into a temporary git working tree, so RL4004 runs too.
/// </summary>
public sealed class OrdinaryDocsTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("reportlint-ordinary-").FullName;

    public OrdinaryDocsTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, ".git"));
        Directory.CreateDirectory(Path.Combine(_root, "src"));
        File.WriteAllText(Path.Combine(_root, "src", "main.c"), "int main(void) { return 0; }\n");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    public static TheoryData<string, string> Documents() => new()
    {
        {
            "CHANGELOG.md", """
            # Changelog

            ## Unreleased
            - TODO: document the new `--jobs` option.
            - Owner of the 2.0 migration: TBD

            ## 1.4.0 - 2025-10-02
            - Faster start-up (about 30% on the benchmark machine).
            - Fixed: `install` ignored $(DESTDIR).
            """
        },
        {
            "README.md", """
            # tool

            Build and install:

                make
                make install PREFIX=$(HOME)/.local

            The Makefile installs into $(PREFIX)/bin; set $(DESTDIR) when packaging. Archives are named
            tool-${VERSION}-linux-x64.tar.gz. Answer `yes/no` to the prompt; the cache is `read/write`.
            Sources are in `src/main.c`.
            """
        },
        {
            ".github/ISSUE_TEMPLATE/bug_report.md", """
            ---
            name: Bug report
            about: Create a report to help us improve
            title: ''
            labels: bug
            ---

            **Describe the bug**
            TODO: a clear description of what the bug is.

            **Version**: {{ version }}
            - Reproducible (`yes/no`): TBD
            """
        },
        {
            "docs/CHANGELOG.fr.md", """
            # Journal des modifications

            ## À venir
            - À COMPLÉTER : la liste des options retirées.
            - Responsable : À DÉFINIR

            ## 1.4.0 - 2025-10-02
            - Installation dans $(PREFIX)/bin ; archives outil-${VERSION}-linux-x64.tar.gz.
            - Le cache est en `lecture/écriture`, réponse `oui/non`.
            """
        },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_rule_stays_quiet_on_ordinary_docs(string name, string text)
    {
        string path = Path.Combine(_root, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        var found = BuiltInRules.CreateLinter().LintFile(path).Diagnostics;
        Assert.Empty(found.Select(d => $"{name}({d.Line},{d.Column}): {d.Id}: {d.Message}"));
    }
}
