using System.Collections.Immutable;
using System.Globalization;
using ReportLint.Analysis;
using ReportLint.Claims;
using ReportLint.Diagnostics;
using ReportLint.Lexicons;
using ReportLint.Text;

namespace ReportLint.Rules.Evidence;

/// <summary>
/// RL1003: a claimed capacity ("10k+ streams", "up to 50k users") exceeds the most the report says was tested for the
/// same thing ("Tests de performance : 1k streams"). Only in status reports; nouns that count work (tests, files,
/// lines…) are never compared.
/// </summary>
public sealed class RL1003CapacityAboveTested : ReportAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        "RL1003", "capacity-above-tested", "A claimed capacity exceeds what was tested",
        "Claims {0}, but the most the report says was tested is {1} (line {2})",
        RuleCategory.Evidence, Severity.Warning,
        "A capacity ten times above the load that was tested is a guess presented as a result.");

    /// <inheritdoc />
    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [Rule];

    // The lexicon sections only this rule reads.
    private static readonly LexiconSection Tested = new("tested"), Capacity = new("capacity"), CapacityIgnore = new("capacity.ignore");

    /// <inheritdoc />
    public override RuleNeeds Needs { get; } = RuleNeeds.StatusSymbol & RuleNeeds.Phrase(Tested) & (RuleNeeds.Phrase(Capacity) | RuleNeeds.Character("+>≥"));

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private sealed record Found(Quantity Quantity, string Thing, bool Tested, bool Capacity, int Line);

    private static void Analyze(DocumentAnalysisContext context)
    {
        ReportDocument document = context.Document;
        if (!MetricClaims.IsStatusReport(document))
        {
            return;
        }

        Lexicon lexicon = document.Lexicon;
        var found = new List<Found>();
        foreach (Statement statement in Statements.Of(document).All)
        {
            string folded = statement.Folded(document).Text;
            bool tested = PhraseMatcher.ContainsAny(folded, lexicon, Tested);
            ReadOnlySpan<Quantity> quantities = statement.Quantities(document);
            foreach (Quantity q in quantities)
            {
                string thing = Thing(q, document, lexicon);
                if (thing.Length == 0 || q.Denominator is not null || q.Value <= 0)
                {
                    continue;
                }

                bool capacity = q.Comparison is Comparison.AtLeast or Comparison.GreaterThan || CapacityWordAround(statement, q, lexicon);
                found.Add(new Found(q, thing, tested, capacity, document.Text.GetLinePosition(q.Span.Start).Line));
            }
        }

        foreach (var group in found.GroupBy(f => f.Thing))
        {
            // The largest tested figure (the first of equal ones); a loop, as MaxBy over a decimal key is framework
            // generic code over a value type, JIT-compiled at every start of the tool.
            Found? most = null;
            foreach (Found f in group)
            {
                if (f.Tested && !f.Capacity && (most is null || f.Quantity.Value > most.Quantity.Value))
                {
                    most = f;
                }
            }

            if (most is null)
            {
                continue;
            }

            foreach (Found claim in group.Where(f => f.Capacity && !f.Tested && f.Quantity.Value > most.Quantity.Value))
            {
                context.Diagnostics.Report(Rule, claim.Quantity.Span, ImmutableDictionary<string, string>.Empty, [most.Quantity.Span],
                    Readable.Text(document, claim.Quantity.Span) + Noun(document, claim.Quantity),
                    Readable.Text(document, most.Quantity.Span) + Noun(document, most.Quantity), most.Line);
            }
        }
    }

    // "capable of", "up to", "peak"… within a few words of the quantity; the window is folded only when asked.
    private static bool CapacityWordAround(Statement statement, Quantity q, Lexicon lexicon)
    {
        int at = q.Span.Start - statement.Span.Start;
        int from = Math.Max(0, at - 24);
        string around = TextFolding.Fold(statement.Prose.AsSpan(from, Math.Min(statement.Prose.Length, at + 48) - from));
        return PhraseMatcher.ContainsAny(around, lexicon, Capacity);
    }

    // What the quantity counts: its unit when it has one (req/s), else the noun after it ("streams" and "stream" alike).
    private static string Thing(Quantity q, ReportDocument document, Lexicon lexicon)
    {
        if (q.Unit is "req/s")
        {
            return q.Unit;
        }

        if (q.Unit.Length > 0 || q.Noun.Length < 3 || lexicon.Contains(CapacityIgnore, q.Noun))
        {
            return string.Empty;
        }

        return q.Noun.EndsWith('s') ? q.Noun[..^1] : q.Noun;
    }

    private static string Noun(ReportDocument document, Quantity q) =>
        q.Span.End < document.Text.Length && q.Noun.Length > 0 && q.Unit.Length == 0 ? " " + q.Noun : string.Empty;
}
