using System.Collections.Immutable;
using System.Globalization;
using ReportLint.Analysis;
using ReportLint.Collections;
using ReportLint.Lexicons;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Status;

/// <summary>
/// RL3003, all of a count said done while the report's inventory of that count has a partial share: "**36 / 36
/// modules = 100% ✅**" and, under "## TOUS LES MODULES (36)", "**🔶 Partiels (7):** GED, Marches, …".
/// </summary>
public sealed partial class RL3003CompleteWithPendingItems
{
    /// <summary>RL3003: words that lead a share of an inventory not done ("Partial", "Partiels", "In progress").</summary>
    internal static readonly LexiconSection InventoryOpen = new("inventory.open");

    private static void ReportFullCountsAgainstInventories(DocumentAnalysisContext context, ReportModel model, HashSet<int> reportedLines)
    {
        if (!model.IsStatusReport)
        {
            return;
        }

        ReportDocument document = context.Document;
        Lexicon lexicon = document.Lexicon;
        Dictionary<string, List<ModelSection>>? sectionsByTitleWord = null;
        foreach (ModelStatement statement in model.StatementArray)
        {
            if (statement.Kind is StatementKind.CodeLine or StatementKind.TableRow || reportedLines.Contains(statement.Line))
            {
                continue;
            }

            if (FullCount(document, statement) is not ({ } span, { } of, { } noun))
            {
                continue;
            }

            sectionsByTitleWord ??= SectionsByTitleWord(model, lexicon);
            if (!sectionsByTitleWord.TryGetValue(noun, out List<ModelSection>? titled))
            {
                continue;
            }

            foreach (ModelSection section in titled)
            {
                if (section.Span.Contains(statement.Span)
                    || !TitleCounts(section.Title.ToString(), of) || OpenShareIn(model, document, section, lexicon) is not ({ } open, { } count))
                {
                    continue;
                }

                reportedLines.Add(statement.Line);
                string text = model.TextOf(open).ToString();
                int line = document.Text.GetLinePosition(open.Start).Line;
                context.Diagnostics.Report(Rule, span, ImmutableDictionary<string, string>.Empty, [open],
                    model.TextOf(WithNoun(document, statement, span)), $"'{section.Title}' at line {section.Line} counts", count.ToString(CultureInfo.InvariantCulture) + " that are",
                    StatusWords.Clip(text, 80), "partial", line, string.Empty);
                break;
            }
        }
    }

    // The sections whose title holds each word, in document order: the words of each title are read once, not once
    // for every count of the document (a long document has thousands of both).
    private static Dictionary<string, List<ModelSection>> SectionsByTitleWord(ReportModel model, Lexicon lexicon)
    {
        var sections = new Dictionary<string, List<ModelSection>>(StringComparer.Ordinal);
        foreach (ModelSection section in model.SectionArray)
        {
            foreach (string word in StatusWords.Of(section.Title.ToString(), lexicon))
            {
                if (!sections.TryGetValue(word, out List<ModelSection>? list))
                {
                    sections[word] = list = [];
                }

                list.Add(section);
            }
        }

        return sections;
    }

    // "36 / 36 modules", "12/12 pages": all of a count of three or more, its span, the count and its noun.
    private static (TextSpan? Span, decimal? Of, string? Noun) FullCount(ReportDocument document, ModelStatement statement)
    {
        Items<FactValue> values = statement.Values;
        for (int i = 0; i < values.Count; i++)
        {
            FactValue value = values[i];
            if (value is { IsRatio: true, IsPercentage: false, Denominator: { } of } && of >= 3 && value.Number == of
                && NounAfter(document, statement, value.Span.End) is { } noun)
            {
                return (value.Span, of, noun);
            }

            // Quantities read from mangled text may overlap ("5$5": "5$" and "$5"): only a pair one after the other.
            if (i + 1 < values.Count && values[i + 1] is var next && value.Number >= 3 && value.Number == next.Number
                && !value.IsPercentage && !next.IsPercentage && next.Span.Start >= value.Span.End
                && document.GetText(TextSpan.FromBounds(value.Span.End, next.Span.Start)).ToString().Trim() == "/"
                && NounAfter(document, statement, next.Span.End) is { } after)
            {
                return (TextSpan.FromBounds(value.Span.Start, next.Span.End), next.Number, after);
            }
        }

        return default;
    }

    // "36 / 36" → "36 / 36 modules": the count with the noun after it, for the message.
    private static TextSpan WithNoun(ReportDocument document, ModelStatement statement, TextSpan count)
    {
        string rest = document.GetText(TextSpan.FromBounds(count.End, statement.Span.End)).ToString();
        int i = 0;
        while (i < rest.Length && rest[i] == ' ')
        {
            i++;
        }

        while (i < rest.Length && char.IsLetter(rest[i]))
        {
            i++;
        }

        return TextSpan.FromBounds(count.Start, count.End + i);
    }

    // The noun after a count, folded, a plural "s" dropped.
    private static string? NounAfter(ReportDocument document, ModelStatement statement, int at)
    {
        string rest = document.GetText(TextSpan.FromBounds(at, statement.Span.End)).ToString().TrimStart(' ', '*', '_');
        int end = 0;
        while (end < rest.Length && char.IsLetter(rest[end]))
        {
            end++;
        }

        if (end < 3)
        {
            return null;
        }

        string word = ReportModel.Fold(rest[..end]).ToLowerInvariant();
        return word.Length > 4 && word[^1] == 's' && word[^2] != 's' ? word[..^1] : word;
    }

    // "TOUS LES MODULES (36)": the title states the same count.
    private static bool TitleCounts(string title, decimal count)
    {
        string wanted = "(" + count.ToString(CultureInfo.InvariantCulture) + ")";
        return title.Contains(wanted, StringComparison.Ordinal);
    }

    // The line of the section led by a word of a share not done and its count: "**🔶 Partiels (7):** GED, …".
    private static (TextSpan? Line, int? Count) OpenShareIn(ReportModel model, ReportDocument document, ModelSection section, Lexicon lexicon)
    {
        foreach (ModelStatement statement in model.StatementsIn(section.Span))
        {
            if (statement.Kind == StatementKind.Heading || FirstHit(statement, InventoryOpen) is not { } hit)
            {
                continue;
            }

            string after = document.GetText(TextSpan.FromBounds(hit.Span.End, statement.Span.End)).ToString();
            int i = 0;
            while (i < after.Length && after[i] is ' ' or '*' or '_')
            {
                i++;
            }

            if (i >= after.Length || after[i] != '(')
            {
                continue;
            }

            int start = ++i;
            while (i < after.Length && char.IsDigit(after[i]))
            {
                i++;
            }

            if (i > start && i < after.Length && after[i] == ')' && int.TryParse(after[start..i], NumberStyles.None, CultureInfo.InvariantCulture, out int count) && count > 0)
            {
                TextSpan line = document.Text.GetLineSpan(document.Text.GetLinePosition(hit.Span.Start).Line);
                return (TextSpan.FromBounds(Math.Max(line.Start, statement.Span.Start), Math.Min(line.End, statement.Span.End)), count);
            }
        }

        return default;
    }
}
