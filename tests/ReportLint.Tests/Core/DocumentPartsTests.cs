using System.Text;
using ReportLint.Analysis;
using ReportLint.Diagnostics;
using ReportLint.Rules;
using ReportLint.Text;

namespace ReportLint.Tests.Core;

/// <summary>
/// A text over 512 Ki characters is analysed in parts (issues 21 and 22: memory follows the part, not the file). The
/// tests make the parts small so that a report of a few sections is cut, and check what a user sees: the same findings,
/// at the file's lines and columns, with the file's line numbers in their messages, the same fixes, and inline
/// directives and the status-report scope holding across parts.
/// </summary>
public class DocumentPartsTests
{
    // Parts of 300 to 600 characters in any text over 1,000.
    private static readonly PartSizes Small = new(1000, 300, 600);

    private static ReportLinter Parted()
    {
        ReportLinter linter = BuiltInRules.CreateLinter();
        linter.Parts = Small;
        return linter;
    }

    private static (string Id, int Line, int Column, string Message, Severity Severity)[] Seen(LintResult result) =>
        result.Diagnostics.Select(d => (d.Id, d.Line, d.Column, d.Message, d.Severity)).ToArray();

    // The one finding of a file analysed in parts: at the file's line and column, with its message, as the whole file
    // gives it.
    private static Diagnostic SingleAsWhole(string text, (string Id, int Line, int Column) at, string message)
    {
        LintResult result = Parted().Lint(text);
        Diagnostic d = Assert.Single(result.Diagnostics);
        Assert.Equal(at, (d.Id, d.Line, d.Column));
        Assert.Equal(message, d.Message);
        Assert.Equal(Seen(BuiltInRules.CreateLinter().Lint(text)), Seen(result));
        return d;
    }

    // Sections of plain prose that raise nothing, to push what follows into later parts.
    private static string Filler(int sections, string title = "Notes")
    {
        var text = new StringBuilder();
        for (int i = 1; i <= sections; i++)
        {
            text.Append($"## {title} {i}\n\nThe team met on Tuesday and went over the plan for the next release, and agreed to keep the\n");
            text.Append("same order of work. Questions go to the usual channel; minutes are kept in the shared folder.\n\n");
        }

        return text.ToString();
    }

    private const string Counts = """
        # Notifications report

        ## Templates
        1. **`emails/payment-failed-alert.tsx`** (210 lines)
           - ✅ Red theme
           - Four escalation steps:
             - Day 1, Day 3, Day 7, Day 14

        ## Summary
        - ✅ Welcome emails (2 escalation steps: 1/7 day)
        - ✅ Payment failed alerts (3 escalation steps: 1/3/7 day)

        """;

    private const string Comptes = """
        # Rapport de migration

        ## Détail
        1. **`migrations/schema-facturation.sql`**
           - ✅ Index recréés
           - Quatre tables principales migrées

        ## Bilan
        - ✅ Schéma facturation (3 tables principales)
        - ✅ Schéma clients (2 tables principales)

        """;

    private const string WrongTotal = """
        ## Hours

        | Task | Hours |
        |---|---|
        | Parser | 2h |
        | Tests | 1h |
        | **Total** | **4h** |

        """;

    private static int LinesIn(string text) => text.Count(c => c == '\n');

    [Fact]
    public void Parts_cover_the_text_and_start_at_a_heading_when_one_comes()
    {
        string text = "# Report\n\n" + Filler(12);
        List<TextSpan> parts = DocumentParts.Cut(text, Small);
        Assert.True(parts.Count > 2);
        Assert.Equal(0, parts[0].Start);
        Assert.Equal(text.Length, parts[^1].End);
        for (int i = 1; i < parts.Count; i++)
        {
            Assert.Equal(parts[i - 1].End, parts[i].Start);
            Assert.StartsWith("## Notes ", text[parts[i].Start..], StringComparison.Ordinal);
            Assert.InRange(parts[i - 1].Length, Small.Target, Small.Max);
        }
    }

