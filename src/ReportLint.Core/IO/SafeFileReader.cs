using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace ReportLint.IO;

/// <summary>What a path names, as the file system reports it.</summary>
public enum FileKind
{
    /// <summary>Nothing there.</summary>
    Missing,

    /// <summary>A regular file: the only kind ever read.</summary>
    Regular,

    /// <summary>A folder.</summary>
    Directory,

    /// <summary>A symbolic link (reported as such only by a status that does not follow it).</summary>
    SymbolicLink,

    /// <summary>A FIFO (named pipe): never opened, as opening one waits for a writer.</summary>
    Fifo,

    /// <summary>A character device (<c>/dev/zero</c>, a terminal): never opened.</summary>
    CharacterDevice,

    /// <summary>A block device: never opened.</summary>
    BlockDevice,

    /// <summary>A socket: never opened.</summary>
    Socket,

    /// <summary>The status could not be read (permissions), or a type the platform does not name.</summary>
    Unknown,
}

/// <summary>Why a file is not read.</summary>
public enum FileRefusal
{
    /// <summary>It can be read.</summary>
    None,

    /// <summary>Nothing is there (or a link leads nowhere).</summary>
    Missing,

    /// <summary>A folder, FIFO, device or socket: only regular files are read.</summary>
    NotRegular,

    /// <summary>A symbolic link on the way leads outside the reader's roots.</summary>
    Outside,

    /// <summary>Symbolic links that lead to each other, or more than 40 of them in a row.</summary>
    LinkLoop,

    /// <summary>Larger than the reader's limit, known before anything is read.</summary>
    TooLarge,

    /// <summary>The file system refused to say (permissions), or the read failed.</summary>
    Unreadable,
}

/// <summary>What <see cref="SafeFileReader.Check"/> found: the file to read, or why it is not read.</summary>
public sealed class FileCheck
{
    internal FileCheck(string path, string? target, FileKind kind, long length, int hardLinks, bool throughLink, FileRefusal refusal, string? problem)
    {
        Path = path;
        Target = target;
        Kind = kind;
        Length = length;
        HardLinks = hardLinks;
        ThroughLink = throughLink;
        Refusal = refusal;
        Problem = problem;
    }

    /// <summary>The path checked (made full).</summary>
    public string Path { get; }

    /// <summary>
    /// The path of the file itself, every symbolic link on the way resolved (the same as <see cref="Path"/> when none
    /// was): reads and writes go there. Null when the walk did not get there (a link out of the roots, a loop, nothing
    /// there, a file too large); set, with <see cref="CanRead"/> false, for a folder, FIFO, device or socket.
    /// </summary>
    public string? Target { get; }

    /// <summary>What the path leads to (after the links).</summary>
    public FileKind Kind { get; }

    /// <summary>The size of the file in bytes, when it is a regular file.</summary>
    public long Length { get; }

    /// <summary>How many hard links the file has (1 where the platform cannot tell).</summary>
    public int HardLinks { get; }

    /// <summary>Whether a symbolic link was followed on the way (the path or one of its folders is a link).</summary>
    public bool ThroughLink { get; }

    /// <summary>Why it is not read, or <see cref="FileRefusal.None"/>.</summary>
    public FileRefusal Refusal { get; }

    /// <summary>Why it is not read, as a clause to follow the file's name ("a FIFO, not a regular file"); it never quotes content.</summary>
    public string? Problem { get; }

    /// <summary>Whether the file may be read.</summary>
    public bool CanRead => Refusal == FileRefusal.None;

    // Which check of RL0006 the refusal is (a check's name: not-regular, leads-out, outside, link-loop, too-large), and
    // the parts of Problem that vary, in the order of that check's message (EngineRules.NotRead); null when the
    // refusal is not RL0006's (nothing there, unreadable).
    internal string? NotReadCheck { get; init; }

    internal string[] NotReadArguments { get; init; } = [];
}

/// <summary>A file the reader refused, or could not read.</summary>
public sealed class FileRefusedException : IOException
{
    internal FileRefusedException(FileCheck check)
        : base(check.Problem)
    {
        Check = check;
    }

    /// <summary>What the check found.</summary>
    public FileCheck Check { get; }
}

/// <summary>A folder entry, with its type as the folder lists it (a link is a link; its target is not looked at).</summary>
public sealed class FolderEntry
{
    internal FolderEntry(string name, FileKind kind)
    {
        Name = name;
        Kind = kind;
    }

    /// <summary>The entry's name.</summary>
    public string Name { get; }

    /// <summary>The entry's type.</summary>
    public FileKind Kind { get; }
}

