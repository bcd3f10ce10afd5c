using System.Collections.Immutable;
using System.Globalization;
using ReportLint.Analysis;
using ReportLint.Claims;
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
public sealed class RL1001UnverifiableClaim : ReportAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        "RL1001", "unverifiable-claim", "An absolute claim with no evidence",
        "Unverifiable claim '{0}': no count, link, log or command backs it{1}",
        RuleCategory.Evidence, Severity.Warning,
        "Absolute claims ('100% pass rate', '0 vulnerabilities') are the ones readers most need to check, and the ones assistants most often state without a count, a link or a log.");

    /// <summary>Property holding the count form for the fix ("644/644 passed").</summary>
    public const string ReplacementProperty = "replacement";

    // The lexicon sections this rule reads.
    private const string AbsoluteTests = "absolute.tests", AbsoluteOther = "absolute.other", AbsoluteCapability = "absolute.capability";

    // How far before a claim a capability verb governs it ("supports zero downtime deployments").
    private const int CapabilityReach = 24;

    /// <inheritdoc />
    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [Rule];

    /// <inheritdoc />
    public override bool CanReport(ReportDocument document) => Triggers.Of(document).AnyInParagraph("absolute.tests", "absolute.other");

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        ReportDocument document = context.Document;
        Lexicon lexicon = document.Lexicon;
        ReportModel model = ReportModel.Of(document);
        foreach (ModelStatement statement in model.Statements)
        {
            if (statement.HasLink || statement.HasCode || !model.MayHold(statement, AbsoluteTests, AbsoluteOther))
            {
                continue;
            }

            var hits = new List<PhraseHit>(statement.Find(AbsoluteTests));
            hits.AddRange(statement.Find(AbsoluteOther));
            if (hits.Count == 0)
            {
                continue;
            }

            IReadOnlyList<FactValue> values = statement.Values;
            IReadOnlyList<PhraseHit> capabilities = statement.Find(AbsoluteCapability);
            foreach (PhraseHit hit in hits)
            {
                bool aboutTests = hit.Section == AbsoluteTests;
                if (hit.IsQuoted || IsCapability(capabilities, hit.Span) || (aboutTests && AnyFullRatio(values)))
                {
                    continue;
                }

                var properties = ImmutableDictionary<string, string>.Empty;
                string hint = string.Empty;
                string? word = aboutTests ? lexicon.Replacement(hit.Section, hit.Phrase) : null;
                if (word is not null && CountBefore(values, hit.Span.Start) is { } count)
                {
                    string replacement = string.Create(CultureInfo.InvariantCulture, $"{count}/{count} {word}");
                    properties = properties.Add(ReplacementProperty, replacement);
                    hint = $"; if all {count} did, say '{replacement}'";
                }

                context.Diagnostics.Report(Rule, hit.Span, properties, [], model.TextOf(hit.Span).ToString(), hint);
            }
        }
    }

    // "supports zero downtime deployments" states a capability, not a result: a capability verb just before the claim.
    private static bool IsCapability(IReadOnlyList<PhraseHit> capabilities, TextSpan claim)
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

    // "944/944": a ratio whose parts are equal.
    private static bool AnyFullRatio(IReadOnlyList<FactValue> values)
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

    // The count the claim is about: a whole number of things stated before it ("644 Unit Tests: 100% pass rate").
    private static decimal? CountBefore(IReadOnlyList<FactValue> values, int claimStart)
    {
        foreach (FactValue v in values)
        {
            if (v.Span.End <= claimStart && v.Comparison == Comparison.Exact && v.Unit.Length == 0 && !v.IsRatio &&
                v.Decimals == 0 && v.Number > 0 && v.Noun.Length > 0)
            {
                return v.Number;
            }
        }

        return null;
    }
}
