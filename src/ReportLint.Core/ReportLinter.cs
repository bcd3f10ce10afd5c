using System.Collections.Immutable;
using ReportLint.Analysis;
using ReportLint.Diagnostics;
using ReportLint.Fixes;
using ReportLint.Lexicons;
using ReportLint.Text;

namespace ReportLint;

/// <summary>The diagnostics of one document.</summary>
public sealed class LintResult
{
    internal LintResult(ReportDocument document, ImmutableArray<Diagnostic> diagnostics)
    {
        Document = document;
        Diagnostics = diagnostics;
    }

    /// <summary>The analysed document.</summary>
    public ReportDocument Document { get; }

    /// <summary>The source text.</summary>
    public SourceText Source => Document.Text;

    /// <summary>The path given for the document, if any.</summary>
    public string? Path => Document.Path;

    /// <summary>The diagnostics, sorted by position.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }
}

/// <summary>The result of fixing a document until no more fixes apply.</summary>
public sealed class FixResult
{
    internal FixResult(SourceText original, string fixedText, ImmutableArray<CodeFix> applied, ImmutableArray<Diagnostic> remaining)
    {
        Original = original;
        FixedText = fixedText;
        Applied = applied;
        Remaining = remaining;
    }

    /// <summary>The text before fixing.</summary>
    public SourceText Original { get; }

    /// <summary>The text after every applicable fix.</summary>
    public string FixedText { get; }

    /// <summary>Whether any fix changed the text.</summary>
    public bool Changed => !string.Equals(Original.Text, FixedText, StringComparison.Ordinal);

    /// <summary>The fixes applied, over all passes.</summary>
    public ImmutableArray<CodeFix> Applied { get; }

    /// <summary>The diagnostics of the fixed text.</summary>
    public ImmutableArray<Diagnostic> Remaining { get; }

    /// <summary>The fixed text encoded as the original was (encoding, byte order mark, line endings kept).</summary>
    public byte[] GetFixedBytes() => Original.Encode(FixedText);
}

/// <summary>
/// The one entry point other tools call: lint a string or a file and get diagnostics, or get the fixed text.
/// Thread-safe; create one and reuse it. The built-in rules come from <c>ReportLint.Rules.BuiltInRules.CreateLinter()</c>.
/// </summary>
public sealed class ReportLinter
{
    private const int MaxFixPasses = 8;
    private readonly AnalyzerDriver _driver;
    private readonly ImmutableDictionary<string, ImmutableArray<CodeFixProvider>> _fixers;

    /// <summary>Creates a linter from analyzers, fix providers, the lexicon of the languages in force, and options.</summary>
    public ReportLinter(IEnumerable<ReportAnalyzer> analyzers, IEnumerable<CodeFixProvider>? fixers = null,
        Lexicon? lexicon = null, AnalysisOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(analyzers);
        _driver = new AnalyzerDriver(analyzers);
        Lexicon = lexicon ?? Lexicon.Empty;
        Options = options ?? AnalysisOptions.Default;
        FixProviders = (fixers ?? []).ToImmutableArray();
        _fixers = FixProviders
            .SelectMany(f => f.FixableDiagnosticIds.Select(id => (id, f)))
            .GroupBy(p => p.id, StringComparer.Ordinal)
            .ToImmutableDictionary(g => g.Key, g => g.Select(p => p.f).ToImmutableArray(), StringComparer.Ordinal);
        Rules = EngineRules.All
            .Concat(_driver.Analyzers.SelectMany(a => a.SupportedRules))
            .DistinctBy(r => r.Id)
            .OrderBy(r => r.Id, StringComparer.Ordinal)
            .ToImmutableArray();
    }

    /// <summary>Every rule this linter can report, engine rules included, sorted by ID.</summary>
    public ImmutableArray<RuleDescriptor> Rules { get; }

    /// <summary>The fix providers.</summary>
    public ImmutableArray<CodeFixProvider> FixProviders { get; }

    /// <summary>The lexicon in force.</summary>
    public Lexicon Lexicon { get; }

    /// <summary>The options in force.</summary>
    public AnalysisOptions Options { get; }

    /// <summary>Whether at least one fix provider handles <paramref name="ruleId"/>.</summary>
    public bool IsFixable(string ruleId) => _fixers.ContainsKey(ruleId);

    /// <summary>Lints a string. <paramref name="path"/> is only used in diagnostics.</summary>
    public LintResult Lint(string text, string? path = null) => Lint(SourceText.From(text), path);

    /// <summary>Lints a decoded source.</summary>
    public LintResult Lint(SourceText source, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var document = new ReportDocument(source, path, Lexicon, Options);
        ImmutableArray<Diagnostic> diagnostics = _driver.Analyze(document);
        if (source.HasDecodingErrors)
        {
            var engine = new List<Diagnostic>();
            var sink = new DiagnosticSink(document, engine);
            sink.Report(EngineRules.InvalidEncoding, new TextSpan(FirstReplacement(source.Text), 0),
                source.InvalidSequenceCount, source.FirstInvalidByteOffset);
            diagnostics = engine.Concat(diagnostics).ToImmutableArray();
        }

        return new LintResult(document, diagnostics);
    }

    /// <summary>Reads and lints a file (UTF-8 with or without BOM, or UTF-16 with BOM).</summary>
    public LintResult LintFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Lint(SourceText.FromBytes(File.ReadAllBytes(path)), path);
    }

    /// <summary>The fixes offered for each fixable diagnostic of a result.</summary>
    public ImmutableArray<CodeFix> GetFixes(LintResult result, Func<Diagnostic, bool>? filter = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var fixes = new List<CodeFix>();
        foreach (Diagnostic diagnostic in result.Diagnostics)
        {
            if ((filter is not null && !filter(diagnostic)) || !_fixers.TryGetValue(diagnostic.Id, out var providers))
            {
                continue;
            }

            foreach (CodeFixProvider provider in providers)
            {
                provider.RegisterCodeFixes(new CodeFixContext(result.Document, diagnostic, fixes));
            }
        }

        return fixes.ToImmutableArray();
    }

    /// <summary>
    /// Applies every safe fix, re-linting between passes until nothing more applies (fix-all converges), and
    /// returns the fixed text. Fixes whose edits conflict wait for the next pass. Never rewrites text that had
    /// decoding errors.
    /// </summary>
    public FixResult Fix(SourceText source, string? path = null, Func<Diagnostic, bool>? filter = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        LintResult result = Lint(source, path);
        if (source.HasDecodingErrors)
        {
            return new FixResult(source, source.Text, [], result.Diagnostics);
        }

        var applied = ImmutableArray.CreateBuilder<CodeFix>();
        string text = source.Text;
        for (int pass = 0; pass < MaxFixPasses; pass++)
        {
            ImmutableArray<CodeFix> fixes = GetFixes(result, filter);
            if (fixes.IsEmpty)
            {
                break;
            }

            FixAllResult all = FixAll.Apply(text, fixes);
            if (all.Applied.IsEmpty || string.Equals(all.Text, text, StringComparison.Ordinal))
            {
                break;
            }

            applied.AddRange(all.Applied);
            text = all.Text;
            result = Lint(SourceText.From(text), path);
        }

        return new FixResult(source, text, applied.ToImmutable(), result.Diagnostics);
    }

    /// <summary>Fixes a string.</summary>
    public FixResult Fix(string text, string? path = null, Func<Diagnostic, bool>? filter = null) =>
        Fix(SourceText.From(text), path, filter);

    private static int FirstReplacement(string text)
    {
        int i = text.IndexOf('\uFFFD', StringComparison.Ordinal);
        return i < 0 ? 0 : i;
    }
}
