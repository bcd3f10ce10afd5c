using ReportLint.Analysis;
using ReportLint.Claims;
using ReportLint.Lexicons;
using ReportLint.Model;
using ReportLint.Rules;
using ReportLint.Tests.Harness;
using ReportLint.Text;

namespace ReportLint.Tests.Acceptance;

/// <summary>
/// Models skip statements and lines that triage says cannot hold what they look for. That is only sound if every
/// phrase a statement's (or a line's) fold holds is also seen by <see cref="Triggers.MayHold"/> within its span:
/// checked here on every statement and line of every corpus, and on text built to trip the scan.
/// </summary>
public class RegionTriageTests
{
    // The sections the models and rules ask about per statement or line.
    private static readonly string[] GatedSections =
        ["completion", "absolute.tests", "absolute.other", "hype", "hype.self-assessed", "hype.over-target", .. StatusScanner.SectionNames];

    private const string Tricky = """
        # Sprint report — âœ… COMPLETE

        - [ ] flag documented
        - [x] reviewed
        - **all**`tests`pass, com**plete** and ~~done~~
        - al*l tes*ts pass: 100% pass rate
        - Status:✅DONE — 0 vulnerabilities, ⏳pending
        - Ã©tÃ© terminÃ© âš ï¸ partiel
        - <b>production</b>-ready, *production ready*

        | Item | Status |
        |---|---|
        | Load tests | ✅ Passed, all `tests` pass |
        | Docs | ⏳ `pending` |

        ```yaml
        api: ✅ done
        db: ❌ failed # 100% uptime
        ```

        ```
        ╔═════════════════════════╗
        ║ STATUS:║COMPLETE ✅      ║
        ║ Overall: 100% pass rate ║
        ╚═════════════════════════╝
        ┌──────────┬──────────┐
        │ Tests    │✅ passed │
        │ Docs     │⏳pending│
        └──────────┴──────────┘
        Backend [████████░░] 80% terminé
        ```

        Everything works perfectly.Best-in-class results!All attacks blocked.
        """;

    public static TheoryData<string> Corpora() => Repo.WithShared("tricky", "examples", "docs");

    internal static IEnumerable<(string Name, string Text)> Texts(string corpus) => corpus switch
    {
        "tricky" => [("tricky", Tricky)],
        "examples" => Read(Directory.GetFiles(Repo.Path("examples"), "*.md")),
        "docs" => Read(Directory.GetFiles(Repo.Path("docs"), "*.md", SearchOption.AllDirectories)),
        "seeds" => Read(Directory.GetFiles(Path.Combine(Repo.Shared!, "seeds"), "*.txt")),
        _ => Read(Directory.GetFiles(Path.Combine(Repo.Shared!, "corpus", "docs"), "*.md", SearchOption.AllDirectories)),
    };

    private static IEnumerable<(string, string)> Read(string[] files) =>
        files.Select(f => (f, SourceText.FromBytes(File.ReadAllBytes(f)).Text));

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Every_phrase_a_statement_or_line_holds_is_seen_in_its_span(string corpus)
    {
        ReportLinter linter = BuiltInRules.CreateLinter();
        int seen = 0;
        foreach ((string name, string text) in Texts(corpus))
        {
            ReportDocument document = linter.Lint(text, name).Document;
            Triggers triggers = Triggers.Of(document);
            foreach ((TextSpan span, string folded) in Folds(document))
            {
                foreach (string section in GatedSections)
                {
                    var found = new List<PhraseMatch>();
                    PhraseMatcher.FindAll(folded, document.Lexicon, new LexiconSection(section), found);

                    // The one reading triage does not follow (see Triggers): "[ ]" that blanked code or HTML made.
                    found.RemoveAll(m => m.Phrase == "[ ]" && !WrittenAsBox(document, span));
                    if (found.Count > 0)
                    {
                        seen++;
                        Assert.True(triggers.MayHold(span, section), $"{name}: '{found[0].Phrase}' ({section}) in {span} \"{folded}\"");
                        Assert.True(triggers.AnyInParagraph(section), $"{name}: '{found[0].Phrase}' ({section}) in {span} is in no paragraph");
                        if (section == "completion" && folded.Contains('%', StringComparison.Ordinal))
                        {
                            Assert.True(triggers.AnyParagraphWithAll("unit.%", "completion"), $"{name}: '%' and '{found[0].Phrase}' in {span} share no paragraph");
                        }
                    }

                    if (found.Any(m => !char.IsLetter(m.Phrase[0])) && section.StartsWith("status.", StringComparison.Ordinal))
                    {
                        Assert.True(triggers.MayHoldStatusSymbol(span, new LexiconSection(section)), $"{name}: mark '{found[0].Phrase}' in {span} \"{folded}\"");
                    }
                }
            }
        }

        Assert.True(seen > 0, "no statement held a phrase: nothing was checked");
    }

