namespace ReportLint.Text;

/// <summary>
/// The lines of a piece of a document, split at '\n' (a '\r' before it stays on the line), each with the document
/// offset it starts at: <c>var lines = new TextLines(text, offset); while (lines.MoveNext()) { … lines.Current … }</c>.
/// </summary>
internal ref struct TextLines
{
    private readonly ReadOnlySpan<char> _text;
    private readonly int _offset;
    private int _next;

    public TextLines(ReadOnlySpan<char> text, int offset)
    {
        _text = text;
        _offset = offset;
        _next = 0;
        Current = default;
        Start = offset;
    }

    /// <summary>The current line, without its '\n'.</summary>
    public ReadOnlySpan<char> Current { get; private set; }

    /// <summary>The document offset the current line starts at.</summary>
    public int Start { get; private set; }

    public bool MoveNext()
    {
        if (_next >= _text.Length)
        {
            return false;
        }

        int end = _text[_next..].IndexOf('\n') is int n and >= 0 ? _next + n : _text.Length;
        Current = _text[_next..end];
        Start = _offset + _next;
        _next = end + 1;
        return true;
    }
}
