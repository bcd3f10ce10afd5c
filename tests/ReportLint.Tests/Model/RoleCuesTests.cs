using ReportLint.Lexicons;
using ReportLint.Model;
using ReportLint.Rules;
using ReportLint.Text;

namespace ReportLint.Tests.Model;

/// <summary>
/// The role of a value and the stance of its clause, read from the lexicons' cues. Each case marks the value with
/// ⟦ ⟧ (the marks are removed before folding), as the model will give it: the source span of a quantity.
/// </summary>
public class RoleCuesTests
{
    private static readonly Lexicon Lexicon = BuiltInRules.LoadLexicon();

    private const FactStance None = FactStance.None;
    private const FactStance Negated = FactStance.Negated;
    private const FactStance Modal = FactStance.Modal;
    private const FactStance Question = FactStance.Question;
    private const FactStance Quoted = FactStance.Quoted;

    public static TheoryData<string, FactRole, FactStance> Values() => new()
    {
        // Actual results, with targets beside them.
        { "Coverage ⟦92%⟧ (target 90%)", FactRole.Actual, None },
        { "Coverage 92% (target ⟦90%⟧)", FactRole.Target, None },
        { "Coverage ⟦92%⟧ target 90%", FactRole.Actual, None },
        { "Coverage 92% target ⟦90%⟧", FactRole.Target, None },
        { "Target: ⟦90%⟧", FactRole.Target, None },
        { "Target (unit tests): ⟦90%⟧", FactRole.Target, None },
        { "Target: 90% (⟦95%⟧ for critical modules)", FactRole.Target, None },
        { "Limite configurable (⟦1000⟧ échantillons max)", FactRole.Target, None },
        { "Budget status: on track (⟦$120⟧ earned)", FactRole.Actual, None },
        { "Configurable initial delay (default: ⟦1s⟧)", FactRole.Actual, None },
        { "The target audience grew to ⟦500⟧ users", FactRole.Actual, None },
        { "Uptime ⟦99.95%⟧ (SLA 99.9%)", FactRole.Actual, None },
        { "Uptime 99.95% (SLA ⟦99.9%⟧)", FactRole.Target, None },
        { "Coverage must be ⟦≥ 80%⟧", FactRole.Target, Modal },
        { "Target met: ⟦92%⟧", FactRole.Actual, None },
        { "Tests: ⟦1,000⟧ passed, 0 failed", FactRole.Actual, None },
        { "Couverture : ⟦92 %⟧ (cible 90 %)", FactRole.Actual, None },
        { "Couverture : 92 % (cible ⟦90 %⟧)", FactRole.Target, None },
        { "Seuil : ⟦80 %⟧", FactRole.Target, None },
        { "Résultat attendu : ⟦200 ms⟧", FactRole.Target, None },
        { "Objectif atteint : ⟦92 %⟧", FactRole.Actual, None },

        // Goals.
        { "Goal: ⟦100%⟧, current: 87%", FactRole.Goal, None },
        { "Goal: 100%, current: ⟦87%⟧", FactRole.Actual, None },
        { "We aim for ⟦95%⟧ coverage", FactRole.Goal, Modal },
        { "Objectif : viser ⟦100 %⟧", FactRole.Goal, Modal },
        { "une couverture de ⟦100 %⟧ est visée", FactRole.Goal, Modal },
        { "Couverture actuelle : ⟦87 %⟧, objectif 95 %", FactRole.Actual, None },

        // Before and after.
        { "⟦61%⟧ → 80%", FactRole.Before, None },
        { "61% → ⟦80%⟧", FactRole.After, None },
        { "Coverage went from ⟦61%⟧ to 80%", FactRole.Before, None },
        { "Coverage went from 61% to ⟦80%⟧", FactRole.After, None },
        { "de ⟦61 %⟧ à 80 %", FactRole.Before, None },
        { "de 61 % à ⟦80 %⟧", FactRole.After, None },
        { "Latency was ⟦300 ms⟧, now 120 ms", FactRole.Before, None },
        { "Latency was 300 ms, now ⟦120 ms⟧", FactRole.After, None },
        { "Now at ⟦87%⟧", FactRole.Actual, None },
        { "Coverage was ⟦61%⟧ (now 80%)", FactRole.Before, None },
        { "20 tests (requirement was ⟦10+⟧)", FactRole.Target, None },
        { "L'objectif était ⟦90 %⟧", FactRole.Target, None },
        { "Avant : ⟦61 %⟧ ; après : 80 %", FactRole.Before, None },
        { "Avant : 61 % ; après : ⟦80 %⟧", FactRole.After, None },
        { "Before the fix: ⟦300 ms⟧", FactRole.Before, None },
        { "**Récupération après panne** : ⟦8.5s⟧ (target <10s)", FactRole.Actual, None },
        { "**Before**: ⟦1⟧ browser **After**: 4 browsers **Growth**: +300%", FactRole.Before, None },
        { "**Before**: 1 browser **After**: ⟦4⟧ browsers **Growth**: +300%", FactRole.After, None },
        { "**Before**: 1 browser **After**: 4 browsers **Growth**: ⟦+300%⟧", FactRole.Actual, None },
        { "Locks the account after ⟦5⟧ failed attempts", FactRole.Actual, None },
        { "Latency: before ⟦300 ms⟧, after 120 ms", FactRole.Before, None },
        { "Latency: before 300 ms, after ⟦120 ms⟧", FactRole.After, None },
        { "Consider 60% as an interim target before pushing to ⟦70%⟧", FactRole.Target, None },
        { "⟦6⟧ public interfaces in the whole package (Cache, Plugin, DB) → ratio of interfaces to structs = 6/202", FactRole.Actual, None },
        { "6 public interfaces in the whole package (Cache, Plugin, DB) → ratio of interfaces to structs = ⟦6/202⟧", FactRole.Actual, None },

        // Projections.
        { "Once deployed: ⟦100%⟧ ✅", FactRole.Projected, None },
        { "Uptime will reach ⟦99.9%⟧ next quarter", FactRole.Projected, None },
        { "Coverage is expected to reach ⟦90%⟧", FactRole.Projected, None },
        { "Une fois déployé : ⟦100%⟧ ✅", FactRole.Projected, None },
        { "La couverture devrait atteindre ⟦90 %⟧", FactRole.Projected, Modal },
        { "Mise en production prévue le ⟦12⟧ mars", FactRole.Projected, None },

        // Estimates and examples.
        { "⟦3 days⟧ estimated", FactRole.Estimate, None },
        { "⟦2h⟧ (estimated)", FactRole.Estimate, None },
        { "Durée estimée : ⟦3 jours⟧", FactRole.Estimate, None },
        { "Estimation : ⟦~3 jours⟧", FactRole.Estimate, None },

        // An approximate value is still a stated result: the approximation is the quantity's, not a role.
        { "**Overall Completion:** ⟦~85%⟧", FactRole.Actual, None },
        { "Temps investi : environ ⟦12 h⟧", FactRole.Actual, None },
        { "Response time, e.g. ⟦100 ms⟧", FactRole.Example, None },
        { "par exemple ⟦5 %⟧", FactRole.Example, None },

        // Negation and modality; a count of zero is a claim.
        { "no system can be ⟦100%⟧ safe", FactRole.Actual, Negated | Modal },
        { "Aucun système ne peut être sûr à ⟦100 %⟧", FactRole.Actual, Negated | Modal },
        { "No critical vulnerabilities: ⟦0⟧", FactRole.Actual, None },
        { "⟦0⟧ failures", FactRole.Actual, None },
        { "Zero regressions in ⟦312⟧ tests", FactRole.Actual, None },
        { "Deployed without downtime across ⟦12⟧ services", FactRole.Actual, None },
        { "Sans erreur : ⟦0⟧", FactRole.Actual, None },
        { "Aucune vulnérabilité critique : ⟦0⟧", FactRole.Actual, None },
        { "Without ⟦100%⟧ coverage we still ship", FactRole.Actual, Negated },
        { "Coverage is not ⟦100%⟧ yet", FactRole.Actual, Negated },
        { "Coverage ⟦92%⟧, not 100%", FactRole.Actual, None },
        { "Coverage 92%, not ⟦100%⟧", FactRole.Actual, Negated },
        { "La couverture n'est pas encore de ⟦100 %⟧", FactRole.Actual, Negated },
        { "Not only ⟦100%⟧ coverage but also mutation tests", FactRole.Actual, None },
        { "Tests de non-régression : ⟦100 %⟧", FactRole.Actual, None },
        { "Released May ⟦12⟧, 2025", FactRole.Actual, None },
        { "If ⟦100%⟧ of tests pass, we release", FactRole.Actual, Modal },

        // Questions and quotations.
        { "⟦100%⟧ coverage?", FactRole.Actual, Question },
        { "Is coverage 100%? Yes: ⟦100%⟧.", FactRole.Actual, None },
        { "Taux de réussite ⟦100 %⟧ ?", FactRole.Actual, Question },
        { "the customer said “flawless, ⟦100%⟧ uptime”", FactRole.Actual, Quoted },
        { "Le client a dit « fiable à ⟦100 %⟧ »", FactRole.Actual, Quoted },
        { "He wrote \"⟦99%⟧ done\" in the ticket", FactRole.Actual, Quoted },
        { "⟦99%⟧ done, says the \"report\"", FactRole.Actual, None },

        // Speech given to a source; a source of the report's own, or a clause past the attributed one, is the author's.
        { "According to the vendor, uptime is ⟦100%⟧", FactRole.Actual, Quoted },
        { "Uptime is ⟦100%⟧, according to the vendor", FactRole.Actual, Quoted },
        { "Selon le client, la disponibilité est de ⟦100 %⟧", FactRole.Actual, Quoted },
        { "La disponibilité est de ⟦100 %⟧, d'après le client", FactRole.Actual, Quoted },
        { "According to our tests, uptime is ⟦100%⟧", FactRole.Actual, None },
        { "Selon nos mesures, la disponibilité est de ⟦100 %⟧", FactRole.Actual, None },
        { "According to the vendor, uptime is 99%, and coverage is ⟦100%⟧", FactRole.Actual, None },
        { "Shipped according to the plan, with ⟦100%⟧ uptime", FactRole.Actual, None },

        // General and hedged statements, and the numbers of a poll.
        { "Typically, teams see ⟦100%⟧ uptime", FactRole.Actual, Modal },
        { "Typically the team, as planned, sees ⟦100%⟧ uptime", FactRole.Actual, None },
        { "En général, les équipes atteignent ⟦100 %⟧ de disponibilité", FactRole.Actual, Modal },
        { "The app is probably ⟦100%⟧ compliant", FactRole.Actual, Modal },
        { "L'application est probablement conforme à ⟦100 %⟧", FactRole.Actual, Modal },
        { "We believe coverage is ⟦100%⟧", FactRole.Actual, Modal },
        { "Il semble que ⟦100 %⟧ des tests passent", FactRole.Actual, Modal },
        { "Poll: 80% of users want ⟦100%⟧ uptime", FactRole.Actual, Question },
        { "Sondage : ⟦80 %⟧ des utilisateurs veulent 100 % de disponibilité", FactRole.Actual, Question },
        { "Survey done, and uptime is ⟦100%⟧", FactRole.Actual, None },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void Reads_the_role_and_stance_of_a_value(string marked, FactRole role, FactStance stance)
    {
        (string text, TextSpan value) = Unmark(marked, offset: 0);
        FoldedText statement = TextFolding.FoldMapped(text, 0);

        Assert.Equal(role, RoleCues.RoleOf(statement, value, Lexicon));
        Assert.Equal(stance, RoleCues.StanceOf(statement, value, Lexicon));
    }

    [Theory]
    [MemberData(nameof(Values))]
    public void Reads_a_statement_that_starts_inside_a_document(string marked, FactRole role, FactStance stance)
    {
        // As a statement folded at its place in a document: spans in document offsets.
        const int Offset = 1234;
        (string text, TextSpan value) = Unmark(marked, Offset);
        FoldedText statement = TextFolding.FoldMapped(text, Offset);
        StatementCues cues = RoleCues.Read(statement, Lexicon);

        Assert.Equal(role, cues.RoleOf(value));
        Assert.Equal(stance, cues.StanceOf(value));
    }

    public static TheoryData<string, FactStance> Statements() => new()
    {
        { "pas encore certifié", Negated },
        { "Not yet certified", Negated },
        { "the aim is to have every check green", Modal },
        { "No critical bugs", None },
        { "Zero regressions", None },
        { "Aucune régression", None },
        { "no system can be fully safe", Negated | Modal },
        { "Ready for production?", Question },
        { "See https://bugs.example.org/show_bug.cgi?id=199866 for the 10% slowdown", None },
        { "Le client a dit « livraison parfaite, 100 % »", Quoted },
        { "Run \"make test\" before merging the release branch of the service", None },
        { "✅ Done", None },
        { "According to the external auditor, the app has zero vulnerabilities", Quoted },
        { "The app has zero vulnerabilities, according to the vendor", Quoted },
        { "Typically, teams see zero downtime", Modal },
        { "Sondage : les utilisateurs veulent zéro interruption", Question },
        { "Selon nos tests, aucune vulnérabilité", None },
        { "", None },
    };

    [Theory]
    [MemberData(nameof(Statements))]
    public void Reads_the_stance_of_a_whole_statement(string text, FactStance stance) =>
        Assert.Equal(stance, RoleCues.StanceOf(TextFolding.FoldMapped(text, 0), default, Lexicon));

    [Fact]
    public void Markup_and_mojibake_fold_away_before_the_cues_are_read()
    {
        // "**Target**" folds to "target"; "â†’" is a mangled "→".
        const string text = "**Target**: 90% · coverage 61% â†’ 80%";
        var repair = new MojibakeSequence(new TextSpan(text.IndexOf('â', StringComparison.Ordinal), 3), "→", "windows-1252", 0, []);
        FoldedText statement = TextFolding.FoldMapped(text, 0, [repair]);

        Assert.Equal(FactRole.Target, RoleCues.RoleOf(statement, SpanOf(text, "90%"), Lexicon));
        Assert.Equal(FactRole.Before, RoleCues.RoleOf(statement, SpanOf(text, "61%"), Lexicon));
        Assert.Equal(FactRole.After, RoleCues.RoleOf(statement, SpanOf(text, "80%"), Lexicon));
    }

    [Fact]
    public void Statements_asked_about_in_turn_each_answer_for_their_own_cues()
    {
        // The static entry points keep the last statement's cues per thread: a new statement must be read anew, even
        // one with the same text.
        FoldedText goal = TextFolding.FoldMapped("Goal: 100%", 0);
        FoldedText actual = TextFolding.FoldMapped("Coverage: 100%", 0);
        FoldedText sameText = TextFolding.FoldMapped("Goal: 100%", 0);
        TextSpan value = new(6, 4);

        Assert.Equal(FactRole.Goal, RoleCues.RoleOf(goal, value, Lexicon));
        Assert.Equal(FactRole.Actual, RoleCues.RoleOf(actual, new TextSpan(10, 4), Lexicon));
        Assert.Equal(FactRole.Goal, RoleCues.RoleOf(goal, value, Lexicon));
        Assert.Equal(FactRole.Actual, RoleCues.RoleOf(goal, value, Lexicon.Empty));
        Assert.Equal(FactRole.Goal, RoleCues.RoleOf(sameText, value, Lexicon));
    }

    [Fact]
    public void A_span_outside_the_statement_or_an_empty_statement_is_an_actual_stated_value()
    {
        FoldedText empty = TextFolding.FoldMapped("", 0);
        FoldedText statement = TextFolding.FoldMapped("Target: 90%", 0);

        Assert.Equal(FactRole.Actual, RoleCues.RoleOf(empty, new TextSpan(0, 3), Lexicon));
        Assert.Equal(FactStance.None, RoleCues.StanceOf(empty, new TextSpan(0, 3), Lexicon));
        Assert.Equal(FactRole.Actual, RoleCues.RoleOf(statement, new TextSpan(500, 3), Lexicon));
    }

    [Fact]
    public void Every_cue_phrase_is_matched_where_it_stands_and_nothing_where_none_starts()
    {
        CueTable table = CueTable.Of(Lexicon);
        var missed = new List<string>();
        foreach (string section in CueTable.SectionNames)
        {
            foreach (string phrase in Lexicon.Phrases(new LexiconSection(section)))
            {
                // The phrase alone, at the end of a text, and before a space.
                foreach (string text in new[] { phrase, phrase + " 12" })
                {
                    if (phrase.Length > 0 && (!table.TryMatch(text, 0, out CueTable.Entry entry) || entry.Phrase != phrase))
                    {
                        missed.Add($"{section}: '{phrase}' in '{text}'");
                    }
                }
            }
        }

        Assert.Empty(missed);
        Assert.False(table.TryMatch("zqx 12", 0, out _));
        Assert.False(table.TryMatch("t\u00E9l\u00E9phone", 0, out _));
    }

    [Fact]
    public void Every_section_read_is_in_the_common_lexicon_or_in_both_languages()
    {
        Lexicon common = Load("common"), en = Load("en"), fr = Load("fr");
        var missing = new List<string>();
        foreach (string section in CueTable.SectionNames)
        {
            bool inCommon = common.Sections.Contains(section);
            bool inEn = en.Sections.Contains(section), inFr = fr.Sections.Contains(section);
            if (!inCommon && !(inEn && inFr))
            {
                missing.Add($"{section} (en: {inEn}, fr: {inFr})");
            }
        }

        Assert.Empty(missing);
    }

    [Fact]
    public void Every_role_and_stance_section_of_the_lexicons_is_read()
    {
        var read = new HashSet<string>(CueTable.SectionNames, StringComparer.Ordinal);
        var unread = new List<string>();
        foreach (string language in BuiltInRules.Languages.Prepend("common"))
        {
            foreach (string section in Load(language).Sections)
            {
                if ((section.StartsWith("role.", StringComparison.Ordinal) || section.StartsWith("stance.", StringComparison.Ordinal) ||
                     section.StartsWith("clause.", StringComparison.Ordinal)) && !read.Contains(section))
                {
                    unread.Add($"{language}: {section}");
                }
            }
        }

        Assert.Empty(unread);
    }

    private static Lexicon Load(string language) =>
        Lexicon.Parse(File.ReadAllText(Harness.Repo.Path("src", "ReportLint.Rules", "Lexicons", language + ".lex")), language + ".lex");

    private static TextSpan SpanOf(string text, string part) => new(text.IndexOf(part, StringComparison.Ordinal), part.Length);

    // The text without its ⟦ ⟧ marks, and the span they held, at offset in a document.
    private static (string Text, TextSpan Value) Unmark(string marked, int offset)
    {
        int open = marked.IndexOf('⟦', StringComparison.Ordinal);
        int close = marked.IndexOf('⟧', StringComparison.Ordinal);
        Assert.True(open >= 0 && close > open, "a case marks its value with ⟦ ⟧");
        string text = marked.Remove(close, 1).Remove(open, 1);
        return (text, new TextSpan(offset + open, close - open - 1));
    }
}
