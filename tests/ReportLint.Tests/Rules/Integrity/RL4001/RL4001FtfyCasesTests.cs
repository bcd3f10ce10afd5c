using System.Text.Json;
using ReportLint.Tests.Harness;
using Xunit.Abstractions;

namespace ReportLint.Tests.Rules;

/// <summary>
/// ftfy's own test cases (../shared/peers/ftfy, Apache-2.0, read in place and never copied), each written to a file of
/// its own and repaired by <c>reportlint fix --rule RL4001</c>: every correct text ftfy leaves alone must come back
/// unchanged, and at least 90% of the mojibake ftfy repairs must come back exactly as ftfy's encoding repair.
/// </summary>
#if !NETSTANDARD_ENGINE // drives the CLI, which is built for net10.0 only
public sealed class RL4001FtfyCasesTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("reportlint-ftfy-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private sealed record Case(string File, string Label, string Original, string Expected, bool Negative);

    [SharedFact("peers/ftfy")]
    public void Fix_leaves_ftfy_negative_cases_alone_and_repairs_its_mojibake()
    {
        string peers = Repo.RequireShared("peers/ftfy");
        var cases = new List<Case>();
        foreach (string set in new[] { "synthetic", "in-the-wild", "negative", "language-names" })
        {
            using JsonDocument json = JsonDocument.Parse(File.ReadAllText(Path.Combine(peers, set + ".json")));
            int i = 0;
            foreach (JsonElement c in json.RootElement.EnumerateArray())
            {
                string label = c.GetProperty("label").GetString()!;
                string original = c.GetProperty("original").GetString()!;
                string expected = (c.TryGetProperty("fixed-encoding", out JsonElement e) ? e : c.GetProperty("fixed")).GetString()!;
                Assert.Equal("pass", c.GetProperty("expect").GetString());
                // "Sort of negative" expects a change (a C1 control read as Windows-1252): counted with the repairs.
                cases.Add(new Case($"{set}-{i++:D3}.md", $"{set}: {label}", original, expected, expected == original));
            }
        }

        foreach (Case c in cases)
        {
            File.WriteAllText(Path.Combine(_dir, c.File), c.Original);
        }

        ReportLint.Cli.Program.Run(["fix", "--rule", "RL4001", _dir], new StringWriter(), new StringWriter());

        var changedNegatives = new List<string>();
        var missed = new List<string>();
        foreach (Case c in cases)
        {
            string got = File.ReadAllText(Path.Combine(_dir, c.File));
            if (got == c.Expected)
            {
                continue;
            }

            (c.Negative ? changedNegatives : missed).Add($"{c.Label}\n    in:  {c.Original}\n    exp: {c.Expected}\n    got: {got}");
        }

        int negatives = cases.Count(c => c.Negative), repairs = cases.Count - negatives;
        output.WriteLine($"correct texts left alone: {negatives - changedNegatives.Count}/{negatives}; mojibake repaired exactly: {repairs - missed.Count}/{repairs}");
        missed.ForEach(output.WriteLine);
        Assert.True(negatives >= 45, $"only {negatives} negative cases read");
        Assert.True(changedNegatives.Count == 0, "correct text changed:\n" + string.Join("\n", changedNegatives));
        Assert.True(missed.Count * 10 <= repairs, $"{missed.Count} of {repairs} mojibake cases not repaired exactly:\n" + string.Join("\n", missed));
    }
}
#endif
