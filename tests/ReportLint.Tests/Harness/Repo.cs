namespace ReportLint.Tests.Harness;

/// <summary>Paths of the repository the tests run from.</summary>
public static partial class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    /// <summary>The shared reference material beside the clone (seeds, corpus), or null when absent.</summary>
    public static string? Shared => Directory.Exists(System.IO.Path.Combine(Root, "..", "shared")) ? System.IO.Path.GetFullPath(System.IO.Path.Combine(Root, "..", "shared")) : null;

    private static string FindRoot()
    {
        string? dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir, "ReportLint.slnx")))
        {
            dir = System.IO.Path.GetDirectoryName(dir);
        }

        return dir ?? throw new InvalidOperationException("ReportLint.slnx not found above " + AppContext.BaseDirectory);
    }
}
