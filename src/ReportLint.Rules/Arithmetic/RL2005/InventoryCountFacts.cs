using Markdig.Syntax;
using ReportLint.Claims;
using ReportLint.Collections;
using ReportLint.Lexicons;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Arithmetic;

/// <summary>Facts only RL2005 reads, built once per document beside the model.</summary>
internal static class InventoryCountFacts
{
    private static readonly LexiconSection InventoryCue = new("count.inventory");

    private static readonly RuleFacts<CountOfItems[]> Facts = new(BuildCountsOfInventories);

    /// <summary>
    /// The summary counts of things whose items one inventory section elsewhere in the document lists, in document
    /// order: a key line "**Backend Files:** 15+ files" (a key holding a countable noun, lexicon section
    /// <c>count.noun</c>, and a count or a lower bound, and no other countable noun after it) and the one section whose heading is the key ("### Backend
    /// Files:") or names the same noun as an inventory (lexicon section <c>count.inventory</c>: "## Files Changed
    /// Summary"). A heading that continues the key ("### Backend Files (continued)") also matches. The items are the section's top-level list items and the lines of its code blocks; a section
    /// with a table, a sub-heading carrying a count, nested inventories or elided items ("…", "etc.") is left out,
    /// and so is a key matched by two sections.
    /// </summary>
    public static IReadOnlyList<CountOfItems> Of(ReportModel model) => Facts.Of(model);

    private static CountOfItems[] BuildCountsOfInventories(ReportModel model)
    {
        List<(ModelSection Section, string Title)>? titles = null;
        var found = new List<CountOfItems>();
        foreach (ModelStatement statement in model.StatementArray)
        {
            if (statement.Kind is not (StatementKind.KeyValueLine or StatementKind.ListItem) || statement.Values.Count == 0 ||
                SummaryCount(model, statement) is not var (value, key, noun))
            {
                continue;
            }

            titles ??= model.SectionTitles();
            ModelSection? inventory = null;
            int matches = 0;
            foreach ((ModelSection section, string title) in titles)
            {
                if (title == key || (title.Length > key.Length && title[key.Length] == ' ' && title.StartsWith(key, StringComparison.Ordinal))
                    || (ContainsWord(title, noun) && PhraseMatcher.ContainsAny(title, model.Document.Lexicon, InventoryCue)))
                {
                    inventory = section;
                    matches++;
                }
            }

            if (matches != 1 || inventory!.Span.Contains(statement.Span) || InventoryItems(model, inventory, noun) is not { Count: >= 2 } items)
            {
                continue;
            }

            var names = new List<DisplayText>(items.Count);
            var spans = new List<TextSpan>(items.Count);
            foreach (TextSpan span in items)
            {
                names.Add(DisplayText.Of(model.Document, span));
                spans.Add(span);
            }

            found.Add(new CountOfItems(CountScope.Inventory, value, value.Number, statement, names, spans,
                model.Document.Text.GetLinePosition(spans[0].Start).Line, model.Document.Text.GetLinePosition(spans[^1].Start).Line, isExhaustive: true)
            {
                Phrase = statement.Text,
                Inventory = inventory,
            });
        }

        return found.ToArray();
    }

    // "**Files Modified**: 20+", "Backend Files: 15+ files": the key (folded, emphasis and colon left out), a countable
    // noun of it, and the count right after the colon.
    private static (FactValue Value, string Key, string Noun)? SummaryCount(ReportModel model, ModelStatement statement)
    {
        ReadOnlySpan<char> prose = statement.Prose.Chars;
        int colon = prose.IndexOf(':');
        FactValue value = statement.Values[0];
        int at = value.Span.Start - statement.Span.Start;
        if (colon <= 0 || at < colon || value.Unit.Length != 0 || value.Denominator is not null || value.Decimals != 0 || value.Number < 2 ||
            value.Comparison is not (Comparison.Exact or Comparison.AtLeast) || prose.Slice(colon + 1, at - colon - 1).Trim(" *_".AsSpan()).Length != 0 ||
            statement.Contains(ReportModel.CountExample))
        {
            return null;
        }

        string key = ReportModel.TitleKey(prose.Slice(0, colon));
        string[] keyWords = key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (string word in keyWords)
        {
            if (model.Document.Lexicon.Contains(ReportModel.CountNoun, word))
            {
                return CountsAnotherThing(model, prose[(value.Span.End - statement.Span.Start)..], keyWords) ? null : (value, key, word);
            }
        }

        return null;
    }

