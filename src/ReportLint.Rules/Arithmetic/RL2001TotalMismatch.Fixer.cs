using System.Collections.Immutable;
using System.Globalization;
using ReportLint.Fixes;
using ReportLint.Text;

namespace ReportLint.Rules.Arithmetic;

/// <summary>
/// Replaces a total with the sum of its parts, keeping its unit, markup and digit grouping ("**7.5h**" becomes
/// "**7h**"). Offered only for totals whose parts are unambiguous: a table's rows, a heading's table.
/// </summary>
public sealed class RL2001TotalMismatchFixer : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = [RL2001TotalMismatch.Rule.Id];

    /// <inheritdoc />
    public override void RegisterCodeFixes(CodeFixContext context)
    {
        var properties = context.Diagnostic.Properties;
        if (properties.TryGetValue(RL2001TotalMismatch.SumProperty, out string? sum) &&
            properties.TryGetValue(RL2001TotalMismatch.NumberStartProperty, out string? start) &&
            properties.TryGetValue(RL2001TotalMismatch.NumberLengthProperty, out string? length))
        {
            var span = new TextSpan(int.Parse(start, CultureInfo.InvariantCulture), int.Parse(length, CultureInfo.InvariantCulture));
            context.RegisterCodeFix($"Replace the total {context.Document.GetText(span)} with the sum of its parts, {sum}", new TextEdit(span, sum));
        }
    }
}
