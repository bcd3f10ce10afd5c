using System.Buffers;
using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ReportLint.Diagnostics;
using ReportLint.IO;
using ReportLint.Rules;
using ReportLint.Text;

namespace ReportLint.Cli.Mcp;

/// <summary>
/// The tools and resources of <c>reportlint mcp</c>: check a report, fix it, explain a rule, list the rules; the rule
/// pages as resources. Reports named by path are read as the command line reads them (regular files only, links only
/// inside the roots, 256 MB at most) and only under the server's roots; configuration is the command line's. Arguments
/// that cannot be used are protocol errors (invalid params) with a message saying what to give instead.
/// </summary>
internal sealed class ReportTools
{
    public const string ResourcePrefix = "reportlint://rules/";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private readonly IReadOnlyList<string> _roots;
    private readonly SafeFileReader _reader;

    public ReportTools(IReadOnlyList<string> roots)
    {
        _roots = roots.Select(r => Path.TrimEndingDirectorySeparator(Path.GetFullPath(r))).ToList();
        _reader = new SafeFileReader(_roots);
    }

    /// <summary>What the server tells the model about itself.</summary>
    public static string Instructions =>
        "ReportLint checks Markdown engineering status reports (sprint reports, implementation status, completion reports) for claims " +
        "that do not hold up: totals that are not the sum of their rows, ratios and percentages that contradict their counts, targets " +
        "missed but marked as met, 'complete' sections with pending items, claims with no evidence, mojibake, template residue such as " +
        "$(date), files cited that do not exist. Before handing over a status report you wrote, call check_report on it; call fix_report " +
        "for the findings marked fixable, correct the others by hand from their messages, and check again until no finding is left.";