/// <summary>
/// Reads the files an untrusted repository holds, as a pull request may have made them. Only regular files are read:
/// a FIFO, device or socket is never opened (its type is read first, without opening it). A symbolic link is followed
/// only when it resolves inside one of the reader's roots: each link on the way is read as a link (<c>readlink</c>)
/// and its target checked before anything is done with the target, so a link that leads out is refused without
/// touching what it names (unless the reader follows links anywhere). A file larger than the limit is refused from its
/// size, before it is opened, and no read goes past the limit whatever the file does meanwhile. Thread-safe.
/// </summary>
public sealed class SafeFileReader
{
    /// <summary>The default limit: 256 MB.</summary>
    public const long DefaultMaxBytes = 256L * 1024 * 1024;

    private const int MaxLinks = 40;

    private static readonly StringComparison PathComparison =
        RuntimeInformation.IsOSPlatform(OSPlatform.Windows) || RuntimeInformation.IsOSPlatform(OSPlatform.OSX)
            ? StringComparison.OrdinalIgnoreCase
            : StringComparison.Ordinal;

    // Folders below a root already found to be real folders (no link): a run reads many files from each.
    private readonly ConcurrentDictionary<string, bool> _realFolders = new(StringComparer.Ordinal);

    /// <summary>
    /// A reader that follows a symbolic link only to a place inside <paramref name="roots"/> (full paths; taken as
    /// written, so a root may itself be reached through a link), or anywhere with <paramref name="followSymbolicLinks"/>.
    /// </summary>
    public SafeFileReader(IEnumerable<string> roots, bool followSymbolicLinks = false, long maxBytes = DefaultMaxBytes)
    {
        ArgumentNullException.ThrowIfNull(roots);
        Roots = roots.Select(Normalize).Distinct(StringComparer.Ordinal).ToArray();
        FollowSymbolicLinks = followSymbolicLinks;
        MaxBytes = maxBytes;
    }

    /// <summary>
    /// A reader for the files of the repository that holds <paramref name="path"/> (its root is the nearest folder at or
    /// above the path that holds <c>.git</c>), or, outside a repository, of the folder <paramref name="path"/> is or is in.
    /// </summary>
    public static SafeFileReader ForRepositoryOf(string path, bool followSymbolicLinks = false, long maxBytes = DefaultMaxBytes)
    {
        ArgumentNullException.ThrowIfNull(path);
        string full = Normalize(path);
        string folder = NativeFiles.Get(full, follow: false).Kind == FileKind.Directory ? full : System.IO.Path.GetDirectoryName(full) ?? full;
        return new SafeFileReader([FindRepositoryRoot(folder) ?? folder], followSymbolicLinks, maxBytes);
    }

