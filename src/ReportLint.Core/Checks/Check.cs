using ReportLint.Analysis;
using ReportLint.Model;

namespace ReportLint.Checks;

/// <summary>
/// A general check of one kind, configured by a rule with data and a small query, as Vale's check kinds
/// (existence, substitution, consistency…) are types with their own fields: the kind reads its candidates from the
/// model's shared facts and relations, derives the pre-filter (<see cref="Needs"/>) from its data, and turns each
/// candidate it keeps into a diagnostic through the descriptor the rule gives it. A rule holds its checks in static
/// fields, made once, and runs them from its document action; a kind allocates nothing per candidate it skips.
/// </summary>
internal abstract class Check
{
    /// <summary>What a document must hold for this check to report anything (never stricter than the check).</summary>
    public abstract RuleNeeds Needs { get; }

    /// <summary>Runs the check over one document's model, reporting through <paramref name="context"/>.</summary>
    public abstract void Run(DocumentAnalysisContext context, ReportModel model);
}
