namespace ReportLint.Tests.Harness;

/// <summary>
/// The small report the analyzer, MSBuild and install tests lint: one known defect, its total (6h, line 7, column 17)
/// is not the sum of its rows (5h). Linked into the integration tests too.
/// </summary>
public static class SprintReport
{
    /// <summary>The report.</summary>
    public const string WrongTotal = """
        # Sprint status

        | Task | Hours |
        |---|---|
        | Parser | 2h |
        | Tests | 3h |
        | **Total** | **6h** |

        """;

    /// <summary>Its one finding, as every output but SARIF prints it after the severity.</summary>
    public const string Finding = "RL2001: Total 6h ≠ 2h + 3h = 5h (rows 5–6)";
}
