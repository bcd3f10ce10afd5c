using System.Collections.Immutable;
using ReportLint.Diagnostics;

namespace ReportLint.Analysis;

/// <summary>
/// A rule's analysis, Roslyn-shaped: it declares the rules it reports and, once, registers the callbacks the
/// driver calls while it walks each document. Analyzers must be stateless across documents.
/// </summary>
public abstract class ReportAnalyzer
{
    /// <summary>The descriptors of every diagnostic this analyzer may report.</summary>
    public abstract ImmutableArray<RuleDescriptor> SupportedRules { get; }

    /// <summary>The options the rules of this analyzer read (configuration is checked against them).</summary>
    public virtual ImmutableArray<RuleOption> SupportedOptions => [];

    /// <summary>
    /// Triage: whether this analyzer can report anything on <paramref name="document"/> at all, checked cheaply
    /// before any callback runs (and before the document is parsed). It must never answer false where a diagnostic
    /// could be found; a test lints every case with triage on and off and requires the same diagnostics.
    /// </summary>
    public virtual bool CanReport(ReportDocument document) => true;

    /// <summary>Registers callbacks on <paramref name="context"/>. Called once per linter.</summary>
    public abstract void Initialize(AnalysisContext context);

    /// <inheritdoc />
    public override string ToString() => string.Join(", ", SupportedRules.Select(r => r.Id));
}
