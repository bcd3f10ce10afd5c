using Markdig.Syntax;
using ReportLint.Claims;
using ReportLint.Lexicons;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Arithmetic;

/// <summary>A lead-in's count of things over list items that each give their own count of them.</summary>
/// <param name="Lead">The lead-in's count, listed over its items (<see cref="CountScope.Listed"/>).</param>
/// <param name="Parts">Each item's count, in the order of the items.</param>
/// <param name="Sum">The sum of the parts.</param>
internal sealed record ListedParts(CountOfItems Lead, FactValue[] Parts, decimal Sum)
{
    /// <summary>Whether a part or the lead is given as about ("~48 tests"), so the sum is only near the count.</summary>
    public bool Approximate => Lead.Count.IsApproximate || Array.Exists(Parts, static p => p.IsApproximate);
}

/// <summary>Facts only RL2005 reads, built once per document beside the model.</summary>
internal static class ListedPartFacts
{
    private static readonly RuleFacts<ListedParts[]> Facts = new(Build);

    /// <summary>
    /// The breakdowns in document order: a lead-in that counts things in brackets ("### Opérations (298 tests)",
    /// "### Backend (42 fichiers Java)") over top-level list items that each open with a count ("- 10 Entities JPA") or
    /// give one in brackets of the same noun ("- **Inventory** (81 tests): …"). Every item must carry its count: a list
    /// with one item uncounted is not a breakdown. Likewise a heading that counts in brackets over the headings one level
    /// down, each with its own count in brackets ("## Fichiers modifiés (51 au total)" over "### Créations (2)", "###
    /// Corrections majeures (5)", …), bare or of the same noun, and a heading that counts over the labels of its parts,
    /// each with its count in brackets ("**Commands (5)**", "✅ Contacts (4 routes)").
    /// </summary>
    public static IReadOnlyList<ListedParts> Of(ReportModel model) => Facts.Of(model);

    private static ListedParts[] Build(ReportModel model)
    {
        List<ListedParts>? found = null;
        foreach (CountOfItems count in ItemCountFacts.Of(model))
        {
            if (count.Scope != CountScope.Listed || count.Count.IsRatio || count.Count.IsRange || count.Spans.Count < 2 ||
                (model.BracketNoun(count.Statement, count.Count) ?? LeadingNoun(model, count)) is not { Length: > 0 } noun)
            {
                continue;
            }

            var parts = new FactValue[count.Spans.Count];
            decimal sum = 0;
            bool all = true;
            for (int i = 0; i < parts.Length && all; i++)
            {
                if (model.StatementAt(count.Spans[i]) is { Kind: StatementKind.ListItem } item && PartOf(model, item, noun) is { } part)
                {
                    parts[i] = part;
                    sum += part.Number;
                }
                else
                {
                    all = false;
                }
            }

            if (all)
            {
                (found ??= []).Add(new ListedParts(count, parts, sum));
            }
        }

        SubsectionBreakdowns(model, ref found);
        LabelBreakdowns(model, ref found);
        if (found is { Count: > 1 })
        {
            found.Sort(static (a, b) => a.Lead.Count.Span.Start.CompareTo(b.Lead.Count.Span.Start));
        }

        return found?.ToArray() ?? [];
    }

    // The noun of a lead-in that opens with its count and has no bracket ("**39 Java Classes:**"): its last word, folded
    // and singular, as BracketNoun gives the noun of "(39 Java classes)".
    private static string? LeadingNoun(ReportModel model, CountOfItems count)
    {
        ReadOnlySpan<char> prose = count.Statement.Prose.Chars;
        if (SpanSearch.IndexOf(prose, '(', count.Count.Span.End - count.Statement.Span.Start) >= 0)
        {
            return null;
        }

        // A key before its count ("**Fichiers corrigés** : 3") names no noun after it: its items are not read as parts.
        string phrase = count.Phrase.ToString();
        int space = phrase.LastIndexOf(' ');
        return space < 0 || !char.IsLetter(phrase[space + 1]) ? null : ReportModel.Singular(TextFolding.Fold(phrase.AsSpan(space + 1)).Trim('*', '_', ':'));
    }