    public IList<Tool> Tools { get; } =
    [
        new Tool
        {
            Name = "check_report",
            Title = "Check a status report",
            Description =
                "Lint a Markdown engineering status report for claims that do not hold up: a total that differs from the sum of its rows, " +
                "a percentage that contradicts its counts, a target missed but marked ✅, a section called complete that lists pending items, " +
                "an absolute claim with no evidence, mojibake (âœ…), template residue ($(date), TBD), a cited file that does not exist. " +
                "Give exactly one of `text` (the report's Markdown) or `path` (a file under the server's working folder, relative to it or absolute). " +
                "Returns JSON: `findings`, each with `rule` (an ID such as RL2001), `alias`, `title`, `severity` (error, warning or info), " +
                "`line` and `column` (1-based; columns count characters), `endLine`, `endColumn`, `message` (the evidence, e.g. " +
                "'Total 6h ≠ 2h + 3h = 5h (rows 5–6)'), `related` (the other lines involved: the rows a total adds up, another place the " +
                "same value is stated), `fixable` (true when fix_report corrects it mechanically) and `help` (the rule's page); and `summary`. " +
                "How to act on a finding: if `fixable`, call fix_report; otherwise correct the claim itself from the message (recompute the " +
                "number, change the status mark, add the evidence), never delete the evidence or hide the line to silence it. explain_rule " +
                "gives a rule's reasoning. No findings means ReportLint found nothing to object to, not that every claim is true.",
            InputSchema = Schema("""
                {
                  "type": "object",
                  "properties": {
                    "text": { "type": "string", "description": "The report's Markdown. Give this or path." },
                    "path": { "type": "string", "description": "A report file under the server's working folder (relative to it, or absolute). Give this or text." }
                  },
                  "additionalProperties": false
                }
                """),
            Annotations = new ToolAnnotations { ReadOnlyHint = true, IdempotentHint = true, OpenWorldHint = false },
        },
        new Tool
        {
            Name = "fix_report",
            Title = "Fix a status report",
            Description =
                "Apply every safe automatic fix to a Markdown status report, as `reportlint fix` does: a table's wrong Total row becomes the sum " +
                "of its rows, a ✅ beside 'pending' becomes ⏳, mojibake is repaired, $(date) becomes the date the report states, '100% pass rate' " +
                "becomes '644/644 passed' when the count is stated. Give exactly one of `text` or `path` (under the server's working folder). " +
                "Nothing is written unless `path` is given with `write: true`; then the file is rewritten in place (atomically, its encoding, " +
                "byte order mark and line endings kept). `rules` limits the fixes to some rules (IDs or aliases). Returns JSON: `fixedText` " +
                "(the whole corrected report), `diff` (a unified diff from the original), `applied` (each fix: `rule`, `line`, `title`), " +
                "`remaining` (the findings no fix corrects, as check_report gives them: correct those by hand) and `written`.",
            InputSchema = Schema("""
                {
                  "type": "object",
                  "properties": {
                    "text": { "type": "string", "description": "The report's Markdown. Give this or path." },
                    "path": { "type": "string", "description": "A report file under the server's working folder. Give this or text." },
                    "write": { "type": "boolean", "description": "With path: write the fixed text to the file. Default false (only return it).", "default": false },
                    "rules": { "type": "array", "items": { "type": "string" }, "description": "Only these rules' fixes (IDs such as RL2001 or aliases). Default: every rule." }
                  },
                  "additionalProperties": false
                }
                """),
            Annotations = new ToolAnnotations { ReadOnlyHint = false, DestructiveHint = false, IdempotentHint = true, OpenWorldHint = false },
        },
        new Tool
        {
            Name = "explain_rule",
            Title = "Explain a ReportLint rule",
            Description =
                "Return one rule's documentation page (Markdown): what it detects and why it matters, reports that trigger it and reports that " +
                "do not, how to correct a finding, and its options. `rule` is an ID (RL2001) or alias (total-mismatch), as check_report's " +
                "findings name them. The pages are also resources, reportlint://rules/RL2001.",
            InputSchema = Schema("""
                {
                  "type": "object",
                  "properties": {
                    "rule": { "type": "string", "description": "A rule ID such as RL2001, or its alias such as total-mismatch." }
                  },
                  "required": ["rule"],
                  "additionalProperties": false
                }
                """),
            Annotations = new ToolAnnotations { ReadOnlyHint = true, IdempotentHint = true, OpenWorldHint = false },
        },
        new Tool
        {
            Name = "list_rules",
            Title = "List ReportLint's rules",
            Description =
                "List every rule ReportLint applies, as JSON `rules`: `id`, `alias`, `title`, `category` (Engine, Evidence, Arithmetic, Status, " +
                "Integrity), `defaultSeverity`, `fixable` (whether fix_report corrects its findings) and `help`. Use explain_rule for a rule's page.",
            InputSchema = Schema("""{ "type": "object", "properties": {}, "additionalProperties": false }"""),
            Annotations = new ToolAnnotations { ReadOnlyHint = true, IdempotentHint = true, OpenWorldHint = false },
        },
    ];

    /// <summary>Runs a tool; bad arguments throw <see cref="McpProtocolException"/> (invalid params).</summary>
    public CallToolResult Call(string? name, IDictionary<string, JsonElement>? arguments)
    {
        arguments ??= new Dictionary<string, JsonElement>();
        return name switch
        {
            "check_report" => Check(arguments),
            "fix_report" => Fix(arguments),
            "explain_rule" => Explain(arguments),
            "list_rules" => ListRules(arguments),
            _ => throw Invalid($"no tool '{name}'; the tools are check_report, fix_report, explain_rule and list_rules."),
        };
    }

    public IList<Resource> Resources =>
        BuiltInRules.Descriptors.Select(r => new Resource
        {
            Uri = ResourcePrefix + r.Id,
            Name = $"{r.Id} {r.Alias}",
            Title = $"{r.Id}: {r.Title}",
            Description = $"The page of rule {r.Id} ({r.Alias}, {r.Category}): {r.Title}.",
            MimeType = "text/markdown",
        }).ToList();

