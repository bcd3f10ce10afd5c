using BenchmarkDotNet.Attributes;
using Markdig;
using ReportLint.Rules;
using ReportLint.Syntax;

namespace ReportLint.Benchmarks;

/// <summary>
/// The full lint of generated status reports beside the baseline: a Markdig parse of the same text with the same
/// pipeline (issue 7, target 1: at most 1.3x in time and allocations). 50 MB runs take tens of seconds per
/// operation, so this class runs one warm-up and three measured iterations.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class LintBenchmarks
{
    private string _text = string.Empty;
    private ReportLinter _linter = null!;

    [Params(10 * 1024, 1024 * 1024, 50 * 1024 * 1024)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = ReportGenerator.Generate(Size);
        _linter = BuiltInRules.CreateLinter();
        int count = _linter.Lint(_text).Diagnostics.Length;
        if (count == 0)
        {
            throw new InvalidOperationException("The generated report raised no diagnostic: a broken rule must not look fast.");
        }
    }

    [Benchmark(Baseline = true)]
    public object MarkdigParseOnly() => Markdown.Parse(_text, MarkdownSyntax.Pipeline);

    [Benchmark]
    public int FullLint() => _linter.Lint(_text).Diagnostics.Length;
}
