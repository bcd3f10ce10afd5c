using System.CommandLine;
using System.Globalization;
using System.Reflection;
using ReportLint.Diagnostics;
using ReportLint.Rules;

namespace ReportLint.Cli;

/// <summary>The <c>reportlint</c> command.</summary>
public static class Program
{
    /// <summary>Exit code: nothing at warning or above.</summary>
    public const int ExitClean = 0;

    /// <summary>Exit code: findings at warning or above.</summary>
    public const int ExitFindings = 1;

    /// <summary>Exit code: usage, configuration or I/O error.</summary>
    public const int ExitError = 2;

    /// <summary>Runs the command line; returns the exit code.</summary>
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Runs the command line with the given writers (tests use this).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        try
        {
            RootCommand root = BuildCommand(output, error);
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

    private static RootCommand BuildCommand(TextWriter output, TextWriter error)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Markdown files or folders to lint (folders: every *.md and *.markdown below them, or their *.txt files when they hold no Markdown).",
            Arity = ArgumentArity.OneOrMore,
        };
        var check = new Command("check", "Lint status reports and print each finding as 'path(line,col): severity ID: message'.")
        {
            paths,
        };
        check.SetAction(parse => Check(parse.GetValue(paths) ?? [], output, error));

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
            AllowMultipleArgumentsPerToken = false,
        };
        var fix = new Command("fix", "Apply every safe fix in place: encoding, byte order mark, line endings and permissions are kept; writes are atomic.")
        {
            fixPaths,
            dryRun,
            ruleOption,
        };
        fix.SetAction(parse => Fix(parse.GetValue(fixPaths) ?? [], parse.GetValue(dryRun), parse.GetValue(ruleOption) ?? [], output, error));

        var root = new RootCommand(
            "reportlint: finds what status reports get wrong: totals that do not add up, missed targets marked as met, " +
            "mojibake, template residue.\nExit codes: 0 clean, 1 findings at warning or above, 2 usage or I/O error.")
        {
            check,
            fix,
        };
        return root;
    }

    private static int Check(string[] paths, TextWriter output, TextWriter error)
    {
        var errors = new List<string>();
        var notes = new List<string>();
        List<InputFile> files = InputFiles.Expand(paths, errors, notes);
        foreach (string note in notes)
        {
            error.WriteLine($"reportlint: note: {note}");
        }

        ReportLinter linter = BuiltInRules.CreateLinter();
        FileOutcome[] outcomes = FileLinter.LintAll(linter, files);

        int warnings = 0, errorsFound = 0, infos = 0, filesWithFindings = 0, checkedFiles = 0;
        foreach (FileOutcome outcome in outcomes)
        {
            if (outcome.Error is not null)
            {
                errors.Add(outcome.Error);
                continue;
            }

            checkedFiles++;
            bool any = false;
            foreach (Diagnostic d in outcome.Result!.Diagnostics)
            {
                if (d.Severity == Severity.Hidden)
                {
                    continue;
                }

                any = true;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{outcome.File.DisplayPath}({d.Line},{d.Column}): {d.Severity.ToWord()} {d.Id}: {d.Message}"));
                switch (d.Severity)
                {
                    case Severity.Error: errorsFound++; break;
                    case Severity.Warning: warnings++; break;
                    default: infos++; break;
                }
            }

            if (any)
            {
                filesWithFindings++;
            }
        }

        foreach (string message in errors)
        {
            error.WriteLine($"reportlint: error: {message}");
        }

        output.WriteLine(Summary(checkedFiles, errorsFound, warnings, infos, filesWithFindings, errors.Count));
        if (errors.Count > 0)
        {
            return ExitError;
        }

        return errorsFound + warnings > 0 ? ExitFindings : ExitClean;
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
                error.WriteLine($"reportlint: error: --rule {rule}: no such rule (see the rule table in README.md).");
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

    private static string Summary(int files, int errors, int warnings, int infos, int filesWithFindings, int failures)
    {
        string checkedText = files == 1 ? "1 file checked" : $"{files} files checked";
        string failed = failures == 0 ? string.Empty : failures == 1 ? ", 1 could not be read" : $", {failures} could not be read";
        if (errors + warnings + infos == 0)
        {
            return $"{checkedText}{failed}: no findings.";
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
            parts.Add(infos == 1 ? "1 suggestion" : $"{infos} suggestions");
        }

        string inFiles = filesWithFindings == 1 ? "1 file" : $"{filesWithFindings} files";
        return $"{checkedText}{failed}: {string.Join(", ", parts)} in {inFiles}.";
    }
}
