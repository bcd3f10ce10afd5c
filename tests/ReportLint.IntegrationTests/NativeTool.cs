using System.Buffers.Binary;
using System.Reflection.PortableExecutable;

namespace ReportLint.IntegrationTests;

/// <summary>What an executable's header says about the platform its machine code is for (issue 51).</summary>
public static class NativeTool
{
    /// <summary>The file name of the tool's command in a NativeAOT tool package.</summary>
    public static string CommandFile => OperatingSystem.IsWindows() ? "reportlint.exe" : "reportlint";

    /// <summary>
    /// The runtime identifier a native executable is for, from its ELF, Mach-O or PE header (an ELF program whose
    /// interpreter is musl's loader is linux-musl-*), or a description of why it is not a native executable: a managed
    /// assembly (which has a CLI header) or anything else.
    /// </summary>
    public static string Describe(string path)
    {
        byte[] bytes = File.ReadAllBytes(path);
        ReadOnlySpan<byte> data = bytes;
        if (data.Length > 64 && data[..4].SequenceEqual("\u007fELF"u8))
        {
            // 64-bit little-endian ELF: e_machine at 18, program headers at e_phoff (32), e_phentsize (54), e_phnum (56).
            string arch = BinaryPrimitives.ReadUInt16LittleEndian(data[18..]) switch
            {
                62 => "x64",
                183 => "arm64",
                ushort other => $"elf-machine-{other}",
            };
            string libc = "linux";
            long table = (long)BinaryPrimitives.ReadUInt64LittleEndian(data[32..]);
            int size = BinaryPrimitives.ReadUInt16LittleEndian(data[54..]);
            int count = BinaryPrimitives.ReadUInt16LittleEndian(data[56..]);
            for (int i = 0; i < count; i++)
            {
                ReadOnlySpan<byte> header = data.Slice((int)(table + (i * size)), size);
                if (BinaryPrimitives.ReadUInt32LittleEndian(header) == 3)
                {
                    // PT_INTERP: the path of the program's loader.
                    var interpreter = System.Text.Encoding.ASCII.GetString(data.Slice((int)BinaryPrimitives.ReadUInt64LittleEndian(header[8..]), (int)BinaryPrimitives.ReadUInt64LittleEndian(header[32..])));
                    libc = interpreter.Contains("musl", StringComparison.Ordinal) ? "linux-musl" : "linux";
                }
            }

            return $"{libc}-{arch}";
        }

        if (data.Length > 8 && BinaryPrimitives.ReadUInt32LittleEndian(data) == 0xFEEDFACF)
        {
            return BinaryPrimitives.ReadUInt32LittleEndian(data[4..]) switch
            {
                0x01000007 => "osx-x64",
                0x0100000C => "osx-arm64",
                uint other => $"macho-cpu-0x{other:X}",
            };
        }

        if (data.Length > 2 && data[0] == 'M' && data[1] == 'Z')
        {
            using var reader = new PEReader(new MemoryStream(bytes));
            if (reader.PEHeaders.CorHeader is not null)
            {
                return "a managed assembly, not a native executable";
            }

            return reader.PEHeaders.CoffHeader.Machine switch
            {
                Machine.Amd64 => "win-x64",
                Machine.Arm64 => "win-arm64",
                Machine other => $"pe-machine-{other}",
            };
        }

        return "not an executable";
    }
}
