using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ReportLint.Cli.Output;
using ReportLint.Diagnostics;
using ReportLint.IO;

namespace ReportLint.Cli;

/// <summary>
/// A baseline (<c>reportlint-baseline.json</c>, schema in docs/baseline.md): the findings a repository already had when
/// it adopted ReportLint, which <c>check --baseline</c> does not report. Findings are matched by their SARIF fingerprint
/// (the rule and the text of the line, not its number), so a finding survives edits above it. Paths are relative to the
/// baseline's folder; a file is recorded with a hash of its text, so a renamed file keeps its entries when its text is
/// the same. The file is untrusted input: read with a size bound, and any problem is one clear error.
/// </summary>
internal sealed class Baseline
{
    /// <summary>The file <c>reportlint baseline</c> writes by default, in the current folder.</summary>
    public const string DefaultFileName = "reportlint-baseline.json";

    /// <summary>The largest baseline read (8 MB is over 50,000 findings).</summary>
    public const long MaxBytes = 8L * 1024 * 1024;

    private const int SchemaVersion = 1;

    private Baseline(string path, SortedDictionary<string, BaselineFile> files)
    {
        Path = path;
        Folder = System.IO.Path.GetDirectoryName(path)!;
        Files = files;
    }

    /// <summary>The baseline file (a full path).</summary>
    public string Path { get; }

    /// <summary>The folder its paths are relative to.</summary>
    public string Folder { get; }

    /// <summary>The files with baselined findings, by path relative to <see cref="Folder"/> with <c>/</c>.</summary>
    public SortedDictionary<string, BaselineFile> Files { get; }

    /// <summary>An empty baseline to be written at <paramref name="path"/>.</summary>
    public static Baseline Empty(string path) => new(System.IO.Path.GetFullPath(path), new SortedDictionary<string, BaselineFile>(StringComparer.Ordinal));

    /// <summary>Reads a baseline; null (and a one-line reason) when it cannot be read or is not a baseline.</summary>
    public static Baseline? Load(string path, out string? error)
    {
        error = null;
        string full = System.IO.Path.GetFullPath(path);
        var reader = SafeFileReader.ForRepositoryOf(full, maxBytes: MaxBytes);
        FileCheck check = reader.Check(full);
        if (!check.CanRead)
        {
            error = check.Refusal == FileRefusal.Missing && !check.ThroughLink
                ? $"{path}: baseline file not found (write one with 'reportlint baseline')."
                : $"{path}: cannot read the baseline: {check.Problem}.";
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = reader.Read(check);
        }
        catch (Exception ex) when (ex is FileRefusedException or IOException or UnauthorizedAccessException)
        {
            error = $"{path}: cannot read the baseline: {(ex is FileRefusedException refused ? refused.Check.Problem : ex.Message)}.";
            return null;
        }

        try
        {
            return Parse(full, bytes);
        }
        catch (JsonException ex)
        {
            string where = ex.LineNumber is { } line ? $"line {line + 1}, column {(ex.BytePositionInLine ?? 0) + 1}" : "its start";
            error = $"{path}: not a valid baseline: the JSON is malformed at {where}.";
        }
        catch (FormatException ex)
        {
            error = $"{path}: not a valid baseline: {ex.Message}";
        }

        return null;
    }