    [Fact]
    public void A_fenced_code_block_is_never_cut_and_a_blank_line_comes_before_a_plain_line()
    {
        string code = "```text\n" + string.Concat(Enumerable.Repeat("## not a heading inside the fence\n\n", 60)) + "```\n";
        string text = "# Report\n\n" + code + "\nFirst paragraph line\nsecond line of it\n\nNext paragraph\n" + Filler(4);
        List<TextSpan> parts = DocumentParts.Cut(text, Small);
        int fenceEnd = text.IndexOf("```\n", 10, StringComparison.Ordinal) + 4;
        Assert.DoesNotContain(parts, p => p.Start > 10 && p.Start < fenceEnd);
        Assert.Equal(fenceEnd, parts[1].Start);

        string lines = "# Report\n\n" + string.Concat(Enumerable.Repeat("a line of a paragraph\n", 20)) + "\n" + string.Concat(Enumerable.Repeat("another paragraph\n", 40));
        TextSpan second = DocumentParts.Cut(lines, Small)[1];
        Assert.StartsWith("another paragraph\n", lines[second.Start..], StringComparison.Ordinal);
        Assert.Equal('\n', lines[second.Start - 2]);
    }

    [Fact]
    public void An_html_comment_that_spans_lines_is_never_cut()
    {
        string comment = "<!--\n" + string.Concat(Enumerable.Repeat("## a heading inside the comment\n\n", 60)) + "-->\n";
        string text = "# Report\n\n" + comment + "\n## After\n\n" + Filler(4);
        int end = text.IndexOf("-->\n", StringComparison.Ordinal) + 4;
        List<TextSpan> parts = DocumentParts.Cut(text, Small);
        Assert.DoesNotContain(parts, p => p.Start > 10 && p.Start < end);
        Assert.Equal(end, parts[1].Start);
    }

    [Fact]
    public void A_comment_longer_than_a_part_is_left_out_and_what_follows_it_is_analysed()
    {
        string comment = "<!--\n" + string.Concat(Enumerable.Repeat("## Old hours\n\n| Task | Hours |\n|---|---|\n| A | 1h |\n| **Total** | **9h** |\n\n", 12)) + "-->\n";
        string text = "# Sprint report\n\n" + Filler(2) + comment + Filler(2) + WrongTotal;
        Assert.True(comment.Length > Small.Max);
        List<TextSpan> parts = DocumentParts.Cut(text, Small);
        int open = text.IndexOf("<!--", StringComparison.Ordinal), close = text.IndexOf("-->\n", StringComparison.Ordinal) + 4;
        Assert.Contains(parts, p => p.End == open);
        Assert.Contains(parts, p => p.Start == close);
        Assert.DoesNotContain(parts, p => p.Start < close && p.End > open);

        Diagnostic d = Assert.Single(Parted().Lint(text).Diagnostics);
        Assert.Equal(("RL2001", LinesIn(text), 17), (d.Id, d.Line, d.Column));
        Assert.Equal(Seen(BuiltInRules.CreateLinter().Lint(text)), Seen(Parted().Lint(text)));

        string unclosed = "# Sprint report\n\n" + WrongTotal + comment[..^4];
        Diagnostic e = Assert.Single(Parted().Lint(unclosed).Diagnostics);
        Assert.Equal(("RL2001", 9), (e.Id, e.Line));
    }

    [Fact]
    public void One_line_longer_than_a_part_is_cut_after_a_space_and_never_between_two_halves_of_a_character()
    {
        string words = "# Report\n\n" + string.Concat(Enumerable.Repeat("word ", 500)) + "\n";
        foreach (TextSpan part in DocumentParts.Cut(words, Small).Skip(1))
        {
            Assert.Equal(' ', words[part.Start - 1]);
        }

        string emoji = "# Report\n\n" + string.Concat(Enumerable.Repeat("🟡", 1000));
        List<TextSpan> parts = DocumentParts.Cut(emoji, Small);
        Assert.True(parts.Count > 2);
        Assert.All(parts, p => Assert.False(char.IsLowSurrogate(emoji[p.Start])));
        Assert.True(parts.Max(p => p.Length) <= Small.Max);
    }

    [Fact]
    public void A_finding_in_a_later_part_is_at_the_files_line_and_column_and_its_message_cites_the_files_line()
    {
        string head = "# Sprint report\n\n" + Filler(6);
        string text = head + Counts;
        int offset = LinesIn(head);
        Assert.True(DocumentParts.Cut(text, Small).Count > 3);

        Diagnostic d = SingleAsWhole(text, ("RL3004", offset + 11, 28),
            $"'3 escalation steps' here, but line {offset + 6} gives 'Four escalation steps' for the same Payment failed alerts");
        Assert.Equal("3 escalation steps", text.Substring(d.Span.Start, d.Span.Length));
    }

    [Fact]
    public void Un_constat_dans_une_partie_suivante_est_a_la_ligne_du_fichier_et_son_message_cite_la_ligne_du_fichier()
    {
        string head = "# Rapport de sprint\n\n" + Filler(6, "Notes de réunion");
        string text = head + Comptes;
        int offset = LinesIn(head);
        SingleAsWhole(text, ("RL3004", offset + 9, 25),
            $"'3 tables principales' here, but line {offset + 6} gives 'Quatre tables principales' for the same Schéma facturation");
    }

