namespace ReportLint.Cli.Output;

/// <summary>
/// Holds what a reporter writes and passes it on in blocks of 64 Ki characters. Standard output's own writer flushes at
/// every write (so that output and errors keep their order in one file), which made each of a million findings a
/// system call of its own.
/// </summary>
internal sealed class BlockWriter : TextWriter
{
    private readonly TextWriter _inner;
    private readonly char[] _block = new char[64 * 1024];
    private int _used;

    public BlockWriter(TextWriter inner)
        : base(inner.FormatProvider)
    {
        _inner = inner;
        CoreNewLine = inner.NewLine.ToCharArray();
    }

    public override System.Text.Encoding Encoding => _inner.Encoding;

    public override void Write(char value)
    {
        if (_used == _block.Length)
        {
            Drain();
        }

        _block[_used++] = value;
    }

    public override void Write(ReadOnlySpan<char> buffer)
    {
        while (!buffer.IsEmpty)
        {
            if (_used == _block.Length)
            {
                Drain();
            }

            int n = Math.Min(buffer.Length, _block.Length - _used);
            buffer[..n].CopyTo(_block.AsSpan(_used));
            _used += n;
            buffer = buffer[n..];
        }
    }

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(string? value) => Write(value.AsSpan());

    public override void WriteLine(string? value)
    {
        Write(value.AsSpan());
        Write(CoreNewLine.AsSpan());
    }

    public override void Flush()
    {
        Drain();
        _inner.Flush();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Flush();
        }

        base.Dispose(disposing);
    }

    private void Drain()
    {
        if (_used > 0)
        {
            _inner.Write(_block, 0, _used);
            _used = 0;
        }
    }
}
