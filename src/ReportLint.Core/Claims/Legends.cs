using Markdig.Syntax;
using ReportLint.Analysis;
using ReportLint.Lexicons;
using ReportLint.Syntax;
using ReportLint.Text;

namespace ReportLint.Claims;

/// <summary>
/// The lists a legend leads: a paragraph or heading that is only a word of the lexicon section <c>legend</c>
/// ("**Legend:**", "## Status Legend", "**Légende :**") right before a list. Such a list says what the report's marks
/// mean ("- 🟢 En cours", "- ⏳ Pending"); its items state nothing of the work, so they hold no status.
/// </summary>
internal sealed class Legends
{
    private static readonly LexiconSection Legend = new("legend");

    // A lead-in longer than this is a sentence, not a legend's title.
    private const int MaxLeadIn = 48;

    private readonly HashSet<ListBlock>? _lists;

    private Legends(HashSet<ListBlock>? lists) => _lists = lists;

    /// <summary>Whether a block stands in a list that a legend leads (at any depth of it).</summary>
    public static bool Holds(ReportDocument document, Block? block)
    {
        // Only a block in a list can be a legend's entry: everything else is let go before the document's legends are asked.
        if (block?.Parent is not ListItemBlock)
        {
            return false;
        }

        HashSet<ListBlock>? lists = document.GetModel(Build)._lists;
        if (lists is null)
        {
            return false;
        }

        for (Block? b = block; b is not null; b = b.Parent)
        {
            if (b is ListBlock list && lists.Contains(list))
            {
                return true;
            }
        }

        return false;
    }

    private static Legends Build(ReportDocument document)
    {
        if (!Triggers.Of(document).MayHoldSection(new TextSpan(0, document.Text.Length), Legend))
        {
            return new Legends(null);
        }

        HashSet<ListBlock>? lists = null;
        Block? previous = null;
        foreach (Block block in MarkdownSyntax.BlockDescendants(document.Syntax))
        {
            if (block is ListBlock list && previous is ParagraphBlock or HeadingBlock && ReferenceEquals(previous.Parent, list.Parent) &&
                IsLegendTitle(document, previous))
            {
                (lists ??= new HashSet<ListBlock>(ReferenceEqualityComparer.Instance)).Add(list);
            }

            previous = block;
        }

        return new Legends(lists);
    }

    // "**Legend:**", "## 📋 Status Legend", "Légende :": the lead-in's words, marks and emphasis left out, are a legend.
    private static bool IsLegendTitle(ReportDocument document, Block lead)
    {
        ReadOnlySpan<char> text = document.GetText(document.GetSpan(lead)).Trim();
        if (text.Length > MaxLeadIn)
        {
            return false;
        }

        int start = 0, end = text.Length;
        while (start < end && !char.IsLetter(text[start]))
        {
            start++;
        }

        while (end > start && !char.IsLetter(text[end - 1]))
        {
            end--;
        }

        return end > start && document.Lexicon.Contains(Legend, TextFolding.Fold(text[start..end]));
    }
}
