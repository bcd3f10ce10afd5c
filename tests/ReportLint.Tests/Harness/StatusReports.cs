using System.Collections.Immutable;
using ReportLint.Analysis;
using ReportLint.Diagnostics;

namespace ReportLint.Tests.Harness;

/// <summary>
/// The rules of status reports (RL1xxx-RL3xxx) run on documents that read as status reports (DocumentScope.StatusReports):
/// a test case of theirs is one, opened by a heading that names it. The heading takes two lines: a finding on line N
/// of the case is on line N + 2 of the report.
/// </summary>
public static class StatusReports
{
    /// <summary>The heading, and the blank line after it.</summary>
    public const string Heading = "# Sprint report\n\n";

    /// <summary>The lines the heading adds before the case.</summary>
    public const int HeadingLines = 2;

    /// <summary>The case as a status report: the heading, then the case.</summary>
    public static string Of(string body) => Heading + body;

    /// <summary>
    /// The case as a status report whose lines stay where they are: the case, then a closing heading that says the
    /// report is done (after a blank line; without a status mark, a word naming a report counts only in the title, a
    /// completion word in any heading). For tests that assert lines, columns or line ranges in messages.
    /// </summary>
    public static string WithFooter(string body) => body + (body.EndsWith('\n') ? "" : "\n") + "\n## Sprint report: done\n";

    /// <summary>
    /// A sprint report in English with one line of its own, a list item on line 11, under a section of the given title
    /// (a title, a completion status line and three done items come first).
    /// </summary>
    public static string SprintReport(string section, string line) => $"""
        # Sprint 4 Status Report

        **Status:** ✅ Complete

        - ✅ Parser merged
        - ✅ Docs updated
        - ✅ Release tagged

        ## {section}

        - {line}
        """;

    /// <summary>The same sprint report in French: its line, a list item, on line 11.</summary>
    public static string RapportDeSprint(string section, string ligne) => $"""
        # Rapport de sprint 4

        **Statut :** ✅ Terminé

        - ✅ Analyseur fusionné
        - ✅ Documentation à jour
        - ✅ Version publiée

        ## {section}

        - {ligne}
        """;

    /// <summary>
    /// The case, once checked to read as a status report: a case that does not would get nothing from the rules of
    /// status reports, and a test that it stays quiet would pass whatever the rule does.
    /// </summary>
    public static string Checked(string report)
    {
        Xunit.Assert.True(Reads(report), "The case does not read as a status report (no status mark beside a word of work done, and no completion or report word in a heading).");
        return report;
    }

    /// <summary>Whether the text reads as a status report (is in <see cref="DocumentScope.StatusReports"/>).</summary>
    private static readonly Lazy<ReportLint.Lexicons.Lexicon> Lexicon = new(() => ReportLint.Rules.BuiltInRules.LoadLexicon());

    public static bool Reads(string text)
    {
        var probe = new Probe();
        new ReportLinter([probe], Lexicon.Value).Lint(text);
        return probe.Ran;
    }

    private sealed class Probe : ReportAnalyzer
    {
        private static readonly RuleDescriptor Rule = RuleDescriptor.Create("RL4995", "test-status-report", "Test", "x", RuleCategory.Integrity,
            Severity.Warning, "Test.");

        public bool Ran { get; private set; }

        public override ImmutableArray<RuleDescriptor> SupportedRules => [Rule];

        public override DocumentScope Scope => DocumentScope.StatusReports;

        public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(_ => Ran = true);
    }
}
