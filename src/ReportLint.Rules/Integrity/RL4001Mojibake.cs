using System.Collections.Immutable;
using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportLint.Analysis;
using ReportLint.Diagnostics;
using ReportLint.Text;

namespace ReportLint.Rules.Integrity;

/// <summary>
/// RL4001: UTF-8 text that was decoded through a single-byte code page ("âœ…" for "✅"), reported once per line.
/// A line of a correctly encoded document whose correct non-ASCII characters outnumber its mangled sequences is
/// taken to quote mojibake on purpose and is left alone.
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

    internal static List<MojibakeSequence> FindSequences(string text, Func<IReadOnlyList<TextSpan>>? codeSpans = null)
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

        // Correct non-ASCII characters outside any sequence. Where they outnumber the mangled sequences both in the
        // document and on the line, the line quotes mojibake on purpose ("« été » devient « Ã©tÃ© »").
        var lines = new List<(int Start, int Legit, int Mangled)>();
        int legitInDocument = 0, s = 0, lineStart = 0, legit = 0, mangled = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                lines.Add((lineStart, legit, mangled));
                legitInDocument += legit;
                lineStart = i + 1;
                legit = mangled = 0;
                continue;
            }

            while (s < sequences.Count && sequences[s].Span.End <= i)
            {
                s++;
            }

            if (s < sequences.Count && sequences[s].Span.Start <= i)
            {
                mangled += sequences[s].Span.Start == i ? 1 : 0;
                continue;
            }

            char c = text[i];
            if (c >= 0x80 && !char.IsLowSurrogate(c) && !char.IsWhiteSpace(c))
            {
                legit++;
            }
        }

        if (legitInDocument > sequences.Count)
        {
            // A correctly encoded document: mojibake in code spans and blocks is an example, quoted on purpose.
            IReadOnlyList<TextSpan> code = codeSpans?.Invoke() ?? [];
            sequences.RemoveAll(seq => code.Any(c => c.Contains(seq.Span)));
            int line = 0;
            sequences.RemoveAll(seq =>
            {
                while (line + 1 < lines.Count && lines[line + 1].Start <= seq.Span.Start)
                {
                    line++;
                }

                return lines[line].Legit > lines[line].Mangled;
            });
        }

        return sequences;
    }

    private static List<TextSpan> CodeSpans(ReportDocument document)
    {
        var spans = new List<TextSpan>();
        try
        {
            foreach (MarkdownObject node in document.Syntax.Descendants())
            {
                if (node is CodeBlock or CodeInline)
                {
                    spans.Add(document.GetSpan(node));
                }
            }
        }
        catch (DocumentParseException)
        {
            // The parser refused the file (RL0005): no code spans are known.
        }

        return spans;
    }

    private static void Analyze(DocumentAnalysisContext context)
    {
        SourceText source = context.Document.Text;
        ReportDocument document = context.Document;
        List<MojibakeSequence> sequences = FindSequences(source.Text, () => CodeSpans(document));
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
