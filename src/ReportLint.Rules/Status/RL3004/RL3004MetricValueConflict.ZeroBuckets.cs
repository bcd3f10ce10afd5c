using System.Collections.Immutable;
using ReportLint.Analysis;
using ReportLint.Claims;
using ReportLint.Lexicons;
using ReportLint.Model;

namespace ReportLint.Rules.Status;

// RL3004, no critical item left while one is: "### Critique (0)" among the remaining problems, and "1. **Backend
// Node.js inutilisé** (Manuel)" filed under its sibling "### Haute Priorité (2)", when a list led by a critical word
// ("**Découvertes critiques**:") named that item. The bucket counts the critical items left as zero; the report's own
// critical finding is still left, under another level.
public sealed partial class RL3004MetricValueConflict
{
    /// <summary>RL3004: words of the critical level ("critical", "critique"), shared with RL3007's scale.</summary>
    internal static readonly LexiconSection CriticalLevel = new("level.critical");

    private static void ReportEmptyCriticalBuckets(DocumentAnalysisContext context, ReportModel model)
    {
        Lexicon lexicon = context.Document.Lexicon;
        List<ModelSection>? zeros = null;
        foreach (ModelSection section in model.SectionArray)
        {
            // The heading as written first: its title (emphasis dropped) is made only when it may hold "(0)".
            ReadOnlySpan<char> heading = context.Document.GetText(section.TitleSpan);
            if (section.Parent is null || (heading.IndexOf("(0)".AsSpan(), StringComparison.Ordinal) < 0 && heading.IndexOf("**".AsSpan(), StringComparison.Ordinal) < 0))
            {
                continue;
            }

            string title = section.Title.ToString();
            if (title.Contains("(0)", StringComparison.Ordinal) && HasCriticalWord(title, lexicon))
            {
                (zeros ??= []).Add(section);
            }
        }

        if (zeros is null)
        {
            return;
        }

        List<(ModelStatement Item, RL3002ItemKey Key)> critical = CriticalItems(context.Document, model, zeros, lexicon);
        foreach (ModelSection zero in zeros)
        {
            if (OpenCriticalUnderSiblings(model, zero, critical, lexicon) is not ({ } found, { } open, { } bucket))
            {
                continue;
            }

            context.Diagnostics.Report(EmptyCriticalLevel, zero.HeadingSpan, ImmutableDictionary<string, string>.Empty, [found.Span, open.Span],
                zero.Title.ToString().Trim(), StatusWords.Clip(Squeezed(model.TextOf(found.Span).ToString()), 60), found.Line, bucket.Title.ToString().Trim(), open.Line);
        }
    }

    // The list items led by a line or heading with a critical word ("**Découvertes critiques**:", "### Critical
    // issues"), outside the zero buckets' parents (the remaining problems themselves).
    private static List<(ModelStatement, RL3002ItemKey)> CriticalItems(ReportDocument document, ReportModel model, List<ModelSection> zeros, Lexicon lexicon)
    {
        var items = new List<(ModelStatement, RL3002ItemKey)>();
        bool led = false;
        foreach (ModelStatement statement in model.StatementArray)
        {
            if (statement.Kind != StatementKind.ListItem)
            {
                // The line as written: "**Découvertes critiques**:" ends with its colon after the emphasis.
                string text = document.GetText(document.Text.GetLineSpan(statement.Line)).ToString().Trim();
                led = HasCriticalWord(text, lexicon) && (statement.Kind == StatementKind.Heading || text.EndsWith(':'))
                    && !text.Contains("(0)", StringComparison.Ordinal);
                continue;
            }

            if (!led || InAny(statement, zeros))
            {
                continue;
            }

            RL3002ItemKey key = RL3002ItemKey.Of(model.TextOf(statement.Span).ToString(), lexicon);
            if (key.Words.Count >= 2)
            {
                items.Add((statement, key));
            }
        }

        return items;
    }

    private static bool InAny(ModelStatement statement, List<ModelSection> zeros)
    {
        foreach (ModelSection zero in zeros)
        {
            if (zero.Parent is { } parent && parent.Span.Contains(statement.Span))
            {
                return true;
            }
        }

        return false;
    }

    // The first critical item that a list item without a done mark, under a sibling of the zero bucket, names (two of its
    // words at least): the critical item, the open one and its bucket.
    private static (ModelStatement? Found, ModelStatement? Open, ModelSection? Bucket) OpenCriticalUnderSiblings(ReportModel model, ModelSection zero,
        List<(ModelStatement Item, RL3002ItemKey Key)> critical, Lexicon lexicon)
    {
        if (critical.Count == 0)
        {
            return (null, null, null);
        }

        foreach (ModelSection sibling in model.SectionArray)
        {
            if (sibling.Parent != zero.Parent || sibling == zero || HasCriticalWord(sibling.Title.ToString(), lexicon))
            {
                continue;
            }

            foreach (ModelStatement statement in model.StatementsIn(sibling.Span))
            {
                if (statement.Kind != StatementKind.ListItem || HasMet(statement))
                {
                    continue;
                }

                RL3002ItemKey key = RL3002ItemKey.Of(model.TextOf(statement.Span).ToString(), lexicon);
                foreach ((ModelStatement item, RL3002ItemKey itemKey) in critical)
                {
                    int shared = 0;
                    foreach (string word in itemKey.Words)
                    {
                        shared += key.Words.Contains(word) ? 1 : 0;
                    }

                    if (shared >= 2)
                    {
                        return (item, statement, sibling);
                    }
                }
            }
        }

        return (null, null, null);
    }

    // A word of the critical level, plural "s" allowed ("critiques").
    private static bool HasCriticalWord(string text, Lexicon lexicon)
    {
        foreach (string word in Words(text, lexicon))
        {
            if (lexicon.Contains(CriticalLevel, word) || lexicon.Contains(CriticalLevel, word + "s"))
            {
                return true;
            }
        }

        return false;
    }
}
