using System.Collections.Immutable;
using ReportLint.Diagnostics;

namespace ReportLint.Analysis;

/// <summary>
/// A rule's analysis, Roslyn-shaped: it declares the rules it reports and, once, registers the callbacks the
/// driver calls while it walks each document. Analyzers must be stateless across documents: the callbacks may run for
/// several documents at once (the tool lints files side by side, and the parts of a long file).
/// </summary>
public abstract class ReportAnalyzer
{
    /// <summary>The descriptors of every diagnostic this analyzer may report.</summary>
    public abstract ImmutableArray<RuleDescriptor> SupportedRules { get; }

    /// <summary>
    /// The rules of this analyzer whose diagnostics may carry a fix (see <see cref="Diagnostic.Fixes"/>), for hosts
    /// that list fixable rules or filter fixes by rule before linting. The fixes themselves ride on each diagnostic.
    /// </summary>
    public virtual ImmutableArray<RuleDescriptor> FixableRules => [];

    /// <summary>The options the rules of this analyzer read (configuration is checked against them).</summary>
    public virtual ImmutableArray<RuleOption> SupportedOptions => [];

    /// <summary>
    /// The documents this analyzer judges (<see cref="DocumentScope.AnyDocument"/> by default). The driver skips the
    /// analyzer, and the parse for it, on a document outside its scope, with triage on or off: unlike
    /// <see cref="Needs"/>, the scope decides what the rule reports.
    /// </summary>
    public virtual DocumentScope Scope => DocumentScope.AnyDocument;

    /// <summary>
    /// What a document must hold for this analyzer to report anything on it (<see cref="RuleNeeds.Anything"/> by
    /// default). The driver evaluates it before any callback runs and before the document is parsed, and skips the
    /// analyzer where it is certainly absent; the analysis itself never asks. Declare it once
    /// (<c>public override RuleNeeds Needs { get; } = …;</c>), and never so that a diagnostic could be hidden.
    /// </summary>
    public virtual RuleNeeds Needs => RuleNeeds.Anything;

    /// <summary>
    /// Triage: whether this analyzer can report anything on <paramref name="document"/> at all, checked cheaply
    /// before any callback runs (and before the document is parsed). By default, whether the document may hold what
    /// <see cref="Needs"/> declares; the built-in rules declare <see cref="Needs"/> and never override this. An
    /// analyzer of another package may override it for a condition <see cref="RuleNeeds"/> cannot express (and
    /// call the base to keep its needs). It must never answer false where a diagnostic could be found.
    /// </summary>
    public virtual bool CanReport(ReportDocument document) => Needs.MayBeMet(document);

    /// <summary>Registers callbacks on <paramref name="context"/>. Called once per linter.</summary>
    public abstract void Initialize(AnalysisContext context);

    /// <inheritdoc />
    public override string ToString() => string.Join(", ", SupportedRules.Select(r => r.Id));
}
