using System.Text.RegularExpressions;
using ReportLint.Tests.Harness;

namespace ReportLint.IntegrationTests;

/// <summary>
/// Issue 22: the MSBuild package in real projects: a build never passes stale, each finding is reported once, and
/// the reports linted by default can be narrowed. The report has one known defect: its total (6h) is not the sum of
/// its rows (5h).
/// </summary>
[Collection(PackagesCollection.Name)]
public sealed partial class MSBuildProjectTests(Sandbox sandbox)
{
    [Fact]
    public void Changing_a_configuration_file_named_by_extends_lints_again()
    {
        string root = sandbox.NewFolder("msbuild-extends");
        string project = Directory.CreateDirectory(Path.Combine(root, "project")).FullName;
        WriteProject(project, "<TargetFramework>net10.0</TargetFramework>");
        string report = Path.Combine(Directory.CreateDirectory(Path.Combine(project, "docs")).FullName, "status.md");
        File.WriteAllText(report, SprintReport.WrongTotal);

        // The base configuration lives outside the project folder, found only through 'extends', in the same repository
        // ('extends' never leaves the repository, issue 50).
        Directory.CreateDirectory(Path.Combine(root, ".git"));
        string shared = Directory.CreateDirectory(Path.Combine(root, "shared")).FullName;
        string baseConfig = Path.Combine(shared, "reportlint.base.json");
        File.WriteAllText(baseConfig, """{ "RL2001": "warning" }""");
        File.WriteAllText(Path.Combine(project, ".reportlint.json"), """{ "extends": "../shared/reportlint.base.json" }""");

        Run first = Build(project);
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains($"{report}(7,17,7,19): warning RL2001:", first.Output, StringComparison.Ordinal);

        Run unchanged = Build(project, "-v:n");
        Assert.True(unchanged.ExitCode == 0, unchanged.ToString());
        Assert.Contains("Skipping target \"ReportLint\" because all output files are up-to-date", unchanged.Output, StringComparison.Ordinal);

        // Only the extended file changes: RL2001 becomes an error, and the next build must see it and fail.
        File.WriteAllText(baseConfig, """{ "RL2001": "error" }""");
        Run changed = Build(project);
        Assert.True(changed.ExitCode != 0, changed.ToString());
        Assert.Contains($"{report}(7,17,7,19): error RL2001:", changed.Output, StringComparison.Ordinal);

        // And back: turned off in the extended file, the build passes without the finding.
        File.WriteAllText(baseConfig, """{ "RL2001": "off" }""");
        Run off = Build(project);
        Assert.True(off.ExitCode == 0, off.ToString());
        Assert.DoesNotContain("RL2001", off.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_project_with_several_target_frameworks_reports_each_finding_once()
    {
        string project = sandbox.NewFolder("msbuild-multitarget");
        WriteProject(project, "<TargetFrameworks>net10.0;netstandard2.0</TargetFrameworks>");
        string report = Path.Combine(Directory.CreateDirectory(Path.Combine(project, "docs")).FullName, "status.md");
        File.WriteAllText(report, SprintReport.WrongTotal);

        Run build = Build(project);
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Contains($"{report}(7,17,7,19): warning RL2001:", build.Output, StringComparison.Ordinal);
        Assert.True(Warnings(build) == 1, $"RL2001 should be reported once, not once per target framework:\n{build}");

        // Both frameworks were built.
        Assert.True(File.Exists(Path.Combine(project, "bin", "Debug", "net10.0", "Docs.dll")), build.ToString());
        Assert.True(File.Exists(Path.Combine(project, "bin", "Debug", "netstandard2.0", "Docs.dll")), build.ToString());
    }

    [Fact]
    public void README_and_GitHub_templates_are_linted_by_default_and_a_project_can_remove_them()
    {
        string project = sandbox.NewFolder("msbuild-narrowed");
        WriteProject(project, "<TargetFramework>net10.0</TargetFramework>");
        string[] reports =
        [
            Path.Combine(project, "README.md"),
            Path.Combine(Directory.CreateDirectory(Path.Combine(project, ".github", "ISSUE_TEMPLATE")).FullName, "bug.md"),
            Path.Combine(Directory.CreateDirectory(Path.Combine(project, "docs")).FullName, "status.md"),
        ];
        foreach (string report in reports)
        {
            File.WriteAllText(report, SprintReport.WrongTotal);
        }

        Run all = Build(project);
        Assert.True(all.ExitCode == 0, all.ToString());
        foreach (string report in reports)
        {
            Assert.Contains($"{report}(7,17,7,19): warning RL2001:", all.Output, StringComparison.Ordinal);
        }

        Assert.Equal(3, Warnings(all));

        // The README's way to narrow them: Remove in the project file.
        WriteProject(project, "<TargetFramework>net10.0</TargetFramework>", """<ReportLintFile Remove="README.md;.github/**" />""");
        Run narrowed = Build(project);
        Assert.True(narrowed.ExitCode == 0, narrowed.ToString());
        Assert.Contains($"{reports[2]}(7,17,7,19): warning RL2001:", narrowed.Output, StringComparison.Ordinal);
        Assert.True(Warnings(narrowed) == 1, $"only docs/status.md should be linted:\n{narrowed}");
    }

    private Run Build(string project, params string[] extra) =>
        sandbox.Dotnet(project, ["build", "-nodeReuse:false", "-tl:off", .. extra]);

    // The console logger's count at the end of the build: every warning logged, once each.
    private static int Warnings(Run run)
    {
        Match count = WarningCount().Match(run.Output);
        Assert.True(count.Success, $"no warning count in the build output:\n{run}");
        return int.Parse(count.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private void WriteProject(string folder, string frameworks, string items = "") => File.WriteAllText(Path.Combine(folder, "Docs.csproj"), $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            {frameworks}
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="ReportLint.MSBuild" Version="{sandbox.Version}" PrivateAssets="all" />
            {items}
          </ItemGroup>
        </Project>
        """);

    [GeneratedRegex(@"^\s*(\d+) Warning\(s\)", RegexOptions.Multiline)]
    private static partial Regex WarningCount();
}
