using System.Text;
using System.Text.Json.Nodes;
using ReportLint.Rules;

namespace ReportLint.Tests.Cli.Lsp;

/// <summary>
/// <c>reportlint lsp</c> driven in process by a client that speaks the protocol over pipes: what an editor shows
/// (diagnostics at their line and column, in UTF-16 or UTF-8; quick fixes and fix-all applied to the text; hovers),
/// configuration per document, and a server that answers every bad message and exits cleanly.
/// </summary>
public sealed class LspServerTests : IDisposable
{
    private const string Report = """
        # Sprint status

        | Task | Hours |
        |---|---|
        | Parser | 2h |
        | Tests | 3h |
        | **Total** | **6h** |

        """;

    private readonly string _dir = Directory.CreateTempSubdirectory("reportlint-lsp-").FullName;

    public LspServerTests()
    {
        // The folder is a repository: configuration is looked for up to here, not in the machine's temporary folder.
        Directory.CreateDirectory(Path.Combine(_dir, ".git"));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Uri(string name) => new Uri(Path.Combine(_dir, name)).AbsoluteUri;

    [Fact]
    public void Opening_a_report_publishes_the_finding_with_its_rule_link_severity_and_related_rows()
    {
        using var client = new LspTestClient();
        JsonNode? init = client.Initialize();
        Assert.Equal("utf-16", init!["capabilities"]!["positionEncoding"]!.GetValue<string>());
        Assert.Equal(2, init["capabilities"]!["textDocumentSync"]!["change"]!.GetValue<int>());

        client.Open(Uri("status.md"), Report, version: 7);
        JsonObject published = client.Diagnostics(Uri("status.md"));
        Assert.Equal(7, published["version"]!.GetValue<int>());
        JsonNode diagnostic = Assert.Single(published["diagnostics"]!.AsArray())!;
        Assert.Equal("RL2001", diagnostic["code"]!.GetValue<string>());
        Assert.Equal("Total 6h ≠ 2h + 3h = 5h (rows 5–6)", diagnostic["message"]!.GetValue<string>());
        Assert.Equal(2, diagnostic["severity"]!.GetValue<int>());
        Assert.Equal("reportlint", diagnostic["source"]!.GetValue<string>());
        Assert.Equal("https://github.com/reportlint/reportlint/blob/main/docs/rules/RL2001.md", diagnostic["codeDescription"]!["href"]!.GetValue<string>());
        // Line 7, column 17 as the command line prints it: 0-based line 6, character 16, the span of "6h".
        Assert.Equal((6, 16, 6, 18), RangeOf(diagnostic["range"]!));
        JsonArray related = diagnostic["relatedInformation"]!.AsArray();
        Assert.Equal([(4, 11, 4, 13), (5, 10, 5, 12)], related.Select(r => RangeOf(r!["location"]!["range"]!)));
        Assert.All(related, r => Assert.Equal(Uri("status.md"), r!["location"]!["uri"]!.GetValue<string>()));
        Assert.Equal(["“2h”", "“3h”"], related.Select(r => r!["message"]!.GetValue<string>()));
    }

    // The total's row with an emoji (two UTF-16 units, four UTF-8 bytes) or CJK text (one unit, three bytes each)
    // before the number, in each encoding and with CRLF line endings.
    [Theory]
    [InlineData("| **Total** 🚀 | **6h** |", "utf-16", 19)]
    [InlineData("| **Total** 🚀 | **6h** |", "utf-8", 21)]
    [InlineData("| **Total 合計** | **6h** |", "utf-16", 19)]
    [InlineData("| **Total 合計** | **6h** |", "utf-8", 23)]
    [InlineData("| **Total** | **6h** |", "utf-8", 16)]
    public void Columns_stay_right_after_emoji_and_CJK_text_in_the_negotiated_encoding_with_LF_and_CRLF(string totalRow, string encoding, int character)
    {
        foreach (string ending in new[] { "\n", "\r\n" })
        {
            using var client = new LspTestClient();
            JsonNode? init = client.Initialize(new { general = new { positionEncodings = encoding == "utf-8" ? new[] { "utf-8", "utf-16" } : ["utf-16"] } });
            Assert.Equal(encoding, init!["capabilities"]!["positionEncoding"]!.GetValue<string>());
            string text = Report.Replace("| **Total** | **6h** |", totalRow, StringComparison.Ordinal).ReplaceLineEndings(ending);
            client.Open(Uri("status.md"), text);
            JsonNode diagnostic = Assert.Single(client.Diagnostics(Uri("status.md"))["diagnostics"]!.AsArray())!;
            Assert.Equal((6, character, 6, character + 2), RangeOf(diagnostic["range"]!));

            // The quick fix edits the '6' where it is, in the same encoding.
            JsonArray actions = client.Request("textDocument/codeAction", new
            {
                textDocument = new { uri = Uri("status.md") },
                range = LspTestClient.Range(6, character, 6, character),
                context = new { diagnostics = Array.Empty<object>(), only = new[] { "quickfix" } },
            })["result"]!.AsArray();
            JsonNode edit = Assert.Single(Assert.Single(actions)!["edit"]!["changes"]![Uri("status.md")]!.AsArray())!;
            Assert.Equal((6, character, 6, character + 1), RangeOf(edit["range"]!));
            Assert.Equal("5", edit["newText"]!.GetValue<string>());
        }
    }

    [Fact]
    public void The_clangd_offsetEncoding_extension_negotiates_UTF8_too()
    {
        using var client = new LspTestClient();
        JsonNode? init = client.Initialize(new { offsetEncoding = new[] { "utf-8", "utf-16" } });
        Assert.Equal("utf-8", init!["offsetEncoding"]!.GetValue<string>());
        client.Open(Uri("status.md"), Report.Replace("| **Total** |", "| **Total** 🚀 |", StringComparison.Ordinal));
        JsonNode diagnostic = Assert.Single(client.Diagnostics(Uri("status.md"))["diagnostics"]!.AsArray())!;
        Assert.Equal((6, 21, 6, 23), RangeOf(diagnostic["range"]!));
    }

    [Fact]
    public void Incremental_changes_are_applied_in_order_and_each_version_gets_its_diagnostics()
    {
        using var client = new LspTestClient();
        client.Initialize();
        string uri = Uri("status.md");
        client.Open(uri, Report.Replace("**6h**", "**5h**", StringComparison.Ordinal));
        Assert.Empty(client.Diagnostics(uri, 1)["diagnostics"]!.AsArray());

        // Two edits in one change: the second's range is read in the text the first left. "5h" -> "7h", then a line
        // inserted above the table, which moves the total to line 8.
        client.Notify("textDocument/didChange", new
        {
            textDocument = new { uri, version = 2 },
            contentChanges = new object[]
            {
                new { range = LspTestClient.Range(6, 16, 6, 17), text = "7" },
                new { range = LspTestClient.Range(1, 0, 1, 0), text = "\nWeek 3 🚀 of the parser.\n" },
            },
        });
        JsonNode diagnostic = Assert.Single(client.Diagnostics(uri, 2)["diagnostics"]!.AsArray())!;
        Assert.Equal("Total 7h ≠ 2h + 3h = 5h (rows 7–8)", diagnostic["message"]!.GetValue<string>());
        Assert.Equal((8, 16, 8, 18), RangeOf(diagnostic["range"]!));

        // A whole-text change.
        client.Notify("textDocument/didChange", new { textDocument = new { uri, version = 3 }, contentChanges = new object[] { new { text = Report } } });
        Assert.Equal((6, 16, 6, 18), RangeOf(Assert.Single(client.Diagnostics(uri, 3)["diagnostics"]!.AsArray())!["range"]!));
    }

    [Fact]
    public void A_newer_version_cancels_the_debounced_lint_of_an_older_one()
    {
        // A debounce far longer than it takes to send three changes: only the last version is linted and published.
        using var client = new LspTestClient(debounce: 1000);
        client.Initialize();
        string uri = Uri("status.md");
        client.Open(uri, Report);
        client.Diagnostics(uri, 1);
        for (int version = 2; version <= 4; version++)
        {
            client.Notify("textDocument/didChange", new
            {
                textDocument = new { uri, version },
                contentChanges = new object[] { new { range = LspTestClient.Range(6, 16, 6, 17), text = (version + 4).ToString(System.Globalization.CultureInfo.InvariantCulture) } },
            });
        }

        JsonObject last = client.Diagnostics(uri, 4);
        Assert.Equal("Total 8h ≠ 2h + 3h = 5h (rows 5–6)", last["diagnostics"]![0]!["message"]!.GetValue<string>());
        // Nothing was published for versions 2 and 3 (the server writes in order, so they would have come before 4).
        Assert.DoesNotContain(client.Seen, m => m["method"]?.GetValue<string>() == "textDocument/publishDiagnostics" && m["params"]!["version"]?.GetValue<int>() is 2 or 3);
    }

    [Fact]
    public void The_quick_fix_and_fix_all_give_the_text_reportlint_fix_gives()
    {
        const string twoFindings = """
            # Sprint status

            Generated: $(date)
            Date: 2025-11-08

            | Task | Hours |
            |---|---|
            | Parser | 2h |
            | Tests | 3h |
            | **Total** | **6h** |

            """;
        using var client = new LspTestClient();
        client.Initialize();
        string uri = Uri("status.md");
        client.Open(uri, twoFindings);
        JsonArray diagnostics = client.Diagnostics(uri)["diagnostics"]!.AsArray();
        Assert.Equal(["RL4003", "RL2001"], diagnostics.Select(d => d!["code"]!.GetValue<string>()));

        JsonArray onTotal = client.Request("textDocument/codeAction", new
        {
            textDocument = new { uri },
            range = LspTestClient.Range(9, 17, 9, 17),
            context = new { diagnostics = new[] { diagnostics[1] } },
        })["result"]!.AsArray();
        JsonNode quickFix = onTotal.Single(a => a!["kind"]!.GetValue<string>() == "quickfix")!;
        Assert.Equal("RL2001", quickFix["diagnostics"]![0]!["code"]!.GetValue<string>());
        Assert.True(quickFix["isPreferred"]!.GetValue<bool>());
        Assert.Equal(twoFindings.Replace("**6h**", "**5h**", StringComparison.Ordinal), Apply(twoFindings, quickFix["edit"]!, uri));

        JsonNode fixAll = Assert.Single(client.Request("textDocument/codeAction", new
        {
            textDocument = new { uri },
            range = LspTestClient.Range(0, 0, 0, 0),
            context = new { diagnostics = Array.Empty<object>(), only = new[] { "source.fixAll" } },
        })["result"]!.AsArray())!;
        Assert.Equal("source.fixAll.reportlint", fixAll["kind"]!.GetValue<string>());
        string expected = BuiltInRules.CreateLinter().Fix(twoFindings, Path.Combine(_dir, "status.md")).FixedText;
        Assert.Contains("Generated: 2025-11-08", expected, StringComparison.Ordinal);
        Assert.Equal(expected, Apply(twoFindings, fixAll["edit"]!, uri));
    }

    [Fact]
    public void Hover_on_a_finding_shows_the_rule_page_and_elsewhere_nothing()
    {
        using var client = new LspTestClient();
        client.Initialize();
        string uri = Uri("status.md");
        client.Open(uri, Report);
        client.Diagnostics(uri);
        JsonNode hover = client.Request("textDocument/hover", new { textDocument = new { uri }, position = new { line = 6, character = 17 } })["result"]!;
        Assert.Equal("markdown", hover["contents"]!["kind"]!.GetValue<string>());
        string page = hover["contents"]!["value"]!.GetValue<string>();
        Assert.StartsWith("**RL2001** (total-mismatch): Total 6h ≠ 2h + 3h = 5h (rows 5–6)", page, StringComparison.Ordinal);
        Assert.Contains("# RL2001: A total differs from the sum of its parts", page, StringComparison.Ordinal);
        Assert.Equal((6, 16, 6, 18), RangeOf(hover["range"]!));

        Assert.Null(client.Request("textDocument/hover", new { textDocument = new { uri }, position = new { line = 0, character = 3 } })["result"]);
    }

    [Fact]
    public void A_client_that_pulls_gets_diagnostics_on_request_and_none_pushed()
    {
        using var client = new LspTestClient();
        client.Initialize(new { textDocument = new { diagnostic = new { dynamicRegistration = false } } });
        string uri = Uri("status.md");
        client.Open(uri, Report);
        JsonNode report = client.Request("textDocument/diagnostic", new { textDocument = new { uri } })["result"]!;
        Assert.Equal("full", report["kind"]!.GetValue<string>());
        Assert.Equal("RL2001", Assert.Single(report["items"]!.AsArray())!["code"]!.GetValue<string>());
        string resultId = report["resultId"]!.GetValue<string>();

        JsonNode again = client.Request("textDocument/diagnostic", new { textDocument = new { uri }, previousResultId = resultId })["result"]!;
        Assert.Equal("unchanged", again["kind"]!.GetValue<string>());

        client.Notify("textDocument/didChange", new { textDocument = new { uri, version = 2 }, contentChanges = new object[] { new { range = LspTestClient.Range(6, 16, 6, 17), text = "5" } } });
        JsonNode changed = client.Request("textDocument/diagnostic", new { textDocument = new { uri }, previousResultId = resultId })["result"]!;
        Assert.Equal("full", changed["kind"]!.GetValue<string>());
        Assert.Empty(changed["items"]!.AsArray());
        Assert.DoesNotContain(client.Seen, m => m["method"]?.GetValue<string>() == "textDocument/publishDiagnostics");
    }

    [Fact]
    public void Each_document_gets_its_folders_configuration_and_a_change_to_it_lints_open_documents_again()
    {
        string alpha = Directory.CreateDirectory(Path.Combine(_dir, "alpha")).FullName;
        string beta = Directory.CreateDirectory(Path.Combine(_dir, "beta")).FullName;
        File.WriteAllText(Path.Combine(alpha, ".reportlint.json"), """{ "extends": "base.json" }""");
        File.WriteAllText(Path.Combine(alpha, "base.json"), """{ "RL2001": "error" }""");
        File.WriteAllText(Path.Combine(beta, ".editorconfig"), "[*.md]\ndotnet_diagnostic.RL2001.severity = suggestion\n");
        using var client = new LspTestClient();
        client.Initialize(
            new { workspace = new { didChangeWatchedFiles = new { dynamicRegistration = true } } },
            new[] { new { uri = new Uri(alpha).AbsoluteUri, name = "alpha" }, new { uri = new Uri(beta).AbsoluteUri, name = "beta" } });
        string inAlpha = new Uri(Path.Combine(alpha, "status.md")).AbsoluteUri;
        string inBeta = new Uri(Path.Combine(beta, "status.md")).AbsoluteUri;
        client.Open(inAlpha, Report);
        Assert.Equal(1, client.Diagnostics(inAlpha)["diagnostics"]![0]!["severity"]!.GetValue<int>());
        client.Open(inBeta, Report);
        Assert.Equal(3, client.Diagnostics(inBeta)["diagnostics"]![0]!["severity"]!.GetValue<int>());

        // An untitled buffer has no path: it takes the first folder's configuration.
        client.Open("untitled:Untitled-1", Report);
        Assert.Equal(1, client.Diagnostics("untitled:Untitled-1")["diagnostics"]![0]!["severity"]!.GetValue<int>());

        // The server asked to hear of configuration files, the extended one included.
        JsonObject registration = client.Next(m => m["method"]?.GetValue<string>() == "client/registerCapability", "a watcher registration");
        Assert.Equal("workspace/didChangeWatchedFiles", registration["params"]!["registrations"]![0]!["method"]!.GetValue<string>());
        var patterns = client.Seen.Where(m => m["method"]?.GetValue<string>() == "client/registerCapability")
            .SelectMany(m => m["params"]!["registrations"]![0]!["registerOptions"]!["watchers"]!.AsArray())
            .Select(w => w!["globPattern"]!.GetValue<string>()).ToList();
        Assert.Contains("**/.reportlint.json", patterns);
        Assert.Contains("**/.editorconfig", patterns);

        // The file 'extends' names changes: both alpha documents are linted again, with the new severity.
        File.WriteAllText(Path.Combine(alpha, "base.json"), """{ "RL2001": "info" }""");
        client.Notify("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = new Uri(Path.Combine(alpha, "base.json")).AbsoluteUri, type = 2 } } });
        client.DiagnosticsWhen(inAlpha, d => d.Count == 1 && d[0]!["severity"]!.GetValue<int>() == 3, "RL2001 is information");

        // .editorconfig turns the rule off in beta.
        File.WriteAllText(Path.Combine(beta, ".editorconfig"), "[*.md]\ndotnet_diagnostic.RL2001.severity = none\n");
        client.Notify("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = new Uri(Path.Combine(beta, ".editorconfig")).AbsoluteUri, type = 2 } } });
        client.DiagnosticsWhen(inBeta, d => d.Count == 0, "RL2001 is off");
    }

    [Fact]
    public void A_configuration_changed_on_disk_is_seen_at_the_next_lint_by_a_client_that_watches_no_files()
    {
        File.WriteAllText(Path.Combine(_dir, ".reportlint.json"), """{ "RL2001": "error" }""");
        using var client = new LspTestClient();
        client.Initialize(rootUri: new Uri(_dir).AbsoluteUri);
        string uri = Uri("status.md");
        client.Open(uri, Report);
        Assert.Equal(1, client.Diagnostics(uri, 1)["diagnostics"]![0]!["severity"]!.GetValue<int>());

        File.WriteAllText(Path.Combine(_dir, ".reportlint.json"), """{ "RL2001": "warning", "RL4003": "error" }""");
        client.Notify("textDocument/didChange", new { textDocument = new { uri, version = 2 }, contentChanges = new object[] { new { range = LspTestClient.Range(0, 0, 0, 0), text = "" } } });
        Assert.Equal(2, client.Diagnostics(uri, 2)["diagnostics"]![0]!["severity"]!.GetValue<int>());
    }

    [Fact]
    public void Saving_a_configuration_file_or_changing_the_workspace_folders_lints_open_documents_again()
    {
        string alpha = Directory.CreateDirectory(Path.Combine(_dir, "alpha")).FullName;
        string beta = Directory.CreateDirectory(Path.Combine(_dir, "beta")).FullName;
        File.WriteAllText(Path.Combine(alpha, ".reportlint.json"), """{ "RL2001": "error" }""");
        File.WriteAllText(Path.Combine(beta, ".reportlint.json"), """{ "RL2001": "info" }""");
        using var client = new LspTestClient();
        client.Initialize(folders: new[] { new { uri = new Uri(alpha).AbsoluteUri, name = "alpha" } });
        client.Open("untitled:Untitled-1", Report);
        Assert.Equal(1, client.Diagnostics("untitled:Untitled-1")["diagnostics"]![0]!["severity"]!.GetValue<int>());

        // The folder the untitled buffer took its configuration from goes; the next one's applies.
        client.Notify("workspace/didChangeWorkspaceFolders", new
        {
            @event = new
            {
                added = new[] { new { uri = new Uri(beta).AbsoluteUri, name = "beta" } },
                removed = new[] { new { uri = new Uri(alpha).AbsoluteUri, name = "alpha" } },
            },
        });
        client.DiagnosticsWhen("untitled:Untitled-1", d => d.Count == 1 && d[0]!["severity"]!.GetValue<int>() == 3, "RL2001 is information");

        // A client that watches no files still says when it saves a configuration file it has open.
        string inBeta = new Uri(Path.Combine(beta, "status.md")).AbsoluteUri;
        client.Open(inBeta, Report);
        Assert.Equal(3, client.Diagnostics(inBeta)["diagnostics"]![0]!["severity"]!.GetValue<int>());
        File.WriteAllText(Path.Combine(beta, ".reportlint.json"), """{ "RL2001": "off" }""");
        client.Notify("textDocument/didSave", new { textDocument = new { uri = new Uri(Path.Combine(beta, ".reportlint.json")).AbsoluteUri } });
        client.DiagnosticsWhen(inBeta, d => d.Count == 0, "RL2001 is off");
        client.DiagnosticsWhen("untitled:Untitled-1", d => d.Count == 0, "RL2001 is off");
    }

    [Fact]
    public void A_configuration_that_cannot_be_read_is_reported_at_its_line_and_the_report_is_still_linted()
    {
        File.WriteAllText(Path.Combine(_dir, ".reportlint.json"), "{\n  \"RL2001\": \"loud\"\n}\n");
        using var client = new LspTestClient();
        client.Initialize();
        client.Open(Uri("status.md"), Report);
        Assert.Equal("RL2001", client.Diagnostics(Uri("status.md"))["diagnostics"]![0]!["code"]!.GetValue<string>());
        JsonNode problem = client.Diagnostics(Uri(".reportlint.json"))["diagnostics"]![0]!;
        Assert.Equal("RL0002", problem["code"]!.GetValue<string>());
        Assert.Equal(1, problem["range"]!["start"]!["line"]!.GetValue<int>());
    }

    [Fact]
    public void Bad_messages_get_the_protocols_errors_and_the_server_keeps_serving()
    {
        using var client = new LspTestClient();
        Assert.Equal(-32002, client.Request("textDocument/hover", new { })["error"]!["code"]!.GetValue<int>());
        client.Initialize();

        client.SendRaw("{ not json"u8.ToArray());
        JsonObject parseError = client.Next(m => m["error"] is not null, "a parse error");
        Assert.Equal(-32700, parseError["error"]!["code"]!.GetValue<int>());
        Assert.Null(parseError["id"]);

        client.SendRaw("[1, 2]"u8.ToArray());
        Assert.Equal(-32600, client.Next(m => m["error"] is not null, "an invalid request error")["error"]!["code"]!.GetValue<int>());

        // A message without its Content-Length header is skipped (and logged).
        client.SendBytes(Encoding.ASCII.GetBytes("Content-Type: application/vscode-jsonrpc\r\n\r\n"));

        Assert.Equal(-32601, client.Request("textDocument/rename", new { })["error"]!["code"]!.GetValue<int>());
        JsonObject invalid = client.Request("textDocument/hover", new { textDocument = new { uri = 42 } });
        Assert.Equal(-32602, invalid["error"]!["code"]!.GetValue<int>());
        Assert.Contains("uri", invalid["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(-32602, client.Request("textDocument/codeAction", new { textDocument = new { uri = "file:///not/open.md" }, range = LspTestClient.Range(0, 0, 0, 0) })["error"]!["code"]!.GetValue<int>());

        // A change to a document never opened: a notification has no answer, so it is logged to the client.
        client.Notify("textDocument/didChange", new { textDocument = new { uri = "file:///not/open.md", version = 2 }, contentChanges = Array.Empty<object>() });
        JsonObject logged = client.Next(m => m["method"]?.GetValue<string>() == "window/logMessage" && m["params"]!["message"]!.GetValue<string>().Contains("not open", StringComparison.Ordinal), "a log message");
        Assert.Equal(1, logged["params"]!["type"]!.GetValue<int>());

        // Text no editor should send, a lone surrogate, and a report larger than the engine lints whole: both served.
        const string loneSurrogate = """
            {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"URI","version":1,"text":"# Sprint status\n\n| Task | Hours |\n|---|---|\n| A \ud800 | 2h |\n| B | 3h |\n| **Total** | **6h** |\n"}}}
            """;
        client.SendRaw(Encoding.UTF8.GetBytes(loneSurrogate.Replace("URI", Uri("odd.md"), StringComparison.Ordinal)));
        JsonArray odd = client.Diagnostics(Uri("odd.md"))["diagnostics"]!.AsArray();
        Assert.Equal((6, 16, 6, 18), RangeOf(odd.Single(d => d!["code"]!.GetValue<string>() == "RL2001")!["range"]!));
        string large = Report + "\n" + string.Concat(Enumerable.Repeat("Plain notes on the parser, nothing to count here.\n\n", 14_000));
        client.Open(Uri("large.md"), large);
        JsonArray inLarge = client.Diagnostics(Uri("large.md"))["diagnostics"]!.AsArray();
        Assert.True(inLarge.Count == 1, $"{inLarge.ToJsonString()}\n{client.Log}");
        Assert.Equal((6, 16, 6, 18), RangeOf(inLarge[0]!["range"]!));

        Assert.Null(client.Request("shutdown", null)["result"]);
        Assert.Equal(-32600, client.Request("textDocument/hover", new { })["error"]!["code"]!.GetValue<int>());
        client.Notify("exit", null);
        Assert.Equal(0, client.WaitForExit());
    }

    [Fact]
    public void The_server_exits_when_its_input_closes_and_with_1_on_exit_without_shutdown()
    {
        using (var closed = new LspTestClient())
        {
            closed.Initialize();
            closed.CloseInput();
            Assert.Equal(0, closed.WaitForExit());
        }

        using var abrupt = new LspTestClient();
        abrupt.Initialize();
        abrupt.Notify("exit", null);
        Assert.Equal(1, abrupt.WaitForExit());
    }

    [Fact]
    public void Closing_a_document_clears_its_diagnostics()
    {
        using var client = new LspTestClient();
        client.Initialize();
        client.Open(Uri("status.md"), Report);
        Assert.NotEmpty(client.Diagnostics(Uri("status.md"))["diagnostics"]!.AsArray());
        client.Notify("textDocument/didClose", new { textDocument = new { uri = Uri("status.md") } });
        Assert.Empty(client.Diagnostics(Uri("status.md"))["diagnostics"]!.AsArray());
    }

    private static (int, int, int, int) RangeOf(JsonNode range) =>
        (range["start"]!["line"]!.GetValue<int>(), range["start"]!["character"]!.GetValue<int>(), range["end"]!["line"]!.GetValue<int>(), range["end"]!["character"]!.GetValue<int>());

    // Applies a WorkspaceEdit's edits for one document the way a client does (UTF-16 positions, text with LF endings),
    // last edit first.
    private static string Apply(string text, JsonNode edit, string uri)
    {
        var lines = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lines.Add(i + 1);
            }
        }

        int Offset(JsonNode position) => lines[position["line"]!.GetValue<int>()] + position["character"]!.GetValue<int>();
        var edits = edit["changes"]![uri]!.AsArray().Select(e => (Start: Offset(e!["range"]!["start"]!), End: Offset(e!["range"]!["end"]!), Text: e!["newText"]!.GetValue<string>()))
            .OrderByDescending(e => e.Start).ToList();
        var builder = new StringBuilder(text);
        foreach ((int start, int end, string newText) in edits)
        {
            builder.Remove(start, end - start).Insert(start, newText);
        }

        return builder.ToString();
    }
}
