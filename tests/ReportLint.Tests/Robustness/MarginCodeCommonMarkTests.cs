using ReportLint.Tests.Core;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Robustness;

/// <summary>
/// The raw reading of code at the margin (<c>MarginCode</c>, issue 51) held to the parse on the CommonMark spec's
/// examples, each with a variable put in turn at the start and at the end of each of its lines.
/// </summary>
public class MarginCodeCommonMarkTests
{
    [SkippableFact]
    public void Never_calls_code_what_the_parse_does_not_in_the_CommonMark_examples()
    {
        string? spec = Environment.GetEnvironmentVariable("REPORTLINT_COMMONMARK_SPEC");
        bool found = spec is not null && File.Exists(spec);
        Assert.False(Repo.OnCi && !found, "CI must set REPORTLINT_COMMONMARK_SPEC to the spec.txt of the npm package commonmark-spec");
        Skip.IfNot(found, "REPORTLINT_COMMONMARK_SPEC is not set: tests/commonmark-spec.sh installs the spec");
        string[] examples = FuzzInputs.CommonMarkExamples(File.ReadAllText(spec!));
        Assert.True(examples.Length > 600, $"only {examples.Length} examples read from {spec}");

        // Each example with a variable put at the start, then at the end, of each of its lines in turn.
        int read = 0;
        foreach (string example in examples)
        {
            string[] lines = example.Split('\n');
            for (int k = 0; k < lines.Length; k++)
            {
                foreach (bool atEnd in (bool[])[false, true])
                {
                    string[] marked = (string[])lines.Clone();
                    marked[k] = atEnd ? marked[k] + "${X}" : "${X}" + marked[k];
                    read += MarginCodeTests.CheckAgainstParse(string.Join("\n", marked), "a CommonMark example") >= 0 ? 1 : 0;
                }
            }
        }

        Assert.True(read > 2_000, $"only {read} marked examples read surely");
    }
}
