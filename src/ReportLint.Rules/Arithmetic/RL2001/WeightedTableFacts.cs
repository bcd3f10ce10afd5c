using ReportLint.Claims;
using ReportLint.Lexicons;
using ReportLint.Model;

namespace ReportLint.Rules.Arithmetic;

/// <summary>
/// Facts only RL2001 reads, of a table that weighs its rows: the column of the weights ("Weight", "Poids",
/// "Pondération": lexicon section <c>column.weight.factor</c>) and the columns of each row's weighted contribution
/// ("Weighted", "Pondéré", "Points": <c>column.weight.contribution</c>), whose total is their plain sum.
/// </summary>
internal static class WeightedTableFacts
{
    private static readonly LexiconSection Factor = new("column.weight.factor");
    private static readonly LexiconSection Contribution = new("column.weight.contribution");
    private static readonly LexiconSection WeightedLabel = new("label.weighted");

    /// <summary>The first column whose header names the weights, or null.</summary>
    public static ModelColumn? WeightColumn(ReportModel model, ModelTable table)
    {
        foreach (ModelColumn column in table.Columns)
        {
            if (!IsContribution(model, column) && PhraseMatcher.ContainsAny(column.FoldedHeader, model.Document.Lexicon, Factor))
            {
                return column;
            }
        }

        return null;
    }

    /// <summary>Whether a column holds each row's weighted contribution ("Weighted", "Pondéré", "Points").</summary>
    public static bool IsContribution(ReportModel model, ModelColumn column) =>
        PhraseMatcher.ContainsAny(column.FoldedHeader, model.Document.Lexicon, Contribution);

    /// <summary>Whether a total row's label says its figure is weighted ("Weighted Score", "Note pondérée").</summary>
    public static bool SaysWeighted(ReportModel model, string foldedLabel) =>
        PhraseMatcher.ContainsAny(foldedLabel, model.Document.Lexicon, WeightedLabel);
}
