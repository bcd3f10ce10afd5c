namespace ReportLint.Tests.Harness;

/// <summary>
/// A fact that reads the shared material beside the clone (../shared). Without it the test is skipped, visibly, with
/// the reason; on CI (CI=true) it runs anyway and fails on the missing folder, so it can never pass by having nothing
/// to read.
/// </summary>
public sealed class SharedFactAttribute : FactAttribute
{
    public SharedFactAttribute(string folder)
    {
        if (Repo.SharedFolder(folder) is null && !Repo.OnCi)
        {
            Skip = $"../shared/{folder} is not beside the clone";
        }
    }
}

/// <summary>A theory that reads the shared material beside the clone: skipped visibly without it, failing on CI.</summary>
public sealed class SharedTheoryAttribute : TheoryAttribute
{
    public SharedTheoryAttribute(string folder)
    {
        if (Repo.SharedFolder(folder) is null && !Repo.OnCi)
        {
            Skip = $"../shared/{folder} is not beside the clone";
        }
    }
}

public static partial class Repo
{
    /// <summary>Whether the tests run on CI, where the shared material must be present.</summary>
    public static bool OnCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>A folder of the shared material, or null when it is absent.</summary>
    public static string? SharedFolder(string folder) =>
        Shared is { } shared && Directory.Exists(System.IO.Path.Combine(shared, folder)) ? System.IO.Path.Combine(shared, folder) : null;

    /// <summary>A folder of the shared material; fails the test when it is absent.</summary>
    public static string RequireShared(string folder) =>
        SharedFolder(folder) ?? throw new InvalidOperationException($"../shared/{folder} is missing beside the clone ({Root}).");
}
