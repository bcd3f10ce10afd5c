using ReportLint.Lexicons;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Arithmetic;

/// <summary>Facts only RL2001 reads, built once per document beside the model.</summary>
internal static class CategoryTotalFacts
{
    private static readonly RuleFacts<KeyTotal[]> Facts = new(BuildCategoryTotals);

    /// <summary>
    /// The counts of things that name their categories joined by slashes ("15 fichiers documentation/configuration",
    /// "12 docs/config files"), each category the heading of one section that states its own count of the same thing
    /// in brackets ("### Documentation (9 fichiers)", "### Configuration (3 fichiers)"): the count and those parts, in
    /// document order. A category without exactly one such heading leaves the count out.
    /// </summary>
    public static IReadOnlyList<KeyTotal> Of(ReportModel model) => Facts.Of(model);

    private static KeyTotal[] BuildCategoryTotals(ReportModel model)
    {
        List<(ModelSection Section, string Title)>? titles = null;
        var totals = new List<KeyTotal>();
        foreach (ModelStatement statement in model.StatementArray)
        {
            if (statement.Kind is StatementKind.Heading or StatementKind.TableRow or StatementKind.CodeLine or StatementKind.DashboardLine ||
                statement.Values.Count == 0 || statement.Prose.Chars.IndexOf('/') < 0)
            {
                continue;
            }

            foreach (FactValue value in statement.Values)
            {
                if (!model.IsCount(value, statement) || value.Denominator is not null || CategoriesAfter(model, statement, value) is not var (noun, categories, phraseStart, end))
                {
                    continue;
                }

                titles ??= model.SectionTitles();
                var parts = new List<FactValue>(categories.Length);
                foreach (string category in categories)
                {
                    FactValue? part = null;
                    int found = 0;
                    foreach ((ModelSection section, string title) in titles)
                    {
                        if ((title == category || title.StartsWith(category + " ", StringComparison.Ordinal)) && HeadingCount(model, section, noun) is { } count)
                        {
                            part = count;
                            found++;
                        }
                    }

                    if (found != 1)
                    {
                        parts.Clear();
                        break;
                    }

                    parts.Add(part!);
                }

                if (parts.Count >= 2)
                {
                    totals.Add(new KeyTotal(value, noun, DisplayText.Of(model.Document, TextSpan.FromBounds(phraseStart, end)), parts));
                }
            }
        }

        return totals.ToArray();
    }

    // After the count, up to three words: one countable noun and one token of at least two categories joined by '/'
    // ("fichiers documentation/configuration", "docs/config files"). The noun (singular), the categories (folded) and
    // where the phrase ends.
    private static (string Noun, string[] Categories, int Start, int End)? CategoriesAfter(ReportModel model, ModelStatement statement, FactValue value)
    {
        ReadOnlySpan<char> prose = statement.Prose.Chars;
        int origin = statement.Span.Start;
        int i = value.Span.End - origin;
        string? noun = null;
        string[]? categories = null;
        int end = i, first = -1;
        for (int words = 0; words < 3 && i < prose.Length; words++)
        {
            while (i < prose.Length && prose[i] is ' ' or '*' or '_')
            {
                i++;
            }

            int start = i;
            while (i < prose.Length && (char.IsLetter(prose[i]) || prose[i] is '/' or '-'))
            {
                i++;
            }

            if (i == start)
            {
                break;
            }

            if (first < 0)
            {
                first = origin + start;
            }

            string word = TextFolding.Fold(prose.Slice(start, i - start));
            if (word.Contains('/'))
            {
                string[] pieces = word.Split('/');
                if (categories is not null || pieces.Length < 2 || Array.Exists(pieces, p => p.Length < 3))
                {
                    return null;
                }

                categories = pieces;
            }
            else if (noun is null && model.Document.Lexicon.Contains(ReportModel.CountNoun, word))
            {
                noun = ReportModel.Singular(word);
            }

            end = origin + i;
            if (noun is not null && categories is not null)
            {
                return (noun, categories, first, end);
            }
        }

        return null;
    }

    // "### Documentation (9 fichiers)": the one bracketed count of the noun on a section's heading, or null.
    private static FactValue? HeadingCount(ReportModel model, ModelSection section, string noun)
    {
        FactValue? found = null;
        foreach (ModelStatement s in model.StatementsIn(section.HeadingSpan))
        {
            if (s.Kind != StatementKind.Heading)
            {
                continue;
            }

            foreach (FactValue value in s.Values)
            {
                if (model.IsCount(value, s) && value.Denominator is null && ReportModel.InBrackets(s, value) && model.BracketNoun(s, value) == noun)
                {
                    if (found is not null)
                    {
                        return null;
                    }

                    found = value;
                }
            }
        }

        return found;
    }
}
