using System.Collections.Immutable;
using ReportLint.Text;

namespace ReportLint.Diagnostics;

/// <summary>A titled set of edits on the original text that repairs one diagnostic.</summary>
public sealed class CodeFix
{
    /// <summary>Creates a fix.</summary>
    public CodeFix(string title, Diagnostic diagnostic, ImmutableArray<TextEdit> edits, string? equivalenceKey = null)
        : this(title, diagnostic, edits, equivalenceKey, isUncertain: false)
    {
    }

    /// <summary>Creates a fix that may be a guess (<see cref="IsUncertain"/>).</summary>
    public CodeFix(string title, Diagnostic diagnostic, ImmutableArray<TextEdit> edits, string? equivalenceKey, bool isUncertain)
    {
        Title = title ?? throw new ArgumentNullException(nameof(title));
        Diagnostic = diagnostic ?? throw new ArgumentNullException(nameof(diagnostic));
        Edits = edits.IsDefault ? [] : edits;
        EquivalenceKey = equivalenceKey ?? diagnostic.Id;
        IsUncertain = isUncertain;
    }

    /// <summary>
    /// Whether the fix guesses (a mojibake character rebuilt from a lost byte, with other candidates). Fix-all never
    /// builds on a guess: no other fix edits a line that holds one, in the same pass or a later one.
    /// </summary>
    public bool IsUncertain { get; }

    /// <summary>What the fix does, for people ("Replace 7.5h with 7h").</summary>
    public string Title { get; }

    /// <summary>The diagnostic it repairs.</summary>
    public Diagnostic Diagnostic { get; }

    /// <summary>The edits, on the text the diagnostic was reported on.</summary>
    public ImmutableArray<TextEdit> Edits { get; }

    /// <summary>Fixes with the same key are of the same kind (fix-all groups by it).</summary>
    public string EquivalenceKey { get; }

    /// <summary>The span covering all edits.</summary>
    public TextSpan Extent => Edits.Length == 0
        ? new TextSpan(Diagnostic.Span.Start, 0)
        : TextSpan.FromBounds(Edits.Min(e => e.Span.Start), Edits.Max(e => e.Span.End));
}
