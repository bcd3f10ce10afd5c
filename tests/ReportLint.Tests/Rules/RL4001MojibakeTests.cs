using ReportLint.Rules;
using ReportLint.Rules.Integrity;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Rules;

public class RL4001MojibakeTests
{
    private static void Verify(string markup) => RuleVerifier.Verify(new RL4001Mojibake(), markup);

    [Fact]
    public void Reports_each_mangled_line_once() => Verify("""
        # [|ğŸ†|] PROJECT COMPLETION REPORT

        **Status**: [|âœ…|] **100% PRODUCTION-READY**
        ### Phase 1: Priorit[|Ã© Critique (7.5h) - âœ… COMPLÃˆ|]TE
        """);

    [Fact]
    public void Message_says_what_the_text_should_read()
    {
        var result = BuiltInRules.CreateLinter().Lint("**Status**: âœ… done\n");
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("RL4001", 1, 13), (d.Id, d.Line, d.Column));
        Assert.Equal("Mojibake: 'âœ…' is UTF-8 read as Windows-1252; it should read '✅'", d.Message);
    }

    [Fact]
    public void Names_Windows_1254_when_the_text_holds_its_letters()
    {
        var result = BuiltInRules.CreateLinter().Lint("# ğŸ“Š Report\n**Status**: âœ… done\n");
        Assert.Equal(2, result.Diagnostics.Length);
        Assert.Equal("Mojibake: 'âœ…' is UTF-8 read as Windows-1254; it should read '✅'", result.Diagnostics[1].Message);
    }

    [Fact]
    public void Rebuilds_a_lost_byte_and_says_it_was_uncertain()
    {
        var result = BuiltInRules.CreateLinter().Lint("- Go-live â³\n");
        var d = Assert.Single(result.Diagnostics);
        Assert.StartsWith("Mojibake: 'â³' is UTF-8 read as Windows-1252; it should read '⏳' (a byte was lost", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_Windows_1252_mojibake()
    {
        Verify("""
            It[|â€™s a cafÃ©|].
            """);
        var d = Assert.Single(BuiltInRules.CreateLinter().Lint("Itâ€™s a cafÃ©.").Diagnostics);
        Assert.Equal("Mojibake: 'â€™' is UTF-8 read as Windows-1252; it should read '’'; 1 more on this line", d.Message);
    }

    [Fact]
    public void Does_not_report_correct_French_Turkish_or_emoji_text() => Verify("""
        # 🏆 Rapport d'été — ✅ terminé
        Ağ geçidi İstanbul'da çalışıyor. Ça coûte 5 € à l'année, «déjà» vu.
        """);

    [Fact]
    public void Does_not_report_mojibake_quoted_in_a_correctly_encoded_document() => Verify("""
        # Problèmes d'encodage

        Quand un fichier UTF-8 est lu en Windows-1252, « été » devient « Ã©tÃ© ». Ce guide explique
        pourquoi les caractères accentués, les guillemets et les symboles comme € sont abîmés, et comment
        éviter ce problème en déclarant l'encodage.
        """);

    [Fact]
    public void Reports_a_mangled_fragment_pasted_into_a_correct_document() => Verify("""
        # Rapport d'été — ✅ terminé
        Les équipes ont livré à l'heure, « déjà » testé, coût maîtrisé, qualité élevée.
        - Statut : [|âœ…|] TERMINÃ
        """.Replace("TERMINÃ", "TERMIN", StringComparison.Ordinal));
}

public class RL4001MojibakeFixTests
{
    private static void Verify(string markup, string fixedText) => RuleVerifier.Verify(new RL4001Mojibake(), markup, fixedText);

    [Fact]
    public void Repairs_each_mangled_sequence_of_the_line() => Verify(
        "### Phase 1: Priorit[|Ã© Critique (7.5h) - âœ… COMPLÃˆ|]TE\n",
        "### Phase 1: Priorité Critique (7.5h) - ✅ COMPLÈTE\n");

    [Fact]
    public void Rebuilds_bytes_the_code_page_dropped() => Verify("""
        # [|ğŸ†|] PIVORI STUDIO - PROJECT COMPLETION REPORT
        - Production Go-Live [|â³|]
        - Ops [|ğŸ“Š|] and [|âœ…|]
        """.Replace("- Ops [|ğŸ“Š|] and [|âœ…|]", "- Ops [|ğŸ“Š and âœ…|]", StringComparison.Ordinal), """
        # 🏆 PIVORI STUDIO - PROJECT COMPLETION REPORT
        - Production Go-Live ⏳
        - Ops 📊 and ✅
        """);

    [Fact]
    public void Repairs_text_mangled_twice() => Verify(
        "It[|Ã¢â‚¬â„¢|]s done\n",
        "It’s done\n");

    [Fact]
    public void Repairs_Windows_1251_mojibake_when_the_text_shows_it() => Verify("""
        [|вњ… Р“РѕС‚РѕРІРѕ|]
        [|вњ… РўРµСЃС‚С‹|]
        [|вњ… РЎР±РѕСЂРєР°|]
        """, """
        ✅ Готово
        ✅ Тесты
        ✅ Сборка
        """);

    [Fact]
    public void Repairs_MacRoman_mojibake_when_the_text_shows_it() => Verify("""
        [|‚úÖ Termin√© ‚Äî d√©ploy√©|]
        [|‚úÖ|] Tests valid[|√©|]s
        [|‚úÖ|] Build r[|√©|]ussi
        """.Replace("[|‚úÖ|] Tests valid[|√©|]s", "[|‚úÖ Tests valid√©|]s", StringComparison.Ordinal)
           .Replace("[|‚úÖ|] Build r[|√©|]ussi", "[|‚úÖ Build r√©|]ussi", StringComparison.Ordinal), """
        ✅ Terminé — déployé
        ✅ Tests validés
        ✅ Build réussi
        """);

    [Fact]
    public void The_fix_title_names_uncertain_rebuilds()
    {
        ReportLinter linter = BuiltInRules.CreateLinter();
        LintResult result = linter.Lint("- Go-live â³\n");
        var fix = Assert.Single(linter.GetFixes(result));
        Assert.StartsWith("Repair mojibake: 'â³' → '⏳'; uncertain (a byte was lost): '⏳' (or ", fix.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sequence_with_no_valid_rebuild_becomes_a_lost_glyph()
    {
        ReportLinter linter = BuiltInRules.CreateLinter();
        // Three clean long sequences show the text is mangled; "à€" (E0 80) is no valid start of a character,
        // whatever byte was lost.
        FixResult result = linter.Fix("âœ… one âœ… two âœ… three à€x\n");
        Assert.Equal("✅ one ✅ two ✅ three \uFFFDx\n", result.FixedText);
        Assert.Equal(["RL4002"], result.Remaining.Select(d => d.Id));
    }
}
