using System.Runtime.CompilerServices;
using Markdig.Syntax;
using ReportLint.Analysis;
using ReportLint.Lexicons;
using ReportLint.Model;

namespace ReportLint.Rules.Evidence;

// RL1002's precision conditions: grades that give the status of a check the report shows, rather than award the work.
public sealed partial class RL1002SelfCertification
{
    /// <summary>RL1002: keys of a grade that gives a check's status ("Status", "Statut"), not the work's quality.</summary>
    private static readonly LexiconSection StatusKey = new("grade.key.status");

    private const int MeasuredReach = 3;

    private static readonly ConditionalWeakTable<ReportDocument, HashSet<int>> LinesAfterOutput = new();

    // "- Taux d'exactitude : 100.0% (12/12)" then "- Statut : EXCELLENT", or a block of a check's output then "- **Statut :**
    // Parfait": the status of a check the report measures or shows, as "| actors.rs | 52% | ✅ Excellent |" names the
    // band of its figure; no award of the work.
    private static bool StatusOfShownCheck(ReportDocument document, ReportModel model, ModelStatement statement, PhraseHit key)
    {
        if (statement.Kind != StatementKind.ListItem || !IsStatusKey(statement, key))
        {
            return false;
        }

        if (LinesAfterOutput.GetValue(document, LinesAfterCodeBlocks).Contains(statement.Line))
        {
            return true;
        }

        for (int i = statement.Index - 1; i >= 0 && i >= statement.Index - MeasuredReach; i--)
        {
            ModelStatement previous = model.Statements[i];
            if (previous.Kind != StatementKind.ListItem || previous.Line < statement.Line - MeasuredReach || !ReferenceEquals(previous.Section, statement.Section))
            {
                return false;
            }

            foreach (FactValue value in previous.Values)
            {
                if (value.IsRatio && !value.IsPercentage && value.Denominator is { } of && of >= 1 && value.Number <= of)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsStatusKey(ModelStatement statement, PhraseHit key)
    {
        foreach (PhraseHit hit in statement.Find(StatusKey))
        {
            if (hit.Span == key.Span)
            {
                return true;
            }
        }

        return false;
    }

    // The lines right below a fenced code block (a command's output), indexed once a document.
    private static HashSet<int> LinesAfterCodeBlocks(ReportDocument document)
    {
        var lines = new HashSet<int>();
        foreach (FencedCodeBlock block in document.Syntax.Descendants<FencedCodeBlock>())
        {
            int end = document.GetSpan(block).End;
            if (end > 0)
            {
                lines.Add(document.Text.GetLinePosition(end - 1).Line + 1);
            }
        }

        return lines;
    }
}
