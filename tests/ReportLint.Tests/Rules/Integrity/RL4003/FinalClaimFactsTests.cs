using ReportLint.Model;
using ReportLint.Text;

using ReportLint.Rules.Integrity;

namespace ReportLint.Tests.Rules;

public class FinalClaimFactsTests
{
    private static ReportModel ModelOf(string text) => ReportLint.Tests.Model.ReportModelTests.ModelOf(text);

    [Fact]
    public void A_title_that_says_final_makes_the_whole_report_claim_to_be_final()
    {
        ReportModel english = ModelOf("# Final report: payment migration\n\n## Open points\n\n- Owner: TBD\n");
        ReportModel french = ModelOf("# Rapport définitif de la migration\n\n- Responsable : À COMPLÉTER\n");
        ReportModel draft = ModelOf("# Payment migration: draft\n\n## Status\n\nThe final step is pending.\n");

        Assert.True(FinalClaimFacts.TitleSaysFinal(english));
        Assert.True(FinalClaimFacts.ClaimsFinalAt(english, english.Statements[^1].Span.Start));
        Assert.True(FinalClaimFacts.TitleSaysFinal(french));
        Assert.True(FinalClaimFacts.ClaimsFinal(french));
        // "final" in the prose, not the title, says nothing about the report.
        Assert.False(FinalClaimFacts.TitleSaysFinal(draft));
        Assert.False(FinalClaimFacts.ClaimsFinal(draft));
    }

    [Fact]
    public void A_complete_heading_claims_its_own_section_only()
    {
        const string text = "# Migration\n\n## Deliverables ✅ COMPLETE\n\n- Runbook: TODO\n\n## Next steps\n\n- Load test: TODO\n";
        ReportModel model = ModelOf(text);

        Assert.True(FinalClaimFacts.ClaimsFinal(model));
        Assert.True(FinalClaimFacts.ClaimsFinalAt(model, text.IndexOf("Runbook", StringComparison.Ordinal)));
        Assert.False(FinalClaimFacts.ClaimsFinalAt(model, text.IndexOf("Load test", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_status_line_claims_the_report_but_a_completion_word_in_prose_does_not()
    {
        ReportModel status = ModelOf("# Migration\n\n**Status**: ✅ 100% COMPLETE\n\nRollback: TBD\n");
        ReportModel statut = ModelOf("# Migration\n\n**Statut** : ✅ TERMINÉ à 100 %\n\nRetour arrière : À DÉFINIR\n");
        ReportModel prose = ModelOf("We will see how this migration can be completed once the vendor answers, and what remains to do before it is done.\n\nRollback: TBD\n");

        Assert.True(FinalClaimFacts.ClaimsFinalAt(status, status.Statements[^1].Span.Start));
        Assert.True(FinalClaimFacts.ClaimsFinal(statut));
        Assert.False(FinalClaimFacts.ClaimsFinal(prose));
    }

    [Fact]
    public void Phrases_of_a_section_come_with_their_statement_and_their_place_in_the_source()
    {
        const string text = "# Report\n\n**Date**: 2025-11-08\n\n- *Dernière mise à jour* : 2025-11-09\n\n```\nDate: 2025-01-01\n```\n";
        ReportModel model = ModelOf(text);

        StatementPhrase[] labels = FinalClaimFacts.PhrasesOf(model, ReportLint.Rules.Integrity.RL4003TemplateResidue.DateLabel).ToArray();

        Assert.Equal(["Date", "Dernière mise à jour"], labels.Select(l => text[l.Hit.Span.Start..l.Hit.Span.End]));
        Assert.Equal([3, 5], labels.Select(l => l.Statement.Line));
        Assert.Empty(FinalClaimFacts.PhrasesOf(ModelOf("# Notes\n\nNothing dated here.\n"), ReportLint.Rules.Integrity.RL4003TemplateResidue.DateLabel));
    }

    [Fact]
    public void A_word_is_a_phrase_of_a_section_whatever_its_case_and_accents()
    {
        ReportModel model = ModelOf("# Report\n");

        Assert.True(model.IsPhrase(ReportLint.Rules.Integrity.RL4003TemplateResidue.PlaceholderEmail, "YOUR"));
        Assert.True(model.IsPhrase(ReportLint.Rules.Integrity.RL4003TemplateResidue.PlaceholderEmail, "Domaine"));
        Assert.False(model.IsPhrase(ReportLint.Rules.Integrity.RL4003TemplateResidue.PlaceholderEmail, "acme"));
        Assert.False(model.IsPhrase(ReportLint.Rules.Integrity.RL4003TemplateResidue.PlaceholderEmail, ReadOnlySpan<char>.Empty));
    }

    [Fact]
    public void A_span_read_as_one_value()
    {
        const string text = "- `src/app.py` (9.7 KB), `src/db.py` (~430 lines), `src/x.py` (9.7 KB, 3 files)\n";
        ReportModel model = ModelOf(text);
        TextSpan Inside(string what)
        {
            int at = text.IndexOf(what, StringComparison.Ordinal);
            return new TextSpan(at, what.Length);
        }

        FactValue size = Assert.IsType<FactValue>(model.ReadValue(Inside("9.7 KB")));
        FactValue lines = Assert.IsType<FactValue>(model.ReadValue(Inside("~430 lines")));

        Assert.Equal((9.7m, "KB"), (size.Number, size.Unit));
        Assert.Equal(Inside("9.7 KB"), size.Span);
        Assert.Equal((430m, "lines", true), (lines.Number, lines.Unit, lines.IsApproximate));
        Assert.Null(model.ReadValue(Inside("9.7 KB, 3 files")));
    }

    [Fact]
    public void Fences_give_their_language_and_the_span_of_their_code()
    {
        const string text = "# Deploy\n\n```bash title=\"x\"\ncurl https://a.example/health\necho ok\n```\n\n- Step:\n\n  ```\n  Date : ____\n  ```\n\n```\n```\n";
        ReportModel model = ReportLint.Tests.Model.ReportModelTests.ModelOf(text);

        Assert.Equal(["bash", "", ""], model.Fences.Select(f => f.Language));
        Assert.Equal("curl https://a.example/health\necho ok", text[model.Fences[0].Content.Start..model.Fences[0].Content.End]);
        Assert.Equal("Date : ____", text[model.Fences[1].Content.Start..model.Fences[1].Content.End]);
        Assert.True(model.Fences[2].Content.IsEmpty);
        Assert.StartsWith("```bash", text[model.Fences[0].Span.Start..model.Fences[0].Span.End], StringComparison.Ordinal);
    }
}
