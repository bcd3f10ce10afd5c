using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using ReportLint.Baselines;
using ReportLint.Configuration;
using ReportLint.Diagnostics;
using ReportLint.IO;
using ReportLint.Rules;

namespace ReportLint.MSBuild;

/// <summary>
/// Lints Markdown reports and logs each diagnostic as an MSBuild warning, error or message with its rule ID as the
/// code, the file, line, column, end line, end column and the rule's help link, so it reaches the build output, the
/// IDE error list and binlogs like a compiler diagnostic. Configuration (<c>.reportlint.json</c>,
/// <c>.editorconfig</c>, inline comments) applies as it does for <c>reportlint check</c>; <c>NoWarn</c>,
/// <c>WarningsAsErrors</c>, <c>WarningsNotAsErrors</c> and <c>TreatWarningsAsErrors</c> apply as they do for compiler
/// warnings. A project's files are untrusted: only regular files are read (a FIFO, device or socket is never opened),
/// at most 256 MB, and a symbolic link only when it leads to a place inside the repository that holds it (outside a
/// repository, inside its folder) unless <see cref="FollowSymlinks"/> is set; a report that is not read is skipped
/// with a warning that says why.
/// </summary>
public sealed class LintReports : Microsoft.Build.Utilities.Task
{
    private static readonly char[] ListSeparators = [';', ',', ' ', '\t', '\r', '\n'];

    /// <summary>The reports to lint.</summary>
    [Required]
    public ITaskItem[] Files { get; set; } = [];

    /// <summary>A configuration file applied after the <c>.reportlint.json</c> files found beside the reports (like <c>--config</c>).</summary>
    public string? ConfigFile { get; set; }

    /// <summary>Report every ReportLint warning as an error.</summary>
    public bool FailOnWarning { get; set; }

    /// <summary>The project's <c>TreatWarningsAsErrors</c>.</summary>
    public bool TreatWarningsAsErrors { get; set; }

    /// <summary>The project's <c>WarningsAsErrors</c>: rule IDs whose warnings become errors.</summary>
    public string? WarningsAsErrors { get; set; }

    /// <summary>The project's <c>WarningsNotAsErrors</c>: rule IDs kept as warnings under <c>TreatWarningsAsErrors</c>.</summary>
    public string? WarningsNotAsErrors { get; set; }

    /// <summary>The project's <c>NoWarn</c>: rule IDs whose warnings are not reported.</summary>
    public string? NoWarn { get; set; }

    /// <summary>Read reports and configuration files through symbolic links wherever they lead (<c>ReportLintFollowSymlinks</c>).</summary>
    public bool FollowSymlinks { get; set; }

    /// <summary>
    /// A baseline file (<c>ReportLintBaseline</c>, written by <c>reportlint baseline</c>) whose findings are not
    /// reported; by default each report's <c>"baseline"</c> from <c>.reportlint.json</c>, as for <c>reportlint check</c>.
    /// </summary>
    public string? Baseline { get; set; }

    /// <summary>Written when the run logs no error, so an incremental build can skip the next run when nothing changed.</summary>
    public string? StampFile { get; set; }

    /// <summary>
    /// Every configuration file the results depend on (<c>.reportlint.json</c> files, the files they <c>extends</c>,
    /// <c>.editorconfig</c> files, the explicit one): the targets make them inputs of the next build.
    /// </summary>
    [Output]
    public ITaskItem[] ConfigurationFiles { get; set; } = [];

    /// <summary>How many diagnostics were logged as warnings or errors.</summary>
    [Output]
    public int DiagnosticCount { get; set; }

