using System.Globalization;
using System.Text;
using System.Text.Json;
using ReportLint.Analysis;
using ReportLint.Diagnostics;

namespace ReportLint.Configuration;

/// <summary>What a configuration file sets besides rules: the file it extends, ignored globs, languages.</summary>
public sealed class ConfigFileSettings
{
    /// <summary>The <c>extends</c> path as written, or null.</summary>
    public string? Extends { get; set; }

    /// <summary>The <c>ignore</c> globs, relative to the configuration file's folder.</summary>
    public List<string> Ignore { get; } = [];

    /// <summary>The <c>languages</c>, or null when not set.</summary>
    public List<string>? Languages { get; set; }

    /// <summary>The <c>baseline</c> file as written (relative to the configuration file's folder), or null.</summary>
    public string? Baseline { get; set; }
}

/// <summary>
/// Reads a configuration (a <c>.reportlint.json</c> file, JSON with comments, or an inline
/// <c>reportlint-configure-file</c>) into analysis options. Rules are named by ID or alias:
/// <c>"RL2001": false | true | "error" | "warning" | "info" | "hidden" | "off" | { "severity": …, option: value }</c>;
/// <c>"default": false</c> turns every rule off first. Every problem is reported with its line and column, and
/// what could not be read keeps its default.
/// </summary>
public static class ConfigReader
{
    private static readonly string[] FileKeys = ["$schema", "extends", "ignore", "languages", "default", "baseline"];

    /// <summary>
    /// Parses and applies configuration text. Returns the file-level settings (extends, ignore, languages). Given the
    /// languages that have a lexicon (<paramref name="knownLanguages"/>), a language without one is a problem at its
    /// place, and a <c>languages</c> that names no known language is a problem and leaves the defaults in force.
    /// </summary>
    public static ConfigFileSettings Apply(byte[] utf8, string path, RuleCatalog catalog, AnalysisOptions.Builder builder,
        List<ConfigProblem> problems, bool inline = false, IReadOnlyCollection<string>? knownLanguages = null)
    {
        var settings = new ConfigFileSettings();
        ConfigValue root;
        try
        {
            root = ConfigValue.Parse(utf8);
        }
        catch (JsonException ex)
        {
            // Where the parser stopped (line and column in characters), and what is wrong there in words a person acts
            // on, not the parser's text.
            (long offset, string what) = JsonErrors.Describe(utf8, ex.LineNumber ?? 0, ex.BytePositionInLine ?? 0);
            problems.Add(new Positions(utf8, path).Problem(offset, EngineRules.InvalidJson, what));
            return settings;
        }

        var at = new Positions(utf8, path);
        if (root.Kind != ConfigKind.Object)
        {
            problems.Add(at.Problem(root.Offset, EngineRules.ConfigurationNotObject, root.KindName));
            return settings;
        }

        foreach ((string name, long nameOffset, ConfigValue value) in root.Properties)
        {
            if (FileKeys.Contains(name, StringComparer.Ordinal))
            {
                ApplyFileKey(name, value, nameOffset, catalog, builder, settings, at, problems, inline, knownLanguages);
                continue;
            }

            RuleDescriptor? rule = catalog.Find(name);
            if (rule is null)
            {
                problems.Add(UnknownKey(name, nameOffset, catalog, at));
                continue;
            }

            ApplyRule(rule, value, catalog, builder, at, problems);
        }

        return settings;
    }

    private static void ApplyFileKey(string name, ConfigValue value, long offset, RuleCatalog catalog, AnalysisOptions.Builder builder,
        ConfigFileSettings settings, Positions at, List<ConfigProblem> problems, bool inline, IReadOnlyCollection<string>? knownLanguages)
    {
        if (inline && name is "extends" or "ignore" or "languages" or "baseline")
        {
            problems.Add(at.Problem(offset, EngineRules.FileOnlySetting, name));
            return;
        }

        switch (name)
        {
            case "$schema":
                break;
            case "extends" when value.Kind == ConfigKind.String:
                settings.Extends = value.Text;
                break;
            case "baseline" when value.Kind == ConfigKind.String && value.Text.Length > 0:
                settings.Baseline = value.Text;
                break;
            case "ignore" when value.Kind == ConfigKind.Array && value.Items.All(i => i.Kind == ConfigKind.String):
                settings.Ignore.AddRange(value.Items.Select(i => i.Text));
                break;
            case "languages" when value.Kind == ConfigKind.Array && value.Items.All(i => i.Kind == ConfigKind.String):
                settings.Languages = ReadLanguages(value, offset, at, problems, knownLanguages);
                break;
            case "default" when value.Kind == ConfigKind.Boolean:
                foreach (RuleDescriptor rule in catalog.Rules)
                {
                    if (rule.Category != RuleCategory.Engine)
                    {
                        builder.SetSeverity(rule.Id, value.Boolean ? rule.DefaultSeverity : null);
                    }
                }

                break;
            default:
                string expected = name switch
                {
                    "extends" or "baseline" => "a string (a path)",
                    "ignore" or "languages" => "an array of strings",
                    _ => "true or false",
                };
                problems.Add(at.Problem(value.Offset, EngineRules.SettingType, name, expected, value.KindName));
                break;
        }
    }

