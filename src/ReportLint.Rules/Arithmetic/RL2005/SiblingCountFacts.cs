using Markdig.Syntax;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Arithmetic;

/// <summary>Facts only RL2005 reads, built once per document beside the model.</summary>
internal static class SiblingCountFacts
{
    private const int MinimumSiblings = 3;

    private static readonly RuleFacts<CountOfItems[]> Facts = new(BuildCountsAgainstSiblings);

    /// <summary>
    /// The counts of sibling lead-ins that one lead-in alone breaks, in document order: at least three lead-ins of one
    /// section, each a line ending with a colon over the list right after it, that carry the same nouns in brackets
    /// ("**Screenshot** (2 test suites, 3 benchmarks):"), where every other lead-in's count of one noun equals its
    /// number of items. The siblings show the items are all of them, so a count that differs, above or below, is
    /// contradicted.
    /// </summary>
    public static IReadOnlyList<CountOfItems> Of(ReportModel model) => Facts.Of(model);

    private sealed record SiblingLeadIn(ModelStatement Statement, ModelSection? Section, string Nouns, List<(FactValue Count, int NounEnd)> Counts, List<LeafBlock> Items);

    private static CountOfItems[] BuildCountsAgainstSiblings(ReportModel model)
    {
        var groups = new Dictionary<(ModelSection?, string), List<SiblingLeadIn>>();
        foreach (ModelStatement statement in model.StatementArray)
        {
            if (statement.Kind is not (StatementKind.Sentence or StatementKind.KeyValueLine) || statement.Values.Count == 0 ||
                statement.Block is not ParagraphBlock paragraph || statement.Span != model.Document.GetSpan(paragraph) ||
                !statement.Prose.Chars.TrimEnd(" *_".AsSpan()).EndsWith(":".AsSpan()) ||
                paragraph.Parent is not { } parent || parent.IndexOf(paragraph) is not (>= 0 and var index) || index + 1 >= parent.Count ||
                parent[index + 1] is not ListBlock list)
            {
                continue;
            }

            var counts = new List<(FactValue, int)>();
            var nouns = new List<string>();
            foreach (FactValue value in statement.Values)
            {
                if (model.IsCount(value, statement) && value.Denominator is null && ReportModel.InBrackets(statement, value) && model.BracketNoun(statement, value) is { Length: > 0 } noun &&
                    SpanSearch.IndexOfAny(statement.Prose.Chars, ReportModel.BracketEnds, value.Span.End - statement.Span.Start) is var end and >= 0)
                {
                    counts.Add((value, statement.Span.Start + end));
                    nouns.Add(noun);
                }
            }

            var items = new List<LeafBlock>();
            foreach (Block item in list)
            {
                if (item is ListItemBlock { Count: > 0 } li && li[0] is LeafBlock first)
                {
                    items.Add(first);
                }
            }

            if (counts.Count == 0 || items.Count < 2)
            {
                continue;
            }

            string key = string.Join("|", nouns);
            ModelSection? section = statement.Section;
            if (!groups.TryGetValue((section, key), out List<SiblingLeadIn>? group))
            {
                groups[(section, key)] = group = [];
            }

            group.Add(new SiblingLeadIn(statement, section, key, counts, items));
        }

        var found = new List<CountOfItems>();
        foreach (List<SiblingLeadIn> group in groups.Values)
        {
            if (group.Count < MinimumSiblings)
            {
                continue;
            }

            for (int noun = 0; noun < group[0].Counts.Count; noun++)
            {
                SiblingLeadIn? odd = null;
                int mismatches = 0;
                foreach (SiblingLeadIn leadIn in group)
                {
                    if (leadIn.Counts[noun].Count.Number != leadIn.Items.Count)
                    {
                        odd = leadIn;
                        mismatches++;
                    }
                }

                if (mismatches != 1 || !model.Document.Lexicon.Contains(ReportModel.CountNoun, group[0].Nouns.Split('|')[noun]))
                {
                    continue;
                }

                (FactValue count, int nounEnd) = odd!.Counts[noun];
                var names = new List<DisplayText>(odd.Items.Count);
                var spans = new List<TextSpan>(odd.Items.Count);
                foreach (LeafBlock item in odd.Items)
                {
                    TextSpan span = model.Document.GetSpan(item);
                    var line = TextSpan.FromBounds(span.Start, Math.Min(span.End, model.Document.Text.GetLineSpan(model.Document.Text.GetLinePosition(span.Start).Line).End));
                    names.Add(DisplayText.Of(model.Document, line));
                    spans.Add(line);
                }

                found.Add(new CountOfItems(CountScope.Listed, count, count.Number, odd.Statement, names, spans,
                    model.Document.Text.GetLinePosition(spans[0].Start).Line, model.Document.Text.GetLinePosition(spans[^1].Start).Line, isExhaustive: true)
                {
                    Phrase = DisplayText.Of(model.Document, TextSpan.FromBounds(count.Span.Start, nounEnd)),
                });
            }
        }

        found.Sort((a, b) => a.Count.Span.Start.CompareTo(b.Count.Span.Start));
        return found.ToArray();
    }
}
