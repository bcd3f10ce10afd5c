using ReportLint.Configuration;
using ReportLint.IO;

namespace ReportLint.Cli;

/// <summary>A file to lint, or the reason a path could not be used; <see cref="Reader"/> reads it (its roots, links and limit).</summary>
internal sealed record InputFile(string Path, string DisplayPath, bool IsStandardInput = false, bool IsExplicit = false, bool IsConfiguration = false,
    SafeFileReader? Reader = null)
{
    /// <summary>The reader of a file named without one (tests): its repository's, or its folder's.</summary>
    public SafeFileReader ReaderOrDefault => Reader ?? SafeFileReader.ForRepositoryOf(Path);
}

/// <summary>Expands the paths given on the command line into the files to lint, in a stable order.</summary>
internal static class InputFiles
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.Ordinal) { ".git", "node_modules", "bin", "obj" };

    // The endings of the names collected, in any case (README.MD, notes.Markdown).
    private static readonly string[] MarkdownEndings = [".md", ".markdown"];
    private static readonly string[] TextEndings = [".txt"];

    /// <summary>
    /// Folders give every <c>*.md</c> and <c>*.markdown</c> (in any case) below them (hidden folders, <c>node_modules</c>, <c>bin</c>
    /// and <c>obj</c> skipped), or their <c>*.txt</c> files when they hold no Markdown file; a file named explicitly is
    /// taken whatever its extension. A repository is untrusted: only regular files are taken (a FIFO, device or socket
    /// is never opened), and a symbolic link only when it resolves inside the repository that holds the path (the
    /// folder holding <c>.git</c>), or outside one inside the folder checked, unless <paramref name="followSymbolicLinks"/>.
    /// A path named on the command line that cannot be taken is an error; a file found in a folder that cannot be is
    /// skipped with a note. A path with a wildcard that names no file is a glob (<c>docs/**/*.md</c>); files matching
    /// one of <paramref name="ignore"/> (globs, relative to the current folder) are left out.
    /// </summary>
    public static List<InputFile> Expand(IEnumerable<string> paths, List<string> errors, List<string>? notes = null, bool followSymbolicLinks = false,
        IReadOnlyCollection<string>? ignore = null)
    {
        var files = new List<InputFile>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string path in paths)
        {
            if (IsGlob(path) && !File.Exists(path) && !Directory.Exists(path))
            {
                ExpandGlob(path, files, seen, errors, notes ?? [], followSymbolicLinks);
                continue;
            }

            string full;
            try
            {
                full = System.IO.Path.GetFullPath(path);
            }
            catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
            {
                errors.Add($"{path}: not a path ({ex.Message}).");
                continue;
            }

            SafeFileReader reader = SafeFileReader.ForRepositoryOf(full, followSymbolicLinks);
            FileCheck check = reader.Check(full);
            if (check.CanRead)
            {
                Add(files, seen, full, path, reader, isExplicit: true);
            }
            else if (check.Kind == FileKind.Directory && check.Target is { } folder)
            {
                ExpandFolder(path, folder, reader, files, seen, errors, notes ?? []);
            }
            else if (check.Refusal == FileRefusal.Missing && !check.ThroughLink)
            {
                errors.Add($"{path}: no such file or folder.");
            }
            else
            {
                errors.Add($"{path}: {check.Problem}{FollowHint(check)}.");
            }
        }

        if (ignore is { Count: > 0 })
        {
            files.RemoveAll(f => IsIgnored(f.Path, ignore));
        }

        return files;
    }

    private static bool IsGlob(string path) => path.AsSpan().IndexOfAny("*?[{") >= 0;

    // --ignore GLOB: matched, as the "ignore" globs of .reportlint.json are, against the path relative to the current
    // folder (a pattern without '/' matches a name at any depth).
    private static bool IsIgnored(string full, IReadOnlyCollection<string> ignore)
    {
        string relative = System.IO.Path.GetRelativePath(Environment.CurrentDirectory, full).Replace('\\', '/');
        foreach (string glob in ignore)
        {
            if (Glob.IsMatch(glob, relative) || Glob.IsMatch(glob, full.Replace('\\', '/')))
            {
                return true;
            }
        }

        return false;
    }

    // A glob ("docs/**/*.md"): the folder before its first wildcard is walked as a folder is (hidden folders,
    // node_modules, bin and obj skipped; only regular files and links inside the roots), and every file whose path
    // below it matches the rest of the pattern is taken, whatever its extension. Matching is linear (Glob: no
    // backtracking).
    private static void ExpandGlob(string pattern, List<InputFile> files, HashSet<string> seen, List<string> errors, List<string> notes, bool followSymbolicLinks)
    {
        string normalized = pattern.Replace('\\', '/');
        string[] segments = normalized.Split('/');
        int first = Array.FindIndex(segments, s => IsGlob(s));
        string prefix = string.Join('/', segments[..first]);
        string rest = string.Join('/', segments[first..]);
        string folder;
        try
        {
            folder = System.IO.Path.GetFullPath(prefix.Length > 0 ? prefix : normalized.StartsWith('/') ? "/" : ".");
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            errors.Add($"{pattern}: not a path ({ex.Message}).");
            return;
        }

        SafeFileReader reader = SafeFileReader.ForRepositoryOf(folder, followSymbolicLinks);
        FileCheck check = reader.Check(folder);
        if (check.Kind != FileKind.Directory || check.Target is not { } target)
        {
            errors.Add($"{pattern}: no files match (no folder {(prefix.Length == 0 ? "." : prefix)}).");
            return;
        }

        var found = new List<string>();
        var skipped = new List<string>();
        Collect(target, reader, found, skipped, errors, null);
        found.RemoveAll(f => !Glob.IsMatch("/" + rest, System.IO.Path.GetRelativePath(target, f).Replace('\\', '/')));
        skipped.RemoveAll(f => !Glob.IsMatch("/" + rest, System.IO.Path.GetRelativePath(target, f.Split('\0')[0]).Replace('\\', '/')));
        skipped.Sort(StringComparer.Ordinal);
        foreach (string note in skipped)
        {
            notes.Add(Display(prefix, target, note.Split('\0')[0]) + ": " + note.Split('\0')[1]);
        }

        if (found.Count == 0)
        {
            errors.Add($"{pattern}: no files match.");
            return;
        }

        found.Sort(StringComparer.Ordinal);
        foreach (string file in found)
        {
            Add(files, seen, file, Display(prefix, target, file), reader);
        }
    }

    /// <summary>What to add to a refusal that <c>--follow-symlinks</c> would lift.</summary>
    public static string FollowHint(FileCheck check) => check.Refusal == FileRefusal.Outside ? " (--follow-symlinks reads it)" : "";

    private static void ExpandFolder(string path, string folder, SafeFileReader reader, List<InputFile> files, HashSet<string> seen, List<string> errors, List<string> notes)
    {
        var found = new List<string>();
        var skipped = new List<string>();
        Collect(folder, reader, found, skipped, errors, MarkdownEndings);
        if (found.Count == 0)
        {
            // A folder of plain-text reports (as status reports are often saved) is linted as such.
            skipped.Clear();
            Collect(folder, reader, found, skipped, errors, TextEndings);
            if (found.Count > 0)
            {
                notes.Add($"{path}: no Markdown files here; linting its {found.Count} *.txt file(s) as Markdown.");
            }
        }

        skipped.Sort(StringComparer.Ordinal);
        foreach (string note in skipped)
        {
            notes.Add(Display(path, folder, note.Split('\0')[0]) + ": " + note.Split('\0')[1]);
        }

        if (found.Count == 0)
        {
            errors.Add($"{path}: no reports in this folder (no *.md, *.markdown or *.txt file).");
        }

        found.Sort(StringComparer.Ordinal);
        foreach (string file in found)
        {
            Add(files, seen, file, Display(path, folder, file), reader);
        }
    }

    private static string Display(string path, string folder, string file) =>
        path.Length == 0 ? System.IO.Path.GetRelativePath(folder, file) : System.IO.Path.Join(path, System.IO.Path.GetRelativePath(folder, file));

    private static void Add(List<InputFile> files, HashSet<string> seen, string full, string display, SafeFileReader reader, bool isExplicit = false)
    {
        if (seen.Add(full))
        {
            files.Add(new InputFile(full, display, IsExplicit: isExplicit, Reader: reader));
        }
    }

    private static bool EndsWithAny(string name, string[]? endings)
    {
        if (endings is null)
        {
            return true;
        }

        // README.MD and notes.Markdown are Markdown too, on every file system.
        foreach (string ending in endings)
        {
            if (name.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // One read of each folder gives its entries with their types, as the folder lists them: a symbolic link is not
    // looked through here. A subfolder is read unless hidden, skipped by name, or a link (a link may lead back up the
    // tree, or out of it); a file that is a link is taken when it resolves to a regular file inside the roots; a FIFO,
    // device or socket is never opened. What is skipped is noted ("path\0why").
    private static void Collect(string folder, SafeFileReader reader, List<string> found, List<string> skipped, List<string> errors, string[]? endings)
    {
        IReadOnlyList<FolderEntry> entries;
        try
        {
            entries = SafeFileReader.ReadFolder(folder);
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            errors.Add($"{folder}: cannot read this folder ({ex.Message}).");
            return;
        }

        var subfolders = new List<string>();
        foreach (FolderEntry entry in entries)
        {
            string path = System.IO.Path.Combine(folder, entry.Name);
            if (entry.Kind == FileKind.Directory)
            {
                if (!entry.Name.StartsWith('.') && !SkippedFolders.Contains(entry.Name))
                {
                    subfolders.Add(path);
                }

                continue;
            }

            if (!EndsWithAny(entry.Name, endings))
            {
                continue;
            }

            if (entry.Kind == FileKind.Regular)
            {
                found.Add(path);
                continue;
            }

            // A link, or a FIFO, device or socket: looked at (never opened) for what it is or leads to.
            FileCheck check = reader.Check(path);
            if (check.CanRead)
            {
                found.Add(path);
            }
            else if (check.Kind != FileKind.Directory)
            {
                skipped.Add(path + "\0" + check.Problem + FollowHint(check) + ".");
            }
        }

        subfolders.Sort(StringComparer.Ordinal);
        foreach (string sub in subfolders)
        {
            Collect(sub, reader, found, skipped, errors, endings);
        }
    }
}
