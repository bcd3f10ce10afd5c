using System.Collections.Immutable;
using ReportLint.Analysis;
using ReportLint.Claims;
using ReportLint.Diagnostics;
using ReportLint.Text;

namespace ReportLint;

/// <summary>
/// A text too long to analyse whole (a log, an export, a generated table, twenty reports in one file) is analysed in
/// parts cut between sections (<see cref="DocumentParts"/>): each part is parsed, modelled and analysed on its own, one
/// part per core at a time, and its tree and model are let go before that core reads its next part, so memory follows
/// the parts in hand, not the file, and a rule that compares facts pairwise is bounded by the part. Facts in two
/// different parts are not compared. What holds for the whole file holds for every part: inline directives (a
/// <c>reportlint-disable-file</c> at the top, a <c>reportlint-configure-file</c> anywhere), and being a status report
/// (to the rules' scope and to the model, which counts the file's status marks, not the part's).
/// Line numbers, in locations and messages, are the file's.
/// </summary>
public sealed partial class ReportLinter
{
    /// <summary>When a text is analysed in parts, and the parts' sizes (tests make them small).</summary>
    internal PartSizes Parts { get; set; } = PartSizes.Default;

    /// <summary>
    /// Whether full collections run between the parts of a file analysed in parts (the <c>reportlint</c> tool turns it on
    /// with the <c>ReportLint.CollectBetweenParts</c> runtime switch; a host that shares its heap decides for itself).
    /// </summary>
    internal bool CollectBetweenParts { get; set; } =
        AppContext.TryGetSwitch("ReportLint.CollectBetweenParts", out bool collect) && collect;

    // How many collections the analysis in parts has made (tests count them: the garbage collector's own counts include
    // those of every other thread).
    private int _collectionsMade;

    internal int CollectionsMade => Volatile.Read(ref _collectionsMade);

    // The growth of the heap that calls for a collection between parts, when it is more than what was alive after the last:
    // small, so a file of a few MB (little alive) is collected about as often as after every round, and its peak stays
    // low; each such collection costs little, as little is alive.
    private const long CollectionBudget = 4L * 1024 * 1024;

