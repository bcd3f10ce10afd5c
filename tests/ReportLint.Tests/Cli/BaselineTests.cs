using System.Text;
using System.Text.Json;
using ReportLint.Baselines;
using ReportLint.Cli;

namespace ReportLint.Tests.Cli;

/// <summary>Issue 52: <c>reportlint baseline</c> and <c>check --baseline</c>.</summary>
public sealed class BaselineTests : IDisposable
{
    private const string Table = "| Task | Effort |\n|---|---|\n| A | 2h |\n| B | 1h |\n| Total | 4h |\n";

    private readonly string _dir = Directory.CreateTempSubdirectory("reportlint-baseline-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string BaselineFile => Path.Combine(_dir, "reportlint-baseline.json");

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = Program.Run(args, output, error);
        return (code, output.ToString().Replace("\r\n", "\n", StringComparison.Ordinal), error.ToString());
    }

    private string Write(string name, string text)
    {
        string path = Path.Combine(_dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void A_new_defect_above_a_baselined_one_is_the_only_one_reported()
    {
        string report = Write("r.md", "# Sprint report\n\n" + Table);
        (int code, string output, string error) = Run("baseline", report, "--output", BaselineFile);
        Assert.Equal((0, ""), (code, error));
        Assert.Equal($"Wrote {BaselineFile}: 1 finding in 1 file.\n", output);

        // Two lines above the baselined total, a placeholder: the total moves from line 7 to line 9 and stays baselined.
        File.WriteAllText(report, "# Sprint report\n\nOwner: [your-email@domain.com]\n\n" + Table);
        (code, output, error) = Run("check", "--baseline", BaselineFile, report);
        Assert.Equal(1, code);
        Assert.Equal("", error);
        Assert.Equal(
            $"{report}(3,8): warning RL4003: Template residue '[your-email@domain.com]': a placeholder e-mail address\n" +
            "1 file checked: 1 warning in 1 file; 1 in the baseline.\n",
            output);

        // Without the baseline, both.
        (code, output, _) = Run("check", report);
        Assert.Equal(1, code);
        Assert.Contains($"{report}(9,11): warning RL2001:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fixed_finding_leaves_a_stale_entry_that_is_counted_and_pruned_by_an_update()
    {
        string report = Write("r.md", "# Sprint report\n\nOwner: [your-email@domain.com]\n\n" + Table);
        Assert.Equal(0, Run("baseline", report, "--output", BaselineFile).Code);
        Assert.Equal(2, Entries().Count);

        // The total fixed: nothing new, one entry stale, and the run passes.
        File.WriteAllText(report, "# Sprint report\n\nOwner: [your-email@domain.com]\n\n" + Table.Replace("4h", "3h", StringComparison.Ordinal));
        (int code, string output, _) = Run("check", "--baseline", BaselineFile, report);
        Assert.Equal(0, code);
        Assert.Equal("1 file checked: no new findings; 1 in the baseline, 1 stale baseline entry ('reportlint baseline' prunes it).\n", output);

        (code, output, _) = Run("baseline", report, "--output", BaselineFile);
        Assert.Equal(0, code);
        Assert.Equal($"Wrote {BaselineFile}: 1 finding in 1 file; 1 stale entry pruned.\n", output);
        Assert.Equal(["RL4003"], Entries().Select(e => e.Rule));
        (code, output, _) = Run("check", "--baseline", BaselineFile, report);
        Assert.Equal((0, "1 file checked: no new findings; 1 in the baseline.\n"), (code, output));
    }

    [Fact]
    public void Entries_hold_the_sarif_fingerprint_and_the_file_is_stable_sorted_json()
    {
        string report = Write("docs/r.md", "# Sprint report\n\nOwner: [your-email@domain.com]\n\n" + Table);
        Run("baseline", report, "--output", BaselineFile);
        string first = File.ReadAllText(BaselineFile);

        string sarif = Path.Combine(_dir, "r.sarif");
        Run("check", report, "--format", "sarif", "--output", sarif);
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(sarif));
        var fromSarif = document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => (Rule: r.GetProperty("ruleId").GetString()!, Fingerprint: r.GetProperty("partialFingerprints").GetProperty("reportlint/v1").GetString()!))
            .OrderBy(e => e.Rule, StringComparer.Ordinal).ToList();
        Assert.Equal(2, fromSarif.Count);

        string hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(report)));
        Assert.Equal(
            "{\n  \"version\": 1,\n  \"files\": {\n    \"docs/r.md\": {\n" +
            $"      \"sha256\": \"{hash}\",\n      \"findings\": [\n" +
            $"        {{ \"rule\": \"RL2001\", \"fingerprint\": \"{fromSarif[0].Fingerprint}\" }},\n" +
            $"        {{ \"rule\": \"RL4003\", \"fingerprint\": \"{fromSarif[1].Fingerprint}\" }}\n" +
            "      ]\n    }\n  }\n}\n",
            first);

        // Written again from the same reports, byte for byte the same.
        Run("baseline", report, "--output", BaselineFile);
        Assert.Equal(first, File.ReadAllText(BaselineFile));
    }

