namespace ReportLint.Text;

/// <summary>A half-open range <c>[Start, End)</c> of UTF-16 code units in a <see cref="SourceText"/>.</summary>
public readonly record struct TextSpan
{
    /// <summary>Creates a span from its start and length.</summary>
    public TextSpan(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        Start = start;
        Length = length;
    }

    /// <summary>The first code unit in the span.</summary>
    public int Start { get; }

    /// <summary>The number of code units in the span.</summary>
    public int Length { get; }

    /// <summary>The code unit just past the span.</summary>
    public int End => Start + Length;

    /// <summary>Whether the span covers no code unit.</summary>
    public bool IsEmpty => Length == 0;

    /// <summary>Creates a span from its start and (exclusive) end.</summary>
    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    /// <summary>Whether the two spans share at least one code unit, or are equal empty spans.</summary>
    public bool OverlapsWith(TextSpan other) =>
        Math.Max(Start, other.Start) < Math.Min(End, other.End) || (Start == other.Start && (IsEmpty || other.IsEmpty));

    /// <summary>Whether <paramref name="other"/> lies entirely within this span.</summary>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <inheritdoc />
    public override string ToString() => $"[{Start}..{End})";
}
