using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
#if NET
using System.Numerics;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
#endif

namespace ReportLint.Text;

/// <summary>
/// Finds the line breaks ('\n', '\r') or the markers the fold may drop ('*', '`', '_', '~') of a text in order, as
/// <c>IndexOfAny</c> of them from each place asked does: a mask of where they are in each block of 64 characters, made
/// once and read bit by bit. A walk that searched again from each line start (or from the end of each stretch of a
/// word) made one call per search, and on short lines the call cost more than the search.
/// </summary>
internal ref struct CharFinder
{
    private const int Block = 64;
    private readonly ReadOnlySpan<char> _text;
    private readonly bool _markers;
    // Where the block of the mask starts (before any block: far enough back that no place falls in it), and its mask.
    private int _block;
    private ulong _mask;

    private CharFinder(ReadOnlySpan<char> text, bool markers)
    {
        _text = text;
        _markers = markers;
        _block = int.MinValue;
        _mask = 0;
    }

    /// <summary>Finds '\n' and '\r'.</summary>
    public static CharFinder LineBreaks(ReadOnlySpan<char> text) => new(text, markers: false);

    /// <summary>Finds '*', '`', '_' and '~'.</summary>
    public static CharFinder Markers(ReadOnlySpan<char> text) => new(text, markers: true);

    /// <summary>
    /// The first of the characters at or after <paramref name="from"/>, or -1. Asked in increasing order, each block is
    /// read once (asked out of order, it is read again).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Next(int from)
    {
        while (true)
        {
            long offset = (long)from - _block;
            if ((ulong)offset < Block)
            {
                ulong bits = _mask >> (int)offset;
                if (bits != 0)
                {
                    return from + TrailingZeroCount(bits);
                }

                from = _block + Block;
            }

            if (from >= _text.Length)
            {
                return -1;
            }

            _block = from;
            _mask = MaskAt(_text.Slice(from), _markers);
        }
    }

    // One bit per character of the block at the start of the text: set where one of the characters is.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ulong MaskAt(ReadOnlySpan<char> block, bool markers)
    {
#if NET
        if (Vector128.IsHardwareAccelerated && block.Length >= Block)
        {
            ref ushort start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(block));
            return markers ? MarkerMask(ref start) : LineBreakMask(ref start);
        }
#endif
        ulong bits = 0;
        int length = Math.Min(block.Length, Block);
        for (int k = 0; k < length; k++)
        {
            char c = block[k];
            if (markers ? c is '*' or '`' or '_' or '~' : c is '\n' or '\r')
            {
                bits |= 1UL << k;
            }
        }

        return bits;
    }

#if NET
    private static ulong LineBreakMask(ref ushort start)
    {
        ulong mask = 0;
        for (int k = 0; k < Block; k += 16)
        {
            Vector128<byte> bytes = Bytes(ref start, k);
            Vector128<byte> hits = Vector128.Equals(bytes, Vector128.Create((byte)'\n')) | Vector128.Equals(bytes, Vector128.Create((byte)'\r'));
            mask |= (ulong)hits.ExtractMostSignificantBits() << k;
        }

        return mask;
    }

    private static ulong MarkerMask(ref ushort start)
    {
        ulong mask = 0;
        for (int k = 0; k < Block; k += 16)
        {
            Vector128<byte> bytes = Bytes(ref start, k);
            Vector128<byte> hits = Vector128.Equals(bytes, Vector128.Create((byte)'*')) | Vector128.Equals(bytes, Vector128.Create((byte)'`')) |
                Vector128.Equals(bytes, Vector128.Create((byte)'_')) | Vector128.Equals(bytes, Vector128.Create((byte)'~'));
            mask |= (ulong)hits.ExtractMostSignificantBits() << k;
        }

        return mask;
    }

    // Sixteen characters from start + k as bytes: each below 256 as itself, any other as 0 or 255, which are none of
    // the characters looked for (so a character beyond them is never taken for one by its low byte).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<byte> Bytes(ref ushort start, int k)
    {
        Vector128<ushort> low = Vector128.LoadUnsafe(ref start, (nuint)k), high = Vector128.LoadUnsafe(ref start, (nuint)(k + 8));
        if (Sse2.IsSupported)
        {
            // Saturated: 0x0100 to 0x7FFF give 255, 0x8000 and above (negative as shorts) give 0.
            return Sse2.PackUnsignedSaturate(low.AsInt16(), high.AsInt16());
        }

        Vector128<ushort> limit = Vector128.Create((ushort)0xFF);
        return Vector128.Narrow(Vector128.Min(low, limit), Vector128.Min(high, limit));
    }
#endif

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int TrailingZeroCount(ulong bits)
    {
#if NET
        return BitOperations.TrailingZeroCount(bits);
#else
        int count = 0;
        while ((bits & 1) == 0)
        {
            bits >>= 1;
            count++;
        }

        return count;
#endif
    }
}
