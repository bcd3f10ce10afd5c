using System.Reflection;
using System.Text;
using ReportLint.Analysis;
using ReportLint.Diagnostics;
using ReportLint.Rules;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Conventions;

public class RuleConventionTests
{
    public static TheoryData<string> RuleIds()
    {
        var data = new TheoryData<string>();
        foreach (RuleDescriptor rule in BuiltInRules.Descriptors)
        {
            data.Add(rule.Id);
        }

        return data;
    }

    private static RuleDescriptor Descriptor(string id) => BuiltInRules.Descriptors.Single(r => r.Id == id);

    [Fact]
    public void Rule_ids_and_aliases_are_unique()
    {
        Assert.Equal(BuiltInRules.Descriptors.Length, BuiltInRules.Descriptors.Select(r => r.Id).Distinct().Count());
        Assert.Equal(BuiltInRules.Descriptors.Length, BuiltInRules.Descriptors.Select(r => r.Alias).Distinct().Count());
    }

    [Fact]
    public void Every_rule_is_registered_in_the_linter() =>
        Assert.Equal(BuiltInRules.Descriptors.Select(r => r.Id), BuiltInRules.CreateLinter().Rules.Select(r => r.Id));

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_id_is_in_its_category_range(string id)
    {
        RuleDescriptor rule = Descriptor(id);
        int number = int.Parse(id[2..], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(number, rule.Category.RangeStart(), rule.Category.RangeStart() + 999);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Doc_page_exists_and_is_titled_like_the_descriptor(string id)
    {
        RuleDescriptor rule = Descriptor(id);
        string page = Repo.Path("docs", "rules", id + ".md");
        Assert.True(File.Exists(page), $"docs/rules/{id}.md is missing");
        Assert.Equal($"# {id}: {rule.Title}", File.ReadLines(page).First());
        Assert.Equal($"{RuleDescriptor.HelpLinkBase}{id}.md", rule.HelpLink);
        Assert.Contains($"| Alias | `{rule.Alias}` |", File.ReadAllText(page), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Doc_page_examples_behave_as_documented(string id)
    {
        if (Descriptor(id).Category == RuleCategory.Engine && !File.ReadAllText(Repo.Path("docs", "rules", id + ".md")).Contains("## Failing example", StringComparison.Ordinal))
        {
            return;
        }

        string page = File.ReadAllText(Repo.Path("docs", "rules", id + ".md"));
        if (page.Contains("<!-- examples-not-executed:", StringComparison.Ordinal))
        {
            // The page says why (a rule that needs a repository) and which tests run its cases instead.
            Assert.Matches(@"<!-- examples-not-executed: .+; \w+Tests runs these cases", page);
            return;
        }

        var everyRuleOn = new ReportLint.Analysis.AnalysisOptions.Builder();
        foreach (var rule in BuiltInRules.Descriptors)
        {
            everyRuleOn.SetSeverity(rule.Id, rule.DefaultSeverity);
        }

        ReportLinter linter = BuiltInRules.CreateLinter(everyRuleOn.Build());
        string failing = DocExample(page, "## Failing example");
        string passing = DocExample(page, "## Passing example");
        Assert.Contains(linter.Lint(failing).Diagnostics, d => d.Id == id);
        Assert.DoesNotContain(linter.Lint(passing).Diagnostics, d => d.Id == id);
        if (Descriptor(id).Category is RuleCategory.Evidence or RuleCategory.Arithmetic or RuleCategory.Status)
        {
            // The rules of status reports run only on status reports: a passing example that is not one would pass
            // whatever the rule does.
            Assert.True(StatusReports.Reads(failing), $"{id}'s failing example does not read as a status report");
            Assert.True(StatusReports.Reads(passing), $"{id}'s passing example does not read as a status report");
        }
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Every_rule_has_positive_and_negative_tests(string id)
    {
        if (Descriptor(id).Category == RuleCategory.Engine)
        {
            return;
        }

        ReportAnalyzer analyzer = BuiltInRules.CreateAnalyzers().Single(a => a.SupportedRules.Any(r => r.Id == id));
        Type? tests = typeof(RuleConventionTests).Assembly.GetType($"ReportLint.Tests.Rules.{analyzer.GetType().Name}Tests");
        Assert.True(tests is not null, $"No test class {analyzer.GetType().Name}Tests");
        string[] facts = tests!.GetMethods().Where(m => m.GetCustomAttributes<FactAttribute>().Any()).Select(m => m.Name).ToArray();
        Assert.Contains(facts, f => f.StartsWith("Reports_", StringComparison.Ordinal));
        Assert.Contains(facts, f => f.StartsWith("Does_not_", StringComparison.Ordinal));
    }

    [Fact]
    public void No_rule_overrides_CanReport_each_declares_its_needs()
    {
        Type[] analyzers = typeof(BuiltInRules).Assembly.GetTypes().Where(t => typeof(ReportAnalyzer).IsAssignableFrom(t)).ToArray();
        Assert.NotEmpty(analyzers);
        Assert.All(analyzers, t => Assert.Equal(typeof(ReportAnalyzer), t.GetMethod(nameof(ReportAnalyzer.CanReport))!.DeclaringType));
    }

    // Rule files that still ask triage in their analysis, each with what it asks. RL3002 is being rewritten on the
    // model (its status marks per statement); this list only shrinks.
    // What a rule's checks must not reach around the fact model for (issue 17): the triage, the scanners, the text
    // folding and the prose view builder are the model's own machinery. A rule's own facts (issue 48: a class named
    // *Facts in its folder, cached beside the model with RuleFacts<T>) are built from that machinery, as the model's
    // shared facts are; the checks read only the model and those facts.
    private static readonly string[] BehindTheModel =
    [
        "Triggers", "TriggerTable", "CanReport", "QuantityScanner", "StatusScanner", "Targets.Scan", "Targets.ResultBefore",
        "TextFolding", "Readable.Fold", "FoldMapped", "ProseText", "PhraseMatcher",
    ];

    [Fact]
    public void No_rule_reaches_around_the_model_for_triage_scanners_or_folds()
    {
        string rules = Repo.Path("src", "ReportLint.Rules");
        string[] files = Directory.GetFiles(rules, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(files);
        var found = new List<string>();
        foreach (string file in files)
        {
            string relative = Path.GetRelativePath(rules, file).Replace('\\', '/');
            if (relative.EndsWith("Facts.cs", StringComparison.Ordinal))
            {
                continue;
            }

            string source = File.ReadAllText(file);
            found.AddRange(BehindTheModel.Where(name => source.Contains(name, StringComparison.Ordinal)).Select(name => $"{relative}: {name}"));
        }

        Assert.Empty(found);
    }

    [Fact]
    public void Every_fixable_rule_is_one_its_analyzer_reports_and_fixes_sit_beside_their_rule()
    {
        foreach (ReportAnalyzer analyzer in BuiltInRules.CreateAnalyzers())
        {
            Assert.All(analyzer.FixableRules, rule => Assert.Contains(rule, analyzer.SupportedRules));
            string? file = Directory.EnumerateFiles(Repo.Path("src", "ReportLint.Rules"), analyzer.GetType().Name + ".Fixer.cs", SearchOption.AllDirectories).FirstOrDefault();
            Assert.True(analyzer.FixableRules.IsEmpty == (file is null), $"{analyzer.GetType().Name}: a fixable rule keeps its fix in {analyzer.GetType().Name}.Fixer.cs, and only a fixable one has that file");
        }
    }

    [Fact]
    public void Readme_rule_table_matches_the_descriptors()
    {
        var table = new StringBuilder();
        table.Append("| ID | Alias | Title | Category | Default |\n|---|---|---|---|---|\n");
        foreach (RuleDescriptor rule in BuiltInRules.Descriptors)
        {
            table.Append($"| [{rule.Id}](docs/rules/{rule.Id}.md) | `{rule.Alias}` | {rule.Title} | {rule.Category} | {rule.DefaultSeverity.ToWord()} |\n");
        }

        string readme = File.ReadAllText(Repo.Path("README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        int start = readme.IndexOf("<!-- rules:start -->\n", StringComparison.Ordinal) + "<!-- rules:start -->\n".Length;
        int end = readme.IndexOf("<!-- rules:end -->", StringComparison.Ordinal);
        Assert.True(start > 20 && end > start, "README.md lacks the <!-- rules:start/end --> markers");
        Assert.Equal(table.ToString(), readme[start..end]);
    }

    public static TheoryData<string> PathologicalInputs() => new()
    {
        "",
        "\n",
        "|",
        "| a |\n|---|\n",
        "| Total |\n|---|\n| Total |",
        "# ()\n",
        "# (7.5h)\n",
        "```",
        "- ",
        "- [ ] \n- [x]",
        new string('-', 10_000),
        new string('(', 5_000) + "1h" + new string(')', 5_000),
        string.Concat(Enumerable.Repeat("  - nested\n", 300)),
        string.Concat(Enumerable.Repeat("> ", 200)) + "deep",
        "\uD800 lone surrogate \uDC00",
        "Ã\u0080\u0081\u009F ğ â ð",
        "$( ${ {{ [@] XXX-",
        "| a | b |\n|---|---|\n| Total | 1,2,3 |\n| x | 99999999999999999999999999999999 |\n",
        "target: > (objectif : <",
    };

    [Theory]
    [MemberData(nameof(PathologicalInputs))]
    public void No_rule_crashes_on_empty_or_pathological_input(string text)
    {
        LintResult result = BuiltInRules.CreateLinter().Lint(text);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "RL0001");
    }

    private static string DocExample(string page, string heading)
    {
        string[] lines = page.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        int i = Array.IndexOf(lines, heading);
        Assert.True(i >= 0, $"The page has no '{heading}' section");
        while (!lines[i].StartsWith("```", StringComparison.Ordinal))
        {
            i++;
        }

        string fence = lines[i].TrimEnd()[..lines[i].TakeWhile(c => c == '`').Count()];
        var body = new List<string>();
        for (i++; lines[i] != fence; i++)
        {
            body.Add(lines[i]);
        }

        return string.Join('\n', body) + "\n";
    }
}
