using System.Collections.Immutable;
using ReportLint.Analysis;
using ReportLint.Checks;
using ReportLint.Claims;
using ReportLint.Diagnostics;
using ReportLint.Lexicons;
using ReportLint.Model;
using ReportLint.Rules;

namespace ReportLint.Tests.Checks;

/// <summary>
/// Issue 48: the general check kinds. A new shape is data (a lexicon section) plus a small query on a kind, written
/// here alone and run through the linter as any rule; each kind is pinned at its edges.
/// </summary>
public class CheckKindTests
{
    // ---- A new shape: "flawless" / "sans faille" in a list item, with no link or log beside it. ----

    // The data: one section of a test lexicon, in English and French.
    private const string FlawlessWords = "[test.flawless]\nflawless\nsans faille\n";

    private sealed class FlawlessClaim : ReportAnalyzer
    {
        public static readonly RuleDescriptor Rule = RuleDescriptor.Create("RL1901", "flawless-claim", "A flawless claim with no evidence",
            "'{0}' with no link or log", RuleCategory.Evidence, Severity.Warning, "A test rule made of a lexicon section and a query.");

        // The query: list items only, backed by a link or a log.
        private static readonly EvidenceCheck Check = new(Rule, [new LexiconSection("test.flawless")], FactEvidence.Link | FactEvidence.Log,
            statements: (_, statement) => statement.Kind == StatementKind.ListItem);

        public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [Rule];

        public override RuleNeeds Needs => Check.Needs;

        public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(c => Check.Run(c, ReportModel.Of(c.Document)));
    }

    private static LintResult LintFlawless(string report) =>
        new ReportLinter([new FlawlessClaim()], Lexicon.Merge([BuiltInRules.LoadLexicon(), Lexicon.Parse(FlawlessWords, "test.lex")])).Lint(report);

    [Fact]
    public void A_new_shape_of_data_and_a_query_reports_in_English()
    {
        Diagnostic d = Assert.Single(LintFlawless("# Release 2\n\n- Parser: flawless since Monday\n- Lexer: done\n").Diagnostics);
        Assert.Equal(("RL1901", 3, 11), (d.Id, d.Line, d.Column));
        Assert.Equal("'flawless' with no link or log", d.Message);
    }

    [Fact]
    public void A_new_shape_of_data_and_a_query_reports_in_French()
    {
        Diagnostic d = Assert.Single(LintFlawless("# Version 2\n\n- Lexeur : terminé\n- Analyseur : sans faille depuis lundi\n").Diagnostics);
        Assert.Equal(("RL1901", 4, 15), (d.Id, d.Line, d.Column));
        Assert.Equal("'sans faille' with no link or log", d.Message);
    }

    [Fact]
    public void A_new_shape_stays_quiet_with_evidence_outside_its_query_or_when_not_asserted()
    {
        Assert.Empty(LintFlawless("# Release 2\n\n- Parser: flawless ([CI log](https://ci.example.com/run/12))\n").Diagnostics);
        Assert.Empty(LintFlawless("# Release 2\n\nThe parser has been flawless since Monday.\n").Diagnostics);
        Assert.Empty(LintFlawless("# Release 2\n\n- Parser: not flawless yet\n").Diagnostics);
        Assert.Empty(LintFlawless("# Release 2\n\n- Parser: done\n").Diagnostics);
    }

    [Fact]
    public void The_evidence_kind_derives_its_needs_from_its_sections()
    {
        var check = new EvidenceCheck(FlawlessClaim.Rule, [new LexiconSection("test.flawless")], FactEvidence.Link);
        Assert.Equal(RuleNeeds.PhraseInParagraph(new LexiconSection("test.flawless")).ToString(), check.Needs.ToString());
    }

    // ---- Consistency: the first conflict of each later fact, tried in order, against its earlier statements. ----

    private static readonly RuleDescriptor Differs = RuleDescriptor.Create("RL3901", "test-differs", "A test consistency check",
        "{0} is {1} here but {2} at line {3}", RuleCategory.Status, Severity.Warning, "A test rule.");

    private static readonly RuleDescriptor Same = Differs.ForCheck("same", "The same value again", "{0} again at line {1}");

    private sealed class ConsistencyRule(Func<Fact, bool> claims) : ReportAnalyzer
    {
        private readonly ConsistencyCheck _check = new(RuleNeeds.Anything, claims,
            new Conflict(Differs, (earlier, later) => earlier.Value is { } a && later.Value is { } b && a.Number != b.Number
                ? [later.MetricName, b.Text, a.Text, earlier.Statement.Line] : null),
            new Conflict(Same, (earlier, later) => [later.MetricName, earlier.Statement.Line]));

        public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [Differs, Same];

        public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(c => _check.Run(c, ReportModel.Of(c.Document)));
    }

