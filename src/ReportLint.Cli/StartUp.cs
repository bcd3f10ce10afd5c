using System.Text;

namespace ReportLint.Cli;

/// <summary>
/// What the process sets up before the command runs, chosen for the usual run: a few reports, linted in a tenth of a
/// second, where the runtime's own start-up is half the time.
/// </summary>
internal static class StartUp
{
    // Collections held off for the first 32 MB allocated: a run over a few reports (the five seeds allocate about
    // 20 MB) then collects nothing. Larger runs collect at 32 MB and as usual from there on (the region ends at its
    // first collection). Measured on the five seeds: about 4% fewer instructions; no change on 370 pages of docs.
    private const long HeldBytes = 32L * 1024 * 1024;

    // The region commits its memory up front: not where memory is scarce (a small container).
    private const long MinimumAvailableBytes = 1L * 1024 * 1024 * 1024;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Holds garbage collection off for a short run, where memory allows it.</summary>
    public static void HoldCollections()
    {
        try
        {
            if (GC.GetGCMemoryInfo().TotalAvailableMemoryBytes >= MinimumAvailableBytes)
            {
                _ = GC.TryStartNoGCRegion(HeldBytes, lohSize: HeldBytes / 8);
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentOutOfRangeException)
        {
            // A run without it is only a little slower.
        }
    }

    /// <summary>A file from this size on ends the held collections before it is read (<see cref="ReleaseCollections"/>).</summary>
    public const long LargeFileBytes = 1024 * 1024;

    /// <summary>
    /// Lets collections run again before a large file is read: its parts are analysed one after another, and each part's
    /// garbage should go before the next part is read rather than fill the 32 MB held for a short run.
    /// </summary>
    public static void ReleaseCollections()
    {
        try
        {
            if (System.Runtime.GCSettings.LatencyMode == System.Runtime.GCLatencyMode.NoGCRegion)
            {
                GC.EndNoGCRegion();
            }
        }
        catch (InvalidOperationException)
        {
            // The region had already ended (a collection ran).
        }
    }

    /// <summary>
    /// Standard output. Redirected to a file or a pipe, it is written in UTF-8 (SARIF and JSON must be; reports hold
    /// ✅ and accented text that a legacy code page cannot write), which also spares the console's encoding lookup at
    /// start-up; a terminal keeps the console's own writer.
    /// </summary>
    public static TextWriter Output() => Console.IsOutputRedirected ? Utf8Writer(Console.OpenStandardOutput(), synchronised: false) : Console.Out;

    /// <summary>Standard error, as <see cref="Output"/>.</summary>
    public static TextWriter Error() => Console.IsErrorRedirected ? Utf8Writer(Console.OpenStandardError()) : Console.Error;

    // Flushed at every write, as the console's writers are: output and errors keep their order in one file. Standard error
    // is written by the progress timer too, so its writer is synchronised; standard output is written by the command's
    // own thread only, and stays a StreamWriter, whose stream takes the bytes of a dry run's diff (a UTF-16 file's).
    private static TextWriter Utf8Writer(Stream stream, bool synchronised = true)
    {
        var writer = new StreamWriter(stream, Utf8, bufferSize: 4096) { AutoFlush = true };
        return synchronised ? TextWriter.Synchronized(writer) : writer;
    }
}
