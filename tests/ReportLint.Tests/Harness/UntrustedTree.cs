using System.Runtime.InteropServices;
using Xunit.Sdk;

namespace ReportLint.Tests.Harness;

/// <summary>
/// A repository as a hostile pull request can make it (issue 50), in a temporary folder: a <c>.git</c> folder, real
/// symbolic links, FIFOs, and a folder outside the repository holding a secret. Linux only (FIFOs, <c>/dev/zero</c>).
/// </summary>
public sealed class UntrustedTree : IDisposable
{
    /// <summary>A line of the file outside the repository: it must never reach any output.</summary>
    public const string Secret = "root:x:0:0:SECRET-4f1c:/root:/bin/bash";

    private readonly string _base = Directory.CreateTempSubdirectory("reportlint-untrusted-").FullName;

    public UntrustedTree()
    {
        Root = Path.Combine(_base, "repo");
        Outside = Path.Combine(_base, "outside");
        Directory.CreateDirectory(Path.Combine(Root, ".git"));
        Directory.CreateDirectory(Outside);
        // A report outside: its findings would show in the output if it were read.
        File.WriteAllText(Path.Combine(Outside, "secret.md"),
            $"# Sprint report\n\n{Secret}\n\n| Task | Hours |\n|---|---|\n| A | 2h |\n| B | 1h |\n| Total | 9h |\n");
        File.WriteAllText(Path.Combine(Outside, "base.json"), "{ \"RL2001\": \"error\" }\n");
    }

    /// <summary>The repository's root (it holds <c>.git</c>).</summary>
    public string Root { get; }

    /// <summary>A folder beside the repository.</summary>
    public string Outside { get; }

    /// <summary>The file outside the repository whose lines must never be read.</summary>
    public string SecretFile => Path.Combine(Outside, "secret.md");

    public string Path_(string relative) => Path.Combine(Root, relative);

    public string Write(string relative, string text)
    {
        string path = Path_(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>A symbolic link in the repository, holding <paramref name="target"/> as written.</summary>
    public string Link(string relative, string target)
    {
        string path = Path_(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.CreateSymbolicLink(path, target);
        return path;
    }

    /// <summary>A FIFO (named pipe) in the repository.</summary>
    public string Fifo(string relative) => MakeFifo(Path_(relative));

    /// <summary>A FIFO (named pipe) at <paramref name="path"/>.</summary>
    public static string MakeFifo(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (mkfifo(path, Convert.ToUInt32("644", 8)) != 0)
        {
            throw new IOException($"mkfifo {path} failed ({Marshal.GetLastWin32Error()})");
        }

        return path;
    }

    /// <summary>
    /// Runs <paramref name="run"/>, which must never open the FIFOs: opening one for reading waits for a writer, forever.
    /// Should it not return in a minute (it then waits in such an open), the test opens the FIFOs for writing, which
    /// lets the run go on, and fails saying so. A guard against a hang, not a measure of time.
    /// </summary>
    public static T NeverOpens<T>(Func<T> run, params string[] fifos)
    {
        Task<T> task = Task.Run(run);
        if (task.Wait(TimeSpan.FromMinutes(1)))
        {
            return task.Result;
        }

        foreach (string fifo in fifos)
        {
            using var unblock = new FileStream(fifo, FileMode.Open, FileAccess.Write);
        }

        task.Wait(TimeSpan.FromMinutes(1));
        throw new XunitException($"the run opened a FIFO ({string.Join(", ", fifos)}) and waited for a writer");
    }

    public void Dispose() => Directory.Delete(_base, recursive: true);

    [DllImport("libc", SetLastError = true)]
    private static extern int mkfifo(string path, uint mode);
}
