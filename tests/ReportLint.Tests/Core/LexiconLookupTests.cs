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

    [Fact]
    public void Every_phrase_is_found_as_characters_read_in_a_longer_text_and_nothing_else_is()
    {
        Lexicon lexicon = BuiltInRules.LoadLexicon();
        int found = 0;
        foreach (string name in lexicon.Sections)
        {
            var section = new LexiconSection(name);
            foreach (string phrase in lexicon.Phrases(section))
            {
                // The phrase as a slice of a longer buffer, as a rule reads a word: never the phrase's own string.
                char[] buffer = ("«" + phrase + "»").ToCharArray();
                ReadOnlySpan<char> chars = buffer.AsSpan(1, phrase.Length);
                Assert.True(lexicon.Contains(section, chars), $"{name}: '{phrase}' not found as characters");
                Assert.False(lexicon.Contains(section, buffer.AsSpan(0, phrase.Length + 1)), $"{name}: '«{phrase}' found");
                if (phrase.Length > 1)
                {
                    Assert.Equal(lexicon.Contains(section, phrase[..^1]), lexicon.Contains(section, chars[..^1]));
                }

                found++;
            }
        }

        Assert.True(found > 1000, $"only {found} phrases were asked");
        Assert.True(lexicon.Contains(LexiconSections.StatusMet, "terminé".AsSpan()) || lexicon.Contains(LexiconSections.StatusMet, "termine".AsSpan()));
        Assert.True(lexicon.Contains(LexiconSections.StatusMet, "done".AsSpan()));
        Assert.False(lexicon.Contains(LexiconSections.StatusMet, "don".AsSpan()));
        Assert.False(lexicon.Contains(new LexiconSection("no.such.section"), "done".AsSpan()));
    }
}
