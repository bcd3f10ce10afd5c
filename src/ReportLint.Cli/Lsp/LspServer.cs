using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using ReportLint.Diagnostics;
using ReportLint.Text;

namespace ReportLint.Cli.Lsp;

/// <summary>
/// <c>reportlint lsp</c>: a language server (LSP 3.17) over two streams. Diagnostics are pushed on open, change and save
/// (debounced, a newer version cancelling an older lint) or pulled (<c>textDocument/diagnostic</c>) by clients that say
/// they pull; each finding has a quick fix per rule fix, the document a <c>source.fixAll.reportlint</c> action, and a
/// hover on a finding shows its rule's page. Every document is linted under the command line's configuration for its
/// path. Messages are read on one thread in order; lints run on the thread pool on immutable snapshots of the text.
/// Nothing but protocol messages is written to the output: logs go to the log writer (standard error) and, once the
/// client is initialised, to <c>window/logMessage</c>.
/// </summary>
internal sealed class LspServer
{
    /// <summary>The action kind of "fix every finding".</summary>
    public const string FixAllKind = "source.fixAll.reportlint";

    /// <summary>The default wait after a change before linting, in milliseconds.</summary>
    public const int DefaultDebounce = 150;

    private readonly LspTransport _transport;
    private readonly TextWriter _log;
    private readonly LspConfiguration _configuration = new();
    private readonly ConcurrentDictionary<string, LspDocument> _documents = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Linted> _linted = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _pending = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _requests = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _configurationUris = new(StringComparer.Ordinal);
    private readonly HashSet<string> _watched = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _lints = new(Math.Max(1, Environment.ProcessorCount));
    private int _debounce;
    private bool _initialized;
    private bool _shutdown;
    private bool _pull;
    private bool _watchFiles;
    private bool _relativePatterns;
    private int _nextRequest;

    public LspServer(Stream input, Stream output, TextWriter log, int debounce = DefaultDebounce)
    {
        _transport = new LspTransport(input, output);
        _log = log;
        _debounce = Math.Max(0, debounce);
    }

    /// <summary>The position encoding negotiated at <c>initialize</c>.</summary>
    public PositionEncoding Encoding { get; private set; } = PositionEncoding.Utf16;

    /// <summary>Serves until <c>exit</c> or the end of the input; returns the exit code (1 for <c>exit</c> without <c>shutdown</c>, as the protocol says).</summary>
    public int Run()
    {
        try
        {
            while (true)
            {
                LspFrame frame = _transport.Read();
                if (frame.End)
                {
                    Log(1, "the input closed; exiting.");
                    return 0;
                }

                if (frame.Problem is { } problem)
                {
                    Log(1, $"a message could not be read ({problem}); skipped.");
                    continue;
                }

                if (Handle(frame.Body!) is { } exitCode)
                {
                    return exitCode;
                }
            }
        }
        finally
        {
            foreach (CancellationTokenSource pending in _pending.Values)
            {
                pending.Cancel();
            }
        }
    }

