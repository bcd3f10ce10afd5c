using ReportLint.Rules;

namespace ReportLint.Cli;

/// <summary>
/// One run's configuration: resolves each file's settings, shares a linter among files with the same settings, and
/// turns configuration problems into RL0002 results for the configuration files.
/// </summary>
internal sealed class LintSession
{
    private readonly ConfiguredLinters _linters;

    private LintSession(ConfiguredLinters linters) => _linters = linters;

    /// <summary>A linter with the built-in defaults, for reports that need the rule catalogue.</summary>
    public ReportLinter Default => _linters.Default;

    public static LintSession? Create(string? configPath, bool inline, List<string> errors, bool followSymbolicLinks = false)
    {
        if (configPath is not null && !File.Exists(configPath))
        {
            errors.Add($"{configPath}: configuration file not found (--config).");
            return null;
        }

        return new LintSession(new ConfiguredLinters(configPath, inline, followSymbolicLinks));
    }

    /// <summary>The linter for a file, or null (and why) when its configuration ignores it.</summary>
    public (ReportLinter? Linter, string? IgnoredBy) For(InputFile file) => _linters.For(file.Path);

    /// <summary>The baseline file (a full path) the file's configuration names, or null.</summary>
    public string? BaselineOf(InputFile file) => file.IsStandardInput ? null : _linters.Resolver.Resolve(file.Path).Baseline;

    /// <summary>The configuration files with problems, as results holding their RL0002 diagnostics.</summary>
    public List<FileOutcome> ConfigurationOutcomes() =>
        _linters.Resolver.Problems.Select(p => new FileOutcome(
            new InputFile(p.Path, Display(p.Path), IsConfiguration: true),
            Default.ReportConfigurationProblems(Display(p.Path), p.Bytes, p.Problems),
            null)).ToList();

    private static string Display(string full)
    {
        string relative = Path.GetRelativePath(Environment.CurrentDirectory, full);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
    }
}
