using System.Diagnostics;
using System.Text;
using ReportLint.Cli;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Cli;

/// <summary>Issue 52: what CI needs of the command line (exit codes, diffs git applies, globs, any-case extensions, stdin).</summary>
public sealed class CiBehaviourTests : IDisposable
{
    private const string Mojibake = "# Report\n\n- Status: âœ… done\n";
    private const string Fixed = "# Report\n\n- Status: ✅ done\n";

    private readonly string _dir = Directory.CreateTempSubdirectory("reportlint-ci-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string Out, string Err) Run(string[] args, Func<Stream>? input = null)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = Program.Run(args, output, error, input);
        return (code, output.ToString().Replace("\r\n", "\n", StringComparison.Ordinal), error.ToString().Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    private string Write(string name, string text)
    {
        string path = Path.Combine(_dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    // The built tool in its own process, in a folder of the test's choosing (paths relative to it are the point).
    private static (int Code, string Out, string Err) RunIn(string folder, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "reportlint.dll"));
        foreach (string argument in args)
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start)!;
        Task<string> error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error.Result);
    }

    private static string Git(string folder, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in args)
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start)!;
        Task<string> error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', args)} failed ({process.ExitCode}): {error.Result}{output}");
        return output;
    }

    [Fact]
    public void Fix_dry_run_exits_1_when_it_would_change_something_and_0_when_not()
    {
        string file = Write("r.md", Mojibake);
        Assert.Equal(1, Run(["fix", "--dry-run", file]).Code);
        Assert.Equal(Mojibake, File.ReadAllText(file));

        File.WriteAllText(file, Fixed);
        (int code, string output, _) = Run(["fix", "--dry-run", file]);
        Assert.Equal((0, "1 file checked: 0 fixes would change 0 files (dry run: nothing written).\n"), (code, output));
    }

    [RequiresToolsFact("git")]
    public void Fix_dry_run_of_dot_names_paths_git_apply_takes()
    {
        Write("docs/r.md", Mojibake);
        Write("top.md", Mojibake);
        Git(_dir, "init", "-q", ".");
        (int code, string diff, string error) = RunIn(_dir, "fix", "--dry-run", ".");
        Assert.Equal(1, code);
        Assert.Equal("", error);
        Assert.Contains("--- a/docs/r.md\n+++ b/docs/r.md\n", diff, StringComparison.Ordinal);
        Assert.Contains("--- a/top.md\n+++ b/top.md\n", diff, StringComparison.Ordinal);
        Assert.DoesNotContain("/./", diff, StringComparison.Ordinal);

        // The patch alone (the lines fix says about each file are not part of it) applies with git.
        string patch = string.Concat(diff.Split('\n').Where(l => l.Length > 0 && !l.Contains(": would fix", StringComparison.Ordinal) && !l.Contains(" checked: ", StringComparison.Ordinal)).Select(l => l + "\n"));
        File.WriteAllText(Path.Combine(_dir, "fix.patch"), patch);
        Git(_dir, "apply", "--check", "fix.patch");
        Git(_dir, "apply", "fix.patch");
        Assert.Equal(Fixed, File.ReadAllText(Path.Combine(_dir, "docs", "r.md")));
        Assert.Equal(Fixed, File.ReadAllText(Path.Combine(_dir, "top.md")));
    }

    [Fact]
    public void Check_takes_a_glob_relative_to_the_current_folder_and_ignore_globs()
    {
        Write("docs/a/one.md", "Updated $(date)\n");
        Write("docs/two.md", "Updated $(date)\n");
        Write("docs/drafts/three.md", "Updated $(date)\n");
        Write("docs/notes.txt", "Updated $(date)\n");
        Write("other.md", "Updated $(date)\n");
        (int code, string output, string error) = RunIn(_dir, "check", "docs/**/*.md", "--ignore", "drafts/");
        Assert.Equal(("", 1), (error, code));
        Assert.Equal(
            "docs/a/one.md(1,9): warning RL4003: Template residue '$(date)': a command substitution that was never run\n" +
            "docs/two.md(1,9): warning RL4003: Template residue '$(date)': a command substitution that was never run\n" +
            "2 files checked: 2 warnings in 2 files.\n",
            output);

        // Everything matched, then ignored: nothing to check is not an error.
        (code, output, error) = RunIn(_dir, "check", "docs/*.md", "--ignore", "**/two.md");
        Assert.Equal((0, "", "0 files checked: no findings.\n"), (code, error, output));

        // A glob that matches nothing is, as a missing file is.
        (code, output, error) = RunIn(_dir, "check", "docs/*.markdown");
        Assert.Equal((2, "reportlint: error: docs/*.markdown: no files match.\n"), (code, error));
    }

    [Fact]
    public void Folder_scans_find_markdown_in_any_case()
    {
        Write("A.MD", "Updated $(date)\n");
        Write("b.Markdown", "Updated $(date)\n");
        Write("c.txt", "Updated $(date)\n");
        (int code, string output, _) = Run(["check", _dir]);
        Assert.Equal(1, code);
        Assert.Equal(
            $"{Path.Combine(_dir, "A.MD")}(1,9): warning RL4003: Template residue '$(date)': a command substitution that was never run\n" +
            $"{Path.Combine(_dir, "b.Markdown")}(1,9): warning RL4003: Template residue '$(date)': a command substitution that was never run\n" +
            "2 files checked: 2 warnings in 2 files.\n",
            output);
    }

    [Fact]
    public void Fix_dash_reads_standard_input_and_writes_the_fixed_text_to_standard_output()
    {
        (int code, string output, string error) = Run(["fix", "-"], () => new MemoryStream(Encoding.UTF8.GetBytes(Mojibake)));
        Assert.Equal((0, Fixed), (code, output));
        Assert.Equal("<stdin>: fixed 1 finding (RL4001).\n", error);

        // With a finding fix cannot repair: the text still comes out whole, and the exit code says what is left.
        (code, output, error) = Run(["fix", "-", "--stdin-path", "docs/r.md"], () => new MemoryStream(Encoding.UTF8.GetBytes(Mojibake + "- Owner: TBD\n")));
        Assert.Equal((1, Fixed + "- Owner: TBD\n"), (code, output));
        Assert.Equal("docs/r.md: fixed 1 finding (RL4001).\ndocs/r.md: 1 finding without an automatic fix (RL4003).\n", error);
    }

    [Fact]
    public void Fix_dash_gives_back_what_it_cannot_fix_safely_unchanged()
    {
        byte[] invalid = [.. Encoding.UTF8.GetBytes("Status: âœ… done "), 0xFF, (byte)'\n'];
        using var stream = new MemoryStream();
        var output = new StreamWriter(stream, new UTF8Encoding(false)) { AutoFlush = true };
        var error = new StringWriter();
        int code = Program.Run(["fix", "-"], output, error, () => new MemoryStream(invalid));
        Assert.Equal(2, code);
        Assert.Equal(invalid, stream.ToArray());
        Assert.Equal("reportlint: error: <stdin>: not valid UTF-8 (RL0004); written back unchanged, so no byte is lost.\n", error.ToString().Replace("\r\n", "\n", StringComparison.Ordinal));

        (code, _, string message) = Run(["fix", "--dry-run", "-"], () => new MemoryStream(invalid));
        Assert.Equal(2, code);
        Assert.Contains("without --dry-run", message, StringComparison.Ordinal);
    }

    // pre-commit runs a hook with no file when it is always_run and nothing is staged.
    [Fact]
    public void No_paths_is_a_usage_error_unless_allowed_then_nothing_is_checked()
    {
        (int code, string output, string error) = Run(["check"]);
        Assert.Equal((2, ""), (code, output));
        Assert.Equal("reportlint: error: name the files or folders to lint ('.' for this folder).\nRun 'reportlint --help' for usage.\n", error);

        (code, output, error) = Run(["check", "--allow-no-paths"]);
        Assert.Equal((0, "0 files checked: no findings.\n", ""), (code, output, error));

        (code, output, error) = Run(["fix", "--allow-no-paths"]);
        Assert.Equal((0, "0 files checked: 0 fixes applied to 0 files.\n", ""), (code, output, error));
        Assert.Equal(2, Run(["fix"]).Code);
    }

    [Fact]
    public void Fix_fail_level_none_leaves_what_has_no_fix_to_check()
    {
        string file = Write("r.md", Mojibake + "Updated $(date)\n");
        Assert.Equal(1, Run(["fix", "--dry-run", "--fail-level", "none", file]).Code);
        (int code, string output, _) = Run(["fix", "--fail-level", "none", file]);
        Assert.Equal(0, code);
        Assert.EndsWith("1 file checked: 1 fix applied to 1 file; 1 finding remains without an automatic fix.\n", output, StringComparison.Ordinal);
        Assert.Equal(Fixed + "Updated $(date)\n", File.ReadAllText(file));
        Assert.Equal(1, Run(["fix", file]).Code);
    }
}
