using System.Buffers.Text;
using System.Text;

namespace ReportLint.Cli.Lsp;

/// <summary>One message read from the client: its JSON body, or why none could be read, or the end of the input.</summary>
internal readonly record struct LspFrame(byte[]? Body, string? Problem, bool End);

/// <summary>
/// The LSP base protocol over two streams: each message is <c>Content-Length: N</c> (other headers are read and
/// ignored), a blank line, then N bytes of JSON. Reading is bounded: a header line longer than 8 KiB or a body larger
/// than <see cref="MaxMessageBytes"/> is skipped with a problem, never buffered. Writing is serialised, so messages
/// from several threads never interleave.
/// </summary>
internal sealed class LspTransport
{
    /// <summary>The largest message read (a 256 MB report, every character escaped, fits).</summary>
    public const long MaxMessageBytes = 1L << 30;

    private const int MaxHeaderLine = 8 * 1024;

    private readonly Stream _input;
    private readonly Stream _output;
    private readonly Lock _write = new();
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;

    public LspTransport(Stream input, Stream output)
    {
        _input = input;
        _output = output;
    }

    /// <summary>The next message; a problem (the transport is then past the bad part), or the end of the input.</summary>
    public LspFrame Read()
    {
        long length = -1;
        string? problem = null;
        bool anyHeader = false;
        while (true)
        {
            (string? line, bool tooLong) = ReadHeaderLine();
            if (line is null)
            {
                return new LspFrame(null, null, End: true);
            }

            if (tooLong)
            {
                problem ??= "a header line longer than 8 KiB";
                anyHeader = true;
                continue;
            }

            if (line.Length == 0)
            {
                if (!anyHeader)
                {
                    // Blank lines between messages are tolerated.
                    continue;
                }

                break;
            }

            anyHeader = true;
            int colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                problem ??= $"a header line without a name: '{Shorten(line)}'";
                continue;
            }

            if (line.AsSpan(0, colon).Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                if (!long.TryParse(line.AsSpan(colon + 1).Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out length))
                {
                    problem ??= $"a Content-Length that is not a number: '{Shorten(line)}'";
                    length = -1;
                }
            }
        }

        if (length < 0)
        {
            return new LspFrame(null, problem ?? "a message without a Content-Length header", End: false);
        }

        if (length > MaxMessageBytes)
        {
            return Skip(length) ? new LspFrame(null, $"a message of {length} bytes, over the limit of {MaxMessageBytes}; skipped", End: false) : new LspFrame(null, null, End: true);
        }

        byte[] body = new byte[length];
        int have = Math.Min(_end - _start, body.Length);
        _buffer.AsSpan(_start, have).CopyTo(body);
        _start += have;
        int read = have;
        while (read < body.Length)
        {
            int n = _input.Read(body, read, body.Length - read);
            if (n == 0)
            {
                return new LspFrame(null, null, End: true);
            }

            read += n;
        }

        return problem is null ? new LspFrame(body, null, End: false) : new LspFrame(null, problem, End: false);
    }

    /// <summary>Writes one message (its JSON body); false when the output is closed.</summary>
    public bool Write(ReadOnlySpan<byte> json)
    {
        Span<byte> header = stackalloc byte[64];
        "Content-Length: "u8.CopyTo(header);
        int at = 16;
        Utf8Formatter.TryFormat(json.Length, header[at..], out int digits);
        at += digits;
        "\r\n\r\n"u8.CopyTo(header[at..]);
        at += 4;
        lock (_write)
        {
            try
            {
                _output.Write(header[..at]);
                _output.Write(json);
                _output.Flush();
                return true;
            }
            catch (Exception ex) when (ex is IOException or ObjectDisposedException)
            {
                return false;
            }
        }
    }

    // A header line without its line break (CRLF, or LF alone); null at the end of the input. A line over the limit is
    // read to its end and dropped.
    private (string? Line, bool TooLong) ReadHeaderLine()
    {
        var line = new StringBuilder();
        bool tooLong = false;
        while (true)
        {
            if (_start == _end && !Fill())
            {
                return line.Length == 0 && !tooLong ? (null, false) : (line.ToString(), tooLong);
            }

            int newline = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
            int stop = newline < 0 ? _end : newline;
            if (!tooLong)
            {
                if (line.Length + (stop - _start) > MaxHeaderLine)
                {
                    tooLong = true;
                    line.Clear();
                }
                else
                {
                    line.Append(Encoding.ASCII.GetString(_buffer, _start, stop - _start));
                }
            }

            if (newline < 0)
            {
                _start = _end;
                continue;
            }

            _start = newline + 1;
            if (line.Length > 0 && line[^1] == '\r')
            {
                line.Length--;
            }

            return (line.ToString(), tooLong);
        }
    }

    private bool Fill()
    {
        _start = 0;
        _end = _input.Read(_buffer, 0, _buffer.Length);
        return _end > 0;
    }

    // Reads past a body too large to hold; false when the input ends first.
    private bool Skip(long length)
    {
        long left = length;
        int have = (int)Math.Min(_end - _start, left);
        _start += have;
        left -= have;
        while (left > 0)
        {
            int n = _input.Read(_buffer, 0, (int)Math.Min(_buffer.Length, left));
            if (n == 0)
            {
                return false;
            }

            left -= n;
        }

        _start = _end = 0;
        return true;
    }

    private static string Shorten(string line) => line.Length <= 60 ? line : line[..60] + "…";
}
