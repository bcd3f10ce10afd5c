using Markdig.Syntax;
using ReportLint.Claims;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Arithmetic;

/// <summary>The facts only RL2003 reads: the items listed right before a statement, and a claim's lead for messages.</summary>
internal static class ListedItemFacts
{
    // The items of the document by line, built once per document.
    private static readonly RuleFacts<Dictionary<int, ModelItem>> ItemsByLine = new(model =>
    {
        var map = new Dictionary<int, ModelItem>();
        foreach (ModelItem item in model.Items)
        {
            map.TryAdd(item.Line, item);
        }

        return map;
    });

    /// <summary>The text of a completion claim from the start of its line, for messages ("Overall Completion: ~85%").</summary>
    public static DisplayText LeadOf(ReportModel model, CompletionFact claim) =>
        DisplayText.Of(model.Document, TextSpan.FromBounds(model.Document.Text.GetLineSpan(claim.Line).Start, claim.Span.End));

    /// <summary>
    /// The items of the list right before <paramref name="statement"/> (its paragraph's previous sibling), when every
    /// top-level item of that list has a status (✅, ⏳, [x]…); empty otherwise.
    /// </summary>
    public static IReadOnlyList<ModelItem> ItemsListedBefore(ReportModel model, ModelStatement statement)
    {
        if (statement.Source.Block is not ParagraphBlock paragraph || paragraph.Parent is not { } parent ||
            parent.IndexOf(paragraph) is not (> 0 and var index) || parent[index - 1] is not ListBlock list)
        {
            return [];
        }

        Dictionary<int, ModelItem> byLine = ItemsByLine.Of(model);
        var items = new List<ModelItem>();
        foreach (Block block in list)
        {
            int line = model.Document.Text.GetLinePosition(model.Document.GetSpan(block).Start).Line;
            if (!byLine.TryGetValue(line, out ModelItem? item) || item.Status == StatusKind.None)
            {
                return [];
            }

            items.Add(item);
        }

        return items;
    }
}
