using ReportLint.IO;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Core;

/// <summary>
/// The reader every entry point reads a repository through (issue 50): what a path is, looked at without opening it;
/// where its symbolic links lead, each checked before it is followed; and a size limit applied before reading. Real
/// links, FIFOs and devices in a temporary folder (Linux). The same cases run against the netstandard2.0 build.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class SafeFileReaderTests : IDisposable
{
    private readonly UntrustedTree _tree = new();

    public void Dispose() => _tree.Dispose();

    private string Describe(FileCheck check) =>
        $"{check.Kind} {(check.CanRead ? "read" : check.Refusal.ToString())} {check.Target?.Replace(_tree.Root, "~", StringComparison.Ordinal)}";

    [Fact]
    public void Says_what_each_path_is_and_where_it_leads_without_opening_it()
    {
        _tree.Write("docs/a.md", "# a\n");
        _tree.Link("docs/in.md", "a.md");
        _tree.Link("docs/dotdot.md", Path.Combine("sub", "..", "a.md"));
        Directory.CreateDirectory(_tree.Path_("docs/sub"));
        _tree.Link("docs/out.md", _tree.SecretFile);
        _tree.Link("docs/out-relative.md", Path.Combine("..", "..", "outside", "secret.md"));
        _tree.Link("docs/zero.md", "/dev/zero");
        string fifo = _tree.Fifo("docs/pipe.md");
        _tree.Link("docs/to-pipe.md", "pipe.md");
        _tree.Link("docs/loop-a.md", "loop-b.md");
        _tree.Link("docs/loop-b.md", "loop-a.md");
        _tree.Link("docs/dangling.md", "nowhere.md");
        _tree.Link("linked-docs", "docs");
        var reader = new SafeFileReader([_tree.Root]);

        string[] seen = UntrustedTree.NeverOpens(() => new[]
        {
            "docs/a.md", "docs/in.md", "docs/dotdot.md", "docs/out.md", "docs/out-relative.md", "docs/zero.md", "docs/pipe.md",
            "docs/to-pipe.md", "docs/loop-a.md", "docs/dangling.md", "docs/sub", "linked-docs/a.md", "missing.md",
        }.Select(p => $"{p}: {Describe(reader.Check(_tree.Path_(p)))}").ToArray(), fifo);

        Assert.Equal(
        [
            "docs/a.md: Regular read ~/docs/a.md",
            "docs/in.md: Regular read ~/docs/a.md",
            "docs/dotdot.md: Regular read ~/docs/a.md",
            "docs/out.md: Unknown Outside ",
            "docs/out-relative.md: Unknown Outside ",
            "docs/zero.md: Unknown Outside ",
            "docs/pipe.md: Fifo NotRegular ~/docs/pipe.md",
            "docs/to-pipe.md: Fifo NotRegular ~/docs/pipe.md",
            "docs/loop-a.md: Unknown LinkLoop ",
            "docs/dangling.md: Missing Missing ",
            "docs/sub: Directory NotRegular ~/docs/sub",
            "linked-docs/a.md: Regular read ~/docs/a.md",
            "missing.md: Missing Missing ",
        ], seen);
    }

    [Fact]
    public void Following_links_anywhere_still_reads_only_regular_files()
    {
        _tree.Link("docs/out.md", _tree.SecretFile);
        _tree.Link("docs/zero.md", "/dev/zero");
        var reader = new SafeFileReader([_tree.Root], followSymbolicLinks: true);

        FileCheck outside = reader.Check(_tree.Path_("docs/out.md"));
        Assert.True(outside.CanRead);
        Assert.Equal(_tree.SecretFile, outside.Target);
        Assert.Contains(UntrustedTree.Secret, System.Text.Encoding.UTF8.GetString(reader.ReadAllBytes(_tree.Path_("docs/out.md"))), StringComparison.Ordinal);
        Assert.Equal((FileKind.CharacterDevice, FileRefusal.NotRegular), (reader.Check(_tree.Path_("docs/zero.md")).Kind, reader.Check(_tree.Path_("docs/zero.md")).Refusal));
    }

    [Fact]
    public void A_file_over_the_limit_is_refused_from_its_size_before_it_is_opened()
    {
        string big = _tree.Write("big.md", new string('a', 2000));
        var reader = new SafeFileReader([_tree.Root], maxBytes: 1024);
        FileRefusedException refused = Assert.Throws<FileRefusedException>(() => reader.ReadAllBytes(big));
        Assert.Equal(FileRefusal.TooLarge, refused.Check.Refusal);
        Assert.Equal("file too large (2000 bytes; the limit is 1024 bytes)", refused.Message);
    }

    [Fact]
    public void A_stream_is_read_no_further_than_the_limit()
    {
        Assert.Null(SafeFileReader.ReadBounded(new MemoryStream(new byte[5000]), 0, 4096));
        Assert.Equal(4096, SafeFileReader.ReadBounded(new MemoryStream(new byte[4096]), 0, 4096)!.Length);
        Assert.Equal(3, SafeFileReader.ReadBounded(new MemoryStream([1, 2, 3]), 100, 4096)!.Length);
    }

    [Fact]
    public void Counts_hard_links()
    {
        string one = _tree.Write("one.md", "x\n");
        string two = _tree.Path_("two.md");
        Assert.Equal(0, link(one, two));
        var reader = new SafeFileReader([_tree.Root]);
        Assert.Equal((2, 2), (reader.Check(one).HardLinks, reader.Check(two).HardLinks));
        Assert.Equal(1, reader.Check(_tree.Write("three.md", "x\n")).HardLinks);
    }

    [Fact]
    public void A_folder_is_listed_as_it_is_no_link_followed()
    {
        _tree.Write("docs/a.md", "a\n");
        _tree.Link("docs/zero.md", "/dev/zero");
        _tree.Fifo("docs/pipe.md");
        Assert.Equal(
            [("a.md", FileKind.Regular), ("pipe.md", FileKind.Fifo), ("zero.md", FileKind.SymbolicLink)],
            SafeFileReader.ReadFolder(_tree.Path_("docs")).OrderBy(e => e.Name, StringComparer.Ordinal).Select(e => (e.Name, e.Kind)));
    }

    [Fact]
    public void The_repository_root_is_the_nearest_folder_holding_git()
    {
        _tree.Write("docs/deep/a.md", "a\n");
        Assert.Equal(_tree.Root, SafeFileReader.FindRepositoryRoot(_tree.Path_("docs/deep")));
        Assert.Equal([_tree.Root], SafeFileReader.ForRepositoryOf(_tree.Path_("docs/deep/a.md")).Roots);
        Assert.Equal([_tree.Outside], SafeFileReader.ForRepositoryOf(_tree.SecretFile).Roots);
    }

    [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
    private static extern int link(string from, string to);
}
