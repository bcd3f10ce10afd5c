using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using ReportLint.Tests.Harness;

namespace ReportLint.IntegrationTests;

/// <summary>
/// Issue 23's proof: ReportLint.Analyzers, installed from the feed into a fresh C# project, makes the compiler report
/// a report's wrong total in the report itself, under the compiler's own warning controls and incremental build.
/// </summary>
[Collection(PackagesCollection.Name)]
public sealed class AnalyzerPackageTests(Sandbox sandbox)
{
    [Fact]
    public void The_package_carries_the_analyzer_beside_its_dependencies_and_nothing_the_compiler_brings()
    {
        Assert.True(sandbox.PackResult.ExitCode == 0, sandbox.PackResult.ToString());
        using ZipArchive package = ZipFile.OpenRead(Path.Combine(sandbox.Feed, $"ReportLint.Analyzers.{sandbox.Version}.nupkg"));
        string[] entries = package.Entries.Select(e => e.FullName).ToArray();
        foreach (string dll in new[] { "ReportLint.Analyzers", "ReportLint.Analyzers.CodeFixes", "ReportLint.Core", "ReportLint.Rules", "Markdig", "System.Text.Json" })
        {
            Assert.Contains($"analyzers/dotnet/cs/{dll}.dll", entries);
        }

        Assert.Contains("build/ReportLint.Analyzers.props", entries);
        Assert.Contains("build/ReportLint.Analyzers.targets", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal));
        foreach (string hostAssembly in new[] { "Microsoft.CodeAnalysis", "System.Collections.Immutable", "System.Reflection.Metadata", "System.Composition" })
        {
            Assert.DoesNotContain(entries, e => Path.GetFileName(e).StartsWith(hostAssembly, StringComparison.Ordinal));
        }

        XElement metadata = XDocument.Load(package.GetEntry("ReportLint.Analyzers.nuspec")!.Open()).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        Assert.Equal("true", metadata.Elements().Single(e => e.Name.LocalName == "developmentDependency").Value);
        Assert.DoesNotContain(metadata.Descendants(), e => e.Name.LocalName == "dependency");

