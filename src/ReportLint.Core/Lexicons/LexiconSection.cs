namespace ReportLint.Lexicons;

/// <summary>
/// The name of a section of a lexicon (<c>[status.met]</c> in a <c>.lex</c> file), typed so code names sections
/// through fields (<see cref="LexiconSections"/>, or a rule's own) and a misspelt name is a compile error, not a
/// section that is silently empty. A name is also a family: <see cref="Lexicon.ReverseIndex"/> reads every section
/// named <c>{name}.{suffix}</c>.
/// </summary>
/// <param name="Name">The section's name as the lexicon files write it.</param>
public readonly record struct LexiconSection(string Name)
{
    /// <summary>The name.</summary>
    public override string ToString() => Name ?? string.Empty;
}

/// <summary>
/// The lexicon sections the engine's models read (status marks, targets, completion, units, metric names), named
/// once. A section only one rule reads is named by that rule, beside the code that reads it; a test requires every
/// named section in the bundled English and French lexicons.
/// </summary>
public static class LexiconSections
{
    /// <summary>Words and marks of a status that is met (✅, [x], done).</summary>
    public static LexiconSection StatusMet { get; } = new("status.met");

    /// <summary>Words and marks of a status that failed (❌, failed).</summary>
    public static LexiconSection StatusFailed { get; } = new("status.failed");

    /// <summary>Words and marks of a status that is pending (⏳, [ ], pending).</summary>
    public static LexiconSection StatusPending { get; } = new("status.pending");

    /// <summary>Words and marks of a status that is partly met (⚠, partial).</summary>
    public static LexiconSection StatusPartial { get; } = new("status.partial");

    /// <summary>Words that introduce a target ("target: &gt; 90", "objectif : 1000").</summary>
    public static LexiconSection Target { get; } = new("target");

    /// <summary>Metrics where lower is better (latency, error rate): a bare target is a maximum.</summary>
    public static LexiconSection DirectionLower { get; } = new("direction.lower");

    /// <summary>Metrics where higher is better (coverage, throughput): a bare target is a minimum.</summary>
    public static LexiconSection DirectionHigher { get; } = new("direction.higher");

    /// <summary>Table headers of a status column.</summary>
    public static LexiconSection ColumnStatus { get; } = new("column.status");

    /// <summary>Table headers of a target column.</summary>
    public static LexiconSection ColumnTarget { get; } = new("column.target");

    /// <summary>Table headers of a result column.</summary>
    public static LexiconSection ColumnResult { get; } = new("column.result");

    /// <summary>Table headers of a unit column.</summary>
    public static LexiconSection ColumnUnit { get; } = new("column.unit");

    /// <summary>The label of a row or line that states a total ("total", "grand total").</summary>
    public static LexiconSection Total { get; } = new("total");

    /// <summary>Claims of completion ("complete", "done", "production-ready": "90% COMPLETE").</summary>
    public static LexiconSection Completion { get; } = new("completion");

    /// <summary>
    /// Words that name a status report in a heading or in the first lines ("Status Report", "Sprint 4", "Rapport
    /// d'avancement"): with a status mark or a completion claim, what makes a document read as a status report.
    /// </summary>
    public static LexiconSection ReportKind { get; } = new("report.kind");

    /// <summary>
    /// Words of work done ("implemented", "fixed", "deployed", "corrigé"): with a status mark, what makes a document read
    /// as a status report when no heading names one. Marks alone report on no work ("| Rewind | ✔ |" in a table of
    /// supported features, "✅ À faire" in a guide).
    /// </summary>
    public static LexiconSection ReportWork { get; } = new("report.work");

    /// <summary>Words that make a completion figure one about the whole document ("Overall Completion: ~85%").</summary>
    public static LexiconSection CompletionOverall { get; } = new("completion.overall");

    /// <summary>Words that claim completion on their own, in a heading or status line ("✅ COMPLETE").</summary>
    public static LexiconSection CompletionState { get; } = new("completion.state");

    /// <summary>Words before a completion word that deny it ("To Be Done", "not complete").</summary>
    public static LexiconSection CompletionNegation { get; } = new("completion.negation");

    /// <summary>Heading words that date what is under them ("week", "sprint", "phase").</summary>
    public static LexiconSection Period { get; } = new("period");

    /// <summary>Words dropped from metric names before matching ("the", "of").</summary>
    public static LexiconSection Stopword { get; } = new("stopword");

    /// <summary>The unit of a percentage.</summary>
    public static LexiconSection UnitPercent { get; } = new("unit.%");

    /// <summary>The family <c>unit.*</c>: each section is a unit, named by its suffix (<c>unit.ms</c>).</summary>
    public static LexiconSection Unit { get; } = new("unit");

    /// <summary>The family <c>metric.*</c>: each section is the synonyms of one metric, named by its suffix.</summary>
    public static LexiconSection Metric { get; } = new("metric");

    /// <summary>The four status sections, in the order met, failed, pending, partial.</summary>
    internal static LexiconSection[] Status { get; } = [StatusMet, StatusFailed, StatusPending, StatusPartial];

    /// <summary>
    /// Marks that give a level, not a status: a coloured circle before a level word ("🔴 HIGH", "🟡 MEDIUM", "🟢 LOW",
    /// "🔴 CRITIQUE") rates a risk or a priority; matched with the status marks, longest first, and left out.
    /// </summary>
    internal static LexiconSection StatusLevel { get; } = new("status.level");

    // The status sections, then the level marks that outmatch them.
    internal static LexiconSection[] StatusWithLevels { get; } = [StatusMet, StatusFailed, StatusPending, StatusPartial, StatusLevel];
}