    [Theory]
    [MemberData(nameof(Corpora))]
    public void A_section_said_not_to_occur_is_in_no_statement_or_line_of_its_document(string corpus)
    {
        ReportLinter linter = BuiltInRules.CreateLinter();
        int absent = 0;
        foreach ((string name, string text) in Texts(corpus))
        {
            ReportDocument document = linter.Lint(text, name).Document;
            Triggers triggers = Triggers.Of(document);
            // The sections the folded views skip in this document: none of their phrases may be in any fold of it.
            LexiconSection[] skipped = document.Lexicon.Sections.Select(s => new LexiconSection(s)).Where(s => !triggers.MayOccur(s)).ToArray();
            absent += skipped.Length;
            foreach ((TextSpan span, string folded) in Folds(document))
            {
                foreach (LexiconSection section in skipped)
                {
                    Assert.False(PhraseMatcher.ContainsAny(folded, document.Lexicon, section), $"{name}: {section} said not to occur, found in {span} \"{folded}\"");
                }
            }
        }

        Assert.True(absent > 0, "no section was said not to occur: nothing was checked");
    }

    [Fact]
    public void A_statement_finds_a_section_that_occurs_and_skips_one_that_does_not_in_english_and_french()
    {
        foreach ((string text, string present, string phrase) in new[]
        {
            ("# Sprint 4\n\n- Export: blocked until the API ships.\n", "status.pending", "blocked"),
            ("# Sprint 4\n\n- Export : bloqué jusqu'à la livraison de l'API.\n", "status.pending", "bloque"),
        })
        {
            ReportDocument document = BuiltInRules.CreateLinter().Lint(text, "report.md").Document;
            ModelStatement statement = ReportModel.Of(document).Statements.Single(s => s.Kind == StatementKind.ListItem);
            Assert.Equal([phrase], statement.Folded.Find(new LexiconSection(present)).Select(h => h.Phrase));
            Assert.False(Triggers.Of(document).MayOccur(LexiconSections.Total));
            Assert.Empty(statement.Folded.Find(LexiconSections.Total));
            Assert.False(statement.Folded.Contains(LexiconSections.Total));
        }
    }

    // Every statement of the document and every line, with its fold.
    private static List<(TextSpan Span, string Folded)> Folds(ReportDocument document)
    {
        var folds = Statements.Of(document).All.Select(s => (s.Span, s.Folded(document).Text)).ToList();
        for (int line = 1; line <= document.Text.LineCount; line++)
        {
            TextSpan span = document.Text.GetLineSpan(line);
            folds.Add((span, Readable.Fold(document, span).Text));
        }

        return folds;
    }

    // The span holds a box as written: "[", white space only, "]".
    private static bool WrittenAsBox(ReportDocument document, TextSpan span)
    {
        string source = document.GetText(span).ToString();
        for (int open = source.IndexOf('['); open >= 0; open = source.IndexOf('[', open + 1))
        {
            int close = source.IndexOf(']', open + 1);
            if (close > open && source.AsSpan(open + 1, close - open - 1).Trim().IsEmpty && close > open + 1)
            {
                return true;
            }
        }

        return false;
    }

