using ReportLint.Lexicons;
using ReportLint.Model;

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

    // "- [ ] Dashboard s'affiche" under "### Tests manuels" is a check not yet run, not the dashboard not done: it
    // contradicts a done item only when that item claims the check ("✅ Tests manuels effectués"). "- [ ] Newsletter
    // configurée (si activée)" is conditional: it does not say the newsletter is not done.
    private static bool SaysNothingAgainst(ReportModel model, CrossEntry done, CrossEntry open, Dictionary<ModelSection, bool> verifyLists)
    {
        if (model.StatementAt(open.Mark) is { } openStatement && openStatement.Contains(OpenCondition))
        {
            return true;
        }

        if (open.Section is not { } section)
        {
            return false;
        }

        if (!verifyLists.TryGetValue(section, out bool verify))
        {
            verifyLists[section] = verify = section.Folded.Contains(VerifyList);
        }

        return verify && model.StatementAt(done.Mark) is { } doneStatement && !doneStatement.Contains(VerifySubject);
    }
}