    public ReadResourceResult ReadResource(string? uri)
    {
        string id = uri is not null && uri.StartsWith(ResourcePrefix, StringComparison.Ordinal) ? uri[ResourcePrefix.Length..] : "";
        if (RulePages.Find(id) is not { } rule || RulePages.Read(rule.Id) is not { } page)
        {
            throw new McpProtocolException($"no resource '{uri}'; the rule pages are {ResourcePrefix}RL2001 and the like (resources/list).", McpErrorCode.ResourceNotFound);
        }

        return new ReadResourceResult { Contents = [new TextResourceContents { Uri = ResourcePrefix + rule.Id, MimeType = "text/markdown", Text = page }] };
    }

    private CallToolResult Check(IDictionary<string, JsonElement> arguments)
    {
        Allow(arguments, "text", "path");
        Report report = Read(arguments);
        if (report.Linter is null)
        {
            return Result(w =>
            {
                w.WriteString("path", report.Display);
                w.WriteStartArray("findings");
                w.WriteEndArray();
                w.WriteString("summary", $"{report.Display} is ignored by the configuration ({report.IgnoredBy}); nothing was checked.");
            });
        }

        LintResult result = report.Linter.Lint(report.Source, report.FullPath);
        var shown = result.Diagnostics.Where(d => d.Severity > Severity.Hidden).ToList();
        return Result(w =>
        {
            if (report.Display is not null)
            {
                w.WriteString("path", report.Display);
            }

            WriteFindings(w, "findings", shown, report.Linter);
            int fixable = shown.Count(d => d.HasFix);
            w.WriteString("summary", shown.Count == 0
                ? "No findings."
                : $"{Program.Plural(shown.Count, "finding")}; {fixable} can be fixed with fix_report, {shown.Count - fixable} need a correction by hand.");
        });
    }

    private CallToolResult Fix(IDictionary<string, JsonElement> arguments)
    {
        Allow(arguments, "text", "path", "write", "rules");
        bool write = arguments.TryGetValue("write", out JsonElement w) && w.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False or JsonValueKind.Null => false,
            _ => throw Invalid("'write' must be true or false."),
        };
        var ids = new List<string>();
        if (arguments.TryGetValue("rules", out JsonElement rules) && rules.ValueKind != JsonValueKind.Null)
        {
            if (rules.ValueKind != JsonValueKind.Array)
            {
                throw Invalid("'rules' must be an array of rule IDs or aliases, such as [\"RL2001\"].");
            }

            foreach (JsonElement rule in rules.EnumerateArray())
            {
                ids.Add((rule.ValueKind == JsonValueKind.String ? RulePages.Find(rule.GetString()!) : null)?.Id
                    ?? throw Invalid($"'rules' names {rule.GetRawText()}, which is no rule; list_rules gives them."));
            }
        }

        Report report = Read(arguments);
        if (write && report.FullPath is null)
        {
            throw Invalid("'write' needs 'path': text given as 'text' has no file to write; the fixed text is returned as fixedText.");
        }

        if (report.Linter is null)
        {
            throw Invalid($"{report.Display} is ignored by the configuration ({report.IgnoredBy}); reportlint does not fix it.");
        }

        if (report.Source.HasDecodingErrors)
        {
            throw Invalid($"{report.Display ?? "the text"} is not valid {(report.Source.Encoding == SourceEncoding.Utf8 ? "UTF-8" : "UTF-16")}; it is not rewritten, so no byte is lost.");
        }

