using System.Collections.Immutable;
using ReportLint.Analysis;
using ReportLint.Diagnostics;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Arithmetic;

/// <summary>
/// The fix of RL2001: replaces a total with the sum of its parts, keeping its unit, markup and digit grouping
/// ("**7.5h**" becomes "**7h**"). Offered only for totals whose parts are unambiguous: a table's rows, a heading's table.
/// </summary>
public sealed partial class RL2001TotalMismatch
{
    /// <inheritdoc />
    public override ImmutableArray<RuleDescriptor> FixableRules { get; } = [Rule];

    // Replaces the total's number (its unit, markup and grouping kept) with the sum, written as the report writes
    // numbers: the total's grouping and decimal mark, or its parts' decimal mark.
    private static CodeFixFactory ReplaceTotal(FactValue total, decimal sum, int decimals, string[] parts) => context =>
    {
        TextSpan span = total.NumberSpan;
        string text = FormatLike(context.Document.Lexicon.NumberFormat, sum, total.NumberText, decimals, parts);
        context.RegisterCodeFix($"Replace the total {context.Document.GetText(span)} with the sum of its parts, {text}", new TextEdit(span, text));
    };
}
