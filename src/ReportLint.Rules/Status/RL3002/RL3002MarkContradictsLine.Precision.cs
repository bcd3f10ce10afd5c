using ReportLint.Claims;
using ReportLint.Collections;
using ReportLint.Lexicons;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Status;

// RL3002's precision conditions on a cross-reference (a done item matched with an open one elsewhere): open items
// that say nothing against the done one.
public sealed partial class RL3002MarkContradictsLine
{
    /// <summary>RL3002: headings of a list of checks to run ("Manual tests", "Tests manuels"), not of work to do.</summary>
    internal static readonly LexiconSection VerifyList = new("crossref.verify-list");

    /// <summary>RL3002: words of a done item that make it a claim about checks ("tested", "verified").</summary>
    internal static readonly LexiconSection VerifySubject = new("crossref.verify-subject");

    /// <summary>RL3002: words of an open item that make it conditional ("if enabled", "si activée", "if needed").</summary>
    internal static readonly LexiconSection OpenCondition = new("crossref.condition");

    /// <summary>RL3002: headers of a column whose marks say a capability, not work done ("Supported", "Pris en charge").</summary>
    internal static readonly LexiconSection SupportColumn = new("column.support");

    /// <summary>RL3002: words that put an item in a stage or a place of its own ("on deployment", "in repo", "en production").</summary>
    internal static readonly LexiconSection OpenStage = new("crossref.stage");

    /// <summary>RL3002: words of a done item that say its work is only prepared for the next step ("ready to be run", "conçu").</summary>
    internal static readonly LexiconSection Prepared = new("crossref.prepared");

    /// <summary>
    /// RL3002: the later stages of a piece of work, each a section of its words: its test or check ("Test", "vérifier",
    /// "testé") and its deployment ("Deploy", "déployé").
    /// </summary>
    internal static readonly LexiconSection[] LaterStages = [new("crossref.later.verify"), new("crossref.later.deploy")];

    /// <summary>RL3002: words of advice to follow, right after a ✅ ("✅ À faire", "✅ Do:").</summary>
    internal static readonly LexiconSection AdviceFor = new("status.advice-for");

