using ReportLint.Claims;
using ReportLint.Text;

namespace ReportLint.Model;

/// <summary>
/// A progress bar drawn in a code-fence dashboard (<c>Backend [████████░░] 80%</c>): what it measures, the share it
/// draws filled, how many cells it has, and the percentage stated beside it.
/// </summary>
public sealed class ModelBar
{
    internal ModelBar(DisplayText label, TextSpan span, TextSpan bar, decimal drawn, int cells, FactValue? stated, int line)
    {
        Label = label;
        Span = span;
        BarSpan = bar;
        Drawn = drawn;
        Cells = cells;
        Stated = stated;
        Line = line;
    }

    /// <summary>What the bar measures ("Backend"), for messages; empty when it has no label.</summary>
    public DisplayText Label { get; }

    /// <summary>The bar's line.</summary>
    public TextSpan Span { get; }

    /// <summary>The bar's characters, brackets included.</summary>
    public TextSpan BarSpan { get; }

    /// <summary>The share of the bar drawn filled, from 0 to 1 (a partial block counts as its eighths).</summary>
    public decimal Drawn { get; }

    /// <summary>How many cells the bar has: a bar can only draw a share to the nearest cell.</summary>
    public int Cells { get; }

    /// <summary>The percentage stated beside the bar, or null.</summary>
    public FactValue? Stated { get; }

    /// <summary>The 1-based line it stands on.</summary>
    public int Line { get; }
}

public sealed partial class ReportModel
{
    private ModelBar[]? _bars;

    /// <summary>The progress bars drawn in the document's code-fence dashboards, in document order.</summary>
    public IReadOnlyList<ModelBar> Bars => Volatile.Read(ref _bars) ?? Once(ref _bars, BuildBars);

    private ModelBar[] BuildBars()
    {
        var bars = new List<ModelBar>();
        foreach (Dashboard dashboard in Dashboards.Of(Document).All)
        {
            foreach (ProgressBar bar in dashboard.Bars)
            {
                FactValue? stated = bar.Percent.IsEmpty ? null : ReadValue(bar.Percent);
                bars.Add(new ModelBar(bar.Label.IsEmpty ? DisplayText.Empty : TextOf(bar.Label), bar.Span, bar.Bar, bar.Filled,
                    bar.Cells, stated, Document.Text.GetLinePosition(bar.Span.Start).Line));
            }
        }

        return bars.ToArray();
    }
}
