using ReportLint.Configuration;
using ReportLint.Rules;

namespace ReportLint.Cli.Lsp;

/// <summary>
/// The command line's configuration, for each open document: <see cref="ConfiguredLinters"/> resolves the
/// <c>.editorconfig</c> and <c>.reportlint.json</c> files (and what they <c>extends</c>) above a document's path. The
/// resolver caches what it read, so when one of those files changes the whole set is dropped and built again
/// (<see cref="Reset"/>); changes are learnt from the client (<c>workspace/didChangeWatchedFiles</c>, a saved
/// configuration file) and, for clients that watch no files, by comparing the files' sizes and times before each lint.
/// </summary>
internal sealed class LspConfiguration
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, (long Length, DateTime Written)> _stamps = new(StringComparer.Ordinal);
    private ConfiguredLinters _linters = new();

    /// <summary>Counts resets: a lint under an older generation is stale.</summary>
    public int Generation { get; private set; }

    /// <summary>The workspace folders (full paths), in the order the client gave them.</summary>
    public IReadOnlyList<string> Folders { get; set; } = [];

    /// <summary>
    /// The linter for a document (by path; untitled buffers take the first workspace folder's configuration, or the
    /// defaults), or null and what ignores it.
    /// </summary>
    public (ReportLinter? Linter, string? IgnoredBy, int Generation) For(string? path)
    {
        lock (_lock)
        {
            ConfiguredLinters linters = _linters;
            int generation = Generation;
            string? resolved = path ?? (Folders.Count > 0 ? System.IO.Path.Combine(Folders[0], "untitled.md") : null);
            if (resolved is null)
            {
                return (linters.Default, null, generation);
            }

            (ReportLinter? linter, string? ignoredBy) = linters.For(resolved);
            return (linter, ignoredBy, generation);
        }
    }

    /// <summary>Drops what was read: the next lint reads every configuration file again.</summary>
    public void Reset()
    {
        lock (_lock)
        {
            _linters = new ConfiguredLinters();
            Generation++;
            // Looked at afresh: what changed is read by the new linters, and is no change to them.
            _stamps.Clear();
        }
    }

    /// <summary>Whether a path is a configuration file: by its name, or because a configuration <c>extends</c> it.</summary>
    public bool IsConfigurationFile(string path)
    {
        string name = System.IO.Path.GetFileName(path);
        if (name is ConfigurationResolver.FileName or ".editorconfig")
        {
            return true;
        }

        lock (_lock)
        {
            return _linters.Resolver.FilesRead.Contains(path, StringComparer.Ordinal);
        }
    }

    /// <summary>The configuration files read so far (extends-ed ones included).</summary>
    public IReadOnlyList<string> FilesRead
    {
        get
        {
            lock (_lock)
            {
                return _linters.Resolver.FilesRead;
            }
        }
    }

    /// <summary>The configuration files with problems (RL0002), as the command line reports them.</summary>
    public IReadOnlyList<LintResult> Problems()
    {
        lock (_lock)
        {
            return _linters.Resolver.Problems.Select(p => _linters.Default.ReportConfigurationProblems(p.Path, p.Bytes, p.Problems)).ToList();
        }
    }

    /// <summary>
    /// Whether a configuration file that a document at <paramref name="path"/> reads (or would read, were it created)
    /// changed since it was last looked at: a <c>.editorconfig</c> or <c>.reportlint.json</c> in its folder or above,
    /// or a file one of them extends. The first look at a file records it and is no change.
    /// </summary>
    public bool Changed(string? path)
    {
        var candidates = new List<string>();
        for (string? dir = path is null ? null : System.IO.Path.GetDirectoryName(path); dir is not null; dir = System.IO.Path.GetDirectoryName(dir))
        {
            candidates.Add(System.IO.Path.Combine(dir, ".editorconfig"));
            candidates.Add(System.IO.Path.Combine(dir, ConfigurationResolver.FileName));
        }

        bool changed = false;
        lock (_lock)
        {
            candidates.AddRange(_linters.Resolver.FilesRead);
            foreach (string candidate in candidates)
            {
                (long, DateTime) stamp = Stamp(candidate);
                if (_stamps.TryGetValue(candidate, out (long, DateTime) seen) && seen != stamp)
                {
                    changed = true;
                }

                _stamps[candidate] = stamp;
            }
        }

        return changed;
    }

    private static (long Length, DateTime Written) Stamp(string path)
    {
        try
        {
            var info = new FileInfo(path);
            return info.Exists ? (info.Length, info.LastWriteTimeUtc) : (-1, default);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return (-1, default);
        }
    }
}
