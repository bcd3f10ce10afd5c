using ReportLint.Claims;
using ReportLint.Collections;
using ReportLint.Lexicons;
using ReportLint.Text;

namespace ReportLint.Model;

public sealed partial class ReportModel
{
    // "out of", "sur": the whole a count is of ("52 out of 60", "52 sur 60"). What tests are counted in: "tests", "cas".
    private static readonly LexiconSection OutOf = new("count.out-of"), CountTests = new("count.tests");

    // A count on the statement (FactEvidence.Count): a fraction of whole numbers of things ("52/52 tests", "45/60
    // fichiers", "Tests: 12/12"), a whole number right after "out of" ("412 of 412 lines"), or a whole number alone in a cell of its row that
    // is not its label. A fraction of nothing ("Quality: (5/5)", "| A01 | 2/2 |") is a score, not a count.
    internal bool HasCount(ModelStatement statement)
    {
        Items<FactValue> values = statement.Values;
        if (values.Count == 0)
        {
            return false;
        }

        bool? namesTests = null;
        foreach (FactValue value in values)
        {
            // "24/7" is no count of anything.
            if (value.Denominator is { } of && of > 1 && !value.IsPercentage && IsWhole(value.Number) && IsWhole(of) && value.Number >= 0 && value.Number <= of &&
                ((value.Noun.Length > 0 && char.IsLetter(value.Noun[0])) || (namesTests ??= MayHold(statement, CountTests) && statement.Contains(CountTests))))
            {
                return true;
            }
        }

        // Asked of the statement's words, not triaged: "of" is too common a word to be among triage's triggers.
        foreach (PhraseHit outOf in statement.Find(OutOf))
        {
            foreach (FactValue value in values)
            {
                if (value.Span.Start >= outOf.Span.End && !value.IsRatio && !value.IsPercentage && value.Decimals == 0 && value.Number > 0 && NothingBetween(statement, outOf.Span.End, value.Span.Start))
                {
                    return true;
                }
            }
        }

        if (statement.Row is { } row)
        {
            foreach (ModelCell cell in row.CellArray)
            {
                if (cell.Column?.Role is not ColumnRole.Label && cell.Value is { IsCount: true } value && value.Number > 0 && TextOf(cell.Span).Equals(value.Text))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsWhole(decimal number) => number == decimal.Truncate(number);

    // Only spaces and emphasis between two parts of the prose: "out of **60**" (RL2002's "( 7 of **17**" too); false when
    // the second part starts before the first ends.
    internal static bool NothingBetween(ModelStatement statement, int from, int to)
    {
        if (to < from)
        {
            return false;
        }

        foreach (char c in statement.Prose[TextSpan.FromBounds(from, to)])
        {
            if (!(char.IsWhiteSpace(c) || c is '*' or '_'))
            {
                return false;
            }
        }

        return true;
    }
}
