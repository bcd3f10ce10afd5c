using System.CommandLine;
using System.Globalization;
using System.Reflection;
using ReportLint.Cli.Output;
using ReportLint.Diagnostics;
using ReportLint.Rules;

namespace ReportLint.Cli;

/// <summary>The <c>reportlint</c> command.</summary>
public static class Program
{
    /// <summary>Exit code: nothing at or above the fail level.</summary>
    public const int ExitClean = 0;

    /// <summary>Exit code: findings at or above the fail level (default: warning).</summary>
    public const int ExitFindings = 1;

    /// <summary>Exit code: usage, configuration or I/O error.</summary>
    public const int ExitError = 2;

    private static readonly string[] Formats = ["msbuild", "text", "json", "sarif", "github"];
    private static readonly string[] FailLevels = ["error", "warning", "info", "none"];

    /// <summary>Runs the command line; returns the exit code.</summary>
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Runs the command line with the given writers and standard input (tests use this).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, Func<Stream>? standardInput = null)
    {
        try
        {
            RootCommand root = BuildCommand(output, error, standardInput);
            ParseResult parse = root.Parse(args);
            if (parse.Errors.Count > 0)
            {
                foreach (var parseError in parse.Errors)
                {
                    error.WriteLine($"reportlint: {parseError.Message}");
                }

                error.WriteLine("Run 'reportlint --help' for usage.");
                return ExitError;
            }

            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex)
        {
            error.WriteLine($"reportlint: internal error: {ex.GetType().Name}: {ex.Message}");
            error.WriteLine("Please report this with the command line and the file that caused it.");
            return ExitError;
        }
    }

    internal static string Version =>
        typeof(Program).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    private static RootCommand BuildCommand(TextWriter output, TextWriter error, Func<Stream>? standardInput)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Markdown files or folders to lint (folders: every *.md and *.markdown below them, or their *.txt files when they hold no Markdown); '-' reads standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: msbuild (one line per finding, the default), text (for people), json, sarif (2.1.0) or github (workflow annotations).",
            DefaultValueFactory = _ => "msbuild",
        };
        format.AcceptOnlyFromAmong(Formats);
        var outputFile = new Option<string?>("--output", "-o")
        {
            Description = "Write the report to this file instead of standard output.",
        };
        var failLevel = new Option<string>("--fail-level")
        {
            Description = "Exit with 1 when a finding is at or above this level: error, warning (the default), info, or none.",
            DefaultValueFactory = _ => "warning",
        };
        failLevel.AcceptOnlyFromAmong(FailLevels);
        var stdinPath = new Option<string?>("--stdin-path")
        {
            Description = "With '-': the path standard input stands for, used in messages.",
        };
        var check = new Command("check", "Lint status reports and print each finding.")
        {
            paths, format, outputFile, failLevel, stdinPath,
        };
        check.SetAction(parse => Check(
            parse.GetValue(paths) ?? [], parse.GetValue(format)!, parse.GetValue(outputFile), parse.GetValue(failLevel)!,
            parse.GetValue(stdinPath), output, error, standardInput));

        var fixPaths = new Argument<string[]>("paths")
        {
            Description = "Markdown files or folders to fix (as for check).",
            Arity = ArgumentArity.OneOrMore,
        };
        var dryRun = new Option<bool>("--dry-run")
        {
            Description = "Print a unified diff of what would change and write nothing.",
        };
        var ruleOption = new Option<string[]>("--rule")
        {
            Description = "Only apply the fixes of this rule (ID such as RL4001, or alias); repeat for several.",
        };
        var fix = new Command("fix", "Apply every safe fix in place: encoding, byte order mark, line endings and permissions are kept; writes are atomic.")
        {
            fixPaths, dryRun, ruleOption,
        };
        fix.SetAction(parse => Fix(parse.GetValue(fixPaths) ?? [], parse.GetValue(dryRun), parse.GetValue(ruleOption) ?? [], output, error));

        var rules = new Command("rules", "List every rule: ID, alias, category, default severity, and whether it has a fix.");
        rules.SetAction(_ => ListRules(output));

        var ruleName = new Argument<string>("rule") { Description = "A rule ID (RL2001) or alias (total-mismatch)." };
        var explain = new Command("explain", "Print a rule's documentation page.") { ruleName };
        explain.SetAction(parse => Explain(parse.GetValue(ruleName)!, output, error));

        return new RootCommand(
            "reportlint: finds what status reports get wrong: totals that do not add up, missed targets marked as met, " +
            "claims without evidence, mojibake, template residue.\n" +
            "Exit codes: 0 clean, 1 findings at or above the fail level (default warning), 2 usage, configuration or I/O error.")
        {
            check, fix, rules, explain,
        };
    }

    private static int Check(string[] paths, string format, string? outputFile, string failLevel, string? stdinPath,
        TextWriter output, TextWriter error, Func<Stream>? standardInput)
    {
        var errors = new List<string>();
        var notes = new List<string>();
        var files = new List<InputFile>();
        string[] named = paths.Where(p => p != "-").ToArray();
        if (paths.Contains("-"))
        {
            string display = stdinPath ?? "<stdin>";
            files.Add(new InputFile(stdinPath is null ? display : Path.GetFullPath(stdinPath), display, IsStandardInput: true));
        }
        else if (stdinPath is not null)
        {
            error.WriteLine("reportlint: error: --stdin-path goes with '-' (read standard input).");
            return ExitError;
        }

        files.AddRange(InputFiles.Expand(named, errors, notes));
        foreach (string note in notes)
        {
            error.WriteLine($"reportlint: note: {note}");
        }

        ReportLinter linter = BuiltInRules.CreateLinter();
        FileOutcome[] outcomes = FileLinter.LintAll(linter, files, standardInput);
        errors.AddRange(outcomes.Where(o => o.Error is not null).Select(o => o.Error!));
        var report = new RunReport(linter, outcomes, errors, minimumShown: null);
        IReporter reporter = format switch
        {
            "text" => new TextReporter(outputFile is null && TextReporter.TerminalSupportsColour() && ReferenceEquals(output, Console.Out)),
            "json" => new JsonReporter(),
            "sarif" => new SarifReporter(),
            "github" => new GitHubReporter(),
            _ => new MsBuildReporter(),
        };

        if (!WriteReport(reporter, report, outputFile, output, errors))
        {
            error.WriteLine($"reportlint: error: {errors[^1]}");
            return ExitError;
        }

        foreach (string message in errors)
        {
            error.WriteLine($"reportlint: error: {message}");
        }

        if (errors.Count > 0)
        {
            return ExitError;
        }

        Severity? threshold = failLevel switch
        {
            "error" => Severity.Error,
            "info" => Severity.Info,
            "none" => null,
            _ => Severity.Warning,
        };
        return threshold is { } t && report.Shown().Any(p => p.Diagnostic.Severity >= t) ? ExitFindings : ExitClean;
    }

    private static bool WriteReport(IReporter reporter, RunReport report, string? outputFile, TextWriter output, List<string> errors)
    {
        if (outputFile is null)
        {
            reporter.Write(report, output);
            return true;
        }

        try
        {
            using var writer = new StreamWriter(outputFile, append: false, new System.Text.UTF8Encoding(false));
            reporter.Write(report, writer);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            errors.Add($"{outputFile}: cannot write the report ({ex.Message}).");
            return false;
        }
    }

    private static int ListRules(TextWriter output)
    {
        ReportLinter linter = BuiltInRules.CreateLinter();
        var rows = linter.Rules.Select(r => (r.Id, r.Alias, Category: r.Category.ToString(), Severity: r.DefaultSeverity.ToWord(),
            Fixable: linter.IsFixable(r.Id) ? "yes" : "no", r.Title)).ToList();
        int alias = Math.Max(5, rows.Max(r => r.Alias.Length));
        int category = Math.Max(8, rows.Max(r => r.Category.Length));
        output.WriteLine($"{"ID",-7} {"Alias".PadRight(alias)} {"Category".PadRight(category)} {"Default",-8} {"Fix",-4} Title");
        foreach (var row in rows)
        {
            output.WriteLine($"{row.Id,-7} {row.Alias.PadRight(alias)} {row.Category.PadRight(category)} {row.Severity,-8} {row.Fixable,-4} {row.Title}");
        }

        return ExitClean;
    }

    private static int Explain(string name, TextWriter output, TextWriter error)
    {
        RuleDescriptor? rule = BuiltInRules.Descriptors.FirstOrDefault(r =>
            string.Equals(r.Id, name, StringComparison.OrdinalIgnoreCase) || string.Equals(r.Alias, name, StringComparison.OrdinalIgnoreCase));
        if (rule is null)
        {
            error.WriteLine($"reportlint: error: no rule '{name}'; 'reportlint rules' lists them.");
            return ExitError;
        }

        using Stream? page = typeof(Program).Assembly.GetManifestResourceStream($"ReportLint.Docs.{rule.Id}.md");
        if (page is null)
        {
            error.WriteLine($"reportlint: error: the page of {rule.Id} is missing from this build; see {rule.HelpLink}");
            return ExitError;
        }

        using var reader = new StreamReader(page);
        output.Write(reader.ReadToEnd());
        return ExitClean;
    }

    private static int Fix(string[] paths, bool dryRun, string[] rules, TextWriter output, TextWriter error)
    {
        var errors = new List<string>();
        var notes = new List<string>();
        List<InputFile> files = InputFiles.Expand(paths, errors, notes);
        foreach (string note in notes)
        {
            error.WriteLine($"reportlint: note: {note}");
        }

        ReportLinter linter = BuiltInRules.CreateLinter();
        var ids = new List<string>();
        foreach (string rule in rules)
        {
            RuleDescriptor? descriptor = linter.Rules.FirstOrDefault(r =>
                string.Equals(r.Id, rule, StringComparison.OrdinalIgnoreCase) || string.Equals(r.Alias, rule, StringComparison.OrdinalIgnoreCase));
            if (descriptor is null)
            {
                error.WriteLine($"reportlint: error: --rule {rule}: no such rule ('reportlint rules' lists them).");
                return ExitError;
            }

            if (!linter.IsFixable(descriptor.Id))
            {
                error.WriteLine($"reportlint: note: {descriptor.Id} has no automatic fix; --rule {rule} fixes nothing.");
            }

            ids.Add(descriptor.Id);
        }

        int code = FixCommand.Run(linter, files, ids, dryRun, output, errors);
        foreach (string message in errors)
        {
            error.WriteLine($"reportlint: error: {message}");
        }

        return code;
    }
}
