using BenchmarkDotNet.Attributes;
using ReportLint.Analysis;
using ReportLint.Diagnostics;
using ReportLint.Rules;

namespace ReportLint.Benchmarks;

/// <summary>
/// Each built-in rule alone on the 1 MB generated report, beside an empty-rule baseline: a linter whose only
/// analyzer asks for the tree and does nothing, so the baseline pays the decode, the parse and the walk. The setup
/// checks each rule's diagnostic count against the count it gives today: a rule that silently stops finding
/// things fails the run instead of looking fast.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class RuleBenchmarks
{
    // Diagnostics each rule reports on ReportGenerator.Generate(1 MB, seed 42).
    private static readonly Dictionary<string, int> ExpectedCounts = new(StringComparer.Ordinal)
    {
        ["RL1001"] = 1,
        ["RL2001"] = 820,
        ["RL3001"] = 572,
        ["RL4001"] = 234,
        ["RL4003"] = 656,
    };

    private string _text = string.Empty;
    private ReportLinter _empty = null!;
    private ReportLinter _rule = null!;

    public static IEnumerable<string> RuleIds => BuiltInRules.CreateAnalyzers().Select(a => a.SupportedRules[0].Id);

    [ParamsSource(nameof(RuleIds))]
    public string Rule { get; set; } = "RL2001";

    [GlobalSetup]
    public void Setup()
    {
        _text = ReportGenerator.Generate(1024 * 1024);
        var lexicon = BuiltInRules.LoadLexicon();
        _empty = new ReportLinter([new EmptyAnalyzer()], lexicon: lexicon);
        _rule = new ReportLinter(BuiltInRules.CreateAnalyzers().Where(a => a.SupportedRules[0].Id == Rule), lexicon: lexicon);
        if (_empty.Lint(_text).Diagnostics.Length != 0)
        {
            throw new InvalidOperationException("The empty-rule baseline reported something.");
        }

        int count = _rule.Lint(_text).Diagnostics.Count(d => d.Id == Rule);
        int expected = ExpectedCounts.GetValueOrDefault(Rule);
        if (count != expected)
        {
            throw new InvalidOperationException($"{Rule} reported {count} diagnostics on the 1 MB report; the benchmark expects {expected}.");
        }
    }

    [Benchmark(Baseline = true)]
    public int EmptyRule() => _empty.Lint(_text).Diagnostics.Length;

    [Benchmark]
    public int OneRule() => _rule.Lint(_text).Diagnostics.Length;

    /// <summary>Needs the syntax tree and reports nothing: the cost every rule shares.</summary>
    private sealed class EmptyAnalyzer : ReportAnalyzer
    {
        private static readonly RuleDescriptor Descriptor = RuleDescriptor.Create("RL4999", "benchmark-empty", "Nothing", "Nothing",
            RuleCategory.Integrity, Severity.Warning, "Reports nothing; the baseline of RuleBenchmarks.");

        public override System.Collections.Immutable.ImmutableArray<RuleDescriptor> SupportedRules => [Descriptor];

        public override void Initialize(AnalysisContext context) => context.RegisterBlockAction<Markdig.Syntax.ParagraphBlock>(static _ => { });
    }
}
