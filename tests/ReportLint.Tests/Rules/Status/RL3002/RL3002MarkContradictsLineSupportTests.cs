using ReportLint.Diagnostics;
using ReportLint.Rules;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

/// <summary>
/// RL3002 on a mark under a column of capabilities ("Supported") or of existence ("Exists", "Existe"), whose row's notes
/// say how to use it or what uses it.
/// </summary>
public class RL3002MarkContradictsLineSupportTests
{
    private static Diagnostic[] Findings(string report) =>
        BuiltInRules.CreateLinter().Lint(StatusReports.Checked(report)).Diagnostics.Where(d => d.Id == "RL3002").ToArray();

    private static string Report(string column, string note) => $"""
        # Emulator release report

        | Core | {column} | Notes |
        |------|:--------:|-------|
        | Nestopia | ✅ | Works out of the box |
        | Genesis Plus | ✅ | {note} |
        """;

    [Fact]
    public void A_note_under_a_supported_column_does_not_contradict_its_mark() =>
        Assert.Empty(Findings(Report("Supported", "BIOS file needs to be enabled in the core options")));

    [Fact]
    public void The_same_note_under_a_status_column_contradicts_its_mark()
    {
        Diagnostic d = Assert.Single(Findings(Report("Status", "BIOS file needs to be enabled in the core options")));
        Assert.Equal((6, 18), (d.Line, d.Column));
        Assert.Equal("✅ marks this line as done, but it says 'needs to be'", d.Message);
    }

    [Fact]
    public void Une_note_sous_une_colonne_pris_en_charge_ne_contredit_pas_sa_marque() =>
        Assert.Empty(Findings(Report("Pris en charge", "BIOS pas encore testé, non déployé sur Android")));

    [Fact]
    public void La_meme_note_sous_une_colonne_statut_contredit_sa_marque()
    {
        Diagnostic d = Assert.Single(Findings(Report("Statut", "BIOS pas encore testé, non déployé sur Android")));
        Assert.Equal(6, d.Line);
        Assert.StartsWith("✅ marks this line as done, but it says '", d.Message);
    }

    [Fact]
    public void A_note_beside_an_exists_column_does_not_contradict_its_mark() =>
        Assert.Empty(Findings(Report("Exists", "API ready, view not yet wired")));

    [Fact]
    public void Une_note_a_cote_d_une_colonne_existe_ne_contredit_pas_sa_marque() =>
        Assert.Empty(Findings(Report("Existe", "API OK, vue pas encore branchée")));
}
