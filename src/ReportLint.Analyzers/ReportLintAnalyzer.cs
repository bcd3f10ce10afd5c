using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ReportLint.Analysis;
using ReportLint.Configuration;
using ReportLint.Diagnostics;
using ReportLint.IO;
using ReportLint.Rules;
using AnalysisContext = Microsoft.CodeAnalysis.Diagnostics.AnalysisContext;
using LintDiagnostic = ReportLint.Diagnostics.Diagnostic;
using LintSeverity = ReportLint.Diagnostics.Severity;
using RoslynDiagnostic = Microsoft.CodeAnalysis.Diagnostic;

namespace ReportLint.Analyzers;

/// <summary>
/// ReportLint's rules inside the compiler: lints each Markdown file the project hands to analyzers as
/// <c>AdditionalFiles</c> and reports every finding as a compiler diagnostic located in that file. Configuration is
/// the command line's (<c>.editorconfig</c> severities, here as the compiler reads them, then the
/// <c>.reportlint.json</c> files from the report's folder up to the repository root, then inline comments); the
/// compiler then applies <c>NoWarn</c>, <c>WarningsAsErrors</c> and <c>TreatWarningsAsErrors</c>. Never throws: a
/// failure becomes RL0001 on the file, and the other files are still linted. A report is looked at before its text is
/// asked for: a FIFO, device or socket, a symbolic link out of the repository (unless the project sets
/// <c>ReportLintFollowSymlinks</c>) or a file over 256 MB is not read, by the analyzer or through it (RL0006).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ReportLintAnalyzer : DiagnosticAnalyzer
{
    // The built-in analyzer's state is shared by every instance in the process: the compiler server and the IDE keep
    // the assembly loaded from one build to the next, so linters and results outlive a compilation.
    private static readonly RuleSet BuiltIn = new([]);

    private readonly RuleSet _rules;
    private readonly Dictionary<string, DiagnosticDescriptor> _descriptors;

    // The configuration files are read again for each compilation (they may have changed since the last one), once.
    private readonly ConditionalWeakTable<AnalyzerOptions, CompilationRun> _runs = new();

    /// <summary>The analyzer with the built-in rules.</summary>
    public ReportLintAnalyzer()
        : this([])
    {
    }

    /// <summary>The analyzer with the built-in rules and <paramref name="extraRules"/> (tests).</summary>
    internal ReportLintAnalyzer(ImmutableArray<ReportAnalyzer> extraRules)
    {
        _rules = extraRules.IsEmpty ? BuiltIn : new RuleSet(extraRules);
        _descriptors = _rules.Descriptors;
        SupportedDiagnostics = _rules.SupportedDiagnostics;
    }

    /// <summary>Every rule's descriptor, the engine's included.</summary>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        try
        {
            context.RegisterAdditionalFileAction(c => Analyze(c.AdditionalFile, c.Options, c.ReportDiagnostic, c.CancellationToken));
        }
        catch (NotImplementedException)
        {
            // A host whose analysis context predates additional-file actions: the same, once per compilation.
            context.RegisterCompilationAction(c =>
            {
                foreach (AdditionalText file in c.Options.AdditionalFiles)
                {
                    Analyze(file, c.Options, c.ReportDiagnostic, c.CancellationToken);
                }
            });
        }
    }

    /// <summary>Whether the analyzer lints a file of this name: <c>*.md</c> and <c>*.markdown</c>.</summary>
    public static bool IsReport(string path) =>
        path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase);

    private void Analyze(AdditionalText file, AnalyzerOptions options, Action<RoslynDiagnostic> report, CancellationToken cancellationToken)
    {
        string path = file.Path;
        bool isConfiguration = string.Equals(Path.GetFileName(path), ConfigurationResolver.FileName, StringComparison.Ordinal) && Path.IsPathRooted(path);
        if (!IsReport(path) && !isConfiguration)
        {
            return;
        }

        try
        {
            CompilationRun run = _runs.GetValue(options, o => new CompilationRun(o));
            if (isConfiguration)
            {
                AnalyzeConfiguration(path, run, report);
                return;
            }

            // The compiler runs additional-file actions one file after another, whatever EnableConcurrentExecution
            // says: the first report of a compilation starts linting the others on the other cores, and each action
            // then takes its report's result, linting it itself if no worker has started it.
            run.StartLintingAhead(this, options, cancellationToken);
            Prepared prepared = run.Take(this, file, options, cancellationToken);
            if (prepared.Resolver is not null)
            {
                ReportConfigurationProblems(run, prepared.Resolver, path, report);
            }

            if (prepared.NotRead is { } why)
            {
                report(RoslynDiagnostic.Create(_descriptors[why.Check.Key], Location.Create(path, default, default), why.Message));
                return;
            }

            if (prepared.Linted is not { } linted)
            {
                return;
            }

            foreach (RoslynDiagnostic diagnostic in linted.Diagnostics)
            {
                report(diagnostic);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // The analyzer never throws: anything unexpected is RL0001 on the file.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            report(RoslynDiagnostic.Create(_descriptors[EngineRules.RuleCrashed.Id], Location.Create(path, default, default),
                EngineRules.RuleCrashed.FormatMessage("ReportLint.Analyzers", ex.GetType().Name, ex.Message)));
        }
    }

    // A report's findings (from the cache when its text and configuration are those of its last lint in this
    // process), and the configuration resolver whose problems it reports. Thread-safe: it runs on the analyzer's
    // workers as well as in the compiler's action. Null findings: not linted (unreadable, or ignored).
    private Prepared Prepare(AdditionalText file, AnalyzerOptions options, CompilationRun run, CancellationToken cancellationToken)
    {
        string path = file.Path;

        // Looked at before the compiler is asked for its text, which reads it: a FIFO would never end, a link to
        // /dev/zero would fill the memory, a link out of the repository would show another file's lines.
        // A folder, FIFO, device or socket, a link out of the repository or in a loop, a file too large: RL0006's checks.
        if (Path.IsPathRooted(path) && run.Check(path) is { CanRead: false } refused && EngineRules.NotRead(refused) is { } notRead)
        {
            return new Prepared(null, null, notRead);
        }

        // Null when the compiler could not read the file; it reports that itself.
        SourceText? text = file.GetText(cancellationToken);
        if (text is null)
        {
            return Prepared.None;
        }

        AnalysisOptions editorConfig = EditorConfigSeverities(options.AnalyzerConfigOptionsProvider.GetOptions(file));
        AnalysisOptions lintOptions = editorConfig;
        IReadOnlyList<string>? languages = null;
        ConfigurationResolver? resolver = null;
        if (Path.IsPathRooted(path))
        {
            resolver = run.Resolvers.GetOrAdd(editorConfig.Fingerprint,
                _ => new ConfigurationResolver(BuiltInRules.Catalog, baseOptions: editorConfig, languages: BuiltInRules.Languages) { FollowSymbolicLinks = run.FollowSymlinks });
            ResolvedConfiguration configuration = resolver.Resolve(path);
            if (configuration.IsIgnored)
            {
                return new Prepared(resolver, null);
            }

            lintOptions = configuration.Options;
            languages = configuration.Languages;
        }

        // A report whose text and configuration are those of its last lint in this process is not linted again:
        // a build after a code change, or an IDE analysing again after an edit elsewhere, gets the same findings.
        // (Like the compiler's incremental build, this does not look at the files a report cites, for RL4004.)
        string key = lintOptions.Fingerprint + "|" + string.Join(",", languages ?? []);
        ImmutableArray<byte> checksum = text.GetChecksum();
        if (!_rules.Results.TryGetValue(path, out LintedReport? linted) || !linted.IsFor(checksum, key))
        {
            ReportLinter linter = _rules.Linters.GetOrAdd(key, _ => _rules.CreateLinter(lintOptions, languages));
            cancellationToken.ThrowIfCancellationRequested();
            ImmutableArray<LintDiagnostic> found = linter.Lint(text.ToString(), path).Diagnostics;
            linted = new LintedReport(checksum, key, found.Select(d => ToRoslyn(d, path, text.Length)).ToImmutableArray());
            _rules.Results[path] = linted;
        }

        return new Prepared(resolver, linted);
    }

    // dotnet_diagnostic.<ID>.severity, as the compiler hands it for this file (.editorconfig sections and global
    // configurations); "default" leaves the rule's own. As for C# analyzers, the bulk entries apply where no entry names
    // the rule: dotnet_analyzer_diagnostic.category-<Category>.severity, then dotnet_analyzer_diagnostic.severity, and
    // (as the .NET documentation says of them) only to rules enabled by default.
    private AnalysisOptions EditorConfigSeverities(AnalyzerConfigOptions options)
    {
        AnalysisOptions.Builder? builder = null;
        foreach (string id in _rules.RuleIds)
        {
            if (Severity(options, "dotnet_diagnostic." + id + ".severity", out LintSeverity? severity) ||
                (BuiltInRules.Catalog.Find(id) is { IsEnabledByDefault: true } rule &&
                 (Severity(options, "dotnet_analyzer_diagnostic.category-" + rule.Category + ".severity", out severity) ||
                  Severity(options, "dotnet_analyzer_diagnostic.severity", out severity))))
            {
                (builder ??= new AnalysisOptions.Builder()).SetSeverity(id, severity);
            }
        }

        return builder?.Build() ?? AnalysisOptions.Default;
    }

    private static bool Severity(AnalyzerConfigOptions options, string key, out LintSeverity? severity)
    {
        severity = null;
        return options.TryGetValue(key, out string? value) && ConfigReader.TryParseSeverity(value.Trim(), out severity);
    }

    // RL0002 for the problems of a report's configuration files that the compiler was not given (above the nearest
    // one, or named by "extends"), at the start of the report, with the file's place in the message: the compiler
    // drops diagnostics located in files it was not given. The others are reported at their own place, when the
    // configuration file's turn comes (AnalyzeConfiguration).
    private void ReportConfigurationProblems(CompilationRun run, ConfigurationResolver resolver, string reportPath, Action<RoslynDiagnostic> report)
    {
        foreach (ConfigFileReport problems in resolver.Problems)
        {
            if (run.AdditionalFiles.Contains(problems.Path))
            {
                continue;
            }

            LintResult result = BuiltInRules.CreateLinter().ReportConfigurationProblems(problems.Path, problems.Bytes, problems.Problems);
            foreach (LintDiagnostic diagnostic in result.Diagnostics)
            {
                report(RoslynDiagnostic.Create(_descriptors[diagnostic.Descriptor.Key], Location.Create(reportPath, default, default),
                    ToRoslyn(diagnostic.Severity), null, null, $"{problems.Path}({diagnostic.Line},{diagnostic.Column}): {diagnostic.Message}"));
            }
        }
    }

    // A .reportlint.json handed to the compiler: RL0002 at each of its problems' line and column.
    private void AnalyzeConfiguration(string path, CompilationRun run, Action<RoslynDiagnostic> report)
    {
        // Resolving a (never read) report beside it reads this file and the ones it extends.
        ConfigurationResolver resolver = run.Resolvers.GetOrAdd(string.Empty,
            _ => new ConfigurationResolver(BuiltInRules.Catalog, languages: BuiltInRules.Languages) { FollowSymbolicLinks = run.FollowSymlinks });
        resolver.Resolve(Path.Combine(Path.GetDirectoryName(path)!, "report.md"));
        foreach (ConfigFileReport problems in resolver.Problems.Where(p => string.Equals(p.Path, path, StringComparison.Ordinal)))
        {
            LintResult result = BuiltInRules.CreateLinter().ReportConfigurationProblems(problems.Path, problems.Bytes, problems.Problems);
            foreach (LintDiagnostic diagnostic in result.Diagnostics)
            {
                report(ToRoslyn(diagnostic, path, result.Source.Text.Length));
            }
        }
    }

    private RoslynDiagnostic ToRoslyn(LintDiagnostic diagnostic, string path, int textLength)
    {
        ImmutableArray<AdditionalLocation> more = diagnostic.AdditionalLocations;
        return RoslynDiagnostic.Create(
            _descriptors.TryGetValue(diagnostic.Descriptor.Key, out DiagnosticDescriptor? descriptor) ? descriptor : _descriptors[diagnostic.Id],
            ToLocation(path, diagnostic.Span, diagnostic.LineSpan, textLength),
            ToRoslyn(diagnostic.Severity),
            more.IsDefaultOrEmpty ? null : more.Select(l => ToLocation(path, l.Span, l.LineSpan, textLength)),
            diagnostic.Properties.IsEmpty ? null : diagnostic.Properties.ToImmutableDictionary(p => p.Key, p => (string?)p.Value, StringComparer.Ordinal),
            diagnostic.Message);
    }

    // ReportLint's lines and columns are 1-based, Roslyn's 0-based; the spans are offsets in the same text.
    private static Location ToLocation(string path, ReportLint.Text.TextSpan span, ReportLint.Text.LinePositionSpan lines, int textLength)
    {
        int start = Math.Min(Math.Max(span.Start, 0), textLength);
        int end = Math.Min(Math.Max(span.End, start), textLength);
        return Location.Create(path, TextSpan.FromBounds(start, end), new LinePositionSpan(
            new LinePosition(Math.Max(lines.Start.Line - 1, 0), Math.Max(lines.Start.Column - 1, 0)),
            new LinePosition(Math.Max(lines.End.Line - 1, 0), Math.Max(lines.End.Column - 1, 0))));
    }

    private static DiagnosticSeverity ToRoslyn(LintSeverity severity) => severity switch
    {
        LintSeverity.Error => DiagnosticSeverity.Error,
        LintSeverity.Warning => DiagnosticSeverity.Warning,
        LintSeverity.Info => DiagnosticSeverity.Info,
        _ => DiagnosticSeverity.Hidden,
    };

    // The message is formatted by the rule, so the descriptor's format is "{0}". Every descriptor is enabled by
    // default for the compiler, which would otherwise drop a rule that is off by default (RL0003) even when
    // .reportlint.json turns it on: ReportLint's configuration decides what is reported.
    private static DiagnosticDescriptor ToRoslyn(RuleDescriptor rule) => new(
        rule.Id,
        rule.Title,
        "{0}",
        rule.Category.ToString(),
        ToRoslyn(rule.DefaultSeverity),
        isEnabledByDefault: true,
        description: rule.Description,
        helpLinkUri: rule.HelpLink,
        customTags: rule.Check is null ? ["ReportLint", rule.Alias] : ["ReportLint", rule.Alias, rule.Check]);

    // The rules, their descriptors, the linters by configuration and the last results by report path.
    private sealed class RuleSet
    {
        private readonly ImmutableArray<ReportAnalyzer> _extraRules;

        public RuleSet(ImmutableArray<ReportAnalyzer> extraRules)
        {
            _extraRules = extraRules;
            Descriptors = new Dictionary<string, DiagnosticDescriptor>(StringComparer.Ordinal);
            // Each rule, then each of its distinct checks under the same ID, as CA2000 declares four descriptors: the
            // IDE shows a check's own title and the section of the rule's page that explains it.
            var order = new List<DiagnosticDescriptor>();
            foreach (RuleDescriptor rule in BuiltInRules.Descriptors.Concat(BuiltInRules.Checks).Concat(extraRules.SelectMany(r => r.SupportedRules)))
            {
                if (!Descriptors.ContainsKey(rule.Key))
                {
                    Descriptors[rule.Key] = ToRoslyn(rule);
                    order.Add(Descriptors[rule.Key]);
                }
            }

            SupportedDiagnostics = order.OrderBy(d => d.Id, StringComparer.Ordinal).ToImmutableArray();
            RuleIds = SupportedDiagnostics.Select(d => d.Id).Distinct().ToImmutableArray();
        }

        public Dictionary<string, DiagnosticDescriptor> Descriptors { get; }

        public ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

        public ImmutableArray<string> RuleIds { get; }

        public ConcurrentDictionary<string, ReportLinter> Linters { get; } = new(StringComparer.Ordinal);

        public ConcurrentDictionary<string, LintedReport> Results { get; } = new(StringComparer.Ordinal);

        public ReportLinter CreateLinter(AnalysisOptions options, IReadOnlyList<string>? languages) =>
            _extraRules.IsEmpty
                ? BuiltInRules.CreateLinter(options, languages)
                : new ReportLinter(BuiltInRules.CreateAnalyzers().AddRange(_extraRules), BuiltInRules.LoadLexicon(languages), options);
    }

    // A report's findings, for the text (by checksum) and configuration they were found with.
    private sealed class LintedReport(ImmutableArray<byte> checksum, string configuration, ImmutableArray<RoslynDiagnostic> diagnostics)
    {
        public ImmutableArray<RoslynDiagnostic> Diagnostics { get; } = diagnostics;

        public bool IsFor(ImmutableArray<byte> text, string key) =>
            string.Equals(configuration, key, StringComparison.Ordinal) && text.SequenceEqual(checksum);
    }

    // What Prepare gives: the resolver of a report's configuration (null for a report without a full path), its
    // findings (null when it is not linted), and why it was not read (RL0006).
    private sealed class Prepared(ConfigurationResolver? resolver, LintedReport? linted, (RuleDescriptor Check, string Message)? notRead = null)
    {
        public static Prepared None { get; } = new(null, null);

        public ConfigurationResolver? Resolver { get; } = resolver;

        public LintedReport? Linted { get; } = linted;

        public (RuleDescriptor Check, string Message)? NotRead { get; } = notRead;
    }

    // One report's lint in a compilation, started by whichever comes first: a worker linting ahead, or the
    // compiler's action for that report, which takes it once.
    private sealed class PendingReport(Func<Prepared> prepare)
    {
        private readonly Lazy<Prepared> _result = new(prepare, LazyThreadSafetyMode.ExecutionAndPublication);
        private int _taken;

        public bool IsTaken => Volatile.Read(ref _taken) != 0;

        public bool TryTake() => Interlocked.Exchange(ref _taken, 1) == 0;

        // Throws what Prepare threw (the action turns it into RL0001), or waits for the worker that runs it.
        public Prepared Result => _result.Value;

        public void RunAhead()
        {
            try
            {
                _ = _result.Value;
            }
#pragma warning disable CA1031 // Kept in the Lazy: the report's own action reports it.
            catch (Exception)
#pragma warning restore CA1031
            {
            }
        }
    }

    private sealed class CompilationRun(AnalyzerOptions options)
    {
        // RS1035 bans Environment for the settings analyzers could read from it; the number of cores is none.
#pragma warning disable RS1035
        private static readonly int Cores = Environment.ProcessorCount;
#pragma warning restore RS1035

        private readonly ConcurrentDictionary<AdditionalText, PendingReport> _pending = new();
        private int _started;

        public HashSet<string> AdditionalFiles { get; } = new(options.AdditionalFiles.Select(f => f.Path), StringComparer.Ordinal);

        public ConcurrentDictionary<string, ConfigurationResolver> Resolvers { get; } = new(StringComparer.Ordinal);

        // The project's ReportLintFollowSymlinks (build_property, made visible to the compiler by the package's props).
        public bool FollowSymlinks { get; } =
            options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue("build_property.ReportLintFollowSymlinks", out string? follow) &&
            string.Equals(follow.Trim(), "true", StringComparison.OrdinalIgnoreCase);

        private readonly ConcurrentDictionary<string, SafeFileReader> _readers = new(StringComparer.Ordinal);

        // What a report is, looked at without reading it, with the reader of its folder's repository.
        public FileCheck Check(string path)
        {
            string folder = Path.GetDirectoryName(path) ?? path;
            return _readers.GetOrAdd(folder, f => SafeFileReader.ForRepositoryOf(f, FollowSymlinks)).Check(path);
        }

        // Once per compilation, when it has more than one report and the machine more than one core: lints the
        // reports from the last one back on up to (cores - 1) workers, while the compiler's actions take them from
        // the first one on. Both stop when the compilation is cancelled.
        public void StartLintingAhead(ReportLintAnalyzer analyzer, AnalyzerOptions options, CancellationToken cancellationToken)
        {
            if (Cores < 2 || Interlocked.Exchange(ref _started, 1) != 0)
            {
                return;
            }

            AdditionalText[] reports = options.AdditionalFiles.Where(f => IsReport(f.Path)).Reverse().ToArray();
            if (reports.Length < 2)
            {
                return;
            }

            _ = Task.Run(() =>
            {
                try
                {
                    Parallel.ForEach(reports, new ParallelOptions { MaxDegreeOfParallelism = Cores - 1, CancellationToken = cancellationToken },
                        file =>
                        {
                            PendingReport pending = Pending(analyzer, file, options, cancellationToken);
                            if (!pending.IsTaken)
                            {
                                pending.RunAhead();
                            }
                        });
                }
#pragma warning disable CA1031 // Linting ahead is an optimisation: the actions lint whatever it did not.
                catch (Exception)
#pragma warning restore CA1031
                {
                }
            }, cancellationToken);
        }

        // The report's findings: the ones linted ahead (waiting for them if a worker is on it), else linted now.
        public Prepared Take(ReportLintAnalyzer analyzer, AdditionalText file, AnalyzerOptions options, CancellationToken cancellationToken)
        {
            PendingReport pending = Pending(analyzer, file, options, cancellationToken);
            if (pending.TryTake())
            {
                try
                {
                    return pending.Result;
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    // Linted ahead under a token that was cancelled since (an IDE analysing again): lint it now.
                }
            }

            return analyzer.Prepare(file, options, this, cancellationToken);
        }

        private PendingReport Pending(ReportLintAnalyzer analyzer, AdditionalText file, AnalyzerOptions options, CancellationToken cancellationToken) =>
            _pending.GetOrAdd(file, f => new PendingReport(() => analyzer.Prepare(f, options, this, cancellationToken)));
    }
}
