using System.Collections.Immutable;
using System.Globalization;
using ReportLint.Analysis;
using ReportLint.Checks;
using ReportLint.Claims;
using ReportLint.Collections;
using ReportLint.Diagnostics;
using ReportLint.Lexicons;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Evidence;

/// <summary>
/// RL1001: an absolute claim ("100% pass rate", "0 vulnerabilities", "all attacks blocked", "protection contre
/// toutes les attaques") that nothing in its list item, table row or sentence backs. Evidence is a link, a file or
/// command in code, or, for claims about passing checks, an explicit count ("644/644").
/// </summary>
public sealed partial class RL1001UnverifiableClaim : ReportAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        "RL1001", "unverifiable-claim", "An absolute claim with no evidence",
        "Unverifiable claim '{0}': no count, link, log or command backs it{1}",
        RuleCategory.Evidence, Severity.Warning,
        "Absolute claims ('100% pass rate', '0 vulnerabilities') are the ones readers most need to check, and the ones assistants most often state without a count, a link or a log.");

    // The lexicon sections this rule reads.
    private static readonly LexiconSection AbsoluteTests = new("absolute.tests"), AbsoluteOther = new("absolute.other"), AbsoluteCapability = new("absolute.capability"),
        MetricHigh = new("claim.metric.high"), MetricFigure = new("claim.metric.high-figure"), MetricLow = new("claim.metric.low"), ExtremeNone = new("claim.extreme.none"), ExtremeAll = new("claim.extreme.all"),
        NoneAfter = new("claim.extreme.none-after"), Standard = new("claim.standard"), Compliant = new("claim.compliant"), Audited = new("claim.audited"), Regime = new("certification.regime"),
        NotAResult = new("claim.not-a-result"), Compliance = new("claim.compliance"), Passing = new("claim.passing"), PerfTest = new("perf.test"), PerfCapacity = new("perf.capacity"), PerfMetric = new("perf.metric"), PerfSetting = new("perf.setting"),
        Todo = new("claim.todo"), NextStep = new("next-step"), Remaining = new("remaining"), Negation = new("stance.negation"), NegatedNoun = new("stance.negation.determiner"), CountTests = new("count.tests"), Authority = new("authority"),
        Feature = new("claim.feature"), ComplementWord = new("claim.complement"), Joined = new("claim.metric.joined"),
        AfterLabel = new("role.after.label"), OfTests = new("claim.metric.of-tests"), SeverityAfter = new("claim.severity"), SeverityJoint = new("claim.severity.joint"),
        StandardJoint = new("claim.standard.joint");

    // What backs a statement's claims besides a count: a link, code (a command, a cited file), a log below it.
    private const FactEvidence Backing = FactEvidence.Link | FactEvidence.Command | FactEvidence.CitedFile | FactEvidence.Log;

    // How far before a claim a capability verb governs it ("supports zero downtime deployments").
    private const int CapabilityReach = 24;

    // The absolute claims of the lexicon ("100% pass rate", "0 vulnerabilities") through the claim-needs-evidence
    // kind: its sections, the evidence that backs a statement, the statements that state results (not an open box, not
    // the state before the work) and the rule's own test of what the author asserts. Restated claims are grouped and
    // reported by the rule (Restatements), with the rule's further exceptions.
    private static readonly EvidenceCheck Absolutes = new(Rule, [AbsoluteTests, AbsoluteOther], Backing,
        statements: (_, statement) => statement.Status != StatusKind.Pending && !InStateBefore(statement) && !InPlan(statement),
        asserted: (model, statement, hit) => Asserted(model, statement, hit.Span));

    /// <inheritdoc />
    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [Rule];

    // The sets asked of every statement, made once.
    private static readonly LexiconSection[] MetricSections = [MetricHigh, MetricFigure, MetricLow], PassingSections = [Passing], StandardSections = [Standard];

    /// <inheritdoc />
    public override DocumentScope Scope => DocumentScope.StatusReports;

    /// <inheritdoc />
    public override RuleNeeds Needs { get; } = RuleNeeds.PhraseInParagraph(AbsoluteTests, AbsoluteOther, MetricHigh, MetricFigure, MetricLow, Standard, Passing, PerfTest, Guarantee, CapacityVerb, CoverageMetric);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        ReportModel model = ReportModel.Of(context.Document);
        bool statusReport = model.IsStatusReport;
        bool? testsBacked = null, testsPassed = null, scanned = null, testsFailed = null, loadTested = null, coverageRun = null;
        var reported = new List<TextSpan>();
        var claims = new Restatements();
        PerformanceClaims(context, model);
        foreach (ModelStatement statement in model.StatementArray)
        {
            // What the statement may hold is known from triage without reading it: a statement that may hold none of
            // the claims is passed over before its status and clauses are read.
            bool absolute = Absolutes.MayHold(model, statement), metric = model.MayHold(statement, MetricSections),
                passing = model.MayHold(statement, PassingSections), standard = model.MayHold(statement, StandardSections),
                guarantee = model.MayHold(statement, GuaranteeSections), capacity = statusReport && model.MayHold(statement, CapacitySections),
                coverage = statusReport && model.MayHold(statement, CoverageSections);
            if (!(absolute || metric || passing || standard || guarantee || capacity || coverage))
            {
                continue;
            }

            // A link, a command, a cited file or a log backs what the statement says; an open box is a to-do; the state
            // before the work is no result of it.
            if (!Absolutes.Unbacked(model, statement))
            {
                continue;
            }

            reported.Clear();
            if (capacity && statement.Status != StatusKind.Pending)
            {
                CapacityClaims(model, statement, reported, claims, ref loadTested);
            }

            if (coverage && statement.Status != StatusKind.Pending && StandsAsClaim(statement))
            {
                CoverageClaims(model, statement, reported, claims, ref coverageRun);
            }

            if (absolute)
            {
                PhraseClaims(context, model, statement, reported, claims, ref testsBacked, ref testsPassed, ref scanned, ref testsFailed);
            }

            // The claims read from a metric and its extreme, in any order, stand in a report's items, key lines, rows
            // and marked lines, not in running prose.
            if ((metric || passing || standard || guarantee) && (statusReport || statement.Status == StatusKind.Met) && StandsAsClaim(statement) && !NotAllMet(statement))
            {
                if (metric)
                {
                    MetricClaims(context, model, statement, reported, claims, ref testsPassed, ref scanned);
                }

                if (passing && statement.Status == StatusKind.Met && statement.Values.Count == 0 && !statement.HasEvidence(FactEvidence.Table))
                {
                    PassingClaims(context, model, statement, reported, claims, ref testsPassed);
                }

                if (standard)
                {
                    ComplianceClaims(context, model, statement, reported, claims);
                }

                if (guarantee)
                {
                    GuaranteeClaims(model, statement, reported, claims);
                }
            }
        }

        // A claim the report restates ("Coverage: 100%" in the summary, a table and the conclusion) is one finding.
        claims.ReportAll(context.Diagnostics, Rule);
    }

    // Items, key lines, rows and lines of code state claims; running prose and headings only with a status mark
    // ("### Security & Compliance: 100% ✅", not "## Recommendations for Full Compliance").
    private static bool StandsAsClaim(ModelStatement statement) =>
        statement.Kind is not (StatementKind.Sentence or StatementKind.Heading) || statement.Symbols.Count > 0;

    // The absolutes of the lexicon: "100% pass rate", "0 vulnerabilities", "all attacks blocked".
    private static void PhraseClaims(DocumentAnalysisContext context, ReportModel model, ModelStatement statement, List<TextSpan> reported, Restatements claims, ref bool? testsBacked, ref bool? testsPassed, ref bool? scanned, ref bool? testsFailed)
    {
        Lexicon lexicon = context.Document.Lexicon;
        var hits = new List<PhraseHit>();
        Absolutes.AddHits(statement, hits);
        if (hits.Count == 0)
        {
            return;
        }

        Items<FactValue> values = statement.Values;
        Items<PhraseHit> capabilities = statement.Find(AbsoluteCapability);
        bool counted = statement.HasEvidence(FactEvidence.Count);
        foreach (PhraseHit hit in hits)
        {
            bool aboutTests = hit.Section == AbsoluteTests;
            if (hit.IsQuoted || IsCapability(capabilities, hit.Span) || (counted && (aboutTests || !CountsTests(statement, lexicon))) || !Absolutes.Stands(model, statement, hit))
            {
                continue;
            }

            // "**Résultat** : tous les seuils respectés" right under the table of the checks: the table is what it sums up.
            if (aboutTests && (AnyFullRatio(values) || statement.HasEvidence(FactEvidence.Table) || (testsBacked ??= TestsBackedInDocument(model)) ||
                TestsPassedInDocument(model, statement, ref testsPassed)))
            {
                // Backed, and read: its figure is no other metric's ("96.4% accuracy with 100% success rate").
                reported.Add(hit.Span);
                continue;
            }

            if (!aboutTests && CountsWhatScannersCount(statement, hit.Span) && ScannedInDocument(model, ref scanned))
            {
                // Backed by the scan the report shows, and read: no metric claim of its own.
                reported.Add(hit.Span);
                continue;
            }

            CodeFixFactory? fix = null;
            string hint = string.Empty;
            string? word = aboutTests ? lexicon.Replacement(hit.Section, hit.Phrase) : null;
            // The fix writes that all of them passed: not in a report that counts tests failed or not passed elsewhere
            // ("Unit tests: 640 passed, 4 failed"), which the written "644/644 passed" would contradict.
            if (word is not null && CountBefore(model, lexicon, values, hit.Span.Start) is { } count && !(testsFailed ??= TestsNotAllPassedInDocument(model)))
            {
                string replacement = string.Create(CultureInfo.InvariantCulture, $"{count}/{count} {word}");
                fix = WithCount(replacement);
                hint = $"; if all {count} did, say '{replacement}'";
            }

            // The claim as written, with the severities its noun takes after it: "0 vulnérabilité critique" claims no
            // critical vulnerability, not none at all.
            TextSpan claimed = WithStandardAfter(statement, WithSeveritiesAfter(statement, hit.Span));
            reported.Add(claimed);
            TextSpan? before = StandardBefore(statement, hit.Span);
            // "HIPAA 100% compliant", "100% compliant with SOC 2": compliance with a regime only an outside auditor
            // certifies is a certification, RL1002's.
            if (OfRegime(lexicon, statement, before is { } named ? TextSpan.FromBounds(named.Start, claimed.End) : claimed))
            {
                continue;
            }

            // "RGPD 100% conforme": compliance with the standard named right before it, the claim "| RGPD | ✅ Conforme |" makes.
            string key = before is { } standard
                ? "c:" + StandardName(statement, standard, [.. statement.Find(Compliant)])
                : "t:" + Restatements.Subject(statement, hit.Span) + "|" + Restatements.Fold(statement.Prose[hit.Span]);
            claims.Add(key + "|" + Complement(statement, claimed), statement, claimed, fix, model.TextOf(claimed).ToString(), hint);
        }
    }

    // Whether a standard within the span is a regime of certification.regime.
    private static bool OfRegime(Lexicon lexicon, ModelStatement statement, TextSpan span)
    {
        foreach (PhraseHit standard in statement.Find(Standard))
        {
            if (span.Contains(standard.Span) && lexicon.Contains(Regime, standard.Phrase))
            {
                return true;
            }
        }

        return false;
    }

    // "0 vulnérabilité critique", "aucune vulnérabilité critique ou élevée": the severities (lexicon section
    // claim.severity) that follow the claim's noun, joined by a word of claim.severity.joint ("ou", "et"), are part of
    // the claim, which a message that dropped them would make absolute. Only spaces and emphasis may stand between.
    private static TextSpan WithSeveritiesAfter(ModelStatement statement, TextSpan claim)
    {
        Items<PhraseHit> severities = statement.Find(SeverityAfter);
        if (severities.Count == 0)
        {
            return claim;
        }

        Items<PhraseHit> joints = statement.Find(SeverityJoint);
        int end = claim.End;
        bool joined = false;
        while (true)
        {
            int at = SkipSpacesAndEmphasis(statement, end);
            if (StartingAt(severities, at) is { } severity)
            {
                end = severity.Span.End;
                joined = true;
                continue;
            }

            // A joint leads to a further severity only after a first ("critique ou élevée", not "ou critique").
            if (joined && StartingAt(joints, at) is { } joint && StartingAt(severities, SkipSpacesAndEmphasis(statement, joint.Span.End)) is { } next)
            {
                end = next.Span.End;
                continue;
            }

            return TextSpan.FromBounds(claim.Start, end);
        }
    }

    // "100% conformité RGPD", "100% CONFORMITÉ OWASP TOP 10": the standard right after the claim (spaces and emphasis
    // between) says what it is compliance with, and is quoted with it.
    // One word of claim.standard.joint may stand between ("100% compliance with GDPR", "conformité au RGPD").
    private static TextSpan WithStandardAfter(ModelStatement statement, TextSpan claim)
    {
        Items<PhraseHit> standards = statement.Find(Standard);
        if (standards.Count == 0)
        {
            return claim;
        }

        int at = SkipSpacesAndEmphasis(statement, claim.End);
        PhraseHit? standard = StartingAt(standards, at);
        if (standard is null && StartingAt(statement.Find(StandardJoint), at) is { } joint)
        {
            standard = StartingAt(standards, SkipSpacesAndEmphasis(statement, joint.Span.End));
        }

        return standard is { } named ? TextSpan.FromBounds(claim.Start, named.Span.End) : claim;
    }

    // "OWASP Top 10 Compliance: 100%": the standard right before the key's name (spaces and emphasis between) is quoted
    // with it; the name's capitalised words stop at the standard's number.
    private static int WithStandardBefore(ModelStatement statement, int start)
    {
        foreach (PhraseHit standard in statement.Find(Standard))
        {
            if (standard.Span.End <= start && !standard.IsQuoted && SkipSpacesAndEmphasis(statement, standard.Span.End) >= start)
            {
                return standard.Span.Start;
            }
        }

        return start;
    }

    // "Conformité OWASP Top 10 2021 : 100%": a full score after the claim, with only a year or a version, a colon,
    // spaces and emphasis between.
    private static TextSpan WithFullScoreAfter(ModelStatement statement, TextSpan claim)
    {
        foreach (FactValue value in statement.Values)
        {
            if (value.Span.Start < claim.End)
            {
                continue;
            }

            if (!value.IsPercentage)
            {
                // A year or a version the gap's test reads ("Top 10 2021").
                continue;
            }

            if (value.Number >= 100 && OnlyLabelBetween(statement.Prose[TextSpan.FromBounds(claim.End, value.Span.Start)]))
            {
                return TextSpan.FromBounds(claim.Start, value.Span.End);
            }

            break;
        }

        return claim;
    }

    private static bool OnlyLabelBetween(ReadOnlySpan<char> gap)
    {
        foreach (char c in gap)
        {
            if (!(char.IsDigit(c) || c is ' ' or '*' or '_' or ':' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    private static int SkipSpacesAndEmphasis(ModelStatement statement, int from) => Skip(statement, from, " *_");

    private static PhraseHit? StartingAt(Items<PhraseHit> hits, int position)
    {
        foreach (PhraseHit hit in hits)
        {
            if (hit.Span.Start == position && !hit.IsQuoted)
            {
                return hit;
            }
        }

        return null;
    }

    // A metric that needs evidence at its extreme, in any order: "Coverage: 100%", "100% test coverage", "Zero memory
    // leaks", "No critical bugs", "Vulnerabilities: none", "| Code Quality | 100% | 100% |" (the actual, not the target).
    // The metric words of one statement at a time: a list per thread, emptied for each statement (most statements of
    // a report are asked, and made a list each).
    [ThreadStatic]
    private static List<(PhraseHit Hit, bool High, bool FigureOnly)>? t_metrics;

    private static void MetricClaims(DocumentAnalysisContext context, ReportModel model, ModelStatement statement, List<TextSpan> reported, Restatements claims, ref bool? testsPassed, ref bool? scanned)
    {
        List<(PhraseHit Hit, bool High, bool FigureOnly)> metrics = t_metrics ??= [];
        metrics.Clear();
        foreach (PhraseHit hit in statement.Find(MetricHigh))
        {
            metrics.Add((hit, true, false));
        }

        // A state said whole only by its figure, and given as a result (a status mark, a cell): "✅ 100% fonctionnelle"
        // claims a measure; "fully functional" describes, and "**Authentification 100% fonctionnelle**" in a list of
        // strengths praises.
        if (statement.Symbols.Count > 0 || statement.Row is not null)
        {
            foreach (PhraseHit hit in statement.Find(MetricFigure))
            {
                metrics.Add((hit, true, true));
            }
        }

        foreach (PhraseHit hit in statement.Find(MetricLow))
        {
            metrics.Add((hit, false, false));
        }

        if (metrics.Count == 0 || statement.HasEvidence(FactEvidence.Count) || PercentageWithItsCount(statement))
        {
            return;
        }

        Items<PhraseHit> none = statement.Find(ExtremeNone), all = statement.Find(ExtremeAll), noneAfter = statement.Find(NoneAfter);
        Items<PhraseHit> capabilities = statement.Find(AbsoluteCapability);
        foreach ((PhraseHit metric, bool high, bool figureOnly) in metrics)
        {
            if (metric.IsQuoted || Within(metrics, metric.Span) || ClaimSpans.OverlapsAny(reported, metric.Span) ||
                (high && context.Document.Lexicon.Contains(OfTests, metric.Phrase) && TestsCountedBeside(model, statement)) ||
                (!high && context.Document.Lexicon.Contains(Scanned, metric.Phrase) && ScannedInDocument(model, ref scanned)) ||
                (!high && TestFailures(context.Document.Lexicon, statement, metric) && TestsPassedInDocument(model, statement, ref testsPassed)))
            {
                continue;
            }

            TextSpan? claim = figureOnly ? null : ExtremeWordBefore(statement, high ? all : none, metric.Span) ?? (high ? null : WordAfter(statement, noneAfter, metric.Span));
            TextSpan? apart = null;
            if (claim is null && ExtremeValue(model, statement, metric.Span, high) is { } found)
            {
                (claim, apart) = found;
            }

            // A figure after the word is a value of what the word names ("Functional Gaps | 100%"), not the state's.
            if (claim is not { } span || (figureOnly && span.Start >= metric.Span.Start) || ClaimSpans.OverlapsAny(reported, span) || IsCapability(capabilities, span) || NamesFeature(statement, span) || !Asserted(model, statement, span) ||
                (high && JoinedToAnotherName(statement, metric.Span)))
            {
                continue;
            }

            // A value a target stands between quotes as its metric and itself ("Code Quality: 100%"), not the target's cell.
            // The metric as its key names it: "Linting Errors: 0", not "Errors: 0".
            // The severities after the claim are part of it ("| Security Issues | 0 Critical |", "**Bugs** : Aucun critique"), and
            // so is the standard it is compliance with ("100% CONFORMITÉ OWASP TOP 10").
            TextSpan shown = WithStandardAfter(statement, high ? span : WithSeveritiesAfter(statement, span));
            TextSpan quoted = span.Start == metric.Span.Start ? TextSpan.FromBounds(WithStandardBefore(statement, ClaimSpans.KeyNameStart(statement, metric.Span.Start)), shown.End) : shown;
            string quote = apart is { } name ? model.TextOf(TextSpan.FromBounds(ClaimSpans.KeyNameStart(statement, name.Start), name.End)) + ": " + model.TextOf(shown) : model.TextOf(quoted).ToString();
            reported.Add(shown);
            // The same metric at the same extreme is the same claim: "0 TypeScript errors", "TypeScript Errors: 0".
            int from = span.Start < metric.Span.Start ? FirstWordEnd(statement, span) : statement.Span.Start;
            string key = "m:" + Restatements.MetricName(statement, metric.Span, from) + (high ? "|all|" : "|none|") + Complement(statement, span);
            claims.Add(key, statement, shown, null, quote, string.Empty);
        }
    }

    // Performance figures presented as met ("| Page Load Time | < 2s | ~1.8s | ✅ |", "### System Performance ✅
    // VALIDATED" over "Average 45ms") while the report lists the load or performance testing that would measure them
    // as still to do ("- [ ] Load testing with k6"): one finding a section, the section's other figures related.
    private static void PerformanceClaims(DocumentAnalysisContext context, ReportModel model)
    {
        if (!model.IsStatusReport || PendingPerformanceTest(model) is not { } pending)
        {
            return;
        }

        Lexicon lexicon = context.Document.Lexicon;
        var bySection = new Dictionary<int, List<TextSpan>>();
        var first = new List<(ModelStatement Statement, int Section)>();
        bool afterList = false;
        foreach (ModelStatement statement in model.StatementArray)
        {
            // The items of a list led in by the state after the work ("**After Enhancement:**", "**Après :**") give its result.
            bool item = statement.Kind == StatementKind.ListItem;
            afterList = item ? afterList : LeadsInAfter(statement);
            if (statement == pending || statement.HasEvidence(Backing) || statement.Values.Count == 0 || !(PresentedAsMet(model, statement) || (item && afterList)) ||
                !Measures(model, statement) || statement.Contains(PerfTest) || UnderPerformanceTest(model, statement) || InPlan(statement))
            {
                continue;
            }

            foreach (FactValue value in statement.Values)
            {
                bool performance = value.Unit is "ms" or "s" or "min" or "req/s" || (value.Unit.Length == 0 && value.Number > 1 && lexicon.Contains(PerfCapacity, value.Noun));
                // "> 500ms pendant 2 minutes" sets an alert's threshold: a bound from below is no result. "Debouncing
                // (300ms)", "Timeout: 30s" set a behaviour: a setting is no result either.
                if (!performance || value.IsRatio || value.IsLowerBound || model.RoleAt(statement, value.Span) != FactRole.Actual || model.StanceAt(statement, value.Span) != FactStance.None ||
                    Sets(statement, value.Span))
                {
                    continue;
                }

                int section = statement.Section?.HeadingSpan.Start ?? -1;
                if (!bySection.TryGetValue(section, out List<TextSpan>? spans))
                {
                    bySection[section] = spans = [];
                    first.Add((statement, section));
                }

                spans.Add(value.Span);
                break;
            }
        }

        string hint = string.Create(CultureInfo.InvariantCulture, $"; the report lists its performance testing as still to do (line {pending.Line})");
        foreach ((ModelStatement statement, int section) in first)
        {
            List<TextSpan> spans = bySection[section];
            context.Diagnostics.Report(Rule, spans[0], ImmutableDictionary<string, string>.Empty, spans.Skip(1).ToArray(), statement.Text.Truncate(60).ToString(), hint);
        }
    }

    // Whether the value is a setting: a word of perf.setting ("debouncing", "timeout", "TTL", "délai d'expiration")
    // right before it, at most two words away ("Debouncing (300ms)", "Request timeout: 30s", "Polling interval of 5 s").
    private static bool Sets(ModelStatement statement, TextSpan value)
    {
        foreach (PhraseHit setting in statement.Find(PerfSetting))
        {
            if (setting.Span.End <= value.Start && SettingGap(statement.Prose[TextSpan.FromBounds(setting.Span.End, value.Start)]))
            {
                return true;
            }
        }

        return false;
    }

    // The words and marks between a setting and its value: at most two words, with spaces, emphasis, a colon, an equals
    // sign or an opening parenthesis ("Debouncing (300ms)", "**Timeout**: 30s", "TTL = 5 min"); nothing that ends a clause.
    private static bool SettingGap(ReadOnlySpan<char> gap)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in gap)
        {
            bool letter = char.IsLetter(c) || c is '\'' or '’' or '-';
            if (!letter && c is not (' ' or ':' or '(' or '*' or '_' or '=' or '`'))
            {
                return false;
            }

            words += letter && !inWord ? 1 : 0;
            inWord = letter;
        }

        return words <= 2;
    }

    // A lead-in that opens with the state after the work and ends with a colon: "**After Enhancement:**", "Après :".
    private static bool LeadsInAfter(ModelStatement statement)
    {
        if (statement.Kind is not (StatementKind.Sentence or StatementKind.KeyValueLine) || !statement.Prose[statement.Span].TrimEnd(" *_\t\r\n").EndsWith(':'))
        {
            return false;
        }

        foreach (PhraseHit hit in statement.Find(AfterLabel))
        {
            if (!hit.IsQuoted && !HasLetterOrDigitBefore(statement, hit.Span.Start))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasLetterOrDigitBefore(ModelStatement statement, int position)
    {
        foreach (char c in statement.Prose[TextSpan.FromBounds(statement.Span.Start, position)])
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    // A figure of performance: its statement, or the heading over it, names what it measures ("Page Load Time",
    // "### System Performance ✅"); a duration of work ("Create favicon set (20 min)") is none.
    private static bool Measures(ReportModel model, ModelStatement statement)
    {
        if (statement.Contains(PerfMetric))
        {
            return true;
        }

        ModelSection? section = statement.Section;
        return section is not null && section.Folded.Contains(PerfMetric);
    }

    // The results of a test the report ran ("## Load Test Results"): measured, not claimed.
    private static bool UnderPerformanceTest(ReportModel model, ModelStatement statement)
    {
        foreach (ModelSection section in model.EnclosingSections(statement.Span.Start))
        {
            if (section.Folded.Contains(PerfTest))
            {
                return true;
            }
        }

        return false;
    }

    // A load, stress or performance test the report has not run: an open box, a pending mark, or a line under next
    // steps, recommendations or a priority list.
    private static ModelStatement? PendingPerformanceTest(ReportModel model)
    {
        ModelStatement? pending = null;
        foreach (ModelStatement statement in model.StatementArray)
        {
            if (!model.MayHold(statement, PerfTest) || !statement.Contains(PerfTest))
            {
                continue;
            }

            // A load test the report marks run ("## Tests de charge validés ✅", "✅ Load tests: 12/12") backs its figures.
            if (statement.Status == StatusKind.Met)
            {
                return null;
            }

            if (pending is not null)
            {
                continue;
            }

            if (statement.Status == StatusKind.Pending || statement.Contains(Todo))
            {
                pending = statement;
                continue;
            }

            foreach (ModelSection section in model.EnclosingSections(statement.Span.Start))
            {
                if (section.Folded.Contains(Todo) || section.Folded.Contains(NextStep) || section.Folded.Contains(Remaining))
                {
                    pending = statement;
                    break;
                }
            }
        }

        return pending;
    }

    // Marked met on its own line or row, or standing under the nearest heading with a status, which is met.
    private static bool PresentedAsMet(ReportModel model, ModelStatement statement)
    {
        if (statement.Status != StatusKind.None)
        {
            return statement.Status == StatusKind.Met;
        }

        foreach (ModelSection section in model.EnclosingSections(statement.Span.Start))
        {
            if (section.Status != StatusKind.None)
            {
                return section.Status == StatusKind.Met;
            }
        }

        return false;
    }

    // "✅ Security tests passing", "[x] Tests passent": tests said to pass, marked done, with no count of them.
    private static void PassingClaims(DocumentAnalysisContext context, ReportModel model, ModelStatement statement, List<TextSpan> reported, Restatements claims, ref bool? testsPassed)
    {
        foreach (PhraseHit hit in statement.Find(Passing))
        {
            if (!hit.IsQuoted && !ClaimSpans.OverlapsAny(reported, hit.Span) && Asserted(model, statement, hit.Span))
            {
                // "✅ Tests passing" in a report that counts "**Unit Tests:** 171/171 passed", "✅ Backend tests passent"
                // beside "Tests Backend : 4/4 passent": it restates the count. A suite the count does not name ("Security
                // tests passing") is not backed by it.
                reported.Add(hit.Span);
                if (SuiteBefore(model, statement, hit.Span) is { } suite ? SuitePassedInDocument(model, suite) : TestsPassedInDocument(model, statement, ref testsPassed))
                {
                    continue;
                }

                claims.Add("p:" + Restatements.Subject(statement, hit.Span) + "|" + Restatements.Fold(statement.Prose[hit.Span]), statement, hit.Span, null, model.TextOf(hit.Span).ToString(), string.Empty);
            }
        }
    }

    // The suite a passing claim names: the word right before it ("Security" in "✅ Security tests passing"), folded, or
    // null when none stands there ("✅ Tests passing") or the word names none ("builds and tests pass": a word that
    // joins, of lexicon sections crossref.and and crossref.filler, or an article).
    private static string? SuiteBefore(ReportModel model, ModelStatement statement, TextSpan hit)
    {
        ReadOnlySpan<char> before = statement.Prose[TextSpan.FromBounds(statement.Span.Start, hit.Start)].TrimEnd(" *_");
        int start = before.Length;
        while (start > 0 && char.IsLetter(before[start - 1]))
        {
            start--;
        }

        ReadOnlySpan<char> word = before[start..];
        return word.IsEmpty || model.IsPhrase(JoiningWord, word) || model.IsPhrase(FillerWord, word) || model.IsPhrase(LexiconSections.Stopword, word)
            ? null
            : ReportModel.Fold(word.ToString());
    }

    private static readonly LexiconSection JoiningWord = new("crossref.and"), FillerWord = new("crossref.filler");

    // Whether a statement of the report counts all tests of that suite passed ("Tests Backend : 4/4 passent").
    private static bool SuitePassedInDocument(ReportModel model, string suite)
    {
        foreach (ModelStatement other in model.StatementArray)
        {
            if (AllTestsPassed(other) && (" " + other.Folded.Text + " ").Contains(" " + suite + " ", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // Compliance with a standard or regulation asserted with no audit, scan or certificate: "✅ WCAG 2.1 AA Compliant",
    // "RGPD 100% conforme", "Conformité OWASP Top 10 2021 : 100%", "**OWASP Top 10** ✅".
    private static void ComplianceClaims(DocumentAnalysisContext context, ReportModel model, ModelStatement statement, List<TextSpan> reported, Restatements claims)
    {
        Items<PhraseHit> standards = statement.Find(Standard);
        if (standards.Count == 0 || statement.Contains(Audited) || NamesAuthority(statement, standards) || NotAllMet(statement))
        {
            return;
        }

        var words = new List<PhraseHit>(statement.Find(Compliant));
        if (HasFullScoreOrMark(statement))
        {
            words.AddRange(statement.Find(Compliance));
        }

        foreach (PhraseHit standard in standards)
        {
            // Compliance with a regime only an outside auditor certifies ("SOC 2: ✅ COMPLIANT") is a certification the
            // report gives itself, RL1002's.
            if (standard.IsQuoted || ClaimSpans.OverlapsAny(reported, standard.Span) || InName(statement, standard.Span) ||
                context.Document.Lexicon.Contains(Regime, standard.Phrase))
            {
                continue;
            }

            TextSpan? claim = null;
            foreach (PhraseHit word in words)
            {
                if (word.Span.End <= standard.Span.Start && ClaimSpans.Adjacent(statement, word.Span.End, standard.Span.Start, 3, digits: true))
                {
                    claim = TextSpan.FromBounds(word.Span.Start, standard.Span.End);
                }
                else if (word.Span.Start >= standard.Span.End && ClaimSpans.Adjacent(statement, standard.Span.End, word.Span.Start, 3, digits: true))
                {
                    claim = TextSpan.FromBounds(standard.Span.Start, word.Span.End);
                }
            }

            foreach (StatusMark mark in claim is null && !CountedBefore(statement, standard.Span) ? statement.Symbols : [])
            {
                if (mark.Kind == StatusKind.Met && mark.Span.Start >= standard.Span.End && ClaimSpans.Adjacent(statement, standard.Span.End, mark.Span.Start, 0, digits: true))
                {
                    claim = TextSpan.FromBounds(standard.Span.Start, mark.Span.End);
                }
            }

            if (claim is not { } span || ClaimSpans.OverlapsAny(reported, span) || NamesFeature(statement, span) || !Asserted(model, statement, span))
            {
                continue;
            }

            // The full score that makes the noun a claim is quoted with it: "Conformité OWASP Top 10 2021 : 100%".
            TextSpan shown = WithFullScoreAfter(statement, span);
            reported.Add(shown);
            // Compliance with one standard is one claim however the report words it: "Conformité OWASP Top 10 : 100%" in
            // the summary, "| OWASP Top 10 2021 | 100% | ✅ CONFORME |" in the table.
            claims.Add("c:" + StandardName(statement, standard.Span, words) + "|" + Complement(statement, span), statement, shown, null, model.TextOf(shown).ToString(), string.Empty);
        }
    }

    // A standard named right before a claim of compliance ("RGPD 100% conforme", "WCAG 2.1 AA 100% compliant").
    private static TextSpan? StandardBefore(ModelStatement statement, TextSpan claim)
    {
        if (!statement.Contains(Standard) || !(Inside(statement.Find(Compliant), claim) || Inside(statement.Find(Compliance), claim)))
        {
            return null;
        }

        foreach (PhraseHit standard in statement.Find(Standard))
        {
            if (!standard.IsQuoted && standard.Span.End <= claim.Start && ClaimSpans.Adjacent(statement, standard.Span.End, claim.Start, 3, digits: true) &&
                !InName(statement, standard.Span))
            {
                return standard.Span;
            }
        }

        return null;
    }

    private static bool Inside(Items<PhraseHit> hits, TextSpan span)
    {
        foreach (PhraseHit hit in hits)
        {
            if (span.Contains(hit.Span))
            {
                return true;
            }
        }

        return false;
    }

    // The standard as the line names it, its version and level with it, up to a compliance word or anything but words
    // ("OWASP Top 10 2021", "WCAG 2.1 AAA" apart from "WCAG 2.1 AA"), folded.
    private static string StandardName(ModelStatement statement, TextSpan standard, List<PhraseHit> words)
    {
        int end = standard.End;
        ReadOnlySpan<char> rest = statement.Prose[TextSpan.FromBounds(standard.End, statement.Span.End)];
        for (int i = 0; i < rest.Length && (char.IsLetterOrDigit(rest[i]) || rest[i] is ' ' or '.' or '-'); i++)
        {
            // "RGPD 100% conforme": a percentage is the claim's measure, not the standard's version ("WCAG 2.1").
            if (char.IsDigit(rest[i]) && (i == 0 || !char.IsLetterOrDigit(rest[i - 1])) && IsPercentage(rest[i..]))
            {
                break;
            }

            foreach (PhraseHit word in words)
            {
                if (word.Span.Start == standard.End + i)
                {
                    return Restatements.Fold(statement.Prose[TextSpan.FromBounds(standard.Start, end)]);
                }
            }

            if (char.IsLetterOrDigit(rest[i]))
            {
                end = standard.End + i + 1;
            }
        }

        return Restatements.Fold(statement.Prose[TextSpan.FromBounds(standard.Start, end)]);
    }

    // Whether the number that opens the text is a percentage ("100%", "99.9 %").
    private static bool IsPercentage(ReadOnlySpan<char> text)
    {
        int i = 0;
        while (i < text.Length && (char.IsDigit(text[i]) || (text[i] is '.' or ',' && i + 1 < text.Length && char.IsDigit(text[i + 1]))))
        {
            i++;
        }

        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        return i < text.Length && text[i] == '%';
    }

    // What the metric is of, right after the claim ("100% Coverage of LoS.docx requirements", "0 erreur du module
    // Paiement"), folded: the coverage of one document and of another are two claims.
    private static string Complement(ModelStatement statement, TextSpan claim)
    {
        int at = claim.End;
        ReadOnlySpan<char> rest = statement.Prose[TextSpan.FromBounds(claim.End, statement.Span.End)];
        int skip = 0;
        while (skip < rest.Length && rest[skip] is ' ' or '*' or '_')
        {
            skip++;
        }

        foreach (PhraseHit of in statement.Find(ComplementWord))
        {
            if (of.Span.Start == at + skip)
            {
                ReadOnlySpan<char> words = rest[skip..];
                int end = words.IndexOfAny("(,;|\n!?");
                return Restatements.Fold(end < 0 ? words : words[..end]);
            }
        }

        return string.Empty;
    }

    // The end of the claim's first word ("Zero" of "Zero TypeScript Errors", "0" of "0 critical bugs").
    private static int FirstWordEnd(ModelStatement statement, TextSpan claim)
    {
        int space = statement.Prose[claim].IndexOf(' ');
        return space < 0 ? claim.Start : claim.Start + space;
    }

    // "Full compliance tracking system", "système de suivi de conformité totale": the claim's words name a feature (an
    // attributive noun phrase whose head comes after it in English, before it in French), they claim nothing.
    private static bool NamesFeature(ModelStatement statement, TextSpan claim)
    {
        foreach (PhraseHit head in statement.Find(Feature))
        {
            if ((head.Span.Start >= claim.End && statement.Prose[TextSpan.FromBounds(claim.End, head.Span.Start)].IsWhiteSpace()) ||
                (head.Span.End <= claim.Start && statement.Prose[TextSpan.FromBounds(head.Span.End, claim.Start)].IsWhiteSpace()))
            {
                return true;
            }
        }

        return false;
    }

    // "10 OWASP ✅": a count of checks of the standard, not compliance with it.
    private static bool CountedBefore(ModelStatement statement, TextSpan standard)
    {
        foreach (FactValue value in statement.Values)
        {
            if (value.Span.End <= standard.Start && ClaimSpans.Adjacent(statement, value.Span.End, standard.Start, 0))
            {
                return true;
            }
        }

        return false;
    }

    // "Compliance" names a topic unless a met mark or a full score says it is reached ("✅ Conformité RGPD", "Compliance: 100%").
    private static bool HasFullScoreOrMark(ModelStatement statement)
    {
        foreach (FactValue value in statement.Values)
        {
            if (value.IsPercentage && value.Number >= 100)
            {
                return true;
            }
        }

        return statement.Status == StatusKind.Met;
    }

    // A standard's name inside a file or identifier ("RGPD_CONFORMITE.md", "owasp/top10").
    private static bool InName(ModelStatement statement, TextSpan span)
    {
        ReadOnlySpan<char> before = statement.Prose[TextSpan.FromBounds(statement.Span.Start, span.Start)];
        ReadOnlySpan<char> after = statement.Prose[TextSpan.FromBounds(span.End, statement.Span.End)];
        return (before.Length > 0 && before[^1] is '_' or '/' or '.') || (after.Length > 1 && (after[0] is '_' or '/' || (after[0] == '.' && char.IsLetter(after[1]))));
    }

    // An outside body named beside the standard ("audited by the ANSSI"), the standard's own name aside ("HIPAA").
    private static bool NamesAuthority(ModelStatement statement, Items<PhraseHit> standards)
    {
        foreach (PhraseHit body in statement.Find(Authority))
        {
            bool isStandard = false;
            foreach (PhraseHit standard in standards)
            {
                isStandard |= ClaimSpans.Overlap(standard.Span, body.Span);
            }

            if (!isStandard)
            {
                return true;
            }
        }

        return false;
    }

    // Any mark of the statement that is not met (partial, pending, failed): the statement claims no compliance.
    private static bool NotAllMet(ModelStatement statement)
    {
        foreach (StatusMark mark in statement.Marks)
        {
            if (mark.Kind is StatusKind.Partial or StatusKind.Pending or StatusKind.Failed)
            {
                return true;
            }
        }

        return false;
    }

    // "Zero memory leaks", "No critical bugs", "full coverage": the extreme word right before the metric.
    private static TextSpan? ExtremeWordBefore(ModelStatement statement, Items<PhraseHit> words, TextSpan metric)
    {
        foreach (PhraseHit word in words)
        {
            if (word.Span.End <= metric.Start && ClaimSpans.Adjacent(statement, word.Span.End, metric.Start, 2))
            {
                // "Zero-downtime deploys", "zero-downtime deployment": a compound that names a feature, not a result.
                return statement.Prose[TextSpan.FromBounds(word.Span.End, metric.Start)].IndexOf('-') >= 0 ? null : TextSpan.FromBounds(word.Span.Start, metric.End);
            }
        }

        return null;
    }

    // "### 3. Security & Compliance: 100% ✅", "Tests et conformité : 100 %": the metric is one of two names joined into one
    // category, whose score the percentage gives (as its siblings "Documentation: 100%" do), not the metric's.
    private static bool JoinedToAnotherName(ModelStatement statement, TextSpan metric)
    {
        ReadOnlySpan<char> before = statement.Prose[TextSpan.FromBounds(statement.Span.Start, metric.Start)].TrimEnd(" *_");
        ReadOnlySpan<char> after = statement.Prose[TextSpan.FromBounds(metric.End, statement.Span.End)].TrimStart(" *_");
        if ((before.Length > 0 && before[^1] is '&' or '/' or '+' && EndsWithLetter(before[..^1])) ||
            (after.Length > 0 && after[0] is '&' or '/' or '+' && StartsWithLetter(after[1..])))
        {
            return true;
        }

        foreach (PhraseHit joiner in statement.Find(Joined))
        {
            if ((joiner.Span.End <= metric.Start && statement.Prose[TextSpan.FromBounds(joiner.Span.End, metric.Start)].Trim(" *_").IsEmpty &&
                 EndsWithLetter(statement.Prose[TextSpan.FromBounds(statement.Span.Start, joiner.Span.Start)])) ||
                (joiner.Span.Start >= metric.End && statement.Prose[TextSpan.FromBounds(metric.End, joiner.Span.Start)].Trim(" *_").IsEmpty &&
                 StartsWithLetter(statement.Prose[TextSpan.FromBounds(joiner.Span.End, statement.Span.End)])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWithLetter(ReadOnlySpan<char> text)
    {
        text = text.TrimEnd(" *_");
        return text.Length > 0 && char.IsLetter(text[^1]);
    }

    private static bool StartsWithLetter(ReadOnlySpan<char> text)
    {
        text = text.TrimStart(" *_");
        return text.Length > 0 && char.IsLetter(text[0]);
    }

    // "Vulnerabilities: none".
    private static TextSpan? WordAfter(ModelStatement statement, Items<PhraseHit> words, TextSpan metric)
    {
        foreach (PhraseHit word in words)
        {
            if (word.Span.Start >= metric.End && ClaimSpans.Adjacent(statement, metric.End, word.Span.Start, 0))
            {
                return TextSpan.FromBounds(metric.Start, word.Span.End);
            }
        }

        return null;
    }

    // An actual value at the metric's extreme, right before it ("100% test coverage", "0 critical vulnerabilities") or
    // after it past any target ("Coverage: 100%", "| Code Quality | 100% | 100% |").
    // The claim's span, and the metric's when a target stands between them (the claim is then the value alone).
    private static (TextSpan Claim, TextSpan? Metric)? ExtremeValue(ReportModel model, ModelStatement statement, TextSpan metric, bool high)
    {
        Items<FactValue> values = statement.Values;
        int from = metric.End;
        bool afterTarget = false;
        foreach (FactValue value in values)
        {
            if (value.Span.End <= metric.Start)
            {
                if (IsExtreme(value, high) && ClaimSpans.Adjacent(statement, value.Span.End, metric.Start, 2) && model.RoleAt(statement, value.Span) == FactRole.Actual)
                {
                    return (TextSpan.FromBounds(value.Span.Start, metric.End), null);
                }

                continue;
            }

            if (value.Span.Start < from || !ClaimSpans.Adjacent(statement, from, value.Span.Start, 1))
            {
                return null;
            }

            // "100% required, 100% achieved": the value a target cue follows is the target, and the cue is its own.
            if (CueAfter(statement, value.Span) is { } cue)
            {
                from = SkipSeparators(statement, cue.End);
                afterTarget = true;
                continue;
            }

            FactRole role = model.RoleAt(statement, value.Span);
            if (!afterTarget && role is FactRole.Target or FactRole.Goal)
            {
                from = value.Span.End;
                continue;
            }

            // 99.95% against a stated target is a measure reported against it; 100% is an absolute all the same.
            bool targeted = afterTarget || from != metric.End || statement.Row?.Table.ColumnWith(ColumnRole.Target) is not null;
            if (!IsExtreme(value, high) || (targeted && high && value.Number < 100) || !(role == FactRole.Actual || (afterTarget && role == FactRole.Target)))
            {
                return null;
            }

            return from == metric.End ? (TextSpan.FromBounds(metric.Start, value.Span.End), null) : (value.Span, metric);
        }

        return null;
    }

    // A cue right after a value that makes it a target or a requirement ("100% required", "0 (cible)").
    private static TextSpan? CueAfter(ModelStatement statement, TextSpan value)
    {
        foreach (PhraseHit cue in statement.Find(NotAResult))
        {
            // Not a label that introduces a value of its own ("0 (target: 0)").
            if (cue.Span.Start >= value.End && cue.Span.Start - value.End <= 3 && ClaimSpans.NextAfter(statement, cue.Span.End) is not (':' or (>= '0' and <= '9')))
            {
                return cue.Span;
            }
        }

        return null;
    }

    // The first position from which no comma or space follows.
    private static int SkipSeparators(ModelStatement statement, int from) => Skip(statement, from, ", ;");

    // The first position from which none of the characters follows, within the statement.
    private static int Skip(ModelStatement statement, int from, string characters)
    {
        ReadOnlySpan<char> rest = statement.Prose[TextSpan.FromBounds(from, statement.Span.End)];
        int i = 0;
        while (i < rest.Length && characters.IndexOf(rest[i]) >= 0)
        {
            i++;
        }

        return from + i;
    }

    private static bool IsExtreme(FactValue value, bool high) =>
        high ? value.IsPercentage && value.Number is >= 99.9m and <= 100m && !value.IsUpperBound && !value.IsRatio
             : value.Number == 0 && !value.IsRatio && (value.Unit.Length == 0 || value.IsPercentage) && !value.IsLowerBound;

    // Asserted as a result: not negated, modal, asked or quoted; not an instruction, a condition or a target ("make
    // sure all tests pass", "if no error occurs", "100% required").
    private static bool Asserted(ReportModel model, ModelStatement statement, TextSpan claim)
    {
        // A criterion to meet ("### Graduation Criteria" over "- No major bugs reported") or an example.
        if (model.RoleAt(statement, claim) is FactRole.Goal or FactRole.Target or FactRole.Example)
        {
            return false;
        }

        FactStance stance = model.StanceAt(statement, claim);
        if (stance != FactStance.None && (stance != FactStance.Negated || NegatedOutside(statement, claim)))
        {
            return false;
        }

        foreach (PhraseHit cue in statement.Find(NotAResult))
        {
            if ((cue.Span.End <= claim.Start && ClaimSpans.Adjacent(statement, cue.Span.End, claim.Start, 4, digits: true)) ||
                (cue.Span.Start >= claim.End && (cue.Span.Start - claim.End <= 3 || InSubjectOf(statement, claim, cue.Span))))
            {
                return false;
            }
        }

        return true;
    }

    // Whether a negation stands outside the claim: "Aucune vulnérabilité" and "No critical bugs" are negative in form
    // and claim all the same; "no system is 100% safe" does not.
    private static bool NegatedOutside(ModelStatement statement, TextSpan claim)
    {
        foreach (PhraseHit negation in statement.Find(Negation))
        {
            if (!claim.Contains(negation.Span))
            {
                return true;
            }
        }

        // "No system is 100% secure": the negated noun is the subject, outside the claim.
        foreach (PhraseHit negation in statement.Find(NegatedNoun))
        {
            if (negation.Span.End <= claim.Start)
            {
                return true;
            }
        }

        return false;
    }

    // "18/18 tests passent (protection contre toutes les attaques)", "12 out of 12 tests pass": the tests passing are
    // counted, and back what they measure (a pass rate), not an absolute about the world or a coverage.
    private static bool CountsTests(ModelStatement statement, Lexicon lexicon)
    {
        foreach (FactValue value in statement.Values)
        {
            if (lexicon.Contains(CountTests, value.Noun) || (value.IsRatio && value.Noun.Length == 0 && statement.Contains(CountTests)))
            {
                return true;
            }
        }

        return false;
    }

    // The same claim backed by its count elsewhere in the report ("Achieve 100% passing tests (52/52 Sprint 2 tests)"):
    // a summary's "100% pass rate" restates it.
    private static bool TestsBackedInDocument(ReportModel model)
    {
        foreach (ModelStatement statement in model.StatementArray)
        {
            foreach (FactValue value in statement.Values)
            {
                if (value.Denominator is { } d && d > 1 && value.Number == d && statement.Contains(AbsoluteTests))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool Within(List<(PhraseHit Hit, bool High, bool FigureOnly)> metrics, TextSpan span)
    {
        foreach ((PhraseHit hit, _, _) in metrics)
        {
            if (hit.Span != span && hit.Span.Contains(span))
            {
                return true;
            }
        }

        return false;
    }

    // "supports zero downtime deployments" states a capability, not a result: a capability verb just before the claim.
    private static bool IsCapability(Items<PhraseHit> capabilities, TextSpan claim)
    {
        foreach (PhraseHit verb in capabilities)
        {
            if (verb.Span.End <= claim.Start && claim.Start - verb.Span.End <= CapabilityReach)
            {
                return true;
            }
        }

        return false;
    }

    // "| Pod Availability | 100% | 100% (8/8) | ✅ PASS |": a percentage followed by the fraction it is, in brackets and
    // nothing else between, gives the count it was measured on (a fraction alone, "Quality: (5/5)", may be a score).
    private static bool PercentageWithItsCount(ModelStatement statement)
    {
        Items<FactValue> values = statement.Values;
        for (int i = 1; i < values.Count; i++)
        {
            FactValue share = values[i - 1], fraction = values[i];
            if (share.IsPercentage && fraction is { IsPercentage: false, Denominator: { } whole } && whole > 1 && fraction.Number >= 0 && fraction.Number <= whole &&
                Math.Abs(share.Number - (100m * fraction.Number / whole)) <= 0.5m && OnlyBracketBetween(statement, share.Span.End, fraction.Span.Start))
            {
                return true;
            }
        }

        return false;
    }

    // One opening bracket between two values, with only spaces and emphasis around it.
    private static bool OnlyBracketBetween(ModelStatement statement, int from, int to)
    {
        int open = to < from ? -1 : statement.Prose[TextSpan.FromBounds(from, to)].IndexOf('(');
        return open >= 0 && ReportModel.NothingBetween(statement, from, from + open) && ReportModel.NothingBetween(statement, from + open + 1, to);
    }

    // "944/944": a ratio whose parts are equal.
    private static bool AnyFullRatio(Items<FactValue> values)
    {
        foreach (FactValue v in values)
        {
            if (v.Denominator is { } d && d > 0 && v.Number == d)
            {
                return true;
            }
        }

        return false;
    }

    // The count the claim is about: a whole number of tests stated before it ("644 Unit Tests: 100% pass rate"), and
    // only when every count the report gives for those tests agrees ("644 unit tests" here, "640/644 unit tests" there
    // leave the fix unoffered: it would write a number the report contradicts).
    private static decimal? CountBefore(ReportModel model, Lexicon lexicon, Items<FactValue> values, int claimStart)
    {
        foreach (FactValue v in values)
        {
            if (v.Span.End <= claimStart && v.IsCount && v.Number > 0 && lexicon.Contains(CountTests, v.Noun))
            {
                return AllCountsAgree(model, v) ? v.Number : null;
            }
        }

        return null;
    }

    private static bool AllCountsAgree(ReportModel model, FactValue count)
    {
        foreach (ModelStatement statement in model.StatementArray)
        {
            foreach (FactValue v in statement.Values)
            {
                if (v.Noun == count.Noun && v.Comparison == Comparison.Exact && v.Unit.Length == 0 &&
                    (v.Number != count.Number || (v.Denominator is { } d && d != count.Number)))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