    [Fact]
    public void A_part_of_a_status_report_is_read_as_one_and_a_part_of_other_prose_is_not()
    {
        // The later part has no status mark and no report word of its own: it is in scope because the file is.
        string report = "# Sprint report\n\n" + Filler(6) + WrongTotal;
        Diagnostic d = Assert.Single(Parted().Lint(report).Diagnostics);
        Assert.Equal(("RL2001", LinesIn(report), 17), (d.Id, d.Line, d.Column));

        string notes = "# Meeting notes\n\n" + Filler(6) + WrongTotal;
        Assert.Empty(Parted().Lint(notes).Diagnostics);
        Assert.Empty(BuiltInRules.CreateLinter().Lint(notes).Diagnostics);
    }

    // Counts with one status mark of its own: a later part that alone is no status report.
    private const string OneMark = """
        ## Templates
        1. **`emails/payment-failed-alert.tsx`** (210 lines)
           - Red theme
           - Four escalation steps:
             - Day 1, Day 3, Day 7, Day 14

        ## Summary
        - Welcome emails (2 escalation steps: 1/7 day)
        - ✅ Payment failed alerts (3 escalation steps: 1/3/7 day)

        """;

    private const string UneMarque = """
        ## Détail
        1. **`migrations/schema-facturation.sql`**
           - Index recréés
           - Quatre tables principales migrées

        ## Bilan
        - Schéma clients (2 tables principales)
        - ✅ Schéma facturation (3 tables principales)

        """;

    [Fact]
    public void A_later_part_with_one_mark_of_its_own_is_read_as_the_status_report_the_first_part_opens()
    {
        // Three marks in the first part make the file a report; the later part, with one, is read as part of it, as the
        // whole file is read.
        string head = "# Sprint report\n\n- ✅ Parser merged\n- ✅ Tests written\n- ✅ Docs updated\n\n" + Filler(6);
        string text = head + OneMark;
        int offset = LinesIn(head);
        Assert.True(DocumentParts.Cut(text, Small).Count > 3);

        SingleAsWhole(text, ("RL3004", offset + 9, 28),
            $"'3 escalation steps' here, but line {offset + 4} gives 'Four escalation steps' for the same Payment failed alerts");
    }

    [Fact]
    public void Une_partie_avec_peu_de_marques_est_lue_comme_le_rapport_d_avancement_qu_est_le_fichier()
    {
        string head = "# Rapport de sprint\n\n- ✅ Analyseur fusionné\n- ✅ Tests écrits\n- ✅ Documentation à jour\n\n" + Filler(6, "Notes de réunion");
        string text = head + UneMarque;
        int offset = LinesIn(head);
        SingleAsWhole(text, ("RL3004", offset + 8, 25),
            $"'3 tables principales' here, but line {offset + 4} gives 'Quatre tables principales' for the same Schéma facturation");
    }

    [Fact]
    public void Marks_that_come_after_the_first_part_make_no_status_report_of_the_parts_without_them()
    {
        // Many documents in one file: minutes, then a checklist with three marks, then more minutes. The first part is
        // no report, so each part is judged on its own marks, and the part with one mark is no report.
        string checklist = "## Checklist\n\n- ✅ Room booked\n- ✅ Agenda sent\n- ✅ Notes shared\n\n";
        string text = "# Meeting notes\n\n" + Filler(3) + checklist + Filler(3) + OneMark;
        Assert.True(DocumentParts.Cut(text, Small).Count > 3);
        Assert.Empty(Parted().Lint(text).Diagnostics);

        string texte = "# Comptes rendus\n\n" + Filler(3, "Réunion") + "## Liste\n\n- ✅ Salle réservée\n- ✅ Ordre du jour envoyé\n- ✅ Notes partagées\n\n"
            + Filler(3, "Réunion") + UneMarque;
        Assert.Empty(Parted().Lint(texte).Diagnostics);
    }

