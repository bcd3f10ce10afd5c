using System.CommandLine;
using System.Globalization;
using System.Reflection;
using ReportLint.Baselines;
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

    private static readonly string[] Formats = ["msbuild", "text", "json", "sarif", "github", "html"];
    private static readonly string[] FailLevels = ["error", "warning", "info", "none"];

    /// <summary>Runs the command line; returns the exit code.</summary>
    public static int Main(string[] args)
    {
        StartUp.HoldCollections();
        return Run(args, StartUp.Output(), StartUp.Error());
    }

    /// <summary>Runs the command line with the given writers and standard input (tests use this).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, Func<Stream>? standardInput = null)
    {
        try
        {
            RootCommand root = BuildCommand(output, error, standardInput);
            ParseResult parse = root.Parse(args);
            List<string> usage = [.. parse.Errors.Select(e => e.Message), .. UnknownOptions(parse, args)];
            if (usage.Count > 0)
            {
                foreach (string message in usage)
                {
                    error.WriteLine($"reportlint: {message}");
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

    // A word that starts with '-' before any '--' is an option: a misspelled one (--fromat) must not be taken as a
    // path. A file whose name starts with '-' is named after '--' or as ./-name.
    private static IEnumerable<string> UnknownOptions(ParseResult parse, string[] args)
    {
        int end = Array.IndexOf(args, "--");
        var beforeDoubleDash = new HashSet<string>(end < 0 ? args : args[..end], StringComparer.Ordinal);
        Command command = parse.CommandResult.Command;
        var known = command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)).ToList();
        foreach (Argument argument in command.Arguments)
        {
            if (parse.GetResult(argument) is not { } result)
            {
                continue;
            }

            foreach (string value in result.Tokens.Select(t => t.Value).Where(v => v.Length > 1 && v[0] == '-' && beforeDoubleDash.Contains(v)).Distinct())
            {
                string name = value.Split('=')[0];
                string? suggestion = known.Where(k => k.StartsWith("--", StringComparison.Ordinal))
                    .Select(k => (Name: k, Distance: EditDistance(name, k)))
                    .Where(p => p.Distance <= Math.Max(1, p.Name.Length / 3))
                    .OrderBy(p => p.Distance).ThenBy(p => p.Name, StringComparer.Ordinal)
                    .Select(p => p.Name).FirstOrDefault();
                yield return $"unknown option '{value}' for '{command.Name}'" +
                    (suggestion is null ? "" : $" (did you mean {suggestion}?)") +
                    (File.Exists(value) ? $"; to lint the file, write ./{value} or put it after --" : ".");
            }
        }
    }

    // Optimal string alignment distance: insertions, deletions, substitutions and transpositions of neighbours.
    internal static int EditDistance(string a, string b)
    {
        int[,] d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (int j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    internal static string Version =>
        typeof(Program).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    private static RootCommand BuildCommand(TextWriter output, TextWriter error, Func<Stream>? standardInput)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Markdown files, folders or quoted globs to lint (folders: every *.md and *.markdown below them, in any case, or their *.txt files when they hold no Markdown; globs: \"docs/**/*.md\"); '-' reads standard input.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: msbuild (one line per finding, the default), text (for people), json, sarif (2.1.0), github (workflow annotations) or html (a page for reviewers; use with --output).",
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
        var config = new Option<string?>("--config", "-c")
        {
            Description = "A configuration file applied after the .reportlint.json files found beside the reports.",
        };
        var strictConfig = new Option<bool>("--strict-config")
        {
            Description = "Stop with exit code 2 when a configuration cannot be read (by default: report RL0002 and go on with defaults).",
        };
        var noInlineConfig = new Option<bool>("--no-inline-config")
        {
            Description = "Ignore reportlint-disable… and reportlint-configure-file comments in reports.",
        };
        var followSymlinks = new Option<bool>("--follow-symlinks")
        {
            Description = "Read files through symbolic links wherever they lead (by default a link is followed only inside the repository, or the folder checked). Only regular files are ever read.",
        };
        var baselineFile = new Option<string?>("--baseline")
        {
            Description = "Report only the findings not in this baseline file (written by 'reportlint baseline'); by default the \"baseline\" named in .reportlint.json, if any.",
        };
        var ignoreOption = new Option<string[]>("--ignore")
        {
            Description = "Leave out the files matching this glob (relative to the current folder, as in .reportlint.json's \"ignore\"); repeat for several.",
        };
        var allowNoPaths = new Option<bool>("--allow-no-paths")
        {
            Description = "With no paths, check nothing and exit 0 (for hooks that may pass no file, such as pre-commit's); without it, no paths is a usage error.",
        };
        var check = new Command("check", "Lint status reports and print each finding.")
        {
            paths, format, outputFile, failLevel, stdinPath, config, strictConfig, noInlineConfig, followSymlinks, baselineFile, ignoreOption, allowNoPaths,
        };
        check.SetAction(parse => NoPaths(parse.GetValue(paths), parse.GetValue(allowNoPaths), "lint", error) ?? Check(
            parse.GetValue(paths) ?? [], parse.GetValue(format)!, parse.GetValue(outputFile), parse.GetValue(failLevel)!,
            parse.GetValue(stdinPath), new ConfigChoice(parse.GetValue(config), parse.GetValue(strictConfig), !parse.GetValue(noInlineConfig), parse.GetValue(followSymlinks)),
            output, error, standardInput, parse.GetValue(baselineFile), parse.GetValue(ignoreOption) ?? []));

        var baselinePaths = new Argument<string[]>("paths")
        {
            Description = "Markdown files or folders whose findings to record (as for check).",
            Arity = ArgumentArity.OneOrMore,
        };
        var baselineOutput = new Option<string?>("--output", "-o")
        {
            Description = $"The baseline file to write or update (default: the \"baseline\" named in .reportlint.json, else {Baseline.DefaultFileName} in the current folder).",
        };
        var baseline = new Command("baseline", "Record the current findings in a baseline file, so that 'check' reports only new ones. Run again to update it: entries that no longer match are pruned, files not checked keep theirs.")
        {
            baselinePaths, baselineOutput, config, noInlineConfig, followSymlinks,
        };
        baseline.SetAction(parse => WriteBaseline(parse.GetValue(baselinePaths) ?? [], parse.GetValue(baselineOutput),
            new ConfigChoice(parse.GetValue(config), false, !parse.GetValue(noInlineConfig), parse.GetValue(followSymlinks)), output, error));

        var fixPaths = new Argument<string[]>("paths")
        {
            Description = "Markdown files, folders or quoted globs to fix (as for check); '-' fixes standard input and writes the fixed text to standard output.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var dryRun = new Option<bool>("--dry-run")
        {
            Description = "Print a unified diff of what would change (paths as git apply takes them) and write nothing; exit with 1 when something would change.",
        };
        var ruleOption = new Option<string[]>("--rule")
        {
            Description = "Only apply the fixes of this rule (ID such as RL4001, or alias); repeat for several.",
        };
        var fixFailLevel = new Option<string>("--fail-level")
        {
            Description = "Exit with 1 when a finding at or above this level remains without an automatic fix: error, warning (the default), info, or none (a pre-commit fixer hook leaves the rest to check).",
            DefaultValueFactory = _ => "warning",
        };
        fixFailLevel.AcceptOnlyFromAmong(FailLevels);
        var fix = new Command("fix", "Apply every safe fix in place: encoding, byte order mark, line endings, permissions, symbolic and hard links are kept; writes are atomic.")
        {
            fixPaths, dryRun, ruleOption, config, strictConfig, noInlineConfig, followSymlinks, ignoreOption, stdinPath, fixFailLevel, allowNoPaths,
        };
        fix.SetAction(parse => NoPaths(parse.GetValue(fixPaths), parse.GetValue(allowNoPaths), "fix", error) ?? Fix(parse.GetValue(fixPaths) ?? [], parse.GetValue(dryRun), parse.GetValue(ruleOption) ?? [],
            new ConfigChoice(parse.GetValue(config), parse.GetValue(strictConfig), !parse.GetValue(noInlineConfig), parse.GetValue(followSymlinks)), output, error,
            parse.GetValue(ignoreOption) ?? [], parse.GetValue(stdinPath), standardInput, Threshold(parse.GetValue(fixFailLevel)!)));

        var force = new Option<bool>("--force") { Description = "Overwrite an existing .reportlint.json." };
        var init = new Command("init", "Write a starter .reportlint.json in the current folder.") { force };
        init.SetAction(parse => Init(parse.GetValue(force), output, error));

        var rules = new Command("rules", "List every rule: ID, alias, category, default severity, and whether it has a fix.");
        rules.SetAction(_ => ListRules(output));

        var ruleName = new Argument<string>("rule") { Description = "A rule ID (RL2001) or alias (total-mismatch)." };
        var explain = new Command("explain", "Print a rule's documentation page.") { ruleName };
        explain.SetAction(parse => Explain(parse.GetValue(ruleName)!, output, error));

        var debounce = new Option<int>("--debounce")
        {
            Description = "Milliseconds to wait after a change before linting (a newer change restarts the wait); the client's initializationOptions.debounceMs overrides it.",
            DefaultValueFactory = _ => Lsp.LspServer.DefaultDebounce,
        };
        var stdio = new Option<bool>("--stdio") { Description = "Serve over standard input and output (the only transport; accepted for clients that pass it)." };
        var lsp = new Command("lsp", "Run a language server (LSP 3.17) over standard input and output: diagnostics, quick fixes, fix-all and rule pages in the editor.")
        {
            debounce, stdio,
        };
        lsp.SetAction(parse => Lsp.LspCommand.Run(parse.GetValue(debounce), error));

        var roots = new Option<string[]>("--root")
        {
            Description = "A folder whose reports the tools may read (and, when asked, write); repeat for several. Default: the current folder.",
        };
        var mcp = new Command("mcp", "Run a Model Context Protocol server over standard input and output: tools to check and fix a report, explain and list the rules, for AI assistants.")
        {
            roots,
        };
        mcp.SetAction(parse => Mcp.McpCommand.Run(parse.GetValue(roots) ?? [], error));

        return new RootCommand(
            "reportlint: finds what status reports get wrong: totals that do not add up, missed targets marked as met, " +
            "claims without evidence, mojibake, template residue.\n" +
            "Exit codes: 0 clean, 1 findings at or above the fail level (default warning), 2 usage, configuration or I/O error.")
        {
            check, fix, baseline, rules, explain, init, lsp, mcp,
        };
    }

    // No paths: a usage error, unless --allow-no-paths (then the command runs on nothing and says so).
    private static int? NoPaths(string[]? paths, bool allowed, string verb, TextWriter error)
    {
        if (paths is { Length: > 0 } || allowed)
        {
            return null;
        }

        error.WriteLine($"reportlint: error: name the files or folders to {verb} ('.' for this folder).");
        error.WriteLine("Run 'reportlint --help' for usage.");
        return ExitError;
    }

    private static Severity? Threshold(string failLevel) => failLevel switch
    {
        "error" => Severity.Error,
        "info" => Severity.Info,
        "none" => null,
        _ => Severity.Warning,
    };

    private sealed record ConfigChoice(string? Path, bool Strict, bool Inline, bool FollowSymlinks = false);

    private static int Check(string[] paths, string format, string? outputFile, string failLevel, string? stdinPath, ConfigChoice configChoice,
        TextWriter output, TextWriter error, Func<Stream>? standardInput, string? baselinePath = null, string[]? ignore = null)
    {
        // Start-up on a spare core: the parser warms up while this thread finds the files and reads the configuration.
        WarmUp.Start();
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

        files.AddRange(InputFiles.Expand(named, errors, notes, configChoice.FollowSymlinks, ignore));
        foreach (string note in notes)
        {
            error.WriteLine($"reportlint: note: {note}");
        }

        LintSession? session = StartSession(configChoice, files, errors, error);
        if (session is null)
        {
            return ExitError;
        }

        FileOutcome[] linted;
        using (Progress progress = Progress.Start(error, files.Count))
        {
            // JSON, SARIF and HTML carry each finding's fix: a file analysed in parts then builds its fixes as it goes.
            bool prepareFixes = format is "json" or "sarif" or "html";
            linted = FileLinter.LintAll(session, files, standardInput, progress, prepareFixes);
        }

        NoteIgnored(linted, error);
        List<FileOutcome> outcomes = [.. session.ConfigurationOutcomes(), .. linted.Where(o => o.IgnoredBy is null)];
        errors.AddRange(outcomes.Where(o => o.Error is not null).Select(o => o.Error!));
        var report = new RunReport(session.Default, outcomes, errors, minimumShown: null);
        if (!ApplyBaseline(report, baselinePath, session, error))
        {
            return ExitError;
        }

        IReporter reporter = format switch
        {
            "text" => new TextReporter(outputFile is null && TextReporter.TerminalSupportsColour() && ReferenceEquals(output, Console.Out)),
            "json" => new JsonReporter(),
            "sarif" => new SarifReporter(),
            "github" => new GitHubReporter(),
            "html" => new Output.Html.HtmlReporter(),
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

        Severity? threshold = Threshold(failLevel);
        return threshold is { } t && report.Shown().Any(p => p.Diagnostic.Severity >= t) ? ExitFindings : ExitClean;
    }

    // Leaves out the findings of the baseline given (--baseline), or else of the baselines the files' configurations
    // name; false (after the error) when a baseline cannot be read.
    private static bool ApplyBaseline(RunReport report, string? path, LintSession session, TextWriter error)
    {
        List<(string Path, IReadOnlyList<FileOutcome> Outcomes)> groups = path is not null
            ? [(path, report.Outcomes)]
            : report.Outcomes.Where(o => o.Linted && !o.File.IsConfiguration && !o.File.IsStandardInput)
                .Select(o => (Outcome: o, Baseline: session.BaselineOf(o.File)))
                .Where(p => p.Baseline is not null)
                .GroupBy(p => p.Baseline!, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => (Display(g.Key), (IReadOnlyList<FileOutcome>)g.Select(p => p.Outcome).ToList()))
                .ToList();
        if (groups.Count == 0)
        {
            return true;
        }

        var matches = new List<BaselineMatch>();
        foreach ((string file, IReadOnlyList<FileOutcome> outcomes) in groups)
        {
            Baseline? baseline = Baseline.Load(file, out string? problem);
            if (baseline is null)
            {
                error.WriteLine($"reportlint: error: {problem}");
                return false;
            }

            matches.Add(baseline.Match(Checked(outcomes)));
        }

        report.Baseline = BaselineMatch.Combine(matches);
        return true;
    }

    // The files a run checked, for a baseline: linted reports (not configuration files, not unnamed standard input).
    private static IEnumerable<CheckedFile> Checked(IEnumerable<FileOutcome> outcomes) =>
        outcomes.Where(o => o.Linted && !o.File.IsConfiguration && !(o.File.IsStandardInput && o.File.DisplayPath == "<stdin>"))
            .Select(o => new CheckedFile(o.File.Path, o.Result));

    private static string Display(string full)
    {
        string relative = Path.GetRelativePath(Environment.CurrentDirectory, full);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
    }

    private static int WriteBaseline(string[] paths, string? outputPath, ConfigChoice configChoice, TextWriter output, TextWriter error)
    {
        var errors = new List<string>();
        var notes = new List<string>();
        List<InputFile> files = InputFiles.Expand(paths, errors, notes, configChoice.FollowSymlinks);
        foreach (string note in notes)
        {
            error.WriteLine($"reportlint: note: {note}");
        }

        LintSession? session = StartSession(configChoice, files, errors, error);
        if (session is null)
        {
            return ExitError;
        }

        FileOutcome[] linted;
        using (Progress progress = Progress.Start(error, files.Count))
        {
            linted = FileLinter.LintAll(session, files, null, progress);
        }

        errors.AddRange(linted.Where(o => o.Error is not null).Select(o => o.Error!));
        if (errors.Count > 0)
        {
            foreach (string message in errors)
            {
                error.WriteLine($"reportlint: error: {message}");
            }

            error.WriteLine("reportlint: error: the baseline was not written.");
            return ExitError;
        }

        string[] configured = linted.Where(o => o.Linted).Select(o => session.BaselineOf(o.File)).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
        string target = outputPath ?? (configured.Length == 1 ? Display(configured[0]) : Baseline.DefaultFileName);
        string? problem = null;
        Baseline? baseline = File.Exists(target) ? Baseline.Load(target, out problem) : Baseline.Empty(target);
        if (baseline is null)
        {
            error.WriteLine($"reportlint: error: {problem} Fix it or delete it, then run 'reportlint baseline' again.");
            return ExitError;
        }

        int pruned = baseline.Update(Checked(linted.Where(o => o.IgnoredBy is null)));
        string temporary = baseline.Path + ".tmp";
        try
        {
            File.WriteAllText(temporary, baseline.ToJson(), new System.Text.UTF8Encoding(false));
            File.Move(temporary, baseline.Path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"reportlint: error: {target}: cannot write the baseline ({ex.Message}).");
            return ExitError;
        }

        int count = baseline.Count, inFiles = baseline.Files.Count;
        string prunedText = pruned == 0 ? "" : pruned == 1 ? "; 1 stale entry pruned" : $"; {pruned} stale entries pruned";
        output.WriteLine($"Wrote {target}: {Plural(count, "finding")} in {Plural(inFiles, "file")}{prunedText}.");
        return ExitClean;
    }

    internal static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    // Resolves every file's configuration first, so that --strict-config stops before anything is linted.
    private static LintSession? StartSession(ConfigChoice choice, List<InputFile> files, List<string> errors, TextWriter error)
    {
        LintSession? session = LintSession.Create(choice.Path, choice.Inline, errors, choice.FollowSymlinks);
        if (session is null)
        {
            foreach (string message in errors)
            {
                error.WriteLine($"reportlint: error: {message}");
            }

            return null;
        }

        if (!choice.Strict)
        {
            // The run resolves each file's configuration as it lints it (in parallel) and reports problems after.
            return session;
        }

        // --strict-config lints nothing when a configuration has problems, so every file's is resolved first.
        Parallel.For(0, files.Count, i => session.For(files[i]));
        List<FileOutcome> problems = session.ConfigurationOutcomes();
        if (problems.Count > 0)
        {
            foreach (FileOutcome outcome in problems)
            {
                foreach (Diagnostic d in outcome.Result!.Diagnostics)
                {
                    error.WriteLine($"{outcome.File.DisplayPath}({d.Line},{d.Column}): error {d.Id}: {d.Message}");
                }
            }

            error.WriteLine("reportlint: error: the configuration has problems (--strict-config); nothing was linted.");
            return null;
        }

        return session;
    }

    private static void NoteIgnored(IEnumerable<FileOutcome> outcomes, TextWriter error)
    {
        foreach (FileOutcome outcome in outcomes.Where(o => o.IgnoredBy is not null && o.File.IsExplicit))
        {
            error.WriteLine($"reportlint: note: {outcome.File.DisplayPath} is ignored by {outcome.IgnoredBy}.");
        }
    }

    internal static int Init(bool force, TextWriter output, TextWriter error, string? folder = null)
    {
        string path = Path.Combine(folder ?? Environment.CurrentDirectory, ReportLint.Configuration.ConfigurationResolver.FileName);
        if (File.Exists(path) && !force)
        {
            error.WriteLine($"reportlint: error: {ReportLint.Configuration.ConfigurationResolver.FileName} already exists here; use --force to overwrite it.");
            return ExitError;
        }

        File.WriteAllText(path, StarterConfiguration);
        output.WriteLine($"Wrote {ReportLint.Configuration.ConfigurationResolver.FileName}; 'reportlint rules' lists every rule you can set.");
        return ExitClean;
    }

    internal const string StarterConfiguration = """
        {
          // Editors complete and check this file with the schema.
          "$schema": "https://raw.githubusercontent.com/reportlint/reportlint/main/reportlint.schema.json",

          // The languages reports are written in (their words are in the lexicons): "en", "fr".
          "languages": ["en", "fr"],

          // Files and folders not to lint, relative to this file.
          "ignore": ["node_modules/", "CHANGELOG.md"],

          // Rules by ID or alias: false (off), true (default severity), "error", "warning", "info", "hidden",
          // or an object with "severity" and the rule's options.
          "RL1002": "info",
          "RL4004": { "severity": "warning", "tolerance_percent": 25 }

          // Turn on reports of suppressions that suppress nothing:
          // "RL0003": "warning"
        }

        """;

    private static bool WriteReport(IReporter reporter, RunReport report, string? outputFile, TextWriter output, List<string> errors)
    {
        if (outputFile is null)
        {
            using var blocks = new BlockWriter(output);
            reporter.Write(report, blocks);
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
        RuleDescriptor? rule = RulePages.Find(name);
        if (rule is null)
        {
            error.WriteLine($"reportlint: error: no rule '{name}'; 'reportlint rules' lists them.");
            return ExitError;
        }

        if (RulePages.Read(rule.Id) is not { } page)
        {
            error.WriteLine($"reportlint: error: the page of {rule.Id} is missing from this build; see {rule.HelpLink}");
            return ExitError;
        }

        output.Write(page);
        return ExitClean;
    }

    private static int Fix(string[] paths, bool dryRun, string[] rules, ConfigChoice configChoice, TextWriter output, TextWriter error,
        string[] ignore, string? stdinPath, Func<Stream>? standardInput, Severity? failLevel = Severity.Warning)
    {
        var errors = new List<string>();
        var notes = new List<string>();
        if (paths.Contains("-") && (paths.Length > 1 || dryRun))
        {
            error.WriteLine($"reportlint: error: 'fix -' fixes standard input alone{(dryRun ? ", without --dry-run" : "")}: it writes the fixed text to standard output.");
            return ExitError;
        }

        if (stdinPath is not null && !paths.Contains("-"))
        {
            error.WriteLine("reportlint: error: --stdin-path goes with '-' (read standard input).");
            return ExitError;
        }

        List<InputFile> files = paths.Contains("-")
            ? [new InputFile(stdinPath is null ? "<stdin>" : Path.GetFullPath(stdinPath), stdinPath ?? "<stdin>", IsStandardInput: true)]
            : InputFiles.Expand(paths, errors, notes, configChoice.FollowSymlinks, ignore);
        foreach (string note in notes)
        {
            error.WriteLine($"reportlint: note: {note}");
        }

        LintSession? session = StartSession(configChoice, files, errors, error);
        if (session is null)
        {
            return ExitError;
        }

        ReportLinter linter = session.Default;
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

        foreach (FileOutcome ignored in files.Select(f => (File: f, Ignored: session.For(f).IgnoredBy)).Where(p => p.Ignored is not null)
                     .Select(p => new FileOutcome(p.File, null, null, p.Ignored)))
        {
            NoteIgnored([ignored], error);
        }

        if (files is [{ IsStandardInput: true } stdin])
        {
            using Stream input = (standardInput ?? Console.OpenStandardInput)();
            int stdinCode = FixCommand.RunStandardInput(session.For(stdin).Linter, stdin, input, ids, output, error, failLevel);
            foreach (FileOutcome problem in session.ConfigurationOutcomes())
            {
                error.WriteLine($"reportlint: note: {problem.File.DisplayPath}: the configuration has problems ('reportlint check' shows them).");
            }

            return stdinCode;
        }

        int code;
        using (Progress progress = Progress.Start(error, files.Count, "fixing"))
        {
            code = FixCommand.Run(f => session.For(f).Linter, files, ids, dryRun, output, errors, progress: progress, failLevel: failLevel);
        }

        foreach (string message in errors)
        {
            error.WriteLine($"reportlint: error: {message}");
        }

        return code;
    }
}
