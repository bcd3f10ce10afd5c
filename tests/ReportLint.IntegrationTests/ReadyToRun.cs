using System.Reflection.PortableExecutable;

namespace ReportLint.IntegrationTests;

/// <summary>What an assembly's PE header says about precompiled code.</summary>
public static class ReadyToRun
{
    /// <summary>
    /// The ReadyToRun state of an assembly: a ReadyToRun image has a managed native header (the ReadyToRun header)
    /// and is no longer IL-only; a plain IL assembly has neither.
    /// </summary>
    public static (bool IsReadyToRun, Machine Machine) Inspect(string path)
    {
        using FileStream stream = File.OpenRead(path);
        using var reader = new PEReader(stream);
        CorHeader cor = reader.PEHeaders.CorHeader ?? throw new InvalidOperationException($"{path} is not a .NET assembly");
        bool readyToRun = cor.ManagedNativeHeaderDirectory.Size > 0 && (cor.Flags & CorFlags.ILOnly) == 0;
        return (readyToRun, reader.PEHeaders.CoffHeader.Machine);
    }

    /// <summary>
    /// The machine a ReadyToRun image targets: ReadyToRun images for other systems than Windows XOR the machine with an
    /// OS constant (crossgen2's TargetOS encoding), so Linux x64 code shows as 0xFD1D rather than Amd64 (0x8664).
    /// </summary>
    public static string Describe(Machine machine) => (ushort)machine switch
    {
        0x8664 => "win-x64",
        0x8664 ^ 0x7B79 => "linux-x64",
        0xAA64 ^ 0x7B79 => "linux-arm64",
        0xAA64 ^ 0x4644 => "osx-arm64",
        0x8664 ^ 0x4644 => "osx-x64",
        0xAA64 => "win-arm64",
        _ => $"0x{(ushort)machine:X4}",
    };
}
