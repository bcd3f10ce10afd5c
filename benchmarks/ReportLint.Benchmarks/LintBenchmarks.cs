using BenchmarkDotNet.Attributes;
using Markdig;
using ReportLint.Rules;
using ReportLint.Syntax;

namespace ReportLint.Benchmarks;

/// <summary>
/// The full lint of generated status reports beside the baseline: a Markdig parse of the same text with the same
/// extensions (issue 7, target 1: at most 1.3x in time and allocations), and of a generated table-heavy page of 1 MB
/// (issue 51: <see cref="TableReportGenerator"/>, the shape of the slowest pages of ordinary documentation). 50 MB runs
/// take tens of seconds per operation, so this class runs one warm-up and three measured iterations by default.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class LintBenchmarks
{
    private string _text = string.Empty;
    private ReportLinter _linter = null!;

    /// <summary>The generated status report of 10 KB, 1 MB and 50 MB, and the table-heavy page of 1 MB.</summary>
    [Params("report-10KB", "report-1MB", "report-50MB", "tables-1MB")]
    public string Input { get; set; } = "report-1MB";

    [GlobalSetup]
    public void Setup()
    {
        _linter = BuiltInRules.CreateLinter();
        int size = Input[(Input.IndexOf('-', StringComparison.Ordinal) + 1)..] switch
        {
            "10KB" => 10 * 1024,
            "1MB" => 1024 * 1024,
            "50MB" => 50 * 1024 * 1024,
            _ => throw new InvalidOperationException($"unknown input {Input}"),
        };
        if (Input.StartsWith("tables", StringComparison.Ordinal))
        {
            _text = TableReportGenerator.Generate(size);
            if (_linter.Lint(_text).Diagnostics.Length != 0)
            {
                throw new InvalidOperationException("The table-heavy page raised a diagnostic: it is meant to be ordinary documentation.");
            }

            return;
        }

        _text = ReportGenerator.Generate(size);
        int count = _linter.Lint(_text).Diagnostics.Length;
        if (count == 0)
        {
            throw new InvalidOperationException("The generated report raised no diagnostic: a broken rule must not look fast.");
        }
    }

    /// <summary>
    /// The baseline: Markdig's parse of the text with the extensions the lint uses, every table read by Markdig's
    /// pipe-table extension (<see cref="MarkdownSyntax.StockPipeline"/>), the parse any tool built on Markdig makes.
    /// </summary>
    [Benchmark(Baseline = true)]
    public object MarkdigParseOnly() => Markdown.Parse(_text, MarkdownSyntax.StockPipeline);

    /// <summary>
    /// The lint's own parse (<see cref="MarkdownSyntax.Pipeline"/>): the same tree, its plain tables read at block time
    /// by <c>PlainTableParser</c>. Part of <see cref="FullLint"/>; shown apart so the lint's cost over its own parse is seen.
    /// </summary>
    [Benchmark]
    public object ReportLintParse() => Markdown.Parse(_text, MarkdownSyntax.Pipeline);

    [Benchmark]
    public int FullLint() => _linter.Lint(_text).Diagnostics.Length;
}
