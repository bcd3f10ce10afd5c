using System.Collections.Immutable;
using ReportLint.Analysis;
using ReportLint.Claims;
using ReportLint.Lexicons;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Status;

/// <summary>
/// RL3003, the work said fully tested while the report lists its own testing as not done: "✅ **Production-ready** -
/// Fully tested and compiled" above "## Next Steps" › "2. **Test the feature:**", "car tout est prêt et testé" below
/// "- [ ] Tests manuels complets" (issue 49: six reports of six repositories). The first such claim of a report is
/// judged; later ones say it again.
/// </summary>
public sealed partial class RL3003CompleteWithPendingItems
{
    /// <summary>RL3003: words that say work is tested through ("fully tested", "tout est testé", "complet et testé").</summary>
    internal static readonly LexiconSection TestedWhole = new("tested.whole");

    /// <summary>RL3003: "ready" and "tested" said together ("production-ready and fully tested", "prêt et testé").</summary>
    internal static readonly LexiconSection TestedReady = new("tested.ready");

    /// <summary>RL3003: words a tested.whole claim may follow in its clause and still speak of the whole work.</summary>
    internal static readonly LexiconSection TestedSubject = new("tested.subject");

    /// <summary>RL3003: words that name testing work ("test", "testing", "QA", "recette").</summary>
    internal static readonly LexiconSection TestingWork = new("tested.work");

    private static void ReportTestedClaims(DocumentAnalysisContext context, ReportModel model, HashSet<int> reportedLines)
    {
        if (!model.IsStatusReport)
        {
            return;
        }

        List<NotDoneEvidence>? testing = null;
        SectionMemo? planned = null;
        foreach (ModelStatement statement in model.StatementArray)
        {
            bool whole = model.MayHold(statement, TestedWhole) && statement.Contains(TestedWhole);
            bool ready = model.MayHold(statement, TestedReady) && statement.Contains(TestedReady);
            if (reportedLines.Contains(statement.Line) || !(whole || ready))
            {
                continue;
            }

            // An item not done ("- [ ] Fully tested") or a plan ("## Next Steps" › "Make sure everything is fully tested")
            // claims nothing.
            if (statement.Status is StatusKind.Pending or StatusKind.Partial or StatusKind.Failed
                || VerdictFacts.UnderPlan(model, statement.Span.Start, planned ??= new SectionMemo(model)))
            {
                continue;
            }

            PhraseHit? claim = ready ? Claimed(model, statement, TestedReady, ofTheWhole: false) : null;
            claim ??= whole ? Claimed(model, statement, TestedWhole, ofTheWhole: true) : null;

            if (claim is not { } said)
            {
                continue;
            }

            testing ??= TestingNotDone(model);
            List<NotDoneEvidence>? against = null;
            foreach (NotDoneEvidence evidence in testing)
            {
                if (!evidence.Span.Contains(said.Span) && !statement.Span.Contains(evidence.Span))
                {
                    (against ??= []).Add(evidence);
                }
            }

            if (against is null)
            {
                continue;
            }

            reportedLines.Add(statement.Line);
            var marks = new TextSpan[against.Count];
            for (int i = 0; i < marks.Length; i++)
            {
                marks[i] = against[i].MarkSpan;
            }

            NotDoneEvidence first = against[0];
            string status = StatusWord(first.Kind);
            string count = against.Count == 1 ? "1 testing item" : $"{against.Count} testing items";
            context.Diagnostics.Report(Rule, said.Span, ImmutableDictionary<string, string>.Empty, marks,
                model.TextOf(said.Span), $"the report lists {count}", against.Count == 1 ? "that is" : "that are",
                first.NameOutside(null), status, first.Line, string.Empty);

            // The first claim only: "✅ Tested end-to-end workflow" further down says it again.
            return;
        }
    }

    // The first phrase of the section the statement asserts as a result (not a goal, a target or an example); for a
    // claim of the whole work, only one whose clause names no part before it.
    private static PhraseHit? Claimed(ReportModel model, ModelStatement statement, LexiconSection words, bool ofTheWhole)
    {
        foreach (PhraseHit hit in statement.Find(words))
        {
            if (statement.Asserts(hit) && model.RoleAt(statement, hit.Span) is not (FactRole.Goal or FactRole.Target or FactRole.Example)
                && (!ofTheWhole || OfTheWhole(model, statement, hit.Span)))
            {
                return hit;
            }
        }

        return null;
    }

