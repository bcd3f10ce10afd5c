using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ReportLint.Diagnostics;

namespace ReportLint.Configuration;

/// <summary>
/// The JSON schema of <c>.reportlint.json</c>, generated from the rule descriptors and their declared options, so
/// editors complete and validate the file and the schema never drifts from the rules (a test compares it with the
/// committed <c>reportlint.schema.json</c>).
/// </summary>
public static class ConfigurationSchema
{
    /// <summary>Where the committed schema is published.</summary>
    public const string Uri = "https://raw.githubusercontent.com/reportlint/reportlint/main/reportlint.schema.json";

    private static readonly string[] Severities = ["error", "warning", "info", "hidden", "off"];

    // A language is a language code ("en", "de", "pt-BR"), not an enumeration of the bundled lexicons: adding a lexicon
    // does not change the schema, and a language with no lexicon is RL0002 at run time (ConfigReader).
    private const string LanguagePattern = "^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$";

    /// <summary>Generates the schema text.</summary>
    public static string Generate(RuleCatalog catalog)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "http://json-schema.org/draft-07/schema#");
            json.WriteString("$id", Uri);
            json.WriteString("title", "ReportLint configuration (.reportlint.json)");
            json.WriteString("type", "object");
            json.WriteStartObject("definitions");
            json.WriteStartObject("severity");
            json.WriteString("description", "error, warning, info (a suggestion), hidden (reported to tools only) or off.");
            json.WriteStartArray("enum");
            foreach (string severity in Severities)
            {
                json.WriteStringValue(severity);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteStartObject("properties");
            WriteString(json, "$schema", "The schema of this file.");
            WriteString(json, "extends", "Another configuration file (relative to this one) applied before this one.");
            WriteString(json, "baseline", "A baseline file (relative to this one) written by 'reportlint baseline': the findings in it are not reported.");
            WriteStringArray(json, "ignore", "Glob patterns, relative to this file, of files and folders not to lint.", null);
            WriteStringArray(json, "languages", "The language codes reports are written in; their words come from the lexicons, and a language with no lexicon is reported (RL0002).", null, LanguagePattern);
            json.WriteStartObject("default");
            json.WriteString("description", "false turns every rule off before the settings below; true turns every rule on.");
            json.WriteString("type", "boolean");
            json.WriteEndObject();
            foreach (RuleDescriptor rule in catalog.Rules)
            {
                RuleOption[] options = catalog.Options.Where(o => o.RuleId == rule.Id).ToArray();
                RuleDescriptor[] checks = catalog.ChecksOf(rule.Id).ToArray();
                WriteRule(json, rule.Id, rule, options, checks);
                WriteRule(json, rule.Alias, rule, options, checks);
            }

            json.WriteEndObject();
            json.WriteBoolean("additionalProperties", false);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    private static void WriteRule(Utf8JsonWriter json, string name, RuleDescriptor rule, RuleOption[] options, RuleDescriptor[] checks)
    {
        json.WriteStartObject(name);
        json.WriteString("description", $"{rule.Id} ({rule.Alias}): {rule.Title}. Default: {(rule.IsEnabledByDefault ? rule.DefaultSeverity.ToWord() : "off")}. {rule.HelpLink}");
        json.WriteStartArray("oneOf");
        json.WriteStartObject();
        json.WriteString("type", "boolean");
        json.WriteEndObject();
        json.WriteStartObject();
        json.WriteString("$ref", "#/definitions/severity");
        json.WriteEndObject();
        json.WriteStartObject();
        json.WriteString("type", "object");
        json.WriteStartObject("properties");
        json.WriteStartObject("severity");
        json.WriteString("$ref", "#/definitions/severity");
        json.WriteEndObject();
        foreach (RuleOption option in options)
        {
            json.WriteStartObject(option.Name);
            json.WriteString("description", $"{option.Description} Default: {option.DefaultValue}.");
            json.WriteString("type", option.Type switch { RuleOptionType.Number => "number", RuleOptionType.Boolean => "boolean", _ => "string" });
            json.WriteEndObject();
        }

        if (checks.Length > 0)
        {
            json.WriteStartObject("checks");
            json.WriteString("description", $"Turns {rule.Id}'s checks off (false), back on (true) or sets their severity. {rule.HelpLink}");
            json.WriteString("type", "object");
            json.WriteStartObject("properties");
            foreach (RuleDescriptor check in checks)
            {
                json.WriteStartObject(check.Check!);
                json.WriteString("description", $"{check.Title}. {check.HelpLink}");
                json.WriteStartArray("oneOf");
                json.WriteStartObject();
                json.WriteString("type", "boolean");
                json.WriteEndObject();
                json.WriteStartObject();
                json.WriteString("$ref", "#/definitions/severity");
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteBoolean("additionalProperties", false);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteBoolean("additionalProperties", false);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteString(Utf8JsonWriter json, string name, string description)
    {
        json.WriteStartObject(name);
        json.WriteString("description", description);
        json.WriteString("type", "string");
        json.WriteEndObject();
    }

    private static void WriteStringArray(Utf8JsonWriter json, string name, string description, string[]? allowed, string? pattern = null)
    {
        json.WriteStartObject(name);
        json.WriteString("description", description);
        json.WriteString("type", "array");
        json.WriteStartObject("items");
        json.WriteString("type", "string");
        if (allowed is not null)
        {
            json.WriteStartArray("enum");
            foreach (string value in allowed)
            {
                json.WriteStringValue(value);
            }

            json.WriteEndArray();
        }

        if (pattern is not null)
        {
            json.WriteString("pattern", pattern);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }
}
