using System.Globalization;
using System.Text;
using ReportLint.Rules;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Acceptance;

/// <summary>
/// Issue 20 on the seeds (copies in a temporary folder; the seeds are never edited): <c>fix --rule RL4001</c> changes
/// exactly the lines <c>check</c> reports as RL4001, rebuilds lost bytes into no private-use character, and puts
/// the variation selector back after an emoji.
/// </summary>
#if !NETSTANDARD_ENGINE // drives the CLI, which is built for net10.0 only
public sealed class SeedMojibakeTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("reportlint-seeds-enc-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [SharedFact("seeds")]
    public void Fix_changes_exactly_the_lines_check_reports_and_invents_no_private_use_character()
    {
        string seeds = Repo.RequireShared("seeds");
        ReportLinter linter = BuiltInRules.CreateLinter();
        var reported = new Dictionary<string, SortedSet<int>>();
        foreach (string file in Directory.GetFiles(seeds, "*.txt"))
        {
            string name = Path.GetFileName(file);
            File.WriteAllBytes(Path.Combine(_dir, name), File.ReadAllBytes(file));
            reported[name] = new SortedSet<int>(linter.LintFile(file).Diagnostics.Where(d => d.Id == "RL4001").Select(d => d.Line));
        }

        ReportLint.Cli.Program.Run(["fix", "--rule", "RL4001", _dir], new StringWriter(), new StringWriter());

        foreach ((string name, SortedSet<int> lines) in reported)
        {
            string[] before = File.ReadAllText(Path.Combine(seeds, name)).Split('\n');
            string after = File.ReadAllText(Path.Combine(_dir, name));
            string[] afterLines = after.Split('\n');
            Assert.Equal(before.Length, afterLines.Length);
            var changed = new SortedSet<int>(Enumerable.Range(0, before.Length).Where(i => before[i] != afterLines[i]).Select(i => i + 1));
            Assert.True(changed.SetEquals(lines), $"{name}: changed but not reported: {string.Join(", ", changed.Except(lines))}; reported but not changed: {string.Join(", ", lines.Except(changed))}");
            var privateUse = after.EnumerateRunes().Where(r => Rune.GetUnicodeCategory(r) == UnicodeCategory.PrivateUse).Select(r => $"U+{r.Value:X4}");
            Assert.True(!privateUse.Any(), $"{name} holds {string.Join(", ", privateUse)}");
        }

        Assert.Equal("## 🏗\uFE0F ARCHITECTURE", File.ReadAllText(Path.Combine(_dir, "000_5af448552cba9870.txt")).Split('\n')[141]);
        Assert.Equal(920, reported.Values.Sum(l => l.Count));
    }

    [SharedFact("seeds")]
    public void The_replacement_characters_hidden_in_mojibake_are_reported_before_the_fix()
    {
        string seeds = Repo.RequireShared("seeds");
        var lost = BuiltInRules.CreateLinter().LintFile(Path.Combine(seeds, "001_2b0c3775f9846594.txt")).Diagnostics.Where(d => d.Id == "RL4002");
        Assert.Equal([(23, 66)], lost.Select(d => (d.Line, d.Column)));
    }
}
#endif
