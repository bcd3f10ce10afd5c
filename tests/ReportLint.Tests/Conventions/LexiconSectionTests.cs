using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
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

    // Every section named by a literal where a LexiconSection is made, in fields or inline
    // (RuleNeeds.Phrase(new LexiconSection("change"))), in the engine's and the rules' sources: the reflection above
    // sees only fields. Issue 48: 28 inline sections in the rules escaped it.
    private static List<(string Place, string Section)> NamedInSource()
    {
        var named = new List<(string, string)>();
        foreach ((CSharpCompilation compilation, string project) in new[] { (SourceCompilation.Core, "ReportLint.Core"), (SourceCompilation.Rules, "ReportLint.Rules") })
        {
            foreach (SyntaxTree tree in compilation.SyntaxTrees)
            {
                SemanticModel model = compilation.GetSemanticModel(tree);
                foreach (BaseObjectCreationExpressionSyntax creation in tree.GetRoot().DescendantNodes().OfType<BaseObjectCreationExpressionSyntax>())
                {
                    if (creation.ArgumentList?.Arguments is [{ Expression: LiteralExpressionSyntax literal }] &&
                        literal.IsKind(SyntaxKind.StringLiteralExpression) &&
                        model.GetTypeInfo(creation).Type?.ToDisplayString() == "ReportLint.Lexicons.LexiconSection")
                    {
                        int line = tree.GetLineSpan(creation.Span).StartLinePosition.Line + 1;
                        named.Add(($"{SourceCompilation.RelativePath(tree, project)}:{line}", literal.Token.ValueText));
                    }
                }
            }
        }

        return named;
    }

    [Fact]
    public void Every_section_named_in_code_is_in_the_lexicon_of_each_language()
    {
        List<(string Place, string Section)> named = NamedInSource();
        Assert.Contains(named, n => n.Section == "column.change" && n.Place.StartsWith("Arithmetic/RL2004/", StringComparison.Ordinal));
        foreach (string language in BuiltInRules.Languages)
        {
            var sections = BuiltInRules.LoadLexicon([language]).Sections.ToHashSet(StringComparer.Ordinal);
            string[] missing = named.Where(n => !sections.Contains(n.Section) && !sections.Any(s => s.StartsWith(n.Section + ".", StringComparison.Ordinal)))
                .Select(n => $"{n.Place} names [{n.Section}]").ToArray();
            Assert.True(missing.Length == 0, $"Sections the {language} lexicon (with common.lex) does not have:\n" + string.Join("\n", missing));
        }
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
