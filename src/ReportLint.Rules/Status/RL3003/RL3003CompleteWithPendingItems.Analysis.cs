using ReportLint.Lexicons;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Status;

// RL3003: the status of an analysis. "# Gap Analysis Completion Report" › "**Status:** ✅ COMPLETE", "# CODEBASE SCAN -
// FINAL REPORT" › "**Status:** ✅ Complete" at its end, "### 3. COVERAGE_ANALYSIS_FINAL.md" › "**Status**: Complete":
// the analysis, audit or scan is done, and what it lists as missing ("Randstorm - NOT IMPLEMENTED") is what it found,
// not a part of it left undone. Issue 49: judged false in three reports of three repositories.
public sealed partial class RL3003CompleteWithPendingItems
{
    /// <summary>RL3003: nouns of an analysis, in a title ("Gap Analysis", "Codebase Scan", "Rapport d'audit").</summary>
    internal static readonly LexiconSection AnalysisTitle = new("analysis.title");

    /// <summary>RL3003: words of a title about the work done on findings ("Audit Fixes", "Corrections de l'audit").</summary>
    internal static readonly LexiconSection AnalysisRemedy = new("analysis.remedy");

    /// <summary>RL3003: keys of a status that, bare, is the document's own ("Status", "Report status", "Statut").</summary>
    internal static readonly LexiconSection AnalysisStatusKey = new("analysis.status-key");

    /// <summary>RL3003: the words of a status that says a document is done ("Complete", "Terminé"), not that work is ready.</summary>
    internal static readonly LexiconSection AnalysisDone = new("analysis.done");

    // Whether the claim is the bare status of an analysis: a line "Status: <completion word>" (marks and emphasis
    // aside) under, or about, a title that names an analysis and no work on its findings.
    private static bool IsStatusOfAnalysis(ReportModel model, TextSpan claim, bool aboutReport, ModelSection? section)
    {
        // The line first (few claims stand on a key line), then its scope's title.
        if (model.StatementAt(claim) is not { Kind: StatementKind.KeyValueLine } statement
            || !model.Document.Lexicon.Contains(AnalysisStatusKey, ReportModel.Fold(statement.Subject.ToString().Trim(' ', '*', '_'))))
        {
            return false;
        }

        ModelSection? scope = aboutReport ? TitleOf(model) : section;
        if (scope is null || !scope.Folded.Contains(AnalysisTitle) || scope.Folded.Contains(AnalysisRemedy))
        {
            return false;
        }

        // The value is the completion word alone ("✅ COMPLETE", "**Complete**"): "Phase 1–2 Complete" or "COMPLETE &
        // PRODUCTION-READY" say more than that the document is done. The word is the statement's own phrase hit; the
        // value holds no other letter or digit.
        ReadOnlySpan<char> text = model.Document.GetText(statement.Span);
        int value = statement.Span.Start + text.IndexOf(':') + 1;
        foreach (PhraseHit done in statement.Find(AnalysisDone))
        {
            if (done.Span.Start >= value)
            {
                return OnlyMarks(model.Document.GetText(TextSpan.FromBounds(value, done.Span.Start))) &&
                       OnlyMarks(model.Document.GetText(TextSpan.FromBounds(done.Span.End, statement.Span.End)));
            }
        }

        return false;
    }

    // Marks, emphasis and punctuation alone: no letter or digit, nor a joining apostrophe or hyphen of a word.
    private static bool OnlyMarks(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c) || c is '\'' or '’' or '-')
            {
                return false;
            }
        }

        return true;
    }

    // The document's title: its one heading of level 1.
    private static ModelSection? TitleOf(ReportModel model)
    {
        ModelSection? title = null;
        foreach (ModelSection section in model.SectionArray)
        {
            if (section.Level == 1)
            {
                if (title is not null)
                {
                    return null;
                }

                title = section;
            }
        }

        return title;
    }
}
