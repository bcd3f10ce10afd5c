using ReportLint.Analysis;
using ReportLint.Lexicons;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Evidence;

// RL1001's precision conditions: statements that state no result of the work.
public sealed partial class RL1001UnverifiableClaim
{
    /// <summary>RL1001: words that, opening a heading, name the state before the work ("Before", "Avant", "Baseline").</summary>
    private static readonly LexiconSection BeforeLabel = new("heading.before");

    // "### Avant (Tests existants)" over "- **Taux de réussite** : 100%", "### Before" over "- Coverage: 100%": the state
    // the work started from, which the report does not claim as its result.
    private static bool InStateBefore(ReportDocument document, ModelStatement statement, SectionMemo before)
    {
        if (statement.Section is not { } section)
        {
            return false;
        }

        return before.TryGet(section, out bool found) ? found : before.Set(section, LeadsWithBefore(document, section));
    }

    // The heading's first word is a "before" label, only marks and emphasis ahead of it.
    private static bool LeadsWithBefore(ReportDocument document, ModelSection section)
    {
        foreach (PhraseHit hit in section.Folded.Find(BeforeLabel))
        {
            if (hit.IsQuoted || hit.Span.Start < section.TitleSpan.Start || hit.Span.End > section.TitleSpan.End)
            {
                continue;
            }

            foreach (char c in document.GetText(TextSpan.FromBounds(section.TitleSpan.Start, hit.Span.Start)))
            {
                if (char.IsLetterOrDigit(c))
                {
                    return false;
                }
            }

            return true;
        }

        return false;
    }
}
