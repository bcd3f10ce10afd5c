// Compiled into the netstandard2.0 builds only: System.Index and System.Range, so the shared source can use
// ^1 and a..b. (Microsoft.Bcl.Memory has them too, but has no assembly for net10.0 hosts that load these builds.)

namespace System
{
    internal readonly struct Index : IEquatable<Index>
    {
        private readonly int _value;

        public Index(int value, bool fromEnd = false)
        {
            if (value < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(value), "value must be non-negative");
            }

            _value = fromEnd ? ~value : value;
        }

        private Index(int value) => _value = value;

        public static Index Start => new(0);

        public static Index End => new(~0);

        public int Value => _value < 0 ? ~_value : _value;

        public bool IsFromEnd => _value < 0;

        public static Index FromStart(int value) => new(value, false);

        public static Index FromEnd(int value) => new(value, true);

        public static implicit operator Index(int value) => FromStart(value);

        public int GetOffset(int length) => IsFromEnd ? length + _value + 1 : _value;

        public bool Equals(Index other) => _value == other._value;

        public override bool Equals(object? obj) => obj is Index other && Equals(other);

        public override int GetHashCode() => _value;

        public override string ToString() => IsFromEnd ? "^" + Value : Value.ToString(Globalization.CultureInfo.InvariantCulture);
    }

    internal readonly struct Range : IEquatable<Range>
    {
        public Range(Index start, Index end)
        {
            Start = start;
            End = end;
        }

        public Index Start { get; }

        public Index End { get; }

        public static Range All => new(Index.Start, Index.End);

        public static Range StartAt(Index start) => new(start, Index.End);

        public static Range EndAt(Index end) => new(Index.Start, end);

        public (int Offset, int Length) GetOffsetAndLength(int length)
        {
            int start = Start.GetOffset(length);
            int end = End.GetOffset(length);
            if ((uint)end > (uint)length || (uint)start > (uint)end)
            {
                throw new ArgumentOutOfRangeException(nameof(length));
            }

            return (start, end - start);
        }

        public bool Equals(Range other) => Start.Equals(other.Start) && End.Equals(other.End);

        public override bool Equals(object? obj) => obj is Range other && Equals(other);

        public override int GetHashCode() => (Start.GetHashCode() * 31) + End.GetHashCode();

        public override string ToString() => Start + ".." + End;
    }
}
