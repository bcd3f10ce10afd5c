using System.Text.Json;
using ReportLint.Diagnostics;
using ReportLint.Text;

namespace ReportLint.Cli.Output;

/// <summary>The documented, versioned JSON output (docs/json-output.md): one object per diagnostic.</summary>
internal sealed class JsonReporter : IReporter
{
    public const int SchemaVersion = 1;

    public void Write(RunReport report, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", SchemaVersion);
            json.WriteStartObject("tool");
            json.WriteString("name", "reportlint");
            json.WriteString("version", Program.Version);
            json.WriteEndObject();
            json.WriteStartArray("diagnostics");
            foreach ((FileOutcome file, Diagnostic d) in report.Shown())
            {
                json.WriteStartObject();
                json.WriteString("id", d.Id);
                json.WriteString("alias", d.Descriptor.Alias);
                if (d.Descriptor.Check is { } check)
                {
                    json.WriteString("check", check);
                }

                json.WriteString("severity", d.Severity.ToWord());
                json.WriteString("path", file.File.DisplayPath.Replace('\\', '/'));
                WriteRange(json, d.LineSpan);
                json.WriteString("message", d.Message);
                json.WriteString("helpUri", d.Descriptor.HelpLink);
                json.WriteStartArray("related");
                foreach (AdditionalLocation related in d.AdditionalLocations.IsDefault ? [] : d.AdditionalLocations)
                {
                    json.WriteStartObject();
                    WriteRange(json, related.LineSpan);
                    if (related.Label is { Length: > 0 } label)
                    {
                        json.WriteString("label", label);
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
                CodeFix? fix = RunReport.FixFor(d);
                if (fix is null)
                {
                    json.WriteNull("fix");
                }
                else
                {
                    json.WriteStartObject("fix");
                    json.WriteString("title", fix.Title);
                    json.WriteStartArray("edits");
                    foreach (TextEdit edit in fix.Edits)
                    {
                        json.WriteStartObject();
                        WriteRange(json, file.Result!.Source.GetLinePositionSpan(edit.Span));
                        json.WriteString("newText", edit.NewText);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("errors");
            foreach (string error in report.Errors)
            {
                json.WriteStringValue(error);
            }

            json.WriteEndArray();
            json.WriteStartObject("summary");
            json.WriteNumber("files", report.Outcomes.Count(o => o.Linted && !o.File.IsConfiguration));
            json.WriteNumber("errors", report.Count(Severity.Error));
            json.WriteNumber("warnings", report.Count(Severity.Warning));
            json.WriteNumber("infos", report.Count(Severity.Info));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteRange(Utf8JsonWriter json, LinePositionSpan span)
    {
        json.WriteNumber("line", span.Start.Line);
        json.WriteNumber("column", span.Start.Column);
        json.WriteNumber("endLine", span.End.Line);
        json.WriteNumber("endColumn", span.End.Column);
    }
}
