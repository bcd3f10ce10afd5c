using ReportLint.Lexicons;

namespace ReportLint.Model;

// Reading machinery for counts of things that several rules' facts share (RL2001's category totals, RL2005's
// inventories, trees and lead-ins, the model's counts of items): the nouns of counts, and section titles as keys.
public sealed partial class ReportModel
{
    internal static readonly LexiconSection CountNoun = new("count.noun");
    internal static readonly LexiconSection CountExample = new("count.example");
    private static readonly LexiconSection CountFileNoun = new("count.file-noun");

    // The end of a file noun among the (at most five) words right after the count ("8 fichiers Blade", "12
    // production-ready Kubernetes manifests"), or null.
    internal int? FileNounAfter(ModelStatement statement, FactValue count)
    {
        ReadOnlySpan<char> prose = statement.Prose.Chars;
        int origin = statement.Span.Start;
        int i = count.Span.End - origin;
        for (int words = 0; words < 5 && i < prose.Length; words++)
        {
            while (i < prose.Length && prose[i] is ' ' or '*' or '_')
            {
                i++;
            }

            int start = i;
            while (i < prose.Length && (char.IsLetterOrDigit(prose[i]) || prose[i] is '-' or '\'' or '’'))
            {
                i++;
            }

            if (i == start)
            {
                return null;
            }

            if (Document.Lexicon.Contains(CountFileNoun, TextFolding.Fold(prose.Slice(start, i - start))))
            {
                return origin + i;
            }
        }

        return null;
    }

    internal List<(ModelSection, string)> SectionTitles()
    {
        var titles = new List<(ModelSection, string)>(Sections.Count);
        foreach (ModelSection section in Sections)
        {
            titles.Add((section, TitleKey(section.Title.ToString().AsSpan())));
        }

        return titles;
    }

    // Folded words only: "### 📁 **Backend Files:**" and "- **Backend Files**" both give "backend files".
    internal static string TitleKey(ReadOnlySpan<char> text)
    {
        string folded = TextFolding.Fold(text);
        var builder = new System.Text.StringBuilder(folded.Length);
        foreach (char c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().Trim();
    }
}
