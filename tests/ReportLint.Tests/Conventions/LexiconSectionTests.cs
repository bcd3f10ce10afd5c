using System.Reflection;
using ReportLint.Lexicons;
using ReportLint.Rules;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Conventions;

/// <summary>
/// Code names lexicon sections through typed fields (<see cref="LexiconSections"/>, and each rule's own); every one of
/// them must be in the bundled lexicons of each language (or the language-neutral one), so a section is never read
/// empty in one language.
/// </summary>
public class LexiconSectionTests
{
    // Every static field or property of type LexiconSection (or an array of them) in the engine and the rules.
    private static List<(string Owner, LexiconSection Section)> Named()
    {
        const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var named = new List<(string, LexiconSection)>();
        foreach (Type type in new[] { typeof(Lexicon).Assembly, typeof(BuiltInRules).Assembly }.SelectMany(a => a.GetTypes()))
        {
            IEnumerable<(string Name, Type Type, Func<object?> Value)> members = type.GetFields(All)
                .Select(f => (f.Name, f.FieldType, (Func<object?>)(() => f.GetValue(null))))
                .Concat(type.GetProperties(All).Where(p => p.GetIndexParameters().Length == 0)
                    .Select(p => (p.Name, p.PropertyType, (Func<object?>)(() => p.GetValue(null)))));
            foreach ((string name, Type memberType, Func<object?> value) in members)
            {
                if (memberType == typeof(LexiconSection))
                {
                    named.Add(($"{type.Name}.{name}", (LexiconSection)value()!));
                }
                else if (memberType == typeof(LexiconSection[]))
                {
                    named.AddRange(((LexiconSection[])value()!).Select(s => ($"{type.Name}.{name}", s)));
                }
            }
        }

        return named;
    }

    public static TheoryData<string> Languages() => new(BuiltInRules.Languages);

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_named_section_is_in_the_lexicon_of_each_language(string language)
    {
        List<(string Owner, LexiconSection Section)> named = Named();
        // The engine's, and at least one rule's: the scan finds what it should.
        Assert.Contains(named, n => n.Owner == "LexiconSections.StatusMet");
        Assert.Contains(named, n => n.Owner == "RL4003TemplateResidue.PlaceholderMarker");
        Assert.Contains(named, n => n.Owner == "StatusRuleSections.HeadlineDeployed");

        var sections = BuiltInRules.LoadLexicon([language]).Sections.ToHashSet(StringComparer.Ordinal);
        Assert.All(named, n => Assert.True(
            sections.Contains(n.Section.Name) || sections.Any(s => s.StartsWith(n.Section.Name + ".", StringComparison.Ordinal)),
            $"{n.Owner} names [{n.Section.Name}], which the {language} lexicon (with common.lex) does not have"));
    }

    [Fact]
    public void A_rule_keeps_its_own_words_beside_it_in_one_file_per_language()
    {
        string rules = Repo.Path("src", "ReportLint.Rules");
        string[] files = Directory.GetFiles(rules, "*.lex", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(rules, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("Lexicons/", StringComparison.Ordinal) && !f.StartsWith("bin/", StringComparison.Ordinal) && !f.StartsWith("obj/", StringComparison.Ordinal))
            .ToArray();
        Assert.NotEmpty(files);
        foreach (IGrouping<string, string> rule in files.GroupBy(f => f[..f.IndexOf('.', StringComparison.Ordinal)], StringComparer.Ordinal))
        {
            Assert.True(File.Exists(Path.Combine(rules, rule.Key + ".cs")), $"{rule.Key}.*.lex stands beside no rule {rule.Key}.cs");
            string[] languages = rule.Select(f => f[(rule.Key.Length + 1)..^".lex".Length]).Order(StringComparer.Ordinal).ToArray();
            Assert.Equal(BuiltInRules.Languages.ToArray(), languages);
        }
    }

    [Fact]
    public void A_section_is_equal_by_name_and_prints_its_name()
    {
        Assert.Equal(LexiconSections.Target, new LexiconSection("target"));
        Assert.NotEqual(LexiconSections.Target, new LexiconSection("targets"));
        Assert.Equal("status.met", LexiconSections.StatusMet.ToString());
        Assert.Empty(BuiltInRules.LoadLexicon().Phrases(new LexiconSection("no.such.section")));
    }
}
