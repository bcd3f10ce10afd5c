using ReportLint.Claims;
using ReportLint.Collections;
using ReportLint.Lexicons;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Status;

/// <summary>
/// A verdict in a status position that is not a heading's completion claim: a <c>Status:</c> / <c>Statut :</c> /
/// <c>Readiness:</c> key line whose value starts with a completion or readiness word ("<c>**Status**: ✅ 100%
/// COMPLETE - READY FOR DEPLOYMENT</c>", "<c>**Current State:** Production-ready MVP</c>"), a key that is itself
/// the verdict answered yes ("<c>**Production Ready**: ✅ YES</c>", "<c>**Completed**: ✅ 65 (100%)</c>"), or a
/// done line under a "Ready for" heading ("<c>### Ready For</c> / <c>✅ Production deployment</c>").
/// </summary>
internal sealed class ModelVerdict
{
    internal ModelVerdict(ModelStatement statement, int line, TextSpan span, DisplayText text, bool aboutReport, ModelSection? section, bool inProse = false)
    {
        InProse = inProse;
        Statement = statement;
        Line = line;
        Span = span;
        Text = text;
        AboutReport = aboutReport;
        Section = section;
    }

    /// <summary>The statement that holds it.</summary>
    public ModelStatement Statement { get; }

    /// <summary>The verdict's words.</summary>
    public TextSpan Span { get; }

    /// <summary>Its 1-based line.</summary>
    public int Line { get; }

    /// <summary>The verdict as written, for messages.</summary>
    public DisplayText Text { get; }

    /// <summary>
    /// Whether it is about the whole report: a readiness verdict, one in the report's first or last lines, or one
    /// under a conclusion or summary heading. Otherwise it is about <see cref="Section"/>.
    /// </summary>
    public bool AboutReport { get; }

    /// <summary>The section it is about when it is not about the report.</summary>
    /// <summary>
    /// Whether the verdict is said in the report's own words: a line of prose that says the work is ready for production
    /// ("**Arcade Mode is production-ready!**"), or a status line that names the whole work ("**Status:** MISSION
    /// ACCOMPLISHED"). A report says such a verdict again and again, and once is one claim: it is judged only when
    /// nothing above it was reported.
    /// </summary>
    public bool InProse { get; }

    public ModelSection? Section { get; }
}

/// <summary>Why a piece of the report is not done.</summary>
internal enum NotDoneKind
{
    /// <summary>An item marked pending, unchecked or in progress (⏳ 🔄 [ ]).</summary>
    Pending,
    /// <summary>An item marked partial.</summary>
    Partial,
    /// <summary>An item marked failed.</summary>
    Failed,
    /// <summary>A next step that verifies or ships the work ("Run migrations", "Tester panier").</summary>
    ToVerify,
    /// <summary>A line that says something is only designed, a placeholder or not implemented.</summary>
    NotImplemented,
}

/// <summary>Evidence that part of the work is not done, with where it stands.</summary>
internal sealed class NotDoneEvidence
{
    internal NotDoneEvidence(NotDoneKind kind, TextSpan span, TextSpan mark, int line, DisplayText title, ModelSection? keyedUnder = null)
    {
        Kind = kind;
        Span = span;
        MarkSpan = mark;
        Line = line;
        Title = title;
        KeyedUnder = keyedUnder;
    }

    /// <summary>Why it is not done.</summary>
    public NotDoneKind Kind { get; }

    /// <summary>The item or line.</summary>
    public TextSpan Span { get; }

    /// <summary>Its mark or the words that say it is not done.</summary>
    public TextSpan MarkSpan { get; }

    /// <summary>Its 1-based line.</summary>
    public int Line { get; }

    /// <summary>What it is about, for messages.</summary>
    public DisplayText Title { get; }

    /// <summary>
    /// The section that says what it is about, when its label is only a status key ("#### 6. Context Manager Module" ›
    /// "- **Status:** 🔄 In progress"); null otherwise.
    /// </summary>
    public ModelSection? KeyedUnder { get; }

    /// <summary>What it is about, named by <see cref="KeyedUnder"/> where a message does not name that section already.</summary>
    public string NameOutside(ModelSection? named)
    {
        if (KeyedUnder is not { } section || section == named)
        {
            return Title.ToString();
        }

        return StatusWords.Clip(section.Title.ToString(), 60) + " — " + Title.ToString();
    }
}

/// <summary>Facts only RL3003 reads, built once per document beside the model.</summary>
internal static class VerdictFacts
{
    private const int ReportEdgeLines = 20;

