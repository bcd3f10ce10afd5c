using System.Globalization;
using ReportLint.Diagnostics;
using ReportLint.IO;
using ReportLint.Text;

namespace ReportLint.Cli;

/// <summary>
/// <c>reportlint fix</c>: applies every safe fix in place (or prints a unified diff with <c>--dry-run</c>). A file keeps
/// its encoding, byte order mark, line endings and permissions; it is written atomically (a temporary file in the
/// same folder, compared once more with what was read, then a rename); a read-only file, a file that is not valid
/// UTF-8, or one changed during the run is reported and left untouched. A symbolic link stays a link: the file it leads
/// to is fixed, where it is, when that is inside the repository, and left alone (with a message) when it is not. A file
/// with several hard links stays one file: it is written in place.
/// </summary>
internal static class FixCommand
{
    /// <summary>Test seams: before the file is compared and written, and once the temporary file is written, before the rename.</summary>
    internal sealed record WriteHooks(Action<InputFile>? BeforeWrite = null, Action<InputFile>? AfterTemporaryFile = null);

    public static int Run(ReportLinter linter, IReadOnlyList<InputFile> files, IReadOnlyCollection<string> rules, bool dryRun,
        TextWriter output, List<string> errors, Action<InputFile>? beforeWrite = null, Action<InputFile>? afterTemporaryFile = null) =>
        Run(_ => linter, files, rules, dryRun, output, errors, new WriteHooks(beforeWrite, afterTemporaryFile));

    public static int Run(Func<InputFile, ReportLinter?> linterFor, IReadOnlyList<InputFile> files, IReadOnlyCollection<string> rules, bool dryRun,
        TextWriter output, List<string> errors, WriteHooks? hooks = null, Progress? progress = null, Severity? failLevel = Severity.Warning)
    {
        int failing = 0;
        var ruleFilter = rules.Count == 0 ? null : new HashSet<string>(rules, StringComparer.OrdinalIgnoreCase);
        int changedFiles = 0, appliedFixes = 0, remainingFindings = 0, checkedFiles = 0, unwrittenFixes = 0;
        // The progress note (on a terminal's standard error) is kept off the lines written to standard output.
        if (progress is not null)
        {
            output = new HeldWriter(output, progress);
        }

        InputFile? previous = null;
        foreach (InputFile file in files)
        {
            if (previous is not null)
            {
                progress?.Finished(previous);
            }

            progress?.Started(file, SizeOf(file));
            previous = file;
            (SourceText? source, string? error) = FileLinter.Read(file, out byte[]? original, out FileCheck? check);
            if (source is null)
            {
                errors.Add(error!);
                continue;
            }

            ReportLinter? linter = linterFor(file);
            if (linter is null)
            {
                continue;
            }

            checkedFiles++;
            if (source.HasDecodingErrors)
            {
                errors.Add($"{file.DisplayPath}: not valid {(source.Encoding == SourceEncoding.Utf8 ? "UTF-8" : "UTF-16")} (RL0004); not rewritten, so no byte is lost.");
                continue;
            }

            FixResult result = linter.Fix(source, file.DisplayPath, d => ruleFilter is null || ruleFilter.Contains(d.Id));
            var unfixed = result.Remaining.Where(d => d.Severity >= Severity.Warning).ToList();
            remainingFindings += unfixed.Count;
            failing += failLevel is { } level ? result.Remaining.Count(d => d.Severity >= level && d.Severity > Severity.Hidden) : 0;
            if (!result.Changed)
            {
                if (unfixed.Count > 0)
                {
                    output.WriteLine($"{file.DisplayPath}: nothing to fix automatically; {Count(unfixed.Count, "finding")} {(unfixed.Count == 1 ? "needs" : "need")} a person ({ByRule(unfixed.Select(d => d.Id))}).");
                }

                continue;
            }

            if (dryRun)
            {
                WriteDiff(file, source, original!, result.GetFixedBytes(), output);
            }
            else
            {
                hooks?.BeforeWrite?.Invoke(file);
                if (TryWrite(file, check!, original!, result.GetFixedBytes(), hooks) is { } reason)
                {
                    // The fixes exist; they could not be written. Say so, not that the findings have no fix.
                    unwrittenFixes += result.Applied.Length;
                    errors.Add($"{file.DisplayPath}: {reason}; {Count(result.Applied.Length, "fix", "fixes")} ({ByRule(result.Applied.Select(f => f.Diagnostic.Id))}) could not be written, the file is left untouched{(reason.StartsWith("changed", StringComparison.Ordinal) ? " (run fix again)" : "")}.");
                    continue;
                }
            }

            changedFiles++;
            appliedFixes += result.Applied.Length;
            string verb = dryRun ? "would fix" : "fixed";
            output.WriteLine($"{file.DisplayPath}: {verb} {Count(result.Applied.Length, "finding")} ({ByRule(result.Applied.Select(f => f.Diagnostic.Id))})" +
                (unfixed.Count > 0 ? $"; {Count(unfixed.Count, "finding")} {(unfixed.Count == 1 ? "needs" : "need")} a person ({ByRule(unfixed.Select(d => d.Id))})." : "."));
            foreach (CodeFix fix in result.Applied.Where(f => f.Title.Contains("uncertain", StringComparison.Ordinal) || f.Title.Contains("U+FFFD", StringComparison.Ordinal)))
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  line {fix.Diagnostic.Line}: {fix.Title}"));
            }
        }

