using System.Diagnostics;
using System.Text;
using ReportLint.Tests.Harness;

namespace ReportLint.IntegrationTests;

/// <summary>
/// A temporary folder with its own nuget.config (the local feed, then nuget.org; nothing inherited), its own
/// package cache and tool path, and the packages of this repository packed into the feed once, with a version no
/// earlier run used, so a stale cached package can never stand in for the one just built.
/// </summary>
public sealed class Sandbox : IDisposable
{
    public Sandbox()
        : this("reportlint-it-")
    {
        // The tool is packed for this machine's platform only, NativeAOT (and as the 'any' fallback), and the analyzer's
        // ReadyToRun copies for it: packing every release platform would take minutes, and some of them cannot be
        // restored from every feed.
        PackResult = Dotnet(Repo.Root, "pack", Repo.Path("ReportLint.slnx"), "-c", "Release", "-o", Feed,
            $"-p:Version={Version}", "-p:ContinuousIntegrationBuild=true", $"-p:ToolPackageRuntimeIdentifiers=\"{ToolRuntimeIdentifier};any\"",
            $"-p:ReportLintReadyToRunIdentifiers={ToolRuntimeIdentifier}");
    }

    private Sandbox(string prefix)
    {
        Root = Directory.CreateTempSubdirectory(prefix).FullName;
        Feed = Directory.CreateDirectory(Path.Combine(Root, "feed")).FullName;
        Packages = Directory.CreateDirectory(Path.Combine(Root, "packages")).FullName;
        Tools = Path.Combine(Root, "tools");
        Version = $"0.1.0-it.{DateTime.UtcNow:yyyyMMddHHmmss}.{Guid.NewGuid().ToString("N")[..8]}";
        File.WriteAllText(Path.Combine(Root, "nuget.config"), NuGetConfig(Feed));
        PackResult = new Run("(nothing packed)", 0, "", "");
    }

    /// <summary>The platform this machine's tool package is for: what <c>dotnet tool install</c> picks here.</summary>
    public static string ToolRuntimeIdentifier => System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier;

    /// <summary>A sandbox with an empty feed, for tests that pack something else into it.</summary>
    public static Sandbox WithoutPackages(string prefix) => new(prefix);

    private static string NuGetConfig(string feed) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <clear />
            <add key="reportlint-it" value="{feed}" />
            <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
          </packageSources>
        </configuration>
        """;

    public string Root { get; }

    public string Feed { get; }

    public string Packages { get; }

    public string Tools { get; }

    public string Version { get; }

    public Run PackResult { get; }

    /// <summary>A fresh folder inside the sandbox, so it sees the sandbox's nuget.config.</summary>
    public string NewFolder(string name) => Directory.CreateDirectory(Path.Combine(Root, name)).FullName;

    public Run Dotnet(string workingDirectory, params string[] arguments) => Start("dotnet", workingDirectory, arguments);

    public Run Start(string program, string workingDirectory, params string[] arguments) =>
        StartWith(new Dictionary<string, string>(), program, workingDirectory, arguments);

    /// <summary>As <see cref="Start"/>, with these environment variables set for the program.</summary>
    public Run StartWith(IReadOnlyDictionary<string, string> environment, string program, string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test host's own MSBuild settings must not leak into the builds under test.
        foreach (string key in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["NUGET_PACKAGES"] = Packages;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["NO_COLOR"] = "1";
        foreach ((string key, string value) in environment)
        {
            start.Environment[key] = value;
        }

        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish in 10 minutes.");
        }

        return new Run($"{program} {string.Join(' ', arguments)}", process.ExitCode, output.Result, error.Result);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A build server still holding a file must not fail the run; the folder is in the temp directory.
        }
    }
}

/// <summary>A finished process: its exit code and output, printed whole when an assertion on it fails.</summary>
public sealed record Run(string Command, int ExitCode, string Output, string Error)
{
    public override string ToString() => $"$ {Command}\nexit {ExitCode}\n{Output}\n{Error}";
}
