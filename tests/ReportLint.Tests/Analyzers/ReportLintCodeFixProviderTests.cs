extern alias analyzers;

using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using analyzers::ReportLint.Analyzers;
using ReportLint.Analyzers;
using ReportLint.Tests.Harness;
using RoslynDiagnostic = Microsoft.CodeAnalysis.Diagnostic;

namespace ReportLint.Tests.Analyzers;

/// <summary>
/// The code fixes as an IDE applies them: the analyzer's finding in a Markdown additional document of a workspace
/// project, the provider's code action, and the solution it returns.
/// </summary>
public sealed class ReportLintCodeFixProviderTests
{
    [Fact]
    public async Task Replaces_a_wrong_total_with_the_sum_in_the_additional_document()
    {
        using var workspace = new AdhocWorkspace();
        TextDocument document = workspace.AddProject("Docs", LanguageNames.CSharp)
            .AddAdditionalDocument("status.md", SourceText.From(SprintReport.WrongTotal), filePath: "docs/status.md");
        RoslynDiagnostic total = await FindingAsync(document);

        var actions = new List<CodeAction>();
        await new ReportLintCodeFixProvider().RegisterCodeFixesAsync(new CodeFixContext(document, total, (a, _) => actions.Add(a), CancellationToken.None));

        CodeAction action = Assert.Single(actions);
        Assert.Equal("Replace the total 6 with the sum of its parts, 5", action.Title);
        ImmutableArray<CodeActionOperation> operations = await action.GetOperationsAsync(CancellationToken.None);
        Solution changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        SourceText fixedText = await changed.GetAdditionalDocument(document.Id)!.GetTextAsync();
        Assert.Equal(SprintReport.WrongTotal.Replace("**6h**", "**5h**", StringComparison.Ordinal), fixedText.ToString());
    }

    [Fact]
    public async Task Offers_nothing_for_a_finding_the_report_no_longer_has()
    {
        using var workspace = new AdhocWorkspace();
        TextDocument document = workspace.AddProject("Docs", LanguageNames.CSharp)
            .AddAdditionalDocument("status.md", SourceText.From(SprintReport.WrongTotal), filePath: "docs/status.md");
        RoslynDiagnostic total = await FindingAsync(document);
        TextDocument corrected = document.Project.Solution
            .WithAdditionalDocumentText(document.Id, SourceText.From(SprintReport.WrongTotal.Replace("**6h**", "**5h**", StringComparison.Ordinal)))
            .GetAdditionalDocument(document.Id)!;

        var actions = new List<CodeAction>();
        await new ReportLintCodeFixProvider().RegisterCodeFixesAsync(new CodeFixContext(corrected, total, (a, _) => actions.Add(a), CancellationToken.None));

        Assert.Empty(actions);
    }

    [Fact]
    public void Is_offered_for_Markdown_additional_documents_and_the_fixable_rules()
    {
        ExportCodeFixProviderAttribute export = typeof(ReportLintCodeFixProvider).GetCustomAttribute<ExportCodeFixProviderAttribute>()!;

        Assert.Equal([nameof(TextDocumentKind.AdditionalDocument)], export.DocumentKinds);
        Assert.Equal([".md", ".markdown"], export.DocumentExtensions!);
        Assert.Equal(["RL1001", "RL2001", "RL3002", "RL4001", "RL4003"], new ReportLintCodeFixProvider().FixableDiagnosticIds.ToArray());
    }

    // The analyzer's finding in the document, as the IDE would hand it to the provider.
    private static async Task<RoslynDiagnostic> FindingAsync(TextDocument document)
    {
        Compilation compilation = (await document.Project.GetCompilationAsync())!;
        ImmutableArray<RoslynDiagnostic> found = await compilation
            .WithAnalyzers([new ReportLintAnalyzer()], document.Project.AnalyzerOptions)
            .GetAnalyzerDiagnosticsAsync();
        return Assert.Single(found, d => d.Id == "RL2001");
    }
}