        HashSet<string>? filter = ids.Count == 0 ? null : new HashSet<string>(ids, StringComparer.Ordinal);
        FixResult result = report.Linter.Fix(report.Source, report.FullPath, d => filter is null || filter.Contains(d.Id));
        string name = report.Display ?? "report.md";
        string diff = result.Changed ? UnifiedDiff.Create(report.Source.Text, result.FixedText, "a/" + name, "b/" + name) : "";
        bool written = false;
        string? problem = null;
        if (write && result.Changed)
        {
            // Written as 'reportlint fix' writes: compared with what was read, atomically, encoding and links kept.
            var errors = new List<string>();
            var file = new InputFile(report.FullPath!, name, IsExplicit: true, Reader: _reader);
            FixCommand.Run(_ => report.Linter, [file], ids, dryRun: false, TextWriter.Null, errors, failLevel: null);
            written = errors.Count == 0;
            problem = errors.Count == 0 ? null : string.Join(" ", errors);
        }

        return Result(w =>
        {
            if (report.Display is not null)
            {
                w.WriteString("path", report.Display);
            }

            w.WriteString("fixedText", result.FixedText);
            w.WriteString("diff", diff);
            w.WriteStartArray("applied");
            foreach (ReportLint.Diagnostics.CodeFix fix in result.Applied)
            {
                w.WriteStartObject();
                w.WriteString("rule", fix.Diagnostic.Id);
                w.WriteNumber("line", fix.Diagnostic.Line);
                w.WriteString("title", fix.Title);
                w.WriteBoolean("uncertain", fix.IsUncertain);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            WriteFindings(w, "remaining", result.Remaining.Where(d => d.Severity > Severity.Hidden).ToList(), report.Linter);
            w.WriteBoolean("written", written);
            if (problem is not null)
            {
                w.WriteString("writeError", problem);
            }
        }, isError: problem is not null);
    }

    private static CallToolResult Explain(IDictionary<string, JsonElement> arguments)
    {
        Allow(arguments, "rule");
        string name = arguments.TryGetValue("rule", out JsonElement r) && r.ValueKind == JsonValueKind.String
            ? r.GetString()!
            : throw Invalid("'rule' is required: a rule ID such as RL2001, or an alias such as total-mismatch.");
        RuleDescriptor rule = RulePages.Find(name) ?? throw Invalid($"no rule '{name}'; list_rules gives every rule's ID and alias.");
        return new CallToolResult { Content = [new TextContentBlock { Text = RulePages.Read(rule.Id) ?? $"The page of {rule.Id} is missing from this build; see {rule.HelpLink}" }] };
    }

