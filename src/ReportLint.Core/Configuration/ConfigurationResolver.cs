using System.Collections.Concurrent;
using ReportLint.Analysis;
using ReportLint.Diagnostics;
using ReportLint.IO;
using ReportLint.Text;

namespace ReportLint.Configuration;

/// <summary>The configuration in force for one file.</summary>
public sealed record ResolvedConfiguration(AnalysisOptions Options, IReadOnlyList<string>? Languages, bool IsIgnored, string? IgnoredBy)
{
    /// <summary>Files with equal keys can share one linter.</summary>
    public string Key => Options.Fingerprint + "|" + string.Join(",", Languages ?? []);

    /// <summary>
    /// The baseline file (a full path) named by the nearest configuration that sets <c>"baseline"</c>, resolved against
    /// that configuration's folder; null when none does.
    /// </summary>
    public string? Baseline { get; init; }
}

/// <summary>A configuration file and the problems found in it.</summary>
public sealed record ConfigFileReport(string Path, byte[] Bytes, IReadOnlyList<ConfigProblem> Problems);

/// <summary>
/// Finds the configuration of each linted file. In increasing precedence: the <c>.editorconfig</c> severities of the
/// sections matching the file; every <c>.reportlint.json</c> from the repository root (the folder holding
/// <c>.git</c>) down to the file's folder, nearer overriding farther, each after the file it <c>extends</c>; and the
/// file given with <c>--config</c>. Inline <c>reportlint-configure-file</c> comes last, when the file is linted.
/// </summary>
/// <remarks>
/// A repository's configuration files are as untrusted as its reports: each is read through a
/// <see cref="SafeFileReader"/> (regular files only, 256 MB at most, a symbolic link only when it stays inside the
/// repository), and <c>extends</c> names a file inside the repository or the folder of the configuration that names
/// it, or nothing (RL0002, which never quotes what another file holds). Outside any repository, a configuration file's
/// links stay inside its own folder. Files above the repository root (an <c>.editorconfig</c> in a home folder) belong
/// to the machine, not the repository: their links are followed, as regular files with the same limit.
/// </remarks>
public sealed class ConfigurationResolver
{
    /// <summary>The configuration file name looked for in each folder.</summary>
    public const string FileName = ".reportlint.json";

    private readonly RuleCatalog _catalog;
    private readonly IReadOnlyCollection<string> _languages;
    private readonly string? _explicitConfig;
    private readonly AnalysisOptions _baseOptions;
    private readonly ConcurrentDictionary<string, Loaded?> _configs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, EditorConfig.File?> _editorConfigs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConfigFileReport> _reports = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string[]> _chains = new(StringComparer.Ordinal);

    // The .editorconfig files that apply in a folder, nearest first, up to the nearest root=true one.
    private readonly ConcurrentDictionary<string, EditorConfigAt[]> _editorChains = new(StringComparer.Ordinal);

    private sealed record EditorConfigAt(string Path, EditorConfig.File File);

    // Its own file, if any, then (unless that file says root=true) its parent's chain: each folder is looked at once,
    // however many files and sub-folders it holds, not once for every folder below it.
    private EditorConfigAt[] EditorConfigsOf(string folder)
    {
        if (_editorChains.TryGetValue(folder, out EditorConfigAt[]? known))
        {
            return known;
        }

        string path = Path.Combine(folder, ".editorconfig");
        EditorConfig.File? file = _editorConfigs.GetOrAdd(path, p => Exists(p) && TryRead(p, "the .editorconfig") is { } bytes
            ? EditorConfig.Parse(Path.GetDirectoryName(p)!, SourceText.FromBytes(bytes).Text)
            : null);
        EditorConfigAt[] outer = file is { IsRoot: true } || Path.GetDirectoryName(folder) is not { } parent ? [] : EditorConfigsOf(parent);
        EditorConfigAt[] chain = file is null ? outer : [new EditorConfigAt(path, file), .. outer];
        return _editorChains.GetOrAdd(folder, chain);
    }

    private readonly ConcurrentDictionary<string, string?> _repositories = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SafeFileReader> _readers = new(StringComparer.Ordinal);

    /// <summary>Creates a resolver; <paramref name="explicitConfig"/> is the <c>--config</c> file, if any.</summary>
    public ConfigurationResolver(RuleCatalog catalog, string? explicitConfig = null, AnalysisOptions? baseOptions = null,
        IReadOnlyCollection<string>? languages = null)
    {
        _catalog = catalog;
        _languages = languages ?? ["en", "fr"];
        _explicitConfig = explicitConfig is null ? null : Path.GetFullPath(explicitConfig);
        _baseOptions = baseOptions ?? AnalysisOptions.Default;
    }

