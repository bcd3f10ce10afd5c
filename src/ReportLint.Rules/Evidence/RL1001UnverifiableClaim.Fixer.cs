using System.Collections.Immutable;
using ReportLint.Fixes;
using ReportLint.Text;

namespace ReportLint.Rules.Evidence;

/// <summary>
/// "Replace unverifiable 100% with evidence count": "644 Unit Tests: 100% pass rate" becomes "644 Unit Tests:
/// 644/644 passed". Offered only when the count is stated in the same list item, row or sentence.
/// </summary>
public sealed class RL1001UnverifiableClaimFixer : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = [RL1001UnverifiableClaim.Rule.Id];

    /// <inheritdoc />
    public override void RegisterCodeFixes(CodeFixContext context)
    {
        if (context.Diagnostic.Properties.TryGetValue(RL1001UnverifiableClaim.ReplacementProperty, out string? replacement))
        {
            context.RegisterCodeFix($"Replace unverifiable 100% with evidence count: '{replacement}'", new TextEdit(context.Diagnostic.Span, replacement));
        }
    }
}
