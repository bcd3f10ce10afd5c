using System.Buffers.Binary;
using System.Diagnostics;
using System.IO.Compression;

namespace ReportLint.Tests.Harness;

/// <summary>
/// Headless Chromium (Debian's <c>chromium</c>, which <c>.ci/run</c> installs; <c>REPORTLINT_CHROMIUM</c> names another
/// binary): opens a page from a file with a fresh profile and no network services, and returns its DOM after the load
/// (<c>--dump-dom</c>) or a screenshot.
/// </summary>
public static class Chromium
{
    private static readonly string[] Names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

    /// <summary>The browser binary, or null when none is installed.</summary>
    public static string? Binary { get; } = Find();

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("REPORTLINT_CHROMIUM") is { Length: > 0 } named)
        {
            return named;
        }

        foreach (string dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (string name in Names)
            {
                string path = Path.Combine(dir, name);
                if (File.Exists(path))
                {
                    return path;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The page's DOM, serialised, once it has loaded and its scripts have run; opened at a fragment when one is given
    /// (<c>all-notes</c>: the reviewer's page builds every note at once).
    /// </summary>
    public static string DumpDom(string page, string? fragment = null) => Run(page, "--dump-dom", 1280, 900, fragment: fragment);

    /// <summary>The page's DOM, and the text of Chromium's network log (every URL it asked for) while it loaded.</summary>
    public static (string Dom, string NetLog) DumpDomWithNetLog(string page)
    {
        string log = Path.Combine(Path.GetTempPath(), $"reportlint-netlog-{Guid.NewGuid():N}.json");
        try
        {
            string dom = Run(page, "--dump-dom", 1280, 900, "--log-net-log=" + log, "all-notes");
            return (dom, File.ReadAllText(log));
        }
        finally
        {
            File.Delete(log);
        }
    }

    /// <summary>A screenshot of the top of the page in a window of the given size, as PNG bytes.</summary>
    public static byte[] Screenshot(string page, int width, int height)
    {
        string file = Path.Combine(Path.GetTempPath(), $"reportlint-shot-{Guid.NewGuid():N}.png");
        try
        {
            Run(page, "--screenshot=" + file, width, height);
            return File.ReadAllBytes(file);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string Run(string page, string action, int width, int height, string? extra = null, string? fragment = null)
    {
        string binary = Binary ?? throw new InvalidOperationException("No Chromium on PATH (apt-get install chromium, or set REPORTLINT_CHROMIUM).");
        string profile = Path.Combine(Path.GetTempPath(), $"reportlint-chromium-{Guid.NewGuid():N}");
        var start = new ProcessStartInfo(binary)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in (string[])["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
                     "--disable-dev-shm-usage", "--no-default-browser-check", "--hide-scrollbars", "--force-device-scale-factor=1",
                     "--user-data-dir=" + profile, $"--window-size={width},{height}", .. (extra is null ? (string[])[] : [extra]), action,
                     new Uri(Path.GetFullPath(page)).AbsoluteUri + (fragment is null ? "" : "#" + fragment)])
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using Process process = Process.Start(start)!;
            Task<string> output = process.StandardOutput.ReadToEndAsync();
            Task<string> error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"Chromium did not finish {action} on {page} within two minutes.");
            }

            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"Chromium exited with {process.ExitCode} on {page}: {error.Result[^Math.Min(2000, error.Result.Length)..]}");
            }

            return output.Result;
        }
        finally
        {
            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (IOException)
            {
                // A profile folder still being released is left in the temporary folder.
            }
        }
    }

    /// <summary>A PNG's size and the colours of its pixels (8-bit RGB or RGBA, not interlaced: what Chromium writes).</summary>
    public static (int Width, int Height, uint[] Pixels) DecodePng(byte[] png)
    {
        ReadOnlySpan<byte> signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        if (png.Length < 8 || !png.AsSpan(0, 8).SequenceEqual(signature))
        {
            throw new InvalidDataException("not a PNG file");
        }

        int width = 0, height = 0, channels = 0;
        using var data = new MemoryStream();
        for (int at = 8; at + 8 <= png.Length;)
        {
            int length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            string type = System.Text.Encoding.ASCII.GetString(png, at + 4, 4);
            ReadOnlySpan<byte> chunk = png.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(chunk);
                height = BinaryPrimitives.ReadInt32BigEndian(chunk[4..]);
                (byte depth, byte colour, byte interlace) = (chunk[8], chunk[9], chunk[12]);
                channels = colour switch { 2 => 3, 6 => 4, _ => 0 };
                if (depth != 8 || channels == 0 || interlace != 0)
                {
                    throw new InvalidDataException($"PNG of bit depth {depth}, colour type {colour}, interlace {interlace}: not decoded here");
                }
            }
            else if (type == "IDAT")
            {
                data.Write(chunk);
            }

            at += 12 + length;
        }

        data.Position = 0;
        using var inflate = new ZLibStream(data, CompressionMode.Decompress);
        int stride = width * channels;
        byte[] previous = new byte[stride], row = new byte[stride];
        var pixels = new uint[width * height];
        for (int y = 0; y < height; y++)
        {
            int filter = inflate.ReadByte();
            inflate.ReadExactly(row);
            for (int x = 0; x < stride; x++)
            {
                int a = x >= channels ? row[x - channels] : 0, b = previous[x], c = x >= channels ? previous[x - channels] : 0;
                row[x] = (byte)(row[x] + filter switch
                {
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => Paeth(a, b, c),
                    _ => 0,
                });
            }

            for (int x = 0; x < width; x++)
            {
                pixels[y * width + x] = (uint)(row[x * channels] << 16 | row[x * channels + 1] << 8 | row[x * channels + 2]);
            }

            (previous, row) = (row, previous);
        }

        return (width, height, pixels);
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}

/// <summary>
/// A fact that opens pages in Chromium, and maybe reads the shared material: skipped, with the reason, when either is
/// missing on a developer machine; run anyway under CI=true, where a missing one makes it fail.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute(string? sharedFolder = null)
    {
        if (Repo.OnCi)
        {
            return;
        }

        if (Chromium.Binary is null)
        {
            Skip = "needs Chromium on PATH (apt-get install chromium; set CI=true to make this a failure)";
        }
        else if (sharedFolder is not null && Repo.SharedFolder(sharedFolder) is null)
        {
            Skip = $"../shared/{sharedFolder} is not beside the clone";
        }
    }
}
