using Markdig.Syntax;
using ReportLint.Claims;
using ReportLint.Lexicons;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Arithmetic;

/// <summary>
/// Facts only RL2001 reads: a key line that states a total of things ("**Total Tests:** 132", "**Total Remaining**: 37
/// tasks out of 70", "✅ Total Tests: 25" in a block of results) and the breakdown the report gives right after it, under
/// a lead-in or heading that says so ("### Test Breakdown", "**Breakdown by Sprint**:", "Category Breakdown:",
/// "Répartition :": lexicon section <c>total.breakdown</c>): a list whose every item counts the same thing ("-
/// `test_models.py`: 18 tests", "- Sprint 2 (Modal Migration): 7 tasks") or gives a fraction of them ("- Functionality:
/// 100.0% (2/2)", whose whole, 2, is the item's count). The total must be their sum.
/// </summary>
internal static class BreakdownTotalFacts
{
    private static readonly LexiconSection Breakdown = new("total.breakdown");
    private static readonly LexiconSection CountNoun = new("count.noun");
    private static readonly RuleFacts<KeyTotal[]> Facts = new(Build);

    // How many statements may stand between the total and its breakdown's lead-in: key lines of the same summary
    // ("**Passing:** 132", "**Failing:** 0") and a heading.
    private const int Reach = 6;

    /// <summary>The totals stated over a breakdown, in document order.</summary>
    public static IReadOnlyList<KeyTotal> Of(ReportModel model) => Facts.Of(model);

    private static KeyTotal[] Build(ReportModel model)
    {
        List<KeyTotal>? totals = null;
        ModelStatement[] statements = model.StatementArray;
        for (int i = 0; i < statements.Length; i++)
        {
            ModelStatement statement = statements[i];
            if (statement.Kind is StatementKind.TableRow or StatementKind.Heading || statement.Values.Count == 0 ||
                TotalOf(model, statement) is not { } total)
            {
                continue;
            }

            if (BreakdownAfter(model, statements, i, total.Thing) is { } parts)
            {
                (totals ??= []).Add(new KeyTotal(total.Value, total.Written, total.Key, parts));
            }
        }

        return totals is null ? [] : totals.ToArray();
    }

    // "Total Tests: 132", "Total Remaining: 37 tasks": a key that opens with a total word, an exact count right after
    // the colon, and the thing counted, the word after the count or else the key's last word.
    private static (FactValue Value, string Thing, string Written, DisplayText Key)? TotalOf(ReportModel model, ModelStatement statement)
    {
        // A statement that cannot hold a total word (most) is let go before its key is read.
        if (!model.MayHold(statement, LexiconSections.Total))
        {
            return null;
        }

        ReadOnlySpan<char> prose = statement.Prose.Chars;
        int colon = prose.IndexOf(':');
        if (colon <= 0 || colon > 60)
        {
            return null;
        }

        FactValue? value = null;
        foreach (FactValue v in statement.Values)
        {
            if (v.Span.Start - statement.Span.Start > colon)
            {
                value = v;
                break;
            }
        }

        if (value is not { Comparison: Comparison.Exact, Unit.Length: 0, Denominator: null, Decimals: 0 } count ||
            prose.Slice(colon + 1, count.Span.Start - statement.Span.Start - colon - 1).Trim(" *_".AsSpan()).Length != 0)
        {
            return null;
        }

        // The key is folded last, once the line holds a count where a total's would stand.
        string key = Words(prose[..colon]);
        if (key.Length == 0 || !PhraseMatcher.StartsWithAny(key, model.Document.Lexicon, LexiconSections.Total))
        {
            return null;
        }

        int afterCount = count.Span.End - statement.Span.Start;
        string after = FirstWordAfter(prose, afterCount);
        string[] keyWords = key.Split(' ');
        bool named = IsCountNoun(model, after);
        string thing = named ? after : IsCountNoun(model, keyWords[^1]) ? keyWords[^1] : string.Empty;
        if (thing.Length == 0)
        {
            return null;
        }

        // The thing as the report writes it, for messages ("tâche", not its fold).
        string written = named ? WordAfter(prose, afterCount).ToString() : LastWord(prose[..colon]).ToString();

        int start = 0;
        while (start < colon && !char.IsLetter(prose[start]))
        {
            start++;
        }

        var keySpan = TextSpan.FromBounds(statement.Span.Start + start, statement.Span.Start + colon);
        return (count, ReportModel.Singular(thing), ReportModel.Singular(written.ToLowerInvariant()), DisplayText.Of(model.Document, keySpan));
    }

