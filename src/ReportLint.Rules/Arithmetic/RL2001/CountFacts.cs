using Markdig.Syntax;
using ReportLint.Claims;
using ReportLint.Collections;
using ReportLint.Lexicons;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Arithmetic;

/// <summary>
/// A count of a thing a statement states: "644 Unit Tests" and "252 tests" count "test"; "Tests: 944" and
/// "Total tests: 944" state a total of them.
/// </summary>
internal sealed class CountFact
{
    internal CountFact(FactValue value, string thing, ModelStatement statement, bool isTotal)
    {
        Value = value;
        Thing = thing;
        Statement = statement;
        IsTotal = isTotal;
    }

    /// <summary>The count.</summary>
    public FactValue Value { get; }

    /// <summary>The thing counted, folded and singular ("test").</summary>
    public string Thing { get; }

    /// <summary>The statement.</summary>
    public ModelStatement Statement { get; }

    /// <summary>Whether the statement names the thing alone with its count ("Tests: 944"): a total of the thing.</summary>
    public bool IsTotal { get; }
}

/// <summary>Facts only RL2001 reads, built once per document beside the model: the counts of things statements state.</summary>
internal static class CountFacts
{
    private static readonly RuleFacts<CountFact[]> Facts = new(BuildCounts);

    // Made once: a params array of constants is built at every call.
    private static readonly char[] WordEnds = [':', ',', '.', ')', '*'];
    private static readonly char[] KeySeparators = [':', '|'];

    // Characters read after a number for the noun it counts: five words of any sensible length.
    private const int ThingWindow = 160;

    /// <summary>
    /// The counts of things the statements state, in document order: whole numbers with the noun they count, and
    /// statements that name a thing alone with one count (its total).
    /// </summary>
    public static IReadOnlyList<CountFact> Of(ReportModel model) => Facts.Of(model);

    private static CountFact[] BuildCounts(ReportModel model)
    {
        var counts = new List<CountFact>();
        foreach (ModelStatement statement in model.StatementArray)
        {
            Items<FactValue> values = statement.Values;
            if (values.Count == 0)
            {
                continue;
            }

            if (TotalOf(model, statement, values) is { } total)
            {
                counts.Add(total);
                continue;
            }

            foreach (FactValue v in values)
            {
                if (v.Unit.Length == 0 && v.Denominator is null && v.Decimals == 0 && v.Number > 0 &&
                    v.Comparison is Comparison.Exact or Comparison.AtLeast && ThingAfter(model, v, statement) is { Length: > 2 } thing)
                {
                    counts.Add(new CountFact(v, thing, statement, isTotal: false));
                }
            }
        }

        return counts.ToArray();
    }

    // "Tests: 944", "| **Tests** | 944 |", "Total tests: 944": a thing named alone, with one whole number.
    private static CountFact? TotalOf(ReportModel model, ModelStatement statement, Items<FactValue> values)
    {
        if (values.Count != 1 || values[0] is not { Unit.Length: 0, Denominator: null, Decimals: 0, Comparison: Comparison.Exact } q)
        {
            return null;
        }

        ReadOnlySpan<char> folded = statement.Folded.Chars.Trim(" |".AsSpan());
        int separator = folded.IndexOfAny(KeySeparators);
        if (separator <= 0)
        {
            return null;
        }

        // "Total: 13" names no thing: the label is the total word itself.
        string[] words = folded[..separator].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 2 || (words.Length == 2 && !PhraseMatcher.StartsWithAny(words[0], model.Document.Lexicon, LexiconSections.Total)) ||
            (words.Length == 1 && model.Document.Lexicon.Contains(LexiconSections.Total, words[0])))
        {
            return null;
        }

        string thing = ReportModel.Singular(words[^1]);
        return thing.Length > 2 && char.IsLetter(thing[0]) ? new CountFact(q, thing, statement, isTotal: true) : null;
    }

    // The last word of the noun phrase after a number: "644 Unit Tests" and "252 tests" count "test".
    internal static string? ThingAfter(ReportModel model, FactValue value, ModelStatement statement)
    {
        if (value.Span.End >= statement.Span.End)
        {
            return null;
        }

        // Only the few words after the number are read: folding the rest of the statement for every number made a
        // line of thousands of numbers ("12 + 12 + …") quadratic in time and memory.
        // A number (a digit after anything but a letter or digit) ends the noun phrase, so the window stops before it.
        int end = Math.Min(statement.Span.End, value.Span.End + ThingWindow);
        string text = model.Document.Text.Text;
        for (int p = value.Span.End + 1; p < end; p++)
        {
            if (char.IsAsciiDigit(text[p]) && !char.IsLetterOrDigit(text[p - 1]))
            {
                end = p;
                break;
            }
        }

        // The words of the window (split at spaces), read in place: only the thing itself is copied.
        ReadOnlySpan<char> after = Readable.FoldText(model.Document, TextSpan.FromBounds(value.Span.End, end));
        ReadOnlySpan<char> last = default;
        bool found = false;
        int words = 0, i = 0;
        while (true)
        {
            while (i < after.Length && after[i] == ' ')
            {
                i++;
            }

            if (i == after.Length)
            {
                break;
            }

            int start = i;
            while (i < after.Length && after[i] != ' ')
            {
                i++;
            }

            ReadOnlySpan<char> word = after[start..i];
            ReadOnlySpan<char> clean = word.TrimEnd(WordEnds);
            if (clean.Length == 0 || !char.IsLetter(clean[0]) || words++ >= 4)
            {
                break;
            }

            if (after[i..].TrimStart(' ').IsEmpty && end == value.Span.End + ThingWindow && end < statement.Span.End)
            {
                // The window may have cut this word: no thing is better than a wrong one.
                return null;
            }

            last = clean;
            found = true;
            if (clean.Length != word.Length)
            {
                break;
            }
        }

        // "12 requests in total", "12 demandes au total": the total word is no thing counted.
        return found && !model.Document.Lexicon.Contains(LexiconSections.Total, last) ? ReportModel.Singular(last).ToString() : null;
    }
}
