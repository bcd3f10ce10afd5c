using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using ReportLint.Tests.Harness;

namespace ReportLint.IntegrationTests;

/// <summary>
/// Issue 53: <c>reportlint mcp</c> as an assistant meets it. The packed tool is installed into a tool path, and the MCP
/// SDK's own client starts it over standard input and output, lists its tools, checks a report (RL2001 at its line and
/// column), fixes it (the corrected total, in the file), reads a rule page as a resource, and gets a protocol error for a
/// path outside the server's folder.
/// </summary>
[Collection(PackagesCollection.Name)]
public sealed class McpToolTests(Sandbox sandbox)
{
    [Fact]
    public async Task The_installed_tool_serves_MCP_to_the_SDKs_client()
    {
        Assert.True(sandbox.PackResult.ExitCode == 0, sandbox.PackResult.ToString());
        string work = sandbox.NewFolder("mcp-user");
        Directory.CreateDirectory(Path.Combine(work, ".git"));
        File.WriteAllText(Path.Combine(work, "status.md"), SprintReport.WrongTotal);
        string tools = Path.Combine(sandbox.Root, "mcp-tools");
        Run install = sandbox.Dotnet(work, "tool", "install", "--tool-path", tools, "--add-source", sandbox.Feed, "--version", sandbox.Version, "ReportLint.Cli");
        Assert.True(install.ExitCode == 0, install.ToString());
        string command = Path.Combine(tools, OperatingSystem.IsWindows() ? "reportlint.exe" : "reportlint");

        var errors = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var transport = new StdioClientTransport(new StdioClientTransportOptions
        {
            Name = "reportlint",
            Command = command,
            Arguments = ["mcp"],
            WorkingDirectory = work,
            StandardErrorLines = errors.Enqueue,
        });
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await using (McpClient client = await McpClient.CreateAsync(transport, cancellationToken: timeout.Token))
        {
            Implementation server = client.ServerInfo ?? throw new InvalidOperationException("the server gave no serverInfo");
            Assert.Equal("reportlint", server.Name);
            Assert.StartsWith(sandbox.Version, server.Version, StringComparison.Ordinal);

            IList<McpClientTool> listed = await client.ListToolsAsync(cancellationToken: timeout.Token);
            Assert.Equal(["check_report", "explain_rule", "fix_report", "list_rules"], listed.Select(t => t.Name).Order(StringComparer.Ordinal));
            Assert.All(listed, t => Assert.True(t.Description.Length > 100, $"{t.Name}: a description a model can act on"));
            Assert.Equal(JsonValueKind.Object, listed.Single(t => t.Name == "check_report").JsonSchema.GetProperty("properties").GetProperty("path").ValueKind);

            CallToolResult check = await client.CallToolAsync("check_report", new Dictionary<string, object?> { ["path"] = "status.md" }, cancellationToken: timeout.Token);
            Assert.NotEqual(true, check.IsError);
            JsonElement finding = Assert.Single(check.StructuredContent!.Value.GetProperty("findings").EnumerateArray().ToList());
            Assert.Equal("RL2001", finding.GetProperty("rule").GetString());
            Assert.Equal(7, finding.GetProperty("line").GetInt32());
            Assert.Equal(17, finding.GetProperty("column").GetInt32());
            Assert.Equal("Total 6h ≠ 2h + 3h = 5h (rows 5–6)", finding.GetProperty("message").GetString());
            Assert.True(finding.GetProperty("fixable").GetBoolean());

            CallToolResult fix = await client.CallToolAsync("fix_report", new Dictionary<string, object?> { ["path"] = "status.md", ["write"] = true }, cancellationToken: timeout.Token);
            Assert.NotEqual(true, fix.IsError);
            string expected = SprintReport.WrongTotal.Replace("**6h**", "**5h**", StringComparison.Ordinal);
            Assert.Equal(expected, fix.StructuredContent!.Value.GetProperty("fixedText").GetString());
            Assert.True(fix.StructuredContent!.Value.GetProperty("written").GetBoolean());
            Assert.Equal(expected, File.ReadAllText(Path.Combine(work, "status.md")));

            ReadResourceResult page = await client.ReadResourceAsync("reportlint://rules/RL2001", cancellationToken: timeout.Token);
            Assert.StartsWith("# RL2001: A total differs from the sum of its parts", Assert.IsType<TextResourceContents>(Assert.Single(page.Contents)).Text, StringComparison.Ordinal);

            var refused = await Assert.ThrowsAsync<McpProtocolException>(async () =>
                await client.CallToolAsync("check_report", new Dictionary<string, object?> { ["path"] = "/etc/passwd" }, cancellationToken: timeout.Token));
            Assert.Equal(McpErrorCode.InvalidParams, refused.ErrorCode);
            Assert.Contains("is outside the folder this server may read", refused.Message, StringComparison.Ordinal);
        }

        Assert.Contains(errors, line => line.StartsWith("reportlint mcp: serving", StringComparison.Ordinal));
    }
}
