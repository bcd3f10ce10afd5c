using System.Globalization;
using ReportLint.Diagnostics;

namespace ReportLint.Analysis;

/// <summary>
/// What the user configured: per-rule severities (or off) and rule options such as <c>RL2003.tolerance_points</c>.
/// Immutable; build one with <see cref="Builder"/>.
/// </summary>
/// <remarks>
/// A configured severity is held in a small class, not as a <c>Severity?</c> value: a dictionary over a value type
/// is a framework generic that ReadyToRun cannot precompile, so it would be JIT-compiled at every start of the tool.
/// </remarks>
public sealed class AnalysisOptions
{
    private readonly Dictionary<string, Configured> _severities;
    private readonly Dictionary<string, string> _options;

    private AnalysisOptions(Dictionary<string, Configured> severities, Dictionary<string, string> options)
    {
        _severities = severities;
        _options = options;
    }

    /// <summary>No configuration: every rule at its defaults.</summary>
    public static AnalysisOptions Default { get; } = new(new Dictionary<string, Configured>(StringComparer.OrdinalIgnoreCase), new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase));

    /// <summary>The effective severity of a rule, or <c>null</c> when it is off.</summary>
    public Severity? GetEffectiveSeverity(RuleDescriptor rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        Severity? severity = _severities.TryGetValue(rule.Id, out Configured? configured)
            ? configured.Severity
            : rule.IsEnabledByDefault ? rule.DefaultSeverity : null;

        // A check is off when its rule is; otherwise its own setting, if any, decides (true keeps the rule's).
        if (severity is null || rule.Check is null || !_severities.TryGetValue(rule.Key, out Configured? check) || check.KeepsRule)
        {
            return severity;
        }

        return check.Severity;
    }

    /// <summary>A rule option (<c>RL2003.tolerance_points</c>) as a number, or <paramref name="defaultValue"/>.</summary>
    public decimal GetNumber(string key, decimal defaultValue) =>
        _options.TryGetValue(key, out string? raw) && decimal.TryParse(raw, NumberStyles.Number, CultureInfo.InvariantCulture, out decimal value)
            ? value
            : defaultValue;

    /// <summary>A rule option as text, or <c>null</c>.</summary>
    public string? GetString(string key) => _options.GetValueOrDefault(key);

    /// <summary>A stable text of every setting: equal options give equal fingerprints (linters are shared by it).</summary>
    public string Fingerprint
    {
        get
        {
            var text = new System.Text.StringBuilder();
            string separator = "";
            foreach (string key in Sorted(_severities.Keys))
            {
                Configured configured = _severities[key];
                text.Append(separator).Append(key).Append('=').Append(configured.KeepsRule ? "rule" : configured.Severity?.ToString() ?? "off");
                separator = ";";
            }

            text.Append('|');
            separator = "";
            foreach (string key in Sorted(_options.Keys))
            {
                text.Append(separator).Append(key).Append('=').Append(_options[key]);
                separator = ";";
            }

            return text.ToString();
        }
    }

    private static string[] Sorted(ICollection<string> keys)
    {
        var sorted = new string[keys.Count];
        keys.CopyTo(sorted, 0);
        Array.Sort(sorted, StringComparer.OrdinalIgnoreCase);
        return sorted;
    }

    /// <summary>Starts a builder from these options.</summary>
    public Builder ToBuilder() => new(_severities, _options);

    /// <summary>Builds <see cref="AnalysisOptions"/>.</summary>
    public sealed class Builder
    {
        private readonly Dictionary<string, Configured> _severities;
        private readonly Dictionary<string, string> _options;

        /// <summary>An empty builder.</summary>
        public Builder()
            : this(new Dictionary<string, Configured>(StringComparer.OrdinalIgnoreCase), new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase))
        {
        }

        internal Builder(Dictionary<string, Configured> severities, Dictionary<string, string> options)
        {
            _severities = new Dictionary<string, Configured>(severities, StringComparer.OrdinalIgnoreCase);
            _options = new Dictionary<string, string>(options, StringComparer.OrdinalIgnoreCase);
        }

        /// <summary>Sets a rule's severity; <c>null</c> turns it off.</summary>
        public Builder SetSeverity(string ruleId, Severity? severity)
        {
            _severities[ruleId] = new Configured(severity);
            return this;
        }

        /// <summary>
        /// Sets a check's severity (<c>RL3004/named-count</c>): <c>null</c> turns it off; <paramref name="keepRule"/>
        /// gives it its rule's severity again (a <c>true</c> over an extended file's <c>false</c>).
        /// </summary>
        public Builder SetCheckSeverity(string checkKey, Severity? severity, bool keepRule = false)
        {
            _severities[checkKey] = keepRule ? Configured.Rule : new Configured(severity);
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
            new Dictionary<string, Configured>(_severities, StringComparer.OrdinalIgnoreCase),
            new Dictionary<string, string>(_options, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>A rule's configured severity; <c>null</c> when the configuration turns it off.</summary>
    internal sealed class Configured(Severity? severity, bool keepsRule = false)
    {
        /// <summary>A check that takes its rule's severity.</summary>
        public static Configured Rule { get; } = new(null, keepsRule: true);

        public Severity? Severity { get; } = severity;

        public bool KeepsRule { get; } = keepsRule;
    }
}
