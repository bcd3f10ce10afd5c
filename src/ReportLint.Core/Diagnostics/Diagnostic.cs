using System.Collections.Immutable;
using ReportLint.Text;

namespace ReportLint.Diagnostics;

/// <summary>A place in the text that a diagnostic points at besides its main span.</summary>
public readonly record struct AdditionalLocation(TextSpan Span, LinePositionSpan LineSpan, string? Label);

/// <summary>
/// One finding: a rule, a span of the source, its 1-based line/column range, a formatted message, and the fixes its
/// rule offers for it (<see cref="Fixes"/>, built on first request).
/// </summary>
public sealed class Diagnostic
{
    // What builds the fixes the rule attached (its fix on the document it was reported on, given by the analysis
    // layer); they are built from it once, on demand. Not readonly, with the span and the other places: a diagnostic
    // found in a part of a large file is moved to the file's offsets once, by the linter, before anyone else sees it
    // (MoveFromPart).
    private FixSource? _fix;
    private ImmutableArray<CodeFix> _fixes;

    internal Diagnostic(RuleDescriptor descriptor, Severity severity, TextSpan span, LinePositionSpan lineSpan,
        string message, ImmutableDictionary<string, string> properties, ImmutableArray<AdditionalLocation> additionalLocations,
        string? path, FixSource? fix = null)
    {
        _fix = fix;
        Descriptor = descriptor;
        Severity = severity;
        Span = span;
        LineSpan = lineSpan;
        Message = message;
        Properties = properties;
        AdditionalLocations = additionalLocations;
        Path = path;
    }

    /// <summary>The rule that produced it.</summary>
    public RuleDescriptor Descriptor { get; }

    /// <summary>The rule's ID.</summary>
    public string Id => Descriptor.Id;

    /// <summary>The effective severity (the default unless configuration changed it).</summary>
    public Severity Severity { get; }

    /// <summary>The span of the source it points at.</summary>
    public TextSpan Span { get; private set; }

    /// <summary>The 1-based line/column range of <see cref="Span"/>.</summary>
    public LinePositionSpan LineSpan { get; private set; }

    /// <summary>The 1-based line it starts on.</summary>
    public int Line => LineSpan.Start.Line;

    /// <summary>The 1-based column it starts at.</summary>
    public int Column => LineSpan.Start.Column;

    /// <summary>The message, with the evidence a reader needs to check it.</summary>
    public string Message { get; }

    /// <summary>Data a host may read about the finding (as Roslyn's diagnostic properties); fixes do not go through it.</summary>
    public ImmutableDictionary<string, string> Properties { get; }

    /// <summary>Other places the finding involves (the other value of a contradiction, the rows of a sum).</summary>
    public ImmutableArray<AdditionalLocation> AdditionalLocations { get; private set; }

    /// <summary>The path of the linted file, when known.</summary>
    public string? Path { get; }

    /// <summary>Whether its rule attached a fix (cheap: nothing is built). <see cref="Fixes"/> may still be empty.</summary>
    public bool HasFix => _fix is not null;

    /// <summary>
    /// The fixes its rule offers, edits on the text it was reported on: built on first request (the plain check
    /// never builds them), then kept. Empty when the rule offers none or a fix would change nothing.
    /// </summary>
    public ImmutableArray<CodeFix> Fixes
    {
        get
        {
            if (_fixes.IsDefault)
            {
                ImmutableArray<CodeFix> built = [];
                if (_fix is not null)
                {
                    var list = new List<CodeFix>();
                    _fix.AddFixes(this, list);
                    built = [.. list];
                }

                ImmutableInterlocked.InterlockedInitialize(ref _fixes, built);
            }

            return _fixes;
        }
    }

    // Moves a diagnostic the linter found in a part of a file, and that no one else has seen, to its place in the file:
    // its spans, their lines and columns, the fix of the part moved to the file and the file's document. A part's
    // diagnostics are a file's findings, so one object each rather than a copy made of each to be dropped. Fixes built on
    // the part (their edits at the part's offsets, read to make the moved fix) are let go.
    internal Diagnostic MoveFromPart(TextSpan span, LinePositionSpan lineSpan, ImmutableArray<AdditionalLocation> additionalLocations,
        FixSource? fix)
    {
        _fixes = default;
        _fix = fix;
        Span = span;
        LineSpan = lineSpan;
        AdditionalLocations = additionalLocations;
        return this;
    }

    /// <summary>A copy with another severity (its fixes repair the copy).</summary>
    public Diagnostic WithSeverity(Severity severity) =>
        severity == Severity ? this : new Diagnostic(Descriptor, severity, Span, LineSpan, Message, Properties, AdditionalLocations, Path, _fix);

    /// <inheritdoc />
    public override string ToString() =>
        $"{Path ?? "<text>"}({LineSpan.Start.Line},{LineSpan.Start.Column}): {Severity.ToWord()} {Id}: {Message}";
}

/// <summary>
/// What builds a diagnostic's fixes when a host first asks for them. Diagnostics know nothing of documents or
/// analysis: the analysis layer, which reports them, gives each diagnostic whose rule attached a fix a source that
/// runs the rule's fix on the document it was reported on (as Roslyn keeps code fixes apart from its diagnostics).
/// </summary>
internal abstract class FixSource
{
    /// <summary>Adds the fixes of <paramref name="diagnostic"/> to <paramref name="fixes"/>.</summary>
    internal abstract void AddFixes(Diagnostic diagnostic, List<CodeFix> fixes);
}