    // One message; an exit code when it was 'exit'.
    private int? Handle(byte[] body)
    {
        JsonDocument message;
        try
        {
            message = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 256 });
        }
        catch (JsonException ex)
        {
            Respond(null, error: (LspErrors.ParseError, $"not JSON: {ex.Message}"));
            return null;
        }

        using (message)
        {
            JsonElement root = message.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                Respond(null, error: (LspErrors.InvalidRequest, "a message must be a JSON object"));
                return null;
            }

            JsonElement? id = LspJson.Property(root, "id") is { ValueKind: JsonValueKind.Number or JsonValueKind.String } i ? i.Clone() : null;
            if (LspJson.Property(root, "method") is not { ValueKind: JsonValueKind.String } methodElement)
            {
                if (root.TryGetProperty("result", out _) || root.TryGetProperty("error", out _))
                {
                    // The answer to one of the server's own requests (client/registerCapability): nothing waits for it.
                    return null;
                }

                Respond(id, error: (LspErrors.InvalidRequest, "a message without a 'method'"));
                return null;
            }

            string method = methodElement.GetString()!;
            JsonElement parameters = LspJson.Property(root, "params")?.Clone() ?? default;
            bool isRequest = root.TryGetProperty("id", out _);
            if (isRequest && id is null)
            {
                Respond(null, error: (LspErrors.InvalidRequest, "a request id must be a number or a string"));
                return null;
            }

            if (isRequest)
            {
                Request(id!.Value, method, parameters);
                return null;
            }

            return Notification(method, parameters);
        }
    }

    private void Request(JsonElement id, string method, JsonElement parameters)
    {
        if (!_initialized && method != "initialize")
        {
            Respond(id, error: (LspErrors.ServerNotInitialized, $"'{method}' before 'initialize'"));
            return;
        }

        if (_shutdown)
        {
            Respond(id, error: (LspErrors.InvalidRequest, $"'{method}' after 'shutdown'"));
            return;
        }

        try
        {
            switch (method)
            {
                case "initialize":
                    if (_initialized)
                    {
                        throw new LspException(LspErrors.InvalidRequest, "'initialize' was already received");
                    }

                    Initialize(id, parameters);
                    return;
                case "shutdown":
                    _shutdown = true;
                    foreach (CancellationTokenSource pending in _pending.Values)
                    {
                        pending.Cancel();
                    }

                    Respond(id, result: w => w.WriteNull("result"));
                    return;
                case "textDocument/diagnostic":
                    InBackground(id, parameters, PullDiagnostics);
                    return;
                case "textDocument/codeAction":
                    InBackground(id, parameters, CodeActions);
                    return;
                case "textDocument/hover":
                    InBackground(id, parameters, Hover);
                    return;
                default:
                    Respond(id, error: (LspErrors.MethodNotFound, $"'{method}' is not served by reportlint"));
                    return;
            }
        }
        catch (LspException ex)
        {
            Respond(id, error: (ex.Code, ex.Message));
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or ArgumentException or KeyNotFoundException)
        {
            Respond(id, error: (LspErrors.InvalidParams, $"{method}: {ex.Message}"));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A fault of the server's own: answered and logged, never the end of the session.
            Log(1, $"{method}: internal error: {ex.GetType().Name}: {ex.Message}");
            Respond(id, error: (LspErrors.InternalError, $"{method}: {ex.GetType().Name}: {ex.Message}"));
        }
    }

    private int? Notification(string method, JsonElement parameters)
    {
        if (method == "exit")
        {
            return _shutdown ? 0 : 1;
        }

        if (!_initialized || _shutdown)
        {
            return null;
        }

        try
        {
            switch (method)
            {
                case "initialized":
                    RegisterWatchers();
                    break;
                case "textDocument/didOpen":
                    DidOpen(parameters);
                    break;
                case "textDocument/didChange":
                    DidChange(parameters);
                    break;
                case "textDocument/didSave":
                    DidSave(parameters);
                    break;
                case "textDocument/didClose":
                    DidClose(parameters);
                    break;
                case "workspace/didChangeWatchedFiles":
                    DidChangeWatchedFiles(parameters);
                    break;
                case "workspace/didChangeWorkspaceFolders":
                    DidChangeWorkspaceFolders(parameters);
                    break;
                case "$/cancelRequest":
                    if (LspJson.Property(parameters, "id") is { } cancelled && _requests.TryGetValue(cancelled.ToString(), out CancellationTokenSource? source))
                    {
                        source.Cancel();
                    }

                    break;
                default:
                    // Other notifications ($/setTrace, workspace/didChangeConfiguration…) need nothing from this server.
                    break;
            }
        }
        catch (Exception ex) when (ex is LspException or InvalidOperationException or FormatException or ArgumentException or KeyNotFoundException)
        {
            Log(1, $"{method}: {ex.Message}; ignored.");
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            Log(1, $"{method}: internal error: {ex.GetType().Name}: {ex.Message}; ignored.");
        }

        return null;
    }

    private void Initialize(JsonElement id, JsonElement parameters)
    {
        JsonElement capabilities = LspJson.Property(parameters, "capabilities") ?? default;
        // The client's encodings, in its order of preference; UTF-8 when it offers it (LSP 3.17's general.positionEncodings,
        // or clangd's offsetEncoding, which Neovim and others sent before 3.17), UTF-16 otherwise.
        bool legacy = LspJson.Path(capabilities, "general", "positionEncodings") is null && LspJson.Property(capabilities, "offsetEncoding") is not null;
        JsonElement? offered = LspJson.Path(capabilities, "general", "positionEncodings") ?? LspJson.Property(capabilities, "offsetEncoding");
        if (offered is { ValueKind: JsonValueKind.Array } encodings)
        {
            foreach (JsonElement encoding in encodings.EnumerateArray())
            {
                if (encoding.ValueKind == JsonValueKind.String && encoding.GetString() is "utf-8" or "utf-16")
                {
                    Encoding = encoding.GetString() == "utf-8" ? PositionEncoding.Utf8 : PositionEncoding.Utf16;
                    break;
                }
            }
        }

        _pull = LspJson.Path(capabilities, "textDocument", "diagnostic") is { ValueKind: JsonValueKind.Object };
        _watchFiles = LspJson.Path(capabilities, "workspace", "didChangeWatchedFiles") is { } watch && LspJson.Bool(watch, "dynamicRegistration");
        _relativePatterns = LspJson.Path(capabilities, "workspace", "didChangeWatchedFiles") is { } w && LspJson.Bool(w, "relativePatternSupport");
        if (LspJson.Path(parameters, "initializationOptions", "debounceMs") is { ValueKind: JsonValueKind.Number } debounce && debounce.TryGetInt32(out int ms))
        {
            _debounce = Math.Clamp(ms, 0, 10_000);
        }

        var folders = new List<string>();
        if (LspJson.Property(parameters, "workspaceFolders") is { ValueKind: JsonValueKind.Array } workspaceFolders)
        {
            folders.AddRange(workspaceFolders.EnumerateArray().Select(f => LspJson.String(f, "uri")).OfType<string>().Select(LspDocument.PathOf).OfType<string>());
        }
        else if (LspJson.String(parameters, "rootUri") is { } rootUri && LspDocument.PathOf(rootUri) is { } rootPath)
        {
            folders.Add(rootPath);
        }
        else if (LspJson.String(parameters, "rootPath") is { Length: > 0 } root)
        {
            folders.Add(Path.GetFullPath(root));
        }

        _configuration.Folders = folders;
        _initialized = true;
        string encodingName = Encoding == PositionEncoding.Utf8 ? "utf-8" : "utf-16";
        Respond(id, result: w =>
        {
            w.WriteStartObject("result");
            w.WriteStartObject("capabilities");
            w.WriteString("positionEncoding", encodingName);
            w.WriteStartObject("textDocumentSync");
            w.WriteBoolean("openClose", true);
            w.WriteNumber("change", 2);
            w.WriteStartObject("save");
            w.WriteBoolean("includeText", false);
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteStartObject("diagnosticProvider");
            w.WriteString("identifier", "reportlint");
            w.WriteBoolean("interFileDependencies", false);
            w.WriteBoolean("workspaceDiagnostics", false);
            w.WriteEndObject();
            w.WriteStartObject("codeActionProvider");
            w.WriteStartArray("codeActionKinds");
            w.WriteStringValue("quickfix");
            w.WriteStringValue(FixAllKind);
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteBoolean("hoverProvider", true);
            w.WriteStartObject("workspace");
            w.WriteStartObject("workspaceFolders");
            w.WriteBoolean("supported", true);
            w.WriteBoolean("changeNotifications", true);
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();
            if (legacy)
            {
                w.WriteString("offsetEncoding", encodingName);
            }

            w.WriteStartObject("serverInfo");
            w.WriteString("name", "reportlint");
            w.WriteString("version", Program.Version);
            w.WriteEndObject();
            w.WriteEndObject();
        });
        Log(3, $"reportlint {Program.Version} language server: positions in {encodingName}, diagnostics {(_pull ? "pulled by the client" : "pushed")}, " +
            $"debounce {_debounce} ms, {folders.Count} workspace folder(s).");
    }

    private void DidOpen(JsonElement parameters)
    {
        JsonElement item = LspJson.Required(parameters, "textDocument", JsonValueKind.Object);
        string uri = LspJson.RequiredString(item, "uri");
        string text = LspJson.String(item, "text") ?? "";
        var document = new LspDocument(uri, LspDocument.PathOf(uri), LspJson.Int(item, "version") ?? 0, text);
        _documents[uri] = document;
        Schedule(document, 0);
    }

    private void DidChange(JsonElement parameters)
    {
        JsonElement identifier = LspJson.Required(parameters, "textDocument", JsonValueKind.Object);
        string uri = LspJson.RequiredString(identifier, "uri");
        if (!_documents.TryGetValue(uri, out LspDocument? document))
        {
            throw new LspException(LspErrors.InvalidParams, $"didChange for '{uri}', which is not open");
        }

        JsonElement changes = LspJson.Required(parameters, "contentChanges", JsonValueKind.Array);
        LspDocument changed = document.Apply(LspJson.Int(identifier, "version") ?? document.Version + 1, changes, Encoding);
        _documents[uri] = changed;
        if (changed.Path is { } path && _configuration.IsConfigurationFile(path))
        {
            // An open configuration file is read from disk, as saved: a change in the buffer alone changes nothing.
            return;
        }

        Schedule(changed, _debounce);
    }

    private void DidSave(JsonElement parameters)
    {
        string uri = LspJson.RequiredString(LspJson.Required(parameters, "textDocument", JsonValueKind.Object), "uri");
        if (LspDocument.PathOf(uri) is { } path && _configuration.IsConfigurationFile(path))
        {
            Reconfigure($"{path} was saved");
            return;
        }

        if (_documents.TryGetValue(uri, out LspDocument? document))
        {
            if (_linted.TryGetValue(uri, out Linted? linted) && linted.Document == document && linted.Generation == _configuration.Generation)
            {
                Publish(linted);
            }
            else
            {
                Schedule(document, 0);
            }
        }
    }

    private void DidClose(JsonElement parameters)
    {
        string uri = LspJson.RequiredString(LspJson.Required(parameters, "textDocument", JsonValueKind.Object), "uri");
        _documents.TryRemove(uri, out _);
        _linted.TryRemove(uri, out _);
        if (_pending.TryRemove(uri, out CancellationTokenSource? pending))
        {
            pending.Cancel();
        }

        if (!_pull)
        {
            Notify("textDocument/publishDiagnostics", w =>
            {
                w.WriteString("uri", uri);
                w.WriteStartArray("diagnostics");
                w.WriteEndArray();
            });
        }
    }

    private void DidChangeWatchedFiles(JsonElement parameters)
    {
        JsonElement changes = LspJson.Required(parameters, "changes", JsonValueKind.Array);
        string? changed = changes.EnumerateArray().Select(c => LspJson.String(c, "uri")).OfType<string>().Select(LspDocument.PathOf).OfType<string>()
            .FirstOrDefault(_configuration.IsConfigurationFile);
        if (changed is not null)
        {
            Reconfigure($"{changed} changed");
        }
    }

    private void DidChangeWorkspaceFolders(JsonElement parameters)
    {
        JsonElement @event = LspJson.Required(parameters, "event", JsonValueKind.Object);
        static IEnumerable<string> Paths(JsonElement? list) => list is { ValueKind: JsonValueKind.Array } array
            ? array.EnumerateArray().Select(f => LspJson.String(f, "uri")).OfType<string>().Select(LspDocument.PathOf).OfType<string>()
            : [];
        var removed = Paths(LspJson.Property(@event, "removed")).ToHashSet(StringComparer.Ordinal);
        _configuration.Folders = [.. _configuration.Folders.Where(f => !removed.Contains(f)), .. Paths(LspJson.Property(@event, "added"))];
        Reconfigure("the workspace folders changed");
    }

    // A configuration changed: everything read is dropped and every open document linted again.
    private void Reconfigure(string why)
    {
        _configuration.Reset();
        Log(3, $"{why}: linting the {_documents.Count} open document(s) again.");
        foreach (LspDocument document in _documents.Values)
        {
            if (document.Path is null || !_configuration.IsConfigurationFile(document.Path))
            {
                Schedule(document, 0);
            }
        }

        if (_pull)
        {
            SendRequest("workspace/diagnostic/refresh", null);
        }
    }

    // Asks the client to tell the server when a configuration file changes: the .reportlint.json and .editorconfig files
    // anywhere, and each file a configuration extends (registered as configurations read them).
    private void RegisterWatchers()
    {
        if (!_watchFiles)
        {
            return;
        }

        var patterns = new List<string>();
        lock (_watched)
        {
            if (_watched.Count == 0)
            {
                patterns.Add("**/.reportlint.json");
                patterns.Add("**/.editorconfig");
                _watched.Add("**/.reportlint.json");
                _watched.Add("**/.editorconfig");
            }

            foreach (string file in _configuration.FilesRead)
            {
                if (_watched.Add(file))
                {
                    patterns.Add(file);
                }
            }
        }

        if (patterns.Count == 0)
        {
            return;
        }

        int registration = Interlocked.Increment(ref _nextRequest);
        SendRequest("client/registerCapability", w =>
        {
            w.WriteStartObject("params");
            w.WriteStartArray("registrations");
            w.WriteStartObject();
            w.WriteString("id", $"reportlint-configuration-{registration}");
            w.WriteString("method", "workspace/didChangeWatchedFiles");
            w.WriteStartObject("registerOptions");
            w.WriteStartArray("watchers");
            foreach (string pattern in patterns)
            {
                w.WriteStartObject();
                if (pattern.StartsWith("**", StringComparison.Ordinal) || !_relativePatterns)
                {
                    w.WriteString("globPattern", pattern.Replace('\\', '/'));
                }
                else
                {
                    w.WriteStartObject("globPattern");
                    w.WriteString("baseUri", new Uri(Path.GetDirectoryName(pattern)!).AbsoluteUri);
                    w.WriteString("pattern", Path.GetFileName(pattern));
                    w.WriteEndObject();
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    // Lints a document after the debounce, unless a newer version (or a close) cancels it first. A lint already running
    // is not interrupted (the engine has no cancellation point), but its result is dropped when it is no longer current.
    private void Schedule(LspDocument document, int delay)
    {
        var source = new CancellationTokenSource();
        CancellationTokenSource? previous = null;
        _pending.AddOrUpdate(document.Uri, source, (_, old) =>
        {
            previous = old;
            return source;
        });
        previous?.Cancel();
        CancellationToken token = source.Token;
        _ = Task.Run(async () =>
        {
            try
            {
                if (delay > 0)
                {
                    await Task.Delay(delay, token).ConfigureAwait(false);
                }

                await _lints.WaitAsync(token).ConfigureAwait(false);
                try
                {
                    if (token.IsCancellationRequested)
                    {
                        return;
                    }

                    Linted linted = Lint(document);
                    if (!token.IsCancellationRequested && IsCurrent(linted))
                    {
                        _linted[document.Uri] = linted;
                        Publish(linted);
                    }
                }
                finally
                {
                    _lints.Release();
                }
            }
            catch (OperationCanceledException)
            {
                // A newer version came.
            }
        }, CancellationToken.None);
    }

    private bool IsCurrent(Linted linted) =>
        _documents.TryGetValue(linted.Document.Uri, out LspDocument? current) && current == linted.Document && linted.Generation == _configuration.Generation;

    // The lint of the document's current version: the one published if it is still current, else a new one.
    private Linted Current(string uri)
    {
        if (!_documents.TryGetValue(uri, out LspDocument? document))
        {
            throw new LspException(LspErrors.InvalidParams, $"'{uri}' is not open");
        }

        if (_linted.TryGetValue(uri, out Linted? linted) && linted.Document == document && linted.Generation == _configuration.Generation)
        {
            return linted;
        }

        linted = Lint(document);
        if (IsCurrent(linted))
        {
            _linted[uri] = linted;
        }

        return linted;
    }

    private Linted Lint(LspDocument document)
    {
        if (_configuration.Changed(document.Path))
        {
            Reconfigure("a configuration file changed on disk");
        }

        (ReportLinter? linter, string? ignoredBy, int generation) = _configuration.For(document.Path);
        if (linter is null)
        {
            return new Linted(document, null, null, generation, $"ignored by {ignoredBy}");
        }

        LintResult result;
        try
        {
            result = linter.Lint(document.Shift == 0 ? document.Text : document.Text[1..], document.Path);
        }
        catch (Exception ex)
        {
            // The engine turns a crashing rule into RL0001; anything else must not take the server down either.
            Log(1, $"{document.Uri}: the lint failed ({ex.GetType().Name}: {ex.Message}).");
            return new Linted(document, null, null, generation, ex.Message);
        }

        RegisterWatchers();
        PublishConfigurationProblems();
        return new Linted(document, linter, result, generation, null);
    }

    private readonly ConcurrentDictionary<string, string> _problemsPublished = new(StringComparer.Ordinal);

    // RL0002 on the configuration files that have problems, at their lines, as the command line reports them; cleared
    // once a file has none.
    private void PublishConfigurationProblems()
    {
        if (_pull)
        {
            return;
        }

        var now = new Dictionary<string, LintResult>(StringComparer.Ordinal);
        foreach (LintResult problem in _configuration.Problems())
        {
            now[new Uri(problem.Path!).AbsoluteUri] = problem;
        }

        foreach ((string uri, LintResult result) in now)
        {
            string key = string.Join("\n", result.Diagnostics.Select(d => d.ToString()));
            if (_problemsPublished.TryGetValue(uri, out string? published) && published == key)
            {
                continue;
            }

            _problemsPublished[uri] = key;
            _configurationUris[uri] = true;
            var document = new LspDocument(uri, result.Path, 0, result.Source.Text);
            Notify("textDocument/publishDiagnostics", w =>
            {
                w.WriteString("uri", uri);
                w.WriteStartArray("diagnostics");
                foreach (Diagnostic d in result.Diagnostics)
                {
                    WriteDiagnostic(w, document, d, 0);
                }

                w.WriteEndArray();
            });
        }

        foreach (string uri in _problemsPublished.Keys.Where(u => !now.ContainsKey(u)).ToList())
        {
            _problemsPublished.TryRemove(uri, out _);
            Notify("textDocument/publishDiagnostics", w =>
            {
                w.WriteString("uri", uri);
                w.WriteStartArray("diagnostics");
                w.WriteEndArray();
            });
        }
    }

    private void Publish(Linted linted)
    {
        if (_pull || _shutdown)
        {
            return;
        }

        Notify("textDocument/publishDiagnostics", w =>
        {
            w.WriteString("uri", linted.Document.Uri);
            w.WriteNumber("version", linted.Document.Version);
            WriteDiagnostics(w, "diagnostics", linted);
        });
    }

    private void WriteDiagnostics(Utf8JsonWriter w, string name, Linted linted)
    {
        w.WriteStartArray(name);
        foreach (Diagnostic d in linted.Shown)
        {
            WriteDiagnostic(w, linted.Document, d, linted.Document.Shift);
        }

        w.WriteEndArray();
    }

    private void WriteDiagnostic(Utf8JsonWriter w, LspDocument document, Diagnostic d, int shift)
    {
        w.WriteStartObject();
        LspJson.WriteRange(w, "range", document.Lines, d.Span.Start + shift, d.Span.End + shift, Encoding);
        w.WriteNumber("severity", d.Severity switch
        {
            Severity.Error => 1,
            Severity.Warning => 2,
            Severity.Info => 3,
            _ => 4,
        });
        w.WriteString("code", d.Id);
        w.WriteStartObject("codeDescription");
        w.WriteString("href", d.Descriptor.HelpLink);
        w.WriteEndObject();
        w.WriteString("source", "reportlint");
        w.WriteString("message", d.Message);
        if (!d.AdditionalLocations.IsDefaultOrEmpty)
        {
            w.WriteStartArray("relatedInformation");
            foreach (AdditionalLocation related in d.AdditionalLocations)
            {
                w.WriteStartObject();
                w.WriteStartObject("location");
                w.WriteString("uri", document.Uri);
                LspJson.WriteRange(w, "range", document.Lines, related.Span.Start + shift, related.Span.End + shift, Encoding);
                w.WriteEndObject();
                w.WriteString("message", related.Label is { Length: > 0 } label ? label : Quote(document.Text, related.Span.Start + shift, related.Span.Length));
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    // The text of a related location, for its message when the rule gave it no label: "2h".
    private static string Quote(string text, int start, int length)
    {
        start = Math.Clamp(start, 0, text.Length);
        length = Math.Clamp(length, 0, text.Length - start);
        string quoted = text.Substring(start, Math.Min(length, 80)).ReplaceLineEndings(" ").Trim();
        return length > 80 ? $"“{quoted}…”" : $"“{quoted}”";
    }

    private void PullDiagnostics(JsonElement id, JsonElement parameters, CancellationToken cancel)
    {
        string uri = LspJson.RequiredString(LspJson.Required(parameters, "textDocument", JsonValueKind.Object), "uri");
        if (!_documents.ContainsKey(uri))
        {
            Respond(id, result: w =>
            {
                w.WriteStartObject("result");
                w.WriteString("kind", "full");
                w.WriteStartArray("items");
                w.WriteEndArray();
                w.WriteEndObject();
            });
            return;
        }

        Linted linted = Current(uri);
        cancel.ThrowIfCancellationRequested();
        string resultId = string.Create(CultureInfo.InvariantCulture, $"{linted.Generation}:{linted.Document.Version}:{linted.Document.Text.Length}");
        bool unchanged = LspJson.String(parameters, "previousResultId") == resultId;
        Respond(id, result: w =>
        {
            w.WriteStartObject("result");
            w.WriteString("kind", unchanged ? "unchanged" : "full");
            w.WriteString("resultId", resultId);
            if (!unchanged)
            {
                WriteDiagnostics(w, "items", linted);
            }

            w.WriteEndObject();
        });
    }

    private void CodeActions(JsonElement id, JsonElement parameters, CancellationToken cancel)
    {
        string uri = LspJson.RequiredString(LspJson.Required(parameters, "textDocument", JsonValueKind.Object), "uri");
        Linted linted = Current(uri);
        LspDocument document = linted.Document;
        (int start, int end) = LspJson.Range(LspJson.Required(parameters, "range", JsonValueKind.Object), document.Lines, Encoding);
        JsonElement? only = LspJson.Path(parameters, "context", "only");
        bool Wants(string kind) => only is not { ValueKind: JsonValueKind.Array } kinds ||
            kinds.EnumerateArray().Any(k => k.ValueKind == JsonValueKind.String && (kind == k.GetString() || kind.StartsWith(k.GetString() + ".", StringComparison.Ordinal)));

        var actions = new List<Action<Utf8JsonWriter>>();
        int shift = document.Shift;
        if (linted.Result is not null && Wants("quickfix"))
        {
            foreach (Diagnostic d in linted.Shown.Where(d => d.HasFix && d.Span.Start + shift <= end && d.Span.End + shift >= start))
            {
                foreach (CodeFix fix in d.Fixes)
                {
                    actions.Add(w =>
                    {
                        w.WriteStartObject();
                        w.WriteString("title", $"{fix.Title} ({d.Id})");
                        w.WriteString("kind", "quickfix");
                        w.WriteStartArray("diagnostics");
                        WriteDiagnostic(w, document, d, shift);
                        w.WriteEndArray();
                        w.WriteBoolean("isPreferred", d.Fixes.Length == 1 && !fix.IsUncertain);
                        WriteEdit(w, document, fix.Edits.Select(e => (e.Span.Start + shift, e.Span.End + shift, e.NewText)));
                        w.WriteEndObject();
                    });
                }
            }
        }

        cancel.ThrowIfCancellationRequested();
        if (linted.Result is not null && linted.Linter is not null && Wants(FixAllKind) && linted.Shown.Any(d => d.HasFix))
        {
            // What 'reportlint fix' applies: every safe fix, pass after pass, to the open text.
            FixResult fixedText = linted.Linter.Fix(linted.Result.Source, document.Path);
            if (fixedText.Changed)
            {
                (int from, int to, string replacement) = Difference(document.Text[shift..], fixedText.FixedText);
                actions.Add(w =>
                {
                    w.WriteStartObject();
                    w.WriteString("title", $"Fix every ReportLint finding that has a safe fix ({(fixedText.Applied.Length == 1 ? "1 fix" : $"{fixedText.Applied.Length} fixes")})");
                    w.WriteString("kind", FixAllKind);
                    WriteEdit(w, document, [(from + shift, to + shift, replacement)]);
                    w.WriteEndObject();
                });
            }
        }

        cancel.ThrowIfCancellationRequested();
        Respond(id, result: w =>
        {
            w.WriteStartArray("result");
            foreach (Action<Utf8JsonWriter> action in actions)
            {
                action(w);
            }

            w.WriteEndArray();
        });
    }

    private void WriteEdit(Utf8JsonWriter w, LspDocument document, IEnumerable<(int Start, int End, string Text)> edits)
    {
        w.WriteStartObject("edit");
        w.WriteStartObject("changes");
        w.WriteStartArray(document.Uri);
        foreach ((int start, int end, string text) in edits)
        {
            w.WriteStartObject();
            LspJson.WriteRange(w, "range", document.Lines, start, end, Encoding);
            w.WriteString("newText", text);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    // The one replacement that turns a text into another: what lies between their common start and common end. A CRLF
    // or a surrogate pair is never cut in two.
    internal static (int Start, int End, string Text) Difference(string before, string after)
    {
        int limit = Math.Min(before.Length, after.Length);
        int prefix = 0;
        while (prefix < limit && before[prefix] == after[prefix])
        {
            prefix++;
        }

        while (prefix > 0 && (Splits(before, prefix) || Splits(after, prefix)))
        {
            prefix--;
        }

        int suffix = 0;
        while (suffix < limit - prefix && before[^(suffix + 1)] == after[^(suffix + 1)])
        {
            suffix++;
        }

        while (suffix > 0 && (Splits(before, before.Length - suffix) || Splits(after, after.Length - suffix)))
        {
            suffix--;
        }

        return (prefix, before.Length - suffix, after.Substring(prefix, after.Length - suffix - prefix));
    }

    // Whether a cut before index 'at' falls inside a surrogate pair or a CRLF.
    private static bool Splits(string text, int at) =>
        at > 0 && at < text.Length &&
        ((char.IsHighSurrogate(text[at - 1]) && char.IsLowSurrogate(text[at])) || (text[at - 1] == '\r' && text[at] == '\n'));

    private void Hover(JsonElement id, JsonElement parameters, CancellationToken cancel)
    {
        string uri = LspJson.RequiredString(LspJson.Required(parameters, "textDocument", JsonValueKind.Object), "uri");
        Linted linted = Current(uri);
        LspDocument document = linted.Document;
        int offset = LspJson.Offset(LspJson.Required(parameters, "position", JsonValueKind.Object), document.Lines, Encoding) - document.Shift;
        var under = linted.Shown.Where(d => d.Span.Start <= offset && offset <= d.Span.End).ToList();
        cancel.ThrowIfCancellationRequested();
        if (under.Count == 0)
        {
            Respond(id, result: w => w.WriteNull("result"));
            return;
        }

        var markdown = new System.Text.StringBuilder();
        foreach (string rule in under.Select(d => d.Id).Distinct(StringComparer.Ordinal))
        {
            foreach (Diagnostic d in under.Where(d => d.Id == rule))
            {
                markdown.Append(CultureInfo.InvariantCulture, $"**{d.Id}** ({d.Descriptor.Alias}): {d.Message}\n\n");
            }

            markdown.Append(RulePages.Read(rule) ?? $"[{rule}]({under.First(d => d.Id == rule).Descriptor.HelpLink})\n");
            markdown.Append("\n---\n\n");
        }

        markdown.Length -= "\n---\n\n".Length;
        int from = under.Min(d => d.Span.Start) + document.Shift;
        int to = under.Max(d => d.Span.End) + document.Shift;
        Respond(id, result: w =>
        {
            w.WriteStartObject("result");
            w.WriteStartObject("contents");
            w.WriteString("kind", "markdown");
            w.WriteString("value", markdown.ToString());
            w.WriteEndObject();
            LspJson.WriteRange(w, "range", document.Lines, from, to, Encoding);
            w.WriteEndObject();
        });
    }

    // A request answered on the thread pool (it may lint), cancellable with $/cancelRequest.
    private void InBackground(JsonElement id, JsonElement parameters, Action<JsonElement, JsonElement, CancellationToken> handler)
    {
        var source = new CancellationTokenSource();
        string key = id.ToString();
        _requests[key] = source;
        _ = Task.Run(() =>
        {
            try
            {
                handler(id, parameters, source.Token);
            }
            catch (OperationCanceledException)
            {
                Respond(id, error: (LspErrors.RequestCancelled, "cancelled"));
            }
            catch (LspException ex)
            {
                Respond(id, error: (ex.Code, ex.Message));
            }
            catch (Exception ex) when (ex is InvalidOperationException or FormatException or ArgumentException or KeyNotFoundException)
            {
                Respond(id, error: (LspErrors.InvalidParams, ex.Message));
            }
            catch (Exception ex)
            {
                Log(1, $"internal error: {ex.GetType().Name}: {ex.Message}");
                Respond(id, error: (LspErrors.InternalError, $"{ex.GetType().Name}: {ex.Message}"));
            }
            finally
            {
                _requests.TryRemove(key, out _);
            }
        }, CancellationToken.None);
    }

    private void Respond(JsonElement? id, Action<Utf8JsonWriter>? result = null, (int Code, string Message)? error = null) =>
        _transport.Write(LspJson.Message(w =>
        {
            if (id is { } value)
            {
                w.WritePropertyName("id");
                value.WriteTo(w);
            }
            else
            {
                w.WriteNull("id");
            }

            if (error is { } e)
            {
                w.WriteStartObject("error");
                w.WriteNumber("code", e.Code);
                w.WriteString("message", e.Message);
                w.WriteEndObject();
            }
            else
            {
                result!(w);
            }
        }));

    private void Notify(string method, Action<Utf8JsonWriter> parameters) =>
        _transport.Write(LspJson.Message(w =>
        {
            w.WriteString("method", method);
            w.WriteStartObject("params");
            parameters(w);
            w.WriteEndObject();
        }));

    private void SendRequest(string method, Action<Utf8JsonWriter>? parameters) =>
        _transport.Write(LspJson.Message(w =>
        {
            w.WriteString("id", string.Create(CultureInfo.InvariantCulture, $"reportlint-{Interlocked.Increment(ref _nextRequest)}"));
            w.WriteString("method", method);
            parameters?.Invoke(w);
        }));

    // Errors (1), warnings (2) and information (3): to standard error always, to the client once it is initialised.
    private void Log(int type, string message)
    {
        lock (_log)
        {
            _log.WriteLine($"reportlint lsp: {message}");
        }

        if (_initialized && !_shutdown)
        {
            Notify("window/logMessage", w =>
            {
                w.WriteNumber("type", type);
                w.WriteString("message", message);
            });
        }
    }

    /// <summary>One lint of one version of a document, under one generation of the configuration.</summary>
    private sealed record Linted(LspDocument Document, ReportLinter? Linter, LintResult? Result, int Generation, string? Problem)
    {
        /// <summary>The diagnostics a user sees (not those set to hidden).</summary>
        public IEnumerable<Diagnostic> Shown => Result is null ? [] : Result.Diagnostics.Where(d => d.Severity > Severity.Hidden);
    }
}
