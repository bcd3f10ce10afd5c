namespace ReportLint.Tests.Harness;

/// <summary>A theory that needs programs on PATH, as <see cref="RequiresToolsFactAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RequiresToolsTheoryAttribute : TheoryAttribute
{
    public RequiresToolsTheoryAttribute(params string[] tools) => Skip = new RequiresToolsFactAttribute(tools).Skip;
}
