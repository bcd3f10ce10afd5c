using System.Text.Json;
using ReportLint.Analysis;
using ReportLint.Cli;
using ReportLint.Diagnostics;
using ReportLint.Rules;
using ReportLint.Rules.Status;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Cli;

/// <summary>
/// A rule that holds several checks gives each its own descriptor (issue 48, as CA2000 does): its own title, message
/// and section of the rule's page, a name that configuration turns off, and its own entry in SARIF.
/// </summary>
public sealed class RuleCheckTests : IDisposable
{
    // Two checks of RL3004 on one report: a score restated with another value (restated-value, line 9) and headers
    // fully compliant in one place and missing in another (met-and-failing, line 10).
    private const string Report = """
        # Sprint report

        - ✅ Security Score: 95/100 (target: > 90)
        - ✅ Security Headers: 100% compliance
        - ✅ Tests: 12/12

        ## Validation

        - ✅ validate_security.ps1 - Score sécurité : 85/100
        - ⚠️ Security Headers - Missing headers (medium)

        """;

    private readonly string _root = Directory.CreateTempSubdirectory("reportlint-checks-").FullName;

    public RuleCheckTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, ".git"));
        File.WriteAllText(Path.Combine(_root, "report.md"), Report.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private (int Code, string Out, string Err) Check(string? config, params string[] extra)
    {
        if (config is not null)
        {
            File.WriteAllText(Path.Combine(_root, ".reportlint.json"), config);
        }

        var output = new StringWriter();
        var error = new StringWriter();
        int code = Program.Run(["check", Path.Combine(_root, "report.md"), "--fail-level", "none", .. extra], output, error);
        return (code, output.ToString().Replace("\r\n", "\n", StringComparison.Ordinal), error.ToString());
    }

    private List<(string Id, string? Check, int Line, string Severity, string Message)> Findings(string? config)
    {
        (_, string output, _) = Check(config, "--format", "json");
        using JsonDocument json = JsonDocument.Parse(output);
        return json.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => (d.GetProperty("id").GetString()!, d.TryGetProperty("check", out JsonElement c) ? c.GetString() : null,
                d.GetProperty("line").GetInt32(), d.GetProperty("severity").GetString()!, d.GetProperty("message").GetString()!))
            .ToList();
    }

    [Fact]
    public void Each_finding_names_its_check_and_its_message_is_the_checks()
    {
        var rl3004 = Findings(null).Where(f => f.Id == "RL3004").ToList();

        Assert.Equal(
            [
                ("RL3004", "restated-value", 9, "warning", "Score sécurité is 85/100 here but 95/100 at line 3"),
                ("RL3004", "met-and-failing", 10, "warning", "Security Headers is 'missing headers (medium)' here but '100% compliance' at line 4"),
            ],
            rl3004);
    }

    [Fact]
    public void A_check_turned_off_by_name_leaves_the_rules_other_checks()
    {
        var findings = Findings("""{ "RL3004": { "checks": { "restated-value": false } } }""");

        Assert.Equal([("met-and-failing", 10)], findings.Where(f => f.Id == "RL3004").Select(f => (f.Check, f.Line)));
    }

    [Fact]
    public void A_check_can_have_its_own_severity_and_the_alias_names_its_rule()
    {
        var findings = Findings("""{ "metric-value-conflict": { "checks": { "met-and-failing": "error" } } }""");

        Assert.Equal([("restated-value", "warning"), ("met-and-failing", "error")], findings.Where(f => f.Id == "RL3004").Select(f => (f.Check, f.Severity)));
    }

    [Fact]
    public void A_check_is_off_when_its_rule_is()
    {
        var findings = Findings("""{ "RL3004": { "severity": "off", "checks": { "met-and-failing": "error" } } }""");

        Assert.DoesNotContain(findings, f => f.Id == "RL3004");
    }

    [Fact]
    public void True_turns_a_check_back_on_at_its_rules_severity()
    {
        RuleDescriptor check = RL3004MetricValueConflict.MetAndFailing;
        AnalysisOptions off = new AnalysisOptions.Builder().SetSeverity("RL3004", Severity.Error).SetCheckSeverity(check.Key, null).Build();
        AnalysisOptions on = off.ToBuilder().SetCheckSeverity(check.Key, null, keepRule: true).Build();

        Assert.Null(off.GetEffectiveSeverity(check));
        Assert.Equal(Severity.Error, on.GetEffectiveSeverity(check));
        Assert.Equal(Severity.Error, off.GetEffectiveSeverity(RL3004MetricValueConflict.RestatedValue));
    }

    [Fact]
    public void An_unknown_check_or_value_is_RL0002_at_its_place_and_the_rest_applies()
    {
        const string config = """
            {
              "RL3004": { "checks": { "restated-values": false, "met-and-failing": "loud" } },
              "RL2001": { "checks": { "rows": false } }
            }
            """;
        (_, string output, _) = Check(config);
        string path = Path.Combine(_root, ".reportlint.json");

        Assert.Contains($"{path}(2,27): warning RL0002: RL3004 has no check 'restated-values' (its checks: restated-value, met-and-failing, full-value,", output, StringComparison.Ordinal);
        Assert.Contains($"{path}(2,72): warning RL0002: RL3004/met-and-failing must be true, false or a severity (error, warning, info, hidden, off), not 'loud'.", output, StringComparison.Ordinal);
        Assert.Contains($"{path}(3,27): warning RL0002: RL2001 has no check 'rows' (it has no separate checks).", output, StringComparison.Ordinal);
        Assert.Contains("warning RL3004: Score sécurité is 85/100 here but 95/100 at line 3", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_configuration_problem_is_its_own_check_of_RL0002_with_its_message()
    {
        const string config = """
            {
              "RL9999": true,
              "languages": ["xx", "en"],
              "RL2003": { "tolerance_points": "two" },
              "extends": "../outside.json"
            }
            """;

        var rl0002 = Findings(config).Where(f => f.Id == "RL0002").Select(f => (f.Check, f.Line, f.Message)).ToList();

        Assert.Equal(
            [
                ("extends-outside", 1, $"'extends' names '../outside.json', outside the repository ({_root}); it is not read."),
                ("unknown-rule", 2, "Unknown rule 'RL9999'; 'reportlint rules' lists the IDs and aliases."),
                ("unknown-language", 3, $"No lexicon for the language 'xx' in 'languages' (known: {string.Join(", ", BuiltInRules.Languages)}); it is left out."),
                ("option-type", 4, "RL2003.tolerance_points must be a number, not a string."),
            ],
            rl0002.OrderBy(f => f.Line));
    }

    [Fact]
    public void Sarif_lists_each_check_as_its_own_descriptor_under_the_rules_id()
    {
        (_, string output, _) = Check(null, "--format", "sarif");
        using JsonDocument sarif = JsonDocument.Parse(output);
        JsonElement run = sarif.RootElement.GetProperty("runs")[0];
        JsonElement[] rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToArray();

        var checks = run.GetProperty("results").EnumerateArray()
            .Where(r => r.GetProperty("ruleId").GetString() == "RL3004")
            .Select(r => rules[r.GetProperty("ruleIndex").GetInt32()])
            .Select(d => (d.GetProperty("id").GetString(), d.GetProperty("properties").GetProperty("check").GetString(), d.GetProperty("helpUri").GetString()))
            .ToList();
        Assert.Equal(
            [
                ("RL3004", "restated-value", RuleDescriptor.HelpLinkBase + "RL3004.md#restated-value"),
                ("RL3004", "met-and-failing", RuleDescriptor.HelpLinkBase + "RL3004.md#met-and-failing"),
            ],
            checks);
        Assert.Equal(1 + BuiltInRules.Checks.Count(c => c.Id == "RL3004"), rules.Count(r => r.GetProperty("id").GetString() == "RL3004"));
    }

    public static TheoryData<string> Checks() => [.. BuiltInRules.Checks.Select(c => c.Key)];

    [Theory]
    [MemberData(nameof(Checks))]
    public void Each_check_has_a_message_of_its_own_and_a_section_on_its_rules_page(string key)
    {
        RuleDescriptor check = BuiltInRules.Checks.Single(c => c.Key == key);
        RuleDescriptor rule = BuiltInRules.Descriptors.Single(r => r.Id == check.Id);

        Assert.NotEqual(rule.Title, check.Title);
        Assert.Matches("[A-Za-z]{3,}", System.Text.RegularExpressions.Regex.Replace(check.MessageFormat, @"\{\d+\}", ""));
        Assert.Equal(RuleDescriptor.HelpLinkBase + check.Id + ".md#" + check.Check, check.HelpLink);
        string page = File.ReadAllText(Repo.Path("docs", "rules", check.Id + ".md"));
        Assert.Contains("\n### " + check.Check + "\n", page, StringComparison.Ordinal);
    }

    [Fact]
    public void No_rule_message_is_a_bare_placeholder()
    {
        // Every rule and check, the engine's included (RL0002 and RL0006 give each kind of problem its own check), has a
        // message of its own around its placeholders.
        Assert.All(BuiltInRules.Descriptors.Concat(BuiltInRules.Checks),
            r => Assert.NotEqual("", System.Text.RegularExpressions.Regex.Replace(r.MessageFormat, @"\{\d+\}", "").Trim()));
        Assert.All(BuiltInRules.CreateAnalyzers(), a =>
        {
            Assert.Null(a.SupportedRules[0].Check);
            Assert.Equal(a.SupportedRules.Length, a.SupportedRules.Select(r => r.Key).Distinct().Count());
        });
    }
}
