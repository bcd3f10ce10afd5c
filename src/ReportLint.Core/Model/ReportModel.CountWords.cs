using Markdig.Syntax;
using ReportLint.Claims;
using ReportLint.Lexicons;
using ReportLint.Text;

namespace ReportLint.Model;

// Reading machinery for counts of things that several rules' facts share (RL2001's totals, RL2005's counts of items,
// inventories, trees and lead-ins, RL2003's sections): the nouns of counts, bracketed counts, the items under a section,
// and section titles as keys.
public sealed partial class ReportModel
{
    internal static readonly LexiconSection CountNoun = new("count.noun");

    // Words that say a count is of things passed ("58 passed", "2376/2392 passing", "45/46 réussis"): RL2002's pass
    // shares, RL3002's done items over a partial count.
    internal static readonly LexiconSection CountPassed = new("count.passed");
    internal static readonly LexiconSection CountExample = new("count.example");
    private static readonly LexiconSection CountFileNoun = new("count.file-noun");
    private static readonly LexiconSection CountIdentifier = new("count.identifier");

    // The end of a file noun among the (at most five) words right after the count ("8 fichiers Blade", "12
    // production-ready Kubernetes manifests"), or null.
    internal int? FileNounAfter(ModelStatement statement, FactValue count)
    {
        ReadOnlySpan<char> prose = statement.Prose.Chars;
        int origin = statement.Span.Start;
        int i = count.Span.End - origin;
        for (int words = 0; words < 5 && i < prose.Length; words++)
        {
            while (i < prose.Length && prose[i] is ' ' or '*' or '_')
            {
                i++;
            }

            int start = i;
            while (i < prose.Length && (char.IsLetterOrDigit(prose[i]) || prose[i] is '-' or '\'' or '’'))
            {
                i++;
            }

            if (i == start)
            {
                return null;
            }

            if (Document.Lexicon.Contains(CountFileNoun, TextFolding.Fold(prose.Slice(start, i - start))))
            {
                return origin + i;
            }
        }

        return null;
    }

    internal List<(ModelSection, string)> SectionTitles()
    {
        var titles = new List<(ModelSection, string)>(Sections.Count);
        foreach (ModelSection section in Sections)
        {
            titles.Add((section, TitleKey(section.Title.ToString().AsSpan())));
        }

        return titles;
    }

    // Folded words only: "### 📁 **Backend Files:**" and "- **Backend Files**" both give "backend files".
    internal static string TitleKey(ReadOnlySpan<char> text)
    {
        string folded = TextFolding.Fold(text);
        var builder = new System.Text.StringBuilder(folded.Length);
        foreach (char c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().Trim();
    }

    // Whether a value stands in brackets of its statement: an opening bracket before it with no closing one between.
    internal static bool InBrackets(ModelStatement statement, FactValue value)
    {
        ReadOnlySpan<char> prose = statement.Prose.Chars;
        int at = value.Span.Start - statement.Span.Start;
        int open = SpanSearch.LastIndexOf(prose, '(', Math.Max(0, at - 1));
        return open >= 0 && SpanSearch.IndexOf(prose, ')', open) is var close && close >= at && at > open;
    }

    // The noun a bracketed count counts: the last word before the next ',' or ')' ("5 benchmarks)" gives "benchmark").
    internal string? BracketNoun(ModelStatement statement, FactValue value)
    {
        ReadOnlySpan<char> prose = statement.Prose.Chars;
        int from = value.Span.End - statement.Span.Start;
        int end = SpanSearch.IndexOfAny(prose, BracketEnds, from);
        if (end < 0 || end - from > 60)
        {
            return null;
        }

        string[] words = TextFolding.Fold(prose.Slice(from, end - from)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is 0 or > 4 ? null : Singular(words[^1].Trim('*', '_', ':'));
    }

    internal static readonly char[] BracketEnds = [',', ')', ';'];

    // A count of things: a whole number of no unit (a fraction n/n counts its denominator), not an issue number, a
    // version or a section number.
    internal bool IsCount(FactValue value, ModelStatement statement)
    {
        if (value.Unit.Length != 0 || value.Decimals != 0 || value.Comparison != Comparison.Exact || value.Number < 1 ||
            (value.Denominator is { } d && d != value.Number))
        {
            return false;
        }

        int at = value.Span.Start;
        char before = at > statement.Span.Start ? Document.Text.Text[at - 1] : ' ';
        return before is not ('#' or 'v' or 'V' or '§' or '.' or '-' or '/') && !AfterIdentifierWord(statement, at);
    }

    // "Review Phase 1 fixes (CSS, dead code, ACWR tests)", "Sprint 2 tasks": a number right after a word that numbers
    // what follows (lexicon section count.identifier: phase, sprint, step, étape…) names a part; it counts nothing.
    private bool AfterIdentifierWord(ModelStatement statement, int at)
    {
        ReadOnlySpan<char> prose = statement.Prose.Chars;
        int i = at - statement.Span.Start;
        while (i > 0 && prose[i - 1] is ' ' or '*' or '_')
        {
            i--;
        }

        int end = i;
        while (i > 0 && char.IsLetter(prose[i - 1]))
        {
            i--;
        }

        return end > i && end - i <= 12 && Document.Lexicon.Contains(CountIdentifier, TextFolding.Fold(prose[i..end]));
    }

    /// <summary>The items of a section, in order, those of its heading line left out.</summary>
    internal IReadOnlyList<ModelItem> ItemsUnder(ModelSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var under = new List<ModelItem>();
        IReadOnlyList<ModelItem> items = Items;
        foreach (StatusItem item in StatusItems.Of(Document).Within(section.Span))
        {
            if (!section.HeadingSpan.Contains(item.Span))
            {
                under.Add(ItemAt(items, item));
            }
        }

        return under;
    }

    internal static string Singular(string word) => IsPlural(word) ? word[..^1] : word;

    internal static ReadOnlySpan<char> Singular(ReadOnlySpan<char> word) => IsPlural(word) ? word[..^1] : word;

    // "tests", "fichiers": a word of four letters or more that ends in 's' (not "bus", "gas").
    private static bool IsPlural(ReadOnlySpan<char> word) => word.Length > 3 && word[^1] == 's';
}