    private static ImmutableArray<Diagnostic> LintConsistency(string report, Func<Fact, bool>? claims = null) =>
        new ReportLinter([new ConsistencyRule(claims ?? (f => f.IsActual))], BuiltInRules.LoadLexicon()).Lint(report).Diagnostics;

    [Fact]
    public void Consistency_reports_the_first_conflict_of_a_later_fact_once()
    {
        const string report = "- ✅ Security Score: 95/100\n- ✅ Uptime: 99.9%\n- ✅ Security score: 85/100\n- ✅ Security score: 75/100\n";
        ImmutableArray<Diagnostic> diagnostics = LintConsistency(report);
        Assert.Equal(2, diagnostics.Length);
        Assert.Equal(("RL3901", 3, 21, "Security score is 85/100 here but 95/100 at line 1"),
            (diagnostics[0].Id, diagnostics[0].Line, diagnostics[0].Column, diagnostics[0].Message));
        Assert.Equal(1, Assert.Single(diagnostics[0].AdditionalLocations).LineSpan.Start.Line);
        // Line 4 conflicts with lines 1 and 3: reported once, against the first.
        Assert.Equal((4, "Security score is 75/100 here but 95/100 at line 1"), (diagnostics[1].Line, diagnostics[1].Message));
    }

    [Fact]
    public void Consistency_tries_its_conflicts_in_order()
    {
        Diagnostic d = Assert.Single(LintConsistency("- ✅ Security Score: 95/100\n- ✅ Security score: 95/100\n"));
        Assert.Equal(("same", 2, "Security score again at line 1"), (d.Descriptor.Check, d.Line, d.Message));
    }

    [Fact]
    public void Consistency_compares_only_the_facts_its_claim_filter_keeps()
    {
        Assert.Empty(LintConsistency("- ✅ Security Score: 95/100\n- ✅ Security score: 85/100\n", f => f.IsActual && f.Statement.Line != 1));
        Assert.Empty(LintConsistency("- ✅ Security Score: 95/100\n- ✅ Uptime: 85/100\n"));
    }

    // ---- Done vs pending: a claim against the items its scope holds not done, once per line. ----

    private static readonly RuleDescriptor DoneRule = RuleDescriptor.Create("RL3902", "test-done", "A test done-vs-pending check",
        "'{0}' but {1} pending, first '{2}'", RuleCategory.Status, Severity.Warning, "A test rule.");

    private sealed class DoneRuleAnalyzer(bool twice) : ReportAnalyzer
    {
        private readonly DoneVsPendingCheck<ModelItem> _check = new(DoneRule, [LexiconSections.Completion], [LexiconSections.StatusPending],
            (model, _) => Claims(model, twice),
            (model, claim) => [.. model.Items.Where(i => claim.Section!.Span.Contains(i.Span))],
            (_, item) => item.Status == StatusKind.Pending, item => item.MarkSpan,
            (claim, items) => [claim.Text, items.Count, items[0].Title]);

        private static IEnumerable<DoneClaim> Claims(ReportModel model, bool twice)
        {
            foreach (CompletionFact c in model.Completions)
            {
                if (model.SectionAt(c.Span.Start) is { } section)
                {
                    yield return new DoneClaim(c.Span, c.Line, c.Text, false, section);
                    if (twice)
                    {
                        yield return new DoneClaim(c.Span, c.Line, c.Text, false, section);
                    }
                }
            }
        }

        public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [DoneRule];

        public override RuleNeeds Needs => _check.Needs;

        public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(c => _check.Run(c, ReportModel.Of(c.Document)));
    }

    private static ImmutableArray<Diagnostic> LintDone(string report, bool twice = false) =>
        new ReportLinter([new DoneRuleAnalyzer(twice)], BuiltInRules.LoadLexicon()).Lint(report).Diagnostics;

    [Fact]
    public void Done_vs_pending_reports_a_claim_with_every_pending_item_of_its_scope()
    {
        Diagnostic d = Assert.Single(LintDone("## Parser: complete\n\n- ✅ Lexer\n- ⏳ Grammar\n- ⏳ Errors\n", twice: true));
        Assert.Equal(("RL3902", 1, "'complete' but 2 pending, first 'Grammar'"), (d.Id, d.Line, d.Message));
        Assert.Equal([4, 5], d.AdditionalLocations.Select(l => l.LineSpan.Start.Line));
    }

    [Fact]
    public void Done_vs_pending_stays_quiet_when_its_scope_holds_nothing_pending()
    {
        Assert.Empty(LintDone("## Parser: complete\n\n- ✅ Lexer\n- ✅ Grammar\n\n## Next\n\n- ⏳ Errors\n"));
    }

    // ---- Aggregate vs parts: a stated figure against what its parts come to, bounds and tolerance included. ----

    private static readonly RuleDescriptor Counted = RuleDescriptor.Create("RL2901", "test-counted", "A test aggregate check",
        "'{0}' counts {1} but {2} items are listed (lines {3})", RuleCategory.Arithmetic, Severity.Warning, "A test rule.");

