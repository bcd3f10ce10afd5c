using ReportLint.Rules;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Acceptance;

/// <summary>
/// The reference seeds beside the clone (../shared/seeds): the defects the catalogue lists for the rules that
/// exist are found at the lines it names, and no seed makes a rule crash. CI always has the seeds; a clone
/// without them has nothing to check here.
/// </summary>
public class SeedTests
{
    private static readonly string? Seeds = Repo.Shared is { } shared ? Path.Combine(shared, "seeds") : null;

    public static TheoryData<string, int, string> ExpectedFindings() => new()
    {
        { "000_5af448552cba9870.txt", 77, "RL2001" },
        { "000_5af448552cba9870.txt", 70, "RL2001" },
        { "002_166a22255b657b55.txt", 62, "RL3001" },
        { "002_166a22255b657b55.txt", 63, "RL3001" },
        { "002_166a22255b657b55.txt", 245, "RL4003" },
        { "002_166a22255b657b55.txt", 280, "RL4003" },
        { "000_5af448552cba9870.txt", 457, "RL4003" },
        { "000_5af448552cba9870.txt", 1, "RL4001" },
        { "001_2b0c3775f9846594.txt", 23, "RL4001" },
        { "003_9bac93d86e2aca57.txt", 357, "RL4001" },
        { "004_52759cd217382cf5.txt", 552, "RL4001" },
    };

    [Theory]
    [MemberData(nameof(ExpectedFindings))]
    public void Reports_the_catalogued_seed_defect(string file, int line, string id)
    {
        if (Seeds is null || !Directory.Exists(Seeds))
        {
            return;
        }

        LintResult result = BuiltInRules.CreateLinter().LintFile(Path.Combine(Seeds, file));
        Assert.True(result.Diagnostics.Any(d => d.Id == id && d.Line == line),
            $"{id} expected at {file}:{line}; found:\n" + string.Join("\n", result.Diagnostics.Where(d => d.Id != "RL4001").Select(d => d.ToString())));
    }

    [Fact]
    public void Every_seed_lints_without_a_crash_and_the_clean_seed_has_no_mojibake()
    {
        if (Seeds is null || !Directory.Exists(Seeds))
        {
            return;
        }

        ReportLinter linter = BuiltInRules.CreateLinter();
        string[] files = Directory.GetFiles(Seeds, "*.txt").Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(5, files.Length);
        foreach (string file in files)
        {
            LintResult result = linter.LintFile(file);
            Assert.DoesNotContain(result.Diagnostics, d => d.Id == "RL0001");
            bool mangled = !Path.GetFileName(file).StartsWith("002", StringComparison.Ordinal);
            Assert.Equal(mangled, result.Diagnostics.Any(d => d.Id == "RL4001"));
        }
    }

    [Fact]
    public void The_project_own_docs_and_readme_raise_nothing()
    {
        ReportLinter linter = BuiltInRules.CreateLinter();
        var files = Directory.GetFiles(Repo.Path("docs"), "*.md", SearchOption.AllDirectories).Append(Repo.Path("README.md"));
        foreach (string file in files)
        {
            Assert.Empty(linter.LintFile(file).Diagnostics);
        }
    }
}
