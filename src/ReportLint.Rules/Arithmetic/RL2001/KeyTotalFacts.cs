using Markdig.Syntax;
using ReportLint.Claims;
using ReportLint.Collections;
using ReportLint.Lexicons;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Arithmetic;

/// <summary>
/// A stated total of things and the counts of the same thing that make it, as RL2001 reads them in three layouts: a
/// key line ("**Total Test Count:** 20 tests", "**Total**: 25+ performance benchmarks") over the counts its section
/// gives in brackets on its lead-ins ("**Integration Tests** (10 tests)", "(2 test suites, 5 benchmarks)"; nested items
/// are no parts, they break down their parent); a count that names its categories ("15 fichiers
/// documentation/configuration") over those sections' own counts; a total in brackets on a line of a code block
/// (<c>instagram/ ✅ (6 images) [74+ total]</c>) over the bracketed counts of the lines above it.
/// </summary>
internal sealed class KeyTotal
{
    internal KeyTotal(FactValue total, string thing, DisplayText key, IReadOnlyList<FactValue> parts)
    {
        Total = total;
        Thing = thing;
        Key = key;
        Parts = parts;
    }

    /// <summary>The stated total.</summary>
    public FactValue Total { get; }

    /// <summary>The thing counted, folded and singular ("test").</summary>
    public string Thing { get; }

    /// <summary>The key or total word as written ("Total Test Count", "total" in "[74+ total]"), for messages.</summary>
    public DisplayText Key { get; }

    /// <summary>The counts of the same thing that make it, in order.</summary>
    public IReadOnlyList<FactValue> Parts { get; }
}

/// <summary>Facts only RL2001 reads, built once per document beside the model.</summary>
internal static class KeyTotalFacts
{
    private static readonly RuleFacts<KeyTotal[]> Facts = new(BuildKeyTotals);

    /// <summary>The key lines that state a total of things with the bracketed counts of the same thing in their section, in document order.</summary>
    public static IReadOnlyList<KeyTotal> Of(ReportModel model) => Facts.Of(model);

    private static KeyTotal[] BuildKeyTotals(ReportModel model)
    {
        var totals = new List<KeyTotal>();
        foreach (ModelStatement statement in model.StatementArray)
        {
            if (statement.Kind is not (StatementKind.KeyValueLine or StatementKind.Sentence or StatementKind.ListItem) || statement.Values.Count == 0)
            {
                continue;
            }

            ReadOnlySpan<char> prose = statement.Prose.Chars;
            int colon = prose.IndexOf(':');
            FactValue value = statement.Values[0];
            if (colon <= 0 || value.Span.Start - statement.Span.Start < colon || value.Unit.Length != 0 || value.Denominator is not null ||
                value.Decimals != 0 || value.Comparison is not (Comparison.Exact or Comparison.AtLeast) ||
                prose.Slice(colon + 1, value.Span.Start - statement.Span.Start - colon - 1).Trim(" *_".AsSpan()).Length != 0)
            {
                continue;
            }

            string key = TextFolding.Fold(prose.Slice(0, colon)).Trim(' ', '*', '_', '-');
            if (!PhraseMatcher.StartsWithAny(key, model.Document.Lexicon, LexiconSections.Total) || CountFacts.ThingAfter(model, value, statement) is not { Length: > 2 } thing ||
                model.SectionAt(statement.Span.Start) is not { } section)
            {
                continue;
            }

            var parts = new List<FactValue>();
            foreach (ModelStatement s in model.StatementsIn(section.Span))
            {
                if (s.Index == statement.Index || s.Kind is StatementKind.Heading or StatementKind.CodeLine or StatementKind.DashboardLine or StatementKind.TableRow ||
                    (s.Kind == StatementKind.ListItem && s.Block.Parent is ListItemBlock { Parent: ListBlock { Parent: ListItemBlock } }))
                {
                    continue;
                }

                foreach (FactValue part in s.Values)
                {
                    if (part.Unit.Length == 0 && part.Denominator is null && part.Decimals == 0 && ReportModel.InBrackets(s, part) &&
                        CountFacts.ThingAfter(model, part, s) is { } partThing && model.BracketNoun(s, part) == thing && partThing.Length > 0)
                    {
                        parts.Add(part);
                    }
                }
            }

            if (parts.Count >= 2)
            {
                totals.Add(new KeyTotal(value, thing, DisplayText.Of(model.Document, TextSpan.FromBounds(statement.Span.Start, statement.Span.Start + colon)), parts));
            }
        }

        return totals.ToArray();
    }
}
