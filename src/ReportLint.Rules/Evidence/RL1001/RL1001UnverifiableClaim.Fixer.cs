using System.Collections.Immutable;
using ReportLint.Analysis;
using ReportLint.Diagnostics;
using ReportLint.Text;

namespace ReportLint.Rules.Evidence;

/// <summary>
/// The fix of RL1001, "Replace unverifiable 100% with evidence count": "644 Unit Tests: 100% pass rate" becomes "644
/// Unit Tests: 644/644 passed". Offered only when the count is stated in the same list item, row or sentence.
/// </summary>
public sealed partial class RL1001UnverifiableClaim
{
    /// <inheritdoc />
    public override ImmutableArray<RuleDescriptor> FixableRules { get; } = [Rule];

    // Replaces the claim the diagnostic points at with its count form ("644/644 passed").
    private static CodeFixFactory WithCount(string replacement) => context =>
        context.RegisterCodeFix($"Replace unverifiable 100% with evidence count: '{replacement}'", new TextEdit(context.Diagnostic.Span, replacement));
}
