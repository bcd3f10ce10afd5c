using Markdig.Syntax;
using ReportLint.Claims;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Status;

/// <summary>
/// What a ❌ on an item means where it does not say the work is left undone (RL3002, RL3003): a thing removed, a
/// thing forbidden, or the state the work started from.
/// </summary>
internal static class CrossMarks
{
    /// <summary>
    /// Whether a failed item's ❌ marks no work left: it forbids ("❌ JAMAIS dans .env.local"), it is the old side of a
    /// change ("❌ `_user!.uid` → ✅ `_user.uid`"), or its heading or lead-in lists what was removed ("### Composants
    /// Supprimés", "**Banned Patterns Eliminated**:" over "❌ `expect(true, isTrue)` - REMOVED").
    /// </summary>
    public static bool MeansNoWorkLeft(ReportModel model, ModelItem item)
    {
        if (item.Status != StatusKind.Failed || item.MarkSpan.IsEmpty || model.StatementAt(item.Span) is not { } statement)
        {
            return false;
        }

        return statement.OpensWith(StatusRuleSections.AdviceAgainst, item.MarkSpan.End) || OldSideOfChange(model, statement, item.MarkSpan) ||
            statement.Section is { } section && section.Folded.Contains(StatusRuleSections.Removal) ||
            LeadIn(model, statement) is { } lead && lead.Contains(StatusRuleSections.Removal);
    }

    // "❌ old → ✅ new": an arrow after the cross on its line, and a done mark after the arrow.
    private static bool OldSideOfChange(ReportModel model, ModelStatement statement, TextSpan cross)
    {
        int lineEnd = model.Document.Text.GetLineSpan(model.Document.Text.GetLinePosition(cross.Start).Line).End;
        ReadOnlySpan<char> after = model.Document.GetText(TextSpan.FromBounds(cross.End, Math.Min(lineEnd, statement.Span.End)));
        int arrow = after.IndexOfAny("→⇒".AsSpan());
        if (arrow < 0)
        {
            arrow = after.IndexOf("->".AsSpan(), StringComparison.Ordinal);
        }

        if (arrow < 0)
        {
            return false;
        }

        int from = cross.End + arrow;
        foreach (StatusMark mark in statement.Symbols)
        {
            if (mark.Kind == StatusKind.Met && mark.Span.Start > from && mark.Span.Start < lineEnd)
            {
                return true;
            }
        }

        return false;
    }

    // The paragraph right before the list a list item stands in ("**Banned Patterns Eliminated**:"), or null.
    private static ModelStatement? LeadIn(ReportModel model, ModelStatement statement)
    {
        if (statement.Kind != StatementKind.ListItem || statement.Block.Parent is not ListItemBlock { Parent: ListBlock list } ||
            list.Parent is not { } parent || parent.IndexOf(list) is not (> 0 and var index) || parent[index - 1] is not ParagraphBlock lead)
        {
            return null;
        }

        return model.StatementAt(model.Document.GetSpan(lead));
    }
}
