// Compiled into the netstandard2.0 builds only: the part of System.Text.Rune the engine uses (UTF-8 decoding
// of one scalar and its Unicode category).

using System.Buffers;
using System.Globalization;

namespace System.Text
{
    internal readonly struct Rune
    {
        private Rune(int value) => Value = value;

        public int Value { get; }

        public static Rune ReplacementChar => new(0xFFFD);

        public static OperationStatus DecodeFromUtf8(ReadOnlySpan<byte> source, out Rune result, out int bytesConsumed)
        {
            result = ReplacementChar;
            bytesConsumed = 0;
            if (source.IsEmpty)
            {
                return OperationStatus.NeedMoreData;
            }

            byte b0 = source[0];
            if (b0 < 0x80)
            {
                result = new Rune(b0);
                bytesConsumed = 1;
                return OperationStatus.Done;
            }

            int length, value, min;
            if (b0 >= 0xC2 && b0 <= 0xDF)
            {
                length = 2;
                value = b0 & 0x1F;
                min = 0x80;
            }
            else if (b0 >= 0xE0 && b0 <= 0xEF)
            {
                length = 3;
                value = b0 & 0x0F;
                min = 0x800;
            }
            else if (b0 >= 0xF0 && b0 <= 0xF4)
            {
                length = 4;
                value = b0 & 0x07;
                min = 0x10000;
            }
            else
            {
                bytesConsumed = 1;
                return OperationStatus.InvalidData;
            }

            for (int i = 1; i < length; i++)
            {
                if (i >= source.Length)
                {
                    bytesConsumed = i;
                    return OperationStatus.NeedMoreData;
                }

                byte b = source[i];
                if ((b & 0xC0) != 0x80)
                {
                    bytesConsumed = i;
                    return OperationStatus.InvalidData;
                }

                value = (value << 6) | (b & 0x3F);
            }

            if (value < min || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
            {
                bytesConsumed = 1;
                return OperationStatus.InvalidData;
            }

            result = new Rune(value);
            bytesConsumed = length;
            return OperationStatus.Done;
        }

        public static UnicodeCategory GetUnicodeCategory(Rune rune) =>
            rune.Value < 0x10000
                ? CharUnicodeInfo.GetUnicodeCategory((char)rune.Value)
                : CharUnicodeInfo.GetUnicodeCategory(char.ConvertFromUtf32(rune.Value), 0);

        public override string ToString() => char.ConvertFromUtf32(Value);
    }
}

namespace System.Text.Unicode
{
    internal static class Utf8
    {
        public static bool IsValid(ReadOnlySpan<byte> value)
        {
            int i = 0;
            while (i < value.Length)
            {
                if (value[i] < 0x80)
                {
                    i++;
                    continue;
                }

                if (Rune.DecodeFromUtf8(value.Slice(i), out _, out int consumed) != Buffers.OperationStatus.Done)
                {
                    return false;
                }

                i += consumed;
            }

            return true;
        }
    }
}
