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
    public static IReadOnlyList<ModelItem> ItemsListedBefore(ReportModel model, ModelStatement statement) =>
        statement.Source.Block is ParagraphBlock paragraph && paragraph.Parent is { } parent && parent.IndexOf(paragraph) is > 0 and var index &&
        parent[index - 1] is ListBlock list ? StatusedItems(model, list) : [];

    /// <summary>
    /// The rows of the table right before <paramref name="statement"/>, or the items of the list or the rows of the
    /// table right after it (the statement leads them in), when every one of them has a status, and where they are
    /// ("table above", "list below", "table below"); empty otherwise. A table whose rows give percentages of their own
    /// ("| Backend API | ⏳ Partial | 85% |") is left to RL2001, which takes the mean of that column.
    /// </summary>
    public static (IReadOnlyList<ModelItem> Items, string Where) ItemsBesideOtherwise(ReportModel model, ModelStatement statement)
    {
        if (statement.Source.Block is not ParagraphBlock paragraph || paragraph.Parent is not { } parent || parent.IndexOf(paragraph) is not (>= 0 and var index))
        {
            return ([], string.Empty);
        }

        if (index > 0 && parent[index - 1] is Markdig.Extensions.Tables.Table before)
        {
            return (StatusedItems(model, before), "table above");
        }

        return index + 1 < parent.Count && parent[index + 1] is ListBlock or Markdig.Extensions.Tables.Table
            ? (StatusedItems(model, (ContainerBlock)parent[index + 1]), parent[index + 1] is ListBlock ? "list below" : "table below")
            : ([], string.Empty);
    }

    // The top-level items of a list, or the body rows of a table, when every one of them has a status and no row of a
    // table gives a percentage; empty otherwise.
    private static IReadOnlyList<ModelItem> StatusedItems(ReportModel model, ContainerBlock container)
    {
        Dictionary<int, ModelItem> byLine = ItemsByLine.Of(model);
        var items = new List<ModelItem>();
        foreach (Block block in container)
        {
            if (block is Markdig.Extensions.Tables.TableRow { IsHeader: true })
            {
                continue;
            }

            int line = model.Document.Text.GetLinePosition(model.Document.GetSpan(block).Start).Line;
            if (!byLine.TryGetValue(line, out ModelItem? item) || item.Status == StatusKind.None ||
                (block is Markdig.Extensions.Tables.TableRow && model.StatementAt(item.Span) is { } row && row.Values.Any(v => v.IsPercentage)))
            {
                return [];
            }

            items.Add(item);
        }

        return items;
    }
}
