using ReportLint.IO;
using ReportLint.Text;

namespace ReportLint.Cli;

/// <summary>The outcome of linting one file: a result, or a one-line reason it could not be linted.</summary>
internal sealed record FileOutcome(InputFile File, LintResult? Result, string? Error, string? IgnoredBy = null)
{
    /// <summary>
    /// Linted with no diagnostic at all. Its result is not kept: a run over a large tree would otherwise hold every
    /// clean document's text, tree and models until the end, and pay for them in garbage collection.
    /// </summary>
    public bool Clean { get; init; }

    /// <summary>Whether the file was linted (with or without findings).</summary>
    public bool Linted => Result is not null || Clean;
}

/// <summary>Reads and lints files, turning every I/O problem into a clear one-line error.</summary>
internal static class FileLinter
{
    /// <summary>The largest file linted (bigger ones are reported, not read).</summary>
    public const long MaxFileBytes = SafeFileReader.DefaultMaxBytes;

    /// <summary>Lints files in parallel; outcomes come back in the order of <paramref name="files"/>.</summary>
    public static FileOutcome[] LintAll(LintSession session, IReadOnlyList<InputFile> files, Func<Stream>? standardInput = null, Progress? progress = null,
        bool prepareFixes = false)
    {
        var outcomes = new FileOutcome[files.Count];

        // The largest files first: the workers then finish together instead of one taking the biggest file last (the
        // seeds' largest report is 38% of their bytes). Outcomes keep the order of the files.
        long[] sizes = new long[files.Count];
        int[] order = new int[files.Count];
        for (int i = 0; i < files.Count; i++)
        {
            sizes[i] = SizeOf(files[i]);
            order[i] = i;
        }

        LargestFirst(order, sizes);
        Parallel.For(0, files.Count, k =>
        {
            int i = order[k];
            progress?.Started(files[i], sizes[i]);
            (ReportLinter? linter, string? ignoredBy) = session.For(files[i]);
            outcomes[i] = linter is null ? new FileOutcome(files[i], null, null, ignoredBy) : LintOne(linter, files[i], standardInput, prepareFixes);
            progress?.Finished(files[i]);
        });
        return outcomes;
    }

    // Few files (the usual run): an insertion sort, precompiled with the tool; many: the framework's sort, whose
    // start-up compilation is then nothing beside the run.
    private static void LargestFirst(int[] order, long[] sizes)
    {
        if (order.Length > 64)
        {
            long[] keys = new long[sizes.Length];
            for (int i = 0; i < keys.Length; i++)
            {
                keys[i] = -sizes[i];
            }

            Array.Sort(keys, order);
            return;
        }

        for (int i = 1; i < order.Length; i++)
        {
            int item = order[i];
            int j = i - 1;
            while (j >= 0 && sizes[order[j]] < sizes[item])
            {
                order[j + 1] = order[j];
                j--;
            }

            order[j + 1] = item;
        }
    }

    private static long SizeOf(InputFile file)
    {
        try
        {
            return file.IsStandardInput ? 0 : new FileInfo(file.Path).Length;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    /// <summary>Reads, checks and decodes one file.</summary>
    public static (SourceText? Text, string? Error) Read(InputFile file) => Read(file, out _);

    /// <summary>Reads, checks and decodes one file, and returns its bytes.</summary>
    public static (SourceText? Text, string? Error) Read(InputFile file, out byte[]? original) => Read(file, out original, out _);

    /// <summary>
    /// Reads, checks and decodes one file through its reader (a regular file, its links inside the roots, its size under
    /// the limit before anything is read), and returns its bytes and what the check found (the file links lead to).
    /// </summary>
    public static (SourceText? Text, string? Error) Read(InputFile file, out byte[]? original, out FileCheck? check)
    {
        original = null;
        byte[] bytes;
        SafeFileReader reader = file.ReaderOrDefault;
        check = reader.Check(file.Path);
        if (!check.CanRead)
        {
            return (null, $"{file.DisplayPath}: {(check.Refusal == FileRefusal.Missing && !check.ThroughLink ? "cannot read the file (no such file)" : check.Problem)}{InputFiles.FollowHint(check)}.");
        }

        if (check.Length > StartUp.LargeFileBytes)
        {
            StartUp.ReleaseCollections();
        }

        try
        {
            bytes = reader.Read(check);
        }
        catch (FileRefusedException ex)
        {
            return (null, $"{file.DisplayPath}: {ex.Check.Problem}.");
        }

        if (ReportBytes.Problem(bytes) is { } problem)
        {
            return (null, $"{file.DisplayPath}: {problem}");
        }

        original = bytes;
        return (SourceText.FromBytes(bytes), null);
    }

    private static FileOutcome LintOne(ReportLinter linter, InputFile file, Func<Stream>? standardInput, bool prepareFixes)
    {
        (SourceText? text, string? error) = file.IsStandardInput ? ReadStandardInput(file, standardInput ?? Console.OpenStandardInput) : Read(file);
        if (text is null)
        {
            return new FileOutcome(file, null, error);
        }

        LintResult result = linter.Lint(text, file.DisplayPath, prepareFixes);
        return result.Diagnostics.IsEmpty ? new FileOutcome(file, null, null) { Clean = true } : new FileOutcome(file, result, null);
    }

    private static (SourceText? Text, string? Error) ReadStandardInput(InputFile file, Func<Stream> open)
    {
        using Stream input = open();
        (SourceText? text, string? error, _) = ReadStandardInput(file, input);
        return (text, error);
    }

    /// <summary>Reads standard input within the limit: its text, or why not, and its bytes when it was read whole.</summary>
    public static (SourceText? Text, string? Error, byte[]? Bytes) ReadStandardInput(InputFile file, Stream input)
    {
        byte[]? bytes = SafeFileReader.ReadBounded(input, 0, MaxFileBytes);
        if (bytes is null)
        {
            return (null, $"{file.DisplayPath}: input too large (the limit is {MaxFileBytes / (1024 * 1024)} MB); not read past it.", null);
        }

        return ReportBytes.Problem(bytes, input: true) is { } problem
            ? (null, $"{file.DisplayPath}: {problem}", bytes)
            : (SourceText.FromBytes(bytes), null, bytes);
    }
}
