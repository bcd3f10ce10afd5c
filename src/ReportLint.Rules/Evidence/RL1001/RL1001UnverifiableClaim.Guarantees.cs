using ReportLint.Analysis;
using ReportLint.Claims;
using ReportLint.Lexicons;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Evidence;

// RL1001: a measured result the report guarantees ("60 FPS garanti", "garantissant 99%+ de succès", "Performance targets
// guaranteed"). A guarantee of a figure or of performance is an absolute about every run to come; it needs the runs
// that measured it as much as "100% uptime" does.
public sealed partial class RL1001UnverifiableClaim
{
    // The words that guarantee ("guaranteed", "garanti", "garantissant"), and what, besides a figure or a performance
    // metric (perf.metric), a status report guarantees as a result ("targets", "objectifs", "succès").
    private static readonly LexiconSection Guarantee = new("claim.guarantee"), GuaranteeObject = new("claim.guarantee.object"),
        GuaranteeActive = new("claim.guarantee.active"), PerfMetricWord = new("perf.metric");

    private static readonly LexiconSection[] GuaranteeSections = [Guarantee];

    // How many words may stand between the guarantee and its figure or metric ("60 FPS garanti", "garantissant 99%+ de
    // succès", "Performance targets guaranteed").
    private const int GuaranteeReach = 2;

    private static void GuaranteeClaims(ReportModel model, ModelStatement statement, List<TextSpan> reported, Restatements claims)
    {
        foreach (PhraseHit hit in statement.Find(Guarantee))
        {
            if (hit.IsQuoted || ClaimSpans.OverlapsAny(reported, hit.Span) || GuaranteedThing(statement, hit.Span, Active(statement, hit.Span)) is not { } thing)
            {
                continue;
            }

            TextSpan span = TextSpan.FromBounds(Math.Min(thing.Start, hit.Span.Start), Math.Max(thing.End, hit.Span.End));
            if (!Asserted(model, statement, span) || !Asserted(model, statement, hit.Span))
            {
                continue;
            }

            reported.Add(span);
            claims.Add("g:" + Restatements.Fold(statement.Prose[span]), statement, span, null, model.TextOf(span).ToString(), string.Empty);
        }
    }

    // Whether the guarantee is a form of the verb whose subject stands before it ("garantissent", "guarantees").
    private static bool Active(ModelStatement statement, TextSpan guarantee)
    {
        foreach (PhraseHit hit in statement.Find(GuaranteeActive))
        {
            if (hit.Span == guarantee)
            {
                return true;
            }
        }

        return false;
    }

    // The figure or the performance the guarantee is of, right before or after it: a value ("60 FPS", "99%+"), or a word
    // of perf.metric or claim.guarantee.object ("Performance targets"). Only after it for a verb whose subject stands
    // before it: "51 tests migration garantissent robustesse" guarantees no figure, the tests are what guarantees. Null
    // when it guarantees something else ("garantit qu'une seule ligne de configuration peut exister", "Déterminisme
    // garanti").
    private static TextSpan? GuaranteedThing(ModelStatement statement, TextSpan guarantee, bool active)
    {
        foreach (FactValue value in statement.Values)
        {
            if (!value.IsRatio && !value.Span.IsEmpty && Beside(statement, value.Span, guarantee, active))
            {
                return value.Span;
            }
        }

        TextSpan? found = null;
        foreach (LexiconSection section in (ReadOnlySpan<LexiconSection>)[PerfMetricWord, GuaranteeObject])
        {
            foreach (PhraseHit word in statement.Find(section))
            {
                if (Beside(statement, word.Span, guarantee, active))
                {
                    // The farthest of the words that name it: "Performance targets guaranteed", not "targets guaranteed".
                    found = found is { } other ? TextSpan.FromBounds(Math.Min(other.Start, word.Span.Start), Math.Max(other.End, word.Span.End)) : word.Span;
                }
            }
        }

        return found;
    }

    // Right before (unless the verb's subject stands there) or right after the guarantee, at most GuaranteeReach words away.
    private static bool Beside(ModelStatement statement, TextSpan thing, TextSpan guarantee, bool active) =>
        (!active && thing.End <= guarantee.Start && ClaimSpans.Adjacent(statement, thing.End, guarantee.Start, GuaranteeReach)) ||
        (thing.Start >= guarantee.End && ClaimSpans.Adjacent(statement, guarantee.End, thing.Start, GuaranteeReach));
}
