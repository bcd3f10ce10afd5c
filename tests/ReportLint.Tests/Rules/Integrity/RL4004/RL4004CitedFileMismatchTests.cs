using ReportLint.Analysis;
using ReportLint.Rules;
using ReportLint.Rules.Integrity;

namespace ReportLint.Tests.Rules;

/// <summary>RL4004 reads the file system, so its cases are reports written into temporary git working trees.</summary>
public sealed class RL4004CitedFileMismatchTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("reportlint-repo-").FullName;

    public RL4004CitedFileMismatchTests() => Directory.CreateDirectory(Path.Combine(_root, ".git"));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void File(string relative, string content)
    {
        string path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, content);
    }

    private List<(int Line, string Message)> Lint(string report, string at = "docs/STATUS.md", AnalysisOptions? options = null)
    {
        File(at, report);
        var linter = new ReportLinter([new RL4004CitedFileMismatch()], lexicon: BuiltInRules.LoadLexicon(), options: options);
        return linter.LintFile(Path.Combine(_root, at)).Diagnostics.Select(d => (d.Line, d.Message)).ToList();
    }

    [Fact]
    public void Reports_a_cited_file_that_does_not_exist()
    {
        File("kubernetes/sealed-secrets-setup.yaml", "kind: Secret\n");
        var found = Lint("""
            **Livrables**:
            - `kubernetes/sealed-secrets-setup.yaml`
            - `kubernetes/vault-setup.yaml` (9.7 KB)
            - [runbook](ops/runbook.md)
            """);
        Assert.Equal([
            (3, $"Cited file 'kubernetes/vault-setup.yaml' does not exist in the repository ({_root})"),
            (4, $"Cited file 'ops/runbook.md' does not exist in the repository ({_root})"),
        ], found);
    }

    [Fact]
    public void A_size_or_line_count_of_absurd_length_is_no_claim_and_no_crash()
    {
        // Issue 21: these overflowed decimal (RL0001) where the claim was converted to bytes.
        File("kubernetes/vault-setup.yaml", new string('x', 2_000));
        var found = Lint("""
            - `kubernetes/vault-setup.yaml` (99999999999999999999999M GB)
            - `kubernetes/vault-setup.yaml` (999999999999M GB)
            - `kubernetes/vault-setup.yaml` (61.00000000000000000 KB)
            - `kubernetes/vault-setup.yaml` (2.0 KB)
            """);
        Assert.Equal([(2, "Cited file 'kubernetes/vault-setup.yaml' is 0 GB, not 999999999999000000 GB as stated (tolerance 25%)")], found);
    }

    [Fact]
    public void Reports_sizes_and_line_counts_far_from_the_claim()
    {
        File("kubernetes/vault-setup.yaml", new string('x', 2_000));
        File("tests/conftest.py", string.Concat(Enumerable.Repeat("x = 1\n", 120)));
        File("tests/api/test_health_metrics.py", string.Concat(Enumerable.Repeat("pass\n", 290)));
        var found = Lint("""
            | Deliverable | Status |
            |---|---|
            | `kubernetes/vault-setup.yaml` (9.7 KB) | ✅ |
            | `tests/conftest.py` (430 lines) | ✅ |
            | `test_health_metrics.py` (300 lines) | ✅ |
            """);
        Assert.Equal([
            (3, "Cited file 'kubernetes/vault-setup.yaml' is 2 KB, not 9.7 KB as stated (tolerance 25%)"),
            (4, "Cited file 'tests/conftest.py' has 120 lines, not 430 as stated (tolerance 25%)"),
        ], found);
    }

    [Fact]
    public void The_tolerance_is_an_option()
    {
        File("tests/conftest.py", string.Concat(Enumerable.Repeat("x = 1\n", 380)));
        Assert.Empty(Lint("- `tests/conftest.py` (430 lines)\n"));
        var strict = new AnalysisOptions.Builder().SetOption(RL4004CitedFileMismatch.TolerancePercentOption, "5").Build();
        Assert.Equal([(1, "Cited file 'tests/conftest.py' has 380 lines, not 430 as stated (tolerance 5%)")], Lint("- `tests/conftest.py` (430 lines)\n", options: strict));
    }

    [Fact]
    public void Finds_files_relative_to_the_report_the_root_or_by_the_end_of_their_path()
    {
        File("docs/diagram.png", "png");
        File("backend/tests/integration/ml/test_train.py", "pass\n");
        Assert.Empty(Lint("""
            - [diagram](diagram.png)
            - `tests/integration/ml/`
            - `test_train.py` (1 lines)
            """));
    }

    [Fact]
    public void Does_not_check_bare_names_without_a_claim_urls_commands_or_code_blocks() => Assert.Empty(Lint("""
        Edit your `config.yaml`, run `docker stats` or `npm run build`, read [the docs](https://example.org/a/b.md).
        Build output goes to `bin/` and `obj/`; `node_modules/` is skipped.

        ```text
        kubernetes/missing.yaml
        ```
        """));

    [Fact]
    public void Does_not_check_reports_outside_a_git_tree()
    {
        string outside = Directory.CreateTempSubdirectory("reportlint-nogit-").FullName;
        try
        {
            string report = Path.Combine(outside, "STATUS.md");
            System.IO.File.WriteAllText(report, "- `kubernetes/vault-setup.yaml` (9.7 KB)\n");
            var linter = new ReportLinter([new RL4004CitedFileMismatch()], lexicon: BuiltInRules.LoadLexicon());
            Assert.Empty(linter.LintFile(report).Diagnostics);
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    [Fact]
    public void Does_not_read_outside_the_tree_through_dot_dot_or_a_symbolic_link()
    {
        string outside = Directory.CreateTempSubdirectory("reportlint-secret-").FullName;
        try
        {
            System.IO.File.WriteAllText(Path.Combine(outside, "secret.txt"), "1\n2\n3\n");
            System.IO.File.CreateSymbolicLink(Path.Combine(_root, "linked.txt"), Path.Combine(outside, "secret.txt"));
            // The link exists in the tree, so it is not "missing"; its target is outside, so its line count is not read.
            Assert.Empty(Lint("""
                - `linked.txt` (999 lines)
                - `../secret.txt` (999 lines)
                """));
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    [Fact]
    public void Does_not_follow_a_link_that_leaves_the_tree_even_when_it_comes_back()
    {
        string outside = Directory.CreateTempSubdirectory("reportlint-secret-").FullName;
        try
        {
            // chain.md -> <outside>/hop.md -> <tree>/real.md: the first hop already leads out, so nothing is followed.
            File("real.md", "1\n2\n3\n");
            Directory.CreateDirectory(Path.Combine(_root, "docs"));
            System.IO.File.CreateSymbolicLink(Path.Combine(outside, "hop.md"), Path.Combine(_root, "real.md"));
            System.IO.File.CreateSymbolicLink(Path.Combine(_root, "docs", "chain.md"), Path.Combine(outside, "hop.md"));
            // A link that stays inside is followed: its target's line count is checked (the netstandard2.0 build reads a
            // link's target with readlink, as .NET's LinkTarget does).
            System.IO.File.CreateSymbolicLink(Path.Combine(_root, "docs", "inside.md"), Path.Combine("..", "real.md"));
            var found = Lint("""
                - `docs/chain.md` (999 lines)
                - `docs/inside.md` (999 lines)
                """);
            Assert.Equal([(2, "Cited file 'docs/inside.md' has 3 lines, not 999 as stated (tolerance 25%)")], found);
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    // Issue 50: a link in the tree to a FIFO in the tree, cited with a line count. Opening the FIFO to count its lines
    // would wait for a writer forever; only a regular file is read.
    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Does_not_open_a_fifo_that_a_link_in_the_tree_leads_to()
    {
        string fifo = Harness.UntrustedTree.MakeFifo(Path.Combine(_root, "data", "pipe.txt"));
        Directory.CreateDirectory(Path.Combine(_root, "docs"));
        System.IO.File.CreateSymbolicLink(Path.Combine(_root, "docs", "data.txt"), Path.Combine("..", "data", "pipe.txt"));
        File("docs/real.txt", "1\n2\n3\n");

        var found = Harness.UntrustedTree.NeverOpens(() => Lint("""
            - `docs/data.txt` (10 lines)
            - `docs/real.txt` (10 lines)
            """), fifo);

        Assert.Equal([(2, "Cited file 'docs/real.txt' has 3 lines, not 10 as stated (tolerance 25%)")], found);
    }

    [Theory]
    [InlineData("Set `cache` to `yes/no`; the mode is `read/write` and the layout `client/server`.")]
    [InlineData("Réglez `cache` sur `oui/non` ; le mode est `lecture/écriture` et l'architecture `client/serveur`.")]
    public void Does_not_read_word_alternatives_as_paths(string line)
    {
        File("docs/guide.md", "# Guide\n");
        Assert.Empty(Lint(line + "\n"));
    }

    [Theory]
    [InlineData("See `docs/setup` for the steps.", "docs/setup")]
    [InlineData("Voir `docs/installation` pour les étapes.", "docs/installation")]
    public void Reports_a_missing_path_under_a_folder_that_exists(string line, string cited)
    {
        File("docs/guide.md", "# Guide\n");
        Assert.Equal([(1, $"Cited file '{cited}' does not exist in the repository ({_root})")], Lint(line + "\n"));
    }

    [Fact]
    public void The_tree_is_listed_without_looking_at_link_targets()
    {
        File("docs/a.md", "a\n");
        System.IO.File.CreateSymbolicLink(Path.Combine(_root, "docs", "gone.md"), "/nonexistent-reportlint-target/x.md");
        var entries = ReportLint.IO.SafeFileReader.ReadFolder(Path.Combine(_root, "docs")).OrderBy(e => e.Name, StringComparer.Ordinal)
            .Select(e => (e.Name, e.Kind)).ToList();
        Assert.Equal([("a.md", ReportLint.IO.FileKind.Regular), ("gone.md", ReportLint.IO.FileKind.SymbolicLink)], entries);
        Assert.Equal(
            [(".git", ReportLint.IO.FileKind.Directory), ("docs", ReportLint.IO.FileKind.Directory)],
            ReportLint.IO.SafeFileReader.ReadFolder(_root).OrderBy(e => e.Name, StringComparer.Ordinal).Select(e => (e.Name, e.Kind)));
    }
}