    // A new shape, written here alone: a heading that counts its items in brackets ("## Open risks (3)") against the
    // list items of its section. The query is a few lines over the model's statements; the kind does the rest.
    private sealed record Counting(ModelStatement Heading, ModelStatement[] Items);

    private sealed class HeadingCount(bool exhaustive) : ReportAnalyzer
    {
        private readonly AggregateCheck<Counting> _check = new(RuleNeeds.Character("("),
            model => model.Statements
                .Where(s => s.Kind == StatementKind.Heading && s.Values.Count == 1 && s.Values[0].Unit.Length == 0 && s.Prose.Chars.Contains('('))
                .Select(s => new Counting(s, [.. model.StatementsWithin(s.Section!.Span).Where(i => i.Kind == StatementKind.ListItem)])),
            counting => new AggregateReading(counting.Heading.Values[0], counting.Heading.Values[0].Number, counting.Items.Length, partsAreFloor: !exhaustive),
            (counting, reading) => new AggregateReport(Counted, [.. counting.Items.Select(i => i.Span)],
                [counting.Heading.Prose.Chars[..counting.Heading.Prose.Chars.IndexOf('(')].Trim("# ").ToString(), reading.Number, reading.Parts,
                    $"{counting.Items[0].Line}–{counting.Items[^1].Line}"]));

        public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [Counted];

        public override RuleNeeds Needs => _check.Needs;

        public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(c =>
        {
            var reported = new HashSet<int>();
            _check.Run(c, ReportModel.Of(c.Document), reported);
            // Run again over the same values: each stated value is reported once.
            _check.Run(c, ReportModel.Of(c.Document), reported);
        });
    }

    private static ImmutableArray<Diagnostic> LintCounted(string report, bool exhaustive = true) =>
        new ReportLinter([new HeadingCount(exhaustive)], BuiltInRules.LoadLexicon()).Lint(report).Diagnostics;

    [Fact]
    public void Aggregate_vs_parts_reports_a_stated_count_its_parts_contradict_in_English()
    {
        Diagnostic d = Assert.Single(LintCounted("## Open risks (3)\n\n- Vendor delay\n- Key person\n"));
        Assert.Equal(("RL2901", 1, 16, "'Open risks' counts 3 but 2 items are listed (lines 3–4)"), (d.Id, d.Line, d.Column, d.Message));
        Assert.Equal([3, 4], d.AdditionalLocations.Select(l => l.LineSpan.Start.Line));
    }

    [Fact]
    public void Aggregate_vs_parts_reports_a_stated_count_its_parts_contradict_in_French()
    {
        Diagnostic d = Assert.Single(LintCounted("## Risques ouverts (2)\n\n- Retard fournisseur\n- Personne clé\n- Budget\n"));
        Assert.Equal(("RL2901", 1, 21, "'Risques ouverts' counts 2 but 3 items are listed (lines 3–5)"), (d.Id, d.Line, d.Column, d.Message));
    }

    [Fact]
    public void Aggregate_vs_parts_stays_quiet_when_the_parts_agree_or_only_give_a_floor()
    {
        Assert.Empty(LintCounted("## Open risks (2)\n\n- Vendor delay\n- Key person\n"));
        Assert.Empty(LintCounted("## Risques ouverts (2)\n\n- Retard fournisseur\n- Personne clé\n"));
        // Items that need not be all of them only say "at least 2": 3 stands.
        Assert.Empty(LintCounted("## Open risks (3)\n\n- Vendor delay\n- Key person\n", exhaustive: false));
        Assert.Single(LintCounted("## Open risks (1)\n\n- Vendor delay\n- Key person\n", exhaustive: false));
    }

    [Theory]
    [InlineData("20", 20, false, 0, false)]
    [InlineData("20", 19, false, 0, true)]
    [InlineData("20", 21, false, 0, true)]
    [InlineData("20", 18, false, 2, false)]
    [InlineData("20", 17, false, 2, true)]
    [InlineData("20", 12, true, 0, false)]
    [InlineData("20", 21, true, 0, true)]
    [InlineData("20+", 25, false, 0, false)]
    [InlineData("20+", 19, false, 0, true)]
    [InlineData("20+", 19, false, 1, false)]
    [InlineData("20+", 3, true, 0, false)]
    public void An_aggregate_reading_is_contradicted_by_parts_beyond_its_bounds(string stated, int parts, bool floor, int tolerance, bool contradicted)
    {
        FactValue value = Assert.Single(ReportLint.Tests.Model.ReportModelTests.ModelOf($"Total: {stated} tests\n").Statements.Single().Values);
        Assert.Equal(contradicted, new AggregateReading(value, value.Number, parts, floor, tolerance).IsContradicted);
    }
}
