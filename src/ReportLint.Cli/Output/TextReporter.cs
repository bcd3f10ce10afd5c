using System.Globalization;
using ReportLint.Diagnostics;
using ReportLint.Text;

namespace ReportLint.Cli.Output;

/// <summary>
/// For people: findings grouped by file, each with its source line and a caret under the span; colour when the
/// output is a terminal that supports it (and <c>NO_COLOR</c> is not set).
/// </summary>
internal sealed class TextReporter(bool colour) : IReporter
{
    private const string Reset = "\u001b[0m";

    public void Write(RunReport report, TextWriter output)
    {
        foreach (var group in report.Shown().GroupBy(p => p.File))
        {
            output.WriteLine(Paint(group.Key.File.DisplayPath, "\u001b[1;4m"));
            SourceText source = group.Key.Result!.Source;
            foreach ((_, Diagnostic d) in group)
            {
                string severity = d.Severity.ToWord();
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {d.Line}:{d.Column}  {Paint(severity.PadRight(7), SeverityColour(d.Severity))}  {Paint(d.Id, "\u001b[2m")}  {d.Message}"));
                TextSpan line = source.GetLineSpan(d.Line);
                string text = source[line].ToString().Replace('\t', ' ');
                // In terminal columns, not characters: a CJK character or an emoji takes two, a combining mark none.
                int start = Math.Clamp(d.Span.Start - line.Start, 0, text.Length);
                int end = Math.Clamp(Math.Min(d.Span.End, line.End) - line.Start, start, text.Length);
                int indent = DisplayWidth.Of(text.AsSpan(0, start));
                int width = Math.Max(1, DisplayWidth.Of(text.AsSpan(start, end - start)));
                output.WriteLine("      | " + text);
                output.WriteLine("      | " + new string(' ', indent) + Paint(new string('^', width), SeverityColour(d.Severity)));
            }

            output.WriteLine();
        }

        output.WriteLine(Summary.Line(report));
    }

    private static string SeverityColour(Severity severity) => severity switch
    {
        Severity.Error => "\u001b[31m",
        Severity.Warning => "\u001b[33m",
        _ => "\u001b[36m",
    };

    private string Paint(string text, string code) => colour ? code + text + Reset : text;

    /// <summary>Whether standard output is a terminal that takes colour.</summary>
    public static bool TerminalSupportsColour() =>
        !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null &&
        Environment.GetEnvironmentVariable("TERM") is not "dumb";
}