    [Fact]
    public void A_renamed_file_keeps_its_entries_only_when_its_text_is_the_same()
    {
        string text = "# Sprint report\n\n" + Table;
        string report = Write("old.md", text);
        Run("baseline", report, "--output", BaselineFile);
        File.Delete(report);

        string renamed = Write("new.md", text);
        (int code, string output, _) = Run("check", "--baseline", BaselineFile, renamed);
        Assert.Equal((0, "1 file checked: no new findings; 1 in the baseline.\n"), (code, output));

        File.WriteAllText(renamed, "# Sprint report, week 2\n\n" + Table);
        (code, output, _) = Run("check", "--baseline", BaselineFile, renamed);
        Assert.Equal(1, code);
        Assert.Contains($"{renamed}(7,11): warning RL2001:", output, StringComparison.Ordinal);
        Assert.EndsWith("1 warning in 1 file; 0 in the baseline, 1 stale baseline entry ('reportlint baseline' prunes it).\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_configuration_names_the_baseline_for_check_and_for_baseline()
    {
        Write(".reportlint.json", """{ "baseline": "lint/baseline.json" }""");
        Directory.CreateDirectory(Path.Combine(_dir, "lint"));
        string report = Write("docs/r.md", "# Sprint report\n\n" + Table);
        string previous = Environment.CurrentDirectory;
        (int code, string output, string error) = Run("baseline", report);
        Assert.Equal((0, ""), (code, error));
        Assert.Contains("1 finding in 1 file.", output, StringComparison.Ordinal);
        Assert.Contains("\"../docs/r.md\"", File.ReadAllText(Path.Combine(_dir, "lint", "baseline.json")), StringComparison.Ordinal);
        Assert.Equal(previous, Environment.CurrentDirectory);

        (code, output, _) = Run("check", report);
        Assert.Equal((0, "1 file checked: no new findings; 1 in the baseline.\n"), (code, output));
    }

    [Theory]
    [InlineData("{ \"version\": 1, \"files\": {\n  \"r.md\": [", "not a valid baseline: the JSON is malformed at line 2, column 12.")]
    [InlineData("[]", "not a valid baseline: the file must hold a JSON object.")]
    [InlineData("{ \"version\": 7, \"files\": {} }", "not a valid baseline: version 7 is not supported by this ReportLint (it reads version 1).")]
    [InlineData("{ \"version\": 1, \"files\": { \"r.md\": { \"sha256\": \"x\", \"findings\": [ 3 ] } } }",
        "not a valid baseline: each finding in \"files\".\"r.md\" must be an object with \"rule\" and \"fingerprint\" (strings).")]
    public void A_bad_baseline_is_a_clear_error_with_exit_2(string content, string message)
    {
        string report = Write("r.md", "# Sprint report\n\n" + Table);
        File.WriteAllText(BaselineFile, content);
        (int code, string output, string error) = Run("check", "--baseline", BaselineFile, report);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Equal($"reportlint: error: {BaselineFile}: {message}\n", error.Replace("\r\n", "\n", StringComparison.Ordinal));

        // Updating it refuses too, and leaves it as it was.
        (code, _, error) = Run("baseline", report, "--output", BaselineFile);
        Assert.Equal(2, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Equal(content, File.ReadAllText(BaselineFile));
    }

    [Fact]
    public void A_missing_or_oversized_baseline_is_an_error_not_read()
    {
        string report = Write("r.md", "# Sprint report\n\n" + Table);
        (int code, _, string error) = Run("check", "--baseline", BaselineFile, report);
        Assert.Equal(2, code);
        Assert.Equal($"reportlint: error: {BaselineFile}: baseline file not found (write one with 'reportlint baseline').\n", error);

        using (FileStream big = File.Create(BaselineFile))
        {
            big.SetLength(Baseline.MaxBytes + 1);
        }

        (code, _, error) = Run("check", "--baseline", BaselineFile, report);
        Assert.Equal(2, code);
        Assert.StartsWith($"reportlint: error: {BaselineFile}: cannot read the baseline: ", error, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ReportLint", error, StringComparison.Ordinal);
    }

    private List<(string Rule, string Fingerprint)> Entries()
    {
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(BaselineFile, Encoding.UTF8));
        return document.RootElement.GetProperty("files").EnumerateObject()
            .SelectMany(f => f.Value.GetProperty("findings").EnumerateArray())
            .Select(e => (e.GetProperty("rule").GetString()!, e.GetProperty("fingerprint").GetString()!)).ToList();
    }
}
