using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ReportLint.Diagnostics;
using ReportLint.IO;

namespace ReportLint.Baselines;

/// <summary>
/// A baseline (<c>reportlint-baseline.json</c>, schema in docs/baseline.md): the findings a repository already had when
/// it adopted ReportLint, which are then not reported. Findings are matched by their SARIF fingerprint (the rule and
/// the text of the line, not its number), so a finding survives edits above it. Paths are relative to the baseline's
/// folder; each file is recorded with a hash of its text, so a renamed file keeps its entries when its text is the
/// same. The file is untrusted input: read as a regular file with a size bound, and any problem is one clear reason.
/// Shared by the command-line tool and the MSBuild task.
/// </summary>
public sealed class Baseline
{
    /// <summary>The file <c>reportlint baseline</c> writes by default, in the current folder.</summary>
    public const string DefaultFileName = "reportlint-baseline.json";

    /// <summary>The largest baseline read (8 MB is over 50,000 findings).</summary>
    public const long MaxBytes = 8L * 1024 * 1024;

    private const int SchemaVersion = 1;

    private readonly SortedDictionary<string, BaselineFile> _files;

    private Baseline(string path, SortedDictionary<string, BaselineFile> files)
    {
        Path = path;
        Folder = System.IO.Path.GetDirectoryName(path)!;
        _files = files;
    }

    /// <summary>The baseline file (a full path).</summary>
    public string Path { get; }

    /// <summary>The folder its paths are relative to.</summary>
    public string Folder { get; }

    /// <summary>The files with baselined findings, by path relative to <see cref="Folder"/> with <c>/</c>, in ordinal order.</summary>
    public IReadOnlyDictionary<string, BaselineFile> Files => _files;

    /// <summary>How many findings the baseline holds.</summary>
    public int Count => _files.Values.Sum(f => f.Findings.Count);

    /// <summary>An empty baseline to be written at <paramref name="path"/>.</summary>
    public static Baseline Empty(string path) => new(System.IO.Path.GetFullPath(path), new SortedDictionary<string, BaselineFile>(StringComparer.Ordinal));

