using System.Collections.Immutable;
using ReportLint.Analysis;
using ReportLint.Claims;
using ReportLint.Lexicons;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Status;

/// <summary>
/// RL3003, a section said to be complete that names a part another line says is not built: "### 1. Backend (100%)"
/// whose tree shows "parser/ # GW2Skill parser (structure)", and under the known limitations "1. **Parser GW2Skill**:
/// Structure de base uniquement".
/// </summary>
public sealed partial class RL3003CompleteWithPendingItems
{
    private static void ReportCompleteSectionsNamingUnbuiltParts(DocumentAnalysisContext context, ReportModel model, HashSet<int> reportedLines)
    {
        if (!model.IsStatusReport)
        {
            return;
        }

        Lexicon lexicon = context.Document.Lexicon;
        var unbuilt = new List<(ModelStatement Statement, ItemWords Key)>();
        foreach (ModelStatement statement in model.StatementArray)
        {
            if (statement.Kind != StatementKind.ListItem || statement.Symbols.Count > 0
                || !(statement.Contains(StatusRuleSections.VerdictNotImplemented) || statement.Contains(StatusRuleSections.VerdictPlaceholder))
                || LeadOf(model.TextOf(statement.Span).ToString()) is not { Length: >= 4 } subject)
            {
                continue;
            }

            ItemWords key = RL3002ItemKey.Of(subject, lexicon).Words;
            if (key.Count >= 2 || (key.Count == 1 && key.First().Length >= 6))
            {
                unbuilt.Add((statement, key));
            }
        }

        if (unbuilt.Count == 0)
        {
            return;
        }

        foreach (ModelStatement heading in model.StatementArray)
        {
            if (heading.Kind != StatementKind.Heading || heading.Section is not { } section || !section.HeadingSpan.Contains(heading.Span)
                || reportedLines.Contains(heading.Line) || WholeShare(context.Document, heading) is not { } whole)
            {
                continue;
            }

            foreach ((ModelStatement part, ItemWords key) in unbuilt)
            {
                if (section.Span.Contains(part.Span) || NamedIn(context.Document, section, key, lexicon) is not { } named)
                {
                    continue;
                }

                reportedLines.Add(heading.Line);
                string text = part.Text.ToString().Trim();
                context.Diagnostics.Report(Rule, whole, ImmutableDictionary<string, string>.Empty, [named.Span, part.Span],
                    model.TextOf(heading.Span).ToString().Trim(), $"line {named.Line} names 1 item", "that is", StatusWords.Clip(text, 80),
                    "not implemented", part.Line, string.Empty);
                break;
            }
        }
    }

    // A heading that gives its section as whole: "(100%)" in parentheses as its only share, no mark of work open ("100%
    // client" is another share). The span to report.
    private static TextSpan? WholeShare(ReportDocument document, ModelStatement heading)
    {
        foreach (StatusMark mark in heading.Marks)
        {
            if (mark.Kind is StatusKind.Pending or StatusKind.Partial or StatusKind.Failed)
            {
                return null;
            }
        }

        TextSpan? whole = null;
        foreach (FactValue value in heading.Values)
        {
            if (value.IsPercentage)
            {
                if (value.Number != 100m || whole is not null)
                {
                    return null;
                }

                if (value.Span.Start == 0 || value.Span.End >= document.Text.Length
                    || document.GetText(new TextSpan(value.Span.Start - 1, 1)).ToString() != "("
                    || document.GetText(new TextSpan(value.Span.End, 1)).ToString() != ")")
                {
                    return null;
                }

                whole = value.Span;
            }
        }

        return whole;
    }

    // "Parser GW2Skill: Structure de base uniquement" → "Parser GW2Skill": the text before a colon or a dash, six words
    // at most.
    private static string? LeadOf(string text)
    {
        int colon = text.IndexOf(':');
        int dash = text.IndexOf(" - ", StringComparison.Ordinal);
        int cut = colon > 0 && (dash < 0 || colon < dash) ? colon : dash;
        if (cut <= 0)
        {
            return null;
        }

        string lead = text[..cut].Trim();
        return lead.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 6 ? lead : null;
    }

    // The first line of the section, its heading left out, whose key holds every word of the part's name: a list
    // item, a row or a line of a tree in a code block ("├── parser/  # GW2Skill parser (structure)").
    private static (TextSpan Span, int Line)? NamedIn(ReportDocument document, ModelSection section, ItemWords key, Lexicon lexicon)
    {
        int first = document.Text.GetLinePosition(section.HeadingSpan.End).Line + 1;
        int last = document.Text.GetLinePosition(Math.Max(section.Span.Start, section.Span.End - 1)).Line;
        for (int line = first; line <= last; line++)
        {
            TextSpan span = document.Text.GetLineSpan(line);
            if (RL3002ItemKey.Of(document.GetText(span).ToString(), lexicon).Words.IsSupersetOf(key))
            {
                return (span, line);
            }
        }

        return null;
    }
}
