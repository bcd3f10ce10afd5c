using System.Collections.Immutable;
using ReportLint.Analysis;
using ReportLint.Claims;
using ReportLint.Diagnostics;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Integrity;

/// <summary>
/// RL4002: a replacement character (U+FFFD) stands where a character was lost, one report per run of them (code,
/// where one is quoted on purpose, is left alone); and so does mojibake whose repair would be U+FFFD ("ï¿½" is a
/// replacement character read through Windows-1252; "â€" with a byte lost beyond rebuilding), reported before the
/// repair hides it. There is no automatic fix: what was lost cannot be known.
/// </summary>
public sealed class RL4002LostGlyph : ReportAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        "RL4002", "lost-glyph", "A character was lost (U+FFFD)",
        "Lost character: {0} where the text lost what it said",
        RuleCategory.Integrity, Severity.Warning,
        "A U+FFFD replacement character means a decoder met bytes it could not read: a status mark, a letter or a figure is gone, and nobody can tell which.");

    /// <inheritdoc />
    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [Rule];

    /// <inheritdoc />
    public override RuleNeeds Needs { get; } = RuleNeeds.Character("\uFFFD") | RuleNeeds.When("broken mojibake", AnyBrokenMojibake);

    // Mojibake whose repair is a lost character (a byte gone beyond rebuilding).
    private static bool AnyBrokenMojibake(ReportDocument document)
    {
        foreach (MojibakeSequence sequence in ReportModel.Of(document).Mojibake)
        {
            if (sequence.Broken)
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        string text = context.Document.Text.Text;
        int i = text.IndexOf('\uFFFD', StringComparison.Ordinal);
        while (i >= 0)
        {
            int end = i;
            while (end < text.Length && text[end] == '\uFFFD')
            {
                end++;
            }

            // An invalid byte read as U+FFFD is RL0004's to report; here, characters lost before the file was written.
            // A replacement character quoted in code is there on purpose.
            var span = TextSpan.FromBounds(i, end);
            if (!context.Document.Text.HasDecodingErrors && !CodeRegions.Of(context.Document).Contains(span))
            {
                context.Report(Rule, span, $"{end - i} replacement character(s) (U+FFFD) stand");
            }

            i = end < text.Length ? text.IndexOf('\uFFFD', end) : -1;
        }

        // Mojibake that repairs to U+FFFD (a run of such sequences once); one holding a U+FFFD is reported above.
        IReadOnlyList<MojibakeSequence> sequences = ReportModel.Of(context.Document).Mojibake;
        for (int k = 0; k < sequences.Count; k++)
        {
            if (!sequences[k].Broken || context.Document.Text[sequences[k].Span].Contains('\uFFFD'))
            {
                continue;
            }

            int last = k;
            while (last + 1 < sequences.Count && sequences[last + 1].Broken && sequences[last + 1].Span.Start == sequences[last].Span.End)
            {
                last++;
            }

            var span = TextSpan.FromBounds(sequences[k].Span.Start, sequences[last].Span.End);
            context.Report(Rule, span, $"'{RL4001Mojibake.Escape(context.Document.Text[span])}' is mojibake of {last - k + 1} replacement character(s) (U+FFFD): they stand");
            k = last;
        }
    }
}
