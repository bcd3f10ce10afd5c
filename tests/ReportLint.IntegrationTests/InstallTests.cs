using System.IO.Compression;
using ReportLint.Tests.Harness;
using System.Xml.Linq;

namespace ReportLint.IntegrationTests;

/// <summary>
/// Issue 6's proof: every way of using ReportLint works from the packages this repository builds, installed the way
/// a user installs them. The report below has one known defect: its total (6h) is not the sum of its rows (5h).
/// </summary>
[Collection(PackagesCollection.Name)]
public sealed class InstallTests(Sandbox sandbox)
{
    private const string Finding = "warning " + SprintReport.Finding;

    [Fact]
    public void Pack_makes_the_four_packages_with_the_metadata_NuGet_org_requires()
    {
        Assert.True(sandbox.PackResult.ExitCode == 0, sandbox.PackResult.ToString());
        foreach (string id in new[] { "ReportLint.Core", "ReportLint.Rules", "ReportLint.Cli", "ReportLint.MSBuild" })
        {
            string path = Path.Combine(sandbox.Feed, $"{id}.{sandbox.Version}.nupkg");
            Assert.True(File.Exists(path), $"{path} was not packed\n{sandbox.PackResult}");
            using ZipArchive package = ZipFile.OpenRead(path);
            XElement metadata = Nuspec(package, id);
            string Field(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value ?? "";
            Assert.Equal(id, Field("id"));
            Assert.Equal(sandbox.Version, Field("version"));
            Assert.Equal("ReportLint contributors", Field("authors"));
            Assert.Equal("MIT", Field("license"));
            Assert.Equal("expression", metadata.Elements().Single(e => e.Name.LocalName == "license").Attribute("type")?.Value);
            Assert.True(Field("description").Length > 40, $"{id}: description too short");
            Assert.Equal("README.md", Field("readme"));
            Assert.NotNull(package.GetEntry("README.md"));
            Assert.Equal("https://github.com/reportlint/reportlint", metadata.Elements().Single(e => e.Name.LocalName == "repository").Attribute("url")?.Value);
            Assert.Equal("https://github.com/reportlint/reportlint", Field("projectUrl"));
            Assert.Contains("status-report", Field("tags"), StringComparison.Ordinal);
        }

        string[] Entries(string id)
        {
            using ZipArchive package = ZipFile.OpenRead(Path.Combine(sandbox.Feed, $"{id}.{sandbox.Version}.nupkg"));
            return package.Entries.Select(e => e.FullName).ToArray();
        }

        foreach (string library in new[] { "ReportLint.Core", "ReportLint.Rules" })
        {
            string[] entries = Entries(library);
            foreach (string tfm in new[] { "netstandard2.0", "net10.0" })
            {
                Assert.Contains($"lib/{tfm}/{library}.dll", entries);
                Assert.Contains($"lib/{tfm}/{library}.xml", entries);
            }
        }

        // The tool: ReportLint.Cli points at one package per platform (here this machine's and the 'any' fallback).
        Assert.Contains("tools/any/any/DotnetToolSettings.xml", Entries("ReportLint.Cli"));
        // This machine's package is NativeAOT (issue 51): one native executable under tools/any/<rid>, no assembly and
        // no runtime beside it; the 'any' fallback is under tools/net10.0/any, for the installed runtime.
        string rid = Sandbox.ToolRuntimeIdentifier;
        string[] platform = Entries($"ReportLint.Cli.{rid}");
        Assert.Contains($"tools/any/{rid}/{NativeTool.CommandFile}", platform);
        Assert.DoesNotContain(platform, e => e.EndsWith(".dll", StringComparison.Ordinal) || e.EndsWith(".dbg", StringComparison.Ordinal));
        Assert.Contains("tools/net10.0/any/reportlint.dll", Entries("ReportLint.Cli.any"));

        string[] build = Entries("ReportLint.MSBuild");
        Assert.DoesNotContain(build, e => e.StartsWith("lib/", StringComparison.Ordinal));
        Assert.Contains("build/ReportLint.MSBuild.props", build);
        Assert.Contains("build/ReportLint.MSBuild.targets", build);
        foreach (string tfm in new[] { "netstandard2.0", "net10.0" })
        {
            foreach (string dll in new[] { "ReportLint.MSBuild", "ReportLint.Core", "ReportLint.Rules", "Markdig" })
            {
                Assert.Contains($"tasks/{tfm}/{dll}.dll", build);
            }
        }

        Assert.Contains("tasks/netstandard2.0/System.Text.Json.dll", build);
        Assert.DoesNotContain(build, e => e.Contains("Microsoft.Build", StringComparison.Ordinal) && e.EndsWith(".dll", StringComparison.Ordinal));
    }

    [Fact]
    public void The_README_library_sample_runs_against_the_packages()
    {
        string readme = File.ReadAllText(Path.Combine(Repo.Root, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        string sample = Between(readme, "<!-- library-sample:start -->\n```csharp\n", "```\n<!-- library-sample:end -->");
        string documented = Between(readme[readme.IndexOf("<!-- library-sample:end -->", StringComparison.Ordinal)..], "```text\n", "\n```");

        string app = sandbox.NewFolder("library-sample");
        File.WriteAllText(Path.Combine(app, "Sample.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ReportLint.Core" Version="{sandbox.Version}" />
                <PackageReference Include="ReportLint.Rules" Version="{sandbox.Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(app, "Program.cs"), sample);

        Run run = sandbox.Dotnet(app, "run");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains(documented, run.Output, StringComparison.Ordinal);
        Assert.Contains("status.md(7,17): Warning RL2001: Total 6h ≠ 2h + 3h = 5h (rows 5–6)", run.Output, StringComparison.Ordinal);
        Assert.Contains("| **Total** | **5h** |", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("| **Total** | **6h** |", run.Output, StringComparison.Ordinal);

        // The packages' own restore, not a project reference: the assets file names the feed's version.
        string assets = File.ReadAllText(Path.Combine(app, "obj", "project.assets.json"));
        Assert.Contains($"\"ReportLint.Core/{sandbox.Version}\"", assets, StringComparison.Ordinal);
    }

    [Fact]
    public void The_MSBuild_package_logs_findings_as_build_warnings_that_the_warning_properties_control()
    {
        string project = sandbox.NewFolder("msbuild-consumer");
        string csproj = Path.Combine(project, "Docs.csproj");
        string ProjectFile(string extra) => $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>{extra}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ReportLint.MSBuild" Version="{sandbox.Version}" PrivateAssets="all" />
              </ItemGroup>
            </Project>
            """;
        File.WriteAllText(csproj, ProjectFile(""));
        string report = Path.Combine(Directory.CreateDirectory(Path.Combine(project, "docs")).FullName, "status.md");
        File.WriteAllText(report, SprintReport.WrongTotal);
        string located = $"{report}(7,17,7,19): {Finding}";

        Run Build(params string[] extra) => sandbox.Dotnet(project, ["build", "-nodeReuse:false", .. extra]);

        // 1. A plain build succeeds and prints the warning with the report's path, line, column, end line and end column.
        Run first = Build();
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains(located, first.Output, StringComparison.Ordinal);

        // 2. Nothing changed: the target is skipped.
        Run second = Build("-v:n");
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("Skipping target \"ReportLint\" because all output files are up-to-date", second.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("RL2001", second.Output, StringComparison.Ordinal);

        // 3. TreatWarningsAsErrors (a changed setting runs the lint again) fails the build on the finding.
        Run strict = Build("-p:TreatWarningsAsErrors=true");
        Assert.True(strict.ExitCode != 0, strict.ToString());
        Assert.Contains($"{report}(7,17,7,19): error RL2001:", strict.Output, StringComparison.Ordinal);

        // 4. So do ReportLintFailOnWarning and WarningsAsErrors.
        Run failOnWarning = Build("-p:ReportLintFailOnWarning=true");
        Assert.True(failOnWarning.ExitCode != 0, failOnWarning.ToString());
        Assert.Contains("error RL2001:", failOnWarning.Output, StringComparison.Ordinal);
        Run warningsAsErrors = Build("-p:WarningsAsErrors=RL2001");
        Assert.True(warningsAsErrors.ExitCode != 0, warningsAsErrors.ToString());
        Assert.Contains("error RL2001:", warningsAsErrors.Output, StringComparison.Ordinal);

        // 5. The netstandard2.0 task (the one .NET Framework MSBuild loads) gives the same result inside dotnet build.
        Run netstandard = Build("-p:ReportLintTaskFramework=netstandard2.0");
        Assert.True(netstandard.ExitCode == 0, netstandard.ToString());
        Assert.Contains(located, netstandard.Output, StringComparison.Ordinal);

        // 6. ReportLintEnabled=false turns it off.
        Run disabled = Build("-p:ReportLintEnabled=false");
        Assert.True(disabled.ExitCode == 0, disabled.ToString());
        Assert.DoesNotContain("RL2001", disabled.Output, StringComparison.Ordinal);

        // 7. Severities from the configuration apply: a .reportlint.json that makes RL2001 an error fails the build.
        string config = Path.Combine(project, ".reportlint.json");
        File.WriteAllText(config, """{ "RL2001": "error" }""");
        Run configured = Build();
        Assert.True(configured.ExitCode != 0, configured.ToString());
        Assert.Contains($"{report}(7,17,7,19): error RL2001:", configured.Output, StringComparison.Ordinal);
        File.Delete(config);

        // 8. NoWarn in the project silences it.
        File.WriteAllText(csproj, ProjectFile("\n    <NoWarn>$(NoWarn);RL2001</NoWarn>"));
        Run silenced = Build();
        Assert.True(silenced.ExitCode == 0, silenced.ToString());
        Assert.DoesNotContain("RL2001", silenced.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_tool_installs_into_a_tool_path_and_checks_a_report()
    {
        string work = sandbox.NewFolder("tool-user");
        string report = Path.Combine(work, "status.md");
        File.WriteAllText(report, SprintReport.WrongTotal);

        Run install = sandbox.Dotnet(work, "tool", "install", "--tool-path", sandbox.Tools, "--add-source", sandbox.Feed, "--version", sandbox.Version, "ReportLint.Cli");
        Assert.True(install.ExitCode == 0, install.ToString());

        string command = Path.Combine(sandbox.Tools, OperatingSystem.IsWindows() ? "reportlint.exe" : "reportlint");
        Run version = sandbox.Start(command, work, "--version");
        Assert.True(version.ExitCode == 0, version.ToString());
        Assert.StartsWith(sandbox.Version, version.Output.Trim(), StringComparison.Ordinal);

        Run check = sandbox.Start(command, work, "check", "status.md");
        Assert.True(check.ExitCode == 1, check.ToString());
        Assert.Contains($"status.md(7,17): {Finding}", check.Output, StringComparison.Ordinal);

        // Output to a file or a pipe is UTF-8 whatever the locale names: under a Latin-1 locale the console's writer
        // would print '?' for the ✅ the finding quotes.
        File.WriteAllText(Path.Combine(work, "mangled.md"), "# Sprint 4\n\n- Login page: \u00e2\u0153\u2026 done\n");
        var latin1 = new Dictionary<string, string> { ["LANG"] = "en_US.ISO-8859-1", ["LC_ALL"] = "en_US.ISO-8859-1" };
        Run mangled = sandbox.StartWith(latin1, command, work, "check", "mangled.md");
        Assert.True(mangled.ExitCode == 1, mangled.ToString());
        Assert.Contains("mangled.md(3,15): warning RL4001: Mojibake: '\u00e2\u0153\u2026' is UTF-8 read as Windows-1252; it should read '\u2705'", mangled.Output, StringComparison.Ordinal);

        // Issue 51: what was installed is this platform's NativeAOT package: the command is a native executable for
        // this machine, run directly (not through dotnet), with no assembly, runtime or JIT beside it.
        string rid = Sandbox.ToolRuntimeIdentifier;
        string executable = Path.GetFullPath(Assert.Single(Directory.GetFiles(Path.Combine(sandbox.Tools, ".store"), NativeTool.CommandFile, SearchOption.AllDirectories)));
        Assert.Contains($"reportlint.cli.{rid}", executable, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(rid, NativeTool.Describe(executable));
        string folder = Path.GetDirectoryName(executable)!;
        Assert.Empty(Directory.GetFiles(folder, "*.dll"));
        Assert.Contains("Runner=\"executable\"", File.ReadAllText(Path.Combine(folder, "DotnetToolSettings.xml")), StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            // The command on the tool path is a link to that executable (not a launcher that starts dotnet).
            Assert.Equal(executable, Path.GetFullPath(new FileInfo(command).ResolveLinkTarget(returnFinalTarget: true)!.FullName));
        }
    }

    private static XElement Nuspec(ZipArchive package, string id)
    {
        ZipArchiveEntry entry = package.GetEntry($"{id}.nuspec") ?? throw new InvalidOperationException($"{id}: no nuspec");
        using Stream stream = entry.Open();
        return XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
    }

    private static string Between(string text, string start, string end)
    {
        int from = text.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"'{start.Trim()}' not found in README.md");
        from += start.Length;
        int to = text.IndexOf(end, from, StringComparison.Ordinal);
        Assert.True(to >= 0, $"'{end.Trim()}' not found after '{start.Trim()}' in README.md");
        return text[from..to];
    }
}
