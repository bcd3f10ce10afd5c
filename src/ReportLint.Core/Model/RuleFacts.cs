namespace ReportLint.Model;

/// <summary>
/// Facts that only one rule reads, built from the model on first request and kept beside it for the document's life,
/// the way roslyn-analyzers' <c>DisposeAnalysisHelper.TryGetOrCreate</c> keeps an analysis beside Roslyn's
/// <c>SemanticModel</c>. The model serves what several rules share; a rule declares what only it needs in its own
/// folder, as a static field, and asks <c>Facts.Of(model)</c>:
/// <code>
/// private static readonly RuleFacts&lt;ComputedSaving[]&gt; Savings = new(ComputedSavings.Build);
/// foreach (ComputedSaving saving in Savings.Of(ReportModel.Of(context.Document))) { … }
/// </code>
/// </summary>
/// <typeparam name="T">What the facts are.</typeparam>
public sealed class RuleFacts<T>
    where T : class
{
    private readonly Func<ReportModel, T> _build;

    /// <summary>Facts built by <paramref name="build"/>, once per document.</summary>
    public RuleFacts(Func<ReportModel, T> build)
    {
        ArgumentNullException.ThrowIfNull(build);
        _build = build;
    }

    /// <summary>
    /// The facts of <paramref name="model"/>'s document: built on the first request, then the same object for every
    /// later one, on any thread.
    /// </summary>
    public T Of(ReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return model.RuleFactsOf(this, _build);
    }
}
