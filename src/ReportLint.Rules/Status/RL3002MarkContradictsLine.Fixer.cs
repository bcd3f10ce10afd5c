using System.Collections.Immutable;
using ReportLint.Fixes;
using ReportLint.Text;

namespace ReportLint.Rules.Status;

/// <summary>Changes a contradicted mark to the one its line supports: ✅ to ⏳ or ⚠️, ❌ to ✅.</summary>
public sealed class RL3002MarkContradictsLineFixer : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = [RL3002MarkContradictsLine.Rule.Id];

    /// <inheritdoc />
    public override void RegisterCodeFixes(CodeFixContext context)
    {
        if (context.Diagnostic.Properties.TryGetValue(RL3002MarkContradictsLine.ReplacementProperty, out string? mark))
        {
            string current = context.Document.GetText(context.Diagnostic.Span).ToString();
            context.RegisterCodeFix($"Change '{current}' to '{mark}', as the line says", new TextEdit(context.Diagnostic.Span, mark));
        }
    }
}
