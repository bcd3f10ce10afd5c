using System.Globalization;
using ReportLint.Baselines;
using ReportLint.Diagnostics;

namespace ReportLint.Cli.Output;

/// <summary>The canonical one-line form MSBuild, IDEs and CI problem matchers read: <c>path(line,col): warning RL2001: message</c>.</summary>
internal sealed class MsBuildReporter : IReporter
{
    public void Write(RunReport report, TextWriter output)
    {
        foreach ((FileOutcome file, Diagnostic d) in report.Shown())
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{file.File.DisplayPath}({d.Line},{d.Column}): {d.Severity.ToWord()} {d.Id}: {d.Message}"));
        }

        output.WriteLine(Summary.Line(report));
    }
}

/// <summary>The one-line summary shared by the human formats.</summary>
internal static class Summary
{
    public static string Line(RunReport report)
    {
        int files = report.Outcomes.Count(o => o.Linted && !o.File.IsConfiguration);
        int configurations = report.Outcomes.Count(o => o.File.IsConfiguration && o.Result is not null);
        int failures = report.Errors.Count;
        int errors = report.Count(Severity.Error), warnings = report.Count(Severity.Warning), infos = report.Count(Severity.Info);
        int withFindings = report.FilesWithFindings;
        // A configuration file with problems (RL0002) is counted among the files with findings, so it is named among
        // the files checked: "1 file and 1 configuration file checked: 2 warnings in 2 files".
        string checkedText = (files == 1 ? "1 file" : $"{files} files") +
            (configurations == 0 ? "" : configurations == 1 ? " and 1 configuration file" : $" and {configurations} configuration files") + " checked";
        string failed = failures == 0 ? string.Empty : failures == 1 ? ", 1 could not be read" : $", {failures} could not be read";
        string baseline = BaselineText(report);
        if (errors + warnings + infos == 0)
        {
            return $"{checkedText}{failed}: {(baseline.Length == 0 ? "no findings." : "no new findings" + baseline)}";
        }

        var parts = new List<string>();
        if (errors > 0)
        {
            parts.Add(errors == 1 ? "1 error" : $"{errors} errors");
        }

        if (warnings > 0)
        {
            parts.Add(warnings == 1 ? "1 warning" : $"{warnings} warnings");
        }

        if (infos > 0)
        {
            // "info", as each finding's line says it ("info RL1002"); a word without a plural.
            parts.Add($"{infos} info");
        }

        string inFiles = withFindings == 1 ? "1 file" : $"{withFindings} files";
        return $"{checkedText}{failed}: {string.Join(", ", parts)} in {inFiles}{(baseline.Length == 0 ? "." : baseline)}";
    }

    // With a baseline: "; 3 in the baseline, 1 stale baseline entry ('reportlint baseline' prunes it)."
    private static string BaselineText(RunReport report)
    {
        if (report.Baseline is not { } match)
        {
            return "";
        }

        string stale = match.Stale == 0 ? ""
            : match.Stale == 1 ? ", 1 stale baseline entry ('reportlint baseline' prunes it)"
            : $", {match.Stale} stale baseline entries ('reportlint baseline' prunes them)";
        return $"; {match.Suppressed.Count} in the baseline{stale}.";
    }
}
