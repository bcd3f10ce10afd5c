using System.Collections.Immutable;
using System.Text;
using ReportLint.Analysis;
using ReportLint.Diagnostics;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Integrity;

/// <summary>
/// RL4001: UTF-8 text that was decoded through a single-byte code page ("âœ…" for "✅"), reported once per line and
/// repaired by its fix. The detection (code page per document by what repairs cleanly, lost bytes rebuilt, text
/// quoted on purpose left alone) is the model's <see cref="ReportModel.Mojibake"/>.
/// </summary>
public sealed partial class RL4001Mojibake : ReportAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        "RL4001", "mojibake", "Text is mangled by an encoding error (mojibake)",
        "Mojibake: '{0}' is {1}; it should read '{2}'{3}",
        RuleCategory.Integrity, Severity.Warning,
        "UTF-8 bytes decoded as a legacy code page turn ✅ into âœ… and é into Ã©: the report no longer says what its author wrote.");

    /// <inheritdoc />
    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        SourceText source = context.Document.Text;
        IReadOnlyList<MojibakeSequence> sequences = ReportModel.Of(context.Document).Mojibake;
        int i = 0;
        while (i < sequences.Count)
        {
            int line = source.GetLinePosition(sequences[i].Span.Start).Line;
            int j = i + 1;
            TextSpan lineSpan = source.GetLineSpan(line);
            while (j < sequences.Count && sequences[j].Span.Start < lineSpan.End)
            {
                j++;
            }

            MojibakeSequence first = sequences[i];
            var note = new StringBuilder();
            if (first.Broken)
            {
                note.Append(" (the bytes lost cannot be rebuilt: a lost glyph)");
            }
            else if (first.Uncertain)
            {
                note.Append(" (a byte was lost; rebuilt as the likeliest of ").Append(1 + first.Alternatives.Count).Append(" candidates)");
            }

            if (j - i > 1)
            {
                note.Append("; ").Append(j - i - 1).Append(" more on this line");
            }

            TextSpan span = TextSpan.FromBounds(first.Span.Start, sequences[j - 1].Span.End);
            ReadOnlySpan<char> mangled = source[first.Span];
            // A C1 control character alone is a Windows-1252 byte read as ISO-8859-1, not UTF-8.
            string how = mangled.Length == 1 && mangled[0] is >= '\u0080' and <= '\u009F'
                ? "Windows-1252 read as " + first.CodePage
                : "UTF-8 read as " + first.CodePage;
            context.Diagnostics.Report(Rule, span, Repair(sequences, i, j), [], Escape(mangled), how, Escape(first.Repaired.AsSpan()), note.ToString());
            i = j;
        }
    }

    /// <summary>The text with its control characters (C0, DEL, C1) written as <c>U+0081</c>, so a message never holds one.</summary>
    internal static string Escape(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (c < ' ' || c is >= '\u007F' and <= '\u009F')
            {
                builder.Append("U+").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
