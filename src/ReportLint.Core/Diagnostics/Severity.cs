namespace ReportLint.Diagnostics;

/// <summary>How serious a diagnostic is. Ordered: a higher value is more serious.</summary>
public enum Severity
{
    /// <summary>Not shown to users; still available to tools (and to fixes).</summary>
    Hidden = 0,
    /// <summary>A suggestion.</summary>
    Info = 1,
    /// <summary>A defect a reader should not trust the report with.</summary>
    Warning = 2,
    /// <summary>A defect that is never a false positive.</summary>
    Error = 3,
}

/// <summary>Rule families; each owns a range of IDs.</summary>
public enum RuleCategory
{
    /// <summary>RL0xxx: the engine and its configuration.</summary>
    Engine,
    /// <summary>RL1xxx: claims nobody can check.</summary>
    Evidence,
    /// <summary>RL2xxx: numbers that do not add up.</summary>
    Arithmetic,
    /// <summary>RL3xxx: marks and words that contradict the numbers.</summary>
    Status,
    /// <summary>RL4xxx: document integrity.</summary>
    Integrity,
}

/// <summary>Text forms of <see cref="Severity"/> and <see cref="RuleCategory"/>, as build logs and config files write them.</summary>
public static class SeverityText
{
    /// <summary>The lower-case word MSBuild and SARIF-like outputs use: error, warning, info, hidden.</summary>
    public static string ToWord(this Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "info",
        _ => "hidden",
    };

    /// <summary>The first ID of a category's range.</summary>
    public static int RangeStart(this RuleCategory category) => (int)category * 1000;
}
