using ReportLint.Diagnostics;
using ReportLint.Fixes;

namespace ReportLint.Cli.Output;

/// <summary>Everything a reporter needs: the linted files with their diagnostics and fixes, the rules, the errors.</summary>
internal sealed class RunReport
{
    public RunReport(ReportLinter linter, IReadOnlyList<FileOutcome> outcomes, IReadOnlyList<string> errors, Severity? minimumShown)
    {
        Linter = linter;
        Outcomes = outcomes;
        Errors = errors;
        MinimumShown = minimumShown;
        BaseDirectory = Path.TrimEndingDirectorySeparator(Environment.CurrentDirectory);
    }

    public ReportLinter Linter { get; }

    public IReadOnlyList<FileOutcome> Outcomes { get; }

    public IReadOnlyList<string> Errors { get; }

    /// <summary>Diagnostics below this severity are not shown (hidden ones never are).</summary>
    public Severity? MinimumShown { get; }

    /// <summary>The folder relative paths are relative to (the current directory).</summary>
    public string BaseDirectory { get; }

    public IEnumerable<(FileOutcome File, Diagnostic Diagnostic)> Shown() =>
        Outcomes.Where(o => o.Result is not null)
            .SelectMany(o => o.Result!.Diagnostics.Where(d => d.Severity > Severity.Hidden && (MinimumShown is null || d.Severity >= MinimumShown)).Select(d => (o, d)));

    public int Count(Severity severity) => Shown().Count(p => p.Diagnostic.Severity == severity);

    /// <summary>The fix offered for a diagnostic, if any (the first registered).</summary>
    public CodeFix? FixFor(FileOutcome file, Diagnostic diagnostic)
    {
        if (file.Result is null || !Linter.IsFixable(diagnostic.Id))
        {
            return null;
        }

        // The result's own linter knows its options; the fixes do not depend on them beyond the diagnostic.
        return Linter.GetFixes(file.Result, d => ReferenceEquals(d, diagnostic)).FirstOrDefault();
    }
}

/// <summary>Writes a run's diagnostics in one output format.</summary>
internal interface IReporter
{
    void Write(RunReport report, TextWriter output);
}