    private static void ApplyRule(RuleDescriptor rule, ConfigValue value, RuleCatalog catalog, AnalysisOptions.Builder builder, Positions at, List<ConfigProblem> problems)
    {
        switch (value.Kind)
        {
            case ConfigKind.Boolean:
                builder.SetSeverity(rule.Id, value.Boolean ? rule.DefaultSeverity : null);
                return;
            case ConfigKind.String:
                if (TryParseSeverity(value.Text, out Severity? severity))
                {
                    builder.SetSeverity(rule.Id, severity);
                }
                else
                {
                    problems.Add(at.Problem(value.Offset, EngineRules.UnknownSeverity, value.Text, rule.Id));
                }

                return;
            case ConfigKind.Object:
                if (!value.Properties.Any(p => p.Name == "severity"))
                {
                    builder.SetSeverity(rule.Id, rule.DefaultSeverity);
                }

                foreach ((string name, long nameOffset, ConfigValue option) in value.Properties)
                {
                    if (name == "severity")
                    {
                        ApplyRule(rule, option, catalog, builder, at, problems);
                        continue;
                    }

                    if (name == "checks")
                    {
                        ApplyChecks(rule, option, catalog, builder, at, problems);
                        continue;
                    }

                    RuleOption? declared = catalog.FindOption(rule.Id, name);
                    if (declared is null)
                    {
                        string known = string.Join(", ", catalog.Options.Where(o => o.RuleId == rule.Id).Select(o => o.Name));
                        problems.Add(at.Problem(nameOffset, EngineRules.UnknownOption, rule.Id, name, known.Length > 0 ? $"it has: {known}" : "it has none"));
                        continue;
                    }

                    string? text = (declared.Type, option.Kind) switch
                    {
                        (RuleOptionType.Number, ConfigKind.Number) => option.Number?.ToString(CultureInfo.InvariantCulture),
                        (RuleOptionType.String, ConfigKind.String) => option.Text,
                        (RuleOptionType.Boolean, ConfigKind.Boolean) => option.Boolean ? "true" : "false",
                        _ => null,
                    };
                    if (text is null)
                    {
                        problems.Add(at.Problem(option.Offset, EngineRules.OptionType, declared.Key, declared.Type.ToString().ToLowerInvariant(), option.KindName));
                    }
                    else
                    {
                        builder.SetOption(declared.Key, text);
                    }
                }

                return;
            default:
                problems.Add(at.Problem(value.Offset, EngineRules.RuleSettingType, rule.Id, value.KindName));
                return;
        }
    }

    // "checks": { "named-count": false | true | severity }: a check off, back on at its rule's severity, or at its own.
    private static void ApplyChecks(RuleDescriptor rule, ConfigValue value, RuleCatalog catalog, AnalysisOptions.Builder builder, Positions at, List<ConfigProblem> problems)
    {
        string known = string.Join(", ", catalog.ChecksOf(rule.Id).Select(c => c.Check));
        if (value.Kind != ConfigKind.Object)
        {
            problems.Add(at.Problem(value.Offset, EngineRules.ChecksType, rule.Id, value.KindName, KnownChecks(known)));
            return;
        }

        foreach ((string name, long nameOffset, ConfigValue setting) in value.Properties)
        {
            RuleDescriptor? check = catalog.FindCheck(rule.Id, name);
            if (check is null)
            {
                problems.Add(at.Problem(nameOffset, EngineRules.UnknownCheck, rule.Id, name, KnownChecks(known)));
                continue;
            }

            if (setting.Kind == ConfigKind.Boolean)
            {
                builder.SetCheckSeverity(check.Key, null, keepRule: setting.Boolean);
            }
            else if (setting.Kind == ConfigKind.String && TryParseSeverity(setting.Text, out Severity? severity))
            {
                builder.SetCheckSeverity(check.Key, severity);
            }
            else
            {
                problems.Add(at.Problem(setting.Offset, EngineRules.CheckSettingType, check.Key, setting.Kind == ConfigKind.String ? $"'{setting.Text}'" : setting.KindName));
            }
        }
    }

