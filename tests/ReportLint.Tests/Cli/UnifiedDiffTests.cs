using System.Diagnostics;
using System.Text;
using ReportLint.Cli;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Cli;

public sealed class UnifiedDiffTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("reportlint-diff-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Keeps_crlf_line_endings_in_the_diff()
    {
        string diff = UnifiedDiff.Create("a\r\nb\r\nc\r\n", "a\r\nB\r\nc\r\n", "a/r.md", "b/r.md");
        Assert.Equal("--- a/r.md\n+++ b/r.md\n@@ -1,3 +1,3 @@\n a\r\n-b\r\n+B\r\n c\r\n", diff);
    }

    [Fact]
    public void Marks_a_last_line_without_a_line_ending()
    {
        string diff = UnifiedDiff.Create("a\nb\nc", "a\nb\nC", "a/r.md", "b/r.md");
        Assert.Equal(
            "--- a/r.md\n+++ b/r.md\n@@ -1,3 +1,3 @@\n a\n b\n-c\n\\ No newline at end of file\n+C\n\\ No newline at end of file\n",
            diff);
    }

    [Fact]
    public void Marks_a_context_line_without_a_line_ending()
    {
        string diff = UnifiedDiff.Create("a\nb", "A\nb", "a/r.md", "b/r.md");
        Assert.Equal("--- a/r.md\n+++ b/r.md\n@@ -1,2 +1,2 @@\n-a\n+A\n b\n\\ No newline at end of file\n", diff);
    }

    [Fact]
    public void Joins_changes_closer_than_twice_the_context_and_splits_the_others()
    {
        string old = string.Concat(Enumerable.Range(1, 30).Select(i => $"{i}\n"));
        string changed = old.Replace("\n5\n", "\nfive\n", StringComparison.Ordinal)
            .Replace("\n11\n", "\neleven\n", StringComparison.Ordinal)
            .Replace("\n25\n", "\ntwenty-five\n", StringComparison.Ordinal);
        string diff = UnifiedDiff.Create(old, changed, "a/r.md", "b/r.md");
        Assert.Equal(
            ["@@ -2,13 +2,13 @@", "@@ -22,7 +22,7 @@"],
            diff.Split('\n').Where(line => line.StartsWith("@@", StringComparison.Ordinal)));
        Assert.Equal(changed, Apply(old, diff));
    }

    [Fact]
    public void Gives_a_minimal_diff_that_rebuilds_the_new_text()
    {
        // Random line sequences over a small alphabet, so lines repeat and the alignment has choices to make.
        var random = new Random(22);
        for (int round = 0; round < 400; round++)
        {
            string[] a = RandomLines(random);
            string[] b = random.Next(3) == 0 ? RandomLines(random) : Mutate(a, random);
            string ending = round % 5 == 0 ? "\r\n" : "\n";
            string oldText = string.Concat(a.Select(l => l + ending));
            string newText = string.Concat(b.Select(l => l + ending));
            // Sometimes without a final line ending, on either side.
            if (round % 3 == 1 && oldText.Length > 0)
            {
                oldText = oldText.TrimEnd('\r', '\n');
            }

            if (round % 4 == 1 && newText.Length > 0)
            {
                newText = newText.TrimEnd('\r', '\n');
            }

            string[] oldLines = SplitKeepingEnds(oldText).ToArray(), newLines = SplitKeepingEnds(newText).ToArray();
            string diff = UnifiedDiff.Create(oldText, newText, "a/r", "b/r");
            Assert.Equal(newText, Apply(oldText, diff));
            int changed = diff.Split('\n').Count(l => l.Length > 0 && (l[0] == '-' || l[0] == '+') && !l.StartsWith("---", StringComparison.Ordinal) && !l.StartsWith("+++", StringComparison.Ordinal));
            Assert.True(changed == oldLines.Length + newLines.Length - 2 * Lcs(oldLines, newLines), $"round {round}: {changed} changed lines, not minimal\n{diff}");
        }
    }

    [RequiresToolsFact("git")]
    public void Git_applies_the_diff_to_a_crlf_file_and_to_one_without_a_final_newline()
    {
        AssertApplies("crlf.md", "# Report\r\n\r\n- Status: âœ… done\r\n- Owner: Ana\r\n", "# Report\r\n\r\n- Status: ✅ done\r\n- Owner: Ana\r\n",
            "git", "apply", "--whitespace=nowarn", "-");
        AssertApplies("eof.md", "# Report\n\n- Status: done\n- Mark: âœ…", "# Report\n\n- Status: done\n- Mark: ✅",
            "git", "apply", "--whitespace=nowarn", "-");
    }

    [RequiresToolsFact("patch")]
    public void Patch_applies_the_diff_to_a_crlf_file_and_to_one_without_a_final_newline()
    {
        AssertApplies("crlf.md", "# Report\r\n\r\n- Status: âœ… done\r\n- Owner: Ana\r\n", "# Report\r\n\r\n- Status: ✅ done\r\n- Owner: Ana\r\n",
            "patch", "-p1", "--quiet");
        AssertApplies("eof.md", "# Report\n\n- Status: done\n- Mark: âœ…", "# Report\n\n- Status: done\n- Mark: ✅",
            "patch", "-p1", "--quiet");
    }

    // Issue 50: the diff of a file with a byte order mark carries it on line 1, and that of a UTF-16 file its own UTF-16
    // lines, so both apply to the file as it is (a change on line 1 of a BOM file did not apply; a UTF-16 file's diff
    // was printed as UTF-8 and applied to nothing).
    public static TheoryData<string, byte[], byte[]> EncodedFiles()
    {
        const string Before = "Status: âœ… done\r\n\r\n- Owner: Ana\r\n- Next: ship âœ…", After = "Status: ✅ done\r\n\r\n- Owner: Ana\r\n- Next: ship ✅";
        byte[] Utf16(string text, bool bigEndian) => [.. bigEndian ? new byte[] { 0xFE, 0xFF } : [0xFF, 0xFE], .. new UnicodeEncoding(bigEndian, false).GetBytes(text)];
        return new()
        {
            { "bom.md", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Before)], [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(After)] },
            { "utf16le.md", Utf16(Before, bigEndian: false), Utf16(After, bigEndian: false) },
            { "utf16be.md", Utf16(Before, bigEndian: true), Utf16(After, bigEndian: true) },
            { "utf16le-lf.md", Utf16(Before.Replace("\r\n", "\n", StringComparison.Ordinal), bigEndian: false), Utf16(After.Replace("\r\n", "\n", StringComparison.Ordinal), bigEndian: false) },
        };
    }

    [RequiresToolsTheory("git")]
    [MemberData(nameof(EncodedFiles))]
    public void Git_applies_the_diff_of_a_file_with_a_byte_order_mark_or_in_utf16(string name, byte[] original, byte[] expected) =>
        AssertApplies(name, original, expected, "git", "apply", "--whitespace=nowarn", "-");

    [RequiresToolsTheory("patch")]
    [MemberData(nameof(EncodedFiles))]
    public void Patch_applies_the_diff_of_a_file_with_a_byte_order_mark_or_in_utf16(string name, byte[] original, byte[] expected) =>
        AssertApplies(name, original, expected, "patch", "-p1", "--quiet");

    [Fact]
    public void A_utf16_files_diff_is_not_printed_as_text_and_a_line_says_why()
    {
        string path = Path.Combine(_dir, "r.md");
        File.WriteAllBytes(path, [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Status: âœ… done\n")]);
        var output = new StringWriter();
        int code = Program.Run(["fix", "--dry-run", path], output, new StringWriter());
        Assert.Equal(1, code);
        Assert.Equal(
            $"{path}: UTF-16 little-endian: its diff is the file's own UTF-16 lines, which only a file or a pipe carries; redirect the output to get it (reportlint fix --dry-run ... > fix.patch).\n" +
            $"{path}: would fix 1 finding (RL4001).\n1 file checked: 1 fix would change 1 file (dry run: nothing written).\n",
            output.ToString().Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    // Writes the report, runs `reportlint fix --dry-run` on it, feeds the diff to the tool (from the root folder:
    // the diff names an absolute path as a/tmp/…), and checks the file is then byte for byte the expected text.
    private void AssertApplies(string name, string original, string expected, params string[] command) =>
        AssertApplies(name, Encoding.UTF8.GetBytes(original), Encoding.UTF8.GetBytes(expected), command);

    // Standard output as a pipe gives it: a stream, which takes the diff's bytes as they are.
    private void AssertApplies(string name, byte[] original, byte[] expected, params string[] command)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, original);
        using var stream = new MemoryStream();
        var output = new StreamWriter(stream, new UTF8Encoding(false)) { AutoFlush = true };
        var error = new StringWriter();
        int code = Program.Run(["fix", "--dry-run", path], output, error);
        Assert.Equal("", error.ToString());
        Assert.Equal(1, code);
        byte[] all = stream.ToArray();
        byte[] diffBytes = all[..all.AsSpan().IndexOf(Encoding.UTF8.GetBytes($"{path}: would fix"))];
        string diff = Encoding.UTF8.GetString(diffBytes);

        var start = new ProcessStartInfo(command[0]) { WorkingDirectory = Path.GetPathRoot(path)!, RedirectStandardInput = true, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (string argument in command.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start)!;
        process.StandardInput.BaseStream.Write(diffBytes);
        process.StandardInput.Close();
        string stderr = process.StandardError.ReadToEnd();
        string stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{command[0]} failed ({process.ExitCode}): {stderr}{stdout}\n{diff}");
        Assert.Equal(expected, File.ReadAllBytes(path));
    }

    private static string[] RandomLines(Random random) =>
        Enumerable.Range(0, random.Next(0, 12)).Select(_ => ((char)('a' + random.Next(4))).ToString()).ToArray();

    private static string[] Mutate(string[] lines, Random random)
    {
        var list = lines.ToList();
        for (int edits = random.Next(1, 4); edits > 0; edits--)
        {
            int at = random.Next(list.Count + 1);
            switch (random.Next(3))
            {
                case 0:
                    list.Insert(at, ((char)('a' + random.Next(6))).ToString());
                    break;
                case 1 when at < list.Count:
                    list.RemoveAt(at);
                    break;
                default:
                    if (at < list.Count)
                    {
                        list[at] = ((char)('a' + random.Next(6))).ToString();
                    }

                    break;
            }
        }

        return list.ToArray();
    }

    private static int Lcs(string[] a, string[] b)
    {
        int[,] t = new int[a.Length + 1, b.Length + 1];
        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                t[i, j] = a[i - 1] == b[j - 1] ? t[i - 1, j - 1] + 1 : Math.Max(t[i - 1, j], t[i, j - 1]);
            }
        }

        return t[a.Length, b.Length];
    }

    // A strict applier of unified diffs: every context and deleted line must match the old text exactly, and the
    // counts in each hunk header must match its body.
    private static string Apply(string oldText, string diff)
    {
        List<string> old = SplitKeepingEnds(oldText);
        var result = new StringBuilder();
        string[] lines = diff.Split('\n');
        Assert.StartsWith("--- ", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("+++ ", lines[1], StringComparison.Ordinal);
        int next = 0, k = 2;
        while (k < lines.Length && lines[k].Length > 0)
        {
            string[] header = lines[k++].Split(' ');
            Assert.Equal("@@", header[0]);
            int[] oldRange = header[1][1..].Split(',').Select(int.Parse).ToArray();
            int[] newRange = header[2][1..].Split(',').Select(int.Parse).ToArray();
            int start = oldRange[1] == 0 ? oldRange[0] : oldRange[0] - 1;
            Assert.True(start >= next, "hunks out of order");
            result.Append(string.Concat(old.Skip(next).Take(start - next)));
            next = start;
            int oldSeen = 0, newSeen = 0;
            while (k < lines.Length && lines[k].Length > 0 && lines[k][0] is ' ' or '-' or '+')
            {
                char op = lines[k][0];
                string text = lines[k][1..] + "\n";
                k++;
                if (k < lines.Length && lines[k] == "\\ No newline at end of file")
                {
                    text = text[..^1];
                    k++;
                }

                if (op != '+')
                {
                    Assert.Equal(old[next], text);
                    next++;
                    oldSeen++;
                }

                if (op != '-')
                {
                    result.Append(text);
                    newSeen++;
                }
            }

            Assert.Equal(oldRange[1], oldSeen);
            Assert.Equal(newRange[1], newSeen);
        }

        result.Append(string.Concat(old.Skip(next)));
        return result.ToString();
    }

    private static List<string> SplitKeepingEnds(string text)
    {
        var lines = new List<string>();
        int start = 0;
        while (start < text.Length)
        {
            int nl = text.IndexOf('\n', start);
            int end = nl < 0 ? text.Length : nl + 1;
            lines.Add(text[start..end]);
            start = end;
        }

        return lines;
    }
}
