namespace ReportLint.Model;

/// <summary>
/// What a value stands for in a report. Only an <see cref="Actual"/> value is a claim, and only actual values of the
/// same subject and moment can contradict each other.
/// </summary>
public enum FactRole
{
    /// <summary>A result the report states: "Coverage: 92%".</summary>
    Actual,

    /// <summary>A target, threshold or requirement: "(target 90%)", "coverage must be ≥ 80%".</summary>
    Target,

    /// <summary>
    /// A goal the team aims at: "Objectif : viser 100 %", "une couverture de 100 % est visée", or an unmarked criterion
    /// under a heading or lead-in that names criteria ("### Graduation Criteria" › "- No major bugs reported"), or an item
    /// of a standard checklist, ticked or not ("- [x] I have performed a self-review of my own code").
    /// </summary>
    Goal,

    /// <summary>The earlier value of a change: 61% in "61% → 80%", "from 61% to 80%", "was 61%".</summary>
    Before,

    /// <summary>The later value of a change: 80% in "61% → 80%", "de 61 % à 80 %".</summary>
    After,

    /// <summary>A value that holds once something happens: "Une fois déployé : 100% ✅", "will reach 99.9%".</summary>
    Projected,

    /// <summary>An estimate: "~3 days", "3 days estimated", "environ 2 h".</summary>
    Estimate,

    /// <summary>
    /// An example: "e.g. 100 ms", "par exemple 5 %", or any value under a heading or a list's or table's lead-in that
    /// opens with an example word ("##### Example pod specs", "Exemple 2, une grande plage :").
    /// </summary>
    Example,
}

/// <summary>
/// What the clause that holds a value does with it, beside stating it. A value with any stance is not a claim:
/// "no system can be 100% safe", "pas encore certifié", "100% coverage?", "the customer said “100% uptime”".
/// </summary>
[Flags]
public enum FactStance
{
    /// <summary>The clause states the value.</summary>
    None = 0,

    /// <summary>The clause denies it: "not yet", "pas encore", "no system can…" (a count of zero is not a negation).</summary>
    Negated = 1,

    /// <summary>The clause says it may, must or should hold, or is aimed at: "can", "should", "vise".</summary>
    Modal = 2,

    /// <summary>The sentence asks it: "100% coverage?".</summary>
    Question = 4,

    /// <summary>
    /// The value is quoted: “…”, « … », "…"; or reported from a source: "According to the vendor, uptime was 100%",
    /// "Selon le client, …".
    /// </summary>
    Quoted = 8,
}