    [Fact]
    public void A_code_link_is_not_read_as_an_unchecked_box()
    {
        ReportDocument document = BuiltInRules.CreateLinter().Lint("See [`docs`](x.md) for more.\n").Document;
        Assert.False(Triggers.Of(document).AnyStatusSymbol());
    }

    [Fact]
    public void A_statement_without_the_words_is_skipped()
    {
        ReportDocument document = BuiltInRules.CreateLinter().Lint("Plain prose about widgets.\n\nAll tests pass.\n").Document;
        Triggers triggers = Triggers.Of(document);
        Assert.False(triggers.MayHold(new TextSpan(0, 26), "absolute.tests"));
        Assert.True(triggers.MayHold(new TextSpan(28, 15), "absolute.tests"));
        Assert.False(triggers.MayHoldStatusSymbol(new TextSpan(0, 43)));
    }

    [Theory]
    [InlineData("All tests\npass on every run.\n", true)]
    [InlineData("- all tests pass\n", true)]
    [InlineData("| Suite | all tests pass |\n|---|---|\n", true)]
    [InlineData("Run all the checks.\n\nThe tests are listed below.\n\nPass -Force to skip them.\n", false)]
    [InlineData("All tests are listed below.\n   \t\nPass -Force to skip them.\n", false)]
    [InlineData("Plain prose about widgets.\n", false)]
    public void A_phrase_counts_only_when_its_words_share_a_paragraph(string text, bool expected) =>
        Assert.Equal(expected, Triggers.Of(FreshDocument(text)).AnyInParagraph("absolute.tests"));

    [Theory]
    [InlineData("## Phase 2: 80% complete\n", true)]
    [InlineData("Coverage went up by 5%.\n\nThe migration is complete.\n", false)]
    [InlineData("The migration is complete.\n", false)]
    public void A_percentage_and_a_completion_word_must_share_a_paragraph(string text, bool expected) =>
        Assert.Equal(expected, Triggers.Of(FreshDocument(text)).AnyParagraphWithAll("unit.%", "completion"));

    [Theory]
    [InlineData("- Latency: 120 ms (**target**: < 100 ms)\n", true)]
    [InlineData("| p95 | objectif : 1000 |\n", true)]
    [InlineData("Intro.\n\nThe goal =\n  `> 90`\n", true)]
    [InlineData("Âµ target: âœ… 90\n", false)]
    [InlineData("The target is met.\n", false)]
    [InlineData("The target\n\n90 people came.\n", false)]
    public void A_target_counts_only_when_a_number_follows_it_in_its_paragraph(string text, bool expected) =>
        Assert.Equal(expected, Triggers.Of(FreshDocument(text)).AnyFollowedByNumber("target"));

    [Fact]
    public void The_first_question_by_place_gets_the_same_answer_as_later_ones()
    {
        // A new lexicon's table places no section yet: the document scanned before the question is scanned again.
        const string text = "Plain prose about widgets.\n\nAll tests pass.\n";
        Lexicon lexicon = Lexicon.Merge([BuiltInRules.LoadLexicon()]);
        var first = new ReportDocument(SourceText.From(text), null, lexicon, AnalysisOptions.Default);
        Assert.True(Triggers.Of(first).Any("absolute.tests"));
        Assert.False(Triggers.Of(first).MayHold(new TextSpan(0, 26), "absolute.tests"));
        Assert.True(Triggers.Of(first).MayHold(new TextSpan(28, 15), "absolute.tests"));
    }

    // A document of its own lexicon, so no earlier test has had its table place any section.
    private static ReportDocument FreshDocument(string text) =>
        new(SourceText.From(text), null, Lexicon.Merge([BuiltInRules.LoadLexicon()]), AnalysisOptions.Default);

    [Fact]
    public void With_triage_off_every_span_may_hold_anything()
    {
        ReportDocument document = BuiltInRules.CreateLinter(triage: false).Lint("Plain prose about widgets.\n").Document;
        Assert.True(Triggers.Of(document).MayHold(new TextSpan(0, 26), "absolute.tests"));
    }
}