    private static void SubsectionBreakdowns(ReportModel model, ref List<ListedParts>? found)
    {
        IReadOnlyList<ModelSection> sections = model.Sections;
        for (int s = 0; s < sections.Count; s++)
        {
            ModelSection section = sections[s];
            if (HeadingCount(model, section) is not ({ } lead, var noun))
            {
                continue;
            }

            var parts = new List<FactValue>();
            var spans = new List<TextSpan>();
            var names = new List<DisplayText>();
            bool all = true;
            for (int c = s + 1; c < sections.Count && all; c++)
            {
                ModelSection child = sections[c];
                if (child.Level <= section.Level)
                {
                    break;
                }

                if (child.Parent != section)
                {
                    continue;
                }

                // Each child counts what its parent counts: with the same noun, or bare ("### Créations (2)") under a bare
                // count or a total ("(51 au total)").
                if (HeadingCount(model, child) is ({ } part, var partNoun) && (partNoun == noun || (partNoun.Length == 0 && IsTotalWord(model, noun))))
                {
                    parts.Add(part.Value);
                    spans.Add(child.HeadingSpan);
                    names.Add(child.Title);
                }
                else
                {
                    all = false;
                }
            }

            if (!all || parts.Count < 2)
            {
                continue;
            }

            decimal sum = 0;
            foreach (FactValue part in parts)
            {
                sum += part.Number;
            }

            var count = new CountOfItems(CountScope.Listed, lead.Value, lead.Value.Number, lead.Statement, names, spans,
                model.Document.Text.GetLinePosition(spans[0].Start).Line, model.Document.Text.GetLinePosition(spans[^1].Start).Line, isExhaustive: true)
            {
                Phrase = model.TextOf(TextSpan.FromBounds(lead.Value.Span.Start, BracketClose(lead.Statement, lead.Value))),
            };
            (found ??= []).Add(new ListedParts(count, [.. parts], sum));
        }
    }

    // A heading that counts things, in brackets or opening with its count ("### 19 Modules Created", "### Modules
    // Frontend (281 pages)"), over a section with no sub-heading whose paragraph lines are all labels of its parts, each
    // with one count in brackets: a line in emphasis ("**Commands (5)**", "**Dashboards** (12 pages):") over the code
    // or the list of its items, or a line opened by a status mark ("✅ Contacts (4 routes)"). The parts are all bare
    // or all of the heading's noun. Their counts add up to the heading's.
    private static void LabelBreakdowns(ReportModel model, ref List<ListedParts>? found)
    {
        IReadOnlyList<ModelSection> sections = model.Sections;
        for (int s = 0; s < sections.Count; s++)
        {
            ModelSection section = sections[s];
            if (s + 1 < sections.Count && sections[s + 1].Parent == section)
            {
                continue;
            }

            // The lead, the noun it counts and where its phrase ends: "(281 pages)" to its bracket, "19 Modules" to its noun.
            (HeadingValue? counted, string noun, int phraseEnd) = HeadingCount(model, section) is ({ } bracketed, var bracketNoun)
                ? (CountAloneInBrackets(bracketed.Statement, bracketed.Value) ? bracketed : null, bracketNoun, BracketClose(bracketed.Statement, bracketed.Value))
                : LeadingHeadingCount(model, section);
            if (counted is not { } lead)
            {
                continue;
            }

            List<FactValue>? parts = null;
            List<TextSpan>? spans = null;
            List<DisplayText>? names = null;
            bool all = true, bare = false, named = false;
            foreach (ModelStatement statement in model.StatementsIn(section.Span))
            {
                if (statement.Kind is not (StatementKind.Sentence or StatementKind.KeyValueLine) || statement.Block.Parent is not MarkdownDocument)
                {
                    continue;
                }

                // Each line of the paragraph a label with its count.
                ReadOnlySpan<char> prose = statement.Prose.Chars;
                int lineStart = 0;
                while (all && lineStart < prose.Length)
                {
                    int newline = SpanSearch.IndexOf(prose, '\n', lineStart);
                    int lineEnd = newline < 0 ? prose.Length : newline;
                    var line = TextSpan.FromBounds(statement.Span.Start + lineStart, statement.Span.Start + lineEnd);
                    if (!prose[lineStart..lineEnd].IsWhiteSpace())
                    {
                        if (LabelPart(model, statement, line) is { } part && model.BracketNoun(statement, part) is var partNoun &&
                            (partNoun is null || partNoun == noun))
                        {
                            bare |= partNoun is null;
                            named |= partNoun is not null;
                            (parts ??= []).Add(part);
                            (spans ??= []).Add(line);
                            (names ??= []).Add(model.TextOf(line));
                        }
                        else
                        {
                            all = false;
                        }
                    }

                    lineStart = lineEnd + 1;
                }

                if (!all)
                {
                    break;
                }
            }

            if (!all || parts is not { Count: >= 2 } || spans is null || names is null || (bare && named))
            {
                continue;
            }

            decimal sum = 0;
            foreach (FactValue part in parts)
            {
                sum += part.Number;
            }

            var count = new CountOfItems(CountScope.Listed, lead.Value, lead.Value.Number, lead.Statement, names, spans,
                model.Document.Text.GetLinePosition(spans[0].Start).Line, model.Document.Text.GetLinePosition(spans[^1].Start).Line, isExhaustive: true)
            {
                Phrase = model.TextOf(TextSpan.FromBounds(lead.Value.Span.Start, phraseEnd)),
            };
            (found ??= []).Add(new ListedParts(count, [.. parts], sum));
        }
    }