        if (previous is not null)
        {
            progress?.Finished(previous);
        }

        progress?.Complete();
        string summary = dryRun
            ? $"{Count(checkedFiles, "file")} checked: {Count(appliedFixes, "fix", "fixes")} would change {Count(changedFiles, "file")} (dry run: nothing written)"
            : $"{Count(checkedFiles, "file")} checked: {Count(appliedFixes, "fix", "fixes")} applied to {Count(changedFiles, "file")}";
        output.WriteLine(summary +
            (unwrittenFixes > 0 ? $"; {Count(unwrittenFixes, "fix", "fixes")} could not be written" : "") +
            (remainingFindings > 0 ? $"; {Count(remainingFindings, "finding")} {(remainingFindings == 1 ? "remains" : "remain")} without an automatic fix." : "."));
        if (errors.Count > 0)
        {
            return Program.ExitError;
        }

        // A dry run that would change something fails, so that it can gate CI as check does.
        return failing > 0 || (dryRun && changedFiles > 0) ? Program.ExitFindings : Program.ExitClean;
    }

    // Writes the fixed bytes to the file the path leads to (through its symbolic links, which stay links), atomically:
    // a temporary file beside it, then a rename over it. The file is compared with what was read before the temporary
    // file is written and again after, just before the rename, so a save made meanwhile is kept (and reported) rather
    // than overwritten. A file with several hard links is written in place instead, so that it stays one file. Returns
    // null, or why the file could not be written.
    private static string? TryWrite(InputFile file, FileCheck check, byte[] original, byte[] bytes, WriteHooks? hooks)
    {
        SafeFileReader reader = file.ReaderOrDefault;
        string path = check.Target!;
        if (check.ThroughLink && !reader.IsInside(path))
        {
            return "a symbolic link to a file outside the repository, left alone (fix writes only inside it)";
        }

        string? temp = null;
        try
        {
            if (IsReadOnly(path))
            {
                return "the file is read-only";
            }

            if (!Unchanged(reader, file, path, original))
            {
                return "changed while it was being fixed";
            }

            string folder = Path.GetDirectoryName(path)!;
            temp = Path.Combine(folder, $".{Path.GetFileName(path)}.reportlint-{Guid.NewGuid():N}.tmp");
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temp, File.GetUnixFileMode(path));
            }

            hooks?.AfterTemporaryFile?.Invoke(file);
            if (check.HardLinks > 1)
            {
                // Several names for one file: a rename would give this name a new file and leave the others the old text.
                // The fixed bytes are already beside it (the temporary file), and stay there should the write in place
                // stop midway.
                string kept = temp;
                temp = null;
                string? reason;
                try
                {
                    reason = WriteInPlace(path, original, bytes);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    return $"cannot write here ({ex.Message}; the fixed text is kept in {kept})";
                }

                File.Delete(kept);
                return reason;
            }

            // Compared again now that the temporary file is written (the slow part): a save made meanwhile is kept and
            // reported, not overwritten.
            if (!Unchanged(reader, file, path, original))
            {
                return "changed while it was being fixed";
            }

            File.Move(temp, path, overwrite: true);
            temp = null;
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"cannot write here ({ex.Message})";
        }
        finally
        {
            if (temp is not null && File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    // The diff of a file's bytes, which git apply and patch apply to it as it is (a byte order mark on line 1, a UTF-16
    // file's own lines): written as bytes to a file or a pipe; on a terminal (or into a string) as text for a UTF-8
    // file, and not at all for a UTF-16 one, whose lines only bytes carry, with a line that says so.
    private static void WriteDiff(InputFile file, SourceText source, byte[] original, byte[] fixedBytes, TextWriter output)
    {
        string name = DiffName(file);
        byte[] diff = UnifiedDiff.CreateFromBytes(original, fixedBytes, "a/" + name, "b/" + name);
        if (ByteStreamOf(output) is { } stream)
        {
            output.Flush();
            stream.Write(diff);
            stream.Flush();
        }
        else if (source.Encoding == SourceEncoding.Utf8)
        {
            output.Write(System.Text.Encoding.UTF8.GetString(diff));
        }
        else
        {
            string order = source.Encoding == SourceEncoding.Utf16LittleEndian ? "little-endian" : "big-endian";
            output.WriteLine($"{file.DisplayPath}: UTF-16 {order}: its diff is the file's own UTF-16 lines, which only a file or a pipe carries; redirect the output to get it (reportlint fix --dry-run ... > fix.patch).");
        }
    }

    // The path a diff names, as git apply and patch -p1 take it from the current folder: a relative path normalized
    // (docs/r.md, never ./docs/r.md or docs/../docs/r.md), an absolute one without its leading '/'.
    internal static string DiffName(InputFile file)
    {
        if (!Path.IsPathRooted(file.DisplayPath) && !file.IsStandardInput)
        {
            string relative = Path.GetRelativePath(Environment.CurrentDirectory, file.Path);
            if (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative))
            {
                return relative.Replace('\\', '/');
            }
        }

        return file.DisplayPath.Replace('\\', '/').TrimStart('/');
    }

    /// <summary>
    /// <c>fix -</c>: fixes standard input and writes the whole text, fixed, to standard output (what fixes did goes to
    /// standard error). Text that cannot be fixed safely (not valid UTF-8, binary) is written back unchanged, with an error.
    /// </summary>
    public static int RunStandardInput(ReportLinter? linter, InputFile file, Stream input, IReadOnlyCollection<string> rules, TextWriter output, TextWriter error,
        Severity? failLevel = Severity.Warning)
    {
        (SourceText? source, string? problem, byte[]? original) = FileLinter.ReadStandardInput(file, input);
        if (source is null || linter is null)
        {
            if (original is not null)
            {
                WriteBytes(original, output);
            }

            if (problem is not null)
            {
                error.WriteLine($"reportlint: error: {problem}");
                return Program.ExitError;
            }

            return Program.ExitClean;
        }

        if (source.HasDecodingErrors)
        {
            WriteBytes(original!, output);
            error.WriteLine($"reportlint: error: {file.DisplayPath}: not valid {(source.Encoding == SourceEncoding.Utf8 ? "UTF-8" : "UTF-16")} (RL0004); written back unchanged, so no byte is lost.");
            return Program.ExitError;
        }

        var ruleFilter = rules.Count == 0 ? null : new HashSet<string>(rules, StringComparer.OrdinalIgnoreCase);
        FixResult result = linter.Fix(source, file.DisplayPath, d => ruleFilter is null || ruleFilter.Contains(d.Id));
        WriteBytes(result.Changed ? result.GetFixedBytes() : original!, output);
        var unfixed = result.Remaining.Where(d => d.Severity >= Severity.Warning).ToList();
        if (result.Applied.Length > 0)
        {
            error.WriteLine($"{file.DisplayPath}: fixed {Count(result.Applied.Length, "finding")} ({ByRule(result.Applied.Select(f => f.Diagnostic.Id))}).");
        }

        if (unfixed.Count > 0)
        {
            error.WriteLine($"{file.DisplayPath}: {Count(unfixed.Count, "finding")} without an automatic fix ({ByRule(unfixed.Select(d => d.Id))}).");
        }

        return failLevel is { } level && result.Remaining.Any(d => d.Severity >= level && d.Severity > Severity.Hidden) ? Program.ExitFindings : Program.ExitClean;
    }

    private static void WriteBytes(byte[] bytes, TextWriter output)
    {
        if (ByteStreamOf(output) is { } stream)
        {
            output.Flush();
            stream.Write(bytes);
            stream.Flush();
        }
        else
        {
            output.Write(SourceText.FromBytes(bytes).Text);
        }
    }

    // The bytes under a writer that has them: standard output redirected to a file or a pipe, or a test's stream.
    private static Stream? ByteStreamOf(TextWriter writer) => writer switch
    {
        HeldWriter held => ByteStreamOf(held.Inner),
        StreamWriter stream => stream.BaseStream,
        _ => null,
    };

    // Whether the path still leads to the same regular file, holding the bytes read (checked as it was read: no link out,
    // no FIFO, the limit).
    private static bool Unchanged(SafeFileReader reader, InputFile file, string target, byte[] original)
    {
        FileCheck now = reader.Check(file.Path);
        if (!now.CanRead || !string.Equals(now.Target, target, StringComparison.Ordinal) || now.Length != original.Length)
        {
            return false;
        }

        try
        {
            return reader.Read(now).AsSpan().SequenceEqual(original);
        }
        catch (FileRefusedException)
        {
            return false;
        }
    }

    // Rewrites a file through one handle: its bytes compared with what was read, then replaced, then cut to length.
    private static string? WriteInPlace(string path, byte[] original, byte[] bytes)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None, bufferSize: 1);
        if (stream.Length != original.Length || SafeFileReader.ReadBounded(stream, original.Length, original.Length) is not { } now ||
            !now.AsSpan().SequenceEqual(original))
        {
            return "changed while it was being fixed";
        }

        stream.Position = 0;
        stream.Write(bytes);
        stream.SetLength(bytes.Length);
        stream.Flush(flushToDisk: true);
        return null;
    }

    private static bool IsReadOnly(string path)
    {
        if ((File.GetAttributes(path) & FileAttributes.ReadOnly) != 0)
        {
            return true;
        }

        // Root can write anything; honour the file's own write bits anyway, as editors do.
        return !OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & (UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) == 0;
    }

    private static long SizeOf(InputFile file)
    {
        try
        {
            return new FileInfo(file.Path).Length;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    // Writes through the progress note's hold: the note is erased first and stays away during the write.
    private sealed class HeldWriter(TextWriter inner, Progress progress) : TextWriter
    {
        public TextWriter Inner => inner;

        public override System.Text.Encoding Encoding => inner.Encoding;

        public override void Write(char value)
        {
            using (progress.Hold())
            {
                inner.Write(value);
            }
        }

        public override void Write(string? value)
        {
            using (progress.Hold())
            {
                inner.Write(value);
            }
        }

        public override void WriteLine(string? value)
        {
            using (progress.Hold())
            {
                inner.WriteLine(value);
            }
        }

        public override void Flush() => inner.Flush();
    }

    private static string Count(int n, string singular, string? plural = null) =>
        n == 1 ? $"1 {singular}" : $"{n} {plural ?? singular + "s"}";

    private static string ByRule(IEnumerable<string> ids) =>
        string.Join(", ", ids.GroupBy(id => id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Count() == 1 ? g.Key : $"{g.Key} ×{g.Count()}"));
}
