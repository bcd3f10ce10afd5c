using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
#if NET
using System.Numerics;
using System.Runtime.Intrinsics;
#endif

namespace ReportLint.Text;

/// <summary>
/// Finds the line breaks ('\n' and '\r') of a text in order, as <c>IndexOfAny('\n', '\r')</c> from each line's start
/// does: a mask of where they are in each block of 64 characters, made once and read bit by bit. A walk over every
/// line of a page made one search per line, and on short lines the call cost more than the search.
/// </summary>
internal ref struct LineBreakFinder
{
    private const int Block = 64;
    private readonly ReadOnlySpan<char> _text;
    // Where the block of the mask starts (before any block: far enough back that no offset falls in it), and its mask.
    private int _block;
    private ulong _mask;

    public LineBreakFinder(ReadOnlySpan<char> text)
    {
        _text = text;
        _block = int.MinValue;
        _mask = 0;
    }

    /// <summary>The first '\n' or '\r' at or after <paramref name="from"/>, or -1. Asked in increasing order, each block is read once.</summary>
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
            _mask = MaskAt(_text, from);
        }
    }

    // One bit per character of the block at the start of the text from at: set at a '\n' or '\r'.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ulong MaskAt(ReadOnlySpan<char> text, int at)
    {
        ReadOnlySpan<char> block = text.Slice(at);
#if NET
        if (Vector128.IsHardwareAccelerated && block.Length >= Block)
        {
            ref ushort start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(block));
            Vector128<ushort> lf = Vector128.Create((ushort)'\n'), cr = Vector128.Create((ushort)'\r');
            ulong mask = 0;
            for (int k = 0; k < Block; k += 16)
            {
                Vector128<ushort> a = Vector128.LoadUnsafe(ref start, (nuint)k), b = Vector128.LoadUnsafe(ref start, (nuint)(k + 8));
                Vector128<ushort> breaksA = Vector128.Equals(a, lf) | Vector128.Equals(a, cr);
                Vector128<ushort> breaksB = Vector128.Equals(b, lf) | Vector128.Equals(b, cr);
                mask |= (ulong)Vector128.Narrow(breaksA, breaksB).ExtractMostSignificantBits() << k;
            }

            return mask;
        }
#endif
        ulong bits = 0;
        int length = Math.Min(block.Length, Block);
        for (int k = 0; k < length; k++)
        {
            if (block[k] is '\n' or '\r')
            {
                bits |= 1UL << k;
            }
        }

        return bits;
    }

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