    private static readonly LexiconSection VerdictKey = new("verdict.key");
    private static readonly LexiconSection VerdictReady = new("verdict.ready");
    private static readonly LexiconSection VerdictProduction = new("verdict.production");
    private static readonly LexiconSection VerdictTesting = new("verdict.testing");
    private static readonly LexiconSection VerdictYes = new("verdict.yes");
    private static readonly LexiconSection VerdictConclusion = new("verdict.conclusion");
    private static readonly LexiconSection VerdictExclusion = new("verdict.exclusion");
    private static readonly LexiconSection VerdictOptional = new("verdict.optional");
    private static readonly LexiconSection ReadinessCopula = new("verdict.readiness.copula");
    private static readonly LexiconSection ReadinessAdverb = new("verdict.readiness.adverb");
    private static readonly LexiconSection ReadinessCondition = new("verdict.readiness.condition");
    private static readonly LexiconSection ReadinessFollow = new("verdict.readiness.follow");
    private static readonly LexiconSection ReadinessForecast = new("verdict.readiness.forecast");
    private static readonly LexiconSection ReadinessForecastUnit = new("verdict.readiness.forecast-unit");
    private static readonly LexiconSection VerdictVerification = new("verdict.verification");
    private static readonly LexiconSection VerdictNextKey = new("verdict.next-key");
    private static readonly LexiconSection VerdictNotImplemented = new("verdict.not-implemented");
    private static readonly LexiconSection VerdictNotDoneWords = new("verdict.not-done-words");
    private static readonly LexiconSection VerdictPlaceholder = new("verdict.placeholder");
    private static readonly LexiconSection PlaceholderSought = new("verdict.placeholder.sought");
    private static readonly LexiconSection VerdictNotImplementedState = new("verdict.not-implemented.state");
    private static readonly LexiconSection VerdictSubject = new("verdict.subject");
    private static readonly LexiconSection VerdictSubjectState = new("verdict.subject.state");

    private static readonly RuleFacts<ModelVerdict[]> Facts = new(BuildVerdicts);
    private static readonly RuleFacts<NotDoneEvidence[]> NotDoneFacts = new(BuildNotDone);

    /// <summary>The verdicts in status positions that are not completion claims of headings, in document order.</summary>
    public static IReadOnlyList<ModelVerdict> Of(ReportModel model) => Facts.Of(model);

    /// <summary>
    /// The evidence of work not done, in document order: items pending, partial or failed; next steps that verify
    /// or ship the work; lines that say something is only designed, a placeholder or not implemented. Items under a
    /// "next steps", "roadmap", "future work" or "recommendations" heading are plans, not evidence, unless they
    /// verify or ship the work.
    /// </summary>
    public static IReadOnlyList<NotDoneEvidence> NotDone(ReportModel model) => NotDoneFacts.Of(model);

    /// <summary>
    /// The evidence of work not done that a claim covers: all of it for a claim about the report, what stands in the
    /// section (its heading left out) for a claim about a section.
    /// </summary>
    public static IReadOnlyList<NotDoneEvidence> NotDoneCoveredBy(ReportModel model, bool aboutReport, ModelSection? section)
    {
        if (aboutReport)
        {
            return NotDone(model);
        }

        if (section is null)
        {
            return [];
        }

        var covered = new List<NotDoneEvidence>();
        foreach (NotDoneEvidence evidence in NotDone(model))
        {
            if (section.Span.Contains(evidence.Span) && !section.HeadingSpan.Contains(evidence.Span))
            {
                covered.Add(evidence);
            }
        }

        return covered;
    }

    private static ModelVerdict[] BuildVerdicts(ReportModel model)
    {
        var verdicts = new List<ModelVerdict>();
        int lastLine = model.Document.Text.FileLastLine;
        // One set of words for the whole walk, told which statement it reads: a report has a statement per sentence,
        // item and heading, and an object per statement came to 1.7 MB of the lint of a generated 1 MB report.
        var words = new LineWords();
        foreach (ModelStatement statement in model.StatementArray)
        {
            if (statement.Kind is StatementKind.CodeLine or StatementKind.DashboardLine or StatementKind.TableRow)
            {
                continue;
            }

            // A paragraph of lines broken by two spaces ("**Date**: …  ↵ **Statut**: ✅ COMPLET") is read line by line;
            // the words its lines read are found once for the statement (LineWords), not once per line.
            bool read = false;
            int first = statement.Line, last = model.Document.Text.GetLinePosition(Math.Max(statement.Span.Start, statement.Span.End - 1)).Line;
            for (int line = first; line <= last; line++)
            {
                TextSpan lineSpan = model.Document.Text.GetLineSpan(line);
                TextSpan part = TextSpan.FromBounds(Math.Max(lineSpan.Start, statement.Span.Start), Math.Min(lineSpan.End, statement.Span.End));
                if (part.IsEmpty)
                {
                    continue;
                }

                if (!read)
                {
                    words.Reset(statement);
                    read = true;
                }

                (TextSpan span, bool readiness, bool inProse) = VerdictIn(model, statement, part, words);
                if (span.IsEmpty)
                {
                    span = ReadinessLine(model, statement, part, words);
                    readiness = inProse = true;
                }

                if (span.IsEmpty)
                {
                    continue;
                }

                ModelSection? section = statement.Section;
                bool aboutReport = readiness || ((line <= ReportEdgeLines || line > lastLine - ReportEdgeLines) && !InPart(section)) ||
                                   model.EnclosingSections(statement.Span.Start).Any(s => !IsTitle(s) && s.Folded.Contains(VerdictConclusion));
                verdicts.Add(new ModelVerdict(statement, line, span, model.TextOf(span), aboutReport || section is null, section, inProse));
            }
        }

        return verdicts.ToArray();
    }

    // A section below the report's top two levels ("### Step 4: Trust Score Integration" under "## Integration"): a
    // status line there speaks of that part, however near the top or the end of the report it stands.
    private static bool InPart(ModelSection? section) => section is { Level: >= 3 };

    // The report's title ("# Complete Implementation Summary"): it names the whole document, so its words say nothing of
    // where a status line stands; a "## Summary" or "## Conclusion" section is the report's verdict.
    private static bool IsTitle(ModelSection section) => section is { Level: 1, Index: 0 };

