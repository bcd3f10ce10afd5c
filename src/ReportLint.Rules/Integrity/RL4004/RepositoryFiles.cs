using System.Collections.Concurrent;

namespace ReportLint.Rules.Integrity;

/// <summary>
/// The files and folders of a git working tree, indexed once per run by path and by name. Only the tree is read:
/// nothing outside its root, no symbolic link that leads out of it.
/// </summary>
internal sealed class RepositoryFiles
{
    private const int MaxEntries = 200_000;

    // One index serves every report of a run; a long-lived host (an IDE, a build server) sees changes after this.
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(5);
    private static readonly ConcurrentDictionary<string, Stamped<Lazy<RepositoryFiles>>> Cache = new(StringComparer.Ordinal);

    // The working tree root of each report folder asked about, so the folders above it are looked at once per folder
    // and lifetime, not once per report: a large tree outside git looked for .git all the way up for every file.
    private static readonly ConcurrentDictionary<string, Stamped<string?>> Roots = new(StringComparer.Ordinal);

    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal) { ".git", "node_modules", "bin", "obj" };

    private readonly HashSet<string> _paths = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _byName = new(StringComparer.Ordinal);
    private readonly HashSet<string> _folders = new(StringComparer.Ordinal);

    private RepositoryFiles(string root)
    {
        Root = root;
        Index(root, 0);
    }

    /// <summary>The root of the working tree (the folder holding <c>.git</c>), with no trailing separator.</summary>
    public string Root { get; }

    /// <summary>The working tree holding <paramref name="reportPath"/>, or null when it is not in one.</summary>
    public static RepositoryFiles? For(string reportPath)
    {
        string? folder = Path.GetDirectoryName(Path.GetFullPath(reportPath));
        if (folder is null)
        {
            return null;
        }

        DateTime now = DateTime.UtcNow;
        if (!Roots.TryGetValue(folder, out Stamped<string?>? root) || now - root.Made >= Lifetime)
        {
            Roots[folder] = root = new Stamped<string?>(now, FindRoot(folder));
        }

        if (root.Value is null)
        {
            return null;
        }

        Stamped<Lazy<RepositoryFiles>> Fresh(string top) => new(now, new Lazy<RepositoryFiles>(() => new RepositoryFiles(top)));
        return Cache.AddOrUpdate(root.Value, Fresh, (top, old) => now - old.Made < Lifetime ? old : Fresh(top)).Value.Value;
    }

    // The nearest folder at or above this one that holds .git, or null.
    private static string? FindRoot(string? dir)
    {
        while (dir is not null)
        {
            string git = Path.Combine(dir, ".git");
            if (Directory.Exists(git) || File.Exists(git))
            {
                return dir;
            }

            dir = Path.GetDirectoryName(dir);
        }

        return null;
    }

    // A cached value and when it was made: a class over reference types, not a value tuple (framework generic code
    // over a value type is JIT-compiled at every start of the tool).
    private sealed class Stamped<T>(DateTime made, T value)
    {
        public DateTime Made { get; } = made;

        public T Value { get; } = value;
    }

    /// <summary>
    /// Resolves a cited path: relative to the report's folder, then to the root, then as the end of a path in the
    /// tree; a bare name is looked up anywhere. Returns the full path inside the tree, or null when the tree has no
    /// such entry. Paths that would leave the tree are never resolved.
    /// </summary>
    public string? Resolve(string cited, string reportFolder)
    {
        string normalized = cited.Replace('\\', '/').TrimEnd('/');
        if (normalized.Length == 0)
        {
            return null;
        }

        foreach (string baseFolder in new[] { reportFolder, Root })
        {
            string full = Path.GetFullPath(Path.Combine(baseFolder, normalized));
            if (IsUnder(full) && _paths.Contains(Relative(full)))
            {
                return full;
            }
        }

        if (!normalized.Contains('/'))
        {
            return _byName.TryGetValue(normalized, out List<string>? named) ? Path.Combine(Root, named[0]) : null;
        }

        string suffix = "/" + normalized;
        string? match = _paths.FirstOrDefault(p => p.EndsWith(suffix, StringComparison.Ordinal));
        return match is null ? null : Path.Combine(Root, match);
    }

    /// <summary>Whether the index holds a folder at <paramref name="relative"/>, from the report's folder or the root.</summary>
    public bool HasFolder(string relative, string reportFolder)
    {
        foreach (string baseFolder in new[] { reportFolder, Root })
        {
            string full = Path.GetFullPath(Path.Combine(baseFolder, relative));
            if (IsUnder(full) && _folders.Contains(Relative(full)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The path inside the tree that <paramref name="full"/> stands for once its symbolic links are resolved, or null
    /// when a link on the way leads outside the tree (or cannot be read). Each link is read (readlink, on the link
    /// itself, which is inside the tree) and its target checked before anything is done with the target: a link that
    /// leads out is refused without touching what it points to.
    /// </summary>
    public string? Confine(string full)
    {
        if (!IsUnder(full))
        {
            return null;
        }

#if NET
        string current = full;
        for (int hops = 0; hops <= 40; hops++)
        {
            string[] parts = Path.GetRelativePath(Root, current).Split(Path.DirectorySeparatorChar);
            string path = Root;
            string? next = null;
            for (int k = 0; k < parts.Length && next is null; k++)
            {
                if (parts[k] is "" or ".")
                {
                    continue;
                }

                path = Path.Combine(path, parts[k]);
                string? link;
                try
                {
                    link = new FileInfo(path).LinkTarget; // readlink(2) on the link only: no stat of its target
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    return null;
                }

                if (link is null)
                {
                    continue;
                }

                string target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, link));
                if (!IsUnder(target))
                {
                    return null;
                }

                string rest = string.Join(Path.DirectorySeparatorChar.ToString(), parts.Skip(k + 1));
                next = rest.Length == 0 ? target : Path.Combine(target, rest);
            }

            if (next is null)
            {
                return current;
            }

            current = next;
        }

        return null; // a loop of links
#else
        // netstandard2.0 cannot read a link's target, so any link counts as outside the tree: never read through it.
        try
        {
            FileSystemInfo info = new FileInfo(full);
            return (info.Attributes & FileAttributes.ReparsePoint) == 0 ? full : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
#endif
    }

    private bool IsUnder(string full) =>
        full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || full == Root;

    private string Relative(string full) => Path.GetRelativePath(Root, full).Replace('\\', '/');

#if NET
    // Entries typed by the kernel: a symbolic link is listed by its name (a cited link is resolved and checked
    // later, by Confine) and never stat'ed here, whatever it points to.
    private void IndexEntries(string folder, List<NativeDirectory.Entry> entries, int depth)
    {
        foreach (NativeDirectory.Entry entry in entries)
        {
            string path = Path.Combine(folder, entry.Name);
            if (entry.Type == NativeDirectory.Folder)
            {
                if (Skipped.Contains(entry.Name))
                {
                    continue;
                }

                _paths.Add(Relative(path));
                _folders.Add(Relative(path));
                Index(path, depth + 1);
            }
            else if (entry.Type is NativeDirectory.File or NativeDirectory.Link)
            {
                AddFile(path);
            }
        }
    }
#endif

    private void AddFile(string file)
    {
        string relative = Relative(file);
        _paths.Add(relative);
        string name = Path.GetFileName(file);
        if (!_byName.TryGetValue(name, out List<string>? list))
        {
            _byName[name] = list = [];
        }

        list.Add(relative);
    }

    private void Index(string folder, int depth)
    {
        if (_paths.Count >= MaxEntries || depth > 32)
        {
            return;
        }

#if NET
        if (NativeDirectory.IsSupported && NativeDirectory.Read(folder) is { } entries && !entries.Exists(e => e.Type == NativeDirectory.Unknown))
        {
            IndexEntries(folder, entries, depth);
            return;
        }
#endif

        try
        {
            foreach (string file in Directory.EnumerateFiles(folder))
            {
                AddFile(file);
            }

            foreach (string sub in Directory.EnumerateDirectories(folder))
            {
                string name = Path.GetFileName(sub);
                if (Skipped.Contains(name) || (new DirectoryInfo(sub).Attributes & FileAttributes.ReparsePoint) != 0)
                {
                    continue;
                }

                _paths.Add(Relative(sub));
                _folders.Add(Relative(sub));
                Index(sub, depth + 1);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // An unreadable folder is simply not indexed.
        }
    }
}
