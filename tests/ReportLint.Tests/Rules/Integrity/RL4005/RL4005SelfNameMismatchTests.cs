using ReportLint.Rules;
using ReportLint.Rules.Integrity;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

// RuleVerifier lints each case as "case.md": that is the report's own name here.
public class RL4005SelfNameMismatchTests
{
    private static void Verify(string markup) => RuleVerifier.Verify(new RL4005SelfNameMismatch(), StatusReports.Of(markup));

    [Fact]
    public void Reports_another_file_called_this_file_in_English_and_French() => Verify("""
        ## Documentation
        - `README.md` - platform documentation
        - `[|REQUIRED_DOCUMENTS.md|]` - Document requirements (this file)
        - [|docs/SUMMARY.md|] (**This Document**)

        ## Fichiers créés
        1. **[|TESTER_MAINTENANT.md|]** (ce fichier) - Guide de test rapide
        2. **[|QUICK_SUMMARY.md|]** (cette page)
        """);

    [Fact]
    public void Does_not_report_the_report_by_its_own_name_in_any_form() => Verify("""
        ## Documentation
        - `case.md` (this file)
        - `docs/reports/CASE.md` - this summary (this file)
        - **[Case.md](Case.md)** (This File)
        - 🎉_case.md (this document)

        ## Fichiers
        1. **CASE.md** (ce fichier)
        2. `archive/case.md` (vous êtes ici)
        """);

    [Fact]
    public void Does_not_report_unclear_or_unbracketed_pointers() => Verify("""
        ## Notes
        - Save this file as `NOTES.md` before the review.
        - `a.md` and `b.md` (this file) were merged.
        - The final report (this document) is signed off.
        - See https://example.com/OTHER.md (this page).
        - `OTHER.md` (this file is generated)

        ## Remarques
        - Copiez ce fichier dans `NOTES.md`.
        - Le rapport final (ce document) est validé.
        """);

    [Fact]
    public void Message_names_both_files_at_the_named_file()
    {
        const string report = "# Platform summary\n\n**Status**: ✅ COMPLETE\n\n## Documentation\n- `README.md` - docs\n- `REQUIRED_DOCUMENTS.md` - requirements (this file)\n";
        var d = Assert.Single(BuiltInRules.CreateLinter().Lint(StatusReports.WithFooter(report), "docs/PLATFORM_SUMMARY.md").Diagnostics, d => d.Id == "RL4005");
        Assert.Equal((7, 4), (d.Line, d.Column));
        Assert.Equal("'REQUIRED_DOCUMENTS.md' is called 'this file', but this report is 'PLATFORM_SUMMARY.md'", d.Message);
    }

    [Fact]
    public void Does_not_report_a_document_without_a_name()
    {
        const string report = "# Platform summary\n\n**Status**: ✅ COMPLETE\n\n## Documentation\n- `REQUIRED_DOCUMENTS.md` - requirements (this file)\n";
        Assert.DoesNotContain(BuiltInRules.CreateLinter().Lint(StatusReports.WithFooter(report)).Diagnostics, d => d.Id == "RL4005");
    }
}