    /// <summary>The nearest folder at or above <paramref name="folder"/> that holds <c>.git</c> (a folder or a file), or null.</summary>
    public static string? FindRepositoryRoot(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        for (string? dir = Normalize(folder); dir is not null; dir = System.IO.Path.GetDirectoryName(dir))
        {
            if (IsRepositoryRoot(dir))
            {
                return dir;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="folder"/> holds <c>.git</c> (looked at without following it).</summary>
    internal static bool IsRepositoryRoot(string folder) =>
        NativeFiles.Get(System.IO.Path.Combine(folder, ".git"), follow: false).Kind is FileKind.Directory or FileKind.Regular or FileKind.SymbolicLink;

    /// <summary>The folders a symbolic link may lead into (full paths).</summary>
    public IReadOnlyList<string> Roots { get; }

    /// <summary>Whether symbolic links are followed wherever they lead (the types and the limit still hold).</summary>
    public bool FollowSymbolicLinks { get; }

    /// <summary>The largest file read, in bytes.</summary>
    public long MaxBytes { get; }

    /// <summary>Whether <paramref name="path"/> (full) is one of the roots or inside one.</summary>
    public bool IsInside(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string full = Normalize(path);
        foreach (string root in Roots)
        {
            if (IsUnder(full, root))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Checks <paramref name="path"/> without reading it: resolves its symbolic links (each within the roots), and says
    /// what it leads to, its size and hard links, or why it is not to be read.
    /// </summary>
    public FileCheck Check(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Resolve(Normalize(path));
    }

    /// <summary>Reads a file the check allows, every byte, or throws <see cref="FileRefusedException"/> saying why not.</summary>
    public byte[] ReadAllBytes(string path)
    {
        FileCheck check = Check(path);
        if (!check.CanRead)
        {
            throw new FileRefusedException(check);
        }

        return Read(check);
    }

    /// <summary>Reads the file a check allowed (<see cref="FileCheck.Target"/>), stopping at the limit.</summary>
    public byte[] Read(FileCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        if (!check.CanRead)
        {
            throw new FileRefusedException(check);
        }

        try
        {
            using var stream = new FileStream(check.Target!, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
            return ReadBounded(stream, (int)Math.Min(check.Length, MaxBytes), MaxBytes) ??
                throw new FileRefusedException(new FileCheck(check.Path, null, check.Kind, check.Length, check.HardLinks, check.ThroughLink, FileRefusal.TooLarge,
                    TooLarge(MaxBytes + 1, MaxBytes))
                { NotReadCheck = "too-large", NotReadArguments = [Size(MaxBytes + 1), Size(MaxBytes)] });
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException && ex is not FileRefusedException)
        {
            throw new FileRefusedException(new FileCheck(check.Path, null, check.Kind, check.Length, check.HardLinks, check.ThroughLink, FileRefusal.Unreadable,
                $"cannot read the file ({ex.Message})"));
        }
    }

    /// <summary>
    /// Reads a stream to its end, or returns null once it has given more than <paramref name="maxBytes"/> bytes (standard
    /// input, or a file that grew after its size was read): nothing past the limit is kept.
    /// </summary>
    public static byte[]? ReadBounded(Stream stream, int expected, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(stream);
        // The expected size exactly, then one byte read apart to see whether the stream goes on: a buffer one byte
        // larger had to be copied into one of the right size for every file read whole.
        byte[] buffer = new byte[Math.Max(expected, 0)];
        int used = 0;
        while (true)
        {
            if (used == buffer.Length)
            {
                if (used == expected)
                {
                    int probe = stream.ReadByte();
                    if (probe < 0)
                    {
                        break;
                    }

                    Array.Resize(ref buffer, (int)Math.Min(Math.Max(buffer.Length * 2L, 4096), Math.Min(maxBytes + 1, int.MaxValue - 64)));
                    if (used == buffer.Length)
                    {
                        return null;
                    }

                    buffer[used++] = (byte)probe;
                    continue;
                }

                if (used > maxBytes)
                {
                    return null;
                }

                Array.Resize(ref buffer, (int)Math.Min(Math.Max(buffer.Length * 2L, 4096), Math.Min(maxBytes + 1, int.MaxValue - 64)));
                if (used == buffer.Length)
                {
                    return null;
                }
            }

            int read = stream.Read(buffer, used, buffer.Length - used);
            if (read == 0)
            {
                break;
            }

            used += read;
        }

        if (used > maxBytes)
        {
            return null;
        }

        if (used != buffer.Length)
        {
            Array.Resize(ref buffer, used);
        }

        return buffer;
    }

    /// <summary>
    /// The entries of a folder with their types as it lists them: a symbolic link is listed as a link, and nothing it
    /// names is looked at. Throws <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/> when the
    /// folder cannot be read.
    /// </summary>
    public static IReadOnlyList<FolderEntry> ReadFolder(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        return NativeFiles.ReadDirectory(folder).Select(e => new FolderEntry(e.Name, e.Kind)).ToArray();
    }

    /// <summary>What a refusal of a file of <paramref name="length"/> bytes says.</summary>
    internal static string TooLarge(long length, long maxBytes) => $"file too large ({Size(length)}; the limit is {Size(maxBytes)})";

    private static string Size(long bytes) => bytes >= 1024 * 1024
        ? FormattableString.Invariant($"{bytes / (1024.0 * 1024.0):0.#} MB")
        : FormattableString.Invariant($"{bytes} bytes");

    // Walks the path one name at a time as the kernel does, from the file-system root: names at or above a root are
    // taken as written; below one, each is looked at without following it, and a link is read and its target walked
    // in its place, which must stay inside a root (unless links are followed anywhere: the walk then only finds the
    // file they lead to, for a fix to be written there). ".." goes up from the folder reached, not from the name written.
    private FileCheck Resolve(string full)
    {
        string top = System.IO.Path.GetPathRoot(full) ?? string.Empty;
        var pending = new Stack<string>();
        PushNames(pending, full.Substring(top.Length));
        string reached = top;
        NativeFiles.Status status = new(FileKind.Directory, 0, 1);
        bool throughLink = false;
        int links = 0;
        while (pending.Count > 0)
        {
            string name = pending.Pop();
            if (name.Length == 0 || name == ".")
            {
                continue;
            }

            if (name == "..")
            {
                reached = System.IO.Path.GetDirectoryName(reached) ?? reached;
                status = new NativeFiles.Status(FileKind.Directory, 0, 1);
                continue;
            }

            string candidate = System.IO.Path.Combine(reached, name);
            if (IsAtOrAboveRoot(candidate))
            {
                reached = candidate;
                status = new NativeFiles.Status(FileKind.Directory, 0, 1);
                continue;
            }

            if (!FollowSymbolicLinks && !IsInside(candidate))
            {
                return Refused(full, FileRefusal.Outside, throughLink
                    ? $"a symbolic link that leads out of {RootsText()}; not read"
                    : $"outside {RootsText()}; not read", throughLink ? "leads-out" : "outside", RootsText());
            }

            if (pending.Count > 0 && _realFolders.ContainsKey(candidate))
            {
                reached = candidate;
                continue;
            }

            status = NativeFiles.Get(candidate, follow: false);
            if (status.Kind == FileKind.SymbolicLink)
            {
                if (++links > MaxLinks)
                {
                    return Refused(full, FileRefusal.LinkLoop, "a loop of symbolic links; not read", "link-loop");
                }

                string? target = NativeFiles.ReadLink(candidate);
                if (target is null || target.Length == 0)
                {
                    return Refused(full, FileRefusal.Unreadable, "a symbolic link that cannot be read; not read");
                }

                throughLink = true;
                if (System.IO.Path.IsPathRooted(target))
                {
                    reached = System.IO.Path.GetPathRoot(target) ?? reached;
                    PushNames(pending, target.Substring(reached.Length));
                }
                else
                {
                    PushNames(pending, target);
                }

                continue;
            }

            if (pending.Count > 0)
            {
                if (status.Kind != FileKind.Directory)
                {
                    return Verdict(full, null, status.Kind == FileKind.Unknown ? status : new NativeFiles.Status(FileKind.Missing, 0, 0), throughLink);
                }

                _realFolders.TryAdd(candidate, true);
            }

            reached = candidate;
        }

        return Verdict(full, reached, status, throughLink);
    }

    private FileCheck Verdict(string full, string? target, NativeFiles.Status status, bool throughLink)
    {
        switch (status.Kind)
        {
            case FileKind.Regular when status.Length > MaxBytes:
                return new FileCheck(full, null, status.Kind, status.Length, status.Links, throughLink, FileRefusal.TooLarge, TooLarge(status.Length, MaxBytes))
                { NotReadCheck = "too-large", NotReadArguments = [Size(status.Length), Size(MaxBytes)] };
            case FileKind.Regular:
                return new FileCheck(full, target, status.Kind, status.Length, status.Links, throughLink, FileRefusal.None, null);
            case FileKind.Missing:
                return new FileCheck(full, null, status.Kind, 0, 0, throughLink, FileRefusal.Missing,
                    throughLink ? "a symbolic link that leads nowhere; not read" : "no such file");
            case FileKind.Unknown:
                return new FileCheck(full, null, status.Kind, 0, 0, throughLink, FileRefusal.Unreadable, $"cannot read the file ({status.Error ?? "unknown type"})");
            default:
                return new FileCheck(full, target, status.Kind, 0, 0, throughLink, FileRefusal.NotRegular, $"{Describe(status.Kind)}, not a regular file; not read")
                { NotReadCheck = "not-regular", NotReadArguments = [Describe(status.Kind)] };
        }
    }

    private static FileCheck Refused(string full, FileRefusal refusal, string problem, string? check = null, params string[] arguments) =>
        new(full, null, FileKind.Unknown, 0, 0, true, refusal, problem) { NotReadCheck = check, NotReadArguments = arguments };

    private static string Describe(FileKind kind) => kind switch
    {
        FileKind.Directory => "a folder",
        FileKind.Fifo => "a FIFO (named pipe)",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Socket => "a socket",
        FileKind.SymbolicLink => "a symbolic link",
        _ => "not a file",
    };

    private string RootsText() => Roots.Count == 1 ? Roots[0] : string.Join(" and ", Roots);

    private static void PushNames(Stack<string> pending, string relative)
    {
        string[] names = relative.Split(System.IO.Path.DirectorySeparatorChar, System.IO.Path.AltDirectorySeparatorChar);
        for (int i = names.Length - 1; i >= 0; i--)
        {
            pending.Push(names[i]);
        }
    }

    // A root, or a folder above one: written by whoever chose the roots, so taken as it is.
    private bool IsAtOrAboveRoot(string path)
    {
        foreach (string root in Roots)
        {
            if (IsUnder(root, path))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsUnder(string path, string folder)
    {
        if (path.Length == folder.Length)
        {
            return string.Equals(path, folder, PathComparison);
        }

        if (!path.StartsWith(folder, PathComparison))
        {
            return false;
        }

        char last = folder[folder.Length - 1];
        return last == System.IO.Path.DirectorySeparatorChar || last == System.IO.Path.AltDirectorySeparatorChar ||
               path[folder.Length] == System.IO.Path.DirectorySeparatorChar || path[folder.Length] == System.IO.Path.AltDirectorySeparatorChar;
    }

    private static string Normalize(string path)
    {
        string full = System.IO.Path.GetFullPath(path);
        string? top = System.IO.Path.GetPathRoot(full);
        return full.Length > (top?.Length ?? 0) ? full.TrimEnd(System.IO.Path.DirectorySeparatorChar, System.IO.Path.AltDirectorySeparatorChar) : full;
    }
}