    // "(281 pages)", "(6)": the bracket holds the count and at most its noun's words; "(12 services + utilities)" counts
    // two things at once.
    private static bool CountAloneInBrackets(ModelStatement statement, FactValue value)
    {
        ReadOnlySpan<char> after = statement.Prose[TextSpan.FromBounds(value.Span.End, statement.Span.End)];
        int close = after.IndexOf(')');
        if (close < 0)
        {
            return false;
        }

        foreach (char c in after[..close])
        {
            if (!(char.IsLetter(c) || c is ' ' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    // The one whole count in brackets on a label line: after status marks and emphasis, a name (a letter first), the
    // count in brackets with at most its noun, then nothing but emphasis, a colon or an arrow's note ("← **Nouveau**").
    private static FactValue? LabelPart(ReportModel model, ModelStatement statement, TextSpan line)
    {
        FactValue? found = null;
        foreach (FactValue value in statement.Values)
        {
            if (!line.Contains(value.Span))
            {
                continue;
            }

            if (found is not null || !IsWholeCount(value) || !ReportModel.InBrackets(statement, value))
            {
                return null;
            }

            found = value;
        }

        if (found is not { } part)
        {
            return null;
        }

        ReadOnlySpan<char> before = statement.Prose[TextSpan.FromBounds(line.Start, part.Span.Start)];
        int i = 0;
        while (i < before.Length && !char.IsLetterOrDigit(before[i]))
        {
            i++;
        }

        if (i >= before.Length || !char.IsLetter(before[i]) || before[i..].IndexOf('(') != before[i..].LastIndexOf('('))
        {
            return null;
        }

        ReadOnlySpan<char> after = statement.Prose[TextSpan.FromBounds(part.Span.End, line.End)];
        int close = after.IndexOf(')');
        if (close < 0)
        {
            return null;
        }

        ReadOnlySpan<char> rest = after[(close + 1)..].Trim(" *_:\t\r".AsSpan());
        return rest.IsEmpty || rest[0] == '←' ? part : null;
    }

    // "### 19 Modules Created": a heading whose title opens with a whole count (marks and emphasis before it), a
    // countable noun among the three words after it; the noun, singular, and where it ends.
    private static (HeadingValue?, string, int) LeadingHeadingCount(ReportModel model, ModelSection section)
    {
        if (model.StatementAt(section.TitleSpan) is not { Kind: StatementKind.Heading } heading || heading.Values.Count == 0 ||
            heading.Values[0] is not { } value || !IsWholeCount(value) || value.Comparison != Comparison.Exact ||
            !Opens(heading, value) || ReportModel.InBrackets(heading, value) || NounAfter(model, heading, value) is not { } noun)
        {
            return (null, string.Empty, 0);
        }

        return (new HeadingValue(heading, value), ReportModel.Singular(noun.Word), noun.End);
    }

    private static readonly Lexicons.LexiconSection CountNoun = new("count.noun");

    // The first countable noun (lexicon count.noun) among the three words right after a count, folded, and where it ends.
    private static (string Word, int End)? NounAfter(ReportModel model, ModelStatement statement, FactValue value)
    {
        ReadOnlySpan<char> after = statement.Prose[TextSpan.FromBounds(value.Span.End, statement.Span.End)];
        int i = 0;
        for (int words = 0; words < 3; words++)
        {
            while (i < after.Length && after[i] is ' ' or '*' or '_')
            {
                i++;
            }

            int start = i;
            while (i < after.Length && char.IsLetter(after[i]))
            {
                i++;
            }

            if (i == start)
            {
                break;
            }

            string word = TextFolding.Fold(after[start..i]);
            if (model.Document.Lexicon.Contains(CountNoun, word))
            {
                return (word, value.Span.End + i);
            }
        }

        return null;
    }

    private readonly record struct HeadingValue(ModelStatement Statement, FactValue Value);

    // The one count a heading gives in brackets, with the noun it counts ("" when bare: "(6)").
    private static (HeadingValue?, string) HeadingCount(ReportModel model, ModelSection section)
    {
        if (model.StatementAt(section.TitleSpan) is not { Kind: StatementKind.Heading } heading)
        {
            return (null, string.Empty);
        }

        HeadingValue? found = null;
        string noun = string.Empty;
        foreach (FactValue value in heading.Values)
        {
            if (!ReportModel.InBrackets(heading, value))
            {
                continue;
            }

            if (found is not null || !IsWholeCount(value) || value.Comparison != Comparison.Exact)
            {
                return (null, string.Empty);
            }

            found = new HeadingValue(heading, value);
            noun = model.BracketNoun(heading, value) ?? string.Empty;
        }

        return (found, noun);
    }

    private static bool IsTotalWord(ReportModel model, string noun) =>
        model.Document.Lexicon.Contains(TotalWords, noun);

    private static readonly Lexicons.LexiconSection TotalWords = new("total");

    private static int BracketClose(ModelStatement statement, FactValue value)
    {
        ReadOnlySpan<char> prose = statement.Prose.Chars;
        int from = value.Span.End - statement.Span.Start;
        int close = prose[from..].IndexOf(')');
        return close < 0 ? value.Span.End : statement.Span.Start + from + close;
    }

    // The item's own count: the one that opens it ("10 Entities JPA", "**6** Services"), or the only bracketed count
    // of the lead's noun ("**Inventory** (81 tests): Stock, …"). A whole number, exact or about, with no unit.
    private static FactValue? PartOf(ReportModel model, ModelStatement item, string noun)
    {
        FactValue? bracketed = null;
        int bracketedCount = 0;
        foreach (FactValue value in item.Values)
        {
            if (!IsWholeCount(value))
            {
                continue;
            }

            if (Opens(item, value))
            {
                return value;
            }

            if (ReportModel.InBrackets(item, value) && model.BracketNoun(item, value) == noun)
            {
                bracketed = value;
                bracketedCount++;
            }
        }

        return bracketedCount == 1 ? bracketed : null;
    }

    private static bool IsWholeCount(FactValue value) =>
        value.Unit.Length == 0 && value.Decimals == 0 && !value.IsRatio && !value.IsRange && value.Number >= 0 &&
        value.Comparison is Comparison.Exact or Comparison.Approximately;

    // Nothing but emphasis and spaces before the value in the item's text.
    private static bool Opens(ModelStatement item, FactValue value)
    {
        ReadOnlySpan<char> before = item.Prose[TextSpan.FromBounds(item.Span.Start, value.Span.Start)];
        foreach (char c in before)
        {
            if (char.IsLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
