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

    /// <summary>The diagnostics shown, file by file.</summary>
    public IReadOnlyList<ShownDiagnostic> Shown()
    {
        // Loops and a class rather than LINQ over value tuples: framework generic code over a value type is not
        // precompiled by ReadyToRun, and this runs at the end of every run.
        var shown = new List<ShownDiagnostic>();
        foreach (FileOutcome outcome in Outcomes)
        {
            if (outcome.Result is null)
            {
                continue;
            }

            foreach (Diagnostic d in outcome.Result.Diagnostics)
            {
                if (d.Severity > Severity.Hidden && (MinimumShown is null || d.Severity >= MinimumShown))
                {
                    shown.Add(new ShownDiagnostic(outcome, d));
                }
            }
        }

        return shown;
    }

    public int Count(Severity severity)
    {
        int count = 0;
        foreach (ShownDiagnostic shown in Shown())
        {
            count += shown.Diagnostic.Severity == severity ? 1 : 0;
        }

        return count;
    }

    /// <summary>The fix the diagnostic carries, if any (the first its rule registered).</summary>
    public static CodeFix? FixFor(Diagnostic diagnostic) => diagnostic.HasFix ? diagnostic.Fixes.FirstOrDefault() : null;
}

/// <summary>A diagnostic shown, with the file it is in.</summary>
internal sealed record ShownDiagnostic(FileOutcome File, Diagnostic Diagnostic);

/// <summary>Writes a run's diagnostics in one output format.</summary>
internal interface IReporter
{
    void Write(RunReport report, TextWriter output);
}
