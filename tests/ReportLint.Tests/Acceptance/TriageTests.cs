using ReportLint.Rules;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Acceptance;

/// <summary>
/// Triage skips rules (and parsing) on documents that cannot hold what they look for; it must never change a result.
/// Every example, seed, corpus page and project doc is linted with triage on and off, and the diagnostics compared.
/// </summary>
public class TriageTests
{
    public static TheoryData<string> Corpora() => Repo.WithShared("examples", "docs", "README.md");

    private static IEnumerable<string> Files(string corpus) => corpus switch
    {
        "examples" => Directory.GetFiles(Repo.Path("examples"), "*.md"),
        "docs" => Directory.GetFiles(Repo.Path("docs"), "*.md", SearchOption.AllDirectories),
        "README.md" => [Repo.Path("README.md")],
        "seeds" => Directory.GetFiles(Path.Combine(Repo.Shared!, "seeds"), "*.txt"),
        _ => Directory.GetFiles(Path.Combine(Repo.Shared!, "corpus", "docs"), "*.md", SearchOption.AllDirectories),
    };

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Triage_never_changes_a_result(string corpus)
    {
        ReportLinter withTriage = BuiltInRules.CreateLinter();
        ReportLinter without = BuiltInRules.CreateLinter(triage: false);
        foreach (string file in Files(corpus))
        {
            string Describe(ReportLinter linter) => string.Join("\n", linter.LintFile(file).Diagnostics.Select(d => $"{d.Id} {d.Span} {d.Message}"));
            Assert.Equal(Describe(without), Describe(withTriage));
        }
    }

    // The real reports hold the shapes the rules were written for: a need that misses a word a rule reads shows here.
    [SharedFact("corpus/reports/docs")]
    public void Triage_never_changes_a_result_on_the_labelled_reports()
    {
        ReportLinter withTriage = BuiltInRules.CreateLinter();
        ReportLinter without = BuiltInRules.CreateLinter(triage: false);
        string[] files = Directory.GetFiles(Path.Combine(Repo.Shared!, "corpus", "reports", "docs"), "*.md");
        Assert.NotEmpty(files);
        foreach (string file in files)
        {
            string Describe(ReportLinter linter) => string.Join("\n", linter.LintFile(file).Diagnostics.Select(d => $"{d.Id} {d.Span} {d.Message}"));
            Assert.Equal(Describe(without), Describe(withTriage));
        }
    }

    [Fact]
    public void Triage_skips_the_parse_of_a_document_no_rule_needs()
    {
        ReportLinter linter = BuiltInRules.CreateLinter();
        LintResult result = linter.Lint("# Plain page\n\nNothing here to check, only prose about widgets.\n");
        Assert.Empty(result.Diagnostics);
        var field = typeof(ReportLint.Analysis.ReportDocument).GetField("_syntax", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;
        Assert.Null(field.GetValue(result.Document));
    }
}