    // Whether the words before a claim in its clause leave it speaking of the whole work: none ("✅ End-to-end tested"),
    // or only words of tested.subject ("Everything is fully tested", "Le système est entièrement testé"). "Resource
    // allocation algorithms fully tested" speaks of a part. A key before the clause ("API endpoints: 100% tested") is
    // its subject too, unless it is a verdict or a readiness ("**Production Ready**: Fully tested", "✅
    // **Production-ready** - Fully tested and compiled"). A run of letters none of which is ASCII is no word but a
    // mark misread ("âœ…"); a word of the languages read here holds an ASCII letter.
    private static bool OfTheWhole(ReportModel model, ModelStatement statement, TextSpan claim)
    {
        int from = statement.Span.Start;
        ReadOnlySpan<char> before = statement.Prose[TextSpan.FromBounds(from, claim.Start)];
        int cut = before.LastIndexOfAny(ClauseEnds.AsSpan());
        int dash = before.LastIndexOf(" - ".AsSpan());
        int end = Math.Max(cut, dash);
        if (!SubjectWords(model, before[(end + 1)..]))
        {
            return false;
        }

        if (end < 0 || !(end == dash || before[end] == ':'))
        {
            return true;
        }

        // The key: from the clause before it, or the statement's start, to the colon or the dash.
        ReadOnlySpan<char> key = before[..end];
        int keyStart = key.LastIndexOfAny(ClauseEnds.AsSpan()) + 1;
        var keySpan = TextSpan.FromBounds(from + keyStart, from + end);
        // "- ✅ `StocksKpiRepository` : Entièrement testé": code in the key names a part (a class, a file, a command),
        // which the prose blanks; its words would otherwise leave the key empty, as if it named the whole work.
        if (model.Document.GetText(keySpan).Contains('`'))
        {
            return false;
        }

        return HoldsWithin(statement, StatusRuleSections.VerdictReady, keySpan) || HoldsWithin(statement, VerdictKey, keySpan)
            || SubjectWords(model, key[keyStart..]);
    }

    private static bool HoldsWithin(ModelStatement statement, LexiconSection section, TextSpan span)
    {
        foreach (PhraseHit hit in statement.Find(section))
        {
            if (span.Contains(hit.Span))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SubjectWords(ReportModel model, ReadOnlySpan<char> text)
    {
        int i = 0;
        while (StatusWords.NextWord(text, ref i, out int start))
        {
            ReadOnlySpan<char> word = text[start..i];
            if (HasAscii(word) && !model.IsPhrase(TestedSubject, word))
            {
                return false;
            }
        }

        return true;

        static bool HasAscii(ReadOnlySpan<char> word)
        {
            foreach (char c in word)
            {
                if (c < '\u0080')
                {
                    return true;
                }
            }

            return false;
        }
    }

    private const string ClauseEnds = ":;,.—–";

    // The report's testing not done: evidence of work not done (failed results aside: a failing test was run) that
    // names testing or stands under a heading that does ("- [ ] Manual testing", "## Testing Checklist" › "- [ ] Emails
    // are sent", a next step "2. **Test the feature:**"), and the pending items of a plan that name testing ("###
    // Prochaines étapes" › "1. ⏳ Tests avec utilisateurs authentifiés"): a plan to test is testing not done.
    private static List<NotDoneEvidence> TestingNotDone(ReportModel model)
    {
        var testing = new List<NotDoneEvidence>();
        var found = new HashSet<int>();
        var headings = new SectionMemo(model);
        foreach (NotDoneEvidence evidence in VerdictFacts.NotDone(model))
        {
            if (evidence.Kind != NotDoneKind.Failed && (NamesTesting(model, evidence.Span) || UnderTestingHeading(model, evidence.Span.Start, headings)))
            {
                testing.Add(evidence);
                found.Add(evidence.Span.Start);
            }
        }

        foreach (ModelItem item in model.Items)
        {
            if (item.Status == StatusKind.Pending && !found.Contains(item.Span.Start) && NamesTesting(model, item.Span))
            {
                testing.Add(new NotDoneEvidence(NotDoneKind.Pending, item.Span, item.MarkSpan, item.Line, item.Title));
            }
        }

        testing.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return testing;
    }

    private static bool NamesTesting(ReportModel model, TextSpan span)
    {
        if (model.StatementAt(span) is not { } statement)
        {
            return false;
        }

        foreach (PhraseHit hit in statement.Find(TestingWork))
        {
            if (span.Contains(hit.Span))
            {
                return true;
            }
        }

        return false;
    }

    // Under a heading that names testing, the report's title left out: "# Testing Report" names the whole document.
    private static bool UnderTestingHeading(ReportModel model, int position, SectionMemo memo)
    {
        foreach (ModelSection section in model.EnclosingSections(position))
        {
            if (section is { Level: 1, Index: 0 })
            {
                continue;
            }

            if (!memo.TryGet(section, out bool holds))
            {
                holds = memo.Set(section, section.Folded.Contains(TestingWork));
            }

            if (holds)
            {
                return true;
            }
        }

        return false;
    }
}
