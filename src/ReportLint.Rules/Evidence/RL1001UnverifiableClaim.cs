using System.Collections.Immutable;
using System.Globalization;
using ReportLint.Analysis;
using ReportLint.Claims;
using ReportLint.Diagnostics;
using ReportLint.Lexicons;
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

    /// <inheritdoc />
    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [Rule];

    /// <inheritdoc />
    public override bool CanReport(ReportDocument document) => Triggers.Of(document).AnyInParagraph("absolute.tests", "absolute.other");

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    // The sections asked of each statement, made once (params made an array per statement).
    private static readonly string[] AbsoluteSections = ["absolute.tests", "absolute.other"];

    private static void Analyze(DocumentAnalysisContext context)
    {
        ReportDocument document = context.Document;
        Lexicon lexicon = document.Lexicon;
        foreach (Statement statement in Statements.Of(document).All)
        {
            if (statement.HasLink || statement.HasCode || !Triggers.Of(document).MayHold(statement.Span, AbsoluteSections))
            {
                continue;
            }

            FoldedText folded = statement.Folded(document);
            var matches = new List<PhraseMatch>();
            PhraseMatcher.FindAll(folded.Text, lexicon, "absolute.tests", matches);
            PhraseMatcher.FindAll(folded.Text, lexicon, "absolute.other", matches);
            if (matches.Count == 0)
            {
                continue;
            }

            ReadOnlySpan<Quantity> quantities = statement.Quantities(document);
            foreach (PhraseMatch match in matches)
            {
                if (IsCapability(folded.Text, match.Start, lexicon))
                {
                    continue;
                }

                bool aboutTests = match.Section == "absolute.tests";
                if (aboutTests && AnyFullRatio(quantities))
                {
                    continue;
                }

                TextSpan span = folded.ToOriginal(match.Start, match.End);
                if (Quotation.IsQuoted(statement.Prose, span.Start - statement.Span.Start, span.End - statement.Span.Start))
                {
                    continue;
                }

                string claim = document.GetText(span).ToString();
                var properties = ImmutableDictionary<string, string>.Empty;
                string hint = string.Empty;
                string? word = aboutTests ? lexicon.Replacement(match.Section, match.Phrase) : null;
                if (word is not null && CountBefore(quantities, span.Start) is { } count)
                {
                    string replacement = string.Create(CultureInfo.InvariantCulture, $"{count}/{count} {word}");
                    properties = properties.Add(ReplacementProperty, replacement);
                    hint = $"; if all {count} did, say '{replacement}'";
                }

                context.Diagnostics.Report(Rule, span, properties, [], claim, hint);
            }
        }
    }

    // "supports zero downtime deployments" states a capability, not a result.
    private static bool IsCapability(string folded, int start, Lexicon lexicon)
    {
        int from = Math.Max(0, start - 24);
        string before = folded[from..start];
        return PhraseMatcher.ContainsAny(before, lexicon, "absolute.capability");
    }

    // The count the claim is about: a whole number stated before it ("644 Unit Tests: 100% pass rate").
    // "944/944": a ratio whose parts are equal. A loop, not LINQ over Quantity: framework generic code over a value
    // type is JIT-compiled at every start of the tool.
    private static bool AnyFullRatio(ReadOnlySpan<Quantity> quantities)
    {
        foreach (Quantity q in quantities)
        {
            if (q.Denominator is { } d && d > 0 && q.Value == d)
            {
                return true;
            }
        }

        return false;
    }

    private static decimal? CountBefore(ReadOnlySpan<Quantity> quantities, int claimStart)
    {
        foreach (Quantity q in quantities)
        {
            if (q.Span.End <= claimStart && q.Comparison == Comparison.Exact && q.Unit.Length == 0 && q.Denominator is null &&
                q.Decimals == 0 && q.Value > 0 && q.Noun.Length > 0)
            {
                return q.Value;
            }
        }

        return null;
    }
}