    private LintResult LintInParts(SourceText source, string? path, bool prepareFixes)
    {
        var whole = new ReportDocument(source, path, Lexicon, Options);
        List<TextSpan> parts = DocumentParts.Cut(source.Text, Parts);
        var engine = new List<Diagnostic>();
        InlineDirectives directives = InlineDirectives.None;
        if (InlineConfiguration && source.Text.Contains("<!--", StringComparison.Ordinal)
            && source.Text.Contains(InlineDirectives.Prefix, StringComparison.Ordinal))
        {
            directives = PartDirectives(source, parts, path);
            whole = ApplyInlineConfiguration(whole, directives, engine);
        }

        // The file is a status report when any part reads as one (the title and the headline are in the first).
        // The first part's document is kept for its analysis (it decides alone in a report, which opens with its title).
        bool statusReport = false;
        ReportDocument? first = null;
        for (int i = 0; i < parts.Count; i++)
        {
            var document = new ReportDocument(source.Part(parts[i]), path, Lexicon, whole.Options);
            first ??= document;
            if (Triggers.Of(document).MayBeStatusReport())
            {
                statusReport = true;
                break;
            }
        }

        // The model reads a document as a status report when three of its statements carry a status mark. A file whose
        // first part does (a report opens with its title, its headline and its summary) is one in every part, however
        // few marks a later part has of its own. A file whose marks come later (many documents in one, an archive of
        // minutes with a checklist somewhere) is judged part by part: three marks in megabytes make no report of the
        // rest. The first part is read for this once, and that reading serves its analysis.
        bool marked = statusReport && first is not null && MetricClaims.IsStatusReport(first);

        // The first part's document serves again unless it must be told that a later part makes the file a report.
        ReportDocument? reused = first is not null && (!statusReport || Triggers.Of(first).MayBeStatusReport()) ? first : null;
        first = null;

        // Parts are independent, so they are analysed side by side, one per core: each worker lets its part's tree and
        // model go before it takes the next, so memory follows the cores' parts, not the file. A part's findings are
        // moved to the file's offsets by its worker (the part's own diagnostics hold its model) and joined in the order
        // of the parts, so the result does not depend on which worker finished first.
        var moved = new Diagnostic[parts.Count][];
        void AnalyzePart(int index)
        {
            TextSpan part = parts[index];
            ReportDocument document = (index == 0 ? Interlocked.Exchange(ref reused, null) : null)
                ?? new ReportDocument(source.Part(part), path, Lexicon, whole.Options) { InStatusReport = statusReport, MarkedStatusReport = marked };
            ImmutableArray<Diagnostic> found = _driver.Analyze(document);
            // The fixes read the part's findings where the part put them: made before any is moved. Fixes the host will
            // read are built now, from the model in hand; others only when asked for, from the part analysed again.
            PartFixes? fixes = null;
            foreach (Diagnostic diagnostic in found)
            {
                if (diagnostic.HasFix && !prepareFixes)
                {
                    fixes = new PartFixes(this, source, part, path, whole.Options, statusReport, marked, found);
                    break;
                }
            }

            var here = new Diagnostic[found.Length];
            for (int i = 0; i < found.Length; i++)
            {
                CodeFixFactory? fix = null;
                if (found[i].HasFix)
                {
                    int at = i;
                    MovedFix[] built = fixes is null ? MovedFixes(found[i].Fixes, part.Start) : [];
                    fix = fixes is not null ? context => fixes.Register(context, at) : context => Register(context, built);
                }

                here[i] = Moved(found[i], part.Start, source, whole, fix);
            }

            moved[index] = here;
        }

        try
        {
            int cores = Environment.ProcessorCount;
            var options = new ParallelOptions { MaxDegreeOfParallelism = cores };
            if (!CollectBetweenParts)
            {
                Parallel.For(0, parts.Count, options, AnalyzePart);
            }
            else
            {
                // The parts' trees and models survived the collections made while they were analysed, so they sit in an
                // older generation now that they are garbage: collect them before the next parts pile on top. The parts
                // go one per core and are collected together once all are done: a collection while another part is
                // half built would move that part's model to an older generation too.
                // A full collection costs what is alive, and that grows with the findings of the parts done (a report
                // of 64 MB holds a million): one after every round made the run quadratic. One runs when the heap has
                // grown, since the last, by as much as was alive after it (and at least CollectionBudget), so each is
                // paid for by as many bytes allocated and the run stays linear, with the peak under twice what is
                // alive plus the budget.
                long alive = 0;
                for (int start = 0; start < parts.Count; start += cores)
                {
                    Parallel.For(start, Math.Min(parts.Count, start + cores), options, AnalyzePart);
                    if (GC.GetTotalMemory(forceFullCollection: false) - alive >= Math.Max(alive, CollectionBudget))
                    {
                        GC.Collect();
                        Interlocked.Increment(ref _collectionsMade);
                        alive = GC.GetTotalMemory(forceFullCollection: false);
                    }
                }
            }
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
        {
            // The driver reports a crashing rule itself; anything else surfaces as it would from one part.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
            throw;
        }

        var diagnostics = new List<Diagnostic>(moved.Sum(m => m.Length));
        foreach (Diagnostic[] part in moved)
        {
            diagnostics.AddRange(part);
        }

        diagnostics.Sort(AnalyzerDriver.InDocumentOrder);
        return Finish(whole, [.. diagnostics], directives, engine);
    }

    // The directives of every part, at their places in the file (their line numbers already are the file's).
    private InlineDirectives PartDirectives(SourceText source, List<TextSpan> parts, string? path)
    {
        var found = new List<InlineDirective>();
        foreach (TextSpan part in parts)
        {
            var document = new ReportDocument(source.Part(part), path, Lexicon, Options);
            try
            {
                foreach (InlineDirective directive in InlineDirectives.Parse(document, name => Catalog.Find(name)?.Id).Directives)
                {
                    found.Add(directive with { Span = new TextSpan(directive.Span.Start + part.Start, directive.Span.Length) });
                }
            }
            catch (DocumentParseException)
            {
                // Reported as RL0005 when the part is analysed.
            }
        }

        return InlineDirectives.Join(found);
    }

    // A part's diagnostic at its place in the file, with its fixes at the file's offsets.
    private static Diagnostic Moved(Diagnostic diagnostic, int offset, SourceText source, ReportDocument whole, CodeFixFactory? fix)
    {
        var span = new TextSpan(diagnostic.Span.Start + offset, diagnostic.Span.Length);
        ImmutableArray<AdditionalLocation> additional = diagnostic.AdditionalLocations;
        if (!additional.IsEmpty)
        {
            var moved = new AdditionalLocation[additional.Length];
            for (int k = 0; k < moved.Length; k++)
            {
                var at = new TextSpan(additional[k].Span.Start + offset, additional[k].Span.Length);
                moved[k] = new AdditionalLocation(at, source.GetLinePositionSpan(at), additional[k].Label);
            }

            additional = ImmutableArray.Create(moved);
        }

        return diagnostic.MoveFromPart(span, source.GetLinePositionSpan(span), additional, DocumentFix.For(fix, whole));
    }

    /// <summary>
    /// The fixes of one part's diagnostics when the host did not say it would read them (<c>prepareFixes</c>). The part's
    /// tree and model are not kept for them (they would hold every part in memory): the first time a fix is asked for,
    /// the part is analysed again, which gives the same diagnostics in the same order, and the fixes of all of them are
    /// built at once and moved to the file's offsets.
    /// </summary>
    private sealed class PartFixes(ReportLinter linter, SourceText source, TextSpan part, string? path, AnalysisOptions options,
        bool statusReport, bool marked, ImmutableArray<Diagnostic> first)
    {
        private readonly object _gate = new();
        private readonly string[] _ids = first.Select(d => d.Id).ToArray();
        private readonly int[] _starts = first.Select(d => d.Span.Start).ToArray();
        private MovedFix[][]? _fixes;

        public void Register(CodeFixContext context, int index)
        {
            MovedFix[][] fixes;
            lock (_gate)
            {
                fixes = _fixes ??= Build();
            }

            ReportLinter.Register(context, fixes[index]);
        }

        private MovedFix[][] Build()
        {
            var document = new ReportDocument(source.Part(part), path, linter.Lexicon, options) { InStatusReport = statusReport, MarkedStatusReport = marked };
            ImmutableArray<Diagnostic> again = linter._driver.Analyze(document);
            var fixes = new MovedFix[_ids.Length][];
            for (int i = 0; i < fixes.Length; i++)
            {
                // The analysis is deterministic; should it ever differ, the part offers no fixes rather than wrong ones.
                bool same = again.Length == _ids.Length && again[i].Id == _ids[i] && again[i].Span.Start == _starts[i];
                fixes[i] = MovedFixes(same && again[i].HasFix ? again[i].Fixes : [], part.Start);
            }

            return fixes;
        }
    }

    // A part's fix at the file's offsets: titles, edits and keys only, for a CodeFix holds its diagnostic, and that the
    // part's model.
    private readonly record struct MovedFix(string Title, ImmutableArray<TextEdit> Edits, string Key, bool Uncertain);

    private static MovedFix[] MovedFixes(ImmutableArray<CodeFix> built, int offset)
    {
        if (built.IsEmpty)
        {
            return [];
        }

        var fixes = new MovedFix[built.Length];
        for (int k = 0; k < built.Length; k++)
        {
            ImmutableArray<TextEdit> edits = built[k].Edits;
            var moved = new TextEdit[edits.Length];
            for (int e = 0; e < moved.Length; e++)
            {
                moved[e] = new TextEdit(new TextSpan(edits[e].Span.Start + offset, edits[e].Span.Length), edits[e].NewText);
            }

            fixes[k] = new MovedFix(built[k].Title, ImmutableArray.Create(moved), built[k].EquivalenceKey, built[k].IsUncertain);
        }

        return fixes;
    }

    private static void Register(CodeFixContext context, MovedFix[] fixes)
    {
        foreach (MovedFix fix in fixes)
        {
            context.RegisterMoved(fix.Title, fix.Edits, fix.Key, fix.Uncertain);
        }
    }
}
