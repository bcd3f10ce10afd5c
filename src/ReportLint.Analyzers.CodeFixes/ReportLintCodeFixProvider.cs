using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;
using CodeFix = ReportLint.Diagnostics.CodeFix;
using ReportLint.Rules;
using RoslynDiagnostic = Microsoft.CodeAnalysis.Diagnostic;

namespace ReportLint.Analyzers;

/// <summary>
/// The fixes of the built-in rules (RL1001, RL2001, RL3002, RL4001, RL4003) for the analyzer's findings in Markdown
/// additional files: the report is linted again with its configuration, and each fix ReportLint offers for the
/// finding at that span becomes a code action that edits the report's text.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReportLintCodeFixProvider),
    DocumentKinds = [nameof(TextDocumentKind.AdditionalDocument)], DocumentExtensions = [".md", ".markdown"])]
[Shared]
public sealed class ReportLintCodeFixProvider : CodeFixProvider
{
    private static readonly ImmutableArray<string> Fixable = BuiltInRules.CreateAnalyzers()
        .SelectMany(a => a.FixableRules).Select(r => r.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray();

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds => Fixable;

    /// <summary>None: fixing a whole report or folder is <c>reportlint fix</c>'s job.</summary>
    public override FixAllProvider? GetFixAllProvider() => null;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        TextDocument document = context.TextDocument;
        SourceText text = await document.GetTextAsync(context.CancellationToken).ConfigureAwait(false);
        string? path = document.FilePath;

        // The configuration files are read again for each request: they may have changed since the last one.
        ReportLinter? linter = path is not null && Path.IsPathRooted(path) ? new ConfiguredLinters().For(path).Linter : BuiltInRules.CreateLinter();
        if (linter is null)
        {
            return;
        }

        LintResult result = linter.Lint(text.ToString(), path);
        foreach (RoslynDiagnostic diagnostic in context.Diagnostics)
        {
            TextSpan span = diagnostic.Location.SourceSpan;
            ImmutableArray<CodeFix> fixes = linter.GetFixes(result, d => d.Id == diagnostic.Id && d.Span.Start == span.Start && d.Span.Length == span.Length);
            foreach (CodeFix fix in fixes)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(fix.Title, _ => Task.FromResult(Apply(document, text, fix)), fix.EquivalenceKey),
                    diagnostic);
            }
        }
    }

    private static Solution Apply(TextDocument document, SourceText text, CodeFix fix) =>
        document.Project.Solution.WithAdditionalDocumentText(document.Id,
            text.WithChanges(fix.Edits.Select(e => new TextChange(new TextSpan(e.Span.Start, e.Span.Length), e.NewText))));
}
