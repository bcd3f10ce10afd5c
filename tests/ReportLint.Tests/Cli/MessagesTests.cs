using System.Text;
using ReportLint.Cli;

namespace ReportLint.Tests.Cli;

/// <summary>Issue 52: the messages a user reads (summary grammar, configuration errors, carets under wide text).</summary>
public sealed class MessagesTests : IDisposable
{
    private const string Residue = "Updated $(date)\n";

    private readonly string _dir = Directory.CreateTempSubdirectory("reportlint-messages-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = Program.Run(args, output, error);
        return (code, output.ToString().Replace("\r\n", "\n", StringComparison.Ordinal), error.ToString());
    }

    private string Write(string name, string text)
    {
        string path = Path.Combine(_dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    [Fact]
    public void A_configuration_file_with_findings_is_counted_among_the_files_checked()
    {
        string config = Write(".reportlint.json", """{ "RL9999": true }""");
        string report = Write("r.md", Residue);
        (int code, string output, _) = Run("check", report);
        Assert.Equal(1, code);
        Assert.Equal(
            $"{config}(1,3): warning RL0002: Unknown rule 'RL9999'; 'reportlint rules' lists the IDs and aliases.\n" +
            $"{report}(1,9): warning RL4003: Template residue '$(date)': a command substitution that was never run\n" +
            "1 file and 1 configuration file checked: 2 warnings in 2 files.\n",
            output);
    }

    [Fact]
    public void The_summary_calls_info_findings_info_as_their_lines_do()
    {
        Write(".reportlint.json", """{ "RL4003": "info" }""");
        string report = Write("r.md", Residue + "Owner: [your-email@domain.com]\n");
        (int code, string output, _) = Run("check", report);
        Assert.Equal(0, code);
        Assert.Equal(
            $"{report}(1,9): info RL4003: Template residue '$(date)': a command substitution that was never run\n" +
            $"{report}(2,8): info RL4003: Template residue '[your-email@domain.com]': a placeholder e-mail address\n" +
            "1 file checked: 2 info in 1 file.\n",
            output);
    }

    [Theory]
    [InlineData("{\n  \"RL4003\": \"error\"\n  \"RL4001\": false\n}\n", 3, 3, "A comma is missing before this.")]
    [InlineData("{ \"RL4003\": \"error\" }}\n", 1, 22, "There is more after the end of the configuration's object: an extra '}', or a second value.")]
    [InlineData("{ \"RL4003\": { \"severity\": \"error\" }\n", 2, 1, "The file ends before every '{' and '[' is closed: a '}' or ']' is missing.")]
    [InlineData("{ 'RL4003': \"error\" }", 1, 3, "Strings and names take double quotes (\"), not single quotes.")]
    [InlineData("{ \"RL4003\" \"error\" }", 1, 12, "A ':' is missing after the property name.")]
    [InlineData("{ RL4003: \"error\" }", 1, 3, "A property name in double quotes is expected here.")]
    [InlineData("{ \"RL4003\": ] }", 1, 13, "This ']' does not close the '{' opened before it.")]
    [InlineData("{ \"RL4003\": }", 1, 13, "A value is expected before this closing bracket.")]
    [InlineData("", 1, 1, "The file is empty: a configuration is an object, { … }.")]
    // Columns count characters, not bytes: "é" is two bytes.
    [InlineData("{ \"é\": 1, \"RL4003\": \"error\" \"RL4001\": false }", 1, 29, "A comma is missing before this.")]
    public void Invalid_json_in_a_configuration_is_explained_at_its_line_and_column(string json, int line, int column, string message)
    {
        string config = Write(".reportlint.json", json);
        string report = Write("r.md", Residue);
        (_, string output, _) = Run("check", report);
        Assert.StartsWith($"{config}({line},{column}): warning RL0002: Invalid JSON: {message}\n", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Expected", output, StringComparison.Ordinal);
        Assert.DoesNotContain("BytePositionInLine", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ \"RL4004.tolerance_percent\": 10 }", "'RL4004.tolerance_percent': options go inside their rule's object: \"RL4004\": { \"tolerance_percent\": … }.")]
    [InlineData("{ \"RL4004.tolerence_percent\": 10 }", "'RL4004.tolerence_percent': RL4004 has no option 'tolerence_percent' (it has: tolerance_percent).")]
    [InlineData("{ \"tolerance_percent\": 10 }", "'tolerance_percent' is an option of RL4004, not a rule: write it inside the rule's object, \"RL4004\": { \"tolerance_percent\": … }.")]
    [InlineData("{ \"RL4004\": { \"tolerence_percent\": 10 } }", "RL4004 has no option 'tolerence_percent' (it has: tolerance_percent).")]
    public void A_mistyped_or_misplaced_option_is_reported_as_an_option_of_its_rule(string json, string message)
    {
        string config = Write(".reportlint.json", json);
        string report = Write("r.md", Residue);
        (_, string output, _) = Run("check", report);
        Assert.Contains($": warning RL0002: {message}\n", output, StringComparison.Ordinal);
        Assert.StartsWith(config, output, StringComparison.Ordinal);
        Assert.DoesNotContain("Unknown rule", output, StringComparison.Ordinal);
    }

    [Theory]
    // Five CJK characters take ten columns; the caret starts under '$', seven columns wide.
    [InlineData("更新日期：$(date)\n", 10, 7)]
    // An emoji takes two columns, a combining accent none.
    [InlineData("✅ Mise à jour e\u0301 $(date)\n", 17, 7)]
    [InlineData("Updated $(date)\n", 8, 7)]
    public void Carets_sit_under_the_span_in_display_columns(string text, int indent, int width)
    {
        string report = Write("r.md", text);
        (_, string output, _) = Run("check", "--format", "text", report);
        string[] lines = output.Split('\n');
        int caret = Array.FindIndex(lines, l => l.StartsWith("      | ", StringComparison.Ordinal) && l.Contains('^', StringComparison.Ordinal));
        Assert.True(caret > 0, output);
        Assert.Equal("      | " + new string(' ', indent) + new string('^', width), lines[caret]);
    }
}
