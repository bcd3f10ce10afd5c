namespace ReportLint.Analysis;

/// <summary>
/// The documents an analyzer judges (<see cref="ReportAnalyzer.Scope"/>). Unlike <see cref="ReportAnalyzer.Needs"/>,
/// which only spares work, the scope is part of what a rule means: it holds with triage off too.
/// </summary>
public enum DocumentScope
{
    /// <summary>Every document (the default): the integrity rules, which any page can break.</summary>
    AnyDocument,

    /// <summary>
    /// Documents that read as status reports: a status mark (✅ ❌ ⏳ ⚠ [x] [ ]…) in a document that speaks of work done
    /// (lexicon section <c>report.work</c>: "implemented", "fixed", "corrigé"…), or a completion word or a word that names
    /// a report (lexicon sections <c>completion</c> and <c>report.kind</c>: "complete", "status", "sprint", "rapport",
    /// "avancement"…) in a heading, or in the first lines of a document with a status mark; without a status mark, the
    /// word naming a report must be in the title (the front matter's <c>title:</c>, or else the first heading). Marks in
    /// the code blocks of a programming language are code, not marks. A
    /// heading is its own line (an ATX line, a setext heading's text, the <c>title:</c> of the YAML front matter), not
    /// the line beside it nor the front matter's other fields. A README, an API page, a
    /// table of supported features, a design guide's do and don't or a proposal whose first lines say "Status:
    /// Implemented" is not a status report, and the rules of status reports (RL1xxx-RL3xxx) leave it alone.
    /// </summary>
    StatusReports,
}
