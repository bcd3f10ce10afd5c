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
}
