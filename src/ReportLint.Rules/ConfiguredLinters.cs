using System.Collections.Concurrent;
using ReportLint.Configuration;

namespace ReportLint.Rules;

/// <summary>
/// The built-in rules under a run's configuration: resolves each report's settings (<c>.editorconfig</c>,
/// <c>.reportlint.json</c> files, an explicit configuration file) and shares one linter among reports with equal
/// settings. The command line and the MSBuild task both lint through it, so a report gets the same results from
/// either.
/// </summary>
public sealed class ConfiguredLinters
{
    private readonly bool _inlineConfiguration;
    private readonly ConcurrentDictionary<string, ReportLinter> _linters = new(StringComparer.Ordinal);
    private ReportLinter? _default;

    /// <summary>
    /// Linters for the built-in rules; <paramref name="configFile"/> applies after the files found beside each report.
    /// <paramref name="followSymbolicLinks"/> lets configuration files be read through symbolic links that lead out of
    /// the repository (<see cref="ConfigurationResolver.FollowSymbolicLinks"/>).
    /// </summary>
    public ConfiguredLinters(string? configFile = null, bool inlineConfiguration = true, bool followSymbolicLinks = false)
    {
        Resolver = new ConfigurationResolver(BuiltInRules.Catalog, configFile, languages: BuiltInRules.Languages) { FollowSymbolicLinks = followSymbolicLinks };
        _inlineConfiguration = inlineConfiguration;
    }

    /// <summary>The resolver, with the problems of every configuration file read so far.</summary>
    public ConfigurationResolver Resolver { get; }

    /// <summary>A linter with the built-in defaults, for what needs the rule catalogue (configuration problems, fixes).</summary>
    public ReportLinter Default => _default ??= BuiltInRules.CreateLinter();

    /// <summary>The linter for a report (by full path), or null and the pattern that ignores it.</summary>
    public (ReportLinter? Linter, string? IgnoredBy) For(string fullPath)
    {
        ResolvedConfiguration config = Resolver.Resolve(fullPath);
        return config.IsIgnored
            ? (null, config.IgnoredBy)
            : (_linters.GetOrAdd(config.Key, _ => BuiltInRules.CreateLinter(config.Options, config.Languages, _inlineConfiguration)), null);
    }
}