    private static Baseline Parse(string full, byte[] bytes)
    {
        using JsonDocument document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 8 });
        JsonElement root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("the file must hold a JSON object.");
        }

        if (!root.TryGetProperty("version", out JsonElement version) || version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out int v))
        {
            throw new FormatException("\"version\" is missing (a number).");
        }

        if (v != SchemaVersion)
        {
            throw new FormatException($"version {v} is not supported by this ReportLint (it reads version {SchemaVersion}).");
        }

        if (!root.TryGetProperty("files", out JsonElement files) || files.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("\"files\" is missing (an object of paths).");
        }

        var result = new SortedDictionary<string, BaselineFile>(StringComparer.Ordinal);
        foreach (JsonProperty file in files.EnumerateObject())
        {
            string where = $"\"files\".\"{file.Name}\"";
            if (file.Value.ValueKind != JsonValueKind.Object ||
                !file.Value.TryGetProperty("sha256", out JsonElement hash) || hash.ValueKind != JsonValueKind.String ||
                !file.Value.TryGetProperty("findings", out JsonElement findings) || findings.ValueKind != JsonValueKind.Array)
            {
                throw new FormatException($"{where} must be an object with \"sha256\" (a string) and \"findings\" (an array).");
            }

            var entries = new SortedSet<BaselineEntry>();
            foreach (JsonElement finding in findings.EnumerateArray())
            {
                if (finding.ValueKind != JsonValueKind.Object ||
                    !finding.TryGetProperty("rule", out JsonElement rule) || rule.ValueKind != JsonValueKind.String ||
                    !finding.TryGetProperty("fingerprint", out JsonElement fingerprint) || fingerprint.ValueKind != JsonValueKind.String)
                {
                    throw new FormatException($"each finding in {where} must be an object with \"rule\" and \"fingerprint\" (strings).");
                }

                entries.Add(new BaselineEntry(rule.GetString()!, fingerprint.GetString()!));
            }

            result[file.Name.Replace('\\', '/')] = new BaselineFile(hash.GetString()!, entries);
        }

        return new Baseline(full, result);
    }

    /// <summary>The path a file is recorded under: relative to the baseline's folder, with <c>/</c>; null for unnamed standard input.</summary>
    public string? KeyOf(InputFile file) =>
        file.IsStandardInput && file.DisplayPath == "<stdin>" ? null : System.IO.Path.GetRelativePath(Folder, file.Path).Replace('\\', '/');

    /// <summary>The hash a file's text is recorded with: SHA-256 of its decoded text in UTF-8, lower-case hex.</summary>
    public static string HashOf(LintResult result) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(result.Source.Text)));

    /// <summary>
    /// Matches a run's outcomes against the baseline: the diagnostics it holds (to be left out), how many it held, and
    /// its stale entries: those of a file checked now that no longer match a finding, and those of a file that no
    /// longer exists (and was not renamed to a file checked now). Files the run did not check are not judged.
    /// </summary>
    public BaselineMatch Match(RunReport report, IEnumerable<FileOutcome> checkedNow)
    {
        var suppressed = new HashSet<Diagnostic>(ReferenceEqualityComparer.Instance);
        int stale = 0;
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        var outcomes = checkedNow.Where(o => o.Linted && !o.File.IsConfiguration).ToList();
        var keys = new HashSet<string>(outcomes.Select(o => KeyOf(o.File)).OfType<string>(), StringComparer.Ordinal);
        foreach (FileOutcome outcome in outcomes)
        {
            if (KeyOf(outcome.File) is not { } key)
            {
                continue;
            }

            string? recordedAs = Files.ContainsKey(key) ? key : null;
            if (recordedAs is null && outcome.Result is not null)
            {
                // A renamed file: a recorded file with the same text that is no longer there.
                string hash = HashOf(outcome.Result);
                recordedAs = Files.Where(f => f.Value.Sha256 == hash && !claimed.Contains(f.Key) && !keys.Contains(f.Key) && !Exists(f.Key))
                    .Select(f => f.Key).FirstOrDefault();
            }

            if (recordedAs is null || !claimed.Add(recordedAs))
            {
                continue;
            }

            var entries = new HashSet<BaselineEntry>(Files[recordedAs].Findings);
            if (outcome.Result is not null)
            {
                foreach ((Diagnostic d, string fingerprint) in report.FingerprintsOf(outcome))
                {
                    if (entries.Remove(new BaselineEntry(d.Id, fingerprint)))
                    {
                        suppressed.Add(d);
                    }
                }
            }

            stale += entries.Count;
        }

        foreach ((string key, BaselineFile file) in Files)
        {
            if (!claimed.Contains(key) && !keys.Contains(key) && !Exists(key))
            {
                stale += file.Findings.Count;
            }
        }

        return new BaselineMatch(suppressed, stale);
    }

    /// <summary>
    /// The baseline updated by a run: the files it checked hold their findings now (a file with none is dropped); the
    /// others are kept while they exist. Returns how many entries were pruned (gone from files checked, or of files gone).
    /// </summary>
    public int Update(RunReport report)
    {
        int before = Files.Values.Sum(f => f.Findings.Count);
        int kept = 0;
        var checkedKeys = new HashSet<string>(StringComparer.Ordinal);
        var next = new SortedDictionary<string, BaselineFile>(StringComparer.Ordinal);
        foreach (FileOutcome outcome in report.Outcomes.Where(o => o.Linted && !o.File.IsConfiguration))
        {
            if (KeyOf(outcome.File) is not { } key)
            {
                continue;
            }

            checkedKeys.Add(key);
            if (outcome.Result is null)
            {
                continue;
            }

            var entries = new SortedSet<BaselineEntry>(report.FingerprintsOf(outcome).Select(p => new BaselineEntry(p.Diagnostic.Id, p.Fingerprint)));
            if (entries.Count > 0)
            {
                next[key] = new BaselineFile(HashOf(outcome.Result), entries);
                if (Files.TryGetValue(key, out BaselineFile? old))
                {
                    kept += entries.Count(old.Findings.Contains);
                }
            }
        }

        foreach ((string key, BaselineFile file) in Files)
        {
            if (!checkedKeys.Contains(key) && Exists(key))
            {
                next[key] = file;
                kept += file.Findings.Count;
            }
        }

        Files.Clear();
        foreach ((string key, BaselineFile file) in next)
        {
            Files[key] = file;
        }

        return before - kept;
    }

    private bool Exists(string key)
    {
        try
        {
            return File.Exists(System.IO.Path.Combine(Folder, key));
        }
        catch (Exception ex) when (ex is ArgumentException or IOException)
        {
            return false;
        }
    }

    /// <summary>The baseline as stable JSON: keys and findings sorted, one finding a line, LF line ends.</summary>
    public string ToJson()
    {
        var text = new StringBuilder();
        text.Append("{\n  \"version\": ").Append(SchemaVersion).Append(",\n  \"files\": {");
        bool firstFile = true;
        foreach ((string key, BaselineFile file) in Files)
        {
            text.Append(firstFile ? "\n" : ",\n");
            firstFile = false;
            text.Append("    ").Append(Quote(key)).Append(": {\n");
            text.Append("      \"sha256\": ").Append(Quote(file.Sha256)).Append(",\n");
            text.Append("      \"findings\": [");
            bool first = true;
            foreach (BaselineEntry entry in file.Findings)
            {
                text.Append(first ? "\n" : ",\n");
                first = false;
                text.Append("        { \"rule\": ").Append(Quote(entry.Rule)).Append(", \"fingerprint\": ").Append(Quote(entry.Fingerprint)).Append(" }");
            }

            text.Append(first ? "]\n" : "\n      ]\n").Append("    }");
        }

        text.Append(firstFile ? "}\n}\n" : "\n  }\n}\n");
        return text.ToString();
    }

    private static string Quote(string value) => "\"" + JsonEncodedText.Encode(value, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString() + "\"";

    /// <summary>How many findings the baseline holds.</summary>
    public int Count => Files.Values.Sum(f => f.Findings.Count);
}

/// <summary>A file in a baseline: the hash of its text and its baselined findings, sorted.</summary>
internal sealed record BaselineFile(string Sha256, SortedSet<BaselineEntry> Findings);

/// <summary>A baselined finding: its rule and SARIF fingerprint (<c>partialFingerprints["reportlint/v1"]</c>).</summary>
internal sealed record BaselineEntry(string Rule, string Fingerprint) : IComparable<BaselineEntry>
{
    public int CompareTo(BaselineEntry? other) => other is null ? 1
        : string.CompareOrdinal(Rule, other.Rule) is var c && c != 0 ? c
        : string.CompareOrdinal(Fingerprint, other.Fingerprint);
}

/// <summary>What a baseline holds of a run: the diagnostics not to report, and its entries that no longer match.</summary>
internal sealed record BaselineMatch(IReadOnlySet<Diagnostic> Suppressed, int Stale);
