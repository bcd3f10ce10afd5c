using System.Collections.Immutable;
using ReportLint.Text;

namespace ReportLint.Diagnostics;

/// <summary>A place in the text that a diagnostic points at besides its main span.</summary>
public readonly record struct AdditionalLocation(TextSpan Span, LinePositionSpan LineSpan, string? Label);

/// <summary>One finding: a rule, a span of the source, its 1-based line/column range, a formatted message.</summary>
public sealed class Diagnostic
{
    internal Diagnostic(RuleDescriptor descriptor, Severity severity, TextSpan span, LinePositionSpan lineSpan,
        string message, ImmutableDictionary<string, string> properties, ImmutableArray<AdditionalLocation> additionalLocations,
        string? path)
    {
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
    public TextSpan Span { get; }

    /// <summary>The 1-based line/column range of <see cref="Span"/>.</summary>
    public LinePositionSpan LineSpan { get; }

    /// <summary>The 1-based line it starts on.</summary>
    public int Line => LineSpan.Start.Line;

    /// <summary>The 1-based column it starts at.</summary>
    public int Column => LineSpan.Start.Column;

    /// <summary>The message, with the evidence a reader needs to check it.</summary>
    public string Message { get; }

    /// <summary>Data for code fixes (as Roslyn's diagnostic properties).</summary>
    public ImmutableDictionary<string, string> Properties { get; }

    /// <summary>Other places the finding involves (the other value of a contradiction, the rows of a sum).</summary>
    public ImmutableArray<AdditionalLocation> AdditionalLocations { get; }

    /// <summary>The path of the linted file, when known.</summary>
    public string? Path { get; }

    /// <summary>A copy with another severity.</summary>
    public Diagnostic WithSeverity(Severity severity) =>
        severity == Severity ? this : new Diagnostic(Descriptor, severity, Span, LineSpan, Message, Properties, AdditionalLocations, Path);

    /// <inheritdoc />
    public override string ToString() =>
        $"{Path ?? "<text>"}({LineSpan.Start.Line},{LineSpan.Start.Column}): {Severity.ToWord()} {Id}: {Message}";
}
