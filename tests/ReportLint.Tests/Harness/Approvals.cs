using System.Runtime.CompilerServices;
using Xunit.Sdk;

namespace ReportLint.Tests.Harness;

/// <summary>
/// Approval checks with Verify's file conventions: <c>{Class}.{Name}.verified.txt</c> beside the test is the
/// committed expectation; on a mismatch <c>.received.txt</c> is written next to it (git-ignored) and the test fails.
/// Moving to Verify later is mechanical.
/// </summary>
public static class Approvals
{
    // Deterministic CI builds map source paths to "/_/" (ContinuousIntegrationBuild): map them back onto the clone.
    private static string ResolveSource(string sourceFile)
    {
        if (File.Exists(sourceFile))
        {
            return sourceFile;
        }

        string normalized = sourceFile.Replace('\\', '/');
        return normalized.StartsWith("/_/", StringComparison.Ordinal) ? Repo.Path(normalized[3..]) : sourceFile;
    }

    public static void Verify(string received, string name, [CallerFilePath] string sourceFile = "")
    {
        string folder = Path.GetDirectoryName(ResolveSource(sourceFile))!;
        string stem = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(sourceFile)}.{name}");
        string verifiedPath = stem + ".verified.txt";
        string receivedPath = stem + ".received.txt";
        string normalized = received.Replace("\r\n", "\n", StringComparison.Ordinal);
        string? verified = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        if (string.Equals(verified, normalized, StringComparison.Ordinal))
        {
            if (File.Exists(receivedPath))
            {
                File.Delete(receivedPath);
            }

            return;
        }

        File.WriteAllText(receivedPath, normalized);
        throw new XunitException(verified is null
            ? $"No verified file yet. Review {receivedPath} and rename it to {Path.GetFileName(verifiedPath)}."
            : $"Output differs from {Path.GetFileName(verifiedPath)}; see {receivedPath}.\nReceived:\n{normalized}");
    }
}
