using System.Collections.Immutable;
using System.Text;
using ReportLint.Analysis;
using ReportLint.Diagnostics;
using ReportLint.Text;

namespace ReportLint.Rules.Integrity;

/// <summary>
/// The fix of RL4001: repairs the mojibake of one line: each mangled sequence is replaced by the character it stands
/// for. A character rebuilt from a lost byte is named in the fix's title as uncertain, with the other candidates; a
/// sequence with no valid rebuild becomes U+FFFD (and is then reported as RL4002).
/// </summary>
public sealed partial class RL4001Mojibake
{
    /// <inheritdoc />
    public override ImmutableArray<RuleDescriptor> FixableRules { get; } = [Rule];

    // Repairs the sequences [start, end) of the document's mojibake: the ones on the diagnostic's line.
    private static CodeFixFactory Repair(IReadOnlyList<MojibakeSequence> all, int start, int end) => context =>
    {
        var sequences = new MojibakeSequence[end - start];
        for (int i = start; i < end; i++)
        {
            sequences[i - start] = all[i];
        }

        var title = new StringBuilder("Repair mojibake: ");
        title.Append(string.Join(", ", sequences.Take(3).Select(s => $"'{Escape(context.Document.GetText(s.Span))}' → '{Escape(s.Repaired.AsSpan())}'")));
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

        var edits = sequences.Select(s => new TextEdit(s.Span, s.Repaired));
        if (uncertain.Length > 0)
        {
            context.RegisterUncertainCodeFix(title.ToString(), edits);
        }
        else
        {
            context.RegisterCodeFix(title.ToString(), edits);
        }
    };
}
