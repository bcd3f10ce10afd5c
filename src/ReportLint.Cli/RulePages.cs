using ReportLint.Diagnostics;
using ReportLint.Rules;

namespace ReportLint.Cli;

/// <summary>The rule pages (<c>docs/rules/*.md</c>), built into the tool: what <c>reportlint explain</c>, hovers and MCP resources show.</summary>
internal static class RulePages
{
    /// <summary>The rule named by an ID or alias (any case), or null.</summary>
    public static RuleDescriptor? Find(string name) =>
        BuiltInRules.Descriptors.FirstOrDefault(r =>
            string.Equals(r.Id, name, StringComparison.OrdinalIgnoreCase) || string.Equals(r.Alias, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>A rule's page (Markdown), or null when this build lacks it.</summary>
    public static string? Read(string ruleId)
    {
        using Stream? page = typeof(RulePages).Assembly.GetManifestResourceStream($"ReportLint.Docs.{ruleId}.md");
        if (page is null)
        {
            return null;
        }

        using var reader = new StreamReader(page);
        return reader.ReadToEnd();
    }
}
