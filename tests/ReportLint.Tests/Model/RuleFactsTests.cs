using ReportLint.Model;

namespace ReportLint.Tests.Model;

/// <summary>A rule's own facts (issue 48): built once per document beside the model, on first request.</summary>
public class RuleFactsTests
{
    [Fact]
    public void Facts_are_built_once_per_document_and_kept_beside_its_model()
    {
        int builds = 0;
        var statements = new RuleFacts<string>(model => { builds++; return $"{model.Statements.Count} statements"; });
        ReportModel first = ReportModelTests.ModelOf("# Report\n\n- Coverage: 85%\n- Tests: 12/12\n");
        ReportModel second = ReportModelTests.ModelOf("# Rapport\n\nLa couverture est de 85 %.\n");

        string once = statements.Of(first);
        Assert.Same(once, statements.Of(first));
        Assert.Equal("3 statements", once);
        Assert.Equal("2 statements", statements.Of(second));
        Assert.Equal(2, builds);
    }

    [Fact]
    public void Two_rules_facts_of_one_document_do_not_mix()
    {
        var a = new RuleFacts<string>(_ => "a");
        var b = new RuleFacts<string>(_ => "b");
        ReportModel model = ReportModelTests.ModelOf("# Report\n\n- Done\n");
        Assert.Equal(("a", "b"), (a.Of(model), b.Of(model)));
    }
}
