using System.Text;
using ReportLint.Cli;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Cli;

public class OutputFormatTests
{
    private const string Report = """
        # Sprint report
        **Date**: 2025-11-08

        | Task | Effort |
        |------|--------|
        | Build | 2h |
        | Deploy | 1h |
        | **Total** | **4h** |

        - **644 Unit Tests**: 100% pass rate
        - Status: âœ… done, updated $(date)
        - Status: enterprise-grade
        """;

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = Program.Run(args, output, error, () => new MemoryStream(Encoding.UTF8.GetBytes(Report)));
        return (code, output.ToString().Replace("\r\n", "\n", StringComparison.Ordinal), error.ToString());
    }

    private static string Normalize(string text) =>
        text.Replace(Program.Version, "<version>", StringComparison.Ordinal)
            .Replace(new Uri(Path.TrimEndingDirectorySeparator(Environment.CurrentDirectory) + Path.DirectorySeparatorChar).AbsoluteUri, "file:///<cwd>/", StringComparison.Ordinal);

    [Theory]
    [InlineData("msbuild")]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("sarif")]
    [InlineData("github")]
    public void Each_format_is_as_approved(string format)
    {
        (int code, string output, string error) = Run("check", "-", "--stdin-path", "reports/sprint.md", "--format", format);
        Assert.Equal((1, ""), (code, error));
        Approvals.Verify(Normalize(output), format);
    }

    [Fact]
    public void Fail_level_decides_the_exit_code()
    {
        Assert.Equal(1, Run("check", "-", "--fail-level", "warning").Code);
        Assert.Equal(0, Run("check", "-", "--fail-level", "error").Code);
        Assert.Equal(0, Run("check", "-", "--fail-level", "none").Code);
        Assert.Equal(2, Run("check", "-", "--fail-level", "loud").Code);
    }

    [Fact]
    public void Output_option_writes_the_report_to_a_file()
    {
        string file = Path.Combine(Path.GetTempPath(), $"reportlint-{Guid.NewGuid():N}.json");
        try
        {
            (int code, string output, _) = Run("check", "-", "--format", "json", "--output", file);
            Assert.Equal((1, ""), (code, output));
            Assert.StartsWith("{\n  \"version\": 1,", File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Stdin_path_is_only_for_standard_input()
    {
        (int code, _, string error) = Run("check", "README.md", "--stdin-path", "x.md");
        Assert.Equal(2, code);
        Assert.Contains("--stdin-path goes with '-'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_lists_every_rule()
    {
        (int code, string output, _) = Run("rules");
        Assert.Equal(0, code);
        Approvals.Verify(output, "rules");
    }

    [Fact]
    public void Explain_prints_the_rule_page_by_id_or_alias()
    {
        (int code, string output, _) = Run("explain", "RL2001");
        Assert.Equal(0, code);
        Assert.Equal(File.ReadAllText(Repo.Path("docs", "rules", "RL2001.md")), output);
        Assert.Equal(output, Run("explain", "total-mismatch").Out);
        (code, _, string error) = Run("explain", "RL9999");
        Assert.Equal(2, code);
        Assert.Contains("no rule 'RL9999'", error, StringComparison.Ordinal);
    }
}
