using System.Collections.Immutable;
using System.Globalization;
using ReportLint.Claims;
using ReportLint.Analysis;
using ReportLint.Lexicons;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Status;

/// <summary>
/// RL3003, a part said done over its own section: a dashboard bar at 100% or a ✅ item names a part of the work
/// ("Module 3: Transport Management ████ 100% ✅") and the section of the report about that same part says it is not
/// done ("**Status:** FULLY ARCHITECTED &amp; DOCUMENTED", "⏳ Route optimisation"). Adjacent lines that do the same
/// are one finding that names the others.
/// </summary>
public sealed partial class RL3003CompleteWithPendingItems
{
    private static void ReportPartsOverTheirSections(DocumentAnalysisContext context, ReportModel model, HashSet<int> reportedLines)
    {
        // Only in a report that claims completion somewhere: elsewhere a ✔ in a feature table ("Core Options | ✔") says
        // a thing exists, and its section may well describe what it does not do.
        if (!model.IsStatusReport || model.Completions.Count == 0 || VerdictFacts.NotDone(model).Count == 0)
        {
            return;
        }

        Lexicon lexicon = context.Document.Lexicon;
        // The sections by the key of their title, once per document; a key two sections share names no one part.
        var sections = new Dictionary<string, ModelSection?>(StringComparer.Ordinal);
        foreach (ModelSection section in model.SectionArray)
        {
            if (PartKey(section.Title.ToString(), lexicon) is { } key)
            {
                sections[key] = sections.ContainsKey(key) ? null : section;
            }
        }

        if (sections.Count == 0)
        {
            return;
        }

        var found = new List<(TextSpan Span, int Line, string Text, ModelSection Section, NotDoneEvidence First, int Count)>();
        foreach (ModelBar bar in model.Bars)
        {
            if (bar.Stated is { IsPercentage: true, Number: >= 100m } stated && !bar.Label.IsEmpty)
            {
                Add(bar.Span, bar.Label.ToString().Trim() + " " + stated.Text, bar.Label.ToString());
            }
        }

        foreach (ModelItem item in model.Items)
        {
            // "Routes : 85% ✅ (13/15)" says itself that some is not done: only a part claimed whole counts.
            if (item.Status == StatusKind.Met && !item.MarkSpan.IsEmpty && model.StatementAt(item.MarkSpan) is { } statement && !SaysPartial(statement))
            {
                // "✅ Module 2 : Facturation en ligne": the title stops at the colon, the part's name does not.
                if (!Add(item.MarkSpan, item.Text.ToString().Trim(), item.Title.ToString()))
                {
                    Add(item.MarkSpan, item.Text.ToString().Trim(), item.Text.ToString());
                }
            }
        }

        found.Sort(static (a, b) => a.Line.CompareTo(b.Line));
        for (int i = 0; i < found.Count; i++)
        {
            var part = found[i];
            if (reportedLines.Contains(part.Line))
            {
                continue;
            }

            // "Module 3 … 100% ✅" to "Module 7 … 100% ✅" on following lines: one finding, the others named.
            var others = new List<string>();
            while (i + 1 < found.Count && found[i + 1].Line == found[i].Line + 1)
            {
                i++;
                others.Add($"'{found[i].Section.Title}' (line {LineOf(context, found[i].Section).ToString(CultureInfo.InvariantCulture)})");
            }

            reportedLines.Add(part.Line);
            string status = part.First.Kind switch
            {
                NotDoneKind.Pending => "pending",
                NotDoneKind.Partial => "partial",
                NotDoneKind.Failed => "failed",
                _ => "not implemented",
            };
            string scope = $"its section '{part.Section.Title}' (line {LineOf(context, part.Section).ToString(CultureInfo.InvariantCulture)}) holds {(part.Count == 1 ? "1 item" : $"{part.Count} items")}";
            string more = others.Count == 0 ? string.Empty : $"; so do the sections {string.Join(", ", others)}";
            context.Diagnostics.Report(Rule, part.Span, ImmutableDictionary<string, string>.Empty, [part.First.MarkSpan],
                part.Text, scope, part.Count == 1 ? "that is" : "that are", part.First.Title, status, part.First.Line, more);
        }

        bool Add(TextSpan span, string text, string label)
        {
            int line = context.Document.Text.GetLinePosition(span.Start).Line;
            if (PartKey(label, lexicon) is not { } key || !sections.TryGetValue(key, out ModelSection? section) || section is null
                || section.Span.Contains(span))
            {
                return false;
            }

            NotDoneEvidence? first = null;
            int count = 0;
            foreach (NotDoneEvidence evidence in VerdictFacts.NotDoneCoveredBy(model, false, section))
            {
                // An unchecked box of a test checklist under the part's name is a check to run, not work left.
                if (evidence.Kind != NotDoneKind.ToVerify && !(evidence.Kind == NotDoneKind.Pending && model.TextOf(evidence.MarkSpan).ToString() == "[ ]"))
                {
                    first ??= evidence;
                    count++;
                }
            }

            if (first is not null)
            {
                found.Add((span, line, text, section, first, count));
            }

            return true;
        }
    }

    private static bool SaysPartial(ModelStatement statement)
    {
        foreach (FactValue value in statement.Values)
        {
            if ((value.IsPercentage && value.Number < 100m) || (value.IsRatio && value.Denominator is { } of && value.Number < of))
            {
                return true;
            }
        }

        return false;
    }

    private static int LineOf(DocumentAnalysisContext context, ModelSection section) =>
        context.Document.Text.GetLinePosition(section.HeadingSpan.Start).Line;

    // The key of a part's name: its content words, sorted, when they name one part (two words at least, or an
    // identifier such as "module 3"); null otherwise. "3. Module 3: Transport Management" and "Module 3: Transport
    // Management" have one key.
    private static string? PartKey(string name, Lexicon lexicon)
    {
        RL3002ItemKey key = RL3002ItemKey.Of(name, lexicon);
        if (key.Words.Count < 2 && key.Ids.Count == 0)
        {
            return null;
        }

        var words = new List<string>(key.Words);
        words.Sort(StringComparer.Ordinal);
        return string.Join(' ', words);
    }
}