    // The list right after a breakdown's lead-in or heading among the few statements after the total, each of whose
    // items counts the thing; null when there is none, or an item counts nothing or something else.
    private static List<FactValue>? BreakdownAfter(ReportModel model, ModelStatement[] statements, int at, string thing)
    {
        ModelSection? section = statements[at].Section;
        for (int i = at + 1; i < statements.Length && i <= at + Reach; i++)
        {
            ModelStatement lead = statements[i];
            // The breakdown stays in the total's section (or one under it).
            if (lead.Kind == StatementKind.Heading && lead.Section is { } heading && section is not null && heading.Level <= section.Level)
            {
                return null;
            }

            if (lead.Kind is StatementKind.TableRow || !PhraseMatcher.ContainsAny(Words(lead.Prose.Chars), model.Document.Lexicon, Breakdown))
            {
                continue;
            }

            var parts = new List<FactValue>();
            for (int j = i + 1; j < statements.Length; j++)
            {
                ModelStatement item = statements[j];
                if (IsNested(item))
                {
                    // A nested item breaks its parent down; it is no part of the total.
                    continue;
                }

                if (!IsItem(item))
                {
                    break;
                }

                if (PartOf(model, item, thing) is not { } part)
                {
                    return null;
                }

                parts.Add(part);
            }

            return parts.Count >= 2 ? parts : null;
        }

        return null;
    }

    // A list item, or a line of a code block that opens like one ("- Functionality: 100.0% (2/2) ✅").
    private static bool IsItem(ModelStatement statement) =>
        statement.Kind == StatementKind.ListItem ||
        (statement.Kind is StatementKind.CodeLine or StatementKind.DashboardLine && statement.Prose.Chars.TrimStart().StartsWith("- ".AsSpan(), StringComparison.Ordinal));

    private static bool IsNested(ModelStatement statement) =>
        statement.Kind == StatementKind.ListItem && statement.Block.Parent is ListItemBlock { Parent: ListBlock { Parent: ListItemBlock } };

    // The item's one count of the thing ("18 tests"), or its one fraction in brackets ("(2/2)"); null otherwise.
    private static FactValue? PartOf(ReportModel model, ModelStatement item, string thing)
    {
        FactValue? found = null;
        foreach (FactValue value in item.Values)
        {
            bool counts = value is { Comparison: Comparison.Exact, Unit.Length: 0, Denominator: null, Decimals: 0 } &&
                ReportModel.Singular(FirstWordAfter(item.Prose.Chars, value.Span.End - item.Span.Start)) == thing;
            bool fraction = value is { Comparison: Comparison.Exact, Denominator: not null, IsPercentage: false } && ReportModel.InBrackets(item, value);
            if (counts || fraction)
            {
                if (found is not null)
                {
                    return null;
                }

                found = value;
            }
        }

        return found;
    }

    private static bool IsCountNoun(ReportModel model, string word) =>
        word.Length > 2 && model.Document.Lexicon.Contains(CountNoun, word);

    // The first word after a position, folded ("tests" in " **tests** (data models)").
    private static string FirstWordAfter(ReadOnlySpan<char> prose, int from)
    {
        ReadOnlySpan<char> word = WordAfter(prose, from);
        return word.IsEmpty ? string.Empty : TextFolding.Fold(word);
    }

    // The first word after a position, as written.
    private static ReadOnlySpan<char> WordAfter(ReadOnlySpan<char> prose, int from)
    {
        int i = from;
        while (i < prose.Length && prose[i] is ' ' or '*' or '_')
        {
            i++;
        }

        int start = i;
        while (i < prose.Length && char.IsLetter(prose[i]))
        {
            i++;
        }

        return prose[start..i];
    }

    // The last word of a text, as written ("Tests" in "✅ **Total Tests**").
    private static ReadOnlySpan<char> LastWord(ReadOnlySpan<char> text)
    {
        int end = text.Length;
        while (end > 0 && !char.IsLetter(text[end - 1]))
        {
            end--;
        }

        int start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return text[start..end];
    }

    // The letters and digits of a text, folded, one space between words, marks and emphasis dropped.
    private static string Words(ReadOnlySpan<char> text)
    {
        int start = 0, end = text.Length;
        while (start < end && !char.IsLetterOrDigit(text[start]))
        {
            start++;
        }

        while (end > start && !char.IsLetterOrDigit(text[end - 1]))
        {
            end--;
        }

        return end > start ? TextFolding.Fold(text[start..end]) : string.Empty;
    }
}
