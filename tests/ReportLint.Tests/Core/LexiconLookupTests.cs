using ReportLint.Lexicons;
using ReportLint.Rules;

namespace ReportLint.Tests.Core;

/// <summary>
/// A lexicon finds a section by its name whatever string carries the name: the literal the code names it with (kept in
/// a slot of recent sections, which sections share), or a copy made at run time. Asked of every section in turn,
/// each answer is that section's own.
/// </summary>
public class LexiconLookupTests
{
    [Fact]
    public void Every_section_answers_for_its_own_phrases_by_literal_and_by_copy()
    {
        Lexicon lexicon = BuiltInRules.LoadLexicon();
        string[] names = lexicon.Sections.ToArray();
        var wrong = new List<string>();
        for (int round = 0; round < 2; round++)
        {
            foreach (string name in names)
            {
                foreach (string asked in new[] { string.Intern(name), new string(name.AsSpan()) })
                {
                    IReadOnlyList<string> phrases = lexicon.Phrases(new LexiconSection(asked));
                    string? first = phrases.FirstOrDefault();
                    if (first is null)
                    {
                        continue;
                    }

                    if (!lexicon.Contains(new LexiconSection(asked), first) || lexicon.Contains(new LexiconSection(asked), first + "\u0001") ||
                        !PhraseMatcher.ContainsAny(" " + first + " ", lexicon, new LexiconSection(asked)) ||
                        !ReferenceEquals(phrases, lexicon.Phrases(new LexiconSection(name))))
                    {
                        wrong.Add($"{name} ({(ReferenceEquals(asked, string.Intern(name)) ? "interned" : "copy")})");
                    }
                }
            }
        }

        Assert.Empty(wrong);
        Assert.Empty(lexicon.Phrases(new LexiconSection("no.such.section")));
        Assert.False(lexicon.Contains(new LexiconSection("no.such.section"), "done"));
        Assert.True(lexicon.Contains(LexiconSections.StatusMet, "done"));
    }
}