    // The verdict's words in a line of a statement, whether they say ready for production, and whether the report says it
    // in words of its own (a readiness line of prose, or the whole work named in a status line: "Status: MISSION
    // ACCOMPLISHED", a slogan it repeats), or an empty span.
    private static (TextSpan Span, bool Readiness, bool InOwnWords) VerdictIn(ReportModel model, ModelStatement statement, TextSpan part, LineWords words)
    {
        ReadOnlySpan<char> prose = statement.Prose[part];
        int colon = prose.IndexOf(':');
        if (colon < 0)
        {
            return (ReadyForLine(model, statement, part, words), true, false);
        }

        if (Words(prose[..colon]) is 0 or > 5 || NotDoneMarkWithin(words.Marks, part))
        {
            return default;
        }

        var key = new TextSpan(part.Start, colon);
        TextSpan value = TextSpan.FromBounds(part.Start + colon + 1, part.End);
        Items<PhraseHit> states = words.States;
        Items<PhraseHit> ready = words.Ready;
        Items<PhraseHit> production = words.Production;

        if (FirstWithin(words.Key, key) is not null)
        {
            // "Status: ✅ 100% COMPLETE", "Statut : COMPLET ET PRÊT AU DÉPLOIEMENT": the value starts with the verdict.
            PhraseHit? state = FirstWithin(states, value);
            PhraseHit? readyHit = FirstWithin(ready, value);
            bool readyForProduction = readyHit is { } r0 && FirstWithin(production, value) is { } p0 && !ForTesting(words, r0, p0);
            PhraseHit? verdict = state is { } s && (readyHit is not { } r || s.Span.Start <= r.Span.Start || !readyForProduction) ? state
                : readyForProduction ? readyHit : null;
            int? subjectStart = null;
            if (verdict is not { } first || !StartsValue(statement, value, first.Span))
            {
                // "Statut : ✅ MISSION 100% ACCOMPLIE", "STATUT : PROJET 100% COMPLET ET PRÊT", "Status: ALL PHASES
                // COMPLETE": the whole work named first, then its state.
                if (SubjectThenState(statement, value, words) is { } whole)
                {
                    verdict = whole.State;
                    subjectStart = whole.Subject.Start;
                }
            }

            if (verdict is not { } v || (subjectStart is null && !StartsValue(statement, value, v.Span)) || !Asserted(statement, v) ||
                PartialPercentBefore(statement, value, v.Span))
            {
                return default;
            }

            int wordsEnd = FirstWithin(production, value) is { } named ? Math.Max(v.Span.End, named.Span.End) : v.Span.End;
            if (ForecastAt(model, statement, wordsEnd, part.End))
            {
                // "**Status**: Production-ready in 3 weeks": a date to come, not a state.
                return default;
            }

            bool readinessWords = readyForProduction || v.Phrase.Contains("production", StringComparison.Ordinal);
            return (TextSpan.FromBounds(subjectStart ?? VerdictStart(statement, value, v.Span), VerdictEnd(statement, value, v.Span)), readinessWords,
                subjectStart is not null);
        }

        // "Production Ready: ✅ YES", "Completed: ✅ 65 (100%)": the key is the verdict and nothing else, the value answers yes.
        PhraseHit? keyState = FirstWithin(states, key);
        PhraseHit? keyReady = FirstWithin(ready, key) is not null && FirstWithin(production, key) is not null ? FirstWithin(ready, key) : null;
        if ((keyState ?? keyReady) is not { } keyVerdict || !Asserted(statement, keyVerdict) || !OnlyWords(statement, key, keyState, keyReady, FirstWithin(production, key)))
        {
            return default;
        }

        bool yes = FirstWithin(words.Yes, value) is { } y && StartsValue(statement, value, y.Span);
        bool all = false;
        foreach (FactValue number in statement.Values)
        {
            all |= number.IsPercentage && number.Number >= 100m && value.Contains(number.Span);
        }

        if (!yes && !all)
        {
            return default;
        }

        return (Trimmed(statement, part), keyReady is not null || keyVerdict.Phrase.Contains("production", StringComparison.Ordinal), false);
    }

    // The whole work named at the start of a status value, then its state with nothing but marks, figures and emphasis
    // between ("MISSION 100% ACCOMPLIE", "PROJET 100% COMPLET", "ALL PHASES COMPLETE"): a word of [verdict.subject],
    // then one of [completion.state] or, after it only, of [verdict.subject.state] ("Mission accomplished"). A part
    // named there ("Phase 1 complete", "Backend: done") is no subject, and the value then says nothing of the whole.
    private static (TextSpan Subject, PhraseHit State)? SubjectThenState(ModelStatement statement, TextSpan value, LineWords words)
    {
        if (FirstWithin(words.Subject, value) is not { } subject || !StartsValue(statement, value, subject.Span) || subject.IsQuoted)
        {
            return null;
        }

        var after = TextSpan.FromBounds(subject.Span.End, value.End);
        PhraseHit? state = FirstWithin(words.States, after);
        if (FirstWithin(words.SubjectStates, after) is { } own && (state is not { } s || own.Span.Start < s.Span.Start))
        {
            state = own;
        }

        return state is { } found && StartsValue(statement, after, found.Span) ? (subject.Span, found) : null;
    }

    // "Prêt pour tests production", "Ready for Production Testing": ready for the tests of production, not for
    // production (lexicon section verdict.testing between the readiness and production words, or right after them).
    private static bool ForTesting(LineWords words, PhraseHit ready, PhraseHit production) =>
        FirstWithin(words.Testing, TextSpan.FromBounds(Math.Min(ready.Span.End, production.Span.End), production.Span.End + MaxTestingGap)) is not null;

