using ReportLint.Lexicons;
using ReportLint.Rules;

namespace ReportLint.Tests.Core;

/// <summary>
/// A phrase index skips, without a dictionary lookup, the places where no phrase can start: its filter must never
/// turn away a place where one does (in any section of the English and French lexicons), and must turn away most
/// places where none does, or it is no filter.
/// </summary>
public class PhraseIndexTests
{
    private static readonly Lexicon Lexicon = BuiltInRules.LoadLexicon();

    [Fact]
    public void Every_phrase_of_every_section_passes_the_filter()
    {
        var refused = new List<string>();
        foreach (string section in Lexicon.Sections)
        {
            PhraseIndex index = Lexicon.IndexOf(section);
            foreach (string phrase in Lexicon.Phrases(section))
            {
                bool passes = phrase.Length switch
                {
                    0 => true,
                    1 => index.MayBeSingle(phrase[0]),
                    _ => index.MayStartPair(phrase[0], phrase[1]),
                };
                if (!passes)
                {
                    refused.Add($"{section}: '{phrase}'");
                }
            }
        }

        Assert.Empty(refused);
        Assert.Contains("non atteint", Lexicon.Phrases(LexiconSections.StatusFailed));
    }

    [Theory]
    [InlineData("status.met")]
    [InlineData("status.pending")]
    [InlineData("total")]
    public void Most_pairs_that_start_no_phrase_are_turned_away(string section)
    {
        PhraseIndex index = Lexicon.IndexOf(section);
        int none = 0, turnedAway = 0;
        for (char a = 'a'; a <= 'z'; a++)
        {
            for (char b = 'a'; b <= 'z'; b++)
            {
                if (!index.ByPair.ContainsKey(PhraseIndex.Pair(a, b)))
                {
                    none++;
                    turnedAway += index.MayStartPair(a, b) ? 0 : 1;
                }
            }
        }

        Assert.True(turnedAway >= none * 9 / 10, $"{section}: {turnedAway} of {none} pairs that start no phrase turned away");
    }
}
