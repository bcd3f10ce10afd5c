using ReportLint.Lexicons;
using ReportLint.Rules;

namespace ReportLint.Tests.Conventions;

/// <summary>
/// Phrases are folded when loaded (case and accents dropped), and every language's lexicon reads every report. A status
/// word of one language that folds to an ordinary word of another is read as a status in that other language's
/// reports: French "raté" (failed) folds to "rate", and every English "pass rate", "success rate" and "rate limiting"
/// was read as failed. No status word may fold to a word another language uses unless that language gives it the same
/// status ("complète" and "complete").
/// </summary>
public class LexiconFoldingTests
{
    private static readonly string[] StatusSections = ["status.met", "status.failed", "status.pending", "status.partial"];

    public static TheoryData<string, string> LanguagePairs()
    {
        var pairs = new TheoryData<string, string>();
        foreach (string a in BuiltInRules.Languages)
        {
            foreach (string b in BuiltInRules.Languages)
            {
                if (a != b)
                {
                    pairs.Add(a, b);
                }
            }
        }

        return pairs;
    }

    [Theory]
    [MemberData(nameof(LanguagePairs))]
    public void No_status_word_folds_to_an_ordinary_word_of_another_language(string language, string other)
    {
        Lexicon own = BuiltInRules.LoadLexicon([language]), theirs = BuiltInRules.LoadLexicon([other]);
        // The other language's phrases, as sequences of words with spaces around them, and its status words by section.
        var phrases = theirs.Sections.SelectMany(s => theirs.Phrases(new LexiconSection(s))).Select(p => " " + p + " ").ToList();
        var collisions = new List<string>();
        foreach (string section in StatusSections)
        {
            var sameStatus = new HashSet<string>(theirs.Phrases(new LexiconSection(section)), StringComparer.Ordinal);
            foreach (string phrase in own.Phrases(new LexiconSection(section)))
            {
                if (!char.IsLetter(phrase[0]) || sameStatus.Contains(phrase))
                {
                    continue;
                }

                if (phrases.FirstOrDefault(p => p.Contains(" " + phrase + " ", StringComparison.Ordinal)) is { } used)
                {
                    collisions.Add($"[{section}] '{phrase}' is in {other}'s '{used.Trim()}'");
                }
            }
        }

        Assert.True(collisions.Count == 0, string.Join("\n", collisions));
    }
}