    /// <summary>
    /// Whether symbolic links among configuration files are followed wherever they lead (<c>--follow-symlinks</c>); by
    /// default a link is followed only inside the repository. <c>extends</c> stays inside the repository either way.
    /// </summary>
    public bool FollowSymbolicLinks { get; set; }

    /// <summary>Every configuration file read so far that had problems.</summary>
    public IReadOnlyList<ConfigFileReport> Problems => _reports.Values.Where(r => r.Problems.Count > 0).OrderBy(r => r.Path, StringComparer.Ordinal).ToList();

    /// <summary>
    /// Every configuration file read so far, full paths in ordinal order: the <c>.editorconfig</c> and
    /// <c>.reportlint.json</c> files found, the files they <c>extends</c>, and the explicit one. What a result depends on
    /// besides the report, so a build can run again when one of them changes.
    /// </summary>
    public IReadOnlyList<string> FilesRead =>
        _configs.Keys.Concat(_editorConfigs.Where(e => e.Value is not null).Select(e => e.Key))
            .Distinct(StringComparer.Ordinal).OrderBy(p => p, StringComparer.Ordinal).ToList();

    /// <summary>The configuration of a file (a full path).</summary>
    public ResolvedConfiguration Resolve(string fullPath)
    {
        string folder = Path.GetDirectoryName(fullPath)!;
        AnalysisOptions.Builder builder = _baseOptions.ToBuilder();
        var discard = new List<ConfigProblem>();

        // .editorconfig: from the nearest root=true file down to the file's folder; found once per folder, not once per
        // file (a walk to the filesystem's root with a lookup per folder, for every file).
        EditorConfigAt[] editorConfigs = EditorConfigsOf(folder);

        // Outermost first.
        for (int k = editorConfigs.Length - 1; k >= 0; k--)
        {
            (string path, EditorConfig.File file) = (editorConfigs[k].Path, editorConfigs[k].File);
            var problems = new List<ConfigProblem>();
            EditorConfig.Apply(file, fullPath, _catalog, builder, path, problems);
            Record(path, problems);
        }

        IReadOnlyList<string>? languages = null;
        string? ignoredBy = null;
        string? baseline = null;
        // The configuration files of a folder, outermost first: looked up once per folder, not once per file.
        var chain = ConfigurationsOf(folder).ToList();
        if (_explicitConfig is not null)
        {
            chain.Add(_explicitConfig);
        }

        foreach (string config in chain)
        {
            foreach (Loaded loaded in Expand(config, []))
            {
                ConfigReader.Apply(loaded.Bytes, loaded.Path, _catalog, builder, discard, knownLanguages: _languages);
                languages = loaded.Settings.Languages ?? languages;
                baseline = loaded.Settings.Baseline is { } named ? BaselinePath(loaded.Path, named) ?? baseline : baseline;
                string relative = Path.GetRelativePath(Path.GetDirectoryName(loaded.Path)!, fullPath).Replace('\\', '/');
                if (ignoredBy is null && !relative.StartsWith("..", StringComparison.Ordinal) &&
                    loaded.Settings.Ignore.FirstOrDefault(g => Glob.IsMatch(g, relative)) is { } glob)
                {
                    ignoredBy = $"{loaded.Path}: \"{glob}\"";
                }
            }
        }

        return new ResolvedConfiguration(builder.Build(), languages, ignoredBy is not null, ignoredBy) { Baseline = baseline };
    }

    // A baseline named by a configuration file, relative to its folder; null when it is not a path.
    private static string? BaselinePath(string configPath, string named)
    {
        try
        {
            return Path.GetFullPath(Path.Combine(Path.GetDirectoryName(configPath)!, named));
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }
    }

    // A configuration and the files it extends, base first; cycles and missing files are problems.
    private IEnumerable<Loaded> Expand(string path, HashSet<string> visiting)
    {
        Loaded? loaded = Load(path);
        if (loaded is null || !visiting.Add(path))
        {
            yield break;
        }

        if (loaded.Settings.Extends is { } extends)
        {
            string folder = Path.GetDirectoryName(path)!;
            string? target = ExtendsTarget(folder, extends);
            string? repository = target is null ? null : RepositoryOf(folder);
            if (target is null)
            {
                Record(path, [new ConfigProblem(path, 1, 1, EngineRules.ExtendsNotPath, extends)]);
            }
            else if (!IsUnder(target, folder) && (repository is null || !IsUnder(path, repository) || !IsUnder(target, repository)))
            {
                // Never read, so never quoted: only the repository (or, outside one, this file's folder) is read.
                string where = repository is not null && IsUnder(path, repository) ? $"the repository ({repository})" : $"this file's folder ({folder})";
                Record(path, [new ConfigProblem(path, 1, 1, EngineRules.ExtendsOutside, extends, where)]);
            }
            else if (visiting.Contains(target))
            {
                Record(path, [new ConfigProblem(path, 1, 1, EngineRules.ExtendsCycle, extends)]);
            }
            else if (!Exists(target))
            {
                Record(path, [new ConfigProblem(path, 1, 1, EngineRules.ExtendsMissing, extends)]);
            }
            else if (Reader(path, extendsFrom: true).Check(target) is { CanRead: false } refused)
            {
                Record(path, [new ConfigProblem(path, 1, 1, EngineRules.ExtendsNotRead, extends, refused.Problem!)]);
            }
            else
            {
                foreach (Loaded parent in Expand(target, visiting))
                {
                    yield return parent;
                }
            }
        }

        visiting.Remove(path);
        yield return loaded;
    }