    // How far after the production word a testing word still names what the readiness is for: one word and its space.
    private const int MaxTestingGap = 12;

    // Whether the key's letters are all within its verdict words ("**Production Ready**", not "Phase 1 (Complete)");
    // letters of mojibake marks ("âœ…") are no words.
    private static bool OnlyWords(ModelStatement statement, TextSpan key, PhraseHit? a, PhraseHit? b, PhraseHit? c)
    {
        ReadOnlySpan<char> prose = statement.Prose[key];
        for (int i = 0; i < prose.Length; i++)
        {
            int at = key.Start + i;
            if (prose[i] is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') && !(a is { } x && x.Span.Start <= at && at < x.Span.End) && !(b is { } y && y.Span.Start <= at && at < y.Span.End) && !(c is { } z && z.Span.Start <= at && at < z.Span.End))
            {
                return false;
            }
        }

        return true;
    }

    // A line without its list marker, emphasis and spaces at either end.
    private static TextSpan Trimmed(ModelStatement statement, TextSpan part)
    {
        ReadOnlySpan<char> prose = statement.Prose[part];
        int start = 0, end = prose.Length;
        while (start < end && (char.IsWhiteSpace(prose[start]) || prose[start] is '*' or '_' or '-'))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(prose[end - 1]) || prose[end - 1] is '*' or '_'))
        {
            end--;
        }

