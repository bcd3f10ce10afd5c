using System.Globalization;
using System.Text;
using ReportLint.Diagnostics;

namespace ReportLint.Cli.Output;

/// <summary>
/// GitHub Actions workflow commands: <c>::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=RL2001::message</c>,
/// then a summary notice when there are more annotations than GitHub displays for a step.
/// </summary>
internal sealed class GitHubReporter : IReporter
{
    /// <summary>GitHub shows at most this many annotations of each level (error, warning, notice) per step.</summary>
    public const int DisplayedPerLevel = 10;

    public void Write(RunReport report, TextWriter output)
    {
        foreach ((FileOutcome file, Diagnostic d) in report.Shown())
        {
            string level = d.Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "notice" };
            string path = file.File.DisplayPath.Replace('\\', '/');
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"::{level} file={Property(path)},line={d.LineSpan.Start.Line},col={d.LineSpan.Start.Column},endLine={d.LineSpan.End.Line},endColumn={d.LineSpan.End.Column},title={Property(d.Id + " " + d.Descriptor.Alias)}::{Data(d.Message)}"));
        }

        int errors = report.Count(Severity.Error), warnings = report.Count(Severity.Warning), notices = report.Count(Severity.Info);
        if (errors > DisplayedPerLevel || warnings > DisplayedPerLevel || notices > DisplayedPerLevel)
        {
            output.WriteLine($"::notice title=ReportLint summary::{Data(Summary.Line(report))} GitHub displays at most {DisplayedPerLevel} annotations of each level per step; the log above lists them all.");
        }
    }

    private static string Data(string text) => Escape(text, property: false);

    private static string Property(string text) => Escape(text, property: true);

    private static string Escape(string text, bool property)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            builder.Append(c switch
            {
                '%' => "%25",
                '\r' => "%0D",
                '\n' => "%0A",
                ':' when property => "%3A",
                ',' when property => "%2C",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }
}
