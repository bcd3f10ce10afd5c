using ReportLint.Diagnostics;
using ReportLint.Lexicons;
using ReportLint.Rules;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Languages;

/// <summary>
/// Issue 48: a language is data. A small German lexicon, loaded from this test project's de.lex beside the
/// language-neutral marks, is all it takes for the rules to read a German report.
/// </summary>
public class ThirdLanguageTests
{
    private static ReportLinter German()
    {
        Lexicon common = BuiltInRules.LoadLexicon([]);
        Lexicon german = Lexicon.Parse(File.ReadAllText(Repo.Path("tests", "ReportLint.Tests", "Languages", "de.lex")), "de.lex");
        return new ReportLinter(BuiltInRules.CreateAnalyzers(), Lexicon.Merge([common, german]));
    }

    private const string Report = """
        # Sprintbericht 4

        Status: ✅ abgeschlossen

        | Aufgabe | Stunden |
        |---|---|
        | Parser | 2 h |
        | Tests | 1 h |
        | **Gesamt** | **4 h** |

        - ✅ 100 % Testabdeckung erreicht
        """;

    [Fact]
    public void Reports_a_German_total_and_a_German_claim_with_a_lexicon_alone()
    {
        LintResult result = German().Lint(Report.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Id == "RL2001" && d.Line == 9);
        Assert.Contains(result.Diagnostics, d => d.Id == "RL1001" && d.Line == 11);
    }

    [Fact]
    public void Does_not_read_German_without_its_lexicon()
    {
        LintResult result = BuiltInRules.CreateLinter().Lint(Report.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id is "RL2001" or "RL1001");
    }

    // A German date format where the report's date belongs: its letters (TT, MM, JJJJ) are in de.lex alone.
    private const string FinalReport = """
        # Abschlussbericht Sprint 4

        Status: ✅ abgeschlossen

        - **Datum**: TT.MM.JJJJ
        - ✅ Parser fertig
        """;

    [Fact]
    public void Reports_a_German_date_format_left_in_place_of_the_date_with_a_lexicon_alone()
    {
        LintResult result = German().Lint(FinalReport.Replace("\r\n", "\n", StringComparison.Ordinal));
        Diagnostic residue = Assert.Single(result.Diagnostics, d => d.Id == "RL4003");
        Assert.Equal((5, 14), (residue.Line, residue.Column));
        Assert.Equal("Template residue 'TT.MM.JJJJ': a date format standing where the date belongs", residue.Message);
    }

    // ISO's letters (YYYY-MM-DD) are common.lex's: every language reads them, each language alone too.
    [Fact]
    public void Reads_the_ISO_date_format_in_every_language()
    {
        (ReportLinter Linter, string Report)[] cases =
        [
            (German(), FinalReport.Replace("TT.MM.JJJJ", "YYYY-MM-DD", StringComparison.Ordinal)),
            (BuiltInRules.CreateLinter(languages: ["en"]), "# Final report\n\n- **Date**: YYYY-MM-DD\n- ✅ Parser done\n"),
            (BuiltInRules.CreateLinter(languages: ["fr"]), "# Rapport final\n\n- **Date** : YYYY-MM-DD\n- ✅ Analyseur terminé\n"),
        ];
        foreach ((ReportLinter linter, string report) in cases)
        {
            Diagnostic residue = Assert.Single(linter.Lint(report.Replace("\r\n", "\n", StringComparison.Ordinal)).Diagnostics, d => d.Id == "RL4003");
            Assert.Equal("Template residue 'YYYY-MM-DD': a date format standing where the date belongs", residue.Message);
        }
    }

    [Fact]
    public void Does_not_read_a_German_date_format_without_its_lexicon()
    {
        LintResult result = BuiltInRules.CreateLinter().Lint(FinalReport.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "RL4003");
    }

    // Numbers as German writes them (de.lex's number.* sections): "." groups, "," is the decimal mark.
    private const string Costs = """
        # Kostenbericht Sprint 4

        | Posten | Betrag |
        |---|---|
        | Lizenzen | 1.000,25 € |
        | Hosting | 200 € |
        | **Gesamt** | **1.234,5 €** |
        """;

    // Hours with a dot: 1.234 h is a decimal in English, a thousand and more in German.
    private const string Hours = """
        # Sprint 4

        | Aufgabe | Stunden |
        |---|---|
        | Parser | 1.234 h |
        | Tests | 2 h |
        | **Gesamt** | **3.234 h** |
        """;

    private static ReportLinter EnglishAndGerman()
    {
        Lexicon common = BuiltInRules.LoadLexicon(["en"]);
        Lexicon german = Lexicon.Parse(File.ReadAllText(Repo.Path("tests", "ReportLint.Tests", "Languages", "de.lex")), "de.lex");
        return new ReportLinter(BuiltInRules.CreateAnalyzers(), Lexicon.Merge([common, german]));
    }

    private static LintResult Lint(ReportLinter linter, string report) => linter.Lint(report.Replace("\r\n", "\n", StringComparison.Ordinal));

    [Fact]
    public void Reads_a_German_total_written_with_German_marks()
    {
        Diagnostic total = Assert.Single(Lint(German(), Costs).Diagnostics, d => d.Id == "RL2001");
        Assert.Equal((7, 18), (total.Line, total.Column));
        Assert.Equal("Total 1.234,5 € ≠ 1.000,25 € + 200 € = 1.200,25 € (rows 5–6)", total.Message);
    }

    [Fact]
    public void A_German_total_that_adds_up_is_quiet()
    {
        LintResult result = Lint(German(), Costs.Replace("1.234,5 €", "1.200,25 €", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "RL2001");
    }

    [Fact]
    public void Reads_a_dot_as_a_group_mark_in_German_and_as_a_decimal_mark_in_English()
    {
        Diagnostic german = Assert.Single(Lint(German(), Hours).Diagnostics, d => d.Id == "RL2001");
        Assert.Equal((7, 18), (german.Line, german.Column));
        Assert.Equal("Total 3.234 h ≠ 1.234 h + 2 h = 1.236 h (rows 5–6)", german.Message);
        Assert.DoesNotContain(Lint(BuiltInRules.CreateLinter(languages: ["en"]), Hours).Diagnostics, d => d.Id == "RL2001");
    }

    // English and German together: "." groups in one and separates decimals in the other, so neither reading is safe
    // and numbers are read as a lexicon without marks reads them ("." and "," decimal marks, "," and spaces group).
    [Fact]
    public void Reads_numbers_as_by_default_when_the_languages_in_force_disagree_on_a_mark()
    {
        Assert.Same(NumberFormat.Default, Lexicon.Merge([BuiltInRules.LoadLexicon(["en"]), Lexicon.Parse(File.ReadAllText(Repo.Path("tests", "ReportLint.Tests", "Languages", "de.lex")), "de.lex")]).NumberFormat);
        Assert.DoesNotContain(Lint(EnglishAndGerman(), Hours).Diagnostics, d => d.Id == "RL2001");
        Assert.DoesNotContain(Lint(EnglishAndGerman(), Costs).Diagnostics, d => d.Id == "RL2001");
    }

    // English and French agree on their marks: together they read numbers as each does alone.
    [Fact]
    public void Languages_that_agree_on_their_marks_keep_them()
    {
        NumberFormat both = BuiltInRules.LoadLexicon(["en", "fr"]).NumberFormat;
        Assert.NotSame(NumberFormat.Default, both);
        Assert.True(both.Decimals.Contains('.') && both.Decimals.Contains(',') && both.Groups.Contains(',') && both.ShortLeadGroups.Contains('\u202F'));
    }
}
