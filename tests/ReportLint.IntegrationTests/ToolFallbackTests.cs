using System.IO.Compression;
using ReportLint.Tests.Harness;

// Every test here packs from the same source tree (and so builds into the same obj/ folders): never two at once.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace ReportLint.IntegrationTests;

/// <summary>
/// Issues 22 and 51: the tool's platform packages. A platform with its own package gets it: NativeAOT for the platform
/// that packed it (<see cref="InstallTests"/> proves it for this machine), self-contained composite ReadyToRun code for
/// each other platform (NativeAOT cannot compile for another operating system); any other platform gets the
/// framework-dependent IL package. Here the tool is packed for every release platform but this machine's, and 'any',
/// so this machine must fall back; each other platform's package must be ReadyToRun code for that platform, or, for
/// linux-arm64 packed on linux-x64 with the cross toolchain, a NativeAOT executable that runs under qemu-aarch64.
/// </summary>
public sealed class ToolFallbackTests : IDisposable
{
    private readonly Sandbox _sandbox = Sandbox.WithoutPackages("reportlint-it-fallback-");

    private static readonly string[] ReleasePlatforms = ["linux-x64", "linux-arm64", "osx-arm64", "win-x64", "osx-x64", "linux-musl-x64"];

    // The other platforms packed here: each composite ReadyToRun package downloads its runtime pack and takes a minute
    // or more to compile, so three are packed (as before issue 51), and osx-x64 and linux-musl-x64, the same packs for
    // another architecture and C library, are left out to keep CI's run short.
    private static string[] OtherPlatforms => [.. ReleasePlatforms.Where(rid => rid != Sandbox.ToolRuntimeIdentifier && rid is not ("osx-x64" or "linux-musl-x64")).Take(3)];

    [Fact]
    public void A_platform_without_its_own_package_installs_the_framework_dependent_one()
    {
        Run pack = _sandbox.Dotnet(Repo.Root, "pack", Repo.Path("src", "ReportLint.Cli"), "-c", "Release", "-o", _sandbox.Feed,
            $"-p:Version={_sandbox.Version}", $"-p:ToolPackageRuntimeIdentifiers=\"{string.Join(';', OtherPlatforms)};any\"");
        Assert.True(pack.ExitCode == 0, pack.ToString());

        // Each other platform's package is ReadyToRun for that platform (crossgen2 compiles for any target from here),
        // but for a platform NativeAOT cross-compiles to from here: linux-arm64 on linux-x64 with the cross toolchain.
        string[] native = AotPlatforms();
        foreach (string platform in OtherPlatforms)
        {
            if (native.Contains(platform))
            {
                AssertNative(platform);
                continue;
            }

            string extracted = _sandbox.NewFolder("platform-" + platform);
            using (ZipArchive package = ZipFile.OpenRead(Path.Combine(_sandbox.Feed, $"ReportLint.Cli.{platform}.{_sandbox.Version}.nupkg")))
            {
                foreach (string assembly in new[] { "reportlint", "ReportLint.Core", "ReportLint.Rules" })
                {
                    // Self-contained: laid out under tools/any/<rid>, beside the runtime and the composite image.
                    ZipArchiveEntry entry = package.GetEntry($"tools/any/{platform}/{assembly}.dll")
                        ?? throw new InvalidOperationException($"no {assembly}.dll in the {platform} package");
                    entry.ExtractToFile(Path.Combine(extracted, assembly + ".dll"));
                }

                Assert.NotNull(package.GetEntry($"tools/any/{platform}/reportlint.r2r.dll"));
                Assert.NotNull(package.GetEntry($"tools/any/{platform}/System.Private.CoreLib.dll"));
            }

            foreach (string assembly in new[] { "reportlint", "ReportLint.Core", "ReportLint.Rules" })
            {
                (bool readyToRun, var machine) = ReadyToRun.Inspect(Path.Combine(extracted, assembly + ".dll"));
                Assert.True(readyToRun, $"the {platform} package's {assembly}.dll is not ReadyToRun");
                // musl and glibc Linux share the machine code's encoding.
                Assert.Equal(platform.Replace("-musl", "", StringComparison.Ordinal), ReadyToRun.Describe(machine));
            }
        }

        // This machine has no package of its own in the feed: dotnet tool install takes 'any', which runs.
        string work = _sandbox.NewFolder("fallback-user");
        File.WriteAllText(Path.Combine(work, "status.md"), SprintReport.WrongTotal);
        Run install = _sandbox.Dotnet(work, "tool", "install", "--tool-path", _sandbox.Tools, "--add-source", _sandbox.Feed, "--version", _sandbox.Version, "ReportLint.Cli");
        Assert.True(install.ExitCode == 0, install.ToString());

        string dll = Assert.Single(Directory.GetFiles(Path.Combine(_sandbox.Tools, ".store"), "reportlint.dll", SearchOption.AllDirectories));
        Assert.Contains("reportlint.cli.any", dll, StringComparison.OrdinalIgnoreCase);
        Assert.False(ReadyToRun.Inspect(dll).IsReadyToRun, $"{dll} should be the plain IL fallback");

        Run check = _sandbox.Start(Path.Combine(_sandbox.Tools, OperatingSystem.IsWindows() ? "reportlint.exe" : "reportlint"), work, "check", "status.md");
        Assert.True(check.ExitCode == 1, check.ToString());
        Assert.Contains("status.md(7,17): warning RL2001: Total 6h ≠ 2h + 3h = 5h (rows 5–6)", check.Output, StringComparison.Ordinal);
    }

