using System.Collections.Immutable;
using ReportLint.Diagnostics;
using ReportLint.Text;

namespace ReportLint.Analysis;

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

    /// <summary>
    /// Registers a fix. A fix whose edits would change nothing is dropped, and so is a status rule's fix that would edit
    /// code: a status rule reads the marks in a code block (a YAML block of results), but what code holds is output or
    /// configuration quoted as it is, and a fix never changes it.
    /// </summary>
    public void RegisterCodeFix(string title, IEnumerable<TextEdit> edits, string? equivalenceKey = null) =>
        Register(title, edits, equivalenceKey, isUncertain: false);

    /// <summary>
    /// Registers a fix that guesses (<see cref="CodeFix.IsUncertain"/>): it is applied, and no other fix builds on it.
    /// </summary>
    public void RegisterUncertainCodeFix(string title, IEnumerable<TextEdit> edits, string? equivalenceKey = null) =>
        Register(title, edits, equivalenceKey, isUncertain: true);

    // A fix built on a part of a large file and moved to the file's offsets: its edits were checked on the part (which
    // holds every code block it touches whole), so the file is not parsed again for them.
    internal void RegisterMoved(string title, ImmutableArray<TextEdit> edits, string equivalenceKey, bool isUncertain) =>
        Register(title, edits, equivalenceKey, isUncertain, checkCode: false);

    private void Register(string title, IEnumerable<TextEdit> edits, string? equivalenceKey, bool isUncertain, bool checkCode = true)
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

        if (changes && !(checkCode && Diagnostic.Descriptor.Category == RuleCategory.Status && EditsCode(list)))
        {
            _fixes.Add(new CodeFix(title, Diagnostic, list, equivalenceKey, isUncertain));
        }
    }

    private bool EditsCode(ImmutableArray<TextEdit> edits)
    {
        CodeRegions code = CodeRegions.Of(Document);
        foreach (TextEdit edit in edits)
        {
            if (code.Contains(edit.Span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Registers a fix made of one edit.</summary>
    public void RegisterCodeFix(string title, TextEdit edit, string? equivalenceKey = null) =>
        RegisterCodeFix(title, [edit], equivalenceKey);
}

// A rule's fix on the document its diagnostic was reported on: what the diagnostic runs when its fixes are first asked
// for (the diagnostic itself knows nothing of documents).
internal sealed class DocumentFix : FixSource
{
    private readonly CodeFixFactory _factory;
    private readonly ReportDocument _document;

    private DocumentFix(CodeFixFactory factory, ReportDocument document)
    {
        _factory = factory;
        _document = document;
    }

    // A source for a rule's fix, or null when the rule attached none (or there is no document to fix).
    internal static DocumentFix? For(CodeFixFactory? factory, ReportDocument? document) =>
        factory is null || document is null ? null : new DocumentFix(factory, document);

    internal override void AddFixes(Diagnostic diagnostic, List<CodeFix> fixes) => _factory(new CodeFixContext(_document, diagnostic, fixes));
}
