using System.Diagnostics;
using System.Text.Json;
using ReportLint.Tests.Harness;

namespace ReportLint.Tests.Analyzers;

/// <summary>
/// Issue 52: build/ReportLint.Analyzers.props, evaluated by MSBuild as a project with two target frameworks sees it
/// (imported before the project sets TargetFrameworks): the reports reach the compilation of the first framework
/// only, so each finding is reported once, not once per framework.
/// </summary>
public sealed class AnalyzerPropsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("reportlint-props-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("net8.0; net9.0", "net8.0", true)]
    [InlineData("net8.0; net9.0", "net9.0", false)]
    [InlineData(" ;net9.0;net8.0", "net9.0", true)]
    [InlineData("", "net9.0", true)]
    public async Task Reports_go_to_the_first_target_framework_only(string frameworks, string framework, bool linted)
    {
        File.WriteAllText(Path.Combine(_dir, "status.md"), "# Status\n");
        File.WriteAllText(Path.Combine(_dir, "p.proj"), $"""
            <Project>
              <Import Project="{Repo.Path("src", "ReportLint.Analyzers", "build", "ReportLint.Analyzers.props")}" />
              <PropertyGroup>
                <BaseIntermediateOutputPath>obj/</BaseIntermediateOutputPath>
                <BaseOutputPath>bin/</BaseOutputPath>
                <TargetFrameworks>{frameworks}</TargetFrameworks>
              </PropertyGroup>
              <Target Name="Build" />
            </Project>
            """);

        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = _dir, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in new[] { "msbuild", "p.proj", "-nologo", "-getItem:AdditionalFiles", $"-p:TargetFramework={framework}" })
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start)!;
        Task<string> error = process.StandardError.ReadToEndAsync();
        string output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, output + await error);
        using JsonDocument items = JsonDocument.Parse(output);
        string[] files = items.RootElement.GetProperty("Items").GetProperty("AdditionalFiles").EnumerateArray()
            .Select(i => i.GetProperty("Identity").GetString()!).ToArray();
        Assert.Equal(linted ? [Path.Combine(_dir, "status.md")] : [], files.Select(Path.GetFullPath));
    }
}