    // The platforms the project packs NativeAOT on this machine.
    private string[] AotPlatforms()
    {
        Run evaluate = _sandbox.Dotnet(Repo.Root, "msbuild", Repo.Path("src", "ReportLint.Cli"), "-getProperty:ReportLintAotRuntimeIdentifiers");
        Assert.True(evaluate.ExitCode == 0, evaluate.ToString());
        string[] platforms = evaluate.Output.Trim().Split(';', StringSplitOptions.RemoveEmptyEntries);

        // CI installs the arm64 cross toolchain (.ci/run): there, a linux-x64 machine must cross-compile linux-arm64.
        if (Sandbox.ToolRuntimeIdentifier == "linux-x64" && string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Contains("linux-arm64", platforms);
        }

        return platforms;
    }

    // A cross-compiled platform's package is one native executable for that platform; where an emulator for it is
    // installed (qemu-aarch64, which CI installs), the executable runs a check and finds what this machine's tool finds.
    private void AssertNative(string platform)
    {
        string extracted = _sandbox.NewFolder("native-" + platform);
        string executable = Path.Combine(extracted, "reportlint");
        using (ZipArchive package = ZipFile.OpenRead(Path.Combine(_sandbox.Feed, $"ReportLint.Cli.{platform}.{_sandbox.Version}.nupkg")))
        {
            Assert.Null(package.GetEntry($"tools/any/{platform}/reportlint.dll"));
            ZipArchiveEntry entry = package.GetEntry($"tools/any/{platform}/reportlint")
                ?? throw new InvalidOperationException($"no native reportlint in the {platform} package");
            entry.ExtractToFile(executable);
        }

        Assert.Equal(platform, NativeTool.Describe(executable));
        if (platform != "linux-arm64" || !OperatingSystem.IsLinux() || FindOnPath("qemu-aarch64") is not { } qemu)
        {
            Assert.False(string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase) && platform == "linux-arm64",
                "CI runs the linux-arm64 executable under qemu-aarch64, which is missing");
            return;
        }

        File.SetUnixFileMode(executable, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        string work = _sandbox.NewFolder("native-user-" + platform);
        File.WriteAllText(Path.Combine(work, "status.md"), SprintReport.WrongTotal);
        Run check = _sandbox.Start(qemu, work, "-L", "/usr/aarch64-linux-gnu", executable, "check", "status.md");
        Assert.True(check.ExitCode == 1, check.ToString());
        Assert.Contains("status.md(7,17): warning RL2001: Total 6h ≠ 2h + 3h = 5h (rows 5–6)", check.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plain_pack_makes_the_tool_for_the_six_release_platforms_and_any()
    {
        Run evaluate = _sandbox.Dotnet(Repo.Root, "msbuild", Repo.Path("src", "ReportLint.Cli"), "-getProperty:ToolPackageRuntimeIdentifiers");
        Assert.True(evaluate.ExitCode == 0, evaluate.ToString());
        Assert.Equal([.. ReleasePlatforms, "any"], evaluate.Output.Trim().Split(';'));
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, program)).FirstOrDefault(File.Exists);

    public void Dispose() => _sandbox.Dispose();
}