    [Fact]
    public void Fixes_in_later_parts_are_the_fixes_of_the_whole_and_change_nothing_else()
    {
        string text = "# Sprint report\n\nOwner: $(whoami)\n\n" + Filler(5) + "Updated $(date), âœ… done\n\n" + Filler(5) + "Owner: $(whoami)\n";
        ReportLinter parted = Parted();
        Assert.True(DocumentParts.Cut(text, Small).Count > 3);
        LintResult result = parted.Lint(text);
        Assert.Contains(result.Diagnostics, d => d.Id == "RL4001" && d.HasFix);
        Assert.All(parted.GetFixes(result), f => Assert.All(f.Edits, e => Assert.True(e.Span.End <= text.Length)));

        FixResult fixedParts = parted.Fix(text);
        FixResult fixedWhole = BuiltInRules.CreateLinter().Fix(text);
        Assert.True(fixedParts.Changed);
        Assert.Equal(fixedWhole.FixedText, fixedParts.FixedText);
        Assert.Contains("Updated $(date), ✅ done\n", fixedParts.FixedText, StringComparison.Ordinal);
        Assert.Equal(text.Replace("âœ…", "✅", StringComparison.Ordinal), fixedParts.FixedText);
        Assert.Equal(fixedParts.FixedText, parted.Fix(fixedParts.FixedText).FixedText);
    }

    [Fact]
    public void Fixes_prepared_with_the_analysis_are_the_fixes_read_later_at_the_files_offsets()
    {
        // A host that will read the fixes (JSON, SARIF, fix) has each part's fixes built while its model is in hand; they
        // are the fixes a part analysed again gives, and the whole text's, edit for edit.
        string text = "# Sprint report\n\nOwner: $(whoami)\n\n" + Filler(5) + "Updated today, âœ… done\n\n" + Filler(5) + "Statut : âœ… terminé\n";
        Assert.True(DocumentParts.Cut(text, Small).Count > 3);
        var source = SourceText.From(text);

        static string[] FixesOf(LintResult result) => result.Diagnostics.Where(d => d.HasFix).SelectMany(d => d.Fixes.Select(f =>
            $"{d.Id} {d.Line}:{d.Column} {f.Title}: " + string.Join(", ", f.Edits.Select(e => $"{e.Span.Start}-{e.Span.End} '{e.NewText}'")))).ToArray();

        string[] prepared = FixesOf(Parted().Lint(source, null, prepareFixes: true));
        int first = text.IndexOf("âœ…", StringComparison.Ordinal), last = text.LastIndexOf("âœ…", StringComparison.Ordinal);
        int line = LinesIn(text[..first]) + 1, lastLine = LinesIn(text);
        Assert.Equal(
            [
                $"RL4001 {line}:16 Repair mojibake: 'âœ…' → '✅': {first}-{first + 3} '✅'",
                $"RL4001 {lastLine}:10 Repair mojibake: 'âœ…' → '✅': {last}-{last + 3} '✅'",
            ],
            prepared);
        Assert.Equal(prepared, FixesOf(Parted().Lint(source)));
        Assert.Equal(prepared, FixesOf(BuiltInRules.CreateLinter().Lint(source, null, prepareFixes: true)));
    }

    [Fact]
    public void Inline_directives_hold_across_parts()
    {
        string disabled = "<!-- reportlint-disable-file RL2001 -->\n# Sprint report\n\n" + Filler(6) + WrongTotal;
        Assert.Empty(Parted().Lint(disabled).Diagnostics);

        string region = "# Sprint report\n\n<!-- reportlint-disable RL2001 -->\n\n" + Filler(6) + WrongTotal + "<!-- reportlint-enable RL2001 -->\n\n" + Filler(3) + WrongTotal;
        Diagnostic d = Assert.Single(Parted().Lint(region).Diagnostics);
        Assert.Equal(("RL2001", LinesIn(region)), (d.Id, d.Line));

        string configured = "# Sprint report\n\n<!-- reportlint-configure-file { \"RL2001\": \"error\" } -->\n\n" + Filler(6) + WrongTotal;
        Diagnostic e = Assert.Single(Parted().Lint(configured).Diagnostics);
        Assert.Equal(("RL2001", Severity.Error), (e.Id, e.Severity));
    }

    [Fact]
    public void Parts_analysed_side_by_side_give_their_findings_in_the_files_order_every_time()
    {
        // Twelve wrong totals, each in a part of its own: whichever part finishes first, the findings come in the file's
        // order, at the file's lines, as the whole file analysed at once gives them.
        var text = new StringBuilder("# Sprint report\n\n");
        var totals = new List<int>();
        for (int i = 0; i < 12; i++)
        {
            text.Append(Filler(2, $"Week {i + 1}")).Append(WrongTotal);
            totals.Add(LinesIn(text.ToString()));
        }

        string report = text.ToString();
        Assert.True(DocumentParts.Cut(report, Small).Count >= 12);
        LintResult first = Parted().Lint(report);
        Assert.Equal(totals, first.Diagnostics.Select(d => d.Line));
        Assert.All(first.Diagnostics, d => Assert.Equal(("RL2001", 17), (d.Id, d.Column)));
        Assert.Equal(Seen(BuiltInRules.CreateLinter().Lint(report)), Seen(first));
        for (int run = 0; run < 5; run++)
        {
            Assert.Equal(Seen(first), Seen(Parted().Lint(report)));
        }
    }

