using System.Runtime.InteropServices;

namespace ReportLint.IO;

/// <summary>
/// What the file system says of a path without opening it: its type (a symbolic link itself, or what it leads to), size
/// and number of hard links, from <c>statx</c> on Linux (whose layout is the same on every architecture), from the
/// .NET runtime's own <c>lstat</c> and <c>stat</c> on other Unix systems, and from the file's attributes on Windows;
/// a link's target, read from the link (<c>readlink</c>) without touching what it names; and a folder's entries with
/// their types as <c>readdir</c> gives them, without looking at the targets of links.
/// </summary>
internal static class NativeFiles
{
    /// <summary>A path's type, size and hard links; <see cref="Links"/> is 1 where the platform cannot tell.</summary>
    internal readonly struct Status(FileKind kind, long length, int links, string? error = null)
    {
        public FileKind Kind { get; } = kind;

        public long Length { get; } = length;

        public int Links { get; } = links;

        /// <summary>Why the status could not be read, for <see cref="FileKind.Unknown"/>.</summary>
        public string? Error { get; } = error;
    }

    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const int AtNoAutomount = 0x800;
    private const uint StatxType = 0x1, StatxMode = 0x2, StatxNlink = 0x4, StatxSize = 0x200;
    private const int ErrorNotFound = 2, ErrorNotFolder = 20, ErrorNameTooLong = 36, ErrorLoop = 40;

    private static readonly bool IsWindows = RuntimeInformation.IsOSPlatform(OSPlatform.Windows);
    private static readonly bool IsLinux = RuntimeInformation.IsOSPlatform(OSPlatform.Linux);
    private static int _statxMissing;

    /// <summary>The status of <paramref name="path"/> itself (a symbolic link is reported as one), or of what it leads to.</summary>
    public static Status Get(string path, bool follow)
    {
        if (IsWindows)
        {
            return Windows(path, follow);
        }

        if (IsLinux && Volatile.Read(ref _statxMissing) == 0)
        {
            try
            {
                return Statx(path, follow);
            }
            catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
            {
                // A C library older than glibc 2.28, or musl before 1.2.5.
                Volatile.Write(ref _statxMissing, 1);
            }
        }

        return RuntimeStat(path, follow);
    }

    private static Status Statx(string path, bool follow)
    {
        byte[] buffer = new byte[256];
        int flags = AtNoAutomount | (follow ? 0 : AtSymlinkNoFollow);
        if (statx(AtFdCwd, Utf8Z(path), flags, StatxType | StatxMode | StatxNlink | StatxSize, buffer) != 0)
        {
            return Failed(Marshal.GetLastWin32Error());
        }

        int mode = BitConverter.ToUInt16(buffer, 28);
        long size = BitConverter.ToInt64(buffer, 40);
        int links = (int)Math.Min(BitConverter.ToUInt32(buffer, 16), int.MaxValue);
        return new Status(KindOf(mode), size, Math.Max(links, 1));
    }

    // The runtime's own System.Native (every .NET process on Unix has it): its FileStatus gives the mode at offset 4
    // and the size at 16, in the portable S_IF* values, but no link count.
    private static Status RuntimeStat(string path, bool follow)
    {
        byte[] buffer = new byte[256];
        try
        {
            int result = follow ? SystemNativeStat(Utf8Z(path), buffer) : SystemNativeLStat(Utf8Z(path), buffer);
            if (result != 0)
            {
                return Failed(Marshal.GetLastWin32Error());
            }
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            return Managed(path, follow);
        }

        return new Status(KindOf(BitConverter.ToInt32(buffer, 4)), BitConverter.ToInt64(buffer, 16), 1);
    }

