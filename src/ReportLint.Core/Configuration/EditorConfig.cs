using ReportLint.Diagnostics;

namespace ReportLint.Configuration;

/// <summary>
/// Severities from <c>.editorconfig</c>, the .NET way: <c>dotnet_diagnostic.RL2001.severity = error</c> in a section
/// whose glob matches the file (<c>[*.md]</c>). Values: error, warning, suggestion, silent, none, default.
/// </summary>
public static class EditorConfig
{
    /// <summary>A parsed file: whether it is the root, and its sections with their severity settings, in order.</summary>
    public sealed record File(string Folder, bool IsRoot, IReadOnlyList<(string Glob, IReadOnlyList<(string Rule, string Value, int Line)> Settings)> Sections);

    /// <summary>Parses an .editorconfig file's text.</summary>
    public static File Parse(string folder, string text)
    {
        bool root = false;
        var sections = new List<(string, IReadOnlyList<(string, string, int)>)>();
        List<(string, string, int)>? current = null;
        int lineNumber = 0;
        foreach (string raw in text.Split('\n'))
        {
            lineNumber++;
            string line = raw.Trim();
            if (line.Length == 0 || line[0] is '#' or ';')
            {
                continue;
            }

            if (line[0] == '[' && line[^1] == ']')
            {
                current = [];
                sections.Add((line[1..^1], current));
                continue;
            }

            int eq = line.IndexOf('=');
            if (eq <= 0)
            {
                continue;
            }

            string key = line[..eq].Trim().ToLowerInvariant();
            string value = line[(eq + 1)..].Trim();
            if (current is null)
            {
                root |= key == "root" && value.Equals("true", StringComparison.OrdinalIgnoreCase);
            }
            else if (key.StartsWith("dotnet_diagnostic.", StringComparison.Ordinal) && key.EndsWith(".severity", StringComparison.Ordinal))
            {
                current.Add((key["dotnet_diagnostic.".Length..^".severity".Length], value, lineNumber));
            }
        }

        return new File(folder, root, sections);
    }

    /// <summary>Applies the severities of the sections matching <paramref name="fullPath"/>.</summary>
    public static void Apply(File file, string fullPath, RuleCatalog catalog, Analysis.AnalysisOptions.Builder builder, string configPath, List<ConfigProblem> problems)
    {
        string relative = Path.GetRelativePath(file.Folder, fullPath).Replace('\\', '/');
        foreach ((string glob, var settings) in file.Sections)
        {
            if (!Glob.IsMatch(glob, relative))
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
                        problems.Add(new ConfigProblem(configPath, line, 1, $"Unknown rule '{name.ToUpperInvariant()}' in dotnet_diagnostic.{name}.severity."));
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
                            problems.Add(new ConfigProblem(configPath, line, 1, $"'{value}' is not a severity for {rule.Id}: use error, warning, suggestion, silent, none or default."));
                        }

                        break;
                }
            }
        }
    }
}
