using System.Diagnostics;
using ReportLint.Tests.Harness;
using Xunit.Abstractions;

namespace ReportLint.Tests.Robustness;

/// <summary>
/// The fuzz run of issue 21, one test per kind of input, from a fixed seed. In the unit suite each kind runs a few
/// thousand inputs; <c>REPORTLINT_FUZZ_INPUTS</c> sets the total over the five kinds (CI runs a million, see
/// <c>tests/fuzz.sh</c>), <c>REPORTLINT_FUZZ_SEED</c> another seed for a longer campaign. Every input is linted and,
/// when it has fixes, fixed twice (idempotence, bytes written back); one in eight also has its fix passes replayed
/// edit by edit and each rule fixed alone.
/// </summary>
[Trait("Category", "Fuzz")]
public sealed class FuzzTests(ITestOutputHelper output)
{
    private static readonly int Seed = int.TryParse(Environment.GetEnvironmentVariable("REPORTLINT_FUZZ_SEED"), out int seed) ? seed : 21;

    private static readonly long Total = long.TryParse(Environment.GetEnvironmentVariable("REPORTLINT_FUZZ_INPUTS"), out long total) ? total : 4_000;

    private static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    // Shares of the total: random bytes are the cheapest, the spec examples the fewest.
    private static long Share(int percent) => Total * percent / 100;

    [Fact]
    public void Random_bytes_never_crash_and_fix_safely() =>
        Run("random bytes", Share(38), (rng, _) => (FuzzInputs.RandomBytes(rng), "random bytes"));

    // Issue 50: blocks opened off the margin, glued list markers, values on the line after their key.
    [Fact]
    public void Generated_layouts_never_crash_and_fix_safely() =>
        Run("layouts", Share(12), (rng, i) =>
        {
            Fuzzer.Form form = (Fuzzer.Form)(i % 5);
            return (Fuzzer.Encode(FuzzInputs.Layout(rng), form), $"the layout generator ({form})");
        });

    [Fact]
    public void Generated_reports_never_crash_and_fix_safely() =>
        Run("report grammar", Share(22), (rng, i) =>
        {
            Fuzzer.Form form = (Fuzzer.Form)(i % 5);
            bool dense = i % 3 == 0;
            return (Fuzzer.Encode(dense ? FuzzInputs.Dense(rng) : FuzzInputs.Grammar(rng), form), $"the report grammar ({(dense ? "dense lines, " : "")}{form})");
        });

    [SkippableFact]
    public void Mutated_seeds_and_examples_never_crash_and_fix_safely()
    {
        var sources = Directory.GetFiles(Repo.Path("examples"), "*.md").ToList();
        if (Repo.Shared is { } shared)
        {
            sources.AddRange(Directory.GetFiles(Path.Combine(shared, "seeds"), "*.txt"));
        }
        else
        {
            Assert.False(InCi, "CI must have ../shared/seeds beside the clone");
        }

        Skip.If(Repo.Shared is null, "../shared is not beside the clone: the seeds are not mutated (the examples are)");
        (string Name, string Text)[] texts = sources.Order(StringComparer.Ordinal).Select(p => (Path.GetFileName(p), File.ReadAllText(p))).ToArray();
        Run("mutations", Share(13), (rng, i) =>
        {
            (string name, string text) = texts[i % texts.Length];
            Fuzzer.Form form = (Fuzzer.Form)(i / texts.Length % 5);
            return (Fuzzer.Encode(FuzzInputs.Mutate(rng, text), form), $"a mutation of {name} ({form})");
        });
    }

    [SkippableFact]
    public void CommonMark_spec_examples_never_crash_and_fix_safely()
    {
        string? spec = Environment.GetEnvironmentVariable("REPORTLINT_COMMONMARK_SPEC");
        bool found = spec is not null && File.Exists(spec);
        Assert.False(InCi && !found, "CI must set REPORTLINT_COMMONMARK_SPEC to the spec.txt of the npm package commonmark-spec (tests/fuzz.sh does)");
        Skip.IfNot(found, "REPORTLINT_COMMONMARK_SPEC is not set: tests/fuzz.sh installs the CommonMark spec and runs this test");
        string[] examples = FuzzInputs.CommonMarkExamples(File.ReadAllText(spec!));
        Assert.True(examples.Length > 600, $"only {examples.Length} examples read from {spec}");

        // Each example as it is in every byte form, then mutated.
        Run("CommonMark spec", Math.Max(Share(15), examples.Length * 5L), (rng, i) =>
        {
            string example = examples[i % examples.Length];
            Fuzzer.Form form = (Fuzzer.Form)(i / examples.Length % 5);
            bool mutate = i >= examples.Length * 5L;
            return (Fuzzer.Encode(mutate ? FuzzInputs.Mutate(rng, example) : example, form),
                $"CommonMark example {i % examples.Length + 1}{(mutate ? " mutated" : "")} ({form})");
        });
    }

    // HashCode.Combine is randomised per process; this is not (FNV-1a over the kind, the seed and the index).
    private static int StableSeed(string kind, long index)
    {
        uint h = 2166136261;
        foreach (char c in kind)
        {
            h = (h ^ c) * 16777619;
        }

        foreach (long part in (long[])[Seed, index])
        {
            for (int b = 0; b < 8; b++)
            {
                h = (h ^ (byte)(part >> (8 * b))) * 16777619;
            }
        }

        return (int)(h & int.MaxValue);
    }

    private void Run(string kind, long count, Func<Random, long, (byte[] Input, string Origin)> generate)
    {
        var fuzzer = new Fuzzer();
        var clock = Stopwatch.StartNew();
        Parallel.For(0L, count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            // One generator per input, seeded from the run's seed and the index: any input can be rebuilt alone.
            var rng = new Random(StableSeed(kind, i));
            (byte[] input, string origin) = generate(rng, i);
            fuzzer.Check(input, origin, thorough: i % 8 == 0, parted: i % 8 == 4);
        });

        string summary = $"fuzz {kind}: {fuzzer.Checked:N0} inputs ({fuzzer.Fixed:N0} fixed) in {clock.Elapsed.TotalSeconds:0.0} s, seed {Seed}, {fuzzer.Failures.Count} kinds of failure";
        output.WriteLine(summary);
        Console.WriteLine(summary);
        Assert.Equal(count, fuzzer.Checked);
        Assert.True(fuzzer.Failures.Count == 0, summary + ":\n" + string.Join("\n", fuzzer.Failures));
    }
}
