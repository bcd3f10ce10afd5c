using System.Collections.Concurrent;
using System.IO.Pipes;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ReportLint.Cli.Lsp;

namespace ReportLint.Tests.Cli.Lsp;

/// <summary>
/// A language client for the protocol tests: runs <see cref="LspServer"/> in process over two pipes, frames and parses
/// every message the server writes (so anything on its output that is not a framed JSON message fails the test), and
/// waits for responses and notifications. Waits are bounded (a server that never answers fails the test, it does not
/// hang it); nothing is timed.
/// </summary>
internal sealed class LspTestClient : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly AnonymousPipeServerStream _toServer = new(PipeDirection.Out);
    private readonly AnonymousPipeServerStream _fromServer = new(PipeDirection.In);
    private readonly BlockingCollection<JsonObject> _messages = [];
    private readonly List<JsonObject> _seen = [];
    private readonly List<JsonObject> _unread = [];
    private readonly Thread _reader;
    private readonly StringWriter _log = new();
    private int _nextId;

    public LspTestClient(int debounce = 0)
    {
        var serverInput = new AnonymousPipeClientStream(PipeDirection.In, _toServer.ClientSafePipeHandle);
        var serverOutput = new AnonymousPipeClientStream(PipeDirection.Out, _fromServer.ClientSafePipeHandle);
        var server = new LspServer(serverInput, serverOutput, TextWriter.Synchronized(_log), debounce);
        Server = Task.Factory.StartNew(() =>
        {
            try
            {
                return server.Run();
            }
            finally
            {
                serverOutput.Dispose();
                serverInput.Dispose();
            }
        }, TaskCreationOptions.LongRunning);
        _reader = new Thread(Read) { IsBackground = true };
        _reader.Start();
    }

    /// <summary>The server's run: its exit code once it stops.</summary>
    public Task<int> Server { get; }

    /// <summary>What the server wrote to its log (standard error).</summary>
    public string Log => _log.ToString();

    /// <summary>Every message received so far, in order.</summary>
    public IReadOnlyList<JsonObject> Seen
    {
        get
        {
            lock (_seen)
            {
                return [.. _seen];
            }
        }
    }

    public JsonNode? Initialize(object? capabilities = null, object? folders = null, object? options = null, string? rootUri = null)
    {
        JsonObject response = Request("initialize", new { processId = (int?)null, capabilities = capabilities ?? new { }, workspaceFolders = folders, initializationOptions = options, rootUri });
        Notify("initialized", new { });
        return response["result"];
    }

    /// <summary>Sends a request and returns its response (result or error).</summary>
    public JsonObject Request(string method, object? parameters)
    {
        int id = Interlocked.Increment(ref _nextId);
        Send(new { jsonrpc = "2.0", id, method, @params = parameters });
        return Next(m => m["id"] is JsonValue v && v.TryGetValue(out int got) && got == id && m["method"] is null, $"the response to {method} #{id}");
    }

    public void Notify(string method, object? parameters) => Send(new { jsonrpc = "2.0", method, @params = parameters });

    public void Send(object message) => SendRaw(JsonSerializer.SerializeToUtf8Bytes(message));

    public void SendRaw(byte[] body) => SendBytes([.. Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"), .. body]);

    public void SendBytes(byte[] bytes)
    {
        _toServer.Write(bytes);
        _toServer.Flush();
    }

    /// <summary>Closes the server's input, as an editor that quits without a word.</summary>
    public void CloseInput() => _toServer.Dispose();

    /// <summary>The next diagnostics published for a document (and, when given, for that version).</summary>
    public JsonObject Diagnostics(string uri, int? version = null) =>
        (JsonObject)Next(m => m["method"]?.GetValue<string>() == "textDocument/publishDiagnostics" && m["params"]!["uri"]!.GetValue<string>() == uri &&
            (version is null || m["params"]!["version"]?.GetValue<int>() == version), $"diagnostics for {uri}{(version is null ? "" : $" v{version}")}")["params"]!;

    /// <summary>The diagnostics published for a document once they match (earlier publications are skipped).</summary>
    public JsonArray DiagnosticsWhen(string uri, Func<JsonArray, bool> match, string what) =>
        Next(m => m["method"]?.GetValue<string>() == "textDocument/publishDiagnostics" && m["params"]!["uri"]!.GetValue<string>() == uri &&
            match(m["params"]!["diagnostics"]!.AsArray()), $"diagnostics for {uri} where {what}")["params"]!["diagnostics"]!.AsArray();

    /// <summary>The first message not yet taken that matches; the others wait for a later call.</summary>
    public JsonObject Next(Func<JsonObject, bool> match, string what)
    {
        int waiting = _unread.FindIndex(m => match(m));
        if (waiting >= 0)
        {
            JsonObject found = _unread[waiting];
            _unread.RemoveAt(waiting);
            return found;
        }

        while (true)
        {
            if (!_messages.TryTake(out JsonObject? message, Patience))
            {
                throw new Xunit.Sdk.XunitException($"no {what} from the server; it sent:\n{string.Join("\n", Seen.Select(m => m.ToJsonString()))}\nlog:\n{Log}");
            }

            if (message.ContainsKey("end-of-output"))
            {
                throw new Xunit.Sdk.XunitException($"the server's output ended before {what} ({message["end-of-output"]}); log:\n{Log}");
            }

            if (match(message))
            {
                return message;
            }

            _unread.Add(message);
        }
    }

    public int WaitForExit()
    {
        Assert.True(Server.Wait(Patience), $"the server did not exit; log:\n{Log}");
        return Server.Result;
    }

    public void Open(string uri, string text, int version = 1) =>
        Notify("textDocument/didOpen", new { textDocument = new { uri, languageId = "markdown", version, text } });

    public static object Range(int line, int character, int endLine, int endCharacter) =>
        new { start = new { line, character }, end = new { line = endLine, character = endCharacter } };

    private void Read()
    {
        var input = new BufferedStream(_fromServer);
        try
        {
            ReadMessages(input);
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or JsonException or Xunit.Sdk.XunitException or FormatException)
        {
            // Reported to the test as the end of the output, with what went wrong.
            _messages.Add(new JsonObject { ["end-of-output"] = ex.Message });
        }
        finally
        {
            _messages.Add(new JsonObject { ["end-of-output"] = true });
        }
    }

    private void ReadMessages(Stream input)
    {
        while (true)
        {
            int length = -1;
            while (true)
            {
                string? line = ReadLine(input);
                if (line is null)
                {
                    return;
                }

                if (line.Length == 0)
                {
                    break;
                }

                Assert.StartsWith("Content-Length: ", line, StringComparison.Ordinal);
                length = int.Parse(line["Content-Length: ".Length..], System.Globalization.CultureInfo.InvariantCulture);
            }

            byte[] body = new byte[length];
            input.ReadExactly(body);
            var message = (JsonObject)JsonNode.Parse(body)!;
            lock (_seen)
            {
                _seen.Add(message);
            }

            _messages.Add(message);
        }
    }

    private static string? ReadLine(Stream input)
    {
        var line = new StringBuilder();
        while (true)
        {
            int b = input.ReadByte();
            if (b < 0)
            {
                return line.Length == 0 ? null : line.ToString();
            }

            if (b == '\n')
            {
                Assert.True(line.Length > 0 && line[^1] == '\r', "a header line must end with CRLF");
                return line.ToString(0, line.Length - 1);
            }

            line.Append((char)b);
        }
    }

    public void Dispose()
    {
        try
        {
            _toServer.Dispose();
        }
        catch (IOException)
        {
            // Already closed.
        }

        Server.Wait(Patience);
        _fromServer.Dispose();
        _reader.Join(Patience);
        _toServer.Dispose();
    }
}