    // Whether the words after the count name a countable thing the key does not ("Tests: 7 fichiers de tests Phase 6",
    // "Tests: 2 test files"): the count is of those, a part of what the key names, and no inventory of the key's
    // things counts it. "Backend Files: 15+ files" repeats the key's noun; a word joined to another ("pages/components")
    // is no noun of the lexicon.
    private static bool CountsAnotherThing(ReportModel model, ReadOnlySpan<char> after, string[] keyWords)
    {
        int words = 0;
        for (int start = 0; start < after.Length && words < MaxWordsAfterCount;)
        {
            int space = after[start..].IndexOf(' ');
            int end = space < 0 ? after.Length : start + space;
            ReadOnlySpan<char> word = after[start..end].Trim("*_:,.;()".AsSpan());
            start = end + 1;
            if (word.IsEmpty)
            {
                continue;
            }

            words++;
            string folded = TextFolding.Fold(word);
            if (model.Document.Lexicon.Contains(ReportModel.CountNoun, folded) && !IsKeyWord(folded, keyWords))
            {
                return true;
            }
        }

        return false;
    }

    private const int MaxWordsAfterCount = 5;

    // Whether the item states a whole count and names the noun: a count of the things, not one of them.
    private static bool CountsNoun(ModelStatement item, string noun)
    {
        bool counts = false;
        foreach (FactValue value in item.Values)
        {
            counts |= !value.IsPercentage && value.Denominator is null && value.Unit.Length == 0 && decimal.Truncate(value.Number) == value.Number;
        }

        if (!counts)
        {
            return false;
        }

        string singular = ReportModel.Singular(noun);
        string text = item.Folded.Text;
        for (int start = 0; start < text.Length;)
        {
            while (start < text.Length && !char.IsLetter(text[start]))
            {
                start++;
            }

            int end = start;
            while (end < text.Length && char.IsLetter(text[end]))
            {
                end++;
            }

            if (end > start && ReportModel.Singular(text.AsSpan(start, end - start)).SequenceEqual(singular.AsSpan()))
            {
                return true;
            }

            start = end;
        }

        return false;
    }

    private static bool IsKeyWord(string word, string[] keyWords)
    {
        string singular = ReportModel.Singular(word);
        foreach (string key in keyWords)
        {
            if (ReportModel.Singular(key) == singular)
            {
                return true;
            }
        }

        return false;
    }

    // Whether a piece of the text between spaces is the word (as text.Split(' ') would give it, without the strings;
    // read once per count and section title).
    private static bool ContainsWord(string text, string word)
    {
        int start = 0;
        while (true)
        {
            int space = text.IndexOf(' ', start);
            int end = space < 0 ? text.Length : space;
            if (text.AsSpan(start, end - start).SequenceEqual(word.AsSpan()))
            {
                return true;
            }

            if (space < 0)
            {
                return false;
            }

            start = space + 1;
        }
    }

    // The top-level list items and code lines of a section, sub-sections included; null when it holds a table, a
    // sub-heading with a number, elided items, or an item that counts the noun itself ("**Backend Tests**: 1030+ tests
    // passing", "✅ 7 new error path tests created" under "### Tests"): its items then break the count down or say
    // things of it, they are not the things counted.
    private static List<TextSpan>? InventoryItems(ReportModel model, ModelSection section, string noun)
    {
        var items = new List<TextSpan>();
        foreach (ModelStatement s in model.StatementsIn(section.Span))
        {
            if (s.Kind == StatementKind.TableRow || (s.Kind == StatementKind.Heading && !section.HeadingSpan.Contains(s.Span) && s.Values.Count > 0) ||
                s.Contains(ReportModel.CountExample))
            {
                return null;
            }

            if (s.Kind == StatementKind.ListItem && s.Block.Parent is ListItemBlock { Parent: ListBlock { Parent: not ListItemBlock } } item &&
                item[0] == s.Block)
            {
                if (CountsNoun(s, noun))
                {
                    return null;
                }

                TextSpan span = model.Document.GetSpan(s.Block);
                var first = TextSpan.FromBounds(span.Start, Math.Min(span.End, model.Document.Text.GetLineSpan(model.Document.Text.GetLinePosition(span.Start).Line).End));
                if (items.Count == 0 || items[^1] != first)
                {
                    items.Add(first);
                }
            }
        }

        foreach (ModelFence fence in model.Fences)
        {
            if (!section.Span.Contains(fence.Span) || fence.Content.IsEmpty)
            {
                continue;
            }

            ReadOnlySpan<char> content = model.Document.GetText(fence.Content);
            var lines = new TextLines(content, fence.Content.Start);
            while (lines.MoveNext())
            {
                ReadOnlySpan<char> line = lines.Current.Trim();
                if (line.Length > 0)
                {
                    if (line.Contains("...".AsSpan(), StringComparison.Ordinal) || line.Contains('…'))
                    {
                        return null;
                    }

                    int lead = lines.Current.Length - lines.Current.TrimStart().Length;
                    items.Add(new TextSpan(lines.Start + lead, line.Length));
                }
            }
        }

        StableSort.Sort(items, static (a, b) => a.Start.CompareTo(b.Start));
        return items;
    }
}
