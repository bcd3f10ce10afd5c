using System.Runtime.CompilerServices;
using ReportLint.Analysis;
using ReportLint.Lexicons;
using ReportLint.Text;

namespace ReportLint.Claims;

/// <summary>
/// What a status mark or word says. Public, and kept in this namespace, as part of the model's vocabulary: <c>ReportLint.Model</c> returns it
/// (<see cref="ReportLint.Model.ModelStatement.Status"/>); the scanner that reads it is internal.
/// </summary>
public enum StatusKind
{
    /// <summary>No status.</summary>
    None = 0,
    /// <summary>Done, met, passed, validated (✅ ✔ ☑ 🟢, [x]).</summary>
    Met,
    /// <summary>Failed or missed (❌ ✗ 🔴).</summary>
    Failed,
    /// <summary>Not done yet (⏳ 🔄, [ ], pending, en cours).</summary>
    Pending,
    /// <summary>Partly done or with reservations (⚠️ 🟡, partial).</summary>
    Partial,
}

/// <summary>
/// A status mark or word found in a text. Public, and kept in this namespace, as part of the model's vocabulary: <c>ReportLint.Model</c> returns it
/// (<see cref="ReportLint.Model.ModelStatement.Marks"/>); the scanner that reads it is internal.
/// </summary>
public readonly record struct StatusMark(StatusKind Kind, TextSpan Span, string Phrase)
{
    /// <summary>Whether it is a mark (✅, ⏳, [x]) rather than a word (done, pending).</summary>
    public bool IsSymbol => PhraseIndex.IsSymbol(Phrase);
}

/// <summary>
/// Finds status marks and words (sections <c>status.met</c>, <c>status.failed</c>, <c>status.pending</c>,
/// <c>status.partial</c> of the lexicon) in a piece of text.
/// </summary>
internal static class StatusScanner
{
    // Parallel arrays, and loops below rather than LINQ or Array.Find over value types: framework generic code over a
    // value type is not precompiled by ReadyToRun and was JIT-compiled at every start of the tool.
    private static readonly StatusKind[] Kinds = [StatusKind.Met, StatusKind.Failed, StatusKind.Pending, StatusKind.Partial];
    private static readonly LexiconSection[] Sections = LexiconSections.Status;
    private static readonly string[] Names = [Sections[0].Name, Sections[1].Name, Sections[2].Name, Sections[3].Name];

    [ThreadStatic]
    private static List<PhraseMatch>? t_matches;

    /// <summary>The lexicon sections of status marks and words.</summary>
    public static string[] SectionNames { get; } = (string[])Names.Clone();

    /// <summary>Appends every status mark or word of <paramref name="folded"/>, in order, with original spans.</summary>
    [MethodImpl(Jit.Hot)]
    public static void Scan(FoldedText folded, Lexicon lexicon, List<StatusMark> results)
    {
        Span<int> one = stackalloc int[3];
        Scan(folded.Chars, folded.RunsIn(one), folded.MappedLength, folded.EndOfText, lexicon, results);
    }

    /// <summary>
    /// Appends every status mark or word of <paramref name="span"/> of the document as written (mojibake read through),
    /// in order, with original spans, as <see cref="Scan(FoldedText, Lexicon, List{StatusMark})"/> of its fold gives
    /// them: for a cell or line whose marks are all that is asked, the fold is read in this thread's buffers and
    /// nothing of it is kept.
    /// </summary>
    internal static void Scan(ReportDocument document, TextSpan span, List<StatusMark> results)
    {
        ReadOnlySpan<char> text = document.GetText(span);
        var sink = MappedSink.Rent(text.Length + 1);
        TextFolding.FoldRepairing(ref sink, text, span.Start, DocumentMojibake.Of(document).Within(span));
        ReadOnlySpan<char> folded = sink.Chars;
        Scan(folded, sink.Runs, folded.Length, span.End, document.Lexicon, results);
        sink.Release();
    }

    // The marks of folded characters whose map back to the document is runs (FoldRuns), wherever both are held. A
    // list kept per thread: the scan runs for every statement, cell and line that may hold a mark. One pass over the
    // four sections' phrases: at each place the longest of any ("not met", "non atteint" over "met", "atteint"), and
    // none inside another.
    private static void Scan(ReadOnlySpan<char> folded, ReadOnlySpan<int> runs, int mapped, int endOfText, Lexicon lexicon, List<StatusMark> results)
    {
        List<PhraseMatch> matches = t_matches ??= [];
        matches.Clear();
        PhraseUnion phrases = lexicon.StatusPhrases;
        PhraseMatcher.FindAll(folded, phrases.Index, matches);
        foreach (PhraseMatch match in matches)
        {
            int section = phrases.SectionOf(match.Phrase);
            if (section >= Kinds.Length)
            {
                // A level ("🟡 MEDIUM"), not a status.
                continue;
            }

            StatusKind kind = Kinds[section];
            results.Add(new StatusMark(kind, FoldRuns.ToOriginal(runs, mapped, endOfText, match.Start, match.End), match.Phrase));
        }
    }

    /// <summary>The status of a text: <see cref="StatusKind.None"/> when it has none; any non-met mark outweighs met ones.</summary>
    public static StatusKind Summarize(IReadOnlyList<StatusMark> marks)
    {
        StatusKind result = StatusKind.None;
        for (int i = 0; i < marks.Count; i++)
        {
            if (marks[i].Kind != StatusKind.Met)
            {
                return marks[i].Kind;
            }

            result = StatusKind.Met;
        }

        return result;
    }

    /// <summary>
    /// The status of the symbols among the marks (words left out), as <see cref="Summarize"/> gives it: any non-met
    /// symbol outweighs met ones; <see cref="StatusKind.None"/> when no mark is a symbol.
    /// </summary>
    internal static StatusKind SummarizeSymbols(ReadOnlySpan<StatusMark> marks)
    {
        StatusKind result = StatusKind.None;
        foreach (StatusMark mark in marks)
        {
            if (!mark.IsSymbol)
            {
                continue;
            }

            if (mark.Kind != StatusKind.Met)
            {
                return mark.Kind;
            }

            result = StatusKind.Met;
        }

        return result;
    }

    /// <summary>Whether any of the marks is a symbol (✅, ⏳, [x]) rather than a word.</summary>
    internal static bool AnySymbol(List<StatusMark> marks)
    {
        foreach (StatusMark mark in marks)
        {
            if (mark.IsSymbol)
            {
                return true;
            }
        }

        return false;
    }
}