    // "| ✅ À faire | Accentuer les mots #numérique |" in a section that also holds "| ❌ À ne pas faire | … |", "✅ Do:
    // keep partial results apart" beside "❌ Don't: …": the marks say do and don't, so the line is advice, and what it
    // says is not work left to do.
    private static bool IsAdvice(ReportModel model, ModelStatement statement, TextSpan check)
    {
        if (!statement.OpensWith(AdviceFor, check.End) || statement.Section is not { } section)
        {
            return false;
        }

        foreach (ModelStatement other in model.StatementsIn(section.Span))
        {
            foreach (StatusMark mark in other.Symbols)
            {
                if (mark.Kind == StatusKind.Failed && other.OpensWith(StatusRuleSections.AdviceAgainst, mark.Span.End))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Items two lists share, at the least, to be the same items marked for two alternatives.
    private const int MinimumComparedItems = 3;

    // Two lists that mark the same items, each of them both done and not done ("Without a filter: ✅ 5 requests of her
    // own, ✅ 2 from Bob, ❌ 3 in organisation B" and "With the Contact filter: ❌ 5 requests of her own, ❌ 2 from Bob,
    // ✅ 3 in organisation B"; alternatives in a design note): scenarios compared item by item, not one state said
    // twice. A summary and its checklist are not such lists: the summary is all done, or the checklist all open.
    private static bool ComparesAlternatives(List<CrossEntry> entries, CrossEntry done, CrossEntry open)
    {
        (int doneStart, int doneEnd) = RunOf(entries, done);
        (int openStart, int openEnd) = RunOf(entries, open);
        if (!Mixed(entries, doneStart, doneEnd) || !Mixed(entries, openStart, openEnd))
        {
            return false;
        }

        int shared = 0;
        for (int i = doneStart; i < doneEnd; i++)
        {
            for (int j = openStart; j < openEnd; j++)
            {
                if (entries[i].Key.SameItemAs(entries[j].Key))
                {
                    shared++;
                    break;
                }
            }
        }

        return shared >= MinimumComparedItems && 2 * shared >= Math.Min(doneEnd - doneStart, openEnd - openStart);
    }

    // The entries of one run of consecutive lines (entries are in document order, a run's entries side by side).
    private static (int Start, int End) RunOf(List<CrossEntry> entries, CrossEntry entry)
    {
        int at = entries.IndexOf(entry), start = at, end = at + 1;
        while (start > 0 && entries[start - 1].Run == entry.Run)
        {
            start--;
        }

        while (end < entries.Count && entries[end].Run == entry.Run)
        {
            end++;
        }

        return (start, end);
    }

    private static bool Mixed(List<CrossEntry> entries, int start, int end)
    {
        bool done = false, open = false;
        for (int i = start; i < end; i++)
        {
            done |= entries[i].Done;
            open |= !entries[i].Done;
        }

        return done && open;
    }

    // "- [ ] Dashboard s'affiche" under "### Tests manuels" is a check not yet run, not the dashboard not done: it
    // contradicts a done item only when that item claims the check ("✅ Tests manuels effectués"). "- [ ] Newsletter
    // configurée (si activée)" is conditional: it does not say the newsletter is not done.
    private static bool SaysNothingAgainst(ReportModel model, CrossEntry done, CrossEntry open, SectionMemo verifyLists)
    {
        if (model.StatementAt(open.Mark) is { } openStatement && (openStatement.Contains(OpenCondition) || InOtherStage(model, done, openStatement)
            || (model.StatementAt(done.Mark) is { } doneOwn && LaterStageOnly(doneOwn, openStatement))))
        {
            return true;
        }

        // "✅ rollback.sql prêt à être exécuté en production" and "- [ ] Exécuter rollback.sql en production", "✅ Designed
        // delivery partner integration" and "⏳ Delivery integration": the done item claims the preparation, the open one
        // takes the next step.
        ModelStatement? doneStatement = model.StatementAt(done.Mark);
        if (doneStatement is not null && PreparedOnly(doneStatement))
        {
            return true;
        }

        if (open.Section is not { } section)
        {
            return false;
        }

        return IsVerifyList(section, verifyLists) && doneStatement is not null && !doneStatement.Contains(VerifySubject);
    }

    // A section of checks to run, or one under such a section ("## 🧪 Testing Checklist" › "### Backend Endpoints (Ready
    // to Test)" › "- [ ] List API keys"): its open items are checks not yet run, not work left undone.
    private static bool IsVerifyList(ModelSection section, SectionMemo verifyLists)
    {
        if (!verifyLists.TryGet(section, out bool verify))
        {
            verify = verifyLists.Set(section, section.Folded.Contains(VerifyList) || (section.Parent is { } parent && IsVerifyList(parent, verifyLists)));
        }

        return verify;
    }

    // "✅ Permissions par rôle" and "- [ ] Vérifier les permissions par rôle", "✅ n8n workflow setup" and "- [ ] Deploy
    // n8n workflow", "✅ Développer backend Node.js" and "- [ ] Backend Node.js déployé et testé": the open item is a
    // later stage of the work, its test or its deployment, which the done item does not claim. It says nothing against
    // it. Still contradicted:
    // - a done item that names that stage ("✅ Tests business.test.ts" and "- [ ] Tests business.test.ts (6h)");
    // - a done item the open one also gives another state, which may be the one not reached ("✅ HTTPS/TLS 1.3" and
    //   "- [ ] HTTPS activé et testé", "✅ Backups" and "- [ ] Backups automatiques configurés et testés");
    // - a done item that gives a figure, a result its test is still to measure ("✅ Performance < 3s" and "- [ ] Tests
    //   performance < 3s").
    private static bool LaterStageOnly(ModelStatement done, ModelStatement open)
    {
        if (done.Values.Count > 0)
        {
            return false;
        }

        bool later = false;
        foreach (LexiconSection stage in LaterStages)
        {
            if (open.Contains(stage))
            {
                if (done.Contains(stage))
                {
                    return false;
                }

                later = true;
            }
        }

        if (!later)
        {
            return false;
        }

        // Every state word of the open item must be one of its stage words ("testé", not "configurés" beside it).
        foreach (PhraseHit state in open.Find(RL3002ItemKey.State))
        {
            if (!NamesStage(open, state.Span))
            {
                return false;
            }
        }

        return true;
    }

    private static bool NamesStage(ModelStatement open, TextSpan state)
    {
        foreach (LexiconSection section in LaterStages)
        {
            foreach (PhraseHit hit in open.Find(section))
            {
                if (hit.Span.OverlapsWith(state))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool PreparedOnly(ModelStatement statement)
    {
        foreach (PhraseHit hit in statement.Find(Prepared))
        {
            if (statement.Asserts(hit))
            {
                return true;
            }
        }

        return false;
    }

    // "- [ ] WebSocket working on deployment" or "- [ ] Postman collection in repo" is the item somewhere the done
    // "| WebSocket | Socket.io 4.7 | ✅ |" (a part built, no state said) does not claim to be: it says nothing against
    // it unless that item names the same stage. A done item that says a state ("✅ Load testing done") claims the work
    // wherever it is due, and an open stage of it still contradicts it.
    private static bool InOtherStage(ReportModel model, CrossEntry done, ModelStatement open)
    {
        Items<PhraseHit> stages = open.Find(OpenStage);
        if (stages.Count == 0 || model.StatementAt(done.Mark) is not { } doneStatement || doneStatement.Contains(RL3002ItemKey.State))
        {
            return false;
        }

        Items<PhraseHit> own = doneStatement.Find(OpenStage);
        foreach (PhraseHit stage in stages)
        {
            bool named = false;
            foreach (PhraseHit hit in own)
            {
                named |= hit.Phrase == stage.Phrase;
            }

            if (!named)
            {
                return true;
            }
        }

        return false;
    }

    // "| DeSmuME | ✔ | External BIOS recommended, needs to be enabled in core options |": a mark under "Supported"
    // says the thing is supported; the row's notes say how to use it, not that work is left.
    private static bool InSupportColumn(Lexicon lexicon, ModelStatement statement, TextSpan mark) =>
        InColumnHeaded(lexicon, statement, mark, SupportColumn);

    // Whether a span stands in a table cell whose column's whole header is a phrase of the section.
    private static bool InColumnHeaded(Lexicon lexicon, ModelStatement statement, TextSpan span, LexiconSection section) =>
        statement.Row?.CellHolding(span) is { Column: { } column } && lexicon.Contains(section, column.FoldedHeader.Trim());
}