    private static CallToolResult ListRules(IDictionary<string, JsonElement> arguments)
    {
        Allow(arguments);
        ReportLinter linter = BuiltInRules.CreateLinter();
        return Result(w =>
        {
            w.WriteStartArray("rules");
            foreach (RuleDescriptor rule in linter.Rules)
            {
                w.WriteStartObject();
                w.WriteString("id", rule.Id);
                w.WriteString("alias", rule.Alias);
                w.WriteString("title", rule.Title);
                w.WriteString("category", rule.Category.ToString());
                w.WriteString("defaultSeverity", rule.IsEnabledByDefault ? rule.DefaultSeverity.ToWord() : "off");
                w.WriteBoolean("fixable", linter.IsFixable(rule.Id));
                w.WriteString("help", rule.HelpLink);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        });
    }

    private static void WriteFindings(Utf8JsonWriter w, string name, IReadOnlyList<Diagnostic> diagnostics, ReportLinter linter)
    {
        w.WriteStartArray(name);
        foreach (Diagnostic d in diagnostics)
        {
            w.WriteStartObject();
            w.WriteString("rule", d.Id);
            w.WriteString("alias", d.Descriptor.Alias);
            w.WriteString("title", d.Descriptor.Title);
            w.WriteString("severity", d.Severity.ToWord());
            w.WriteNumber("line", d.LineSpan.Start.Line);
            w.WriteNumber("column", d.LineSpan.Start.Column);
            w.WriteNumber("endLine", d.LineSpan.End.Line);
            w.WriteNumber("endColumn", d.LineSpan.End.Column);
            w.WriteString("message", d.Message);
            w.WriteStartArray("related");
            foreach (AdditionalLocation related in d.AdditionalLocations.IsDefault ? [] : d.AdditionalLocations)
            {
                w.WriteStartObject();
                w.WriteNumber("line", related.LineSpan.Start.Line);
                w.WriteNumber("column", related.LineSpan.Start.Column);
                if (related.Label is { Length: > 0 } label)
                {
                    w.WriteString("label", label);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteBoolean("fixable", d.HasFix && linter.IsFixable(d.Id));
            w.WriteString("help", d.Descriptor.HelpLink);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private sealed record Report(SourceText Source, string? FullPath, string? Display, ReportLinter? Linter, string? IgnoredBy);

    // The report the arguments name: its text, or the file at its path (under the roots, read safely), with the linter its
    // configuration gives.
    private Report Read(IDictionary<string, JsonElement> arguments)
    {
        bool hasText = arguments.TryGetValue("text", out JsonElement text) && text.ValueKind != JsonValueKind.Null;
        bool hasPath = arguments.TryGetValue("path", out JsonElement path) && path.ValueKind != JsonValueKind.Null;
        if (hasText == hasPath)
        {
            throw Invalid(hasText
                ? "give 'text' or 'path', not both."
                : "give the report: 'text' (its Markdown) or 'path' (a file under the server's working folder).");
        }

        var linters = new ConfiguredLinters();
        if (hasText)
        {
            if (text.ValueKind != JsonValueKind.String)
            {
                throw Invalid("'text' must be a string: the report's Markdown.");
            }

            // Text has no file: it is linted under the configuration of the first root, as a report there would be.
            (ReportLinter? linter, _) = linters.For(Path.Combine(_roots[0], "report.md"));
            return new Report(SourceText.From(text.GetString()!), null, null, linter ?? linters.Default, null);
        }

        if (path.ValueKind != JsonValueKind.String || path.GetString() is not { Length: > 0 } given)
        {
            throw Invalid("'path' must be a non-empty string: a report file under the server's working folder.");
        }

        string full;
        try
        {
            full = Path.GetFullPath(given, _roots[0]);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw Invalid($"'path' {given} is not a path ({ex.Message}).");
        }

        if (!_reader.IsInside(full))
        {
            throw Invalid($"'path' {given} is outside the folder this server may read ({string.Join(", ", _roots)}); give a file inside it, or pass the report as 'text'.");
        }

        string display = _roots.Select(r => Path.GetRelativePath(r, full)).First(r => !r.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(r)).Replace('\\', '/');
        var file = new InputFile(full, display, IsExplicit: true, Reader: _reader);
        (SourceText? source, string? error) = FileLinter.Read(file);
        if (source is null)
        {
            throw Invalid(error!);
        }

        (ReportLinter? configured, string? ignoredBy) = linters.For(full);
        return new Report(source, full, display, configured, ignoredBy);
    }

    // Arguments the tool does not take are refused, so a misspelt one ('paht') is not silently ignored.
    private static void Allow(IDictionary<string, JsonElement> arguments, params string[] names)
    {
        foreach (string key in arguments.Keys)
        {
            if (!names.Contains(key, StringComparer.Ordinal))
            {
                throw Invalid(names.Length == 0 ? $"this tool takes no arguments; '{key}' is not one." : $"unknown argument '{key}'; this tool takes {string.Join(", ", names.Select(n => $"'{n}'"))}.");
            }
        }
    }

    private static McpProtocolException Invalid(string message) => new(message, McpErrorCode.InvalidParams);

    private static JsonElement Schema(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    // A structured result: the JSON as structured content, and the same JSON as text for clients that read only text.
    private static CallToolResult Result(Action<Utf8JsonWriter> write, bool isError = false)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true }))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }

        using JsonDocument document = JsonDocument.Parse(buffer.WrittenMemory);
        return new CallToolResult
        {
            Content = [new TextContentBlock { Text = System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan) }],
            StructuredContent = document.RootElement.Clone(),
            IsError = isError ? true : null,
        };
    }
}