        return TextSpan.FromBounds(part.Start + start, part.Start + end);
    }

    // "### Ready For" / "✅ Production deployment": a done line naming production under a short readiness heading.
    private static TextSpan ReadyForLine(ReportModel model, ModelStatement statement, TextSpan part, LineWords words)
    {
        // The section's fold is asked only of a document that may hold a readiness word at all (Contains asks the same
        // first): the fold of a section's title is made on first read, and most documents never need it.
        if (statement.Kind == StatementKind.Heading || statement.Section is not { } section || !model.Triggers.MayOccur(VerdictReady) ||
            !section.Folded.Contains(VerdictReady) ||
            section.Folded.Contains(VerdictProduction) || Words(model.Document.GetText(section.TitleSpan)) > 3)
        {
            return default;
        }

        bool met = false;
        Items<StatusMark> marks = words.Marks;
        for (int i = FirstMarkFrom(marks, part.Start); i < marks.Count && marks[i].Span.Start < part.End; i++)
        {
            if (part.Contains(marks[i].Span))
            {
                if (marks[i].Kind != StatusKind.Met)
                {
                    return default;
                }

                met = true;
            }
        }

        return met && FirstWithin(words.Production, part) is { } hit && Asserted(statement, hit) ? Trimmed(statement, part) : default;
    }

    // "🟢 **PRODUCTION READY**", "✅ 100% production ready", "**Arcade Mode is production-ready!**", "L'application est
    // prête pour la production avec une seule action requise": a line of prose that says the work is ready for
    // production, alone or as what a short subject is (at most five words, then a copula of
    // [verdict.readiness.copula] and adverbs of [verdict.readiness.adverb]). Headings, a readiness hoped for, asked,
    // quoted or denied, at a partial percentage ("85% production ready") or under a condition ("once the keys are
    // set", [verdict.readiness.condition]) say nothing of the kind.
    private static TextSpan ReadinessLine(ReportModel model, ModelStatement statement, TextSpan part, LineWords words)
    {
        if (statement.Kind is not (StatementKind.Sentence or StatementKind.ListItem) ||
            FirstWithin(words.Ready, part) is not { } ready || FirstWithin(words.Production, part) is not { } production ||
            NotDoneMarkWithin(words.Marks, part) || !Asserted(statement, ready) || !Asserted(statement, production))
        {
            return default;
        }

        // "production ready", "ready for production", "prête pour la production": the two words next to each other, or
        // at most two words apart after "ready"; a line whose key comes before them ("Deployable: Production-ready") is
        // a status line, read as one or not at all.
        TextSpan phrase = TextSpan.FromBounds(Math.Min(ready.Span.Start, production.Span.Start), Math.Max(ready.Span.End, production.Span.End));
        TextSpan gap = ready.Span.Start < production.Span.Start ? TextSpan.FromBounds(ready.Span.End, production.Span.Start)
            : TextSpan.FromBounds(production.Span.End, ready.Span.Start);
        ReadOnlySpan<char> before = statement.Prose[TextSpan.FromBounds(part.Start, phrase.Start)];
        if (Words(statement.Prose[gap]) > (ready.Span.Start < production.Span.Start ? 2 : 0) || PartialPercentBefore(statement, part, phrase) ||
            before.Contains(':') ||
            FirstWithin(words.Condition, TextSpan.FromBounds(phrase.End, part.End)) is not null)
        {
            return default;
        }

        // "Production-ready code", "✅ Production-Ready Foundation": readiness words before a noun describe the noun.
        ReadOnlySpan<char> after = statement.Prose[TextSpan.FromBounds(phrase.End, part.End)];
        int next = 0;
        while (next < after.Length && !char.IsLetterOrDigit(after[next]) && after[next] is not ('.' or '!' or ',' or ';' or ':' or '(' or '—' or '–'))
        {
            next++;
        }

        // "1. **Production-Ready**: Not just a prototype": the words are a key, and what follows describes it.
        if (next < after.Length && after[next] == ':')
        {
            return default;
        }

        if (next < after.Length && char.IsLetter(after[next]))
        {
            int wordEnd = next;
            while (wordEnd < after.Length && char.IsLetter(after[wordEnd]))
            {
                wordEnd++;
            }

            // "**Production ready in 5-7 weeks**", "prête pour la production en 2 semaines": a forecast, not a verdict.
            if (!model.Document.Lexicon.Contains(ReadinessFollow, TextFolding.Fold(after[next..wordEnd])) || ForecastAt(model, statement, phrase.End, part.End))
            {
                return default;
            }
        }

        // The words before it, read back from it: adverbs and a percentage, then a copula and a short subject, or nothing.
        Lexicon lexicon = model.Document.Lexicon;
        int end = before.Length, subject = -1;
        while (NextWordBack(before, ref end) is { } word)
        {
            ReadOnlySpan<char> text = before.Slice(word.Start, word.Length);
            string folded = TextFolding.Fold(text);
            if (subject >= 0)
            {
                subject++;
            }
            else if (lexicon.Contains(ReadinessCopula, folded))
            {
                subject = 0;
            }
            else if (!lexicon.Contains(ReadinessAdverb, folded) && !char.IsAsciiDigit(text[0]))
            {
                return default;
            }
        }

        return subject <= 5 ? Trimmed(statement, TextSpan.FromBounds(part.Start, phrase.End)) : default;
    }

    // Whether a verdict ending at `at` is a forecast: a word of verdict.readiness.forecast ("in", "within", "en", "dans")
    // and a duration right after it ("5-7 weeks", "2 semaines"): a value in a unit of time, or a number of a word of
    // verdict.readiness.forecast-unit. Spaces and emphasis may stand between them.
    private static bool ForecastAt(ReportModel model, ModelStatement statement, int at, int limit)
    {
        ReadOnlySpan<char> prose = statement.Prose.Chars[..(limit - statement.Span.Start)];
        int i = SkipSpacesAndEmphasis(prose, at - statement.Span.Start), skipped = i;
        return StatusWords.NextWord(prose, ref i, out int word) && word == skipped &&
               model.Document.Lexicon.Contains(ReadinessForecast, TextFolding.Fold(prose[word..i])) &&
               DurationAt(model, statement, SkipSpacesAndEmphasis(prose, i));
    }

    private static int SkipSpacesAndEmphasis(ReadOnlySpan<char> prose, int i)
    {
        while (i < prose.Length && prose[i] is ' ' or '*' or '_' or '~')
        {
            i++;
        }

        return i;
    }

    // Whether a value starts at i (an offset in the statement) in a unit of time or with a word of
    // verdict.readiness.forecast-unit after it ("5-7 weeks": weeks are no unit the model converts).
    private static bool DurationAt(ReportModel model, ModelStatement statement, int i)
    {
        foreach (FactValue value in statement.Values)
        {
            if (value.Span.Start - statement.Span.Start != i)
            {
                continue;
            }

            if (value.TryConvertTo("s", out _) || model.Document.Lexicon.Contains(ReadinessForecastUnit, value.Unit))
            {
                return true;
            }

            ReadOnlySpan<char> prose = statement.Prose.Chars;
            int end = value.Span.End - statement.Span.Start;
            while (end < prose.Length && prose[end] == ' ')
            {
                end++;
            }

            int start = end;
            return StatusWords.NextWord(prose, ref end, out int word) && word == start &&
                   model.Document.Lexicon.Contains(ReadinessForecastUnit, TextFolding.Fold(prose[word..end]));
        }

        return false;
    }

    // The last word (a run of letters, digits and apostrophes) before end, moving end to its start; null when none.
    private static (int Start, int Length)? NextWordBack(ReadOnlySpan<char> text, ref int end)
    {
        int e = end;
        while (e > 0 && !char.IsLetterOrDigit(text[e - 1]))
        {
            e--;
        }

        int s = e;
        while (s > 0 && (char.IsLetterOrDigit(text[s - 1]) || text[s - 1] is '\'' or '’'))
        {
            s--;
        }

        end = s;
        return s < e ? (s, e - s) : null;
    }

    // The words and marks of a statement that its status lines and readiness lines read, each found once for the
    // statement: a paragraph is read line by line, and finding them for every line made a paragraph of many lines
    // quadratic (each search folds and scans the whole statement).
    private sealed class LineWords
    {
        private ModelStatement _statement = null!;
        private Items<PhraseHit>? _ready, _production, _testing, _condition, _states, _key, _yes, _subject, _subjectStates;
        private Items<StatusMark>? _marks;

        // Reads another statement: what was found for the last is forgotten.
        public void Reset(ModelStatement statement)
        {
            _statement = statement;
            _ready = _production = _testing = _condition = _states = _key = _yes = _subject = _subjectStates = null;
            _marks = null;
        }

        public Items<PhraseHit> Ready => _ready ??= _statement.Find(VerdictReady);

        public Items<PhraseHit> Production => _production ??= _statement.Find(VerdictProduction);

        public Items<PhraseHit> Testing => _testing ??= _statement.Find(VerdictTesting);

        public Items<PhraseHit> Condition => _condition ??= _statement.Find(ReadinessCondition);

        public Items<PhraseHit> States => _states ??= _statement.Find(LexiconSections.CompletionState);

        public Items<PhraseHit> Key => _key ??= _statement.Find(VerdictKey);

        public Items<PhraseHit> Yes => _yes ??= _statement.Find(VerdictYes);

        public Items<PhraseHit> Subject => _subject ??= _statement.Find(VerdictSubject);

        public Items<PhraseHit> SubjectStates => _subjectStates ??= _statement.Find(VerdictSubjectState);

        public Items<StatusMark> Marks => _marks ??= _statement.Marks;
    }

    // The first hit within a span, found by halving: hits are in text order, and a paragraph of many lines would make
    // a scan for each line quadratic.
    private static PhraseHit? FirstWithin(Items<PhraseHit> hits, TextSpan within)
    {
        int low = 0, high = hits.Count;
        while (low < high)
        {
            int middle = (low + high) >>> 1;
            if (hits[middle].Span.Start < within.Start)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        for (int i = low; i < hits.Count && hits[i].Span.Start < within.End; i++)
        {
            if (within.Contains(hits[i].Span))
            {
                return hits[i];
            }
        }

        return null;
    }

    // The index of the first mark that starts at or after a position, found by halving: marks are in text order.
    private static int FirstMarkFrom(Items<StatusMark> marks, int position)
    {
        int low = 0, high = marks.Count;
        while (low < high)
        {
            int middle = (low + high) >>> 1;
            if (marks[middle].Span.Start < position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    // Whether a mark of work not done stands within a span.
    private static bool NotDoneMarkWithin(Items<StatusMark> marks, TextSpan within)
    {
        for (int i = FirstMarkFrom(marks, within.Start); i < marks.Count && marks[i].Span.Start < within.End; i++)
        {
            if (within.Contains(marks[i].Span) && marks[i].Kind is StatusKind.Pending or StatusKind.Partial or StatusKind.Failed)
            {
                return true;
            }
        }

        return false;
    }

    // Nothing but marks, emphasis and figures between the key's colon and the words ("✅ **100% COMPLETE").
    private static bool StartsValue(ModelStatement statement, TextSpan value, TextSpan words)
    {
        foreach (char c in statement.Prose[TextSpan.FromBounds(value.Start, words.Start)])
        {
            if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z'))
            {
                return false;
            }
        }

        return true;
    }

    // A verdict hoped for, asked, quoted or denied ("not production ready") claims nothing.
    private static bool Asserted(ModelStatement statement, PhraseHit hit) => statement.Asserts(hit);

    // "| **Placeholders** | 0 (zéro !) |", "**0 Placeholders**", "Placeholders remaining: 0": a zero count of the words
    // says there are none, as "no placeholders" does: the count right before them, or after them past at most one word
    // and a key's colon or a cell's bar.
    private static bool CountedZero(ModelStatement statement, TextSpan words)
    {
        foreach (FactValue value in statement.Values)
        {
            if (value.Number != 0 || !value.IsCount)
            {
                continue;
            }

            if (value.Span.End <= words.Start)
            {
                if (ReportModel.NothingBetween(statement, value.Span.End, words.Start))
                {
                    return true;
                }
            }
            else if (value.Span.Start >= words.End && AtMostOneWord(statement.Prose[TextSpan.FromBounds(words.End, value.Span.Start)]))
            {
                return true;
            }
        }

        return false;
    }

    // Separators (spaces, emphasis, a colon, a cell's bar) and at most one word of letters.
    private static bool AtMostOneWord(ReadOnlySpan<char> between)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in between)
        {
            if (char.IsLetter(c))
            {
                words += inWord ? 0 : 1;
                inWord = true;
            }
            else if (c is ' ' or '*' or '_' or ':' or '|' or '\t')
            {
                inWord = false;
            }
            else
            {
                return false;
            }
        }

        return words <= 1;
    }

    // "Status: 85% complete" is a figure, not a verdict.
    private static bool PartialPercentBefore(ModelStatement statement, TextSpan value, TextSpan words)
    {
        foreach (FactValue number in statement.Values)
        {
            if (number.IsPercentage && number.Number < 100m && number.Span.End <= words.Start && value.Contains(number.Span))
            {
                return true;
            }
        }

        return false;
    }

    // The verdict runs to the end of its emphasis or of the line ("100% COMPLETE - READY FOR DEPLOYMENT").
    // "100% COMPLETE": a percentage just before the words is part of the verdict.
    private static int VerdictStart(ModelStatement statement, TextSpan value, TextSpan words)
    {
        int start = words.Start;
        foreach (FactValue number in statement.Values)
        {
            if (number.IsPercentage && number.Span.End <= words.Start && number.Span.Start >= value.Start)
            {
                start = Math.Min(start, number.Span.Start);
            }
        }

        return start;
    }

    private static int VerdictEnd(ModelStatement statement, TextSpan value, TextSpan words)
    {
        ReadOnlySpan<char> rest = statement.Prose[TextSpan.FromBounds(words.End, value.End)];
        int end = 0;
        for (int i = 0; i < rest.Length; i++)
        {
            char c = rest[i];
            if (c is '*' or '_' or '(' or '\r' or '\n' || (c == '.' && i + 1 < rest.Length && rest[i + 1] == ' '))
            {
                break;
            }

            if (char.IsLetterOrDigit(c))
            {
                end = i + 1;
            }
        }

        return words.End + end;
    }

    private static int Words(ReadOnlySpan<char> text)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            bool letter = char.IsLetterOrDigit(c);
            words += letter && !inWord ? 1 : 0;
            inWord = letter;
        }

        return words;
    }

    // "Content validator scans for placeholder patterns", "détecte les placeholders": what a check looks for, not a
    // stand-in of the work (a verb of [verdict.placeholder.sought], then at most one word).
    private static bool SoughtBefore(ModelStatement statement, TextSpan placeholder)
    {
        foreach (PhraseHit hit in statement.Find(PlaceholderSought))
        {
            if (hit.Span.End <= placeholder.Start && !hit.IsQuoted && AtMostOneWord(statement.Prose[TextSpan.FromBounds(hit.Span.End, placeholder.Start)]))
            {
                return true;
            }
        }

        return false;
    }

    // "Test Placeholders Replaced with Real Tests", "Stubs supprimés": the stand-in is said gone.
    private static bool RemovedAfter(ModelStatement statement, TextSpan placeholder)
    {
        foreach (PhraseHit hit in statement.Find(StatusRuleSections.Removal))
        {
            if (hit.Span.Start >= placeholder.End && !hit.IsQuoted)
            {
                return true;
            }
        }

        return false;
    }

    private static NotDoneEvidence[] BuildNotDone(ReportModel model)
    {
        var evidence = new List<NotDoneEvidence>();
        var planned = new SectionMemo(model);
        var optional = new SectionMemo(model);
        foreach (ModelItem item in model.Items)
        {
            // Work the report says is not needed ("- [ ] Vidéos tutoriels (optionnel)", "| CLI wrappers | Deferred |",
            // anything under "Known Limitations" or "Optional Enhancements (Not Required)") is out of what a claim
            // covers, even a step that would verify it.
            if (Optional(model, item.Span, optional))
            {
                continue;
            }

            // The state the work started from ("### Avant QA" › "| Tests migration | ❌ 0 tests |"), and a ❌ that marks a
            // removal, a prohibition or the old side of a change, say nothing is left to do.
            ModelStatement? at = model.StatementAt(item.Span);
            if (at is not null && ReportModel.InStateBefore(at.Section) || CrossMarks.MeansNoWorkLeft(model, item))
            {
                continue;
            }

            NotDoneKind? kind = item.Status switch
            {
                StatusKind.Pending => NotDoneKind.Pending,
                StatusKind.Partial => NotDoneKind.Partial,
                StatusKind.Failed => NotDoneKind.Failed,
                _ => null,
            };
            // A warning mark alone qualifies ("⚠️ IE11 (graceful degradation)"); it says not done with words ("⚠️ À améliorer").
            if (kind == NotDoneKind.Partial && item.Mark.ToString().StartsWith('⚠') && at?.Contains(VerdictNotDoneWords) != true)
            {
                continue;
            }

            if (kind == NotDoneKind.Pending && at is not null && PlannedFigure(at, item))
            {
                continue;
            }

            if (kind is { } k && (!UnderPlan(model, item.Span.Start, planned) || StartsWithVerification(model, item.Label)))
            {
                // An item labelled by a status key alone is named by its whole line: "Status: 🔄 In progress".
                ModelSection? keyedUnder = at is null ? null : KeyedUnder(model, at, item.Label);
                evidence.Add(new NotDoneEvidence(k, item.Span, item.MarkSpan, item.Line, keyedUnder is null ? item.Title : item.Text.Truncate(80), keyedUnder));
            }
        }

        foreach (ModelStatement statement in model.StatementArray)
        {
            if (statement.Kind is StatementKind.CodeLine or StatementKind.DashboardLine || statement.Marks.Count > 0 && statement.Kind != StatementKind.KeyValueLine ||
                Optional(model, statement.Span, optional))
            {
                continue;
            }

            // A next step that verifies or ships the claimed work: "1. **Run Migrations**", "**Next Action**: Run migrations".
            if (statement.Kind == StatementKind.ListItem && UnderPlan(model, statement.Span.Start, planned) && StartsWithVerification(model, statement.Folded.Chars))
            {
                evidence.Add(new NotDoneEvidence(NotDoneKind.ToVerify, statement.Span, statement.Span, statement.Line, statement.Text.Truncate(80)));
                continue;
            }

            ReadOnlySpan<char> prose = statement.Prose[statement.Span];
            int colon = prose.IndexOf(':');
            if (colon > 0 && statement.Kind == StatementKind.KeyValueLine && Words(prose[..colon]) <= 4)
            {
                var key = new TextSpan(statement.Span.Start, colon);
                TextSpan value = TextSpan.FromBounds(statement.Span.Start + colon + 1, statement.Span.End);
                if (FirstWithin(statement.Find(VerdictNextKey), key) is not null && FirstWithin(statement.Find(VerdictVerification), value) is { } verify &&
                    StartsValue(statement, value, verify.Span))
                {
                    evidence.Add(new NotDoneEvidence(NotDoneKind.ToVerify, statement.Span, verify.Span, statement.Line, statement.Text.Truncate(80)));
                    continue;
                }

                // "**Status:** ✅ FULLY ARCHITECTED & DOCUMENTED": a state of design, not of work done.
                if (FirstWithin(statement.Find(VerdictKey), key) is not null && FirstWithin(statement.Find(VerdictNotImplementedState), value) is { } state &&
                    StartsValue(statement, value, state.Span) && Asserted(statement, state))
                {
                    evidence.Add(new NotDoneEvidence(NotDoneKind.NotImplemented, statement.Span, state.Span, statement.Line, statement.Text.Truncate(80),
                        KeyedUnder(model, statement, prose[..colon].ToString())));
                    continue;
                }
            }

            // "Scraping: Placeholders, pas d'implémentation réelle", "Can be integrated into BrowserManager".
            // The words of [verdict.not-implemented] deny by themselves; a placeholder or stub may be denied ("no placeholders").
            // Under a plan ("## Next Steps" › "Future enhancements (not implemented):") they say what is ahead, as the
            // plan's items do.
            if (UnderPlan(model, statement.Span.Start, planned))
            {
                continue;
            }

            PhraseHit? found = null;
            foreach (PhraseHit hit in statement.Find(VerdictNotImplemented))
            {
                if (!hit.IsQuoted && (statement.StanceOf(hit.Span) & (FactStance.Modal | FactStance.Question | FactStance.Quoted)) == 0)
                {
                    found = hit;
                    break;
                }
            }

            if (found is null)
            {
                foreach (PhraseHit hit in statement.Find(VerdictPlaceholder))
                {
                    if (Asserted(statement, hit) && !CountedZero(statement, hit.Span) && !RemovedAfter(statement, hit.Span) && !SoughtBefore(statement, hit.Span))
                    {
                        found = hit;
                        break;
                    }
                }
            }

            if (found is { } f)
            {
                evidence.Add(new NotDoneEvidence(NotDoneKind.NotImplemented, statement.Span, f.Span, statement.Line, statement.Text.Truncate(80),
                    colon > 0 ? KeyedUnder(model, statement, prose[..colon].ToString()) : null));
            }
        }

        evidence.Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return evidence.ToArray();
    }

    // "#### 6. Context Manager Module" › "- **Status:** 🔄 TEST FRAMEWORK CREATED", "### Langues océaniennes" › "- ⚠️ **À
    // améliorer** : dictionnaire plus fourni": an item whose label is only a status key ("Status", "Statut", "État") or
    // the words that say it is not done is about its section, whose title says what is not done.
    private static ModelSection? KeyedUnder(ReportModel model, ModelStatement statement, string label)
    {
        if (statement.Section is not { } section || section.HeadingSpan.Contains(statement.Span))
        {
            return null;
        }

        string folded = TextFolding.Fold(label.AsSpan().Trim(" \t-*+_#:"));
        Lexicon lexicon = model.Document.Lexicon;
        return folded.Length > 0 && (lexicon.Contains(VerdictKey, folded) || lexicon.Contains(VerdictNotDoneWords, folded)) ? section : null;
    }

    // "- **Planned:** 137 hours" over "- **Actual:** 80 hours", "**Prévu** : 3 jours": the pending word is the whole key
    // and the value a quantity with a unit (hours, days, money): the figure planned, not an item of work left. A count
    // ("**Pending:** 3 tasks") still says work is left.
    private static bool PlannedFigure(ModelStatement statement, ModelItem item)
    {
        if (statement.Kind is not (StatementKind.KeyValueLine or StatementKind.ListItem))
        {
            return false;
        }

        ReadOnlySpan<char> prose = statement.Prose[statement.Span];
        int colon = prose.IndexOf(':');
        int markStart = item.MarkSpan.Start - statement.Span.Start, markEnd = item.MarkSpan.End - statement.Span.Start;
        if (colon <= 0 || markStart < 0 || markEnd > colon ||
            !prose[..markStart].TrimStart(" \t-*+_#").IsEmpty || !prose[markEnd..colon].Trim(" \t*_").IsEmpty)
        {
            return false;
        }

        int valueStart = statement.Span.Start + colon;
        foreach (FactValue value in statement.Values)
        {
            if (value.Span.Start > valueStart && value.Unit.Length > 0 && !value.IsPercentage)
            {
                return true;
            }
        }

        return false;
    }

    // Whether a statement says itself that it is not needed ("(optional)", "Deferred", "(facultatif)"), or stands under a
    // heading that says so of its section ("Known Limitations", "Optional Future Enhancements (Not Required)").
    private static bool Optional(ReportModel model, TextSpan span, SectionMemo optional) =>
        model.StatementAt(span) is { } statement && statement.Contains(VerdictOptional) || UnderHeadingWith(model, span.Start, optional, VerdictOptional);

    // Whether a position stands under a heading of plans: next steps, roadmap, future work, recommendations.
    internal static bool UnderPlan(ReportModel model, int position, SectionMemo planned) => UnderHeadingWith(model, position, planned, VerdictExclusion);

    // Whether a heading over a position holds a phrase of the section; each section's answer read once into its memo.
    private static bool UnderHeadingWith(ReportModel model, int position, SectionMemo memo, LexiconSection words)
    {
        foreach (ModelSection section in model.EnclosingSections(position))
        {
            if (!memo.TryGet(section, out bool holds))
            {
                holds = memo.Set(section, section.Folded.Contains(words));
            }

            if (holds)
            {
                return true;
            }
        }

        return false;
    }

    // Whether folded text starts (after numbers, marks and emphasis) with a verb that verifies or ships work.
    private static bool StartsWithVerification(ReportModel model, ReadOnlySpan<char> folded)
    {
        int start = 0;
        while (start < folded.Length && !char.IsLetter(folded[start]))
        {
            start++;
        }

        int end = start;
        while (end < folded.Length && char.IsLetter(folded[end]))
        {
            end++;
        }

        return end > start && model.IsPhrase(VerdictVerification, folded.Slice(start, end - start));
    }
}
