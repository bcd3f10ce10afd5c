using System.Collections.Concurrent;
using ReportLint.IO;

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
        Reader = new SafeFileReader([root]);
        Index(root, 0);
    }

    /// <summary>The root of the working tree (the folder holding <c>.git</c>), with no trailing separator.</summary>
    public string Root { get; }

    /// <summary>
    /// Reads the tree's files: regular files only, through symbolic links only when they stay inside the tree (each link
    /// read and its target checked before anything is done with the target: a link that leads out is refused without
    /// touching what it points to).
    /// </summary>
    public SafeFileReader Reader { get; }

    /// <summary>The working tree holding <paramref name="reportPath"/>, or null when it is not in one.</summary>
    public static RepositoryFiles? For(string reportPath)
    {
        string? folder = Path.GetDirectoryName(Path.GetFullPath(reportPath));
        if (folder is null)
        {
            return null;
        }

        DateTime now = DateTime.UtcNow;
        if (RootOf(folder, now) is not { } root)
        {
            return null;
        }

        Stamped<Lazy<RepositoryFiles>> Fresh(string top) => new(now, new Lazy<RepositoryFiles>(() => new RepositoryFiles(top)));
        return Cache.AddOrUpdate(root, Fresh, (top, old) => now - old.Made < Lifetime ? old : Fresh(top)).Value.Value;
    }

    // The nearest folder at or above this one that holds .git, or null: the folder itself, or its parent's. Each folder
    // is looked at once while its answer is fresh, however many folders below it hold reports.
    private static string? RootOf(string folder, DateTime now)
    {
        if (Roots.TryGetValue(folder, out Stamped<string?>? known) && now - known.Made < Lifetime)
        {
            return known.Value;
        }

        string? root = SafeFileReader.IsRepositoryRoot(folder) ? folder : Path.GetDirectoryName(folder) is { } parent ? RootOf(parent, now) : null;
        Roots[folder] = new Stamped<string?>(now, root);
        return root;
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

    private bool IsUnder(string full) =>
        full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || full == Root;

    private string Relative(string full) => Path.GetRelativePath(Root, full).Replace('\\', '/');

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

    // Entries as the folder lists them (SafeFileReader.ReadFolder): a symbolic link is indexed by its name (a cited
    // link is resolved and checked later, by Reader) and never looked through here, whatever it points to.
    private void Index(string folder, int depth)
    {
        if (_paths.Count >= MaxEntries || depth > 32)
        {
            return;
        }

        IReadOnlyList<FolderEntry> entries;
        try
        {
            entries = SafeFileReader.ReadFolder(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // An unreadable folder is simply not indexed.
            return;
        }

        foreach (FolderEntry entry in entries)
        {
            string path = Path.Combine(folder, entry.Name);
            if (entry.Kind == FileKind.Directory)
            {
                if (Skipped.Contains(entry.Name))
                {
                    continue;
                }

                _paths.Add(Relative(path));
                _folders.Add(Relative(path));
                Index(path, depth + 1);
            }
            else if (entry.Kind is FileKind.Regular or FileKind.SymbolicLink)
            {
                AddFile(path);
            }
        }
    }
}
