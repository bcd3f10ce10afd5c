using System.Text;
using ReportLint.Cli;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Cli;

public sealed class CheckCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("reportlint-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = Program.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private string Write(string name, byte[] bytes)
    {
        string path = Path.Combine(_dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private string Write(string name, string text) => Write(name, Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Reports_findings_in_the_msbuild_form_and_exits_1()
    {
        string file = Write("r.md", "# Sprint report\n\n| Task | Effort |\n|---|---|\n| A | 2h |\n| B | 1h |\n| Total | 4h |\n");
        (int code, string output, string error) = Run("check", file);
        Assert.Equal(1, code);
        Assert.Equal("", error);
        Assert.Equal(
            $"{file}(7,11): warning RL2001: Total 4h ≠ 2h + 1h = 3h (rows 5–6)\n1 file checked: 1 warning in 1 file.\n",
            output.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    // Issue 50: standard output's writer flushes at every write, so a report of 860,000 findings made as many system
    // calls. The findings reach it in blocks.
    [Fact]
    public void Findings_reach_standard_output_in_blocks_not_one_write_each()
    {
        string file = Write("many.md", "# Status report\n\n" + string.Concat(Enumerable.Repeat("- Owner: see [your-email@domain.com]\n", 3000)));
        var output = new CountingWriter();
        int code = Program.Run(["check", file], output, new StringWriter());
        Assert.Equal(1, code);
        string[] lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3001, lines.Length);
        Assert.Equal($"{file}(3,14): warning RL4003: Template residue '[your-email@domain.com]': a placeholder e-mail address", lines[0]);
        Assert.Equal("1 file checked: 3000 warnings in 1 file.", lines[^1]);
        Assert.True(output.Writes < 20, $"{output.Writes} writes for {lines.Length} lines");
    }

    private sealed class CountingWriter : StringWriter
    {
        public int Writes { get; private set; }

        public override void Write(char value)
        {
            Writes++;
            base.Write(value);
        }

        public override void Write(char[] buffer, int index, int count)
        {
            Writes++;
            base.Write(buffer, index, count);
        }

        public override void Write(string? value)
        {
            Writes++;
            base.Write(value);
        }

        public override void Write(ReadOnlySpan<char> buffer)
        {
            Writes++;
            base.Write(buffer);
        }

        public override void WriteLine(string? value)
        {
            Writes++;
            base.Write(value + NewLine);
        }
    }

    [Fact]
    public void A_clean_report_exits_0()
    {
        string file = Write("clean.md", "# Notes\n\nAll good.\n");
        (int code, string output, _) = Run("check", file);
        Assert.Equal(0, code);
        Assert.Equal("1 file checked: no findings.", output.Trim());
    }

    [Fact]
    public void Folders_are_searched_for_markdown_in_a_stable_order()
    {
        Write("b.md", "Updated $(date)\n");
        Write("a/z.markdown", "Owner: $(whoami)\n");
        Write("notes.txt", "TODO: not a report, not linted\n");
        Write(".hidden/x.md", "TODO\n");
        (int code, string output, _) = Run("check", _dir);
        Assert.Equal(1, code);
        string[] lines = output.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd().Split('\n');
        Assert.Equal([Path.Join(_dir, "a/z.markdown") + "(1,8)", Path.Join(_dir, "b.md") + "(1,9)"], lines[..2].Select(l => l[..l.IndexOf(':', StringComparison.Ordinal)]));
        Assert.Equal("2 files checked: 2 warnings in 2 files.", lines[2]);
    }

    [Fact]
    public void Build_dependency_hidden_and_linked_folders_are_not_searched()
    {
        Write("docs/guide/r.md", "Updated $(date)\n");
        Write("docs/UPPER.MD", "Updated $(date)\n");
        Write("docs/x.md.bak", "Updated $(date)\n");
        foreach (string skipped in new[] { "node_modules", "bin", "obj", ".git", ".cache" })
        {
            Write($"docs/{skipped}/r.md", "Updated $(date)\n");
        }

        string outside = Write("outside/r.md", "Updated $(date)\n");
        Directory.CreateSymbolicLink(Path.Combine(_dir, "docs", "linked"), Path.GetDirectoryName(outside)!);
        (int code, string output, _) = Run("check", Path.Combine(_dir, "docs"));
        Assert.Equal(1, code);
        string[] lines = output.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd().Split('\n');
        // Issue 52: a Markdown extension in capitals (UPPER.MD) is found too.
        Assert.Equal([Path.Join(_dir, "docs", "UPPER.MD") + "(1,9)", Path.Join(_dir, "docs", "guide/r.md") + "(1,9)"], lines[..^1].Select(l => l[..l.IndexOf(':', StringComparison.Ordinal)]));
        Assert.Equal("2 files checked: 2 warnings in 2 files.", lines[^1]);
    }

    [Fact]
    public void A_folder_of_text_reports_is_linted_with_a_note()
    {
        Write("report.txt", "Updated $(date)\n");
        (int code, string output, string error) = Run("check", _dir);
        Assert.Equal(1, code);
        Assert.Contains("RL4003", output, StringComparison.Ordinal);
        Assert.Contains("no Markdown files here; linting its 1 *.txt file(s) as Markdown", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_path_is_a_one_line_error_with_exit_2()
    {
        string missing = Path.Combine(_dir, "nope.md");
        (int code, string output, string error) = Run("check", missing);
        Assert.Equal(2, code);
        Assert.Equal($"reportlint: error: {missing}: no such file or folder.\n", error.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Equal("0 files checked, 1 could not be read: no findings.", output.Trim());
    }

    [Fact]
    public void Other_files_are_still_linted_when_one_path_is_bad()
    {
        string good = Write("r.md", "Owner: $(whoami)\n");
        (int code, string output, string error) = Run("check", Path.Combine(_dir, "missing.md"), good);
        Assert.Equal(2, code);
        Assert.Contains("RL4003", output, StringComparison.Ordinal);
        Assert.Contains("no such file or folder", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_without_reports_is_an_error()
    {
        Write("image.png", [0x89, 0x50, 0x4E, 0x47]);
        (int code, _, string error) = Run("check", _dir);
        Assert.Equal(2, code);
        Assert.Contains("no reports in this folder (no *.md, *.markdown or *.txt file)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_binary_file_is_refused_with_exit_2()
    {
        string file = Write("logo.md", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A, 0x0A]);
        (int code, _, string error) = Run("check", file);
        Assert.Equal(2, code);
        Assert.Equal($"reportlint: error: {file}: binary file (it contains NUL bytes); not a Markdown report.", error.Trim());
    }

    [Theory]
    [InlineData(false, "little-endian")]
    [InlineData(true, "big-endian")]
    public void Utf16_without_a_byte_order_mark_is_named_not_called_binary(bool bigEndian, string order)
    {
        string file = Write("utf16.md", new UnicodeEncoding(bigEndian, byteOrderMark: false).GetBytes("# Status\n\n- ✅ done\n"));
        (int code, _, string error) = Run("check", file);
        Assert.Equal(2, code);
        Assert.Equal($"reportlint: error: {file}: UTF-16 {order} text without a byte order mark; not read (save it as UTF-8, or as UTF-16 with a byte order mark).", error.Trim());
    }

    [Fact]
    public void An_empty_file_is_clean()
    {
        string file = Write("empty.md", []);
        (int code, string output, string error) = Run("check", file);
        Assert.Equal((0, ""), (code, error));
        Assert.Equal("1 file checked: no findings.", output.Trim());
    }

    [Fact]
    public void Invalid_utf8_is_reported_as_RL0004_and_the_rest_is_linted()
    {
        string file = Write("bad.md", [.. "Owner: $(whoami)\n"u8.ToArray(), 0xC3, 0x28, 0x0A]);
        (int code, string output, string error) = Run("check", file);
        Assert.Equal((1, ""), (code, error));
        Assert.Contains($"{file}(2,1): warning RL0004: The file is not valid UTF-8: 1 invalid byte sequence(s) on this line, the first at byte 17.", output, StringComparison.Ordinal);
        Assert.Contains($"{file}(1,8): warning RL4003", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_50_MB_file_is_linted_without_trouble()
    {
        var builder = new StringBuilder(52 * 1024 * 1024);
        string prose = string.Concat(Enumerable.Repeat("Some ordinary prose with 12 numbers, 3.5h of work and a [link](https://example.org). ", 40));
        string chunk = $"## Section\n\n{prose}\n\n{prose}\n\n| A | B |\n|---|---|\n| x | 1 |\n\n- item one\n- item two\n\n";
        while (builder.Length < 50 * 1024 * 1024)
        {
            builder.Append(chunk);
        }

        builder.Append("Owner: $(whoami)\n");
        string file = Write("big.md", builder.ToString());
        (int code, string output, string error) = Run("check", file);
        Assert.Equal((1, ""), (code, error));
        Assert.Contains("warning RL4003: Template residue '$(whoami)'", output, StringComparison.Ordinal);
        Assert.EndsWith("1 file checked: 1 warning in 1 file.", output.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_vanishes_before_it_is_read_is_an_error_not_a_crash()
    {
        string gone = Path.Combine(_dir, "gone.md");
        (var text, string? error) = FileLinter.Read(new InputFile(gone, "gone.md"));
        Assert.Null(text);
        Assert.Equal("gone.md: cannot read the file (no such file).", error);
    }

    [Fact]
    public void Usage_errors_exit_2_with_a_hint()
    {
        (int code, _, string error) = Run("check");
        Assert.Equal(2, code);
        Assert.Contains("reportlint --help", error, StringComparison.Ordinal);

        (code, _, error) = Run("frobnicate");
        Assert.Equal(2, code);
        Assert.StartsWith("reportlint: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_and_version_are_available()
    {
        (int code, string output, _) = Run("--help");
        Assert.Equal(0, code);
        Assert.Contains("check", output, StringComparison.Ordinal);
        Assert.Contains("Exit codes: 0 clean, 1 findings at or above the fail level (default warning), 2 usage, configuration or I/O error.", output, StringComparison.Ordinal);

        (code, output, _) = Run("--version");
        Assert.Equal(0, code);
        Assert.Matches(@"^\d+\.\d+\.\d+", output.Trim());
    }

    [Fact]
    public void Output_on_the_examples_is_as_approved()
    {
        string examples = Path.GetRelativePath(Environment.CurrentDirectory, Repo.Path("examples"));
        (int code, string output, string error) = Run("check", examples);
        Assert.Equal((1, ""), (code, error));
        Approvals.Verify(output.Replace(examples + Path.DirectorySeparatorChar, "examples/", StringComparison.Ordinal), "examples");
    }
}
