using System.Collections.Immutable;
using ReportLint.Analysis;
using ReportLint.Lexicons;
using ReportLint.Model;

namespace ReportLint.Rules.Status;

// RL3002: a done claim of conformity whose check is still open: "✅ Accessibility compliance" and "🔄 Accessibility
// audit", "✅ Conformité RGPD" and "⏳ Audit RGPD". Compliance is what the check establishes; it cannot be done
// before the check.
public sealed partial class RL3002MarkContradictsLine
{
    /// <summary>RL3002: nouns of an assured state ("compliance", "conformité").</summary>
    internal static readonly LexiconSection Assured = new("crossref.assured");

    /// <summary>RL3002: nouns of the check that assures it ("audit", "review", "revue").</summary>
    internal static readonly LexiconSection Check = new("crossref.check");

    private static void ReportAssuredBeforeChecked(DocumentAnalysisContext context, ReportModel model, List<CrossEntry> entries, HashSet<int> reported)
    {
        if (!model.IsStatusReport || model.Completions.Count == 0)
        {
            return;
        }

        Lexicon lexicon = context.Document.Lexicon;
        var ahead = new SectionMemo(model);
        var checks = new Dictionary<string, CrossEntry>(StringComparer.Ordinal);
        foreach (CrossEntry entry in entries)
        {
            if (!entry.Done && (entry.Section is null || !IsAheadSection(entry.Section, ahead)) && SubjectWithout(entry.Key, Check, lexicon) is { } subject)
            {
                checks.TryAdd(subject, entry);
            }
        }

        if (checks.Count == 0)
        {
            return;
        }

        foreach (CrossEntry done in entries)
        {
            if (done.Done && !reported.Contains(done.Mark.Start) && SubjectWithout(done.Key, Assured, lexicon) is { } subject
                && checks.TryGetValue(subject, out CrossEntry? check) && check.Line != done.Line)
            {
                reported.Add(done.Mark.Start);
                context.Diagnostics.Report(AssuredBeforeChecked, done.Mark, ImmutableDictionary<string, string>.Empty, [check.Mark],
                    model.TextOf(done.Mark).ToString(), done.Title, check.Line, StatusWords.Clip(Squeeze(check.Text), 80));
            }
        }
    }

    // The key's other words, sorted, when it holds exactly one word of the section and one to three words besides,
    // each of four letters or more: "accessibility compliance" → "accessibility".
    private static string? SubjectWithout(RL3002ItemKey key, LexiconSection section, Lexicon lexicon)
    {
        var rest = new List<string>();
        int found = 0;
        foreach (string word in key.Words)
        {
            if (lexicon.Contains(section, word))
            {
                found++;
            }
            else if (word.Length >= 4 || key.Ids.Contains(word) || key.Acronyms.Contains(word))
            {
                rest.Add(word);
            }
            else
            {
                return null;
            }
        }

        if (found != 1 || rest.Count is < 1 or > 3)
        {
            return null;
        }

        rest.Sort(StringComparer.Ordinal);
        return string.Join(' ', rest);
    }
}
