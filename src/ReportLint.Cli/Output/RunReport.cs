using ReportLint.Baselines;
using ReportLint.Diagnostics;

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

    private List<ShownDiagnostic>? _shown;
    private int[]? _counts;
    private int _filesWithFindings;

    public ReportLinter Linter { get; }

    public IReadOnlyList<FileOutcome> Outcomes { get; }

    public IReadOnlyList<string> Errors { get; }

    /// <summary>Diagnostics below this severity are not shown (hidden ones never are).</summary>
    public Severity? MinimumShown { get; }

    /// <summary>The folder relative paths are relative to (the current directory).</summary>
    public string BaseDirectory { get; }

    /// <summary>What a baseline held of this run (its diagnostics are not shown), or null without a baseline.</summary>
    public BaselineMatch? Baseline
    {
        get => _baseline;
        set
        {
            _baseline = value;
            _shown = null;
        }
    }

    private BaselineMatch? _baseline;

    /// <summary>
    /// The SARIF fingerprint of each of a file's diagnostics that can be shown (above hidden), in order: computed over
    /// all of them, whatever a baseline or minimum severity leaves out, so a finding keeps its fingerprint.
    /// </summary>
    public IReadOnlyList<(Diagnostic Diagnostic, string Fingerprint)> FingerprintsOf(FileOutcome outcome) =>
        outcome.Result is null ? [] : ReportLint.Baselines.Baseline.Fingerprints(outcome.Result).Select(p => (p.Key, p.Value)).ToList();

    /// <summary>The diagnostics shown, file by file: listed once, on first request (a large run shows a million).</summary>
    public IReadOnlyList<ShownDiagnostic> Shown()
    {
        if (_shown is not null)
        {
            return _shown;
        }

        // Loops and a class rather than LINQ over value tuples: framework generic code over a value type is not
        // precompiled by ReadyToRun, and this runs at the end of every run.
        var shown = new List<ShownDiagnostic>();
        var counts = new int[(int)Severity.Error + 1];
        int files = 0;
        foreach (FileOutcome outcome in Outcomes)
        {
            if (outcome.Result is null)
            {
                continue;
            }

            int before = shown.Count;
            foreach (Diagnostic d in outcome.Result.Diagnostics)
            {
                if (d.Severity > Severity.Hidden && (MinimumShown is null || d.Severity >= MinimumShown) &&
                    (_baseline is null || !_baseline.Holds(d)))
                {
                    shown.Add(new ShownDiagnostic(outcome, d));
                    counts[(int)d.Severity]++;
                }
            }

            files += shown.Count > before ? 1 : 0;
        }

        _counts = counts;
        _filesWithFindings = files;
        return _shown = shown;
    }

    /// <summary>How many diagnostics of a severity are shown.</summary>
    public int Count(Severity severity)
    {
        _ = Shown();
        return (uint)severity < (uint)_counts!.Length ? _counts[(int)severity] : 0;
    }

    /// <summary>How many files have a diagnostic shown.</summary>
    public int FilesWithFindings
    {
        get
        {
            _ = Shown();
            return _filesWithFindings;
        }
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
