using Markdig.Syntax;
using ReportLint.Claims;
using ReportLint.Lexicons;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Arithmetic;

/// <summary>Facts only RL2001 reads, built once per document beside the model.</summary>
internal static class ClosingTotalFacts
{
    // A run longer than this is not read: a total of a long list is rare, and the subset test below is exponential.
    private const int MaxParts = 16;

    private static readonly RuleFacts<KeyTotal[]> Facts = new(BuildClosingTotals);

    /// <summary>
    /// The totals that close a run of counts of the same thing: a list item or a line of a code block whose key is a
    /// word of the lexicon section <c>total</c> ("- **Total Code:** 36,950 lines", "Total: 653 lines"), after the
    /// items or lines of the same list or block that each count that thing once ("- **Backend:** 6,296 lines", "-
    /// _get_dead_code_prompt (34 lines)"). Every item of the run must count it: an item that counts something else, or
    /// the thing twice ("3,540 lines - eliminated 653 lines"), leaves the parts unknown; a lead-in line ending with a
    /// colon ("DELETED:") starts the run. A total that some of the parts already make ("Total New Code" over new and
    /// existing code) sums the parts its key names, so it is not read. In document order.
    /// </summary>
    public static IReadOnlyList<KeyTotal> Of(ReportModel model) => Facts.Of(model);

    private static KeyTotal[] BuildClosingTotals(ReportModel model)
    {
        List<KeyTotal>? totals = null;
        ModelStatement[] statements = model.StatementArray;
        for (int t = 1; t < statements.Length; t++)
        {
            ModelStatement statement = statements[t];
            if (statement.Kind is not (StatementKind.ListItem or StatementKind.CodeLine or StatementKind.KeyValueLine or StatementKind.Sentence) ||
                TotalLine(model, statement) is not var (total, keyEnd) ||
                RunOf(model, statements, t) is not { } container ||
                ThingOf(model, total, statement) is not { Length: > 2 } thing ||
                Parts(model, statements, t, thing, container) is not { Count: >= 2 } parts ||
                TotalFacts.AnySums(parts.ConvertAll(p => p.Number), total.Number, minimum: 1, all: false) ||
                RunsOn(model, statements, t, total, thing, parts))
            {
                continue;
            }

            (totals ??= []).Add(new KeyTotal(total, total.Unit.Length > 0 ? ReportModel.Singular(total.UnitText.Trim()) : thing, DisplayText.Of(model.Document, new TextSpan(statement.Span.Start, keyEnd)), parts));
        }

        return totals?.ToArray() ?? [];
    }

    // A line whose key is a word of the lexicon section total, with its count ("**Total Code:** 36,950 lines").
    private static (FactValue Count, int KeyEnd)? TotalLine(ReportModel model, ModelStatement statement) =>
        statement.Values.Count == 0 || statement.Prose.Chars.IndexOf(':') <= 0 || KeyedCount(model, statement) is not var (count, keyEnd) ||
        !PhraseMatcher.StartsWithAny(TextFolding.Fold(statement.Prose.Chars[..keyEnd]).Trim(' ', '*', '_', '-'), model.Document.Lexicon, LexiconSections.Total)
            ? null : (count, keyEnd);

    // "Total Code: 36,950 lines": a key, a colon, then at once (bold aside) a count or an amount (no percentage, no
    // fraction; decimals only with a unit). The count and where the key ends.
    private static (FactValue Count, int KeyEnd)? KeyedCount(ReportModel model, ModelStatement statement)
    {
        ReadOnlySpan<char> prose = statement.Prose.Chars;
        int colon = prose.IndexOf(':');
        if (colon <= 0)
        {
            return null;
        }

        FactValue value = statement.Values[0];
        int at = value.Span.Start - statement.Span.Start;
        if (at < colon || value.Unit == "%" || value.Denominator is not null || (value.Decimals != 0 && value.Unit.Length == 0) ||
            value.Comparison is not (Comparison.Exact or Comparison.AtLeast) || prose[(colon + 1)..at].Trim(" *_".AsSpan()).Length != 0)
        {
            return null;
        }

        return (value, colon);
    }

