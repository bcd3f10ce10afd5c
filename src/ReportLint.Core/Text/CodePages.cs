namespace ReportLint.Text;

/// <summary>A single-byte code page: which character each byte 0x80-0xFF became, and back.</summary>
public sealed class CodePage
{
    // A character's byte is found by searching this table of 128 characters (the first byte wins), not through a
    // Dictionary<char, byte>: framework generic code over value types is not precompiled by ReadyToRun, and the
    // dictionary was JIT-compiled at every start of the tool.
    private readonly string _table;

    internal CodePage(string name, string table)
    {
        Name = name;
        _table = table;
        int count = 0;
        foreach (char c in table)
        {
            count += c == '\uFFFF' ? 1 : 0;
        }

        byte[] undefined = new byte[count];
        count = 0;
        for (int i = 0; i < table.Length; i++)
        {
            if (table[i] == '\uFFFF')
            {
                undefined[count++] = (byte)(0x80 + i);
            }
        }

        UndefinedBytes = undefined;
    }

    /// <summary>The code page's usual name ("Windows-1252").</summary>
    public string Name { get; }

    /// <summary>The bytes 0x80-0xFF that the code page does not define (a decoder may have dropped them).</summary>
    public IReadOnlyList<byte> UndefinedBytes { get; }

    /// <summary>The character a byte at or above 0x80 became, or null when the code page does not define it.</summary>
    public char? CharOf(byte value) => value < 0x80 || _table[value - 0x80] == '\uFFFF' ? null : _table[value - 0x80];

    /// <summary>The byte a character came from, for characters at or above U+0080.</summary>
    public bool TryGetByte(char c, out byte value)
    {
        int i = c == '\uFFFF' ? -1 : _table.IndexOf(c);
        value = i < 0 ? (byte)0 : (byte)(0x80 + i);
        return i >= 0;
    }
}

internal static partial class CodePages
{
    internal static CodePage Cp1252 { get; } = new("Windows-1252", Windows1252);

    internal static CodePage Cp1254 { get; } = new("Windows-1254", Windows1254);

    internal static CodePage Iso88591 { get; } = new("ISO-8859-1", Latin1);

    internal static CodePage Cp1250 { get; } = new("Windows-1250", Windows1250);

    internal static CodePage Cp1251 { get; } = new("Windows-1251", Windows1251);

    internal static CodePage MacRomanPage { get; } = new("MacRoman", MacRoman);
}
