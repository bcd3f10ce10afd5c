using ReportLint.Analysis;
using ReportLint.Claims;
using ReportLint.Diagnostics;
using ReportLint.Lexicons;
using ReportLint.Model;

namespace ReportLint.Checks;

/// <summary>
/// Claim needs evidence: a claim read from lexicon sections, asserted by the author (as <see cref="Fact.IsActual"/>: not
/// a goal or an example, not negated, modal, asked or quoted), in a statement that shows none of the evidence
/// (<see cref="FactEvidence"/>) a reader could check it by. The lexicon sections are its data and its pre-filter (a
/// phrase of one of them in a paragraph); the rule gives the evidence that backs a claim, and may add its own
/// exceptions (which statements state claims, which hits stand as claims) and the message's arguments. Each claim
/// kept is reported at its phrase.
/// </summary>
internal sealed class EvidenceCheck : Check
{
    private readonly RuleDescriptor _descriptor;
    private readonly LexiconSection[] _sections;
    private readonly FactEvidence _backing;
    private readonly Func<ReportModel, ModelStatement, bool>? _statements;
    private readonly Func<ReportModel, ModelStatement, PhraseHit, bool> _asserted;
    private readonly Func<ReportModel, ModelStatement, PhraseHit, object?[]> _message;

    /// <summary>A claim-needs-evidence check of the phrases of <paramref name="sections"/>.</summary>
    /// <param name="descriptor">The descriptor it reports through.</param>
    /// <param name="sections">The lexicon sections whose phrases are claims, read in this order.</param>
    /// <param name="backing">The evidence that, shown in the claim's statement, backs it.</param>
    /// <param name="statements">Which statements may state a claim (all when null).</param>
    /// <param name="asserted">Whether a hit is asserted and stands as a claim (<see cref="IsAsserted"/> when null).</param>
    /// <param name="message">The message's arguments for a claim (its words when null).</param>
    public EvidenceCheck(RuleDescriptor descriptor, LexiconSection[] sections, FactEvidence backing,
        Func<ReportModel, ModelStatement, bool>? statements = null, Func<ReportModel, ModelStatement, PhraseHit, bool>? asserted = null,
        Func<ReportModel, ModelStatement, PhraseHit, object?[]>? message = null)
    {
        _descriptor = descriptor ?? throw new ArgumentNullException(nameof(descriptor));
        _sections = sections ?? throw new ArgumentNullException(nameof(sections));
        _backing = backing;
        _statements = statements;
        _asserted = asserted ?? IsAsserted;
        _message = message ?? ((model, _, hit) => [model.TextOf(hit.Span).ToString()]);
        Needs = RuleNeeds.PhraseInParagraph(sections);
    }

    /// <inheritdoc />
    public override RuleNeeds Needs { get; }

    /// <inheritdoc />
    public override void Run(DocumentAnalysisContext context, ReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        foreach (ModelStatement statement in model.StatementArray)
        {
            if (!Reads(model, statement))
            {
                continue;
            }

            foreach (LexiconSection section in _sections)
            {
                foreach (PhraseHit hit in statement.Find(section))
                {
                    if (Stands(model, statement, hit))
                    {
                        context.Diagnostics.Report(_descriptor, hit.Span, _message(model, statement, hit));
                    }
                }
            }
        }
    }

    /// <summary>
    /// Whether <paramref name="statement"/> may state an unbacked claim: it shows none of the backing evidence, the
    /// rule's statement filter keeps it and a phrase of the sections may stand in it (known from triage, unread).
    /// </summary>
    public bool Reads(ReportModel model, ModelStatement statement) => Unbacked(model, statement) && MayHold(model, statement);

    /// <summary>Whether <paramref name="statement"/> shows none of the backing evidence and the rule's statement filter keeps it.</summary>
    public bool Unbacked(ReportModel model, ModelStatement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        return !statement.HasEvidence(_backing) && (_statements is null || _statements(model, statement));
    }

    /// <summary>Whether a phrase of the sections may stand in <paramref name="statement"/> (known from triage, unread).</summary>
    public bool MayHold(ReportModel model, ModelStatement statement)
    {
        ArgumentNullException.ThrowIfNull(model);
        return model.MayHold(statement, _sections);
    }

    /// <summary>Adds to <paramref name="hits"/> the phrases of the sections in <paramref name="statement"/>, section by section.</summary>
    public void AddHits(ModelStatement statement, List<PhraseHit> hits)
    {
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(hits);
        foreach (LexiconSection section in _sections)
        {
            hits.AddRange(statement.Find(section));
        }
    }

    /// <summary>Whether a hit of the sections stands as a claim: not quoted, and asserted by the rule's test.</summary>
    public bool Stands(ReportModel model, ModelStatement statement, PhraseHit hit) => !hit.IsQuoted && _asserted(model, statement, hit);

    /// <summary>
    /// The default assertion test, as <see cref="Fact.IsActual"/>: a phrase whose clause reads it as an actual result (not a goal,
    /// an example, a target, a before, a projection or an estimate) with no stance (negated, modal, asked, quoted).
    /// </summary>
    public static bool IsAsserted(ReportModel model, ModelStatement statement, PhraseHit hit)
    {
        ArgumentNullException.ThrowIfNull(model);
        return model.RoleAt(statement, hit.Span) == FactRole.Actual && model.StanceAt(statement, hit.Span) == FactStance.None;
    }
}
