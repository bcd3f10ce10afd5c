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

    /// <summary>RL1002: the languages of a shell block ("bash", "console"): its lines are commands, comments on them and their output.</summary>
    private static readonly LexiconSection ShellFence = new("fence.shell");

    // "$ node scripts/validate-readiness.js" then "Total Checks: 71", "Passed: 71", "Overall Score: 100% - EXCELLENT": a
    // line of a shell block (by its language, or opening with a prompt and a command), a command, a comment on it or
    // what it printed. The tool's verdict on the counts it printed, shown as the check's evidence (or as the output to
    // expect), not the report awarding itself.
    private static bool InCommandOutput(ReportDocument document, ReportModel model, ModelStatement statement)
    {
        if (statement.Kind is not (StatementKind.CodeLine or StatementKind.DashboardLine))
        {
            return false;
        }

        IReadOnlyList<ModelFence> fences = model.Fences;
        int low = 0, high = fences.Count - 1;
        while (low <= high)
        {
            int mid = (low + high) / 2;
            ModelFence fence = fences[mid];
            if (fence.Span.End <= statement.Span.Start)
            {
                low = mid + 1;
            }
            else if (fence.Span.Start > statement.Span.Start)
            {
                high = mid - 1;
            }
            else
            {
                return fence.Content.Length > 0 && statement.Span.Start >= fence.Content.Start &&
                    (document.Lexicon.Contains(ShellFence, fence.Language.ToLowerInvariant()) || OpensWithPrompt(document.GetText(fence.Content)));
            }
        }

        return false;
    }

    // The block's first line is a shell prompt and a command: "$ npm test".
    private static bool OpensWithPrompt(ReadOnlySpan<char> content)
    {
        content = content.TrimStart();
        if (content.Length < 3 || content[0] != '$' || content[1] != ' ')
        {
            return false;
        }

        ReadOnlySpan<char> command = content[2..].TrimStart();
        return command.Length > 0 && char.IsLetter(command[0]);
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
        foreach (CodeBlock code in document.BlockIndex.CodeBlocks)
        {
            if (code is not FencedCodeBlock block)
            {
                continue;
            }

            int end = document.GetSpan(block).End;
            if (end > 0)
            {
                lines.Add(document.Text.GetLinePosition(end - 1).Line + 1);
            }
        }

        return lines;
    }
}
