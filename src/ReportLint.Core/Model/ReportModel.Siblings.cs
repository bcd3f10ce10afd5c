using Markdig.Syntax;
using ReportLint.Text;

namespace ReportLint.Model;

public sealed partial class ReportModel
{
    private const int MinimumSiblings = 3;

    private CountOfItems[]? _countsAgainstSiblings;

    /// <summary>
    /// The counts of sibling lead-ins that one lead-in alone breaks, in document order: at least three lead-ins of one
    /// section, each a line ending with a colon over the list right after it, that carry the same nouns in brackets
    /// ("**Screenshot** (2 test suites, 3 benchmarks):"), where every other lead-in's count of one noun equals its
    /// number of items. The siblings show the items are all of them, so a count that differs, above or below, is
    /// contradicted.
    /// </summary>
    public IReadOnlyList<CountOfItems> CountsAgainstSiblings => Volatile.Read(ref _countsAgainstSiblings) ?? Once(ref _countsAgainstSiblings, BuildCountsAgainstSiblings);

    private sealed record SiblingLeadIn(ModelStatement Statement, ModelSection? Section, string Nouns, List<(FactValue Count, int NounEnd)> Counts, List<LeafBlock> Items);

    private CountOfItems[] BuildCountsAgainstSiblings()
    {
        var groups = new Dictionary<(ModelSection?, string), List<SiblingLeadIn>>();
        foreach (ModelStatement statement in Statements)
        {
            if (statement.Kind is not (StatementKind.Sentence or StatementKind.KeyValueLine) || statement.Values.Count == 0 ||
                statement.Block is not ParagraphBlock paragraph || statement.Span != Document.GetSpan(paragraph) ||
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
                if (IsCount(value, statement) && value.Denominator is null && InBrackets(statement, value) && BracketNoun(statement, value) is { Length: > 0 } noun &&
                    SpanSearch.IndexOfAny(statement.Prose.Chars, BracketEnds, value.Span.End - statement.Span.Start) is var end and >= 0)
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

                if (mismatches != 1 || !Document.Lexicon.Contains(CountNoun, group[0].Nouns.Split('|')[noun]))
                {
                    continue;
                }

                (FactValue count, int nounEnd) = odd!.Counts[noun];
                var names = new List<DisplayText>(odd.Items.Count);
                var spans = new List<TextSpan>(odd.Items.Count);
                foreach (LeafBlock item in odd.Items)
                {
                    TextSpan span = Document.GetSpan(item);
                    var line = TextSpan.FromBounds(span.Start, Math.Min(span.End, Document.Text.GetLineSpan(Document.Text.GetLinePosition(span.Start).Line).End));
                    names.Add(DisplayText.Of(Document, line));
                    spans.Add(line);
                }

                found.Add(new CountOfItems(CountScope.Listed, count, count.Number, odd.Statement, names, spans,
                    Document.Text.GetLinePosition(spans[0].Start).Line, Document.Text.GetLinePosition(spans[^1].Start).Line, isExhaustive: true)
                {
                    Phrase = DisplayText.Of(Document, TextSpan.FromBounds(count.Span.Start, nounEnd)),
                });
            }
        }

        found.Sort((a, b) => a.Count.Span.Start.CompareTo(b.Count.Span.Start));
        return found.ToArray();
    }
}
