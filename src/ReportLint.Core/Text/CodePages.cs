namespace ReportLint.Text;

/// <summary>A single-byte code page: which character each byte 0x80-0xFF became, and back.</summary>
public sealed class CodePage
{
    // A character's byte is found in a small hash table of the 128 characters (the first byte wins), not through a
    // Dictionary<char, byte>: framework generic code over value types is not precompiled by ReadyToRun, and the
    // dictionary was JIT-compiled at every start of the tool. Searching the table itself cost about 150 instructions
    // a character, read for every character beyond ASCII of every line the mojibake search tries through each page.
    private readonly string _table;
    private readonly char[] _slotChars = new char[Slots]; // '\0' for an empty slot (no character of a table is)
    private readonly byte[] _slotBytes = new byte[Slots];
    private const int Slots = 256;

    internal CodePage(string name, string table)
    {
        Name = name;
        _table = table;
        for (int i = 0; i < table.Length; i++)
        {
            char c = table[i];
            if (c == '\uFFFF')
            {
                continue;
            }

            int slot = SlotOf(c);
            while (_slotChars[slot] != '\0' && _slotChars[slot] != c)
            {
                slot = (slot + 1) & (Slots - 1);
            }

            if (_slotChars[slot] == '\0')
            {
                _slotChars[slot] = c;
                _slotBytes[slot] = (byte)(0x80 + i);
            }
        }

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

    /// <summary>Whether the code page leaves some bytes undefined (a decoder may drop them, or pass them through).</summary>
    internal bool HasUndefinedBytes => UndefinedBytes.Count > 0;

    /// <summary>
    /// The byte a character came from, as a lenient decoder makes it: a byte the code page does not define may have
    /// been passed through as the Latin-1 character of the same value (U+0081 for 0x81, 'ª' for Windows-1253's 0xAA).
    /// </summary>
    internal bool TryGetByteLenient(char c, out byte value)
    {
        if (c is >= '\u0080' and <= '\u00FF' && _table[c - 0x80] == '\uFFFF')
        {
            value = (byte)c;
            return true;
        }

        return TryGetByte(c, out value);
    }

    /// <summary>The byte a character came from, for characters at or above U+0080.</summary>
    public bool TryGetByte(char c, out byte value)
    {
        if (c != '\uFFFF' && c != '\0')
        {
            for (int slot = SlotOf(c); _slotChars[slot] != '\0'; slot = (slot + 1) & (Slots - 1))
            {
                if (_slotChars[slot] == c)
                {
                    value = _slotBytes[slot];
                    return true;
                }
            }
        }

        value = 0;
        return false;
    }

    private static int SlotOf(char c) => (c ^ (c >> 6)) & (Slots - 1);
}

internal static partial class CodePages
{
    internal static CodePage Cp1252 { get; } = new("Windows-1252", Windows1252);

    internal static CodePage Cp1254 { get; } = new("Windows-1254", Windows1254);

    internal static CodePage Iso88591 { get; } = new("ISO-8859-1", Latin1);

    internal static CodePage Cp1250 { get; } = new("Windows-1250", Windows1250);

    internal static CodePage Cp1251 { get; } = new("Windows-1251", Windows1251);

    internal static CodePage MacRomanPage { get; } = new("MacRoman", MacRoman);

    internal static CodePage Iso88592Page { get; } = new("ISO-8859-2", Iso88592);

    internal static CodePage Cp1253 { get; } = new("Windows-1253", Windows1253);

    internal static CodePage Cp1257 { get; } = new("Windows-1257", Windows1257);

    internal static CodePage Cp437Page { get; } = new("CP437", Cp437);
}
