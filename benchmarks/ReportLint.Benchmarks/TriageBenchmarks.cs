using BenchmarkDotNet.Attributes;
using Markdig;
using ReportLint.Rules;
using ReportLint.Syntax;
using ReportLint.Tests.Harness;

namespace ReportLint.Benchmarks;

/// <summary>
/// Ordinary documentation, where triage matters: every page of <c>../shared/corpus/docs</c> (about 4 MB, 370
/// pages that are not status reports) linted with triage on and off, beside a Markdig parse of every page. The
/// setup requires identical diagnostics both ways (TriageTests checks the same on every file).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class TriageBenchmarks
{
    private string[] _pages = [];
    private ReportLinter _triage = null!;
    private ReportLinter _noTriage = null!;

    [GlobalSetup]
    public void Setup()
    {
        string corpus = FindCorpus();
        _pages = Directory.GetFiles(corpus, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        _triage = BuiltInRules.CreateLinter(triage: true);
        _noTriage = BuiltInRules.CreateLinter(triage: false);
        string on = string.Join("\n", _pages.SelectMany(p => _triage.Lint(p).Diagnostics.Select(d => d.ToString())));
        string off = string.Join("\n", _pages.SelectMany(p => _noTriage.Lint(p).Diagnostics.Select(d => d.ToString())));
        if (on != off)
        {
            throw new InvalidOperationException("Triage changed the results on the corpus.");
        }
    }

    [Benchmark(Baseline = true)]
    public int MarkdigParseOnly()
    {
        int blocks = 0;
        foreach (string page in _pages)
        {
            blocks += Markdown.Parse(page, MarkdownSyntax.Pipeline).Count;
        }

        return blocks;
    }

    [Benchmark]
    public int LintWithTriage() => _pages.Sum(p => _triage.Lint(p).Diagnostics.Length);

    [Benchmark]
    public int LintWithoutTriage() => _pages.Sum(p => _noTriage.Lint(p).Diagnostics.Length);

    private static string FindCorpus() =>
        Repo.Shared is { } shared && Directory.Exists(Path.Combine(shared, "corpus", "docs"))
            ? Path.Combine(shared, "corpus", "docs")
            : throw new InvalidOperationException("TriageBenchmarks needs ../shared/corpus/docs beside the clone.");
}
