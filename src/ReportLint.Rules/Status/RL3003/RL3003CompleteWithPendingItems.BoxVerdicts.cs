using ReportLint.Analysis;
using ReportLint.Checks;
using ReportLint.Claims;
using ReportLint.Lexicons;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Status;

/// <summary>
/// RL3003, a status line of a drawn box that calls the work production-ready ("║ Quality Status: ✅ VERIFIED
/// (Production-ready) ║") while the report lists work not done: the model reads status lines in prose, not in boxes.
/// </summary>
public sealed partial class RL3003CompleteWithPendingItems
{
    /// <summary>RL3003: keys of a status line ("Status", "Statut"), shared with the model's verdicts.</summary>
    internal static readonly LexiconSection VerdictKey = new("verdict.key");

    private static void ReportBoxVerdicts(DocumentAnalysisContext context, ReportModel model, HashSet<int> reportedLines)
    {
        // A box that repeats a verdict the report already gave, and that was reported, is the same claim.
        if (!model.IsStatusReport || reportedLines.Count > 0)
        {
            return;
        }

        foreach (ModelStatement statement in model.StatementArray)
        {
            if (statement.Kind != StatementKind.DashboardLine || reportedLines.Contains(statement.Line) || HasOpenMark(statement)
                || BoxVerdict(context.Document, statement) is not { } verdict)
            {
                continue;
            }

            if (Kinds.Pending.Report(context, model, new DoneClaim(verdict, statement.Line, model.TextOf(verdict), true, statement.Section), reportedLines))
            {
                return;
            }
        }
    }

    private static bool HasOpenMark(ModelStatement statement)
    {
        foreach (StatusMark mark in statement.Symbols)
        {
            if (mark.Kind != StatusKind.Met)
            {
                return true;
            }
        }

        return false;
    }

    // "Quality Status: ✅ VERIFIED (Production-ready)": a key naming a status, then a readiness word after the colon.
    private static TextSpan? BoxVerdict(ReportDocument document, ModelStatement statement)
    {
        string text = document.GetText(statement.Span).ToString();
        int colon = text.IndexOf(':');
        if (colon < 0)
        {
            return null;
        }

        int keyEnd = statement.Span.Start + colon;
        bool key = false;
        foreach (PhraseHit hit in statement.Find(VerdictKey))
        {
            key |= hit.Span.End <= keyEnd;
        }

        if (!key)
        {
            return null;
        }

        foreach (PhraseHit state in statement.Find(LexiconSections.CompletionState))
        {
            if (state.Span.Start > keyEnd && statement.Asserts(state)
                && state.Phrase.Contains("production", StringComparison.Ordinal))
            {
                return state.Span;
            }
        }

        return null;
    }
}