    // A running total: "**Total: 5-8 hours**" closes one list, and "**Total: 8-12 hours**" closes the next ("With
    // proper testing: …"), adding its parts to the total before. The nearest total of the same thing above the run,
    // plus the parts, makes the stated total, end for end.
    private static bool RunsOn(ReportModel model, ModelStatement[] statements, int t, FactValue total, string thing, List<FactValue> parts)
    {
        int firstPartLine = parts[0].Line;
        for (int i = t - 1; i >= 0; i--)
        {
            ModelStatement s = statements[i];
            if (s.Line >= firstPartLine || TotalLine(model, s) is not var (before, _) || ThingOf(model, before, s) != thing)
            {
                continue;
            }

            decimal sum = before.Number, upper = before.UpperBound ?? before.Number;
            foreach (FactValue part in parts)
            {
                sum += part.Number;
                upper += part.UpperBound ?? part.Number;
            }

            return sum == total.Number && upper == (total.UpperBound ?? total.Number);
        }

        return false;
    }

    // The list or code block whose run the total closes: its own, or, for a key line on its own paragraph, the list
    // right before that paragraph ("- 🚧 **Phase 7:** Testing (1 hour)" then "**Total Remaining:** 7-9 hours").
    // The list is the one the statement before belongs to at the paragraph's level, with only blank lines between.
    private static object? RunOf(ReportModel model, ModelStatement[] statements, int t)
    {
        ModelStatement statement = statements[t];
        if (statement.Kind is StatementKind.ListItem or StatementKind.CodeLine)
        {
            return statement.Container;
        }

        if (statement.Block is not ParagraphBlock { Parent: { } parent } paragraph || statement.Span.Start != paragraph.Span.Start ||
            statements[t - 1].Kind != StatementKind.ListItem)
        {
            return null;
        }

        for (Block? block = statements[t - 1].Block; block is not null; block = block.Parent)
        {
            if (block is ListBlock list && ReferenceEquals(list.Parent, parent))
            {
                int from = list.Span.End + 1;
                return from <= paragraph.Span.Start && model.Document.GetText(TextSpan.FromBounds(from, paragraph.Span.Start)).IsWhiteSpace() ? list : null;
            }
        }

        return null;
    }

    // The counts of `thing` on the items just above the total in its list or code block, in order; null when an item
    // of the run counts no such thing or counts it twice.
    private static List<FactValue>? Parts(ReportModel model, ModelStatement[] statements, int t, string thing, object container)
    {
        ModelStatement total = statements[t];
        var parts = new List<FactValue>();
        int line = total.Line;
        for (int i = t - 1; i >= 0; i--)
        {
            ModelStatement s = statements[i];
            // The lines of a code block run without a gap: a line that is no statement ends the run.
            if (total.Kind == StatementKind.CodeLine && s.Line != --line)
            {
                break;
            }

            if (!ReferenceEquals(s.Container, container))
            {
                // A nested item breaks down its parent; anything else ends the run.
                if (s.Kind == StatementKind.ListItem && container is ListBlock && Nested(s, container))
                {
                    continue;
                }

                break;
            }

            FactValue? count = null;
            foreach (FactValue v in s.Values)
            {
                if (v.Denominator is null && ThingOf(model, v, s) == thing)
                {
                    if (count is not null)
                    {
                        return null;
                    }

                    count = v;
                }
            }

            if (count is null)
            {
                // "DELETED:" heads the run; any other item that counts nothing leaves the parts unknown.
                if (s.Prose.Chars.TrimEnd(" *_".AsSpan()).EndsWith(':'))
                {
                    break;
                }

                return null;
            }

            if (parts.Count == MaxParts)
            {
                return null;
            }

            parts.Add(count);
        }

        parts.Reverse();
        return parts;
    }

    // What a value counts: its unit ("36,950 lines", "7.5h"), or else the noun after it ("12 fichiers"), singular;
    // a percentage counts nothing that adds up.
    private static string? ThingOf(ReportModel model, FactValue value, ModelStatement statement) =>
        value.Unit.Length == 0 ? CountFacts.ThingAfter(model, value, statement)
        : value.Unit == "%" ? null
        : "unit:" + value.Unit;

    // Whether the statement's list item sits, at any depth, inside an item of `container`.
    private static bool Nested(ModelStatement statement, object container)
    {
        for (Markdig.Syntax.Block? block = statement.Block.Parent; block is not null; block = block.Parent)
        {
            if (ReferenceEquals(block, container))
            {
                return true;
            }
        }

        return false;
    }
}
