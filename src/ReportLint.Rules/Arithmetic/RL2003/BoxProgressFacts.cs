using ReportLint.Claims;
using ReportLint.Lexicons;

using ReportLint.Model;

namespace ReportLint.Rules.Arithmetic;

/// <summary>
/// A code-fence dashboard that closes its list of phases with an overall figure: the phase lines (each a status mark
/// or a percentage: "18F: Profiling 🟡 95%", "Phase 4: ⏳ Real-time (Pending)") and the line after them that states the
/// overall progress ("OVERALL PROGRESS: 75%").
/// </summary>
internal sealed class BoxProgress
{
    internal BoxProgress(ModelStatement overall, FactValue stated, IReadOnlyList<BoxPart> parts)
    {
        Overall = overall;
        Stated = stated;
        Parts = parts;
    }

    /// <summary>The overall line.</summary>
    public ModelStatement Overall { get; }

    /// <summary>The percentage the overall line states.</summary>
    public FactValue Stated { get; }

    /// <summary>The phase lines above it in the box, in order.</summary>
    public IReadOnlyList<BoxPart> Parts { get; }
}

/// <summary>A phase line of a dashboard box and the share of it that is done.</summary>
/// <param name="Line">The line's statement.</param>
/// <param name="Percent">Its percentage, or 100 for a done mark and 0 for a pending one written without a percentage.</param>
/// <param name="FromMark">Whether the share was read from its status mark rather than from a percentage.</param>
internal sealed record BoxPart(ModelStatement Line, decimal Percent, bool FromMark);

/// <summary>Facts only RL2003 reads, built once per document beside the model.</summary>
internal static class BoxProgressFacts
{
    private const int MinimumBoxParts = 3;

    private static readonly RuleFacts<BoxProgress[]> Facts = new(BuildBoxProgress);

    /// <summary>
    /// The code-fence dashboards that state an overall progress (lexicon section <c>completion.overall</c>) on one line
    /// after at least three phase lines, every phase line giving its share (one percentage, or a done or pending mark);
    /// in document order. A box with a phase line whose share cannot be read (two percentages, an unknown mark alone)
    /// is left out.
    /// </summary>
    public static IReadOnlyList<BoxProgress> Of(ReportModel model) => Facts.Of(model);

    private static BoxProgress[] BuildBoxProgress(ReportModel model)
    {
        var boxes = new List<BoxProgress>();
        IReadOnlyList<ModelFence> fences = model.Fences;
        int f = 0;
        var lines = new List<ModelStatement>();
        ModelFence? current = null;
        foreach (ModelStatement statement in model.StatementArray)
        {
            if (statement.Kind != StatementKind.DashboardLine)
            {
                continue;
            }

            while (f < fences.Count && fences[f].Span.End <= statement.Span.Start)
            {
                f++;
            }

            ModelFence? fence = f < fences.Count && fences[f].Span.Contains(statement.Span) ? fences[f] : null;
            if (fence != current)
            {
                Close(model, lines, boxes);
                current = fence;
            }

            if (fence is not null)
            {
                lines.Add(statement);
            }
        }

        Close(model, lines, boxes);
        return boxes.ToArray();
    }

    // The lines of one fence: one overall line, after every phase line.
    private static void Close(ReportModel model, List<ModelStatement> lines, List<BoxProgress> boxes)
    {
        ModelStatement? overall = null;
        FactValue? stated = null;
        var parts = new List<BoxPart>();
        bool readable = true;
        foreach (ModelStatement line in lines)
        {
            FactValue? percent = null;
            int percents = 0;
            foreach (FactValue value in line.Values)
            {
                if (value.IsPercentage && !value.IsRange && !value.IsRatio)
                {
                    percent = value;
                    percents++;
                }
            }

            if (line.Contains(LexiconSections.CompletionOverall))
            {
                if (overall is not null || percents != 1)
                {
                    readable = false;
                    break;
                }

                overall = line;
                stated = percent;
                continue;
            }

            StatusKind status = line.Status;
            if (status == StatusKind.None && percents == 0)
            {
                continue;
            }

            if (overall is not null || percents > 1 || (percents == 0 && status is not (StatusKind.Met or StatusKind.Pending)))
            {
                readable = false;
                break;
            }

            parts.Add(percents == 1 ? new BoxPart(line, percent!.Number, false) : new BoxPart(line, status == StatusKind.Met ? 100m : 0m, true));
        }

        if (readable && overall is not null && stated is not null && parts.Count >= MinimumBoxParts && parts.Count(p => p.Line.Status != StatusKind.None) >= MinimumBoxParts)
        {
            boxes.Add(new BoxProgress(overall, stated, parts.ToArray()));
        }

        lines.Clear();
    }
}
