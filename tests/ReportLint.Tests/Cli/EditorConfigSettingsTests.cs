using ReportLint.Cli;

namespace ReportLint.Tests.Cli;

/// <summary>Severities from <c>.editorconfig</c> in the forms users write, end to end through <c>reportlint check</c>.</summary>
public sealed class EditorConfigSettingsTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("reportlint-editorconfig-").FullName;

    public EditorConfigSettingsTests() => Directory.CreateDirectory(Path.Combine(_root, ".git"));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData("[*.md]", "dotnet_diagnostic.RL4003.severity = error")]
    [InlineData("[*.md]", "dotnet_diagnostic.RL4003.severity : error")]
    [InlineData("[*.md]", "dotnet_diagnostic.RL4003.severity: error")]
    [InlineData("[*.md] # reports", "dotnet_diagnostic.RL4003.severity = error")]
    [InlineData("[*.md] ; reports", "dotnet_diagnostic.RL4003.severity = error")]
    [InlineData("[{*.md,*.markdown}]", "dotnet_diagnostic.RL4003.severity = error")]
    [InlineData("[report-{1..3}.md]", "dotnet_diagnostic.RL4003.severity = error")]
    [InlineData("[docs/**/*.md]", "dotnet_diagnostic.RL4003.severity = error")]
    [InlineData("[/docs/*.md]", "dotnet_diagnostic.RL4003.severity = error")]
    public void Reads_the_forms_users_write(string section, string setting)
    {
        Write(".editorconfig", $"root = true\n\n{section}\n{setting}\n");
        string report = Write("docs/report-2.md", "Deployed on $(date).\n");
        (_, string output, _) = Run("check", report);
        Assert.Equal($"{report}(1,13): error RL4003: Template residue '$(date)': a command substitution that was never run\n1 file checked: 1 error in 1 file.\n", output);
    }

    [Theory]
    [InlineData("[report-{1..3}.md]", "report-4.md")]
    [InlineData("[report-{1..3}.md]", "report-02.md")]
    [InlineData("[{*.txt,*.markdown}]", "report.md")]
    [InlineData("[docs/*.md]", "other/docs/report.md")]
    public void A_section_that_does_not_match_leaves_the_default(string section, string name)
    {
        Write(".editorconfig", $"root = true\n\n{section}\ndotnet_diagnostic.RL4003.severity = error\n");
        string report = Write(name, "Deployed on $(date).\n");
        (_, string output, _) = Run("check", report);
        Assert.StartsWith($"{report}(1,13): warning RL4003", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_inline_comment_after_a_value_is_part_of_the_value_and_reported()
    {
        string config = Write(".editorconfig", "root = true\n\n[*.md]\ndotnet_diagnostic.RL4003.severity = error # strict in CI\n");
        string report = Write("r.md", "Deployed on $(date).\n");
        (_, string output, _) = Run("check", report);
        Assert.StartsWith(
            $"{config}(4,1): warning RL0002: 'error # strict in CI' is not a severity for RL4003: EditorConfig has no inline comments, " +
            "so '# strict in CI' is part of the value; put the comment on a line of its own.\n" +
            $"{report}(1,13): warning RL4003",
            output, StringComparison.Ordinal);
    }

    private string Write(string relative, string content)
    {
        string path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = Program.Run(args, output, error);
        return (code, output.ToString().Replace("\r\n", "\n", StringComparison.Ordinal), error.ToString());
    }
}
