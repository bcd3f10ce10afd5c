using System.Collections.Immutable;
using ReportLint.Analysis;
using ReportLint.Lexicons;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Status;

// RL3004, the team named twice, differently: "**Team:** Elite Agent Collective (@SENTRY, @FLUX, @ORACLE, @AEGIS)" and a
// table of who did what whose rows are "@TENSOR", "@LEDGER", "@SENTRY", "@FLUX": each list has members the other lacks.
public sealed partial class RL3004MetricValueConflict
{
    /// <summary>RL3004: keys of a line that lists a team ("Team", "Agents", "Équipe").</summary>
    internal static readonly LexiconSection TeamKey = new("team.key");

    private static void ReportTeamsThatDiffer(DocumentAnalysisContext context, ReportModel model)
    {
        ReportDocument document = context.Document;
        Lexicon lexicon = document.Lexicon;
        (ModelStatement Statement, List<(string Handle, TextSpan Span)> Handles)? team = null;
        foreach (ModelStatement statement in model.StatementArray)
        {
            if (statement.Kind is not (StatementKind.KeyValueLine or StatementKind.ListItem or StatementKind.Sentence) || !statement.Contains(TeamKey))
            {
                continue;
            }

            // A paragraph of lines broken by two spaces ("**Status:** …  ↵ **Team:** …") is read line by line.
            string text = document.GetText(statement.Span).ToString();
            int lineStart = 0;
            while (lineStart < text.Length && team is null)
            {
                int lineEnd = text.IndexOf('\n', lineStart);
                lineEnd = lineEnd < 0 ? text.Length : lineEnd;
                string line = text[lineStart..lineEnd];
                int colon = line.IndexOf(':');
                if (colon > 0 && lexicon.Contains(TeamKey, ReportModel.Fold(line[..colon].Trim(' ', '*', '_', '-')).ToLowerInvariant()))
                {
                    List<(string, TextSpan)> handles = Handles(line, statement.Span.Start + lineStart, colon);
                    if (handles.Count >= 3)
                    {
                        team = (statement, handles);
                    }
                }

                lineStart = lineEnd + 1;
            }

            if (team is not null)
            {
                break;
            }
        }

        if (team is not { } named)
        {
            return;
        }

        foreach (ModelTable table in model.Tables)
        {
            var roster = new List<(string Handle, TextSpan Span)>();
            foreach (ModelRow row in table.BodyArray)
            {
                if (row.Cells.Count > 0 && Handles(row.Cells[0].Text.ToString(), row.Cells[0].Span.Start, 0) is [var one])
                {
                    roster.Add((one.Handle, row.Cells[0].Span));
                }
            }

            if (roster.Count < 3)
            {
                continue;
            }

            var inTeam = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach ((string handle, _) in named.Handles)
            {
                inTeam.Add(handle);
            }

            var inRoster = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var extra = new List<string>();
            foreach ((string handle, _) in roster)
            {
                inRoster.Add(handle);
                if (!inTeam.Contains(handle))
                {
                    extra.Add(handle);
                }
            }

            var missing = new List<string>();
            foreach ((string handle, _) in named.Handles)
            {
                if (!inRoster.Contains(handle))
                {
                    missing.Add(handle);
                }
            }

            if (extra.Count == 0 || missing.Count == 0)
            {
                continue;
            }

            var span = TextSpan.FromBounds(named.Handles[0].Span.Start, named.Handles[^1].Span.End);
            context.Diagnostics.Report(TeamRoster, span, ImmutableDictionary<string, string>.Empty, [roster[0].Span],
                string.Join(", ", missing), table.Line, string.Join(", ", extra));
            return;
        }
    }

    // The "@handles" of a text after a position, with their spans in the document.
    private static List<(string Handle, TextSpan Span)> Handles(string text, int offset, int from)
    {
        var handles = new List<(string, TextSpan)>();
        for (int i = from; i < text.Length; i++)
        {
            if (text[i] != '@' || (i > 0 && char.IsLetterOrDigit(text[i - 1])))
            {
                continue;
            }

            int end = i + 1;
            while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '_' or '-'))
            {
                end++;
            }

            if (end - i >= 3)
            {
                handles.Add((text[i..end], new TextSpan(offset + i, end - i)));
            }

            i = end - 1;
        }

        return handles;
    }
}
