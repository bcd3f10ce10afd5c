extern alias analyzers;

using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ReportLint.Analysis;
using analyzers::ReportLint.Analyzers;
using ReportLint.Diagnostics;
using ReportLint.Rules;
using ReportLint.Tests.Harness;
using AnalysisContext = ReportLint.Analysis.AnalysisContext;
using RoslynDiagnostic = Microsoft.CodeAnalysis.Diagnostic;

namespace ReportLint.Tests.Analyzers;

/// <summary>
/// The Roslyn analyzer as the compiler runs it: a C# compilation with the reports as additional texts, analysed
/// through <c>CSharpCompilation.WithAnalyzers</c>. Each finding is printed as
/// <c>ID path(line,col)-(line,col) severity: message</c> (1-based, as the build prints it) and compared whole.
/// </summary>
public sealed class ReportLintAnalyzerTests : IDisposable
{
    // A folder that ends the configuration search: a repository root (.git) with a root .editorconfig.
    private readonly string _root = Directory.CreateTempSubdirectory("reportlint-analyzer-").FullName;

    public ReportLintAnalyzerTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, ".git"));
        File.WriteAllText(Path.Combine(_root, ".editorconfig"), "root = true\n");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Reports_a_wrong_total_at_its_place_in_the_report()
    {
        string report = Report("docs/status.md", SprintReport.WrongTotal);

        ImmutableArray<RoslynDiagnostic> found = await AnalyzeAsync(new ReportLintAnalyzer(), [(report, SprintReport.WrongTotal)]);

        Assert.Equal([$"RL2001 {report}(7,17)-(7,19) Warning: Total 6h ≠ 2h + 3h = 5h (rows 5–6)"], Show(found));
        RoslynDiagnostic total = found[0];
        Assert.Equal(SprintReport.WrongTotal.IndexOf("6h**", StringComparison.Ordinal), total.Location.SourceSpan.Start);
        Assert.Equal("6h", SprintReport.WrongTotal.Substring(total.Location.SourceSpan.Start, total.Location.SourceSpan.Length));
        Assert.Equal(LocationKind.ExternalFile, total.Location.Kind);
        Assert.Equal("https://github.com/reportlint/reportlint/blob/main/docs/rules/RL2001.md", total.Descriptor.HelpLinkUri);
        Assert.Equal("A total differs from the sum of its parts", total.Descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("Arithmetic", total.Descriptor.Category);
    }

    [Fact]
    public async Task Reports_a_French_report_with_the_French_words()
    {
        const string rapport = """
            # Rapport d'avancement

            | Poste | Coût |
            |-------|------|
            | Serveurs | 1 200 € |
            | Licences | 800 € |
            | **Total général** | **2 350 €** |

            ## Tests de charge validés ✅

            - **Débit** : 34 req/s (objectif : > 1000 req/s)

            """;
        string report = Report("rapport.md", rapport);

        ImmutableArray<RoslynDiagnostic> found = await AnalyzeAsync(new ReportLintAnalyzer(), [(report, rapport)]);

        Assert.Equal(
        [
            $"RL2001 {report}(7,25)-(7,32) Warning: Total 2 350 € ≠ 1 200 € + 800 € = 2 000 € (rows 5–6)",
            $"RL3001 {report}(11,15)-(11,23) Warning: 34 req/s misses its own target > 1000 req/s, yet it is presented as met (under heading 'Tests de charge validés ✅', line 9)",
        ], Show(found));
    }

    [Fact]
    public async Task A_crashing_rule_becomes_RL0001_and_the_other_rules_still_report()
    {
        string report = Report("status.md", SprintReport.WrongTotal);

        ImmutableArray<RoslynDiagnostic> found = await AnalyzeAsync(new ReportLintAnalyzer([new Throwing()]), [(report, SprintReport.WrongTotal)]);

        Assert.Equal(["RL0001", "RL2001"], found.Select(d => d.Id).Order(StringComparer.Ordinal));
        RoslynDiagnostic crash = found.Single(d => d.Id == "RL0001");
        Assert.Equal(report, crash.Location.GetLineSpan().Path);
        Assert.StartsWith("Rule RL4998 crashed on this file with InvalidOperationException: boom.", crash.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal(DiagnosticSeverity.Warning, crash.Severity);
    }

    [Fact]
    public async Task A_report_that_cannot_be_read_is_RL0001_and_the_other_reports_are_still_linted()
    {
        string broken = Report("broken.md", "");
        string report = Report("status.md", SprintReport.WrongTotal);
        AdditionalText[] files = [new Unreadable(broken), new Text(report, SprintReport.WrongTotal)];

        ImmutableArray<RoslynDiagnostic> found = await AnalyzeAsync(new ReportLintAnalyzer(), files, new Options([]));

        Assert.Equal(
        [
            $"RL0001 {broken}(1,1)-(1,1) Warning: Rule ReportLint.Analyzers crashed on this file with IOException: disk on fire. Its findings for this file may be incomplete; the other rules ran.",
            $"RL2001 {report}(7,17)-(7,19) Warning: Total 6h ≠ 2h + 3h = 5h (rows 5–6)",
        ], Show(found));
    }

    [Fact]
    public async Task Many_reports_linted_ahead_on_other_threads_give_each_report_its_own_findings()
    {
        // The compiler runs additional-file actions one after another; the analyzer lints the other reports ahead
        // on worker threads. Whatever thread lints a report, its findings (and an unreadable file's RL0001) are
        // reported once, at that report, as when each is analysed alone.
        var files = new List<AdditionalText>();
        var expected = new List<string>();
        for (int i = 0; i < 24; i++)
        {
            string text = SprintReport.WrongTotal.Replace("6h", $"{6 + i}h", StringComparison.Ordinal);
            string path = Report($"docs/report{i}.md", text);
            AdditionalText file = i % 7 == 3 ? new Unreadable(path) : new Text(path, text);
            files.Add(file);
            // Alone, with a last line more: the result cache (by text) must not serve the run below.
            AdditionalText alone = i % 7 == 3 ? file : new Text(path, text + "\n");
            expected.AddRange(Show(await AnalyzeAsync(new ReportLintAnalyzer(), [alone], new Options([]))));
        }

        ImmutableArray<RoslynDiagnostic> found = await AnalyzeAsync(new ReportLintAnalyzer(), [.. files], new Options([]));

        Assert.Equal(expected.Order(StringComparer.Ordinal), Show(found));
        Assert.Equal(24, found.Select(d => d.Location.GetLineSpan().Path).Distinct().Count());
    }

    [Fact]
    public async Task Lints_a_report_again_when_its_text_or_its_configuration_changes()
    {
        // One analyzer for the three compilations, as the compiler server and the IDE keep it from one to the next.
        var analyzer = new ReportLintAnalyzer();
        string report = Report("status.md", SprintReport.WrongTotal);
        string corrected = SprintReport.WrongTotal.Replace("**6h**", "**5h**", StringComparison.Ordinal);

        List<string> first = Show(await AnalyzeAsync(analyzer, [(report, SprintReport.WrongTotal)]));
        List<string> fixedText = Show(await AnalyzeAsync(analyzer, [(report, corrected)]));
        File.WriteAllText(Path.Combine(_root, ".reportlint.json"), """{ "RL2001": "error" }""");
        List<string> configured = Show(await AnalyzeAsync(analyzer, [(report, SprintReport.WrongTotal)]));

        Assert.Equal([$"RL2001 {report}(7,17)-(7,19) Warning: Total 6h ≠ 2h + 3h = 5h (rows 5–6)"], first);
        Assert.Empty(fixedText);
        Assert.Equal([$"RL2001 {report}(7,17)-(7,19) Error: Total 6h ≠ 2h + 3h = 5h (rows 5–6)"], configured);
    }

    [Fact]
    public async Task Lints_only_Markdown_files()
    {
        string markdown = Report("notes.markdown", SprintReport.WrongTotal);
        string text = Report("notes.txt", SprintReport.WrongTotal);
        string json = Report("data.json", SprintReport.WrongTotal);

        ImmutableArray<RoslynDiagnostic> found = await AnalyzeAsync(new ReportLintAnalyzer(), [(markdown, SprintReport.WrongTotal), (text, SprintReport.WrongTotal), (json, SprintReport.WrongTotal)]);

        Assert.Equal([$"RL2001 {markdown}(7,17)-(7,19) Warning: Total 6h ≠ 2h + 3h = 5h (rows 5–6)"], Show(found));
    }

    [Fact]
    public async Task Takes_severities_from_the_editorconfig_options_the_compiler_passes()
    {
        string report = Report("status.md", SprintReport.WrongTotal);
        string other = Report("other/status.md", SprintReport.WrongTotal);
        var options = new Options(new Dictionary<string, Dictionary<string, string>>
        {
            [report] = new() { ["dotnet_diagnostic.RL2001.severity"] = "error" },
            [other] = new() { ["dotnet_diagnostic.RL2001.severity"] = "none" },
        });

        ImmutableArray<RoslynDiagnostic> found = await AnalyzeAsync(new ReportLintAnalyzer(), [new Text(report, SprintReport.WrongTotal), new Text(other, SprintReport.WrongTotal)], options);

        Assert.Equal([$"RL2001 {report}(7,17)-(7,19) Error: Total 6h ≠ 2h + 3h = 5h (rows 5–6)"], Show(found));
    }

    // Issue 52: the bulk entries C# analyzers honour: by category, then for all analyzers, each below an entry naming
    // the rule, and never turning on a rule that is off by default (RL0003 here, with a suppression that suppresses
    // nothing).
    [Fact]
    public async Task Takes_bulk_severities_by_category_and_for_all_analyzers_below_a_rules_own()
    {
        string text = SprintReport.WrongTotal + "\nUpdated $(date)\n\nOwner: [your-email@domain.com] <!-- reportlint-disable-line RL1001 -->\n";
        string report = Report("docs/status.md", text);
        var options = new Options(new Dictionary<string, Dictionary<string, string>>
        {
            [report] = new()
            {
                ["dotnet_analyzer_diagnostic.category-Arithmetic.severity"] = "error",
                ["dotnet_analyzer_diagnostic.severity"] = "suggestion",
                ["dotnet_diagnostic.RL4003.severity"] = "warning",
            },
        });

        ImmutableArray<RoslynDiagnostic> found = await AnalyzeAsync(new ReportLintAnalyzer(), [new Text(report, text)], options);

        Assert.Equal(
        [
            $"RL2001 {report}(7,17)-(7,19) Error: Total 6h ≠ 2h + 3h = 5h (rows 5–6)",
            $"RL4003 {report}(11,8)-(11,31) Warning: Template residue '[your-email@domain.com]': a placeholder e-mail address",
            $"RL4003 {report}(9,9)-(9,16) Warning: Template residue '$(date)': a command substitution that was never run",
        ], Show(found));

        // RL0003 is there to be found when an entry names it.
        options = new Options(new Dictionary<string, Dictionary<string, string>>
        {
            [report] = new() { ["dotnet_analyzer_diagnostic.severity"] = "suggestion", ["dotnet_diagnostic.RL0003.severity"] = "suggestion" },
        });
        found = await AnalyzeAsync(new ReportLintAnalyzer(), [new Text(report, text)], options);
        Assert.Contains(Show(found), d => d.StartsWith($"RL0003 {report}(11,", StringComparison.Ordinal) && d.Contains(" Info: ", StringComparison.Ordinal));
        Assert.All(Show(found), d => Assert.Contains(" Info: ", d, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Takes_configuration_from_the_reportlint_json_files_above_each_report()
    {
        string strict = Report("strict/status.md", SprintReport.WrongTotal);
        string quiet = Report("quiet/status.md", SprintReport.WrongTotal);
        string plain = Report("plain/status.md", SprintReport.WrongTotal);
        File.WriteAllText(Path.Combine(_root, "strict", ".reportlint.json"), """{ "RL2001": "error" }""");
        File.WriteAllText(Path.Combine(_root, "quiet", ".reportlint.json"), """{ "total-mismatch": false }""");
        // Above the .editorconfig severity, as on the command line.
        var options = new Options(new Dictionary<string, Dictionary<string, string>>
        {
            [strict] = new() { ["dotnet_diagnostic.RL2001.severity"] = "suggestion" },
        });

        ImmutableArray<RoslynDiagnostic> found = await AnalyzeAsync(new ReportLintAnalyzer(),
            [new Text(strict, SprintReport.WrongTotal), new Text(quiet, SprintReport.WrongTotal), new Text(plain, SprintReport.WrongTotal)], options);

        Assert.Equal(
        [
            $"RL2001 {plain}(7,17)-(7,19) Warning: Total 6h ≠ 2h + 3h = 5h (rows 5–6)",
            $"RL2001 {strict}(7,17)-(7,19) Error: Total 6h ≠ 2h + 3h = 5h (rows 5–6)",
        ], Show(found));
    }

    [Fact]
    public async Task Reports_a_configuration_that_cannot_be_read_at_its_line_and_column()
    {
        string report = Report("docs/status.md", SprintReport.WrongTotal);
        string config = Path.Combine(_root, "docs", ".reportlint.json");
        const string json = "{\n  \"RL2001\": \"loud\"\n}\n";
        File.WriteAllText(config, json);

        // The props hand the project's .reportlint.json files to the compiler too.
        ImmutableArray<RoslynDiagnostic> found = await AnalyzeAsync(new ReportLintAnalyzer(), [(report, SprintReport.WrongTotal), (config, json)]);

        Assert.Equal(
        [
            $"RL0002 {config}(2,13)-(2,13) Warning: 'loud' is not a severity for RL2001: use error, warning, info, hidden or off.",
            $"RL2001 {report}(7,17)-(7,19) Warning: Total 6h ≠ 2h + 3h = 5h (rows 5–6)",
        ], Show(found));
    }

    [Fact]
    public async Task Reports_a_configuration_the_compiler_was_not_given_at_the_report()
    {
        string report = Report("docs/status.md", SprintReport.WrongTotal);
        string config = Path.Combine(_root, ".reportlint.json");
        File.WriteAllText(config, "{\n  \"RL2001\": \"loud\"\n}\n");

        ImmutableArray<RoslynDiagnostic> found = await AnalyzeAsync(new ReportLintAnalyzer(), [(report, SprintReport.WrongTotal)]);

        Assert.Equal(
        [
            $"RL0002 {report}(1,1)-(1,1) Warning: {config}(2,13): 'loud' is not a severity for RL2001: use error, warning, info, hidden or off.",
            $"RL2001 {report}(7,17)-(7,19) Warning: Total 6h ≠ 2h + 3h = 5h (rows 5–6)",
        ], Show(found));
    }

    [Fact]
    public async Task Obeys_inline_suppressions()
    {
        string text = SprintReport.WrongTotal.Replace("| **Total**", "<!-- reportlint-disable-next-line total-mismatch -->\n| **Total**", StringComparison.Ordinal);
        string report = Report("status.md", text);

        Assert.Empty(Show(await AnalyzeAsync(new ReportLintAnalyzer(), [(report, text)])));
    }

    [Fact]
    public void Lints_the_additional_files_once_per_compilation_where_the_host_has_no_additional_file_actions()
    {
        string report = Report("status.md", SprintReport.WrongTotal);
        var context = new HostWithoutAdditionalFileActions();
        new ReportLintAnalyzer().Initialize(context);
        CSharpCompilation compilation = CSharpCompilation.Create("Docs");
        var reported = new List<RoslynDiagnostic>();

        Action<CompilationAnalysisContext> action = Assert.Single(context.CompilationActions);
        // Obsolete for callers who could use CompilationWithAnalyzers; that one always has additional-file actions.
#pragma warning disable CS0618
        action(new CompilationAnalysisContext(compilation, new AnalyzerOptions([new Text(report, SprintReport.WrongTotal)]), reported.Add, _ => true, CancellationToken.None));
#pragma warning restore CS0618

        Assert.Equal([$"RL2001 {report}(7,17)-(7,19) Warning: Total 6h ≠ 2h + 3h = 5h (rows 5–6)"], Show(reported));
    }

    [Fact]
    public void Supports_every_rule_with_its_title_category_severity_and_help_link()
    {
        var analyzer = new ReportLintAnalyzer();

        // Each rule, then its checks (RL3004's restated-value…), each its own descriptor under the rule's ID.
        RuleDescriptor[] expected = BuiltInRules.Descriptors.Concat(BuiltInRules.Checks).OrderBy(r => r.Id, StringComparer.Ordinal).ToArray();
        Assert.Equal(expected.Select(r => r.Id), analyzer.SupportedDiagnostics.Select(d => d.Id));
        Assert.Contains(analyzer.SupportedDiagnostics, d => d.Id == "RL3004" && d.HelpLinkUri.EndsWith("RL3004.md#restated-value", StringComparison.Ordinal));
        foreach ((RuleDescriptor rule, DiagnosticDescriptor descriptor) in expected.Zip(analyzer.SupportedDiagnostics))
        {
            Assert.Equal(rule.Title, descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(rule.Category.ToString(), descriptor.Category);
            Assert.Equal(rule.HelpLink, descriptor.HelpLinkUri);
            Assert.Equal((int)rule.DefaultSeverity, (int)descriptor.DefaultSeverity);
            Assert.True(descriptor.IsEnabledByDefault, $"{rule.Id}: the compiler drops what is off by default even when .reportlint.json turns it on");
        }
    }

    // Issue 50: the compiler reads an additional file when the analyzer asks for its text. A report that is a FIFO, a
    // link to /dev/zero or a link out of the repository is looked at first, and its text never asked for.
    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task A_report_that_is_a_fifo_or_a_link_out_of_the_repository_is_RL0006_and_its_text_is_never_asked_for()
    {
        using var tree = new UntrustedTree();
        string status = tree.Write("docs/status.md", SprintReport.WrongTotal);
        string link = tree.Link("docs/passwd.md", tree.SecretFile);
        string zero = tree.Link("docs/zero.md", "/dev/zero");
        string fifo = tree.Fifo("docs/pipe.md");
        AdditionalText[] files =
        [
            new Text(status, SprintReport.WrongTotal),
            new FromDisk(link),
            new FromDisk(zero),
            new FromDisk(fifo),
        ];

        ImmutableArray<RoslynDiagnostic> found = UntrustedTree.NeverOpens(() => AnalyzeAsync(new ReportLintAnalyzer(), files, new Options([])).GetAwaiter().GetResult(), fifo);

        Assert.Equal(string.Join("\n",
        [
            $"RL0006 {link}(1,1)-(1,1) Warning: Not read: a symbolic link that leads out of {tree.Root}; not read (the project's ReportLintFollowSymlinks=true reads it).",
            $"RL0006 {fifo}(1,1)-(1,1) Warning: Not read: a FIFO (named pipe), not a regular file; not read.",
            $"RL0006 {zero}(1,1)-(1,1) Warning: Not read: a symbolic link that leads out of {tree.Root}; not read (the project's ReportLintFollowSymlinks=true reads it).",
            $"RL2001 {status}(7,17)-(7,19) Warning: Total 6h ≠ 2h + 3h = 5h (rows 5–6)",
        ]), string.Join("\n", Show(found)));

        // Each reason is its own check of RL0006: its own descriptor, whose help link is its section of the rule's page.
        Assert.Equal(["RL0006.md#leads-out", "RL0006.md#leads-out", "RL0006.md#not-regular"],
            found.Where(d => d.Id == "RL0006").Select(d => d.Descriptor.HelpLinkUri.Substring(RuleDescriptor.HelpLinkBase.Length)).Order(StringComparer.Ordinal));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task The_projects_ReportLintFollowSymlinks_reads_through_a_link_out_of_the_repository()
    {
        using var tree = new UntrustedTree();
        string link = tree.Link("docs/passwd.md", tree.SecretFile);
        var options = new Options([]) { Global = { ["build_property.ReportLintFollowSymlinks"] = "true" } };

        ImmutableArray<RoslynDiagnostic> found = await AnalyzeAsync(new ReportLintAnalyzer(), [new FromDisk(link)], options);

        Assert.Equal([$"RL2001 {link}(9,11)-(9,13) Warning: Total 9h ≠ 2h + 1h = 3h (rows 7–8)"], Show(found));
    }

    // An additional file as the compiler gives it: its text read from disk when asked for.
    private sealed class FromDisk(string path) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(File.ReadAllText(Path));
    }

    // ---- harness ----

    private string Report(string relative, string text)
    {
        string path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private static Task<ImmutableArray<RoslynDiagnostic>> AnalyzeAsync(DiagnosticAnalyzer analyzer, (string Path, string Text)[] files) =>
        AnalyzeAsync(analyzer, files.Select(f => (AdditionalText)new Text(f.Path, f.Text)).ToArray(), new Options([]));

    private static async Task<ImmutableArray<RoslynDiagnostic>> AnalyzeAsync(DiagnosticAnalyzer analyzer, AdditionalText[] files, Options options)
    {
        CSharpCompilation compilation = CSharpCompilation.Create("Docs", [CSharpSyntaxTree.ParseText("class C { }")],
            [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)], new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var analyzerOptions = new AnalyzerOptions([.. files], options);
        CompilationWithAnalyzers withAnalyzers = compilation.WithAnalyzers([analyzer],
            new CompilationWithAnalyzersOptions(analyzerOptions, onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false,
                reportSuppressedDiagnostics: false, analyzerExceptionFilter: null));
        // The analyzer itself must never throw: the compiler would report that as AD0001.
        ImmutableArray<RoslynDiagnostic> all = await withAnalyzers.GetAllDiagnosticsAsync();
        Assert.DoesNotContain(all, d => d.Id == "AD0001");
        return await withAnalyzers.GetAnalyzerDiagnosticsAsync();
    }

    private static List<string> Show(IEnumerable<RoslynDiagnostic> diagnostics) => diagnostics
        .Select(d =>
        {
            FileLinePositionSpan at = d.Location.GetLineSpan();
            return $"{d.Id} {at.Path}({at.StartLinePosition.Line + 1},{at.StartLinePosition.Character + 1})-({at.EndLinePosition.Line + 1},{at.EndLinePosition.Character + 1}) {d.Severity}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
        })
        .Order(StringComparer.Ordinal)
        .ToList();

    private sealed class Text(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }

    private sealed class Unreadable(string path) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => throw new IOException("disk on fire");
    }

    // .editorconfig as the compiler hands it to analyzers: the options of each additional file.
    private sealed class Options(Dictionary<string, Dictionary<string, string>> byPath) : AnalyzerConfigOptionsProvider
    {
        // The build properties the compiler is given (build_property.*).
        public Dictionary<string, string> Global { get; } = [];

        public override AnalyzerConfigOptions GlobalOptions => new Values(Global);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            new Values(byPath.GetValueOrDefault(textFile.Path) ?? []);
    }

    private sealed class Values(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) =>
            values.TryGetValue(key, out value);
    }

    // An analysis context from before additional-file actions (Roslyn 3.8): RegisterAdditionalFileAction keeps its base
    // implementation, which throws NotImplementedException.
    private sealed class HostWithoutAdditionalFileActions : Microsoft.CodeAnalysis.Diagnostics.AnalysisContext
    {
        public List<Action<CompilationAnalysisContext>> CompilationActions { get; } = [];

        public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode)
        {
        }

        public override void EnableConcurrentExecution()
        {
        }

        public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => CompilationActions.Add(action);

        public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) => throw new NotSupportedException();

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => throw new NotSupportedException();

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => throw new NotSupportedException();

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw new NotSupportedException();

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => throw new NotSupportedException();

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => throw new NotSupportedException();

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => throw new NotSupportedException();
    }

    private sealed class Throwing : ReportAnalyzer
    {
        private static readonly RuleDescriptor Rule = RuleDescriptor.Create("RL4998", "test-throw", "Test", "x", RuleCategory.Integrity, Severity.Warning, "Test.");

        public override ImmutableArray<RuleDescriptor> SupportedRules => [Rule];

        public override void Initialize(AnalysisContext context) =>
            context.RegisterDocumentAction(_ => throw new InvalidOperationException("boom"));
    }
}