    /// <summary>Reads a severity word: error, warning, info (or suggestion), hidden (or silent), off (or none).</summary>
    public static bool TryParseSeverity(string text, out Severity? severity)
    {
        (bool ok, severity) = text.ToLowerInvariant() switch
        {
            "error" => (true, Severity.Error),
            "warning" or "warn" => (true, Severity.Warning),
            "info" or "suggestion" or "note" => (true, (Severity?)Severity.Info),
            "hidden" or "silent" => (true, Severity.Hidden),
            "off" or "none" or "false" => (true, null),
            _ => (false, null),
        };
        return ok;
    }


    // The languages named, lower-cased. Without a lexicon a language is a problem at its place and is left out; when
    // none is left (["de"], or []), the list is a problem and null keeps the defaults, so findings never change silently.
    private static List<string>? ReadLanguages(ConfigValue value, long offset, Positions at, List<ConfigProblem> problems,
        IReadOnlyCollection<string>? known)
    {
        var languages = new List<string>(value.Items.Count);
        foreach (ConfigValue item in value.Items)
        {
            string language = item.Text.ToLowerInvariant();
            if (known is not null && !known.Contains(language))
            {
                problems.Add(at.Problem(item.Offset, EngineRules.UnknownLanguage, item.Text, string.Join(", ", known)));
                continue;
            }

            languages.Add(language);
        }

        if (known is not null && languages.Count == 0)
        {
            problems.Add(at.Problem(offset, EngineRules.NoLanguage, string.Join(", ", known)));
            return null;
        }

        return languages;
    }

    private static string KnownChecks(string known) => known.Length > 0 ? $"its checks: {known}" : "it has no separate checks";

    // A top-level key that is not a rule. An option written beside its rule ("RL4004.tolerance_percent") or alone
    // ("tolerance_percent") is reported as the rule's option, with where it goes; anything else is an unknown rule.
    private static ConfigProblem UnknownKey(string name, long offset, RuleCatalog catalog, Positions at)
    {
        int separator = name.IndexOfAny(['.', ':', '/']);
        if (separator > 0 && catalog.Find(name.Substring(0, separator)) is { } owner)
        {
            string option = name.Substring(separator + 1);
            RuleOption? declared = catalog.FindOption(owner.Id, option);
            string known = string.Join(", ", catalog.Options.Where(o => o.RuleId == owner.Id).Select(o => o.Name));
            return declared is not null
                ? at.Problem(offset, EngineRules.OptionBesideRule, name, owner.Id, declared.Name)
                : at.Problem(offset, EngineRules.UnknownOptionBesideRule, name, owner.Id, option, known.Length > 0 ? $"it has: {known}" : "it has none");
        }

        RuleOption[] owners = catalog.Options.Where(o => string.Equals(o.Name, name, StringComparison.OrdinalIgnoreCase)).ToArray();
        if (owners.Length > 0)
        {
            return at.Problem(offset, EngineRules.OptionAsRule, name, string.Join(", ", owners.Select(o => o.RuleId).Distinct()), owners[0].RuleId, owners[0].Name);
        }

        return at.Problem(offset, EngineRules.UnknownRule, name);
    }

    private sealed class Positions(byte[] utf8, string path)
    {
        public ConfigProblem Problem(long offset, RuleDescriptor check, params string[] arguments)
        {
            int at = (int)Math.Clamp(offset, 0, utf8.Length);
            int line = 1, lineStart = 0;
            for (int i = 0; i < at; i++)
            {
                if (utf8[i] == (byte)'\n')
                {
                    line++;
                    lineStart = i + 1;
                }
            }

            int column = Encoding.UTF8.GetCharCount(utf8, lineStart, at - lineStart) + 1;
            return new ConfigProblem(path, line, column, check, arguments);
        }
    }
}