    /// <summary>Reads a baseline; null (and a one-line reason, naming <paramref name="path"/>) when it cannot be read or is not a baseline.</summary>
    public static Baseline? Load(string path, out string? error)
    {
        error = null;
        string full = System.IO.Path.GetFullPath(path);
        SafeFileReader reader = SafeFileReader.ForRepositoryOf(full, maxBytes: MaxBytes);
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
        catch (FileRefusedException ex)
        {
            error = $"{path}: cannot read the baseline: {ex.Check.Problem}.";
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error = $"{path}: cannot read the baseline: {ex.Message}.";
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

    /// <summary>
    /// The SARIF fingerprint (<c>partialFingerprints["reportlint/v1"]</c>) of each of a result's diagnostics that can be
    /// shown (above hidden), in order: the rule, the trimmed text of the line the finding is on, and how many times the
    /// same rule already fired on an identical line before it, hashed. Stable under edits elsewhere in the file; moving
    /// the line keeps it.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<Diagnostic, string>> Fingerprints(LintResult result)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var fingerprints = new List<KeyValuePair<Diagnostic, string>>();
        using SHA256 sha = SHA256.Create();
        foreach (Diagnostic d in result.Diagnostics)
        {
            if (d.Severity <= Severity.Hidden)
            {
                continue;
            }

            string line = result.Source[result.Source.GetLineSpan(d.Line)].ToString().Trim();
            string key = d.Id + "\n" + line;
            int occurrence = seen.TryGetValue(key, out int n) ? n + 1 : 0;
            seen[key] = occurrence;
            byte[] hash = sha.ComputeHash(Encoding.UTF8.GetBytes(key + "\n" + occurrence));
            fingerprints.Add(new KeyValuePair<Diagnostic, string>(d, Hex(hash, 16)));
        }

        return fingerprints;
    }

    /// <summary>The hash a file's text is recorded with: SHA-256 of its decoded text in UTF-8, lower-case hex.</summary>
    public static string HashOf(LintResult result)
    {
        using SHA256 sha = SHA256.Create();
        return Hex(sha.ComputeHash(Encoding.UTF8.GetBytes(result.Source.Text)), 32);
    }

    private static string Hex(byte[] bytes, int count)
    {
        var text = new StringBuilder(count * 2);
        for (int i = 0; i < count; i++)
        {
            text.Append(bytes[i].ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    /// <summary>The path a file (a full path) is recorded under: relative to the baseline's folder, with <c>/</c>.</summary>
    public string KeyOf(string fullPath) => System.IO.Path.GetRelativePath(Folder, fullPath).Replace('\\', '/');

    /// <summary>
    /// Matches the files checked now against the baseline: the diagnostics it holds (not to be reported), and how many
    /// of its entries are stale: those of a file checked now that no longer match a finding, and those of a file that
    /// no longer exists (and was not renamed to a file checked now). Files not checked now are not judged.
    /// </summary>
    public BaselineMatch Match(IEnumerable<CheckedFile> checkedNow)
    {
        var suppressed = new HashSet<Diagnostic>(IdentityComparer.Instance);
        int stale = 0;
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        List<CheckedFile> files = checkedNow.ToList();
        var keys = new HashSet<string>(files.Select(f => KeyOf(f.FullPath)), StringComparer.Ordinal);
        foreach (CheckedFile file in files)
        {
            string key = KeyOf(file.FullPath);
            string? recordedAs = _files.ContainsKey(key) ? key : null;
            if (recordedAs is null && file.Result is not null)
            {
                // A renamed file: a recorded file with the same text that is no longer there.
                string hash = HashOf(file.Result);
                recordedAs = _files.Where(f => f.Value.Sha256 == hash && !claimed.Contains(f.Key) && !keys.Contains(f.Key) && !Exists(f.Key))
                    .Select(f => f.Key).FirstOrDefault();
            }

            if (recordedAs is null || !claimed.Add(recordedAs))
            {
                continue;
            }

            var entries = new HashSet<BaselineEntry>(_files[recordedAs].Findings);
            if (file.Result is not null)
            {
                foreach (KeyValuePair<Diagnostic, string> pair in Fingerprints(file.Result))
                {
                    if (entries.Remove(new BaselineEntry(pair.Key.Id, pair.Value)))
                    {
                        suppressed.Add(pair.Key);
                    }
                }
            }

            stale += entries.Count;
        }

        foreach (KeyValuePair<string, BaselineFile> recorded in _files)
        {
            if (!claimed.Contains(recorded.Key) && !keys.Contains(recorded.Key) && !Exists(recorded.Key))
            {
                stale += recorded.Value.Findings.Count;
            }
        }

        return new BaselineMatch(suppressed, stale);
    }

    /// <summary>
    /// Updates the baseline from the files checked now: they hold their findings now (a file with none is dropped);
    /// the others are kept while they exist. Returns how many entries were pruned (gone from files checked, or of files
    /// gone).
    /// </summary>
    public int Update(IEnumerable<CheckedFile> checkedNow)
    {
        int before = Count;
        int kept = 0;
        var checkedKeys = new HashSet<string>(StringComparer.Ordinal);
        var next = new SortedDictionary<string, BaselineFile>(StringComparer.Ordinal);
        foreach (CheckedFile file in checkedNow)
        {
            string key = KeyOf(file.FullPath);
            checkedKeys.Add(key);
            if (file.Result is null)
            {
                continue;
            }

            var entries = new SortedSet<BaselineEntry>(Fingerprints(file.Result).Select(p => new BaselineEntry(p.Key.Id, p.Value)));
            if (entries.Count > 0)
            {
                next[key] = new BaselineFile(HashOf(file.Result), entries);
                if (_files.TryGetValue(key, out BaselineFile? old))
                {
                    kept += entries.Count(old.Findings.Contains);
                }
            }
        }

        foreach (KeyValuePair<string, BaselineFile> recorded in _files)
        {
            if (!checkedKeys.Contains(recorded.Key) && Exists(recorded.Key))
            {
                next[recorded.Key] = recorded.Value;
                kept += recorded.Value.Findings.Count;
            }
        }

        _files.Clear();
        foreach (KeyValuePair<string, BaselineFile> file in next)
        {
            _files[file.Key] = file.Value;
        }

        return before - kept;
    }

    private bool Exists(string key)
    {
        try
        {
            return File.Exists(System.IO.Path.Combine(Folder, key));
        }
        catch (Exception ex) when (ex is ArgumentException or IOException or NotSupportedException)
        {
            return false;
        }
    }

    /// <summary>The baseline as stable JSON: paths and findings sorted, one finding a line, LF line ends.</summary>
    public string ToJson()
    {
        var text = new StringBuilder();
        text.Append("{\n  \"version\": ").Append(SchemaVersion).Append(",\n  \"files\": {");
        bool firstFile = true;
        foreach (KeyValuePair<string, BaselineFile> file in _files)
        {
            text.Append(firstFile ? "\n" : ",\n");
            firstFile = false;
            text.Append("    ").Append(Quote(file.Key)).Append(": {\n");
            text.Append("      \"sha256\": ").Append(Quote(file.Value.Sha256)).Append(",\n");
            text.Append("      \"findings\": [");
            bool first = true;
            foreach (BaselineEntry entry in file.Value.Findings)
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

    // Diagnostics by identity: two findings with equal fields on different lines are different findings.
    internal sealed class IdentityComparer : IEqualityComparer<Diagnostic>
    {
        public static readonly IdentityComparer Instance = new();

        public bool Equals(Diagnostic? x, Diagnostic? y) => ReferenceEquals(x, y);

        public int GetHashCode(Diagnostic obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }
}

/// <summary>A file checked in a run: its full path, and its result (null when it had no finding at all).</summary>
public sealed record CheckedFile(string FullPath, LintResult? Result);

/// <summary>A file in a baseline: the hash of its text and its baselined findings, sorted.</summary>
public sealed record BaselineFile(string Sha256, SortedSet<BaselineEntry> Findings);

/// <summary>A baselined finding: its rule and SARIF fingerprint (<c>partialFingerprints["reportlint/v1"]</c>).</summary>
public sealed record BaselineEntry(string Rule, string Fingerprint) : IComparable<BaselineEntry>
{
    /// <inheritdoc />
    public int CompareTo(BaselineEntry? other)
    {
        if (other is null)
        {
            return 1;
        }

        int byRule = string.CompareOrdinal(Rule, other.Rule);
        return byRule != 0 ? byRule : string.CompareOrdinal(Fingerprint, other.Fingerprint);
    }
}

/// <summary>What a baseline holds of a run: the diagnostics not to report, and its entries that no longer match.</summary>
public sealed record BaselineMatch(IReadOnlyCollection<Diagnostic> Suppressed, int Stale)
{
    /// <summary>Whether the baseline holds this diagnostic (by identity).</summary>
    public bool Holds(Diagnostic diagnostic) => Suppressed is HashSet<Diagnostic> set ? set.Contains(diagnostic) : Suppressed.Any(d => ReferenceEquals(d, diagnostic));

    /// <summary>The matches of several baselines (each over its own files) as one.</summary>
    public static BaselineMatch Combine(IEnumerable<BaselineMatch> matches)
    {
        var suppressed = new HashSet<Diagnostic>(Baseline.IdentityComparer.Instance);
        int stale = 0;
        foreach (BaselineMatch match in matches)
        {
            suppressed.UnionWith(match.Suppressed);
            stale += match.Stale;
        }

        return new BaselineMatch(suppressed, stale);
    }
}
