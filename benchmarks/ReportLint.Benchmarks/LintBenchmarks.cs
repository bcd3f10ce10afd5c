using BenchmarkDotNet.Attributes;
using Markdig;
using ReportLint.Rules;
using ReportLint.Syntax;

namespace ReportLint.Benchmarks;

/// <summary>The full lint of generated status reports beside the baseline: a Markdig parse of the same text with the same pipeline.</summary>
[MemoryDiagnoser]
public class LintBenchmarks
{
    private string _text = string.Empty;
    private ReportLinter _linter = null!;

    [Params(10 * 1024, 1024 * 1024, 10 * 1024 * 1024)]
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
