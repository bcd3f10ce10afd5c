using ReportLint.Diagnostics;

namespace ReportLint.Configuration;

/// <summary>
/// Severities from <c>.editorconfig</c>, the .NET way: <c>dotnet_diagnostic.RL2001.severity = error</c> in a section
/// whose glob matches the file (<c>[*.md]</c>). Values: error, warning, suggestion, silent, none, default.
/// </summary>
/// <remarks>
/// The file is read as the EditorConfig specification (0.17.2) says: each line trimmed; blank lines and lines that
/// start with <c>;</c> or <c>#</c> ignored; <c>[glob]</c> a section (globs as <see cref="EditorConfigGlob"/> says);
/// <c>key = value</c> split at the first <c>=</c>. There are no inline comments: a <c>#</c> or <c>;</c> after a value
/// is part of the value (a severity written so is reported, not dropped). Two forms Roslyn also reads, which the
/// specification leaves as invalid lines, are accepted: <c>key : value</c> (a line with no <c>=</c>), and a comment
/// after a section header (<c>[*.md] # reports</c>). Other lines are ignored, as the specification's cores do.
/// </remarks>
public static class EditorConfig
{
    /// <summary>A parsed file: whether it is the root, and its sections with their severity settings, in order.</summary>
    public sealed record File(string Folder, bool IsRoot, IReadOnlyList<(string Glob, IReadOnlyList<(string Rule, string Value, int Line)> Settings)> Sections)
    {
        /// <summary>Every pair of every section (key lower-cased, value as written), for the conformance tests.</summary>
        internal IReadOnlyList<(string Glob, IReadOnlyList<(string Key, string Value)> Pairs)> AllPairs { get; init; } = [];
    }

    /// <summary>Parses an .editorconfig file's text.</summary>
    public static File Parse(string folder, string text)
    {
        bool root = false;
        var sections = new List<(string, IReadOnlyList<(string, string, int)>)>();
        var all = new List<(string, IReadOnlyList<(string, string)>)>();
        List<(string, string, int)>? current = null;
        List<(string, string)>? currentPairs = null;
        int lineNumber = 0;
        foreach (string raw in text.Split('\n'))
        {
            lineNumber++;
            string line = (lineNumber == 1 ? raw.TrimStart('\uFEFF') : raw).Trim();
            if (line.Length == 0 || line[0] is '#' or ';')
            {
                continue;
            }

            if (SectionName(line) is { } name)
            {
                current = [];
                currentPairs = [];
                sections.Add((name, current));
                all.Add((name, currentPairs));
                continue;
            }

            int separator = line.IndexOf('=');
            if (separator < 0)
            {
                separator = line.IndexOf(':');
            }

            if (separator <= 0)
            {
                continue;
            }

            string key = line.Substring(0, separator).Trim().ToLowerInvariant();
            string value = line.Substring(separator + 1).Trim();
            if (current is null)
            {
                root |= key == "root" && value.Equals("true", StringComparison.OrdinalIgnoreCase);
                continue;
            }

            currentPairs!.Add((key, value));
            if (key.StartsWith("dotnet_diagnostic.", StringComparison.Ordinal) && key.EndsWith(".severity", StringComparison.Ordinal))
            {
                current.Add((key.Substring("dotnet_diagnostic.".Length, key.Length - "dotnet_diagnostic.".Length - ".severity".Length), value, lineNumber));
            }
        }

        return new File(folder, root, sections) { AllPairs = all };
    }

    // "[glob]", or "[glob] # comment" / "[glob] ; comment" as Roslyn reads it: the last ']' followed by a comment.
    private static string? SectionName(string line)
    {
        if (line[0] != '[')
        {
            return null;
        }

        if (line[line.Length - 1] == ']')
        {
            return line.Substring(1, line.Length - 2);
        }

        for (int close = line.LastIndexOf(']'); close > 0; close = line.LastIndexOf(']', close - 1))
        {
            string rest = line.Substring(close + 1).TrimStart();
            if (rest.Length > 0 && rest[0] is '#' or ';' && line[close - 1] != '\\')
            {
                return line.Substring(1, close - 1);
            }
        }

        return null;
    }

    /// <summary>The pairs that apply to a path relative to the file's folder (with <c>/</c>), later ones winning.</summary>
    internal static IReadOnlyDictionary<string, string> Properties(File file, string relativePath)
    {
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach ((string glob, var pairs) in file.AllPairs)
        {
            if (EditorConfigGlob.IsMatch(glob, relativePath))
            {
                foreach ((string key, string value) in pairs)
                {
                    properties[key] = value;
                }
            }
        }

        return properties;
    }

    /// <summary>Applies the severities of the sections matching <paramref name="fullPath"/>.</summary>
    public static void Apply(File file, string fullPath, RuleCatalog catalog, Analysis.AnalysisOptions.Builder builder, string configPath, List<ConfigProblem> problems)
    {
        string relative = Path.GetRelativePath(file.Folder, fullPath);
        if (Path.DirectorySeparatorChar == '\\')
        {
            relative = relative.Replace('\\', '/');
        }

        foreach ((string glob, var settings) in file.Sections)
        {
            if (!EditorConfigGlob.IsMatch(glob, relative))
            {
                continue;
            }

            foreach ((string name, string value, int line) in settings)
            {
                RuleDescriptor? rule = catalog.Find(name);
                if (rule is null)
                {
                    if (name.StartsWith("rl", StringComparison.Ordinal))
                    {
                        problems.Add(new ConfigProblem(configPath, line, 1, EngineRules.EditorConfigUnknownRule, name.ToUpperInvariant(), name));
                    }

                    continue;
                }

                switch (value.ToLowerInvariant())
                {
                    case "default":
                        builder.SetSeverity(rule.Id, rule.IsEnabledByDefault ? rule.DefaultSeverity : null);
                        break;
                    case "suggestion":
                        builder.SetSeverity(rule.Id, Severity.Info);
                        break;
                    default:
                        if (ConfigReader.TryParseSeverity(value, out Severity? severity))
                        {
                            builder.SetSeverity(rule.Id, severity);
                        }
                        else
                        {
                            int comment = value.AsSpan().IndexOfAny('#', ';');
                            problems.Add(comment > 0
                                ? new ConfigProblem(configPath, line, 1, EngineRules.EditorConfigInlineComment, value, rule.Id, value.Substring(comment))
                                : new ConfigProblem(configPath, line, 1, EngineRules.EditorConfigUnknownSeverity, value, rule.Id));
                        }

                        break;
                }
            }
        }
    }
}
