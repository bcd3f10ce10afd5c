using Markdig.Syntax;
using ReportLint.Lexicons;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Arithmetic;

/// <summary>Facts only RL2005 reads, built once per document beside the model.</summary>
internal static class LetteredPartFacts
{
    private static readonly RuleFacts<CountOfItems[]> Facts = new(BuildCountsOfLetteredParts);

    /// <summary>
    /// The counts that a lead-in ending with a colon gives ("13. **settings.py** - 4 améliorations majeures:", a
    /// countable noun of the lexicon section <c>count.noun</c> right before the colon) over the paragraphs after it that
    /// open with consecutive letters or numbers ("**A. Hosts**", "**B. Database**"…, down to the next heading or
    /// rule), in document order. Code blocks and lists between those paragraphs are their details.
    /// </summary>
    public static IReadOnlyList<CountOfItems> Of(ReportModel model) => Facts.Of(model);

    private static CountOfItems[] BuildCountsOfLetteredParts(ReportModel model)
    {
        var found = new List<CountOfItems>();
        foreach (ModelStatement statement in model.StatementArray)
        {
            if (statement.Kind is not (StatementKind.ListItem or StatementKind.KeyValueLine or StatementKind.Sentence) || statement.Values.Count == 0 ||
                statement.Block is not ParagraphBlock paragraph || statement.Span != model.Document.GetSpan(paragraph) ||
                CountBeforeColon(model, statement) is not var (count, phraseEnd) || BlockAfterLeadIn(paragraph) is not var (container, next))
            {
                continue;
            }

            var names = new List<DisplayText>();
            var spans = new List<TextSpan>();
            for (int i = next; i < container.Count; i++)
            {
                Block block = container[i];
                if (block is HeadingBlock or ThematicBreakBlock)
                {
                    break;
                }

                if (block is not ParagraphBlock part)
                {
                    continue;
                }

                TextSpan span = model.Document.GetSpan(part);
                if (PartMarker(model.Document.GetText(span)) is not { } marker)
                {
                    continue;
                }

                if (marker != names.Count)
                {
                    names.Clear();
                    break;
                }

                TextSpan line = TextSpan.FromBounds(span.Start, Math.Min(span.End, model.Document.Text.GetLineSpan(model.Document.Text.GetLinePosition(span.Start).Line).End));
                names.Add(DisplayText.Of(model.Document, line));
                spans.Add(line);
            }

            if (names.Count < 2)
            {
                continue;
            }

            found.Add(new CountOfItems(CountScope.Listed, count, count.Number, statement, names, spans,
                model.Document.Text.GetLinePosition(spans[0].Start).Line, model.Document.Text.GetLinePosition(spans[^1].Start).Line, isExhaustive: false)
            {
                Phrase = DisplayText.Of(model.Document, TextSpan.FromBounds(count.Span.Start, phraseEnd)),
            });
        }

        return found.ToArray();
    }

    // "… - 4 améliorations majeures:": the one count of the statement, then at most four words one of which is a
    // countable noun, then the colon that ends the statement.
    private static (FactValue Count, int PhraseEnd)? CountBeforeColon(ReportModel model, ModelStatement statement)
    {
        ReadOnlySpan<char> prose = statement.Prose.Chars;
        int end = prose.Length;
        while (end > 0 && prose[end - 1] is ' ' or '*' or '_' or '\n' or '\r')
        {
            end--;
        }

        if (end == 0 || prose[end - 1] != ':' || statement.Contains(new LexiconSection("count.example")))
        {
            return null;
        }

        FactValue? count = null;
        foreach (FactValue value in statement.Values)
        {
            if (model.IsCount(value, statement) && value.Denominator is null)
            {
                if (count is not null)
                {
                    return null;
                }

                count = value;
            }
        }

        if (count is null)
        {
            return null;
        }

        int i = count.Span.End - statement.Span.Start;
        bool noun = false;
        for (int words = 0; words < 5; words++)
        {
            while (i < end && prose[i] is ' ' or '*' or '_')
            {
                i++;
            }

            if (i >= end - 1)
            {
                break;
            }

            int start = i;
            while (i < end && (char.IsLetter(prose[i]) || prose[i] is '-' or '\'' or '’'))
            {
                i++;
            }

            if (i == start)
            {
                return null;
            }

            noun |= model.Document.Lexicon.Contains(ReportModel.CountNoun, TextFolding.Fold(prose.Slice(start, i - start)));
        }

        return noun && i == end - 1 ? (count, statement.Span.Start + end - 1) : null;
    }

    // The container and index of the first block after a lead-in paragraph: the next sibling of a paragraph, or of the
    // list whose last item the paragraph ends.
    private static (ContainerBlock Container, int Index)? BlockAfterLeadIn(ParagraphBlock paragraph)
    {
        Block block = paragraph;
        if (paragraph.Parent is ListItemBlock item)
        {
            if (item[^1] != paragraph || item.Parent is not ListBlock list || list[^1] != item)
            {
                return null;
            }

            block = list;
        }

        if (block.Parent is not { } container || container.IndexOf(block) is not (>= 0 and var index) || index + 1 >= container.Count)
        {
            return null;
        }

        return (container, index + 1);
    }

    // "**A. Hosts**", "B) Cache", "**2. Redis**": the position of the part its marker gives (A and 1 are 0), or null.
    private static int? PartMarker(ReadOnlySpan<char> text)
    {
        int i = 0;
        while (i < text.Length && text[i] is '*' or '_')
        {
            i++;
        }

        if (i + 2 >= text.Length || text[i + 1] is not ('.' or ')') || text[i + 2] != ' ')
        {
            return null;
        }

        char c = text[i];
        return c is >= 'A' and <= 'Z' ? c - 'A' : c is >= '1' and <= '9' ? c - '1' : null;
    }
}
