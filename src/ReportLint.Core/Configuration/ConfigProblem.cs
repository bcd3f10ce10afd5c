using ReportLint.Diagnostics;

namespace ReportLint.Configuration;

/// <summary>
/// Something wrong in a configuration: where (a file, 1-based line and column), which of RL0002's checks it is, and
/// the parts of its message (the check's message format fills them in).
/// </summary>
public sealed record ConfigProblem
{
    /// <summary>A problem of the given check of RL0002 (<see cref="EngineRules.InvalidJson"/>…), with its message's arguments.</summary>
    public ConfigProblem(string path, int line, int column, RuleDescriptor check, params string[] arguments)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(arguments);
        if (check.Id != EngineRules.InvalidConfiguration.Id || check.Check is null)
        {
            throw new ArgumentException($"{check.Key} is not a check of {EngineRules.InvalidConfiguration.Id}.", nameof(check));
        }

        Path = path;
        Line = line;
        Column = column;
        Check = check;
        Arguments = arguments;
        Message = check.FormatMessage(arguments);
    }

    /// <summary>The configuration file (or <c>reportlint-configure-file</c> for an inline configuration).</summary>
    public string Path { get; }

    /// <summary>The 1-based line.</summary>
    public int Line { get; }

    /// <summary>The 1-based column.</summary>
    public int Column { get; }

    /// <summary>The check of RL0002 it is.</summary>
    public RuleDescriptor Check { get; }

    /// <summary>The parts of the message that vary, in the order of the check's message format.</summary>
    public IReadOnlyList<string> Arguments { get; }

    /// <summary>What is wrong, as the check words it.</summary>
    public string Message { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Path}({Line},{Column}): {Message}";
}
