using System.Text;
using ReportLint.Cli;
using ReportLint.Configuration;
using ReportLint.Rules;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Core;

/// <summary>Configuration files, found beside the reports in temporary repositories, and their precedence.</summary>
public sealed class ConfigurationTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("reportlint-config-").FullName;

    public ConfigurationTests() => Directory.CreateDirectory(Path.Combine(_root, ".git"));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Write(string relative, string content)
    {
        string path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    private (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = Program.Run(args, output, error);
        return (code, output.ToString().Replace("\r\n", "\n", StringComparison.Ordinal), error.ToString());
    }

    private const string Report = "Owner: $(whoami)\n\n- Status: âœ… done\n";

    [Fact]
    public void The_committed_schema_is_current()
    {
        string generated = ConfigurationSchema.Generate(BuiltInRules.Catalog);
        string committed = File.Exists(Repo.Path("reportlint.schema.json")) ? File.ReadAllText(Repo.Path("reportlint.schema.json")).Replace("\r\n", "\n", StringComparison.Ordinal) : "";
        if (generated != committed)
        {
            File.WriteAllText(Repo.Path("reportlint.schema.received.json"), generated);
        }

        Assert.True(generated == committed, "reportlint.schema.json is stale: review reportlint.schema.received.json and rename it.");
    }

    [Fact]
    public void Languages_come_from_the_lexicon_files()
    {
        string[] files = Directory.GetFiles(Repo.Path("src", "ReportLint.Rules", "Lexicons"), "*.lex")
            .Select(Path.GetFileNameWithoutExtension).Where(n => n != "common").Order(StringComparer.Ordinal).ToArray()!;
        Assert.Equal(files, BuiltInRules.Languages.ToArray());
        // The bundled languages are found, without pinning the set: adding a language touches only .lex files (issue 48).
        Assert.Contains("en", BuiltInRules.Languages);
        Assert.Contains("fr", BuiltInRules.Languages);
    }

    [Fact]
    public void The_starter_configuration_reads_without_problems()
    {
        var problems = new List<ConfigProblem>();
        ConfigReader.Apply(Encoding.UTF8.GetBytes(Program.StarterConfiguration), "init", BuiltInRules.Catalog, new ReportLint.Analysis.AnalysisOptions.Builder(), problems);
        Assert.Empty(problems);
        Assert.Contains(ConfigurationSchema.Uri, Program.StarterConfiguration, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_form_of_rule_setting_applies()
    {
        Write(".reportlint.json", """
            {
              // comments and trailing commas are fine
              "RL4003": "error",
              "mojibake": false,
              "RL4004": { "severity": "info", "tolerance_percent": 10 },
              "RL0003": true,
            }
            """);
        string report = Write("docs/r.md", Report);
        (int code, string output, _) = Run("check", report);
        Assert.Equal(1, code);
        Assert.Equal($"{report}(1,8): error RL4003: Template residue '$(whoami)': a command substitution that was never run\n1 file checked: 1 error in 1 file.\n", output);
    }

    [Fact]
    public void Nearer_files_override_farther_ones_and_extends_comes_first()
    {
        Write("base.json", """{ "RL4003": "error", "RL4001": "error" }""");
        Write(".reportlint.json", """{ "extends": "base.json", "RL4001": "info" }""");
        Write("docs/.reportlint.json", """{ "template-residue": "warning" }""");
        string report = Write("docs/r.md", Report);
        (_, string output, _) = Run("check", report);
        Assert.Contains("(1,8): warning RL4003", output, StringComparison.Ordinal);
        Assert.Contains("(3,11): info RL4001", output, StringComparison.Ordinal);
    }

    // One run resolves each folder's files once and reuses them for the folders below it: every report still gets the
    // files of its own folders, a repository's root (a nested .git) ends the .reportlint.json chain, and an
    // .editorconfig with root = true ends the .editorconfig chain, whichever folder was resolved first.
    [Fact]
    public void Each_report_of_one_run_gets_the_configuration_of_its_own_folders()
    {
        Write(".reportlint.json", """{ "RL4003": "error" }""");
        Write(".editorconfig", "[*.md]\ndotnet_diagnostic.RL4001.severity = error\n");
        string top = Write("a/r.md", Report);
        Write("a/b/.reportlint.json", """{ "RL4003": "info" }""");
        string inner = Write("a/b/r.md", Report);
        string deeper = Write("a/b/c/r.md", Report);
        Directory.CreateDirectory(Path.Combine(_root, "nested", ".git"));
        string nested = Write("nested/docs/r.md", Report);
        Write("e/.editorconfig", "root = true\n");
        string rooted = Write("e/f/r.md", Report);

        (_, string output, _) = Run("check", _root);
        string[] lines = output.Split('\n');
        Assert.Contains($"{top}(1,8): error RL4003: Template residue '$(whoami)': a command substitution that was never run", lines);
        Assert.Contains(lines, l => l.StartsWith($"{top}(3,11): error RL4001:", StringComparison.Ordinal));
        Assert.Contains($"{inner}(1,8): info RL4003: Template residue '$(whoami)': a command substitution that was never run", lines);
        Assert.Contains($"{deeper}(1,8): info RL4003: Template residue '$(whoami)': a command substitution that was never run", lines);
        Assert.Contains(lines, l => l.StartsWith($"{deeper}(3,11): error RL4001:", StringComparison.Ordinal));
        Assert.Contains($"{nested}(1,8): warning RL4003: Template residue '$(whoami)': a command substitution that was never run", lines);
        Assert.Contains(lines, l => l.StartsWith($"{nested}(3,11): error RL4001:", StringComparison.Ordinal));
        Assert.Contains($"{rooted}(1,8): error RL4003: Template residue '$(whoami)': a command substitution that was never run", lines);
        Assert.Contains(lines, l => l.StartsWith($"{rooted}(3,11): warning RL4001:", StringComparison.Ordinal));
    }

    [Fact]
    public void Editorconfig_severities_apply_and_reportlint_json_overrides_them()
    {
        Write(".editorconfig", """
            root = true

            [*.md]
            dotnet_diagnostic.RL4003.severity = error
            dotnet_diagnostic.RL4001.severity = none
            """);
        string report = Write("docs/r.md", Report);
        (_, string output, _) = Run("check", report);
        Assert.Equal($"{report}(1,8): error RL4003: Template residue '$(whoami)': a command substitution that was never run\n1 file checked: 1 error in 1 file.\n", output);

        Write("docs/.reportlint.json", """{ "RL4003": "info" }""");
        (_, output, _) = Run("check", report);
        Assert.Contains("(1,8): info RL4003", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Config_option_is_applied_last()
    {
        Write(".reportlint.json", """{ "RL4003": "error" }""");
        string extra = Write("../" + Path.GetFileName(_root) + "-extra.json", """{ "RL4003": false, "RL4001": false }""");
        try
        {
            string report = Write("docs/r.md", Report);
            (int code, string output, _) = Run("check", report, "--config", extra);
            Assert.Equal((0, "1 file checked: no findings.\n"), (code, output));
        }
        finally
        {
            File.Delete(extra);
        }
    }

    [Fact]
    public void Ignore_globs_skip_files_relative_to_the_config()
    {
        Write(".reportlint.json", """{ "ignore": ["drafts/", "**/CHANGELOG.md"] }""");
        Write("drafts/a.md", Report);
        Write("docs/CHANGELOG.md", Report);
        string kept = Write("docs/r.md", Report);
        (_, string output, string error) = Run("check", _root);
        Assert.Contains("1 file checked", output, StringComparison.Ordinal);
        Assert.Contains("docs/r.md", output, StringComparison.Ordinal);
        Assert.Equal("", error);

        (_, _, error) = Run("check", Path.Combine(_root, "drafts", "a.md"));
        Assert.Contains($"is ignored by {Path.Combine(_root, ".reportlint.json")}: \"drafts/\"", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Languages_choose_the_lexicons()
    {
        string report = Write("docs/r.md", "# Bilan du sprint\n\n| Poste | Coût |\n|---|---|\n| A | 2h |\n| B | 1h |\n| Total général | 4h |\n");
        Assert.Contains("RL2001", Run("check", report).Out, StringComparison.Ordinal);
        Write(".reportlint.json", """{ "languages": ["en"] }""");
        Assert.Contains("RL2001", Run("check", report).Out, StringComparison.Ordinal);
        Write(".reportlint.json", """{ "languages": ["fr"] }""");
        Write("docs/r.md", "# Sprint 4\n\n| Item | Cost |\n|---|---|\n| A | 2h |\n| B | 1h |\n| Grand total | 4h |\n");
        Assert.DoesNotContain("RL2001", Run("check", report).Out, StringComparison.Ordinal);
    }

    [Theory]
    // "xx" is no language, and {known} the bundled ones: adding a language changes neither (issue 48).
    [InlineData("""["xx"]""", "(1,17): warning RL0002: No lexicon for the language 'xx' in 'languages' (known: {known}); it is left out.")]
    [InlineData("""[]""", "(1,3): warning RL0002: 'languages' names no language with a lexicon; the defaults ({known}) are used.")]
    public void Languages_without_a_lexicon_are_RL0002_and_the_defaults_stay(string languages, string problem)
    {
        problem = problem.Replace("{known}", string.Join(", ", BuiltInRules.Languages), StringComparison.Ordinal);
        string report = Write("docs/r.md", "# Bilan du sprint\n\n| Poste | Coût |\n|---|---|\n| A | 2h |\n| B | 1h |\n| Total général | 4h |\n");
        string config = Write(".reportlint.json", "{ \"languages\": " + languages + " }");
        (int code, string output, string error) = Run("check", report);
        Assert.Equal((1, ""), (code, error));
        Assert.Contains(config + problem, output, StringComparison.Ordinal);
        // The French total is still found: the defaults (English and French) are in force, not an empty lexicon.
        Assert.Contains("r.md(7,", output, StringComparison.Ordinal);
        Assert.Contains("RL2001: Total", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_known_language_beside_an_unknown_one_is_kept()
    {
        string report = Write("docs/r.md", "# Sprint 4\n\n| Item | Cost |\n|---|---|\n| A | 2h |\n| B | 1h |\n| Grand total | 4h |\n");
        string config = Write(".reportlint.json", """{ "languages": ["fr", "xx"] }""");
        string output = Run("check", report).Out;
        Assert.Contains(config + "(1,23): warning RL0002: No lexicon for the language 'xx'", output, StringComparison.Ordinal);
        // French alone: the English total is not read.
        Assert.DoesNotContain("RL2001", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_config_is_RL0002_at_its_line_and_column_and_linting_goes_on()
    {
        string config = Write(".reportlint.json", """
            {
              "RL4003": "loud",
              "RL9999": false,
              "RL4004": { "tolerance_percent": "ten", "depth": 3 }
            }
            """);
        string report = Write("docs/r.md", Report);
        (int code, string output, string error) = Run("check", report);
        Assert.Equal((1, ""), (code, error));
        Assert.StartsWith($"""
            {config}(2,13): warning RL0002: 'loud' is not a severity for RL4003: use error, warning, info, hidden or off.
            {config}(3,3): warning RL0002: Unknown rule 'RL9999'; 'reportlint rules' lists the IDs and aliases.
            {config}(4,36): warning RL0002: RL4004.tolerance_percent must be a number, not a string.
            {config}(4,43): warning RL0002: RL4004 has no option 'depth' (it has: tolerance_percent).
            {report}(1,8): warning RL4003
            """, output, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_json_is_reported_where_it_breaks()
    {
        string config = Write(".reportlint.json", "{\n  \"RL4003\": \"error\"\n  \"RL4001\": false\n}\n");
        string report = Write("docs/r.md", Report);
        (_, string output, _) = Run("check", report);
        Assert.StartsWith($"{config}(3,3): warning RL0002: Invalid JSON: ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Strict_config_stops_with_exit_2_before_linting()
    {
        Write(".reportlint.json", """{ "RL9999": false }""");
        string report = Write("docs/r.md", Report);
        (int code, string output, string error) = Run("check", report, "--strict-config");
        Assert.Equal((2, ""), (code, output));
        Assert.Contains("error RL0002: Unknown rule 'RL9999'", error, StringComparison.Ordinal);
        Assert.Contains("nothing was linted", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_config_option_file_is_a_usage_error()
    {
        (int code, _, string error) = Run("check", Write("r.md", Report), "--config", Path.Combine(_root, "nope.json"));
        Assert.Equal(2, code);
        Assert.Contains("configuration file not found (--config)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void No_inline_config_ignores_suppression_comments()
    {
        string report = Write("docs/r.md", "<!-- reportlint-disable-file -->\n\nOwner: $(whoami)\n");
        Assert.Equal(0, Run("check", report).Code);
        Assert.Equal(1, Run("check", report, "--no-inline-config").Code);
    }

    [Fact]
    public void Init_writes_a_starter_and_refuses_to_overwrite()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        Assert.Equal(0, Program.Init(false, output, error, _root));
        Assert.Equal(Program.StarterConfiguration, File.ReadAllText(Path.Combine(_root, ".reportlint.json")));
        Assert.Equal(2, Program.Init(false, output, error, _root));
        Assert.Contains(".reportlint.json already exists here; use --force to overwrite it.", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, Program.Init(true, output, error, _root));
    }
}
