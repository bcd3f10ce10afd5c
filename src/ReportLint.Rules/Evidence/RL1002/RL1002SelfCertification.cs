using System.Collections.Immutable;
using ReportLint.Analysis;
using ReportLint.Claims;
using ReportLint.Collections;
using ReportLint.Diagnostics;
using ReportLint.Lexicons;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Evidence;

/// <summary>
/// RL1002: self-certification and hype ("certified", "signed &amp; approved", "enterprise-grade", "highest
/// standards", "125% of objectives", "certifié", "validé par") with no outside authority named in the same
/// statement. A suggestion by default.
/// </summary>
public sealed partial class RL1002SelfCertification : ReportAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        "RL1002", "self-certification", "Self-certification or hype with no outside authority",
        "'{0}' certifies the work with no outside authority: name the auditor, the standard or the evidence, or drop it",
        RuleCategory.Evidence, Severity.Info,
        "A report that certifies, signs and approves itself, or calls itself enterprise-grade, asks to be trusted without giving a reason to.");

    // The lexicon sections this rule reads.
    private static readonly LexiconSection Hype = new("hype"), HypeSelfAssessed = new("hype.self-assessed"), HypeOverTarget = new("hype.over-target"), Authority = new("authority"),
        Superlative = new("hype.superlative"), Quality = new("hype.quality"), QualityVerb = new("hype.quality.verb"), Approval = new("approval"), ApprovalValue = new("approval.value"), Signer = new("approval.signer"), Reviewer = new("approval.reviewer"), Self = new("approval.self"), GradeKey = new("grade.key"), GradeKeyRate = new("grade.key.rate"),
        GradeTop = new("grade.top"), Audited = new("claim.audited"), ThirdParty = new("hype.third-party"), Tests = new("count.tests"),
        GradeKeyQualifier = new("grade.key.qualifier"), GradeKeyComplement = new("grade.key.complement"), GradeRater = new("grade.rater"),
        Regime = new("certification.regime"), Meets = new("certification.meets");

    // The top of a star rating: four stars or more.
    private const int TopStars = 4;

    /// <summary>Compliance with a regime only an outside auditor certifies (SOC 2, ISO 27001, HIPAA), claimed by the report itself.</summary>
    public static readonly RuleDescriptor Certification = Rule.ForCheck("certification",
        "A certification only an outside auditor gives, claimed by the report itself",
        "'{0}' claims what only an outside auditor certifies: name the auditor and the audit, or drop it");

    /// <inheritdoc />
    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [Rule, Certification];

    // The set asked of every statement, made once.
    private static readonly LexiconSection[] AnySections = [Hype, HypeSelfAssessed, HypeOverTarget, Superlative, Quality, Approval, ApprovalValue, Signer, Reviewer, GradeKey, GradeTop, Regime];

    /// <inheritdoc />
    public override DocumentScope Scope => DocumentScope.StatusReports;

    /// <inheritdoc />
    public override RuleNeeds Needs { get; } = RuleNeeds.PhraseInParagraph(Hype, HypeSelfAssessed, Superlative, Quality, Approval, ApprovalValue, Signer, GradeKey, GradeTop, Regime) | (RuleNeeds.Character("%") & RuleNeeds.PhraseInParagraph(HypeOverTarget));

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        ReportModel model = ReportModel.Of(context.Document);
        bool statusReport = model.IsStatusReport;
        var reported = new List<TextSpan>();
        var claims = new Restatements();
        var certifications = new Restatements();
        List<(ModelStatement Statement, TextSpan Span, string Text)>? reviewers = null;
        foreach (ModelStatement statement in model.StatementArray)
        {
            // An item still to do ("- [ ] Horodatage certifié - 2h", "⏳ Sign-off by QA") plans the work; it certifies
            // nothing yet, as RL1001 reads such an item as no claim.
            if (!model.MayHold(statement, AnySections) || statement.Status == StatusKind.Pending || statement.Contains(Audited))
            {
                continue;
            }

            reported.Clear();
            // The regime a certification is claimed under is named, and so is no authority for it: who audited is.
            if (statusReport)
            {
                CertifiedRegimes(model, statement, reported, certifications);
            }

            if (statement.Contains(Authority))
            {
                continue;
            }

            // The signer first: "Validé par : Claude Code" signs the report's sign-off, whatever hype its words hold.
            SelfSigned(model, statement, reported, claims, statusReport, Signer, null);
            SelfSigned(model, statement, reported, claims, statusReport, Reviewer, reviewers ??= []);
            foreach (LexiconSection section in (ReadOnlySpan<LexiconSection>)[Approval, Hype, HypeSelfAssessed])
            {
                Terms(context.Document, model, statement, reported, claims, statusReport, section);
            }

            if (statusReport)
            {
                ApprovedValues(model, statement, reported, claims);
            }

            // A grade before the superlatives: "Perfect test quality score (5/5)" gives the grade 5/5, as "Test Quality
            // Score: 5/5 (Perfect)" does.
            SelfGraded(context.Document, model, statement, reported, claims, statusReport);
            Terms(context.Document, model, statement, reported, claims, statusReport, Superlative);
            QualityGrades(context.Document, model, statement, reported, claims, statusReport);

            // "125% of objectives": more than all of the goals.
            Items<PhraseHit> overTarget = statement.Find(HypeOverTarget);
            foreach (FactValue value in overTarget.Count == 0 ? [] : statement.Values)
            {
                if (value.IsPercentage && value.Number > 100 && FollowedBy(statement, value, overTarget) is { IsQuoted: false } phrase)
                {
                    claims.Add("o:" + Restatements.Fold(statement.Prose[TextSpan.FromBounds(value.Span.Start, phrase.Span.End)]), statement, value.Span,
                        null, value.Text + " " + model.TextOf(phrase.Span));
                }
            }
        }

        // "**Auditor:** GitHub Copilot AI Assistant": who audited the work only says who did it, unless the report approves
        // itself (a sign-off above): then the audit its own author ran is what the approval rests on, a finding of its own.
        if (reviewers is not null && claims.Has(SignOff))
        {
            foreach ((ModelStatement statement, TextSpan span, string text) in reviewers)
            {
                claims.Add("r:" + Restatements.Fold(text), statement, span, null, text);
            }
        }

        // A stamp, a hype term or a grade the report repeats ("enterprise-grade" in every section, "Quality: Excellent" in
        // every row of a table) is one finding, its restatements related locations.
        claims.ReportAll(context.Diagnostics, Rule);
        certifications.ReportAll(context.Diagnostics, Certification);
    }

    // The stamps and hype terms of one lexicon section the statement asserts.
    private static void Terms(ReportDocument document, ReportModel model, ModelStatement statement, List<TextSpan> reported, Restatements claims, bool statusReport, LexiconSection section)
    {
        foreach (PhraseHit hit in statement.Find(section))
        {
            if (!hit.IsQuoted && Claims(model, statement, hit.Span, statusReport) && (!IsLabel(hit) || LeadsItsLine(statement, hit.Span)) &&
                !OfThirdParty(statement, hit.Span) && !ClaimSpans.InExternalLinkText(document, statement, hit.Span) && !SignedByTests(statement, hit.Span))
            {
                Report(model, statement, reported, claims, hit.Span, section == Approval ? SignOff : null);
            }
        }
    }

    // A top grade of the work's own quality or performance, where it stands as a claim: a stamp ("### 1. Performance
    // exceptionnelle", "✅ **EXCEPTIONAL PERFORMANCE**") or right after a verb that shows it ("demonstrates excellent code
    // quality"). "Set up CI to maintain excellent code quality" and "The goal is exceptional performance" claim nothing.
    private static void QualityGrades(ReportDocument document, ReportModel model, ModelStatement statement, List<TextSpan> reported, Restatements claims, bool statusReport)
    {
        foreach (PhraseHit hit in statement.Find(Quality))
        {
            if (!hit.IsQuoted && Claims(model, statement, hit.Span, statusReport)
                && model.RoleAt(statement, hit.Span) is not (FactRole.Goal or FactRole.Target or FactRole.Example)
                && (Stamped(statement, hit.Span) || AfterQualityVerb(model, statement, hit.Span))
                && !OfThirdParty(statement, hit.Span) && !ClaimSpans.InExternalLinkText(document, statement, hit.Span))
            {
                Report(model, statement, reported, claims, hit.Span, null);
            }
        }
    }

    private static bool Stamped(ModelStatement statement, TextSpan span) =>
        statement.Kind is StatementKind.Heading or StatementKind.KeyValueLine || ClaimSpans.IsShouted(statement, span) ||
        ClaimSpans.IsEmphasised(statement, span) || IsEmphasisedWhole(statement) || AfterKey(statement, span) ||
        (ClaimSpans.NextAfter(statement, span.End) == ':' && ClaimSpans.Adjacent(statement, statement.Span.Start, span.Start, 4, digits: true));

    // Whether the word right before the span (emphasis and spaces aside) is a verb of hype.quality.verb.
    private static bool AfterQualityVerb(ReportModel model, ModelStatement statement, TextSpan span)
    {
        ReadOnlySpan<char> before = statement.Prose[TextSpan.FromBounds(statement.Span.Start, span.Start)].TrimEnd(" *_");
        int start = before.Length;
        while (start > 0 && char.IsLetter(before[start - 1]))
        {
            start--;
        }

        // "démontre une qualité exceptionnelle": an article may stand between.
        ReadOnlySpan<char> word = before[start..];
        if (start > 0 && word.Length <= 3 && !model.IsPhrase(QualityVerb, word))
        {
            ReadOnlySpan<char> rest = before[..start].TrimEnd(" *_");
            int s = rest.Length;
            while (s > 0 && char.IsLetter(rest[s - 1]))
            {
                s--;
            }

            word = rest[s..];
        }

        return model.IsPhrase(QualityVerb, word);
    }

    // "**Status**: ✅ APPROVED", "- [x] User acceptance: APPROVED", "QA Lead: ✅ Approved": an approval that is the whole
    // opening of a short key's value, marked done or in capitals, in a status report. It is the report's sign-off. A
    // check's state ("Code: ✅ Validé") is no approval, and an ADR's "Status: Approved" is neither marked nor shouted.
    private static void ApprovedValues(ReportModel model, ModelStatement statement, List<TextSpan> reported, Restatements claims)
    {
        foreach (PhraseHit hit in statement.Find(ApprovalValue))
        {
            // The key is read from the start of the hit's line: a paragraph of key lines ("**Reviewed By**: …" then
            // "**Status**: ✅ APPROVED") is one statement.
            ReadOnlySpan<char> before = statement.Prose[TextSpan.FromBounds(statement.Span.Start, hit.Span.Start)];
            int lineStart = before.LastIndexOf('\n') + 1, colon = before.LastIndexOf(':');
            if (hit.IsQuoted || colon <= lineStart || model.StanceAt(statement, hit.Span) != FactStance.None ||
                !ClaimSpans.Adjacent(statement, statement.Span.Start + lineStart, statement.Span.Start + colon, 4, digits: true) ||
                !ClaimSpans.Adjacent(statement, statement.Span.Start + colon + 1, hit.Span.Start, 0) ||
                !(statement.Status == StatusKind.Met || ClaimSpans.IsShouted(statement, hit.Span)))
            {
                continue;
            }

            Report(model, statement, reported, claims, hit.Span, SignOff);
        }
    }

    // "Source académique certifiée", "certified data provider": the certificate of a third party the work uses, not
    // one the work gives itself.
    private static bool OfThirdParty(ModelStatement statement, TextSpan span)
    {
        foreach (PhraseHit noun in statement.Find(ThirdParty))
        {
            if ((noun.Span.End <= span.Start && ClaimSpans.Adjacent(statement, noun.Span.End, span.Start, 1)) ||
                (noun.Span.Start >= span.End && ClaimSpans.Adjacent(statement, span.End, noun.Span.Start, 1)))
            {
                return true;
            }
        }

        return false;
    }

    // "**SOC 2:** ✅ COMPLIANT", "- ✓ ISO 27001 alignment", "GDPR/HIPAA Compatible", "Audit logging (FDA-compliant)":
    // a regime only an outside auditor certifies (certification.regime), which the report says its own work meets: a word
    // that says so (certification.meets) or a done mark right beside it. Compliance with it said twice is one claim.
    private static void CertifiedRegimes(ReportModel model, ModelStatement statement, List<TextSpan> reported, Restatements claims)
    {
        Items<PhraseHit> regimes = statement.Find(Regime);
        if (regimes.Count == 0)
        {
            return;
        }

        Items<PhraseHit> meets = statement.Find(Meets);
        foreach (PhraseHit regime in regimes)
        {
            if (regime.IsQuoted || ClaimSpans.OverlapsAny(reported, regime.Span))
            {
                continue;
            }

            TextSpan? claim = null;
            foreach (PhraseHit word in meets)
            {
                if (word.IsQuoted)
                {
                    continue;
                }

                if (word.Span.Start >= regime.Span.End && ClaimSpans.Adjacent(statement, regime.Span.End, word.Span.Start, 3, digits: true))
                {
                    claim = TextSpan.FromBounds(regime.Span.Start, word.Span.End);
                    break;
                }

                if (word.Span.End <= regime.Span.Start && ClaimSpans.Adjacent(statement, word.Span.End, regime.Span.Start, 1, digits: true))
                {
                    claim = TextSpan.FromBounds(word.Span.Start, regime.Span.End);
                    break;
                }
            }

            foreach (StatusMark mark in claim is null ? statement.Symbols : [])
            {
                if (mark.Kind != StatusKind.Met)
                {
                    continue;
                }

                if (mark.Span.End <= regime.Span.Start && ClaimSpans.Adjacent(statement, mark.Span.End, regime.Span.Start, 0))
                {
                    claim = TextSpan.FromBounds(mark.Span.Start, regime.Span.End);
                    break;
                }

                if (mark.Span.Start >= regime.Span.End && ClaimSpans.Adjacent(statement, regime.Span.End, mark.Span.Start, 0, digits: true))
                {
                    claim = TextSpan.FromBounds(regime.Span.Start, mark.Span.End);
                    break;
                }
            }

            if (claim is { } span && Claims(model, statement, span, statusReport: true))
            {
                Report(model, statement, reported, claims, span, "g:" + Restatements.Fold(statement.Prose[regime.Span]));
            }
        }
    }

    // The report's sign-off: its approval stamps ("✅ APPROVED FOR PRODUCTION DEPLOYMENT") and the lines that sign them
    // ("Validated By: Enterprise Readiness Automation", "Audité par : Claude Code") make one claim, reported once.
    private const string SignOff = "a:sign-off";

    // A stamp, a grade or hype the report gives itself: asserted (not negated, modal or asked), in a status report or
    // standing as a stamp (a key that leads its line, a heading, a marked line, capitals, emphasis). Running prose outside a status report
    // (terms of use, a blog post, minutes praising someone's work) certifies nothing of its own.
    private static bool Claims(ReportModel model, ModelStatement statement, TextSpan span, bool statusReport)
    {
        if (model.StanceAt(statement, span) != FactStance.None)
        {
            return false;
        }

        return statusReport || statement.Symbols.Count > 0 || statement.Kind is StatementKind.Heading or StatementKind.KeyValueLine ||
            ClaimSpans.IsShouted(statement, span) || ClaimSpans.IsEmphasised(statement, span) || IsEmphasisedWhole(statement) ||
            (ClaimSpans.NextAfter(statement, span.End) == ':' && ClaimSpans.Adjacent(statement, statement.Span.Start, span.Start, 4, digits: true)) ||
            AfterKey(statement, span);
    }

    // A phrase of the lexicon that is a label ("signé :", "signed:") stamps the line it leads, not a clause that ends
    // in it ("c'est généralement mauvais signe :").
    private static bool IsLabel(PhraseHit hit) => hit.Phrase.EndsWith(':');

    private static bool LeadsItsLine(ModelStatement statement, TextSpan span)
    {
        ReadOnlySpan<char> before = statement.Prose[TextSpan.FromBounds(statement.Span.Start, span.Start)];
        int lineStart = statement.Span.Start + before.LastIndexOf('\n') + 1;
        return ClaimSpans.Adjacent(statement, lineStart, span.Start, 2, digits: true);
    }

    // The value of a short key ("- Status: enterprise-grade", "Quality Level: ENTERPRISE"): a status position.
    private static bool AfterKey(ModelStatement statement, TextSpan span)
    {
        ReadOnlySpan<char> before = statement.Prose[TextSpan.FromBounds(statement.Span.Start, span.Start)];
        int colon = before.IndexOf(':');
        return colon > 0 && ClaimSpans.Adjacent(statement, statement.Span.Start, statement.Span.Start + colon, 4, digits: true);
    }

    // "*This project has been completed to the highest standards.*": the whole statement in emphasis.
    private static bool IsEmphasisedWhole(ModelStatement statement)
    {
        ReadOnlySpan<char> text = statement.Prose[statement.Span].Trim();
        return text.Length > 2 && text[0] is '*' or '_' && text[^1] is '*' or '_';
    }

    // "**Approved By:** Claude Code AI Assistant", "Validé par : IA-2 Team", "Auditeur : OWASP Audit Tool v1.0": the
    // signer of the approval is the work's own author (the assistant, a tool, the team). A line of who audited or
    // reviewed the work (section Reviewer) is kept in pending, to be reported when the report approves itself.
    private static void SelfSigned(ReportModel model, ModelStatement statement, List<TextSpan> reported, Restatements claims, bool statusReport,
        LexiconSection section, List<(ModelStatement Statement, TextSpan Span, string Text)>? pending)
    {
        Items<PhraseHit> signers = statement.Find(section);
        if (signers.Count == 0)
        {
            return;
        }

        Items<PhraseHit> selves = statement.Find(Self);
        foreach (PhraseHit signer in signers)
        {
            // "Verified by: Automated test suite + manual verification", "Validé par : 9 tests automatisés, 33
            // assertions": what verified the work is its tests, evidence a reader can ask to see, not an approver.
            if (NamesTests(statement, signer.Span.End, selves))
            {
                continue;
            }

            foreach (PhraseHit self in selves)
            {
                if (!signer.IsQuoted && self.Span.Start >= signer.Span.End && ClaimSpans.Adjacent(statement, signer.Span.End, self.Span.Start, 6, digits: true) &&
                    Claims(model, statement, signer.Span, statusReport))
                {
                    var span = TextSpan.FromBounds(signer.Span.Start, self.Span.End);
                    if (pending is null)
                    {
                        if (!ClaimSpans.OverlapsAny(reported, span))
                        {
                            reported.Add(span);
                            claims.AddSigned(SignOff, span, model.TextOf(span).ToString());
                        }
                    }
                    else if (!ClaimSpans.OverlapsAny(reported, span))
                    {
                        reported.Add(span);
                        pending.Add((statement, span, model.TextOf(span).ToString()));
                    }

                    break;
                }
            }
        }
    }

    // "Score: 5/5 objectifs atteints": a fraction followed by what it counts is a tally of items, not a grade on a scale.
    private static bool CountsThings(ModelStatement statement, FactValue value)
    {
        ReadOnlySpan<char> after = statement.Prose[TextSpan.FromBounds(value.Span.End, statement.Span.End)].TrimStart(" *_");
        int letters = 0;
        while (letters < after.Length && char.IsLetter(after[letters]))
        {
            letters++;
        }

        // A word of three letters or more ("objectifs", "checks"), not a mangled dash ("â€”").
        return letters >= 3 && (letters == after.Length || after[letters] is ' ' or '\t' or '\n' or '\r' or ',' or '.' or ';' or ':' or ')' or '*' or '_');
    }

    // "Validé par : 9 tests automatisés": a signer's words (also a hype term in French) whose line names the tests that
    // verified the work.
    private static bool SignedByTests(ModelStatement statement, TextSpan span)
    {
        foreach (PhraseHit signer in statement.Find(Signer))
        {
            if (signer.Span.Start <= span.Start && signer.Span.End >= span.End)
            {
                return NamesTests(statement, signer.Span.End, statement.Find(Self));
            }
        }

        return false;
    }

    // Whether a word naming an outside rater (grade.rater: client, auditor, users, jury…) qualifies the key: right before
    // it ("Client rating", "Independent auditor grade"), or after it before its colon ("Note client", "Note de l'auditeur").
    private static bool RatedByOther(ModelStatement statement, TextSpan key)
    {
        foreach (PhraseHit rater in statement.Find(GradeRater))
        {
            if (!rater.IsQuoted && ((rater.Span.End <= key.Start && ClaimSpans.Adjacent(statement, rater.Span.End, key.Start, 1)) ||
                (rater.Span.Start >= key.End && ClaimSpans.Adjacent(statement, key.End, rater.Span.Start, 2) &&
                 ClaimSpans.NextAfter(statement, rater.Span.End) == ':')))
            {
                return true;
            }
        }

        return false;
    }

    // The end of a qualifier right after a grade key ("Score global", "Note finale"), or of the complement that names
    // what it grades ("Score de préparation", "Note de sécurité": grade.key.complement, then one or two words before the
    // colon), or null.
    private static int? QualifierAfter(ModelStatement statement, int keyEnd)
    {
        foreach (PhraseHit qualifier in statement.Find(GradeKeyQualifier))
        {
            if (qualifier.Span.Start >= keyEnd && ClaimSpans.Adjacent(statement, keyEnd, qualifier.Span.Start, 0))
            {
                return qualifier.Span.End;
            }
        }

        foreach (PhraseHit complement in statement.Find(GradeKeyComplement))
        {
            if (complement.Span.Start < keyEnd || !ClaimSpans.Adjacent(statement, keyEnd, complement.Span.Start, 0))
            {
                continue;
            }

            ReadOnlySpan<char> rest = statement.Prose[TextSpan.FromBounds(complement.Span.End, statement.Span.End)];
            int colon = rest.IndexOf(':');
            if (colon <= 0)
            {
                return null;
            }

            int end = colon;
            while (end > 0 && rest[end - 1] is ' ' or '*' or '_' or '\t')
            {
                end--;
            }

            return end > 0 && char.IsLetter(rest[end - 1]) &&
                ClaimSpans.Adjacent(statement, complement.Span.End, complement.Span.End + end, 2) && !ClaimSpans.Adjacent(statement, complement.Span.End, complement.Span.End + end, 0)
                ? complement.Span.End + end
                : null;
        }

        return null;
    }

    // Whether the rest of the signer's line names tests, not an actor named after them ("Test Automator Agent": an agent
    // word after the test word names who signed).
    private static bool NamesTests(ModelStatement statement, int from, Items<PhraseHit> selves)
    {
        int last = -1;
        foreach (PhraseHit test in statement.Find(Tests))
        {
            if (test.Span.Start >= from && OnLine(statement, from, test.Span.Start))
            {
                last = test.Span.End;
            }
        }

        if (last < 0)
        {
            return false;
        }

        foreach (PhraseHit self in selves)
        {
            if (self.Span.Start >= last && OnLine(statement, last, self.Span.Start))
            {
                return false;
            }
        }

        return true;
    }

    private static bool OnLine(ModelStatement statement, int from, int to) =>
        statement.Prose[TextSpan.FromBounds(from, to)].IndexOfAny('\n', '\r') < 0;

    // "Code Quality: A+", "Note globale : ⭐⭐⭐⭐⭐ 10/10", "Test Quality Score: 5/5 (Perfect)", "PROJECT HEALTH: EXCELLENT",
    // "Result: 100% architecture quality", "| Architecture | ✅ Excellent |": a top grade the work gives itself.
    private static void SelfGraded(ReportDocument document, ReportModel model, ModelStatement statement, List<TextSpan> reported, Restatements claims, bool statusReport)
    {
        Items<PhraseHit> keys = statement.Find(GradeKey);
        Items<PhraseHit> tops = statement.Find(GradeTop);
        if ((keys.Count == 0 && (tops.Count == 0 || statement.Row is null)) || HasTarget(statement))
        {
            return;
        }

        foreach (PhraseHit key in keys)
        {
            // "Client rating: 5/5", "Auditor rating: A+", "Note client : 5/5": a rating an outside reviewer gave, not one
            // the work gives itself (issue 49 lists ratings given by an outside reviewer among what a report does not claim).
            if (key.IsQuoted || RatedByOther(statement, key.Span))
            {
                continue;
            }

            // "SCORE GLOBAL : 100/100", "Évaluation Académique : EXCELLENT": a word that qualifies the key may stand
            // between it and its colon (grade.key.qualifier: French puts the adjective after the noun).
            int keyEnd = QualifierAfter(statement, key.Span.End) ?? key.Span.End;
            if (ClaimSpans.NextAfter(statement, keyEnd) != ':' || Colon(statement, keyEnd) is not int colon)
            {
                // "Perfect test quality score (5/5)", "Note de qualité parfaite (10/10)": a top grade word before the key
                // (after it in French), the top score in parentheses after both.
                if (!Claims(model, statement, key.Span, statusReport))
                {
                    continue;
                }

                if (TopWordBefore(statement, tops, key.Span) is int start && TopScoreInParentheses(statement, key.Span.End) is { } score)
                {
                    Grade(model, statement, reported, claims, GradeOf(model, score.Value), TextSpan.FromBounds(start, score.End));
                }
                else if (TopWordAfter(statement, tops, key.Span) is int end && TopScoreInParentheses(statement, end) is { } after)
                {
                    Grade(model, statement, reported, claims, GradeOf(model, after.Value), TextSpan.FromBounds(key.Span.Start, after.End));
                }

                // "100% architecture quality": a full score right before the key.
                foreach (FactValue value in statement.Values)
                {
                    // "100% success", "100% agent health": a rate or a check's result, RL1001's to weigh, not a grade.
                    if (value.IsPercentage && value.Number >= 100 && value.Span.End <= key.Span.Start &&
                        ClaimSpans.Adjacent(statement, value.Span.End, key.Span.Start, 1) && !document.Lexicon.Contains(GradeKeyRate, key.Phrase) &&
                        Claims(model, statement, key.Span, statusReport))
                    {
                        Grade(model, statement, reported, claims, key.Phrase + "|100", TextSpan.FromBounds(value.Span.Start, key.Span.End));
                    }
                }

                continue;
            }

            if (TopGradeAfter(statement, tops, colon) is { } grade && Claims(model, statement, key.Span, statusReport) && !StatusOfShownCheck(document, model, statement, key) &&
                !InCommandOutput(document, model, statement) && !FirstOfOptions(statement, grade))
            {
                Grade(model, statement, reported, claims, GradeOf(model, grade), TextSpan.FromBounds(key.Span.Start, grade.End));
            }
        }

        // A table row that grades itself in a cell of its own, and states no measure: "| Architecture | ✅ Excellent | … |"
        // (not "| actors.rs | 52% | ✅ Excellent |", which names the band of a measured value).
        if (statusReport && statement.Row is { } row && row.Cells.Count > 1 && !MeasuredRow(statement, row))
        {
            foreach (PhraseHit top in tops)
            {
                for (int c = 1; c < row.Cells.Count; c++)
                {
                    ModelCell cell = row.Cells[c];
                    if (cell.Span.Contains(top.Span) && statement.Span.Contains(cell.Span) && cell.Column?.Role != ColumnRole.Target && OnlyThis(statement, cell.Span, top.Span) &&
                        Claims(model, statement, top.Span, statusReport))
                    {
                        Grade(model, statement, reported, claims, GradeOf(model, top.Span), top.Span);
                    }
                }
            }
        }
    }

    // The start of a top grade word right before the key ("Perfect test quality score"), or null.
    private static int? TopWordBefore(ModelStatement statement, Items<PhraseHit> tops, TextSpan key)
    {
        foreach (PhraseHit top in tops)
        {
            if (!top.IsQuoted && top.Span.End <= key.Start && ClaimSpans.Adjacent(statement, top.Span.End, key.Start, 2))
            {
                return top.Span.Start;
            }
        }

        return null;
    }

    // The end of a top grade word right after the key ("note parfaite", "qualité exemplaire"), or null.
    private static int? TopWordAfter(ModelStatement statement, Items<PhraseHit> tops, TextSpan key)
    {
        foreach (PhraseHit top in tops)
        {
            if (!top.IsQuoted && top.Span.Start >= key.End && ClaimSpans.Adjacent(statement, key.End, top.Span.Start, 2))
            {
                return top.Span.End;
            }
        }

        return null;
    }

    // A top score in parentheses right after a position ("score (5/5)", "parfaite (10/10)"): the score's span and the end
    // of its closing parenthesis.
    private static (TextSpan Value, int End)? TopScoreInParentheses(ModelStatement statement, int keyEnd)
    {
        foreach (FactValue value in statement.Values)
        {
            if (value.Span.Start <= keyEnd || value.Denominator is not { } d || !(d == 5 || d == 10 || d == 100) || value.Number < 0.9m * d)
            {
                continue;
            }

            ReadOnlySpan<char> gap = statement.Prose[TextSpan.FromBounds(keyEnd, value.Span.Start)];
            ReadOnlySpan<char> after = statement.Prose[TextSpan.FromBounds(value.Span.End, statement.Span.End)];
            if (gap.Trim(" *_").SequenceEqual("(") && after.Length > 0 && after[0] == ')')
            {
                return (value.Span, value.Span.End + 1);
            }

            return null;
        }

        return null;
    }

    // The grade as the claim's identity: its text, upper case, one space between its parts ("EXCELLENT", "5/5", "A+").
    private static string GradeOf(ReportModel model, TextSpan grade) =>
        string.Join(' ', model.TextOf(grade).ToString().ToUpperInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    // A score measured against a target ("Security Score: 95/100 (target: > 90)") is a metric, not a grade.
    private static bool HasTarget(ModelStatement statement)
    {
        foreach (Fact fact in statement.Facts)
        {
            if (fact.Role is FactRole.Target or FactRole.Goal)
            {
                return true;
            }
        }

        return false;
    }

    // A row whose cells past its label hold a figure ("97-99%", "95-98% coverage").
    private static bool MeasuredRow(ModelStatement statement, ModelRow row)
    {
        for (int c = 1; c < row.Cells.Count; c++)
        {
            ModelCell cell = row.Cells[c];
            if (!statement.Span.Contains(cell.Span))
            {
                if (cell.Value is not null)
                {
                    return true;
                }

                continue;
            }

            foreach (char ch in statement.Prose[cell.Span])
            {
                if (char.IsDigit(ch))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // The position after the colon that ends a key, or null.
    private static int? Colon(ModelStatement statement, int from)
    {
        ReadOnlySpan<char> rest = statement.Prose[TextSpan.FromBounds(from, statement.Span.End)];
        int at = rest.IndexOf(':');
        return at < 0 ? null : from + at + 1;
    }

    // "**Status:** Exemplary | Satisfactory | Needs Work | In Crisis", "Rating: Excellent / Good / Poor": the first of
    // the options a template offers (outside a table, where | parts cells), no grade given.
    private static bool FirstOfOptions(ModelStatement statement, TextSpan grade)
    {
        if (statement.Row is not null)
        {
            return false;
        }

        ReadOnlySpan<char> rest = statement.Prose[TextSpan.FromBounds(grade.End, statement.Span.End)].TrimStart(" *_");
        if (rest.IsEmpty || rest[0] is not ('|' or '/'))
        {
            return false;
        }

        ReadOnlySpan<char> next = rest[1..].TrimStart(" *_");
        return !next.IsEmpty && char.IsLetter(next[0]);
    }

    // The top grade that opens the value after a key: a letter grade A or A+, a score at 90% of its scale or more on
    // 5, 10 or 100, four stars or more, or a top grade word.
    private static TextSpan? TopGradeAfter(ModelStatement statement, Items<PhraseHit> tops, int from)
    {
        // Only the first word and the first value after the colon can be near enough: reading on for every key made a
        // paragraph of many key lines quadratic.
        foreach (PhraseHit top in tops)
        {
            if (top.Span.Start >= from)
            {
                if (ClaimSpans.Adjacent(statement, from, top.Span.Start, 2, digits: true))
                {
                    return top.Span;
                }

                break;
            }
        }

        foreach (FactValue value in statement.Values)
        {
            if (value.Span.Start < from)
            {
                continue;
            }

            // "⭐⭐⭐⭐⭐ (5/5)": a score in parentheses after the stars.
            int end = value.Span.Start > from && statement.Prose[new TextSpan(value.Span.Start - 1, 1)][0] == '(' ? value.Span.Start - 1 : value.Span.Start;
            if (!ClaimSpans.Adjacent(statement, from, end, 2))
            {
                break;
            }

            bool letter = value.IsGrade && value.Text.ToString().StartsWith('A');
            bool score = value.Denominator is { } d && (d == 5 || d == 10 || d == 100) && value.Number >= 0.9m * d && !CountsThings(statement, value);
            if (letter || score)
            {
                return value.Span;
            }
        }

        // The grade stands on the key's line.
        ReadOnlySpan<char> rest = statement.Prose[TextSpan.FromBounds(from, statement.Span.End)];
        int lineEnd = rest.IndexOfAny('\n', '\r');
        rest = lineEnd < 0 ? rest : rest[..lineEnd];
        if (LetterGrade(rest) is { } letterGrade)
        {
            return new TextSpan(from + letterGrade.Start, letterGrade.Length);
        }

        int stars = 0, last = -1;
        for (int i = 0; i < rest.Length; i++)
        {
            if (rest[i] == '⭐')
            {
                stars++;
                last = i;
            }
        }

        return stars >= TopStars ? TextSpan.FromBounds(from, from + last + 1) : null;
    }

    // A top letter grade opening a value: "A+", or "A" standing alone ("A (Sub-second response times)"), not the article.
    private static TextSpan? LetterGrade(ReadOnlySpan<char> rest)
    {
        int i = 0;
        while (i < rest.Length && rest[i] is ' ' or '*' or '_' or '\t')
        {
            i++;
        }

        if (i >= rest.Length || rest[i] != 'A')
        {
            return null;
        }

        if (i + 1 < rest.Length && rest[i + 1] == '+')
        {
            return new TextSpan(i, 2);
        }

        ReadOnlySpan<char> after = rest[(i + 1)..].TrimStart(" *_");
        return after.IsEmpty || after[0] is '(' or ',' or '|' or '\n' or '\r' ? new TextSpan(i, 1) : null;
    }

    // Whether a cell holds nothing but the phrase, status symbols and emphasis aside.
    private static bool OnlyThis(ModelStatement statement, TextSpan cell, TextSpan phrase) =>
        !HasLetterOrDigit(statement.Prose[TextSpan.FromBounds(cell.Start, phrase.Start)]) && !HasLetterOrDigit(statement.Prose[TextSpan.FromBounds(phrase.End, cell.End)]);

    private static bool HasLetterOrDigit(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    // The quote is the grade with the capitalised words that name its key ("Test Quality Score: 5/5", not "Score: 5/5").
    private static void Grade(ReportModel model, ModelStatement statement, List<TextSpan> reported, Restatements claims, string key, TextSpan span)
    {
        if (ClaimSpans.OverlapsAny(reported, span))
        {
            return;
        }

        reported.Add(span);
        // Quoted with the bracket it opens closed: "Quality: ⭐⭐⭐⭐⭐ (5/5)", not "… (5/5".
        var quoted = TextSpan.FromBounds(ClaimSpans.KeyNameStart(statement, span.Start), span.End);
        int close = ClaimSpans.ClosingBrackets(statement.Prose[quoted], statement.Prose[TextSpan.FromBounds(span.End, statement.Span.End)]);
        claims.Add("g:" + key, statement, span, null, model.TextOf(TextSpan.FromBounds(quoted.Start, quoted.End + close)).ToString());
    }

    // A term standing as a label (a heading, a key leading its line: "**Enterprise Grade**: …") is one claim, the
    // same term in the report's sentences and items another.
    private static void Report(ReportModel model, ModelStatement statement, List<TextSpan> reported, Restatements claims, TextSpan span, string? key = null)
    {
        if (ClaimSpans.OverlapsAny(reported, span))
        {
            return;
        }

        reported.Add(span);
        bool stamp = statement.Kind == StatementKind.Heading || (ClaimSpans.NextAfter(statement, span.End) == ':' && LeadsItsLine(statement, span));
        claims.Add(key ?? ((stamp ? "s:" : "h:") + Restatements.Fold(statement.Prose[span])), statement, span, null, model.TextOf(span).ToString());
    }

    // The phrase that stands right after the value, only white space between.
    private static PhraseHit? FollowedBy(ModelStatement statement, FactValue value, Items<PhraseHit> phrases)
    {
        foreach (PhraseHit phrase in phrases)
        {
            if (phrase.Span.Start >= value.Span.End && statement.Prose[TextSpan.FromBounds(value.Span.End, phrase.Span.Start)].IsWhiteSpace())
            {
                return phrase;
            }
        }

        return null;
    }
}