    /// <inheritdoc />
    public override bool Execute()
    {
        if (!string.IsNullOrEmpty(ConfigFile) && !File.Exists(ConfigFile))
        {
            Log.LogError($"ReportLint: the configuration file '{ConfigFile}' (ReportLintConfig) does not exist.");
            return false;
        }

        var linters = new ConfiguredLinters(string.IsNullOrEmpty(ConfigFile) ? null : Path.GetFullPath(ConfigFile!), followSymbolicLinks: FollowSymlinks);
        string[] paths = Files.Select(f => Path.GetFullPath(f.GetMetadata("FullPath") is { Length: > 0 } full ? full : f.ItemSpec))
            .Distinct(StringComparer.Ordinal).OrderBy(p => p, StringComparer.Ordinal).ToArray();

        // Lint in parallel, log in file order from this thread.
        var outcomes = new (LintResult? Result, string? Error, (RuleDescriptor Check, string Message)? Skipped)[paths.Length];
        Parallel.For(0, paths.Length, i => outcomes[i] = LintOne(paths[i], linters, FollowSymlinks));

        if (!ApplyBaselines(paths, outcomes, linters, out BaselineMatch? baseline, out List<string> baselinesRead))
        {
            return false;
        }

        _baseline = baseline;
        var rules = new RuleFilter(NoWarn, WarningsAsErrors, WarningsNotAsErrors, TreatWarningsAsErrors || FailOnWarning);
        foreach (ConfigFileReport report in linters.Resolver.Problems)
        {
            LogResult(rules, linters.Default.ReportConfigurationProblems(report.Path, report.Bytes, report.Problems));
        }

        for (int i = 0; i < paths.Length; i++)
        {
            if (outcomes[i].Error is { } error)
            {
                Log.LogError(subcategory: null, errorCode: null, helpKeyword: null, file: paths[i], lineNumber: 0, columnNumber: 0, endLineNumber: 0, endColumnNumber: 0, message: "ReportLint: " + error);
            }
            else if (outcomes[i].Skipped is { } skipped)
            {
                // RL0006, under the project's warning properties like a finding.
                (RuleDescriptor notRead, string message) = skipped;
                switch (rules.Classify(notRead.Id, notRead.DefaultSeverity))
                {
                    case Outcome.Error:
                        Log.LogError(null, notRead.Id, null, notRead.HelpLink, paths[i], 0, 0, 0, 0, message);
                        break;
                    case Outcome.Warning:
                        Log.LogWarning(null, notRead.Id, null, notRead.HelpLink, paths[i], 0, 0, 0, 0, message);
                        break;
                }
            }
            else if (outcomes[i].Result is { } result)
            {
                LogResult(rules, result);
            }
        }

        ConfigurationFiles = linters.Resolver.FilesRead.Concat(baselinesRead).Distinct(StringComparer.Ordinal).OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (ITaskItem)new TaskItem(p)).ToArray();
        Log.LogMessage(MessageImportance.Normal, $"ReportLint: {paths.Length} reports linted, {DiagnosticCount} diagnostics.");
        if (baseline is not null)
        {
            string stale = baseline.Stale == 0 ? ""
                : baseline.Stale == 1 ? ", 1 stale baseline entry ('reportlint baseline' prunes it)"
                : $", {baseline.Stale} stale baseline entries ('reportlint baseline' prunes them)";
            Log.LogMessage(MessageImportance.High, $"ReportLint: {baseline.Suppressed.Count} findings in the baseline{stale}.");
        }
        if (!Log.HasLoggedErrors && !string.IsNullOrEmpty(StampFile))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(StampFile!))!);
            File.WriteAllText(StampFile!, $"{paths.Length} reports, {DiagnosticCount} diagnostics\n");
        }

        return !Log.HasLoggedErrors;
    }

    private BaselineMatch? _baseline;

    // Leaves out the findings of the baseline given (ReportLintBaseline), or else of the baselines the reports'
    // configurations name. A baseline that cannot be read is an error, and nothing is reported.
    private bool ApplyBaselines(string[] paths, (LintResult? Result, string? Error, (RuleDescriptor Check, string Message)? Skipped)[] outcomes, ConfiguredLinters linters,
        out BaselineMatch? match, out List<string> read)
    {
        match = null;
        read = [];
        var groups = new SortedDictionary<string, List<CheckedFile>>(StringComparer.Ordinal);
        for (int i = 0; i < paths.Length; i++)
        {
            if (outcomes[i].Result is not { } result)
            {
                continue;
            }

            string? file = !string.IsNullOrEmpty(Baseline) ? Path.GetFullPath(Baseline!) : linters.Resolver.Resolve(paths[i]).Baseline;
            if (file is null)
            {
                continue;
            }

            if (!groups.TryGetValue(file, out List<CheckedFile>? group))
            {
                groups[file] = group = [];
            }

            group.Add(new CheckedFile(paths[i], result));
        }

        var matches = new List<BaselineMatch>();
        foreach (KeyValuePair<string, List<CheckedFile>> group in groups)
        {
            Baselines.Baseline? baseline = Baselines.Baseline.Load(group.Key, out string? problem);
            if (baseline is null)
            {
                Log.LogError(subcategory: null, errorCode: null, helpKeyword: null, file: group.Key, lineNumber: 0, columnNumber: 0, endLineNumber: 0, endColumnNumber: 0,
                    message: "ReportLint: " + problem);
                return false;
            }

            read.Add(baseline.Path);
            matches.Add(baseline.Match(group.Value));
        }

        match = groups.Count == 0 ? null : BaselineMatch.Combine(matches);
        return true;
    }

    // A report's findings; or the reason it could not be read (an error); or why it was not read (a FIFO, a device, a
    // link out of the repository: skipped, with a warning).
    private static (LintResult? Result, string? Error, (RuleDescriptor Check, string Message)? Skipped) LintOne(string path, ConfiguredLinters linters, bool followSymlinks)
    {
        try
        {
            SafeFileReader reader = SafeFileReader.ForRepositoryOf(path, followSymlinks);
            FileCheck check = reader.Check(path);
            switch (check.Refusal)
            {
                case FileRefusal.NotRegular or FileRefusal.Outside or FileRefusal.LinkLoop:
                    return (null, null, EngineRules.NotRead(check));
                case FileRefusal.Missing or FileRefusal.TooLarge or FileRefusal.Unreadable:
                    return (null, $"cannot read the report: {check.Problem}.", null);
            }

            ReportLinter? linter = linters.For(path).Linter;
            if (linter is null)
            {
                return (null, null, null);
            }

            // A binary file, or UTF-16 without a byte order mark: one warning that says so (RL0006), as the CLI gives
            // one error, not a finding per line of text decoded one character per byte.
            byte[] bytes = reader.Read(check);
            return EngineRules.NotText(bytes) is { } notText
                ? (null, null, notText)
                : (linter.Lint(Text.SourceText.FromBytes(bytes), path), null, null);
        }
        catch (FileRefusedException e)
        {
            return (null, $"cannot read the report: {e.Check.Problem}.", null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"cannot read the report: {e.Message}", null);
        }
    }

    private void LogResult(RuleFilter rules, LintResult result)
    {
        string file = result.Path ?? "";
        foreach (Diagnostic d in result.Diagnostics)
        {
            if (_baseline is not null && _baseline.Holds(d))
            {
                continue;
            }

            int line = d.LineSpan.Start.Line, column = d.LineSpan.Start.Column, endLine = d.LineSpan.End.Line, endColumn = d.LineSpan.End.Column;
            string help = d.Descriptor.HelpLink;
            switch (rules.Classify(d))
            {
                case Outcome.Error:
                    DiagnosticCount++;
                    Log.LogError(null, d.Id, null, help, file, line, column, endLine, endColumn, d.Message);
                    break;
                case Outcome.Warning:
                    DiagnosticCount++;
                    Log.LogWarning(null, d.Id, null, help, file, line, column, endLine, endColumn, d.Message);
                    break;
                case Outcome.Message:
                    Log.LogMessage(null, d.Id, null, file, line, column, endLine, endColumn, MessageImportance.Normal, d.Message);
                    break;
            }
        }
    }

    private enum Outcome
    {
        None,
        Message,
        Warning,
        Error,
    }

    /// <summary>The project's warning properties, applied to ReportLint's warnings as the compiler applies them to its own.</summary>
    private sealed class RuleFilter(string? noWarn, string? warningsAsErrors, string? warningsNotAsErrors, bool allAsErrors)
    {
        private readonly HashSet<string> _noWarn = Split(noWarn);
        private readonly HashSet<string> _asErrors = Split(warningsAsErrors);
        private readonly HashSet<string> _notAsErrors = Split(warningsNotAsErrors);

        public Outcome Classify(Diagnostic d) => Classify(d.Id, d.Severity);

        public Outcome Classify(string id, Severity severity) => severity switch
        {
            Severity.Error => Outcome.Error,
            Severity.Warning when _noWarn.Contains(id) => Outcome.None,
            Severity.Warning when _asErrors.Contains(id) || (allAsErrors && !_notAsErrors.Contains(id)) => Outcome.Error,
            Severity.Warning => Outcome.Warning,
            Severity.Info when _noWarn.Contains(id) => Outcome.None,
            Severity.Info => Outcome.Message,
            _ => Outcome.None,
        };

        private static HashSet<string> Split(string? list) =>
            new((list ?? "").Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim()), StringComparer.OrdinalIgnoreCase);
    }
}
