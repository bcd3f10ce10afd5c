using System.Collections.Immutable;
using System.Text;
using ReportLint.Claims;
using ReportLint.Fixes;
using ReportLint.Text;

namespace ReportLint.Rules.Integrity;

/// <summary>
/// Repairs the mojibake of one line: each mangled sequence is replaced by the character it stands for. A character
/// rebuilt from a lost byte is named in the fix's title as uncertain, with the other candidates; a sequence with
/// no valid rebuild becomes U+FFFD (and is then reported as RL4002).
/// </summary>
public sealed class RL4001MojibakeFixer : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = [RL4001Mojibake.Rule.Id];

    /// <inheritdoc />
    public override void RegisterCodeFixes(CodeFixContext context)
    {
        MojibakeSequence[] sequences = DocumentMojibake.Of(context.Document).Within(context.Diagnostic.Span).ToArray();
        if (sequences.Length == 0)
        {
            return;
        }

        var title = new StringBuilder("Repair mojibake: ");
        title.Append(string.Join(", ", sequences.Take(3).Select(s => $"'{RL4001Mojibake.Escape(context.Document.GetText(s.Span))}' → '{RL4001Mojibake.Escape(s.Repaired.AsSpan())}'")));
        if (sequences.Length > 3)
        {
            title.Append(" and ").Append(sequences.Length - 3).Append(" more");
        }

        var uncertain = sequences.Where(s => s.Uncertain && !s.Broken).ToArray();
        if (uncertain.Length > 0)
        {
            title.Append("; uncertain (a byte was lost): ")
                .Append(string.Join(", ", uncertain.Select(s => $"'{s.Repaired}' (or {string.Join(", ", s.Alternatives.Take(3).Select(a => $"'{a}'"))})")));
        }

        if (sequences.Any(s => s.Broken))
        {
            title.Append("; lost beyond repair, written as U+FFFD: ").Append(sequences.Count(s => s.Broken));
        }

        context.RegisterCodeFix(title.ToString(), sequences.Select(s => new TextEdit(s.Span, s.Repaired)));
    }
}
