using System.Collections.Immutable;
using ReportLint.Analysis;
using ReportLint.Claims;
using ReportLint.Collections;
using ReportLint.Diagnostics;
using ReportLint.Lexicons;
using ReportLint.Model;
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

    /// <inheritdoc />
    public override DocumentScope Scope => DocumentScope.StatusReports;

    /// <inheritdoc />
    public override RuleNeeds Needs { get; } = RuleNeeds.StatusSymbol & RuleNeeds.Phrase(Tested) & (RuleNeeds.Phrase(Capacity) | RuleNeeds.Character("+>≥"));

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    // The lexicon sections this rule reads.
    private static readonly LexiconSection Tested = new("tested"), Capacity = new("capacity"), CapacityIgnore = new("capacity.ignore");

    // How far around a value a capacity word governs it ("capable of", "up to", "peak"), before and after.
    private const int CapacityBefore = 24, CapacityAfter = 48;

    private sealed record Found(FactValue Value, string Thing, bool Tested, bool Capacity, int Line);

    private static void Analyze(DocumentAnalysisContext context)
    {
        ReportDocument document = context.Document;
        ReportModel model = ReportModel.Of(document);
        if (!model.IsStatusReport)
        {
            return;
        }

        Lexicon lexicon = document.Lexicon;
        var found = new List<Found>();
        foreach (ModelStatement statement in model.StatementArray)
        {
            Items<FactValue> values = statement.Values;
            if (values.Count == 0)
            {
                continue;
            }

            bool tested = statement.Contains(Tested);
            Items<PhraseHit> capacityWords = statement.Find(Capacity);
            foreach (FactValue value in values)
            {
                string thing = Thing(value, lexicon);
                if (thing.Length == 0 || value.IsRatio || value.Number <= 0)
                {
                    continue;
                }

                // Only a tested figure that claims no capacity, or a capacity not tested, is compared: no other is kept.
                // A capacity the team aims at, expects or gives as an example ("aims to publish blueprints for 10,000+
                // node deployments", "vise 10 000 nœuds") claims nothing yet.
                bool capacity = value.IsLowerBound || CapacityWordAround(capacityWords, value.Span);
                if (capacity && !tested && model.RoleAt(statement, value.Span) is FactRole.Goal or FactRole.Target or FactRole.Projected or FactRole.Example)
                {
                    continue;
                }

                if (tested != capacity)
                {
                    found.Add(new Found(value, thing, tested, capacity, document.Text.GetLinePosition(value.Span.Start).Line));
                }
            }
        }

        foreach (var group in found.GroupBy(f => f.Thing))
        {
            // The largest tested figure (the first of equal ones); a loop, as MaxBy over a decimal key is framework
            // generic code over a value type, JIT-compiled at every start of the tool.
            Found? most = null;
            foreach (Found f in group)
            {
                if (f.Tested && !f.Capacity && (most is null || f.Value.Number > most.Value.Number))
                {
                    most = f;
                }
            }

            if (most is null)
            {
                continue;
            }

            foreach (Found claim in group.Where(f => f.Capacity && !f.Tested && f.Value.Number > most.Value.Number))
            {
                context.Diagnostics.Report(Rule, claim.Value.Span, ImmutableDictionary<string, string>.Empty, [most.Value.Span],
                    claim.Value.Text + Noun(claim.Value), most.Value.Text + Noun(most.Value), most.Line);
            }
        }
    }

    // "capable of", "up to", "peak"… within a few characters of the value.
    private static bool CapacityWordAround(Items<PhraseHit> words, TextSpan value)
    {
        foreach (PhraseHit word in words)
        {
            if (word.Span.End > value.Start - CapacityBefore && word.Span.Start < value.Start + CapacityAfter)
            {
                return true;
            }
        }

        return false;
    }

    // What the value counts: its unit when it has one (req/s), else the noun after it ("streams" and "stream" alike).
    private static string Thing(FactValue value, Lexicon lexicon)
    {
        if (value.Unit is "req/s")
        {
            return value.Unit;
        }

        if (value.Unit.Length > 0 || value.Noun.Length < 3 || lexicon.Contains(CapacityIgnore, value.Noun))
        {
            return string.Empty;
        }

        return value.Noun.EndsWith('s') ? value.Noun[..^1] : value.Noun;
    }

    private static string Noun(FactValue value) => value.Noun.Length > 0 && value.Unit.Length == 0 ? " " + value.Noun : string.Empty;
}
