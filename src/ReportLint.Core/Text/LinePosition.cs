namespace ReportLint.Text;

/// <summary>A 1-based line and column (in UTF-16 code units), as editors and build logs show them.</summary>
public readonly record struct LinePosition(int Line, int Column)
{
    /// <inheritdoc />
    public override string ToString() => $"{Line},{Column}";
}

/// <summary>A range between two <see cref="LinePosition"/>s; the end is exclusive, as in SARIF regions.</summary>
public readonly record struct LinePositionSpan(LinePosition Start, LinePosition End)
{
    /// <inheritdoc />
    public override string ToString() => $"({Start})-({End})";
}
