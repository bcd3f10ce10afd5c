using Microsoft.Build.Framework;
using ReportLint.MSBuild;

namespace ReportLint.Tests.MSBuild;

/// <summary>
/// The MSBuild task as MSBuild calls it, with a recording build engine: the events carry what the console logger
/// does not print (help link, end line, end column), and the warning properties act as they do for compiler warnings.
/// The installed package is exercised end to end by ReportLint.IntegrationTests.
/// </summary>
public sealed class LintReportsTaskTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("reportlint-task-").FullName;
    private readonly string _report;

    public LintReportsTaskTests()
    {
        _report = Path.Combine(_dir, "status.md");
        File.WriteAllText(_report, "# Sprint status\n\n| Task | Hours |\n|---|---|\n| Parser | 2h |\n| Tests | 3h |\n| **Total** | **6h** |\n");
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Reports_a_warning_with_code_span_and_help_link_and_writes_the_stamp()
    {
        var (task, engine) = Task();
        Assert.True(task.Execute());

        BuildWarningEventArgs warning = Assert.Single(engine.Warnings);
        Assert.Equal("RL2001", warning.Code);
        Assert.Equal(_report, warning.File);
        Assert.Equal((7, 17, 7, 19), (warning.LineNumber, warning.ColumnNumber, warning.EndLineNumber, warning.EndColumnNumber));
        Assert.Equal("Total 6h ≠ 2h + 3h = 5h (rows 5–6)", warning.Message);
        Assert.Equal("https://github.com/reportlint/reportlint/blob/main/docs/rules/RL2001.md", warning.HelpLink);
        Assert.Empty(engine.Errors);
        Assert.Equal(1, task.DiagnosticCount);
        Assert.True(File.Exists(task.StampFile));
    }

    [Fact]
    public void TreatWarningsAsErrors_makes_it_an_error_fails_and_writes_no_stamp()
    {
        var (task, engine) = Task(t => t.TreatWarningsAsErrors = true);
        Assert.False(task.Execute());
        BuildErrorEventArgs error = Assert.Single(engine.Errors);
        Assert.Equal(("RL2001", 7, 17), (error.Code, error.LineNumber, error.ColumnNumber));
        Assert.Equal("https://github.com/reportlint/reportlint/blob/main/docs/rules/RL2001.md", error.HelpLink);
        Assert.False(File.Exists(task.StampFile));
    }

    [Fact]
    public void WarningsNotAsErrors_keeps_a_rule_a_warning_under_TreatWarningsAsErrors()
    {
        var (task, engine) = Task(t =>
        {
            t.TreatWarningsAsErrors = true;
            t.WarningsNotAsErrors = "RL1001;RL2001";
        });
        Assert.True(task.Execute());
        Assert.Equal("RL2001", Assert.Single(engine.Warnings).Code);
    }

    [Fact]
    public void Does_not_report_a_rule_named_in_NoWarn()
    {
        var (task, engine) = Task(t => t.NoWarn = "1701;1702,RL2001");
        Assert.True(task.Execute());
        Assert.Empty(engine.Warnings);
        Assert.Empty(engine.Errors);
    }

    [Fact]
    public void A_missing_configuration_file_is_a_clear_error()
    {
        var (task, engine) = Task(t => t.ConfigFile = Path.Combine(_dir, "missing.json"));
        Assert.False(task.Execute());
        Assert.Contains("missing.json", Assert.Single(engine.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Severities_come_from_the_configuration()
    {
        File.WriteAllText(Path.Combine(_dir, ".reportlint.json"), """{ "RL2001": "error" }""");
        var (task, engine) = Task();
        Assert.False(task.Execute());
        Assert.Equal("RL2001", Assert.Single(engine.Errors).Code);
    }

    // Issue 50: the build of a pull request reads only regular files inside the repository.
    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Skips_a_link_out_of_the_repository_and_a_fifo_with_RL0006_and_lints_the_rest()
    {
        using var tree = new Harness.UntrustedTree();
        string status = tree.Write("docs/status.md", File.ReadAllText(_report));
        string link = tree.Link("docs/passwd.md", tree.SecretFile);
        string zero = tree.Link("docs/zero.md", "/dev/zero");
        string fifo = tree.Fifo("docs/pipe.md");
        var (task, engine) = Task(t => t.Files = [.. new[] { status, link, zero, fifo }.Select(f => new Microsoft.Build.Utilities.TaskItem(f))]);

        Assert.True(Harness.UntrustedTree.NeverOpens(task.Execute, fifo));

        Assert.Empty(engine.Errors);
        Assert.Equal(string.Join("\n",
        [
            $"RL0006 {link}: Not read: a symbolic link that leads out of {tree.Root}; not read (the project's ReportLintFollowSymlinks=true reads it).",
            $"RL0006 {fifo}: Not read: a FIFO (named pipe), not a regular file; not read.",
            $"RL0006 {zero}: Not read: a symbolic link that leads out of {tree.Root}; not read (the project's ReportLintFollowSymlinks=true reads it).",
            $"RL2001 {status}: Total 6h ≠ 2h + 3h = 5h (rows 5–6)",
        ]), string.Join("\n", engine.Warnings.Select(w => $"{w.Code} {w.File}: {w.Message}").Order(StringComparer.Ordinal)));
        Assert.DoesNotContain(engine.Warnings, w => w.Message!.Contains("SECRET", StringComparison.Ordinal));

        // Each reason is its own check of RL0006, whose help link is its section of the rule's page.
        Assert.Equal(["RL0006.md#leads-out", "RL0006.md#leads-out", "RL0006.md#not-regular"],
            engine.Warnings.Where(w => w.Code == "RL0006").Select(w => w.HelpLink.Substring(ReportLint.Diagnostics.RuleDescriptor.HelpLinkBase.Length)).Order(StringComparer.Ordinal));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void FollowSymlinks_reads_through_a_link_out_of_the_repository_but_never_a_device()
    {
        using var tree = new Harness.UntrustedTree();
        string link = tree.Link("docs/passwd.md", tree.SecretFile);
        string zero = tree.Link("docs/zero.md", "/dev/zero");
        var (task, engine) = Task(t =>
        {
            t.Files = [new Microsoft.Build.Utilities.TaskItem(link), new Microsoft.Build.Utilities.TaskItem(zero)];
            t.FollowSymlinks = true;
        });

        Assert.True(task.Execute());
        Assert.Equal(string.Join("\n",
        [
            $"RL0006 {zero}: Not read: a character device, not a regular file; not read.",
            $"RL2001 {link}: Total 9h ≠ 2h + 1h = 3h (rows 7–8)",
        ]), string.Join("\n", engine.Warnings.Select(w => $"{w.Code} {w.File}: {w.Message}").Order(StringComparer.Ordinal)));
    }

    // Issue 52: the baseline, given as ReportLintBaseline or named in .reportlint.json, leaves out what it holds.
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_baseline_leaves_out_its_findings_and_a_new_one_above_them_is_reported(bool fromConfiguration)
    {
        string baseline = Path.Combine(_dir, "lint", "baseline.json");
        Directory.CreateDirectory(Path.GetDirectoryName(baseline)!);
        Assert.Equal(0, ReportLint.Cli.Program.Run(["baseline", _report, "--output", baseline], new StringWriter(), new StringWriter()));
        if (fromConfiguration)
        {
            File.WriteAllText(Path.Combine(_dir, ".reportlint.json"), """{ "baseline": "lint/baseline.json" }""");
        }

        var (task, engine) = Task(t => t.Baseline = fromConfiguration ? null : baseline);
        Assert.True(task.Execute());
        Assert.Empty(engine.Warnings);
        Assert.Equal(0, task.DiagnosticCount);
        Assert.Contains(baseline, task.ConfigurationFiles.Select(f => f.ItemSpec));

        // A placeholder two lines above the baselined total: only it is reported.
        File.WriteAllText(_report, "# Sprint status\n\nOwner: [your-email@domain.com]\n\n| Task | Hours |\n|---|---|\n| Parser | 2h |\n| Tests | 3h |\n| **Total** | **6h** |\n");
        (task, engine) = Task(t => t.Baseline = fromConfiguration ? null : baseline);
        Assert.True(task.Execute());
        BuildWarningEventArgs warning = Assert.Single(engine.Warnings);
        Assert.Equal(("RL4003", 3, 8), (warning.Code, warning.LineNumber, warning.ColumnNumber));
    }

    // Issue 52: a report the task cannot read as text gets one warning saying why, as the CLI gives one error; not a
    // finding per line of text decoded one character per byte, and not silence.
    [Fact]
    public void A_binary_or_bomless_utf16_report_is_one_clear_warning()
    {
        string utf16 = Path.Combine(_dir, "utf16.md");
        File.WriteAllBytes(utf16, System.Text.Encoding.Unicode.GetBytes("# Status\n\nOwner: TBD\nUpdated $(date)\n| Total | 4h |\n"));
        string binary = Path.Combine(_dir, "image.md");
        File.WriteAllBytes(binary, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x01]);
        var (task, engine) = Task(t => t.Files = [new Microsoft.Build.Utilities.TaskItem(utf16), new Microsoft.Build.Utilities.TaskItem(binary)]);
        Assert.True(task.Execute());
        Assert.Equal(
        [
            $"RL0006 {binary}(0,0): Not read: binary file (it contains NUL bytes); not a Markdown report.",
            $"RL0006 {utf16}(0,0): Not read: UTF-16 little-endian text without a byte order mark; not read (save it as UTF-8, or as UTF-16 with a byte order mark).",
        ], engine.Warnings.Select(w => $"{w.Code} {w.File}({w.LineNumber},{w.ColumnNumber}): {w.Message}"));
        Assert.Equal([ReportLint.Diagnostics.RuleDescriptor.HelpLinkBase + "RL0006.md#binary", ReportLint.Diagnostics.RuleDescriptor.HelpLinkBase + "RL0006.md#utf16-without-bom"],
            engine.Warnings.Select(w => w.HelpLink));
        Assert.Empty(engine.Errors);
    }

    [Fact]
    public void A_baseline_that_is_not_valid_is_a_build_error()
    {
        string baseline = Path.Combine(_dir, "baseline.json");
        File.WriteAllText(baseline, "{ \"version\": 1, ");
        var (task, engine) = Task(t => t.Baseline = baseline);
        Assert.False(task.Execute());
        BuildErrorEventArgs error = Assert.Single(engine.Errors);
        Assert.Equal($"ReportLint: {baseline}: not a valid baseline: the JSON is malformed at line 1, column 17.", error.Message);
        Assert.Empty(engine.Warnings);
    }

    private (LintReports Task, RecordingEngine Engine) Task(Action<LintReports>? configure = null)
    {
        var engine = new RecordingEngine();
        var task = new LintReports
        {
            BuildEngine = engine,
            Files = [new Microsoft.Build.Utilities.TaskItem(_report)],
            StampFile = Path.Combine(_dir, "obj", "reportlint.stamp"),
        };
        configure?.Invoke(task);
        return (task, engine);
    }

    private sealed class RecordingEngine : IBuildEngine
    {
        public List<BuildWarningEventArgs> Warnings { get; } = [];

        public List<BuildErrorEventArgs> Errors { get; } = [];

        public bool ContinueOnError => false;

        public int LineNumberOfTaskNode => 0;

        public int ColumnNumberOfTaskNode => 0;

        public string ProjectFileOfTaskNode => "test.proj";

        public bool BuildProjectFile(string projectFileName, string[] targetNames, System.Collections.IDictionary globalProperties, System.Collections.IDictionary targetOutputs) => false;

        public void LogCustomEvent(CustomBuildEventArgs e)
        {
        }

        public void LogErrorEvent(BuildErrorEventArgs e) => Errors.Add(e);

        public void LogMessageEvent(BuildMessageEventArgs e)
        {
        }

        public void LogWarningEvent(BuildWarningEventArgs e) => Warnings.Add(e);
    }
}
