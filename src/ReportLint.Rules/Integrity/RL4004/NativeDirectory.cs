#if NET
using System.Runtime.InteropServices;

namespace ReportLint.Rules.Integrity;

/// <summary>
/// A folder's entries with the type the kernel reports for each (readdir's d_type), on 64-bit Linux. .NET's own
/// enumeration stats every symbolic link to learn whether its target is a folder, which touches targets outside the
/// working tree; this reads the names and types only.
/// </summary>
internal static class NativeDirectory
{
    public const byte Unknown = 0;
    public const byte Folder = 4;
    public const byte File = 8;
    public const byte Link = 10;

    // struct dirent of glibc and musl on 64-bit Linux: d_ino (8), d_off (8), d_reclen (2), d_type (1), d_name.
    private const int TypeOffset = 18;
    private const int NameOffset = 19;

    /// <summary>Whether <see cref="Read"/> can be used here.</summary>
    public static bool IsSupported { get; } = OperatingSystem.IsLinux() && Environment.Is64BitProcess && Probe();

    /// <summary>The entries of <paramref name="folder"/> (without . and ..), or null when it cannot be read.</summary>
    public static List<Entry>? Read(string folder)
    {
        IntPtr dir = opendir(folder);
        if (dir == IntPtr.Zero)
        {
            return null;
        }

        try
        {
            var entries = new List<Entry>();
            for (IntPtr entry = readdir(dir); entry != IntPtr.Zero; entry = readdir(dir))
            {
                string? name = Marshal.PtrToStringUTF8(entry + NameOffset);
                if (name is null or "." or "..")
                {
                    continue;
                }

                entries.Add(new Entry(name, Marshal.ReadByte(entry, TypeOffset)));
            }

            return entries;
        }
        finally
        {
            _ = closedir(dir);
        }
    }

    /// <summary>A name and its d_type.</summary>
    public sealed record Entry(string Name, byte Type);

    // The layout is checked once against what .NET sees: the root folder lists "." with the folder type.
    private static bool Probe()
    {
        try
        {
            IntPtr dir = opendir("/");
            if (dir == IntPtr.Zero)
            {
                return false;
            }

            try
            {
                for (IntPtr entry = readdir(dir); entry != IntPtr.Zero; entry = readdir(dir))
                {
                    if (Marshal.PtrToStringUTF8(entry + NameOffset) == ".")
                    {
                        byte type = Marshal.ReadByte(entry, TypeOffset);
                        return type is Folder or Unknown;
                    }
                }

                return false;
            }
            finally
            {
                _ = closedir(dir);
            }
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [DllImport("libc", SetLastError = true)]
    private static extern IntPtr opendir([MarshalAs(UnmanagedType.LPUTF8Str)] string name);

    [DllImport("libc", SetLastError = true)]
    private static extern IntPtr readdir(IntPtr dir);

    [DllImport("libc")]
    private static extern int closedir(IntPtr dir);
}
#endif
