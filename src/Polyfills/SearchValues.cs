// Compiled into the netstandard2.0 builds only: the subset of System.Buffers.SearchValues the engine uses,
// an ASCII bitmap plus a sorted list of the other characters. net10.0 builds use the vectorised original.

namespace System.Buffers
{
    internal static class SearchValues
    {
        public static SearchValues<char> Create(ReadOnlySpan<char> values) => new(values);

        public static SearchValues<char> Create(string values) => new(values.AsSpan());
    }

    internal sealed class SearchValues<T>
        where T : IEquatable<T>
    {
        private readonly ulong _low;
        private readonly ulong _high;
        private readonly char[] _others;

        internal SearchValues(ReadOnlySpan<char> values)
        {
            var others = new List<char>();
            foreach (char c in values)
            {
                if (c < 64)
                {
                    _low |= 1UL << c;
                }
                else if (c < 128)
                {
                    _high |= 1UL << (c - 64);
                }
                else if (!others.Contains(c))
                {
                    others.Add(c);
                }
            }

            others.Sort();
            _others = others.ToArray();
        }

        public bool Contains(char c) =>
            c < 64 ? (_low & (1UL << c)) != 0
            : c < 128 ? (_high & (1UL << (c - 64))) != 0
            : _others.Length != 0 && Array.BinarySearch(_others, c) >= 0;
    }
}

namespace ReportLint.Polyfills
{
    using System.Buffers;

    internal static class SearchValuesExtensions
    {
        public static int IndexOfAny(this ReadOnlySpan<char> span, SearchValues<char> values)
        {
            for (int i = 0; i < span.Length; i++)
            {
                if (values.Contains(span[i]))
                {
                    return i;
                }
            }

            return -1;
        }

        public static int IndexOfAny(this Span<char> span, SearchValues<char> values) => IndexOfAny((ReadOnlySpan<char>)span, values);

        public static bool ContainsAny(this ReadOnlySpan<char> span, SearchValues<char> values) => IndexOfAny(span, values) >= 0;
    }
}
