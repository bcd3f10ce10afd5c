using System.IO.Enumeration;

namespace ReportLint.Cli;

/// <summary>A file to lint, or the reason a path could not be used.</summary>
internal sealed record InputFile(string Path, string DisplayPath, bool IsStandardInput = false, bool IsExplicit = false, bool IsConfiguration = false);

/// <summary>Expands the paths given on the command line into the files to lint, in a stable order.</summary>
internal static class InputFiles
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.Ordinal) { ".git", "node_modules", "bin", "obj" };

    /// <summary>
    /// Folders give every <c>*.md</c> and <c>*.markdown</c> below them (hidden folders, <c>node_modules</c>, <c>bin</c>
    /// and <c>obj</c> skipped), or their <c>*.txt</c> files when they hold no Markdown file; a file named explicitly is
    /// taken whatever its extension.
    /// </summary>
    public static List<InputFile> Expand(IEnumerable<string> paths, List<string> errors, List<string>? notes = null)
    {
        var files = new List<InputFile>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string path in paths)
        {
            if (File.Exists(path))
            {
                Add(files, seen, path, path, isExplicit: true);
            }
            else if (Directory.Exists(path))
            {
                var found = new List<string>();
                Collect(path, found, errors, MarkdownEndings);
                if (found.Count == 0)
                {
                    // A folder of plain-text reports (as status reports are often saved) is linted as such.
                    Collect(path, found, errors, TextEndings);
                    if (found.Count > 0)
                    {
                        notes?.Add($"{path}: no Markdown files here; linting its {found.Count} *.txt file(s) as Markdown.");
                    }
                }

                if (found.Count == 0)
                {
                    errors.Add($"{path}: no reports in this folder (no *.md, *.markdown or *.txt file).");
                }

                found.Sort(StringComparer.Ordinal);
                foreach (string file in found)
                {
                    Add(files, seen, file, System.IO.Path.Join(path, System.IO.Path.GetRelativePath(path, file)));
                }
            }
            else
            {
                errors.Add($"{path}: no such file or folder.");
            }
        }

        return files;
    }

    // A subfolder is read unless hidden, skipped by name, or a link (a link may lead back up the tree).
    private static bool IsCollected(in FileSystemEntry entry)
    {
        ReadOnlySpan<char> name = entry.FileName;
        return !name.StartsWith(".", StringComparison.Ordinal) && !SkippedFolders.Contains(name.ToString()) &&
            (entry.Attributes & FileAttributes.ReparsePoint) == 0;
    }

    private static bool EndsWithAny(ReadOnlySpan<char> name, string[] endings)
    {
        foreach (string ending in endings)
        {
            if (name.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static void Add(List<InputFile> files, HashSet<string> seen, string path, string display, bool isExplicit = false)
    {
        string full = System.IO.Path.GetFullPath(path);
        if (seen.Add(full))
        {
            files.Add(new InputFile(full, display, IsExplicit: isExplicit));
        }
    }

    // The endings of the names collected (as the patterns *.md, *.markdown and *.txt match on this platform).
    private static readonly string[] MarkdownEndings = [".md", ".markdown"];
    private static readonly string[] TextEndings = [".txt"];

    // One read of each folder gives its files and its subfolders; reading it once per pattern and once more for
    // subfolders, with a status call per subfolder, was a fifth of a large run's serial start.
    private static readonly EnumerationOptions ReadEverything = new() { IgnoreInaccessible = false, AttributesToSkip = 0 };

    private static void Collect(string folder, List<string> found, List<string> errors, string[] endings)
    {
        try
        {
            var subfolders = new List<string>();
            var entries = new FileSystemEnumerable<string>(folder, static (ref FileSystemEntry entry) => entry.ToFullPath(), ReadEverything)
            {
                ShouldIncludePredicate = (ref FileSystemEntry entry) =>
                {
                    if (entry.IsDirectory)
                    {
                        if (IsCollected(entry))
                        {
                            subfolders.Add(entry.ToFullPath());
                        }

                        return false;
                    }

                    return EndsWithAny(entry.FileName, endings);
                },
            };

            foreach (string file in entries)
            {
                found.Add(file);
            }

            foreach (string sub in subfolders)
            {
                Collect(sub, found, errors, endings);
            }
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            errors.Add($"{folder}: cannot read this folder ({ex.Message}).");
        }
    }
}
