namespace ReportLint.Tests.Harness;

/// <summary>
/// A fact that needs programs on PATH (git, patch): skipped, with the reason in the test report, when one is
/// missing on a developer machine; run anyway under CI=true, where a missing program makes it fail.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RequiresToolsFactAttribute : FactAttribute
{
    public RequiresToolsFactAttribute(params string[] tools)
    {
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        string[] missing = tools.Where(tool => !OnPath(tool)).ToArray();
        if (missing.Length > 0)
        {
            Skip = $"needs {string.Join(" and ", missing)} on PATH (set CI=true to make this a failure)";
        }
    }

    private static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, tool)) || File.Exists(Path.Combine(dir, tool + ".exe")));
}