        // What the compiler brings must be asked for at no newer version than Microsoft.CodeAnalysis 4.14 hosts have,
        // or the analyzer would not load in them (Visual Studio 17.14, the .NET 9.0.300 SDK).
        var hostVersions = new Dictionary<string, Version>
        {
            ["Microsoft.CodeAnalysis"] = new(4, 14, 0, 0),
            ["Microsoft.CodeAnalysis.CSharp"] = new(4, 14, 0, 0),
            ["Microsoft.CodeAnalysis.Workspaces"] = new(4, 14, 0, 0),
            ["System.Collections.Immutable"] = new(9, 0, 0, 0),
            ["System.Reflection.Metadata"] = new(9, 0, 0, 0),
        };
        foreach (ZipArchiveEntry entry in package.Entries.Where(e => e.FullName.StartsWith("analyzers/", StringComparison.Ordinal) && e.FullName.EndsWith(".dll", StringComparison.Ordinal)))
        {
            using var bytes = new MemoryStream();
            using (Stream stream = entry.Open())
            {
                stream.CopyTo(bytes);
            }

            bytes.Position = 0;
            using var pe = new PEReader(bytes);
            MetadataReader reader = pe.GetMetadataReader();
            foreach (AssemblyReference reference in reader.AssemblyReferences.Select(reader.GetAssemblyReference))
            {
                string name = reader.GetString(reference.Name);
                if (hostVersions.TryGetValue(name, out Version? host))
                {
                    Assert.True(reference.Version <= host, $"{entry.FullName} references {name} {reference.Version}, newer than the compiler's {host}");
                }
            }
        }
    }

    [Fact]
    public void The_package_carries_ReadyToRun_copies_of_the_analyzer_for_this_platform()
    {
        Assert.True(sandbox.PackResult.ExitCode == 0, sandbox.PackResult.ToString());
        string rid = Sandbox.ToolRuntimeIdentifier;
        string unpacked = sandbox.NewFolder("analyzer-package");
        ZipFile.ExtractToDirectory(Path.Combine(sandbox.Feed, $"ReportLint.Analyzers.{sandbox.Version}.nupkg"), unpacked);
        foreach (string dll in new[] { "ReportLint.Analyzers", "ReportLint.Core", "ReportLint.Rules", "Markdig" })
        {
            string copy = Path.Combine(unpacked, "analyzer-readytorun", rid, dll + ".dll");
            Assert.True(File.Exists(copy), $"{copy} is missing");
            (bool readyToRun, System.Reflection.PortableExecutable.Machine machine) = ReadyToRun.Inspect(copy);
            Assert.True(readyToRun, $"{dll}.dll under analyzer-readytorun/{rid} is plain IL");
            Assert.Equal(rid, ReadyToRun.Describe(machine));

            // The same assembly as the plain one the package also carries: same name, version and target framework.
            string plain = Path.Combine(unpacked, "analyzers", "dotnet", "cs", dll + ".dll");
            Assert.Equal(System.Reflection.AssemblyName.GetAssemblyName(plain).FullName, System.Reflection.AssemblyName.GetAssemblyName(copy).FullName);
            Assert.False(ReadyToRun.Inspect(plain).IsReadyToRun, $"{dll}.dll under analyzers/ should stay plain IL for other hosts");
        }
    }

    [Fact]
    public void The_compiler_reports_the_wrong_total_in_the_report_under_its_warning_controls()
    {
        string project = sandbox.NewFolder("analyzer-consumer");
        string csproj = Path.Combine(project, "Docs.csproj");
        string ProjectFile(string extra) => $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>{extra}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ReportLint.Analyzers" Version="{sandbox.Version}" PrivateAssets="all" />
              </ItemGroup>
            </Project>
            """;
        File.WriteAllText(csproj, ProjectFile(""));
        File.WriteAllText(Path.Combine(project, "Program.cs"), "internal static class Program { }\n");
        string report = Path.Combine(Directory.CreateDirectory(Path.Combine(project, "docs")).FullName, "status.md");
        File.WriteAllText(report, SprintReport.WrongTotal);

        Run Build(params string[] extra) => sandbox.Dotnet(project, ["build", "-nodeReuse:false", .. extra]);

        // 1. The compiler reports the finding at the report's line and column.
        Run first = Build();
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains($"{report}(7,17): warning {SprintReport.Finding}", first.Output, StringComparison.Ordinal);

        // The compiler on .NET loads the ReadyToRun copies for this platform; with ReportLintReadyToRunAnalyzer=false,
        // the plain assemblies.
        Assert.Contains($"analyzer-readytorun/{Sandbox.ToolRuntimeIdentifier}/ReportLint.Analyzers.dll", AnalyzerPaths(), StringComparison.Ordinal);
        Assert.Contains("analyzers/dotnet/cs/ReportLint.Analyzers.dll", AnalyzerPaths("-p:ReportLintReadyToRunAnalyzer=false"), StringComparison.Ordinal);
        string AnalyzerPaths(params string[] extra)
        {
            Run items = sandbox.Dotnet(project, ["msbuild", "-nodeReuse:false", "-t:ResolveLockFileAnalyzers", "-getItem:Analyzer", .. extra]);
            Assert.True(items.ExitCode == 0, items.ToString());
            return items.Output.Replace('\\', '/');
        }

        // 2. Nothing changed: the compiler is not run again (its output is up to date with every report, as an input),
        //    so, as with compiler warnings, nothing is reported again.
        Run second = Build("-v:n");
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("Skipping target \"CoreCompile\" because all output files are up-to-date", second.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("RL2001", second.Output, StringComparison.Ordinal);

        // 3. A changed report is compiled again.
        File.AppendAllText(report, "\nReviewed.\n");
        Run edited = Build();
        Assert.True(edited.ExitCode == 0, edited.ToString());
        Assert.Contains($"{report}(7,17): warning {SprintReport.Finding}", edited.Output, StringComparison.Ordinal);

        // 4. An .editorconfig severity (an input of the compiler, so it runs again) makes the finding an error.
        string editorConfig = Path.Combine(project, ".editorconfig");
        File.WriteAllText(editorConfig, "root = true\n\n[*.md]\ndotnet_diagnostic.RL2001.severity = error\n");
        Run strict = Build();
        Assert.True(strict.ExitCode != 0, strict.ToString());
        Assert.Contains($"{report}(7,17): error {SprintReport.Finding}", strict.Output, StringComparison.Ordinal);
        File.Delete(editorConfig);

        // 5. NoWarn silences it.
        File.WriteAllText(csproj, ProjectFile("\n    <NoWarn>$(NoWarn);RL2001</NoWarn>"));
        Run silenced = Build();
        Assert.True(silenced.ExitCode == 0, silenced.ToString());
        Assert.DoesNotContain("RL2001", silenced.Output, StringComparison.Ordinal);

        // 6. ReportLintAdditionalFiles=false leaves the Markdown files out.
        File.WriteAllText(csproj, ProjectFile("\n    <ReportLintAdditionalFiles>false</ReportLintAdditionalFiles>"));
        Run off = Build();
        Assert.True(off.ExitCode == 0, off.ToString());
        Assert.DoesNotContain("RL2001", off.Output, StringComparison.Ordinal);
    }
}
