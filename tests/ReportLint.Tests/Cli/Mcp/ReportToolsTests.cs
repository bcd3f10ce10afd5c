using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ReportLint.Cli.Mcp;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Cli.Mcp;

/// <summary>
/// The tools of <c>reportlint mcp</c>, called as the server calls them: what a model gets back, and the protocol errors
/// bad arguments and paths outside the server's folder get. (The integration tests drive the installed tool over stdio
/// with the SDK's client.)
/// </summary>
public sealed class ReportToolsTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("reportlint-mcp-").FullName;
    private readonly string _outside = Directory.CreateTempSubdirectory("reportlint-mcp-outside-").FullName;
    private readonly ReportTools _tools;

    public ReportToolsTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, ".git"));
        File.WriteAllText(Path.Combine(_root, "status.md"), SprintReport.WrongTotal);
        File.WriteAllText(Path.Combine(_outside, "secret.md"), SprintReport.WrongTotal);
        _tools = new ReportTools([_root]);
    }

    public void Dispose()
    {
        Directory.Delete(_root, recursive: true);
        Directory.Delete(_outside, recursive: true);
    }

    private JsonElement Call(string tool, object arguments)
    {
        var args = JsonSerializer.SerializeToElement(arguments).EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());
        CallToolResult result = _tools.Call(tool, args);
        Assert.NotEqual(true, result.IsError);
        var text = Assert.IsType<TextContentBlock>(Assert.Single(result.Content));
        // The text block holds the same JSON as the structured content, for clients that read only text.
        Assert.Equal(result.StructuredContent!.Value.GetRawText().Replace(" ", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal),
            text.Text.Replace(" ", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal));
        return result.StructuredContent!.Value;
    }

    private string Refused(string tool, object arguments, McpErrorCode code = McpErrorCode.InvalidParams)
    {
        var args = JsonSerializer.SerializeToElement(arguments).EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());
        var error = Assert.Throws<McpProtocolException>(() => _tools.Call(tool, args));
        Assert.Equal(code, error.ErrorCode);
        return error.Message;
    }

    [Fact]
    public void Check_report_gives_each_finding_with_its_line_column_related_rows_and_whether_it_is_fixable()
    {
        foreach (JsonElement result in new[] { Call("check_report", new { path = "status.md" }), Call("check_report", new { text = SprintReport.WrongTotal }) })
        {
            JsonElement finding = Assert.Single(result.GetProperty("findings").EnumerateArray().ToList());
            Assert.Equal("RL2001", finding.GetProperty("rule").GetString());
            Assert.Equal(7, finding.GetProperty("line").GetInt32());
            Assert.Equal(17, finding.GetProperty("column").GetInt32());
            Assert.Equal("Total 6h ≠ 2h + 3h = 5h (rows 5–6)", finding.GetProperty("message").GetString());
            Assert.Equal([5, 6], finding.GetProperty("related").EnumerateArray().Select(r => r.GetProperty("line").GetInt32()));
            Assert.True(finding.GetProperty("fixable").GetBoolean());
            Assert.Equal("https://github.com/reportlint/reportlint/blob/main/docs/rules/RL2001.md", finding.GetProperty("help").GetString());
        }
    }

    [Fact]
    public void Fix_report_returns_the_fixed_text_and_a_diff_and_writes_only_when_asked()
    {
        string path = Path.Combine(_root, "status.md");
        JsonElement dry = Call("fix_report", new { path = "status.md" });
        string expected = SprintReport.WrongTotal.Replace("**6h**", "**5h**", StringComparison.Ordinal);
        Assert.Equal(expected, dry.GetProperty("fixedText").GetString());
        Assert.Contains("-| **Total** | **6h** |\n+| **Total** | **5h** |\n", dry.GetProperty("diff").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("--- a/status.md\n+++ b/status.md\n", dry.GetProperty("diff").GetString(), StringComparison.Ordinal);
        Assert.Equal("RL2001", Assert.Single(dry.GetProperty("applied").EnumerateArray().ToList()).GetProperty("rule").GetString());
        Assert.Empty(dry.GetProperty("remaining").EnumerateArray());
        Assert.False(dry.GetProperty("written").GetBoolean());
        Assert.Equal(SprintReport.WrongTotal, File.ReadAllText(path));

        JsonElement written = Call("fix_report", new { path = "status.md", write = true });
        Assert.True(written.GetProperty("written").GetBoolean());
        Assert.Equal(expected, File.ReadAllText(path));

        Assert.Contains("'write' needs 'path'", Refused("fix_report", new { text = SprintReport.WrongTotal, write = true }), StringComparison.Ordinal);
        // A rule filter that leaves RL2001 out changes nothing.
        Assert.Equal(SprintReport.WrongTotal, Call("fix_report", new { text = SprintReport.WrongTotal, rules = new[] { "mojibake" } }).GetProperty("fixedText").GetString());
    }

    [Fact]
    public void Paths_outside_the_servers_folder_are_refused_and_never_read()
    {
        string message = Refused("check_report", new { path = Path.Combine(_outside, "secret.md") });
        Assert.Contains("is outside the folder this server may read", message, StringComparison.Ordinal);
        Assert.Contains("is outside", Refused("check_report", new { path = "../" + Path.GetFileName(_outside) + "/secret.md" }), StringComparison.Ordinal);
        Assert.Contains("is outside", Refused("fix_report", new { path = Path.Combine(_outside, "secret.md"), write = true }), StringComparison.Ordinal);

        // A link inside the folder that leads out of it is not followed.
        File.CreateSymbolicLink(Path.Combine(_root, "link.md"), Path.Combine(_outside, "secret.md"));
        Assert.StartsWith("link.md: a symbolic link that leads out of", Refused("check_report", new { path = "link.md" }), StringComparison.Ordinal);
        Assert.Contains("no such file", Refused("check_report", new { path = "missing.md" }), StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_arguments_get_invalid_params_with_a_message()
    {
        Assert.Contains("give the report: 'text' (its Markdown) or 'path'", Refused("check_report", new { }), StringComparison.Ordinal);
        Assert.Contains("not both", Refused("check_report", new { text = "x", path = "status.md" }), StringComparison.Ordinal);
        Assert.Contains("unknown argument 'paht'", Refused("check_report", new { paht = "status.md" }), StringComparison.Ordinal);
        Assert.Contains("'text' must be a string", Refused("check_report", new { text = 42 }), StringComparison.Ordinal);
        Assert.Contains("'write' must be true or false", Refused("fix_report", new { path = "status.md", write = "yes" }), StringComparison.Ordinal);
        Assert.Contains("which is no rule", Refused("fix_report", new { text = "x", rules = new[] { "RL9999" } }), StringComparison.Ordinal);
        Assert.Contains("no rule 'RL9999'", Refused("explain_rule", new { rule = "RL9999" }), StringComparison.Ordinal);
        Assert.Contains("'rule' is required", Refused("explain_rule", new { }), StringComparison.Ordinal);
        Assert.Contains("no tool 'lint'", Refused("lint", new { }), StringComparison.Ordinal);
        Assert.Contains("no resource", Assert.Throws<McpProtocolException>(() => _tools.ReadResource("reportlint://rules/RL9999")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_rule_and_the_resources_give_the_rule_pages_and_list_rules_every_rule()
    {
        var page = Assert.IsType<TextContentBlock>(Assert.Single(_tools.Call("explain_rule", new Dictionary<string, JsonElement> { ["rule"] = JsonSerializer.SerializeToElement("total-mismatch") }).Content));
        Assert.StartsWith("# RL2001: A total differs from the sum of its parts", page.Text, StringComparison.Ordinal);
        Resource resource = Assert.Single(_tools.Resources, r => r.Uri == "reportlint://rules/RL2001");
        Assert.Equal("text/markdown", resource.MimeType);
        var contents = Assert.IsType<TextResourceContents>(Assert.Single(_tools.ReadResource(resource.Uri).Contents));
        Assert.Equal(page.Text, contents.Text);

        JsonElement rules = Call("list_rules", new { }).GetProperty("rules");
        Assert.Equal(ReportLint.Rules.BuiltInRules.Descriptors.Select(d => d.Id).Distinct().Order(StringComparer.Ordinal), rules.EnumerateArray().Select(r => r.GetProperty("id").GetString()!).Order(StringComparer.Ordinal));
        Assert.True(rules.EnumerateArray().Single(r => r.GetProperty("id").GetString() == "RL2001").GetProperty("fixable").GetBoolean());
        Assert.All(_tools.Tools, t => Assert.Equal(JsonValueKind.Object, t.InputSchema.ValueKind));
    }
}
