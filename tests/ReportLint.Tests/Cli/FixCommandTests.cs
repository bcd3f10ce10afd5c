using System.Text;
using ReportLint.Cli;

namespace ReportLint.Tests.Cli;

[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class FixCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("reportlint-fix-").FullName;

    public void Dispose()
    {
        foreach (string file in Directory.GetFiles(_dir, "*", SearchOption.AllDirectories))
        {
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        Directory.Delete(_dir, recursive: true);
    }

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = Program.Run(args, output, error);
        return (code, output.ToString().Replace("\r\n", "\n", StringComparison.Ordinal), error.ToString());
    }

    private string Write(string name, byte[] bytes)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void Fixes_in_place_keeping_bom_crlf_and_every_other_byte()
    {
        byte[] original = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("# Report\r\n\r\n- Status: âœ… done\r\n- Owner: TBD\r\n")];
        string file = Write("r.md", original);
        (int code, string output, string error) = Run("fix", file);
        Assert.Equal("", error);
        Assert.Equal(1, code);
        Assert.Equal(
            $"{file}: fixed 1 finding (RL4001); 1 finding needs a person (RL4003).\n1 file checked: 1 fix applied to 1 file; 1 finding remains without an automatic fix.\n",
            output);
        Assert.Equal([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("# Report\r\n\r\n- Status: ✅ done\r\n- Owner: TBD\r\n")], File.ReadAllBytes(file));
        Assert.Empty(Directory.GetFiles(_dir, "*.tmp"));
    }

    [Fact]
    public void A_second_run_changes_nothing()
    {
        string file = Write("r.md", Encoding.UTF8.GetBytes("Status: âœ… Ã©tÃ©\n"));
        Run("fix", file);
        byte[] once = File.ReadAllBytes(file);
        (int code, string output, _) = Run("fix", file);
        Assert.Equal(0, code);
        Assert.Equal("1 file checked: 0 fixes applied to 0 files.\n", output);
        Assert.Equal(once, File.ReadAllBytes(file));
    }

    [Fact]
    public void Dry_run_prints_a_unified_diff_and_writes_nothing()
    {
        byte[] original = Encoding.UTF8.GetBytes("# R\n\none\ntwo\n- Status: âœ… done\nthree\n");
        string file = Write("r.md", original);
        (int code, string output, _) = Run("fix", "--dry-run", file);
        Assert.Equal(1, code);
        Assert.Equal(
            $"--- a/{file.TrimStart('/')}\n+++ b/{file.TrimStart('/')}\n@@ -2,5 +2,5 @@\n \n one\n two\n-- Status: âœ… done\n+- Status: ✅ done\n three\n" +
            $"{file}: would fix 1 finding (RL4001).\n1 file checked: 1 fix would change 1 file (dry run: nothing written).\n",
            output);
        Assert.Equal(original, File.ReadAllBytes(file));
    }

    [Fact]
    public void Rule_option_limits_which_rules_fix()
    {
        string file = Write("r.md", Encoding.UTF8.GetBytes("Status: âœ…\n"));
        (int code, string output, string error) = Run("fix", "--rule", "RL3001", file);
        Assert.Equal(1, code);
        Assert.Contains("RL3001 has no automatic fix", error, StringComparison.Ordinal);
        Assert.Contains("nothing to fix automatically; 1 finding needs a person (RL4001)", output, StringComparison.Ordinal);

        (code, _, _) = Run("fix", "--rule", "mojibake", file);
        Assert.Equal(0, code);
        Assert.Equal("Status: ✅\n", File.ReadAllText(file));

        (code, _, error) = Run("fix", "--rule", "RL9999", file);
        Assert.Equal(2, code);
        Assert.Contains("--rule RL9999: no such rule", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_the_file_permissions()
    {
        string file = Write("r.md", Encoding.UTF8.GetBytes("Status: âœ…\n"));
        UnixFileMode mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead;
        File.SetUnixFileMode(file, mode);
        Run("fix", file);
        Assert.Equal(mode, File.GetUnixFileMode(file));
        Assert.Equal("Status: ✅\n", File.ReadAllText(file));
    }

    [Fact]
    public void A_read_only_file_is_reported_and_left_untouched()
    {
        byte[] original = Encoding.UTF8.GetBytes("Status: âœ…\n");
        string file = Write("r.md", original);
        File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.GroupRead);
        (int code, string output, string error) = Run("fix", file);
        Assert.Equal(2, code);
        Assert.Equal($"reportlint: error: {file}: the file is read-only; 1 fix (RL4001) could not be written, the file is left untouched.", error.Trim());
        Assert.Equal("1 file checked: 0 fixes applied to 0 files; 1 fix could not be written.\n", output);
        Assert.Equal(original, File.ReadAllBytes(file));
    }

    [Theory]
    [InlineData("check", "--fromat", "json", "unknown option '--fromat' for 'check' (did you mean --format?).")]
    [InlineData("fix", "--dryrun", "r.md", "unknown option '--dryrun' for 'fix' (did you mean --dry-run?).")]
    [InlineData("check", "--fail-levle=none", "r.md", "unknown option '--fail-levle=none' for 'check' (did you mean --fail-level?).")]
    [InlineData("check", "--verbose", "r.md", "unknown option '--verbose' for 'check'.")]
    public void A_misspelled_option_is_a_usage_error_with_a_suggestion(string command, string option, string next, string message)
    {
        string file = Write("r.md", Encoding.UTF8.GetBytes("Status: âœ…\n"));
        (int code, string output, string error) = Run(command, option, next, file);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Equal($"reportlint: {message}\nRun 'reportlint --help' for usage.\n", error.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Equal("Status: âœ…\n", File.ReadAllText(file));
    }

    [Fact]
    public void A_word_after_double_dash_is_a_path_even_when_it_starts_with_a_dash()
    {
        (int code, _, string error) = Run("check", "--", "-notes.md");
        Assert.Equal(2, code);
        Assert.Contains("reportlint: error: -notes.md: no such file or folder.", error, StringComparison.Ordinal);
        Assert.DoesNotContain("unknown option", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_is_never_rewritten()
    {
        byte[] original = [.. Encoding.UTF8.GetBytes("Status: âœ…\n"), 0xFF, 0x0A];
        string file = Write("r.md", original);
        (int code, _, string error) = Run("fix", file);
        Assert.Equal(2, code);
        Assert.Contains("not valid UTF-8 (RL0004); not rewritten", error, StringComparison.Ordinal);
        Assert.Equal(original, File.ReadAllBytes(file));
    }

    [Fact]
    public void A_file_changed_during_the_run_is_left_untouched()
    {
        string file = Write("r.md", Encoding.UTF8.GetBytes("Status: âœ…\n"));
        var errors = new List<string>();
        // Another program rewrites the file after it was read and before the fix is written.
        int code = FixCommand.Run(ReportLint.Rules.BuiltInRules.CreateLinter(), [new InputFile(file, "r.md")], [], dryRun: false,
            new StringWriter(), errors, beforeWrite: f => File.WriteAllText(f.Path, "someone else's edit\n"));
        Assert.Equal(2, code);
        Assert.Equal(["r.md: changed while it was being fixed; 1 fix (RL4001) could not be written, the file is left untouched (run fix again)."], errors);
        Assert.Equal("someone else's edit\n", File.ReadAllText(file));
    }

    // Issue 50: fix writes where the text is. A link stays a link (the file it leads to is fixed in place, as editors
    // and sed -i --follow-symlinks do), a link out of the repository is left alone, a file with hard links stays one.
    [Fact]
    public void Fixes_the_file_a_link_leads_to_and_keeps_the_link()
    {
        using var tree = new Harness.UntrustedTree();
        string real = tree.Write("reports/status.md", "Status: âœ… done\n");
        string link = tree.Link("docs/status.md", Path.Combine("..", "reports", "status.md"));

        (int code, string output, string error) = Run("fix", link);

        Assert.Equal((0, ""), (code, error));
        Assert.Equal($"{link}: fixed 1 finding (RL4001).\n1 file checked: 1 fix applied to 1 file.\n", output);
        Assert.Equal(Path.Combine("..", "reports", "status.md"), new FileInfo(link).LinkTarget);
        Assert.Equal("Status: ✅ done\n", File.ReadAllText(real));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(real)!, "*.tmp"));
    }

    [Fact]
    public void Leaves_a_link_out_of_the_repository_alone_and_says_so()
    {
        using var tree = new Harness.UntrustedTree();
        string outside = Path.Combine(tree.Outside, "status.md");
        File.WriteAllText(outside, "Status: âœ… done\n");
        string link = tree.Link("docs/status.md", outside);

        // Not read at all by default; read with --follow-symlinks, but fix still never writes outside the repository.
        (int code, _, string error) = Run("fix", link);
        Assert.Equal(2, code);
        Assert.Equal($"reportlint: error: {link}: a symbolic link that leads out of {tree.Root}; not read (--follow-symlinks reads it).", error.Trim());

        (code, string output, error) = Run("fix", "--follow-symlinks", link);
        Assert.Equal(2, code);
        Assert.Equal($"reportlint: error: {link}: a symbolic link to a file outside the repository, left alone (fix writes only inside it); 1 fix (RL4001) could not be written, the file is left untouched.", error.Trim());
        Assert.Equal("1 file checked: 0 fixes applied to 0 files; 1 fix could not be written.\n", output);
        Assert.Equal(outside, new FileInfo(link).LinkTarget);
        Assert.Equal("Status: âœ… done\n", File.ReadAllText(outside));
    }

    [Fact]
    public void A_file_with_hard_links_stays_one_file()
    {
        string first = Write("first.md", Encoding.UTF8.GetBytes("Status: âœ… done\n"));
        string second = Path.Combine(_dir, "second.md");
        Assert.Equal(0, link(first, second));

        (int code, _, string error) = Run("fix", second);

        Assert.Equal((0, ""), (code, error));
        Assert.Equal("Status: ✅ done\n", File.ReadAllText(first));
        Assert.Equal("Status: ✅ done\n", File.ReadAllText(second));
        Assert.Equal(2, ReportLint.IO.SafeFileReader.ForRepositoryOf(first).Check(first).HardLinks);
        Assert.Empty(Directory.GetFiles(_dir, "*.tmp"));
    }

    [Fact]
    public void A_save_made_while_the_temporary_file_is_written_is_kept()
    {
        string file = Write("r.md", Encoding.UTF8.GetBytes("Status: âœ…\n"));
        var errors = new List<string>();
        // Another program saves the file after it was compared the first time, while the fixed text is being written
        // beside it, before the rename.
        int code = FixCommand.Run(ReportLint.Rules.BuiltInRules.CreateLinter(), [new InputFile(file, "r.md")], [], dryRun: false,
            new StringWriter(), errors, afterTemporaryFile: f => File.WriteAllText(f.Path, "someone else's edit\n"));
        Assert.Equal(2, code);
        Assert.Equal(["r.md: changed while it was being fixed; 1 fix (RL4001) could not be written, the file is left untouched (run fix again)."], errors);
        Assert.Equal("someone else's edit\n", File.ReadAllText(file));
        Assert.Empty(Directory.GetFiles(_dir, "*.tmp", SearchOption.AllDirectories));
    }

    [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
    private static extern int link(string from, string to);
}
