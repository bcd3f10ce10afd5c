using ReportLint.Lexicons;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Arithmetic;

/// <summary>Facts only RL2001 reads, built once per document beside the model.</summary>
internal static class BlockTotalFacts
{
    private static readonly RuleFacts<KeyTotal[]> Facts = new(BuildBlockTotals);

    /// <summary>
    /// The totals written in brackets with a word of the lexicon section <c>total</c> on a line of a code block, over
    /// the run of lines just above (and including) it that each carry one bracketed count of the same noun; at least
    /// two counts; in document order.
    /// </summary>
    public static IReadOnlyList<KeyTotal> Of(ReportModel model) => Facts.Of(model);

    private static KeyTotal[] BuildBlockTotals(ReportModel model)
    {
        var totals = new List<KeyTotal>();
        foreach (ModelFence fence in model.Fences)
        {
            if (fence.Content.IsEmpty)
            {
                continue;
            }

            ReadOnlySpan<char> content = model.Document.GetText(fence.Content);
            var run = new List<(FactValue Count, string Noun)>();
            var lines = new TextLines(content, fence.Content.Start);
            while (lines.MoveNext())
            {
                ReadOnlySpan<char> line = lines.Current;
                int offset = lines.Start;

                (FactValue Count, string Noun)? count = null;
                (FactValue Total, TextSpan Bracket)? total = null;
                int counts = 0;
                for (int i = 0; i < line.Length; i++)
                {
                    if (line[i] is not ('(' or '[') || BracketCount(model, line, i, offset) is not var (value, word, close, wordStart))
                    {
                        continue;
                    }

                    if (model.Document.Lexicon.Contains(LexiconSections.Total, word))
                    {
                        total = (value, TextSpan.FromBounds(offset + wordStart, offset + close));
                    }
                    else if (!value.IsLowerBound)
                    {
                        count = (value, ReportModel.Singular(word));
                        counts++;
                    }

                    i = close;
                }

                if (counts == 1 && run.Count > 0 && run[^1].Noun != count!.Value.Noun)
                {
                    run.Clear();
                }

                if (counts == 1)
                {
                    run.Add(count!.Value);
                }

                // "Total: 653 lines" closing the run: the counts of the lines above, unless some of them already make it.
                if (total is null && counts == 0 && run.Count >= 2 && KeyedTotal(model, line, offset, run[^1].Noun) is { } keyed &&
                    !TotalFacts.AnySums(run.ConvertAll(r => r.Count.Number), keyed.Total.Number, minimum: 1, all: false))
                {
                    total = keyed;
                }

                if (total is { } t)
                {
                    if (run.Count >= 2)
                    {
                        totals.Add(new KeyTotal(t.Total, run[0].Noun, DisplayText.Of(model.Document, t.Bracket), run.Select(r => r.Count).ToArray()));
                    }

                    run.Clear();
                }
                else if (counts != 1)
                {
                    run.Clear();
                }
            }
        }

        return totals.ToArray();
    }

    // "Total: 653 lines", "- **Total**: 12 fichiers": a key of the lexicon section `total`, a colon, a whole number and
    // the noun the run counts. The total, and the key's place.
    private static (FactValue Total, TextSpan Key)? KeyedTotal(ReportModel model, ReadOnlySpan<char> line, int offset, string noun)
    {
        int colon = line.IndexOf(':');
        if (colon <= 0)
        {
            return null;
        }

        int keyStart = 0;
        while (keyStart < colon && line[keyStart] is ' ' or '\t' or '-' or '*' or '+' or '_')
        {
            keyStart++;
        }

        ReadOnlySpan<char> key = line[keyStart..colon].TrimEnd(" *_".AsSpan());
        if (key.IsEmpty || !PhraseMatcher.StartsWithAny(TextFolding.Fold(key), model.Document.Lexicon, LexiconSections.Total))
        {
            return null;
        }

        int i = colon + 1;
        while (i < line.Length && line[i] is ' ' or '*' or '_')
        {
            i++;
        }

        int digits = i;
        while (i < line.Length && (char.IsAsciiDigit(line[i]) || (line[i] == ',' && i + 3 < line.Length && char.IsAsciiDigit(line[i + 1]) && i > digits)))
        {
            i++;
        }

        if (i == digits || i - digits > 9 || i >= line.Length || line[i] != ' ')
        {
            return null;
        }

        int numberEnd = i;
        int word = ++i;
        while (i < line.Length && char.IsLetter(line[i]))
        {
            i++;
        }

        if (i == word || ReportModel.Singular(TextFolding.Fold(line[word..i])) != noun ||
            model.ReadValue(new TextSpan(offset + digits, numberEnd - digits)) is not { } value)
        {
            return null;
        }

        return (value, new TextSpan(offset + keyStart, key.Length));
    }

    // "(6 images)", "[74+ total]": an opening bracket at `open`, a whole number (a trailing '+' allowed), one space, one
    // word, the closing bracket. The value, the word folded, and where the bracket closes.
    private static (FactValue Value, string Word, int Close, int WordStart)? BracketCount(ReportModel model, ReadOnlySpan<char> line, int open, int offset)
    {
        char closing = line[open] == '(' ? ')' : ']';
        int i = open + 1;
        int digits = i;
        while (i < line.Length && char.IsAsciiDigit(line[i]))
        {
            i++;
        }

        if (i == digits || i - digits > 6)
        {
            return null;
        }

        if (i < line.Length && line[i] == '+')
        {
            i++;
        }

        int numberEnd = i;
        if (i >= line.Length || line[i] != ' ')
        {
            return null;
        }

        int word = ++i;
        while (i < line.Length && char.IsLetter(line[i]))
        {
            i++;
        }

        if (i == word || i >= line.Length || line[i] != closing || model.ReadValue(new TextSpan(offset + digits, numberEnd - digits)) is not { } value)
        {
            return null;
        }

        return (value, TextFolding.Fold(line[word..i]), i, word);
    }
}
