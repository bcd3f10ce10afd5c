using System.Text;
using System.Text.Json;
using ReportLint.Diagnostics;
using ReportLint.Text;

namespace ReportLint.Cli.Output;

/// <summary>
/// SARIF 2.1.0 for GitHub code scanning and other viewers: the full rule catalogue in <c>tool.driver</c>, results with
/// regions, stable <c>partialFingerprints</c>, and <c>fixes</c> for fixable results; paths relative to the
/// <c>SRCROOT</c> base (the current directory) where they can be.
/// </summary>
internal sealed class SarifReporter : IReporter
{
    public const string InformationUri = "https://github.com/reportlint/reportlint";
    private const string BaseId = "SRCROOT";

    public void Write(RunReport report, TextWriter output)
    {
        // Each rule, then each of its distinct checks as its own descriptor under the same ID, as Roslyn writes
        // CA2000's four: a result names its ID and, by ruleIndex, the descriptor that produced it.
        var rules = report.Linter.Catalog.Descriptors.ToArray();
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();

            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "ReportLint");
            json.WriteString("fullName", "ReportLint status report linter");
            json.WriteString("version", Program.Version);
            json.WriteString("semanticVersion", Program.Version);
            json.WriteString("informationUri", InformationUri);
            json.WriteStartArray("rules");
            foreach (RuleDescriptor rule in rules)
            {
                json.WriteStartObject();
                json.WriteString("id", rule.Id);
                json.WriteString("name", rule.Check is null ? PascalCase(rule.Alias) : PascalCase(rule.Alias) + "/" + PascalCase(rule.Check));
                json.WriteStartObject("shortDescription");
                json.WriteString("text", EndSentence(rule.Title));
                json.WriteEndObject();
                json.WriteStartObject("fullDescription");
                json.WriteString("text", EndSentence(rule.Description));
                json.WriteEndObject();
                json.WriteString("helpUri", rule.HelpLink);
                json.WriteStartObject("help");
                json.WriteString("text", $"See {rule.HelpLink}.");
                json.WriteEndObject();
                json.WriteStartObject("defaultConfiguration");
                json.WriteString("level", Level(rule.DefaultSeverity));
                json.WriteBoolean("enabled", rule.IsEnabledByDefault);
                json.WriteEndObject();
                json.WriteStartObject("properties");
                json.WriteString("category", rule.Category.ToString());
                if (rule.Check is not null)
                {
                    json.WriteString("check", rule.Check);
                }

                json.WriteStartArray("tags");
                json.WriteStringValue(rule.Category.ToString());
                json.WriteStringValue("status-report");
                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteStartObject("originalUriBaseIds");
            json.WriteStartObject(BaseId);
            json.WriteString("uri", new Uri(report.BaseDirectory + Path.DirectorySeparatorChar).AbsoluteUri);
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartArray("results");
            var index = rules.Select((r, i) => (r.Key, i)).ToDictionary(p => p.Key, p => p.i, StringComparer.Ordinal);
            foreach (var group in report.Shown().GroupBy(p => p.File))
            {
                var fingerprints = new Dictionary<Diagnostic, string>(ReferenceEqualityComparer.Instance);
                foreach ((Diagnostic diagnostic, string fingerprint) in report.FingerprintsOf(group.Key))
                {
                    fingerprints[diagnostic] = fingerprint;
                }

                foreach ((FileOutcome file, Diagnostic d) in group)
                {
                    WriteResult(json, report, file, d, index.TryGetValue(d.Descriptor.Key, out int at) ? at : index[d.Id], fingerprints[d]);
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteResult(Utf8JsonWriter json, RunReport report, FileOutcome file, Diagnostic d, int ruleIndex, string fingerprint)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", d.Id);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", Level(d.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", EndSentence(d.Message));
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        WriteArtifact(json, report, file);
        WriteRegion(json, "region", d.LineSpan);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        // The finding's other places (restatements of one claim, the parts of a total), each with what it is when
        // the rule says.
        if (!d.AdditionalLocations.IsDefaultOrEmpty)
        {
            json.WriteStartArray("relatedLocations");
            int id = 0;
            foreach (AdditionalLocation related in d.AdditionalLocations)
            {
                json.WriteStartObject();
                json.WriteNumber("id", id++);
                json.WriteStartObject("physicalLocation");
                WriteArtifact(json, report, file);
                WriteRegion(json, "region", related.LineSpan);
                json.WriteEndObject();
                if (related.Label is { Length: > 0 } label)
                {
                    json.WriteStartObject("message");
                    json.WriteString("text", label);
                    json.WriteEndObject();
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteStartObject("partialFingerprints");
        json.WriteString("reportlint/v1", fingerprint);
        json.WriteEndObject();
        CodeFix? fix = RunReport.FixFor(d);
        if (fix is not null)
        {
            json.WriteStartArray("fixes");
            json.WriteStartObject();
            json.WriteStartObject("description");
            json.WriteString("text", EndSentence(fix.Title));
            json.WriteEndObject();
            json.WriteStartArray("artifactChanges");
            json.WriteStartObject();
            WriteArtifact(json, report, file);
            json.WriteStartArray("replacements");
            foreach (TextEdit edit in fix.Edits)
            {
                json.WriteStartObject();
                WriteRegion(json, "deletedRegion", file.Result!.Source.GetLinePositionSpan(edit.Span));
                json.WriteStartObject("insertedContent");
                json.WriteString("text", edit.NewText);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteArtifact(Utf8JsonWriter json, RunReport report, FileOutcome file)
    {
        json.WriteStartObject("artifactLocation");
        string full = file.File.Path;
        string relative = Path.GetRelativePath(report.BaseDirectory, full);
        if (file.File.IsStandardInput || relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            json.WriteString("uri", file.File.IsStandardInput ? RelativeUri(file.File.DisplayPath) : new Uri(full).AbsoluteUri);
        }
        else
        {
            json.WriteString("uri", RelativeUri(relative));
            json.WriteString("uriBaseId", BaseId);
        }

        json.WriteEndObject();
    }

    private static void WriteRegion(Utf8JsonWriter json, string name, LinePositionSpan span)
    {
        json.WriteStartObject(name);
        json.WriteNumber("startLine", span.Start.Line);
        json.WriteNumber("startColumn", span.Start.Column);
        json.WriteNumber("endLine", span.End.Line);
        json.WriteNumber("endColumn", span.End.Column);
        json.WriteEndObject();
    }

    private static string RelativeUri(string path) =>
        string.Join('/', path.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "note",
        _ => "none",
    };

    private static string PascalCase(string alias) =>
        string.Concat(alias.Split('-').Select(p => char.ToUpperInvariant(p[0]) + p[1..]));

    private static string EndSentence(string text) =>
        text.Length == 0 || text[^1] is '.' or '!' or '?' ? text : text + ".";
}
