using ReportLint.Cli;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Cli;

/// <summary>
/// Issue 50: <c>reportlint check .</c> on a pull request from a stranger. The repository decides what its paths are: a
/// FIFO named <c>*.md</c>, a link to <c>/dev/zero</c> or to a file outside, an <c>extends</c> that names one. Only regular
/// files inside the repository are read, and what is not read is said, once, without quoting anything.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class UntrustedRepositoryTests : IDisposable
{
    private readonly UntrustedTree _tree = new();

    public void Dispose() => _tree.Dispose();

    private const string WrongTotal = "# Sprint report\n\n| Task | Hours |\n|---|---|\n| A | 2h |\n| B | 1h |\n| Total | 4h |\n";

    // Paths are given from the repository's root ("docs"), and shown so: the tests read as a user's run at the root.
    private (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        string root = _tree.Root + Path.DirectorySeparatorChar;
        int code = Program.Run(args.Select((a, i) => i == 0 || a.StartsWith('-') ? a : root + a).ToArray(), output, error);
        return (code, Shown(output), Shown(error));
        string Shown(StringWriter writer) => writer.ToString().Replace("\r\n", "\n", StringComparison.Ordinal).Replace(root, "", StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_walk_reads_no_link_out_of_the_repository_and_says_so_once()
    {
        _tree.Write("docs/status.md", WrongTotal);
        _tree.Link("docs/passwd.md", _tree.SecretFile);
        _tree.Link("docs/relative.md", Path.Combine("..", "..", "outside", "secret.md"));
        _tree.Link("docs/zero.md", "/dev/zero");

        (int code, string output, string error) = Run("check", "docs");

        Assert.Equal(1, code);
        Assert.Equal("docs/status.md(7,11): warning RL2001: Total 4h ≠ 2h + 1h = 3h (rows 5–6)\n1 file checked: 1 warning in 1 file.\n", output);
        Assert.Equal(
            $"reportlint: note: docs/passwd.md: a symbolic link that leads out of {_tree.Root}; not read (--follow-symlinks reads it).\n" +
            $"reportlint: note: docs/relative.md: a symbolic link that leads out of {_tree.Root}; not read (--follow-symlinks reads it).\n" +
            $"reportlint: note: docs/zero.md: a symbolic link that leads out of {_tree.Root}; not read (--follow-symlinks reads it).\n",
            error);
        Assert.DoesNotContain("SECRET", output + error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_inside_the_repository_is_followed()
    {
        _tree.Write("reports/status.md", WrongTotal);
        _tree.Link("docs/status.md", Path.Combine("..", "reports", "status.md"));

        (int code, string output, string error) = Run("check", "docs");

        Assert.Equal(1, code);
        Assert.Equal("", error);
        Assert.Equal("docs/status.md(7,11): warning RL2001: Total 4h ≠ 2h + 1h = 3h (rows 5–6)\n1 file checked: 1 warning in 1 file.\n", output);
    }

    [Fact]
    public void A_fifo_named_md_is_never_opened_in_a_walk_or_when_named()
    {
        _tree.Write("docs/status.md", WrongTotal);
        string fifo = _tree.Fifo("docs/pipe.md");
        _tree.Link("docs/to-pipe.md", "pipe.md");

        (int code, string output, string error) = UntrustedTree.NeverOpens(() => Run("check", "docs"), fifo);
        Assert.Equal(1, code);
        Assert.EndsWith("1 file checked: 1 warning in 1 file.\n", output, StringComparison.Ordinal);
        Assert.Equal(
            "reportlint: note: docs/pipe.md: a FIFO (named pipe), not a regular file; not read.\n" +
            "reportlint: note: docs/to-pipe.md: a FIFO (named pipe), not a regular file; not read.\n",
            error);

        (code, _, error) = UntrustedTree.NeverOpens(() => Run("check", "docs/pipe.md"), fifo);
        Assert.Equal(2, code);
        Assert.Equal("reportlint: error: docs/pipe.md: a FIFO (named pipe), not a regular file; not read.\n", error);
    }

    [Fact]
    public void A_named_link_out_of_the_repository_is_an_error_unless_links_are_followed()
    {
        _tree.Link("docs/passwd.md", _tree.SecretFile);

        (int code, string output, string error) = Run("check", "docs/passwd.md");
        Assert.Equal(2, code);
        Assert.Equal("0 files checked, 1 could not be read: no findings.\n", output);
        Assert.Equal($"reportlint: error: docs/passwd.md: a symbolic link that leads out of {_tree.Root}; not read (--follow-symlinks reads it).\n", error);

        // Opted out: read through the link, as before.
        (code, output, _) = Run("check", "--follow-symlinks", "docs/passwd.md");
        Assert.Equal(1, code);
        Assert.Contains("docs/passwd.md(9,11): warning RL2001: Total 9h ≠ 2h + 1h = 3h (rows 7–8)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Follow_symlinks_still_never_reads_a_device()
    {
        _tree.Link("docs/zero.md", "/dev/zero");
        (int code, _, string error) = Run("check", "--follow-symlinks", "docs/zero.md");
        Assert.Equal(2, code);
        Assert.Equal("reportlint: error: docs/zero.md: a character device, not a regular file; not read.\n", error);
    }

    [Fact]
    public void Standard_input_is_read_no_further_than_the_limit()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = Program.Run(["check", "-"], output, error, () => new Endless());
        Assert.Equal(2, code);
        Assert.Equal("reportlint: error: <stdin>: input too large (the limit is 256 MB); not read past it.\n", error.ToString().Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void A_configuration_file_that_links_out_of_the_repository_is_RL0002_and_never_quoted()
    {
        _tree.Write("docs/status.md", WrongTotal);
        _tree.Link("docs/.reportlint.json", _tree.SecretFile);

        (int code, string output, string error) = Run("check", "docs");

        Assert.Equal(1, code);
        Assert.Equal("", error);
        Assert.Contains(
            $"docs/.reportlint.json(1,1): warning RL0002: Cannot read the configuration: a symbolic link that leads out of {_tree.Root}; not read.",
            output, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET", output, StringComparison.Ordinal);
        Assert.DoesNotContain("'#'", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_json_is_placed_by_line_and_column_without_quoting_the_character()
    {
        _tree.Write("docs/status.md", WrongTotal);
        _tree.Write("docs/.reportlint.json", "root:x:0:0\n");
        (_, string output, _) = Run("check", "docs");
        Assert.Contains("docs/.reportlint.json(1,1): warning RL0002: Invalid JSON: The file does not start with '{': a configuration is a JSON object, { … }.", output, StringComparison.Ordinal);
    }

    // Standard input that never ends (a pipe from /dev/zero).
    private sealed class Endless : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)'a');
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
