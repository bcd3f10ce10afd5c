using ReportLint.Rules;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Acceptance;

/// <summary>
/// The reference seeds beside the clone (../shared/seeds): the defects the catalogue lists for the rules that
/// exist are found at the lines it names, and no seed makes a rule crash. CI always has the seeds; a clone
/// without them skips these tests visibly (and fails under CI=true).
/// </summary>
public class SeedTests
{

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
        { "000_5af448552cba9870.txt", 17, "RL1001" },
        { "000_5af448552cba9870.txt", 18, "RL1001" },
        { "000_5af448552cba9870.txt", 19, "RL1001" },
        { "000_5af448552cba9870.txt", 20, "RL1001" },
        { "002_166a22255b657b55.txt", 22, "RL1001" },
        { "000_5af448552cba9870.txt", 504, "RL1002" },
        { "000_5af448552cba9870.txt", 512, "RL1002" },
        { "003_9bac93d86e2aca57.txt", 311, "RL1002" },
        { "003_9bac93d86e2aca57.txt", 316, "RL1002" },
        { "003_9bac93d86e2aca57.txt", 326, "RL1002" },
        { "003_9bac93d86e2aca57.txt", 395, "RL1002" },
        { "003_9bac93d86e2aca57.txt", 396, "RL1002" },
        { "001_2b0c3775f9846594.txt", 18, "RL1003" },
        { "001_2b0c3775f9846594.txt", 206, "RL1003" },
        { "000_5af448552cba9870.txt", 497, "RL2001" },
        { "003_9bac93d86e2aca57.txt", 345, "RL2002" },
        { "004_52759cd217382cf5.txt", 383, "RL2003" },
        { "004_52759cd217382cf5.txt", 6, "RL2003" },
        { "001_2b0c3775f9846594.txt", 127, "RL2004" },
        { "004_52759cd217382cf5.txt", 552, "RL3001" },
        { "003_9bac93d86e2aca57.txt", 357, "RL3002" },
        { "004_52759cd217382cf5.txt", 379, "RL3002" },
        { "004_52759cd217382cf5.txt", 308, "RL3003" },
        { "000_5af448552cba9870.txt", 4, "RL3003" },
        { "003_9bac93d86e2aca57.txt", 344, "RL3004" },
        { "003_9bac93d86e2aca57.txt", 361, "RL3004" },
        { "003_9bac93d86e2aca57.txt", 369, "RL3004" },
        { "003_9bac93d86e2aca57.txt", 408, "RL3004" },
        { "003_9bac93d86e2aca57.txt", 361, "RL3005" },
        { "003_9bac93d86e2aca57.txt", 408, "RL3005" },
        { "002_166a22255b657b55.txt", 5, "RL3006" },
        { "004_52759cd217382cf5.txt", 427, "RL3006" },
    };

    [SharedTheory("seeds")]
    [MemberData(nameof(ExpectedFindings))]
    public void Reports_the_catalogued_seed_defect(string file, int line, string id)
    {
        LintResult result = BuiltInRules.CreateLinter().LintFile(Path.Combine(Repo.RequireShared("seeds"), file));
        Assert.True(result.Diagnostics.Any(d => d.Id == id && d.Line == line),
            $"{id} expected at {file}:{line}; found:\n" + string.Join("\n", result.Diagnostics.Where(d => d.Id != "RL4001").Select(d => d.ToString())));
    }

    [SharedFact("seeds")]
    public void Every_seed_lints_without_a_crash_and_the_clean_seed_has_no_mojibake()
    {
        ReportLinter linter = BuiltInRules.CreateLinter();
        string[] files = Directory.GetFiles(Repo.RequireShared("seeds"), "*.txt").Order(StringComparer.Ordinal).ToArray();
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

/// <summary>Issue 4's acceptance: fixing copies of the mangled seeds restores them, and a second run changes nothing.</summary>
#if !NETSTANDARD_ENGINE // drives the CLI, which is built for net10.0 only
public sealed class SeedFixTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("reportlint-seeds-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [SharedFact("seeds")]
    public void Fixing_the_seeds_repairs_the_mojibake_and_converges()
    {
        string seeds = Repo.RequireShared("seeds");

        foreach (string file in Directory.GetFiles(seeds, "*.txt"))
        {
            File.WriteAllBytes(Path.Combine(_dir, Path.GetFileName(file)), File.ReadAllBytes(file));
        }

        var output = new StringWriter();
        Assert.Equal(1, ReportLint.Cli.Program.Run(["fix", _dir], output, new StringWriter()));
        string Read(string name) => File.ReadAllText(Path.Combine(_dir, name));
        string[] seed000 = Read("000_5af448552cba9870.txt").Split('\n');
        Assert.Equal("# 🏆 PIVORI STUDIO - PROJECT COMPLETION REPORT", seed000[0]);
        Assert.Equal("### Phase 1: Priorité Critique (7.5h) - ✅ COMPLÈTE", seed000[69]);
        Assert.Equal("- **644 Unit Tests**: 644/644 passed", seed000[16]);
        Assert.Equal(40, Read("004_52759cd217382cf5.txt").Split('⏳').Length - 1);

        ReportLinter linter = BuiltInRules.CreateLinter();
        foreach (string file in Directory.GetFiles(_dir))
        {
            var diagnostics = linter.LintFile(file).Diagnostics;
            Assert.DoesNotContain(diagnostics, d => d.Id == "RL4001");
            var lost = diagnostics.Where(d => d.Id == "RL4002").Select(d => $"{Path.GetFileName(file)}:{d.Line}");
            Assert.Equal(Path.GetFileName(file).StartsWith("001", StringComparison.Ordinal) ? ["001_2b0c3775f9846594.txt:23"] : [], lost);
        }

        var before = Directory.GetFiles(_dir).ToDictionary(f => f, File.ReadAllBytes);
        var second = new StringWriter();
        ReportLint.Cli.Program.Run(["fix", _dir], second, new StringWriter());
        Assert.Contains(": 0 fixes applied to 0 files;", second.ToString(), StringComparison.Ordinal);
        Assert.All(before, pair => Assert.Equal(pair.Value, File.ReadAllBytes(pair.Key)));
    }
}
#endif
