using ReportLint.Analysis;
using ReportLint.Claims;
using ReportLint.Lexicons;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Evidence;

// RL1001: a capacity the work is said to have, in a report that runs no load test: "✅ **Scalable Architecture**: Handles
// 1000+ concurrent users", "Can handle any number of students/courses", "Prêt pour production avec des milliers
// d'utilisateurs" (issue 49: four reports of four repositories). How many users a system serves is measured by loading
// it; a report whose load or performance test is run ("Load test: 500 users, p95 210 ms") backs it, and RL1003 compares
// the two.
public sealed partial class RL1001UnverifiableClaim
{
    // The verbs of a capacity ("handles", "supports", "scales to", "gère", "prêt pour … avec"), the words of a number
    // beyond counting ("thousands of", "any number of", "des milliers d'"), and what a capacity counts ("users",
    // "concurrent users", "utilisateurs").
    private static readonly LexiconSection CapacityVerb = new("claim.capacity.verb"), CapacityMany = new("claim.capacity.many"),
        CapacityNoun = new("claim.capacity.noun");

    private static readonly LexiconSection[] CapacitySections = [CapacityVerb];

    // How many words may stand between the verb and the number ("Handles up to 1000+ users", "gère jusqu'à des milliers").
    private const int CapacityReach = 3;

    private static void CapacityClaims(ReportModel model, ModelStatement statement, List<TextSpan> reported, Restatements claims, ref bool? loadTested)
    {
        foreach (PhraseHit verb in statement.Find(CapacityVerb))
        {
            if (verb.IsQuoted || CapacityAfter(statement, verb.Span) is not { } amount)
            {
                continue;
            }

            TextSpan span = TextSpan.FromBounds(verb.Span.Start, amount.End);
            if (ClaimSpans.OverlapsAny(reported, span) || !Asserted(model, statement, span) || InPlan(statement))
            {
                continue;
            }

            loadTested ??= LoadTestRun(model);
            if (loadTested.Value)
            {
                return;
            }

            reported.Add(span);
            claims.Add("c:" + Restatements.Fold(statement.Prose[amount]), statement, span, null, model.TextOf(span).ToString(),
                "; the report runs no load test");
            return;
        }
    }

    // The number the verb claims, through the noun it counts: a lower bound or a round figure of users, requests or
    // connections ("1000+ concurrent users", "10k requests") or a number beyond counting ("thousands of concurrent
    // users", "any number of students", "des milliers d'utilisateurs"), at most CapacityReach words after the verb.
    private static TextSpan? CapacityAfter(ModelStatement statement, TextSpan verb)
    {
        foreach (FactValue value in statement.Values)
        {
            if (value.Span.Start >= verb.End && value.IsLowerBound && !value.IsRatio && value.Unit.Length == 0
                && ClaimSpans.Adjacent(statement, verb.End, value.Span.Start, CapacityReach, digits: true)
                && NounRightAfter(statement, value.Span.End) is { } noun)
            {
                return TextSpan.FromBounds(value.Span.Start, noun.End);
            }
        }

        foreach (PhraseHit many in statement.Find(CapacityMany))
        {
            if (many.Span.Start >= verb.End && ClaimSpans.Adjacent(statement, verb.End, many.Span.Start, CapacityReach)
                && NounRightAfter(statement, many.Span.End) is { } noun)
            {
                return TextSpan.FromBounds(many.Span.Start, noun.End);
            }
        }

        return null;
    }

    // A noun of what a capacity counts, at most one word after the position ("1000+ concurrent users", "1000+ users").
    private static TextSpan? NounRightAfter(ModelStatement statement, int position)
    {
        foreach (PhraseHit noun in statement.Find(CapacityNoun))
        {
            if (noun.Span.Start >= position && ClaimSpans.Adjacent(statement, position, noun.Span.Start, 1))
            {
                return noun.Span;
            }
        }

        return null;
    }

    // Whether the report runs a load or performance test: a line that names one (perf.test) and is neither an open item
    // nor under next steps, a to-do, what remains or what is optional ("- [ ] Load testing with k6" is a plan).
    private static bool LoadTestRun(ReportModel model)
    {
        foreach (ModelStatement statement in model.StatementArray)
        {
            if (model.MayHold(statement, PerfTest) && statement.Contains(PerfTest) && statement.Status != StatusKind.Pending
                && !statement.Contains(Todo) && !InPlan(statement) && !PlannedSection(model, statement))
            {
                return true;
            }
        }

        return false;
    }
}
