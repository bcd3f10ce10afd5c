namespace ReportLint.Configuration;

/// <summary>Something wrong in a configuration: where (a file, 1-based line and column) and what.</summary>
public sealed record ConfigProblem(string Path, int Line, int Column, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Path}({Line},{Column}): {Message}";
}
