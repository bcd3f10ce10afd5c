using System.Globalization;
using ReportLint.Diagnostics;

namespace ReportLint.Analysis;

/// <summary>
/// What the user configured: per-rule severities (or off) and rule options such as <c>RL2003.tolerance_points</c>.
/// Immutable; build one with <see cref="Builder"/>.
/// </summary>
public sealed class AnalysisOptions
{
    private readonly Dictionary<string, Severity?> _severities;
    private readonly Dictionary<string, string> _options;

    private AnalysisOptions(Dictionary<string, Severity?> severities, Dictionary<string, string> options)
    {
        _severities = severities;
        _options = options;
    }

    /// <summary>No configuration: every rule at its defaults.</summary>
    public static AnalysisOptions Default { get; } = new(new Dictionary<string, Severity?>(StringComparer.OrdinalIgnoreCase), new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase));

    /// <summary>The effective severity of a rule, or <c>null</c> when it is off.</summary>
    public Severity? GetEffectiveSeverity(RuleDescriptor rule)
    {
        if (_severities.TryGetValue(rule.Id, out Severity? configured))
        {
            return configured;
        }

        return rule.IsEnabledByDefault ? rule.DefaultSeverity : null;
    }

    /// <summary>A rule option (<c>RL2003.tolerance_points</c>) as a number, or <paramref name="defaultValue"/>.</summary>
    public decimal GetNumber(string key, decimal defaultValue) =>
        _options.TryGetValue(key, out string? raw) && decimal.TryParse(raw, NumberStyles.Number, CultureInfo.InvariantCulture, out decimal value)
            ? value
            : defaultValue;

    /// <summary>A rule option as text, or <c>null</c>.</summary>
    public string? GetString(string key) => _options.GetValueOrDefault(key);

    /// <summary>A stable text of every setting: equal options give equal fingerprints (linters are shared by it).</summary>
    public string Fingerprint =>
        string.Join(";", _severities.OrderBy(p => p.Key, StringComparer.OrdinalIgnoreCase).Select(p => $"{p.Key}={p.Value?.ToString() ?? "off"}")) + "|" +
        string.Join(";", _options.OrderBy(p => p.Key, StringComparer.OrdinalIgnoreCase).Select(p => $"{p.Key}={p.Value}"));

    /// <summary>Starts a builder from these options.</summary>
    public Builder ToBuilder() => new(_severities, _options);

    /// <summary>Builds <see cref="AnalysisOptions"/>.</summary>
    public sealed class Builder
    {
        private readonly Dictionary<string, Severity?> _severities;
        private readonly Dictionary<string, string> _options;

        /// <summary>An empty builder.</summary>
        public Builder()
            : this(new Dictionary<string, Severity?>(StringComparer.OrdinalIgnoreCase), new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase))
        {
        }

        internal Builder(IReadOnlyDictionary<string, Severity?> severities, IReadOnlyDictionary<string, string> options)
        {
            _severities = severities.ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);
            _options = options.ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);
        }

        /// <summary>Sets a rule's severity; <c>null</c> turns it off.</summary>
        public Builder SetSeverity(string ruleId, Severity? severity)
        {
            _severities[ruleId] = severity;
            return this;
        }

        /// <summary>Sets a rule option.</summary>
        public Builder SetOption(string key, string value)
        {
            _options[key] = value;
            return this;
        }

        /// <summary>Builds the options.</summary>
        public AnalysisOptions Build() => new(
            new Dictionary<string, Severity?>(_severities, StringComparer.OrdinalIgnoreCase),
            new Dictionary<string, string>(_options, StringComparer.OrdinalIgnoreCase));
    }
}
