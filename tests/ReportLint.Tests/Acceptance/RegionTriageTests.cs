using ReportLint.Analysis;
using ReportLint.Claims;
using ReportLint.Lexicons;
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

        Everything works perfectly.Best-in-class results!All attacks blocked.
        """;

    public static TheoryData<string> Corpora()
    {
        var data = new TheoryData<string> { "tricky", "examples", "docs" };
        if (Repo.Shared is not null)
        {
            data.Add("seeds");
            data.Add("corpus");
        }

        return data;
    }

    private static IEnumerable<(string Name, string Text)> Texts(string corpus) => corpus switch
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
            var spans = Statements.Of(document).All.Select(s => (s.Span, s.Folded(document).Text)).ToList();
            for (int line = 1; line <= document.Text.LineCount; line++)
            {
                TextSpan span = document.Text.GetLineSpan(line);
                spans.Add((span, Readable.Fold(document, span).Text));
            }

            foreach ((TextSpan span, string folded) in spans)
            {
                foreach (string section in GatedSections)
                {
                    var found = new List<PhraseMatch>();
                    PhraseMatcher.FindAll(folded, document.Lexicon, section, found);

                    // The one reading triage does not follow (see Triggers): "[ ]" that blanked code or HTML made.
                    found.RemoveAll(m => m.Phrase == "[ ]" && !WrittenAsBox(document, span));
                    if (found.Count > 0)
                    {
                        seen++;
                        Assert.True(triggers.MayHold(span, section), $"{name}: '{found[0].Phrase}' ({section}) in {span} \"{folded}\"");
                    }

                    if (found.Any(m => !char.IsLetter(m.Phrase[0])) && section.StartsWith("status.", StringComparison.Ordinal))
                    {
                        Assert.True(triggers.MayHoldStatusSymbol(span, section), $"{name}: mark '{found[0].Phrase}' in {span} \"{folded}\"");
                    }
                }
            }
        }

        Assert.True(seen > 0, "no statement held a phrase: nothing was checked");
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

    [Fact]
    public void With_triage_off_every_span_may_hold_anything()
    {
        ReportDocument document = BuiltInRules.CreateLinter(triage: false).Lint("Plain prose about widgets.\n").Document;
        Assert.True(Triggers.Of(document).MayHold(new TextSpan(0, 26), "absolute.tests"));
    }
}
