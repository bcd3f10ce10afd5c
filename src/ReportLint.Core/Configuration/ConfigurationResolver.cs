using System.Collections.Concurrent;
using ReportLint.Analysis;

namespace ReportLint.Configuration;

/// <summary>The configuration in force for one file.</summary>
public sealed record ResolvedConfiguration(AnalysisOptions Options, IReadOnlyList<string>? Languages, bool IsIgnored, string? IgnoredBy)
{
    /// <summary>Files with equal keys can share one linter.</summary>
    public string Key => Options.Fingerprint + "|" + string.Join(",", Languages ?? []);
}

/// <summary>A configuration file and the problems found in it.</summary>
public sealed record ConfigFileReport(string Path, byte[] Bytes, IReadOnlyList<ConfigProblem> Problems);

/// <summary>
/// Finds the configuration of each linted file. In increasing precedence: the <c>.editorconfig</c> severities of the
/// sections matching the file; every <c>.reportlint.json</c> from the repository root (the folder holding
/// <c>.git</c>) down to the file's folder, nearer overriding farther, each after the file it <c>extends</c>; and the
/// file given with <c>--config</c>. Inline <c>reportlint-configure-file</c> comes last, when the file is linted.
/// </summary>
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

    /// <summary>Creates a resolver; <paramref name="explicitConfig"/> is the <c>--config</c> file, if any.</summary>
    public ConfigurationResolver(RuleCatalog catalog, string? explicitConfig = null, AnalysisOptions? baseOptions = null,
        IReadOnlyCollection<string>? languages = null)
    {
        _catalog = catalog;
        _languages = languages ?? ["en", "fr"];
        _explicitConfig = explicitConfig is null ? null : Path.GetFullPath(explicitConfig);
        _baseOptions = baseOptions ?? AnalysisOptions.Default;
    }

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

        // .editorconfig: from the nearest root=true file down to the file's folder.
        var editorConfigs = new List<(string Path, EditorConfig.File File)>();
        foreach (string dir in ParentsUpToFilesystemRoot(folder))
        {
            string path = Path.Combine(dir, ".editorconfig");
            EditorConfig.File? file = _editorConfigs.GetOrAdd(path, p => File.Exists(p) ? EditorConfig.Parse(Path.GetDirectoryName(p)!, File.ReadAllText(p)) : null);
            if (file is not null)
            {
                editorConfigs.Add((path, file));
                if (file.IsRoot)
                {
                    break;
                }
            }
        }

        // Outermost first.
        for (int k = editorConfigs.Count - 1; k >= 0; k--)
        {
            (string path, EditorConfig.File file) = editorConfigs[k];
            var problems = new List<ConfigProblem>();
            EditorConfig.Apply(file, fullPath, _catalog, builder, path, problems);
            Record(path, problems);
        }

        IReadOnlyList<string>? languages = null;
        string? ignoredBy = null;
        // The configuration files of a folder, outermost first: looked up once per folder, not once per file.
        var chain = _chains.GetOrAdd(folder, f => FoldersUpToRoot(f).Select(d => Path.Combine(d, FileName)).Where(File.Exists).Reverse().ToArray()).ToList();
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
                string relative = Path.GetRelativePath(Path.GetDirectoryName(loaded.Path)!, fullPath).Replace('\\', '/');
                if (ignoredBy is null && !relative.StartsWith("..", StringComparison.Ordinal) &&
                    loaded.Settings.Ignore.FirstOrDefault(g => Glob.IsMatch(g, relative)) is { } glob)
                {
                    ignoredBy = $"{loaded.Path}: \"{glob}\"";
                }
            }
        }

        return new ResolvedConfiguration(builder.Build(), languages, ignoredBy is not null, ignoredBy);
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
            string target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, extends));
            if (visiting.Contains(target))
            {
                Record(path, [new ConfigProblem(path, 1, 1, $"'extends' makes a cycle through '{extends}'; it is ignored.")]);
            }
            else if (!File.Exists(target))
            {
                Record(path, [new ConfigProblem(path, 1, 1, $"'extends' names '{extends}', which does not exist.")]);
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
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(p);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Record(p, [new ConfigProblem(p, 1, 1, $"Cannot read the configuration ({ex.Message}).")]);
            return null;
        }

        var problems = new List<ConfigProblem>();
        ConfigFileSettings settings = ConfigReader.Apply(bytes, p, _catalog, new AnalysisOptions.Builder(), problems, knownLanguages: _languages);
        _reports[p] = new ConfigFileReport(p, bytes, problems);
        return new Loaded(p, bytes, settings);
    });

    private void Record(string path, List<ConfigProblem> problems)
    {
        if (problems.Count == 0)
        {
            return;
        }

        _reports.AddOrUpdate(path,
            p => new ConfigFileReport(p, File.Exists(p) ? File.ReadAllBytes(p) : [], problems),
            (_, old) => old with { Problems = old.Problems.Concat(problems).DistinctBy(x => (x.Line, x.Column, x.Message)).ToList() });
    }

    // From the file's folder up to the repository root (the folder holding .git), or the filesystem root.
    private static List<string> FoldersUpToRoot(string folder)
    {
        var list = new List<string>();
        for (string? dir = folder; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            list.Add(dir);
            if (Directory.Exists(Path.Combine(dir, ".git")) || File.Exists(Path.Combine(dir, ".git")))
            {
                break;
            }
        }

        return list;
    }

    private static List<string> ParentsUpToFilesystemRoot(string folder)
    {
        var list = new List<string>();
        for (string? dir = folder; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            list.Add(dir);
        }

        return list;
    }

    private sealed record Loaded(string Path, byte[] Bytes, ConfigFileSettings Settings);
}
