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

    [Fact]
    public void Does_not_report_typographic_apostrophes_quotes_and_ellipses_beside_accented_letters() => Verify("""
        # Rapport d’étape — TERMINÉ…
        L’étudiant s’inscrit à l’École ; qu’à cela ne tienne, l’équipe a « déjà » livré… Évidemment.
        Aujourd’hui l’Élysée, l’Île-de-France, d’où l’été : c’est TERMINÉ… ou presque ?
        """);

    [Fact]
    public void Does_not_report_correct_Czech_Slovak_Polish_or_Turkish() => Verify("""
        Tomáš Novák připravil přehled; vše je hotovo a otestováno, žádné chyby.
        Napíšte nám, ak máte otázky: ďakujeme, že ste si prečítali túto správu.
        Zażółć gęślą jaźń — wdrożenie zakończone, testy przeszły pomyślnie.
        Ağ geçidi İstanbul'da çalışıyor; şimdilik sorun yok, öğleden sonra güncelleme.
        """);

    [Fact]
    public void Message_escapes_control_characters_and_names_a_C1_control_as_Windows_1252_read_as_Latin_1()
    {
        var d = Assert.Single(BuiltInRules.CreateLinter().Lint("Nous n'en avons pas encore beaucoup parlé\u0085 Tu sais\n").Diagnostics);
        Assert.Equal(("RL4001", 1, 42), (d.Id, d.Line, d.Column));
        Assert.Equal("Mojibake: 'U+0085' is Windows-1252 read as ISO-8859-1; it should read '…'", d.Message);
    }

    [Fact]
    public void Reports_UTF_8_read_as_Latin_1_whose_C1_controls_are_the_bytes_Windows_1252_lacks()
    {
        var d = Assert.Single(BuiltInRules.CreateLinter().Lint("It\u00e2\u0080\u0099s done\n").Diagnostics);
        Assert.Equal("Mojibake: 'âU+0080U+0099' is UTF-8 read as ISO-8859-1; it should read '’'", d.Message);
    }
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

    [Fact]
    public void A_lead_whose_byte_was_lost_is_a_lost_glyph_never_joined_to_the_next_repair()
    {
        ReportLinter linter = BuiltInRules.CreateLinter();
        // "≡" twice through Windows-1257 with the bytes it lacks dropped: "ā‰" (A1 lost), then "Äā€°" (81 lost). "Ä"
        // joined to the "‰" that "ā€°" repairs to would read "ĉ", a letter nobody wrote.
        FixResult result = linter.Fix("P Äā€° core(constraint)\n");
        Assert.Equal("P \uFFFD‰ core(constraint)\n", result.FixedText);
        Assert.Equal(["RL4002"], result.Remaining.Select(d => d.Id));
        Assert.Contains("cannot be rebuilt: a lost glyph", linter.Lint("P Äā€° core(constraint)\n").Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rebuilds_an_emoji_and_its_variation_selector_never_a_private_use_character() => Verify(
        "# [|ğŸ“Š|] Report\n## [|ğŸ—ï¸|] ARCHITECTURE\n",
        "# 📊 Report\n## 🏗\uFE0F ARCHITECTURE\n");

    [Fact]
    public void Rebuilds_a_mark_with_a_lost_byte_before_a_space_rather_than_restore_a_no_break_space() => Verify(
        "- [|ğŸ“Š Critical Issues: 0 âŒ|] # OBJECTIF: 0\n- High: 0 [|âœ…|]\n",
        "- 📊 Critical Issues: 0 ❌ # OBJECTIF: 0\n- High: 0 ✅\n");

    [Fact]
    public void Repairs_a_no_break_space_flattened_to_a_space() => Verify(
        "voil[|Ã le travail, dÃ©jÃ|] fait\n",
        "voilà le travail, déjà fait\n");

    [Fact]
    public void Repairs_C1_controls_as_the_Windows_1252_characters_of_their_bytes() => Verify(
        "Il a dit [|\u0093c'est fini\u0094|] hier.\n",
        "Il a dit “c'est fini” hier.\n");

    [Fact]
    public void Repairs_text_mangled_three_times() => Verify(
        "It[|ÃƒÂ¢Ã¢â€šÂ¬Ã¢â€žÂ¢|]s done\n",
        "It’s done\n");

    [Fact]
    public void Repairs_CESU_8_emoji() => Verify(
        "Hi guys [|í\u00a0½í¸\u008d|]\n",
        "Hi guys 😍\n");

    [Theory]
    [InlineData("Za\u0139\u017a\u0102\u0142\u0139\u0082\u00c4\u0087 g\u00c4\u0099\u0139\u009bl\u00c4\u0085 ja\u0139\u015f\u0139\u0084", "ISO-8859-2", "Ĺź")]
    [InlineData("Za\u0139\u013d\u0102\u0142\u0139\u201a\u00c4\u2021 g\u00c4\u2122\u0139\u203al\u00c4\u2026 ja\u0139\u015f\u0139\u201e", "Windows-1250", "ĹĽ")]
    public void Tells_ISO_8859_2_from_Windows_1250(string mangled, string page, string first)
    {
        // "ł" is C5 82 and "ś" C5 9B: ISO-8859-2 reads 82 and 9B as C1 controls, Windows-1250 as '‚' and '›'.
        ReportLinter linter = BuiltInRules.CreateLinter();
        var d = Assert.Single(linter.Lint(mangled + "\n").Diagnostics);
        Assert.Equal($"Mojibake: '{first}' is UTF-8 read as {page}; it should read 'ż'; 8 more on this line", d.Message);
        Assert.Equal("Zażółć gęślą jaźń\n", linter.Fix(mangled + "\n").FixedText);
    }

    [Fact]
    public void Repairs_Windows_1257_and_CP437_mojibake()
    {
        ReportLinter linter = BuiltInRules.CreateLinter();
        Assert.Equal("It’s done\n", linter.Fix("Itā€™s done\n").FixedText);
        Assert.Equal("Le café est prêt\n", linter.Fix("Le caf├⌐ est pr├¬t\n").FixedText);
        Assert.Contains("read as CP437", Assert.Single(linter.Lint("Le caf├⌐ est pr├¬t\n").Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Repairs_text_mangled_twice_through_MacRoman_or_CP437()
    {
        ReportLinter linter = BuiltInRules.CreateLinter();
        // Once through MacRoman, "‑" is "‚Äë", which is nothing unlikely but reads again as the dash; an emoji's lead
        // F0 is the Apple logo U+F8FF, never left in the text. Twice through CP437, "ü" is "Γö£Γò¥".
        Assert.Equal("Execution‑layer payload\n", linter.Fix("Execution‚Äö√Ñ√´layer payload\n").FixedText);
        Assert.Equal("## Nutzen Sie 📊 um\n", linter.Fix("## Nutzen Sie Ô£ø√º√¨√§ um\n").FixedText);
        Assert.Equal("Ihr Projekt zum Erfolg führen\n", linter.Fix("Ihr Projekt zum Erfolg fΓö£Γò¥hren\n").FixedText);
    }

    [Fact]
    public void Does_not_repair_correct_Greek_or_French_that_MacRoman_would_read_again()
    {
        ReportLinter linter = BuiltInRules.CreateLinter();
        foreach (string text in new[] { "Γειά σου, Γιώργο — «Γ» τάξη, Γ’ Λυκείου\n", "C’était « déjà » l’été—à Paris\n" })
        {
            Assert.Equal(text, linter.Fix(text).FixedText);
        }
    }

    [Fact]
    public void Repairs_a_Cyrillic_or_Greek_lead_glued_inside_a_Latin_word()
    {
        // Once through Windows-1251 "é" is "Г©" and "ł" "Е‚"; through Windows-1253 "š" is "Ε΅" and "ą" "Δ…"; nothing
        // else in these lines is unlikely, but a Latin letter, a Cyrillic or Greek capital and a sign is a UTF-8 lead
        // and its continuation byte.
        ReportLinter linter = BuiltInRules.CreateLinter();
        Assert.Equal("Le café génial, ça gère à merveille\n", linter.Fix("Le caf\u0413\u00a9 g\u0413\u00a9nial, \u0413\u00a7a g\u0413\u0401re \u0413\u00a0 merveille\n").FixedText);
        Assert.Equal("Dodatkowe materiały, jeśli działają\n", linter.Fix("Dodatkowe materia\u0415\u201ay, je\u0415\u203ali dzia\u0415\u201aaj\u0414\u2026\n").FixedText);
        Assert.Equal("Holešky, czy kwestie są omawiane\n", linter.Fix("Hole\u0395\u0385ky, czy kwestie s\u0394\u2026 omawiane\n").FixedText);
        Assert.Equal("Phase\u202f2 done\n", linter.Fix("Phase\u03b2\u20ac\u2015" + "2 done\n").FixedText);
        Assert.Equal("Comment contribuer\u00a0?\n", linter.Fix("Comment contribuer\u0420\u2019\u0412\u00a0?\n").FixedText);
        Assert.Equal("Comment contribuer\u00a0?\n", linter.Fix("Comment contribuer\u039e\u2019\u0392\u00a0?\n").FixedText);
    }

    [Fact]
    public void Does_not_report_Latin_beside_Cyrillic_or_Greek_in_correct_text() => RuleVerifier.Verify(new RL4001Mojibake(), """
        Windows-версия готова; iPhone и Android-клиент обновлены, PRы в GitHubе закрыты. © 2024 ООО «Ромашка»
        APIСервис и CRMРешение готовы, Cеть работает (латинская C), SMSка ушла, ВКонтакте и Госуслуги — всё ок.
        Україна: їжак, ґанок, Windows-версія; Є питання. Ђорђе Јовановић је завршио посао.
        Αντίσταση 5 kΩ, καθυστέρηση 10 μs, Tμν = 0, ΔT = 5 °C, xΔ = 2, fΓ(x); Γ’ Λυκείου, ΕΛΛΑΔΑ, Βήμα 2.
        Ačiū, užduotis įvykdyta: ąžuolas, šešėlis, Ūkio ministerija. Résultat : terminé, déjà livré !
        5 µs, 10 kΩ·m, 3 m², x² + y² ≤ r², Acme® Cloud™ © 2024, 90 % réussi, ±2 °C, 1 ‰.
        """);

    [Fact]
    public void Repairs_a_Baltic_or_Central_European_lead_inside_a_word_and_a_lone_a_grave()
    {
        // Through Windows-1257 "è" is "ĆØ", "ê" "ĆŖ", "í" "Ć" and a soft hyphen; "à" alone is its lead and a no-break
        // space before the space that follows it.
        ReportLinter linter = BuiltInRules.CreateLinter();
        Assert.Equal("Atmosphère, bêta, Více\n", linter.Fix("Atmosph\u0106\u00d8re, b\u0106\u0156ta, V\u0106\u00adce\n").FixedText);
        Assert.Equal("Mise à jour et 1 à 9\n", linter.Fix("Mise \u0102\u00a0 jour et 1 \u0102\u00a0 9\n").FixedText);
        Assert.Equal("Mise à jour\n", linter.Fix("Mise \u0413\u00a0 jour\n").FixedText);
        Assert.Equal("Mise à jour\n", linter.Fix("Mise \u0393\u00a0 jour\n").FixedText);
    }

    [Fact]
    public void Does_not_report_capitals_and_no_break_spaces_of_correct_text() => RuleVerifier.Verify(new RL4001Mojibake(), """
        Ćwiczenia i Ślązak; Ārsts, Ūdens; ĂLA și ĂSTA; ĹUDIA; Čeština, ĆEVAPI. iPhone Ćwiczenia, ÉCOLE.
        Работает В Windows и С Linux, Г Москва; Γ’ Λυκείου, Γ τάξη; Rapport à  jour, 10  km.
        """);

    [Fact]
    public void Repairs_MacRoman_dashes_spaces_emoji_and_Polish_ogoneks_in_otherwise_plausible_text()
    {
        ReportLinter linter = BuiltInRules.CreateLinter();
        Assert.Equal("Execution\u2011layer, Phase\u202f2, 4\u2009KB\n", linter.Fix("Execution\u201a\u00c4\u00eblayer, Phase\u201a\u00c4\u00d82, 4\u201a\u00c4\u00e2KB\n").FixedText);
        Assert.Equal("#### 🐛 fix\n", linter.Fix("#### \uf8ff\u00fc\u00ea\u00f5 fix\n").FixedText);
        Assert.Equal("Czy kwestie są omawiane, dokumentację\n", linter.Fix("Czy kwestie s\u0192\u00d6 omawiane, dokumentacj\u0192\u00f4\n").FixedText);
    }

    [Fact]
    public void Does_not_report_German_low_quotes_the_Apple_logo_or_the_florin_sign() => RuleVerifier.Verify(new RL4001Mojibake(), """
        Er sagte ‚Äpfel‘ und ‚Ärger‘; „Übersicht“ folgt. \uF8FF Watch und \uF8FFiPhone, ƒ(x) = x², ƒ 10, ƒ5, über alles.
        """.Replace("\\uF8FF", "\uF8FF", StringComparison.Ordinal));

    [Fact]
    public void Repairs_CP437_and_Windows_1250_leads_glued_inside_a_word()
    {
        ReportLinter linter = BuiltInRules.CreateLinter();
        Assert.Equal("Ihr Projekt für Sie, są\n", linter.Fix("Ihr Projekt f\u251c\u255dr Sie, s\u2500\u00e0\n").FixedText);
        Assert.Equal("Ihr Projekt für Sie, même, są\n", linter.Fix("Ihr Projekt f\u0102\u013dr Sie, m\u0102\u015eme, s\u00c4\u2026\n").FixedText);
    }

    [Fact]
    public void Does_not_report_box_drawings_beside_letters_or_German_and_Romanian_capitals() => RuleVerifier.Verify(new RL4001Mojibake(), """
        ├── src─┐ name│value ├┤a┼┐a┼┐a ║ total╠═╣ ░░ done ▓▓▓ 50 %
        Ärger… BÄR, ÄÖÜ, die Änderung™; ĂSTA, ÎNCĂ, PÂINE, ţară, România.
        """);

    [Fact]
    public void Repairs_a_Cyrillic_or_Greek_lead_starting_a_Latin_word()
    {
        ReportLinter linter = BuiltInRules.CreateLinter();
        Assert.Equal("Faire remonter l'état, Éviter, über\n", linter.Fix("Faire remonter l'\u0413\u00a9tat, \u0413\u2030viter, \u0413\u0458ber\n").FixedText);
        Assert.Equal("Éviter, übernehmen, 4\u202fKB\n", linter.Fix("\u0393\u2030viter, \u0393\u038cbernehmen, 4\u03b2\u20ac\u2015KB\n").FixedText);
    }

    [Fact]
    public void Does_not_report_Russian_or_Greek_capitals_before_signs_in_correct_text() => RuleVerifier.Verify(new RL4001Mojibake(), """
        Гёте и Гюго; Г-н Иванов, ГОСТ, «Г»-образный, буква «Г»; Г’s? Γ’ Λυκείου, Γ-function, Γ(x), Γ²x, Γ₀f, Γ′x, Γ±x, Γ·x.
        """);

    [Fact]
    public void Repairs_a_lone_a_grave_through_Windows_1257_as_a_grave_not_Vietnamese()
    {
        // "Ć" and a no-break space are C3 A0 ("à") through Windows-1257 and C6 A0 ("Ơ") through Windows-1250.
        ReportLinter linter = BuiltInRules.CreateLinter();
        Assert.Equal("Mise à jour, 1 à 9\n", linter.Fix("Mise \u0106\u00a0 jour, 1 \u0106\u00a0 9\n").FixedText);
        Assert.Equal("Ơ kìa, ơ hay, Ćwiczenia\n", linter.Fix("Ơ kìa, ơ hay, Ćwiczenia\n").FixedText);
    }
}
