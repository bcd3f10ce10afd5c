using System.Collections.Immutable;
using ReportLint.Analysis;
using ReportLint.Diagnostics;
using ReportLint.Text;

namespace ReportLint.Rules.Status;

/// <summary>The fix of RL3002: changes a contradicted mark to the one its line supports: ✅ to ⏳ or ⚠️, ❌ to ✅.</summary>
public sealed partial class RL3002MarkContradictsLine
{
    /// <inheritdoc />
    public override ImmutableArray<RuleDescriptor> FixableRules { get; } = [Rule];

    // Replaces the mark the diagnostic points at with the one the line supports.
    private static CodeFixFactory ChangeMark(string mark) => context =>
    {
        string current = context.Document.GetText(context.Diagnostic.Span).ToString();
        context.RegisterCodeFix($"Change '{current}' to '{mark}', as the line says", new TextEdit(context.Diagnostic.Span, mark));
    };
}
