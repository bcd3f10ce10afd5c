using System.Collections.Immutable;
using ReportLint.Analysis;
using ReportLint.Diagnostics;
using ReportLint.Text;

namespace ReportLint.Fixes;

/// <summary>
/// Builds the fixes of one diagnostic when they are asked for: the rule passes one to
/// <see cref="DiagnosticSink.Report(RuleDescriptor, TextSpan, CodeFixFactory?, IEnumerable{TextSpan}, object?[])"/>
/// and the diagnostic carries it (as markdownlint's <c>fixInfo</c> rides on its error object). It runs at most once per
/// diagnostic, only when a host reads <see cref="Diagnostic.Fixes"/> (<c>fix</c>, SARIF and JSON output, an IDE),
/// never on the plain <c>check</c> path; it registers its fixes on the context, as Roslyn's code fix providers do.
/// </summary>
public delegate void CodeFixFactory(CodeFixContext context);

/// <summary>What a <see cref="CodeFixFactory"/> is asked to fix, and where it registers its fixes.</summary>
public readonly struct CodeFixContext
{
    private readonly List<CodeFix> _fixes;

    internal CodeFixContext(ReportDocument document, Diagnostic diagnostic, List<CodeFix> fixes)
    {
        Document = document;
        Diagnostic = diagnostic;
        _fixes = fixes;
    }

    /// <summary>The document the diagnostic was reported on.</summary>
    public ReportDocument Document { get; }

    /// <summary>The diagnostic to fix.</summary>
    public Diagnostic Diagnostic { get; }

    /// <summary>Registers a fix. A fix whose edits would change nothing is dropped.</summary>
    public void RegisterCodeFix(string title, IEnumerable<TextEdit> edits, string? equivalenceKey = null)
    {
        ImmutableArray<TextEdit> list = edits.ToImmutableArray();
        string text = Document.Text.Text;
        bool changes = false;
        foreach (TextEdit edit in list)
        {
            if (edit.Span.End > text.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(edits), $"Edit {edit.Span} lies outside the text ({text.Length} characters).");
            }

            changes |= !text.AsSpan(edit.Span.Start, edit.Span.Length).SequenceEqual(edit.NewText);
        }

        if (changes)
        {
            _fixes.Add(new CodeFix(title, Diagnostic, list, equivalenceKey));
        }
    }

    /// <summary>Registers a fix made of one edit.</summary>
    public void RegisterCodeFix(string title, TextEdit edit, string? equivalenceKey = null) =>
        RegisterCodeFix(title, [edit], equivalenceKey);
}