    [Fact]
    public void A_rule_that_crashes_on_one_part_is_reported_there_and_every_other_part_keeps_its_findings()
    {
        // "boom" in the fourth section only: the rule crashes on that part alone (RL0001 at its paragraph), and the other
        // rule still reports every "todo", in every part, at the file's lines.
        var text = new StringBuilder("# Sprint report\n\n");
        var todos = new List<int>();
        int boom = 0;
        for (int i = 1; i <= 8; i++)
        {
            text.Append(Filler(2, $"Week {i}"));
            if (i == 4)
            {
                boom = LinesIn(text.ToString()) + 1;
                text.Append("This boom paragraph makes the test rule throw.\n\n");
            }

            todos.Add(LinesIn(text.ToString()) + 1);
            text.Append("One todo left.\n\n");
        }

        var linter = new ReportLinter([new ThrowsOnBoom(), new FixTests.UpperCaseTodo()]) { Parts = Small };
        LintResult result = linter.Lint(text.ToString());
        Diagnostic crash = Assert.Single(result.Diagnostics, d => d.Id == "RL0001");
        Assert.Equal(boom, crash.Line);
        Assert.StartsWith("Rule RL4998 crashed on this file with InvalidOperationException: boom.", crash.Message, StringComparison.Ordinal);
        Assert.Equal(todos, result.Diagnostics.Where(d => d.Id == "RL4999").Select(d => d.Line));
    }

    private sealed class ThrowsOnBoom : ReportAnalyzer
    {
        private static readonly RuleDescriptor Rule = RuleDescriptor.Create("RL4998", "test-throw", "Test", "x", RuleCategory.Integrity, Severity.Warning, "Test.");

        public override System.Collections.Immutable.ImmutableArray<RuleDescriptor> SupportedRules => [Rule];

        public override void Initialize(AnalysisContext context) =>
            context.RegisterBlockAction<Markdig.Syntax.ParagraphBlock>(c =>
            {
                if (c.Document.Text.Text.AsSpan(c.Block.Span.Start, c.Block.Span.Length).Contains("boom", StringComparison.Ordinal))
                {
                    throw new InvalidOperationException("boom");
                }
            });
    }

    [Fact]
    public void A_file_over_512_Ki_characters_is_analysed_in_parts_and_its_findings_keep_their_lines()
    {
        string filler = Filler(3000);
        string text = "# Sprint report\n\n" + filler + WrongTotal;
        Assert.True(text.Length > PartSizes.Default.Above);
        Assert.True(DocumentParts.Cut(text, PartSizes.Default).Count > 8);
        Diagnostic d = Assert.Single(BuiltInRules.CreateLinter().Lint(text).Diagnostics);
        Assert.Equal(("RL2001", LinesIn(text), 17), (d.Id, d.Line, d.Column));
        Assert.StartsWith("4h** |\n", text[d.Span.Start..], StringComparison.Ordinal);
    }

    // Issue 50: the tool collected the heap after every round of parts, and each collection cost what was alive, which
    // grows with the findings of the parts done: a 64 MB report with 860,000 findings took 105 s of CPU instead of 9. A
    // collection now waits until the heap has grown by as much as was alive after the last one.
    [Fact]
    public void Collections_between_parts_do_not_follow_the_number_of_parts()
    {
        ReportLinter linter = BuiltInRules.CreateLinter();
        linter.Parts = new PartSizes(200, 40, 80);
        linter.CollectBetweenParts = true;
        string text = "# Status report\n\n" + string.Concat(Enumerable.Repeat("- Owner: TBD, see [your-email@domain.com]\n\n", 4000));
        int parts = DocumentParts.Cut(text, linter.Parts).Count;
        Assert.True(parts > 2000, $"{parts} parts");

        LintResult result = linter.Lint(text);

        // One per round of parts (one part per core) before: over a thousand here on two cores.
        Assert.Equal(4000, result.Diagnostics.Count(d => d.Id == "RL4003" && d.Message.Contains("your-email", StringComparison.Ordinal)));
        Assert.True(linter.CollectionsMade < 20, $"{linter.CollectionsMade} full collections for {parts} parts");
    }
}