    // Last resort (no System.Native): attributes only, which cannot tell a FIFO or a device from a file; such a file is
    // still never read past the size limit.
    private static Status Managed(string path, bool follow)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return Directory.Exists(path) && (follow || (new DirectoryInfo(path).Attributes & FileAttributes.ReparsePoint) == 0)
                    ? new Status(FileKind.Directory, 0, 1)
                    : new Status(FileKind.Missing, 0, 0);
            }

            return !follow && (info.Attributes & FileAttributes.ReparsePoint) != 0
                ? new Status(FileKind.SymbolicLink, 0, 1)
                : new Status(FileKind.Regular, info.Length, 1);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new Status(FileKind.Unknown, 0, 0, ex.Message);
        }
    }

    private static Status Windows(string path, bool follow)
    {
        try
        {
            FileAttributes attributes = File.GetAttributes(path);
            if ((attributes & FileAttributes.ReparsePoint) != 0 && !follow)
            {
                return new Status(FileKind.SymbolicLink, 0, 1);
            }

            if ((attributes & FileAttributes.Directory) != 0)
            {
                return new Status(FileKind.Directory, 0, 1);
            }

            return new Status((attributes & FileAttributes.Device) != 0 ? FileKind.CharacterDevice : FileKind.Regular, new FileInfo(path).Length, 1);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return new Status(FileKind.Missing, 0, 0);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return new Status(FileKind.Unknown, 0, 0, ex.Message);
        }
    }

    private static Status Failed(int errno) => errno is ErrorNotFound or ErrorNotFolder
        ? new Status(FileKind.Missing, 0, 0)
        : new Status(FileKind.Unknown, 0, 0, errno switch
        {
            13 => "permission denied",
            ErrorLoop => "too many levels of symbolic links",
            ErrorNameTooLong => "the name is too long",
            _ => $"error {errno}",
        });

    // The S_IF* values, the same in Linux's statx and System.Native's portable FileStatus.
    private static FileKind KindOf(int mode) => (mode & 0xF000) switch
    {
        0x8000 => FileKind.Regular,
        0x4000 => FileKind.Directory,
        0xA000 => FileKind.SymbolicLink,
        0x1000 => FileKind.Fifo,
        0x2000 => FileKind.CharacterDevice,
        0x6000 => FileKind.BlockDevice,
        0xC000 => FileKind.Socket,
        _ => FileKind.Unknown,
    };

    /// <summary>What the symbolic link <paramref name="path"/> holds, as written, or null when it is no link or cannot be read.</summary>
    public static string? ReadLink(string path)
    {
#if NET
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
#else
        if (IsWindows)
        {
            // netstandard2.0 cannot read a link's target on Windows: the link is never followed.
            return null;
        }

        byte[] buffer = new byte[4096];
        long length;
        try
        {
            length = readlink(Utf8Z(path), buffer, (UIntPtr)buffer.Length).ToInt64();
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            return null;
        }

        return length <= 0 || length >= buffer.Length ? null : System.Text.Encoding.UTF8.GetString(buffer, 0, (int)length);
#endif
    }

    /// <summary>A folder entry's name and type, the type as <c>readdir</c> reports it (a link as a link).</summary>
    internal sealed class Entry(string name, FileKind kind)
    {
        public string Name { get; } = name;

        public FileKind Kind { get; set; } = kind;
    }

    // struct dirent of glibc and musl on 64-bit Linux: d_ino (8), d_off (8), d_reclen (2), d_type (1), d_name.
    private const int TypeOffset = 18;
    private const int NameOffset = 19;

    private static readonly bool CanReadDirectories = IsLinux && IntPtr.Size == 8;
    private static int _readDirectoryFailed;

    /// <summary>
    /// The entries of <paramref name="folder"/> (without . and ..) with their types, no link followed and no entry
    /// looked at past its name and type. Throws <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/>
    /// when the folder cannot be read.
    /// </summary>
    public static List<Entry> ReadDirectory(string folder)
    {
        if (CanReadDirectories && Volatile.Read(ref _readDirectoryFailed) == 0 && ReadDirectoryNative(folder) is { } listed)
        {
            return listed;
        }

        // Elsewhere the framework's enumeration, each entry's type from its own status.
        var found = new List<Entry>();
        foreach (string path in Directory.EnumerateFileSystemEntries(folder))
        {
            found.Add(new Entry(Path.GetFileName(path), Get(path, follow: false).Kind));
        }

        return found;
    }

    private static FileKind DirentKind(byte type) => type switch
    {
        1 => FileKind.Fifo,
        2 => FileKind.CharacterDevice,
        4 => FileKind.Directory,
        6 => FileKind.BlockDevice,
        8 => FileKind.Regular,
        10 => FileKind.SymbolicLink,
        12 => FileKind.Socket,
        _ => FileKind.Unknown,
    };

    private static string Utf8At(IntPtr pointer)
    {
        int length = 0;
        while (Marshal.ReadByte(pointer, length) != 0)
        {
            length++;
        }

        byte[] bytes = new byte[length];
        Marshal.Copy(pointer, bytes, 0, length);
        return System.Text.Encoding.UTF8.GetString(bytes);
    }

    // readdir with glibc's and musl's 64-bit struct dirent. The layout is checked on the folder read itself: it must list
    // "." as a folder; if not (another C library), the framework's enumeration is used from then on. Null when the
    // folder cannot be opened (the framework's enumeration then says why).
    private static List<Entry>? ReadDirectoryNative(string folder)
    {
        IntPtr dir;
        try
        {
            dir = opendir(Utf8Z(folder));
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            Volatile.Write(ref _readDirectoryFailed, 1);
            return null;
        }

        if (dir == IntPtr.Zero)
        {
            return null;
        }

        var raw = new List<(string Name, byte Type)>();
        bool dotIsFolder = false;
        try
        {
            for (IntPtr entry = readdir(dir); entry != IntPtr.Zero; entry = readdir(dir))
            {
                string name = Utf8At(entry + NameOffset);
                byte type = Marshal.ReadByte(entry, TypeOffset);
                if (name == ".")
                {
                    dotIsFolder = type is 4 or 0;
                }
                else if (name != "..")
                {
                    raw.Add((name, type));
                }
            }
        }
        finally
        {
            _ = closedir(dir);
        }

        if (!dotIsFolder)
        {
            Volatile.Write(ref _readDirectoryFailed, 1);
            return null;
        }

        var entries = new List<Entry>(raw.Count);
        foreach ((string name, byte type) in raw)
        {
            // Some file systems give no type: the entry's own status (never its target's) then says.
            FileKind kind = DirentKind(type);
            entries.Add(new Entry(name, kind == FileKind.Unknown ? Get(Path.Combine(folder, name), follow: false).Kind : kind));
        }

        return entries;
    }

    // A path as the C library takes it: UTF-8, ending with a NUL.
    private static byte[] Utf8Z(string path)
    {
        byte[] bytes = new byte[System.Text.Encoding.UTF8.GetByteCount(path) + 1];
        System.Text.Encoding.UTF8.GetBytes(path, 0, path.Length, bytes, 0);
        return bytes;
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int statx(int dirfd, byte[] path, int flags, uint mask, byte[] buffer);

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", SetLastError = true)]
    private static extern int SystemNativeStat(byte[] path, byte[] buffer);

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_LStat", SetLastError = true)]
    private static extern int SystemNativeLStat(byte[] path, byte[] buffer);

#if !NET
    [DllImport("libc", SetLastError = true)]
    private static extern IntPtr readlink(byte[] path, byte[] buffer, UIntPtr size);
#endif

    [DllImport("libc", SetLastError = true)]
    private static extern IntPtr opendir(byte[] name);

    [DllImport("libc", SetLastError = true)]
    private static extern IntPtr readdir(IntPtr dir);

    [DllImport("libc")]
    private static extern int closedir(IntPtr dir);
}
