using System.Collections.Immutable;
using System.Text;
using ReportLint.Analysis;
using ReportLint.Diagnostics;
using ReportLint.Text;

namespace ReportLint.Rules.Integrity;

/// <summary>
/// RL4001: UTF-8 text that was decoded through a single-byte code page ("âœ…" for "✅"), reported once per line.
/// A document whose correctly encoded non-ASCII characters outnumber the mangled sequences is taken to quote
/// mojibake on purpose and is left alone.
/// </summary>
public sealed class RL4001Mojibake : ReportAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        "RL4001", "mojibake", "Text is mangled by an encoding error (mojibake)",
        "Mojibake: '{0}' is UTF-8 read as {1}; it should read '{2}'{3}",
        RuleCategory.Integrity, Severity.Warning,
        "UTF-8 bytes decoded as a legacy code page turn ✅ into âœ… and é into Ã©: the report no longer says what its author wrote.");

    /// <inheritdoc />
    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    internal static List<MojibakeSequence> FindSequences(string text)
    {
        var sequences = new List<MojibakeSequence>();
        if (!Mojibake.MightContain(text))
        {
            return sequences;
        }

        Mojibake.Find(text, 0, sequences);
        if (sequences.Count == 0)
        {
            return sequences;
        }

        // Correct non-ASCII characters outside any sequence: if they dominate, the mojibake is quoted on purpose.
        int legit = 0, s = 0;
        for (int i = 0; i < text.Length; i++)
        {
            while (s < sequences.Count && sequences[s].Span.End <= i)
            {
                s++;
            }

            if (s < sequences.Count && sequences[s].Span.Start <= i)
            {
                continue;
            }

            char c = text[i];
            if (c >= 0x80 && !char.IsLowSurrogate(c) && !char.IsWhiteSpace(c))
            {
                legit++;
            }
        }

        if (legit > sequences.Count)
        {
            sequences.Clear();
        }

        return sequences;
    }

    private static void Analyze(DocumentAnalysisContext context)
    {
        SourceText source = context.Document.Text;
        List<MojibakeSequence> sequences = FindSequences(source.Text);
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
            if (first.Uncertain)
            {
                note.Append(" (a byte was lost; rebuilt as the likeliest of ")
                    .Append(1 + first.Alternatives.Count).Append(" candidates)");
            }

            if (j - i > 1)
            {
                note.Append("; ").Append(j - i - 1).Append(" more on this line");
            }

            TextSpan span = TextSpan.FromBounds(first.Span.Start, sequences[j - 1].Span.End);
            context.Report(Rule, span, source[first.Span].ToString(), first.CodePage, first.Repaired, note.ToString());
            i = j;
        }
    }
}