    private Loaded? Load(string path) => _configs.GetOrAdd(path, p =>
    {
        if (TryRead(p, "the configuration") is not { } bytes)
        {
            return null;
        }

        var problems = new List<ConfigProblem>();
        ConfigFileSettings settings = ConfigReader.Apply(bytes, p, _catalog, new AnalysisOptions.Builder(), problems, knownLanguages: _languages);
        _reports[p] = new ConfigFileReport(p, bytes, problems);
        return new Loaded(p, bytes, settings);
    });

    private void Record(string path, List<ConfigProblem> problems, byte[]? bytes = null)
    {
        if (problems.Count == 0)
        {
            return;
        }

        _reports.AddOrUpdate(path,
            p => new ConfigFileReport(p, bytes ?? ReadQuietly(p), problems),
            (_, old) => old with { Problems = old.Problems.Concat(problems).DistinctBy(x => (x.Line, x.Column, x.Message)).ToList() });
    }

    // The configuration files that apply in a folder, outermost first: its parent's, up to the repository's root (the
    // folder holding .git) or the filesystem's, then its own. Each folder is looked at once (two lookups), however
    // many files and sub-folders it holds, not once for every folder below it.
    private string[] ConfigurationsOf(string folder)
    {
        if (_chains.TryGetValue(folder, out string[]? known))
        {
            return known;
        }

        string[] outer = SafeFileReader.IsRepositoryRoot(folder) || Path.GetDirectoryName(folder) is not { } parent ? [] : ConfigurationsOf(parent);
        string own = Path.Combine(folder, FileName);
        return _chains.GetOrAdd(folder, Exists(own) ? [.. outer, own] : outer);
    }

    // Whether something is there, looked at without following a link (a link to a device is not stat'ed through).
    private static bool Exists(string path) => NativeFiles.Get(path, follow: false).Kind != FileKind.Missing;

    // The file 'extends' names, from the folder of the file that names it, or null when it is no path at all.
    private static string? ExtendsTarget(string folder, string extends)
    {
        try
        {
            return extends.Length == 0 || extends.IndexOf('\0') >= 0 ? null : Path.GetFullPath(Path.Combine(folder, extends));
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }
    }

    private string? RepositoryOf(string folder) => _repositories.GetOrAdd(folder, SafeFileReader.FindRepositoryRoot);

    // The reader of a configuration file: confined to its repository when it is in one; outside any repository, to its
    // own folder; above a repository's root (the machine's own files), following links. The files 'extends' names
    // are read as the repository's (or as the folder's, for a file outside one).
    private SafeFileReader Reader(string file, bool extendsFrom = false)
    {
        string folder = Path.GetDirectoryName(file)!;
        string? repository = RepositoryOf(folder);
        (string root, bool follow) = repository is not null && IsUnder(file, repository) ? (repository, FollowSymbolicLinks)
            : repository is null || extendsFrom ? (folder, FollowSymbolicLinks)
            : (folder, true);
        return _readers.GetOrAdd((follow ? "+" : "-") + root, _ => new SafeFileReader([root], follow));
    }

    // A configuration file's bytes, or null after recording why it was not read.
    private byte[]? TryRead(string path, string what)
    {
        try
        {
            return Reader(path).ReadAllBytes(path);
        }
        catch (FileRefusedException ex)
        {
            Record(path, [new ConfigProblem(path, 1, 1, EngineRules.ConfigurationNotRead, what, ex.Check.Problem!)], bytes: []);
            return null;
        }
    }

    private byte[] ReadQuietly(string path)
    {
        try
        {
            return Reader(path).ReadAllBytes(path);
        }
        catch (FileRefusedException)
        {
            return [];
        }
    }

    private static bool IsUnder(string path, string folder) =>
        path.Length == folder.Length ? string.Equals(path, folder, StringComparison.Ordinal)
            : path.StartsWith(folder, StringComparison.Ordinal) && (folder.EndsWith(Path.DirectorySeparatorChar) || path[folder.Length] == Path.DirectorySeparatorChar);

    private sealed record Loaded(string Path, byte[] Bytes, ConfigFileSettings Settings);
}
