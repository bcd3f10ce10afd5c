using System.Collections.Immutable;
using ReportLint.Analysis;
using ReportLint.Claims;
using ReportLint.Lexicons;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Status;

// RL3002: work claimed fully done ("#### ✅ Fully Integrated with Backend + Database (10 pages - 45%)") while a heading
// of the report says that work has only started or is under way ("### Phase 3: Database Integration (🚀 STARTED)").
// The two name the same work when two word stems are common to them ("integrat", "database"): a claim and a heading
// rarely use the same form of a word ("integrated", "integration").
public sealed partial class RL3002MarkContradictsLine
{
    /// <summary>RL3002: adverbs that claim all of a piece of work ("fully", "entièrement").</summary>
    internal static readonly LexiconSection Fully = new("crossref.fully");

    /// <summary>RL3002: words of a heading that say its work has begun and no more ("started", "démarré").</summary>
    internal static readonly LexiconSection Started = new("crossref.started");

    private static void ReportFullyDoneButStarted(DocumentAnalysisContext context, ReportModel model, HashSet<int> reported)
    {
        if (!model.IsStatusReport)
        {
            return;
        }

        Lexicon lexicon = context.Document.Lexicon;
        List<(ModelSection Section, HashSet<string> Stems)>? started = null;
        foreach (ModelStatement statement in model.StatementArray)
        {
            if (statement.Kind is not (StatementKind.Heading or StatementKind.ListItem) || reported.Contains(statement.Span.Start)
                || !OnlyMet(statement, out TextSpan mark) || statement.Find(Fully) is not [{ IsQuoted: false }, ..])
            {
                continue;
            }

            // The whole line, its mark left out, up to a bracket: French puts the adverb after its noun ("Factures
            // entièrement intégrées").
            string text = Squeeze(LineWithoutMark(model, statement, mark));
            int cut = text.AsSpan().IndexOfAny('(', '[', '|');
            string claim = (cut < 0 ? text : text[..cut]).Trim(' ', '*', '_', '-', '—', '#');
            HashSet<string> stems = WorkStems(claim, lexicon);
            if (stems.Count < 2)
            {
                continue;
            }

            started ??= StartedSections(model, lexicon);
            foreach ((ModelSection section, HashSet<string> sectionStems) in started)
            {
                int shared = 0;
                foreach (string stem in stems)
                {
                    shared += sectionStems.Contains(stem) ? 1 : 0;
                }

                if (shared < 2 || section.Span.Contains(statement.Span) || section.HeadingSpan.Contains(statement.Span) || SiblingBuckets(statement, section))
                {
                    continue;
                }

                reported.Add(statement.Span.Start);
                context.Diagnostics.Report(UnderWaySection, mark, ImmutableDictionary<string, string>.Empty, [section.HeadingSpan],
                    model.TextOf(mark).ToString(), StatusWords.Clip(claim, 80), StatusWords.Clip(section.Title.ToString().Trim(), 80), section.Line);
                break;
            }
        }
    }

    // "## ✅ Fonctionnalités complètement implémentées (43/49)" and, beside it, "## ⚠️ Fonctionnalités partiellement
    // implémentées (2/49)": two headings of one level under one parent that sort the same work by its state. Each holds
    // its own items; the done one says nothing about the items of the other.
    private static bool SiblingBuckets(ModelStatement statement, ModelSection started) =>
        statement.Kind == StatementKind.Heading && statement.Section is { } own && own.HeadingSpan.Contains(statement.Span) &&
        own.Level == started.Level && own.Parent == started.Parent;

    // The statement's status symbols are done marks only, at least one: the first.
    private static bool OnlyMet(ModelStatement statement, out TextSpan mark)
    {
        mark = default;
        bool found = false;
        foreach (StatusMark m in statement.Symbols)
        {
            if (m.Kind != StatusKind.Met)
            {
                return false;
            }

            if (!found)
            {
                mark = m.Span;
                found = true;
            }
        }

        return found;
    }

    // The headings that say their work has only started or is pending or partial, with their stems.
    private static List<(ModelSection, HashSet<string>)> StartedSections(ReportModel model, Lexicon lexicon)
    {
        var sections = new List<(ModelSection, HashSet<string>)>();
        foreach (ModelSection section in model.SectionArray)
        {
            if (section.Folded.Contains(Started) || section.Status is StatusKind.Pending or StatusKind.Partial)
            {
                sections.Add((section, WorkStems(section.Title.ToString(), lexicon)));
            }
        }

        return sections;
    }

    // The stems of the content words of four letters or more, words of periods ("Phase"), starts and "fully" left out: a
    // plural "s", "-ing" or "-ed" dropped, then the first six letters ("integrated", "integration" → "integr").
    private static HashSet<string> WorkStems(string text, Lexicon lexicon)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        foreach (string word in StatusWords.Of(text, lexicon))
        {
            if (lexicon.Contains(LexiconSections.Period, word) || lexicon.Contains(Started, word) || lexicon.Contains(Fully, word))
            {
                continue;
            }

            string w = word.Length > 6 && word.EndsWith("ing", StringComparison.Ordinal) ? word[..^3]
                : word.Length > 5 && word.EndsWith("ed", StringComparison.Ordinal) ? word[..^2] : word;
            if (w.Length >= 4)
            {
                stems.Add(w.Length > 6 ? w[..6] : w);
            }
        }

        return stems;
    }
}
