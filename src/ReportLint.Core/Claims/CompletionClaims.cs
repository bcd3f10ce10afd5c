using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportLint.Analysis;
using ReportLint.Lexicons;
using ReportLint.Syntax;
using ReportLint.Text;

namespace ReportLint.Claims;

/// <summary>
/// A claim of completion: "90% COMPLETE" or "✅ COMPLÈTE" in a heading (about its section), "Status: ✅ 100%
/// PRODUCTION-READY" before the first section (about the whole document), "Overall Completion: ~85%" (an overall
/// figure). <see cref="Percent"/> is null for a word alone, which claims all of it.
/// </summary>
internal sealed record CompletionClaim(TextSpan Span, decimal? Percent, Comparison Comparison, bool IsOverall, Section? Section,
    bool AboutDocument, int Line, string Text)
{
    /// <summary>Whether it claims everything is done (100%, or a word of completion alone).</summary>
    public bool ClaimsAll => Percent is null or >= 100m;
}

/// <summary>The completion claims of a document, found once and shared.</summary>
internal sealed class CompletionClaims
{
    // Arrays made once: a params array of constants is built at every call.
    private static readonly char[] AfterEdges = [' ', '*', '_', '.', '!', ')'], BeforeEdges = [' ', '*', '_', ':'];

    private static readonly string[] CompletionNames = [LexiconSections.Completion.Name];

    private CompletionClaims(IReadOnlyList<CompletionClaim> all) => All = all;

    /// <summary>Every claim, in document order.</summary>
    public IReadOnlyList<CompletionClaim> All { get; }

    /// <summary>The shared claims of a document.</summary>
    public static CompletionClaims Of(ReportDocument document) => document.GetModel(Build);

    private static CompletionClaims Build(ReportDocument document)
    {
        var claims = new List<CompletionClaim>();
        DocumentOutline outline = DocumentOutline.Of(document);
        int firstSection = outline.Sections.FirstOrDefault(s => s.Level >= 2)?.Span.Start ?? document.Text.Length;
        foreach (Section section in outline.Sections)
        {
            ProseChars prose = ProseText.Of(document, section.Block, section.ContentSpan);
            Find(document, section.ContentSpan, prose, heading: true, section, aboutDocument: section.Level == 1, claims);
        }

        foreach (Statement statement in Statements.Of(document).All)
        {
            // A heading's claim is read from the heading; an entry of a table of contents only repeats its words.
            if (statement.Block is HeadingBlock || MarkdownSyntax.IsAnchorLinkOnly(statement.Block))
            {
                continue;
            }

            // A sub-item speaks of its parent item ("cri-o demo" › "image service implementation is done"), not of the
            // document, wherever it stands.
            bool front = statement.Span.Start < firstSection && document.Text.GetLinePosition(statement.Span.Start).Line <= Triggers.FrontLines
                && MarkdownSyntax.ParentItemOf(statement.Block) is null;
            Find(document, statement.Span, statement.Prose, heading: false, null, front, claims, statement);
        }

        claims.Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return new CompletionClaims(claims);
    }

    private static void Find(ReportDocument document, TextSpan span, ProseChars prose, bool heading, Section? section, bool aboutDocument,
        List<CompletionClaim> claims, Statement? statement = null)
    {
        if (!Triggers.Of(document).MayHold(span, CompletionNames))
        {
            return;
        }

        FoldedText folded = statement?.Folded(document) ?? Readable.Fold(document, span, prose.Chars);
        // Lists kept per thread (while small): Find runs for every statement and heading that may hold a completion.
        List<PhraseMatch> matches = t_matches ?? [];
        t_matches = null;
        matches.Clear();
        PhraseMatcher.FindAll(folded.Chars, document.Lexicon, LexiconSections.Completion, matches);
        if (matches.Count == 0)
        {
            t_matches = matches;
            return;
        }

        List<Quantity> quantities = t_quantities ?? [];
        t_quantities = null;
        quantities.Clear();
        QuantityScanner.Scan(prose.Chars, span.Start, document.Lexicon, quantities);
        bool overall = PhraseMatcher.ContainsAny(folded.Chars, document.Lexicon, LexiconSections.CompletionOverall);
        bool? markedNotDone = null;
        foreach (PhraseMatch match in matches)
        {
            TextSpan word = folded.ToOriginal(match.Start, match.End);
            // The nearest percentage (the first of equally near ones), among the quantities within reach of the word
            // only (quantities are in text order): every quantity for every match was quadratic on a long line.
            Quantity? percent = null;
            for (int k = FirstWithin(quantities, word.Start - MaxGap); k < quantities.Count && quantities[k].Span.Start <= word.End + MaxGap; k++)
            {
                Quantity q = quantities[k];
                if (q.Unit == "%" && q.Denominator is null && Near(document, q.Span, word) &&
                    (percent is not { } best || Math.Abs(q.Span.Start - word.Start) < Math.Abs(best.Span.Start - word.Start)))
                {
                    percent = q;
                }
            }

            if (percent is { } p)
            {
                TextSpan claimSpan = TextSpan.FromBounds(Math.Min(p.Span.Start, word.Start), Math.Max(p.Span.End, word.End));
                claims.Add(new CompletionClaim(claimSpan, p.Value, p.Comparison, overall, section, aboutDocument && !heading || section?.Level == 1,
                    document.Text.GetLinePosition(claimSpan.Start).Line,
                    Readable.Text(document, claimSpan)));
            }
            else if ((heading || aboutDocument) && document.Lexicon.Contains(LexiconSections.CompletionState, match.Phrase) &&
                     !Denied(document, folded, match, ref markedNotDone) && !DescribesNoun(document, folded, match) && IsClaimWord(document, folded, match, word, span) &&
                     (statement is null || !OfLinkedPage(document, statement.Block, word)))
            {
                claims.Add(new CompletionClaim(word, null, Comparison.Exact, overall, section, aboutDocument && !heading || section?.Level == 1,
                    document.Text.GetLinePosition(word.Start).Line,
                    Readable.Text(document, word)));
            }
        }

        if (matches.Capacity <= MaxKeptCapacity && quantities.Capacity <= MaxKeptCapacity)
        {
            t_matches = matches;
            t_quantities = quantities;
        }
    }

    [ThreadStatic]
    private static List<PhraseMatch>? t_matches;

    [ThreadStatic]
    private static List<Quantity>? t_quantities;

    [ThreadStatic]
    private static List<StatusMark>? t_marks;

    // One long line must not leave its lists' capacity allocated for the life of the thread.
    private const int MaxKeptCapacity = 1024;

    // "What Remains To Be Done ⏳", "not complete": a word denied before it, or a line marked as not done.
    private static bool Denied(ReportDocument document, FoldedText folded, PhraseMatch match, ref bool? markedNotDone)
    {
        ReadOnlySpan<char> before = folded.Chars[Math.Max(0, match.Start - 16)..match.Start];
        if (PhraseMatcher.ContainsAny(before, document.Lexicon, LexiconSections.CompletionNegation))
        {
            return true;
        }

        // The marks of the line are the same for every match on it: scanned once (per match, a long line was quadratic).
        if (markedNotDone is null)
        {
            List<StatusMark> marks = t_marks ?? [];
            t_marks = null;
            marks.Clear();
            StatusScanner.Scan(folded, document.Lexicon, marks);
            markedNotDone = marks.Exists(static m => m.Kind is StatusKind.Pending or StatusKind.Failed or StatusKind.Partial);
            t_marks = marks.Capacity <= MaxKeptCapacity ? marks : null;
        }

        return markedNotDone.Value;
    }

    private const int MaxGap = 16;

    // The first quantity that ends at or after <paramref name="from"/> (quantities are sorted and do not overlap).
    private static int FirstWithin(List<Quantity> quantities, int from)
    {
        int lo = 0, hi = quantities.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (quantities[mid].Span.End < from)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    // The percentage stands within a few characters of the word ("90% COMPLETE", "Completion: ~85%", "100% complete").
    private static bool Near(ReportDocument document, TextSpan number, TextSpan word)
    {
        int gap = number.End <= word.Start ? word.Start - number.End : number.Start - word.End;
        if (gap < 0 || gap > MaxGap)
        {
            return false;
        }

        ReadOnlySpan<char> between = number.End <= word.Start
            ? document.GetText(TextSpan.FromBounds(number.End, word.Start))
            : document.GetText(TextSpan.FromBounds(word.End, number.Start));
        foreach (char c in between)
        {
            if (char.IsLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly LexiconSection CompletionJoiner = new("completion.joiner");
    private static readonly LexiconSection DescribedNoun = new("completion.described-noun");

    // "RAPPORT D'AUDIT COMPLET", "Rapport de Vérification Complète de l'Application": a completion word that follows
    // the noun of a report or a review it agrees with ([completion.described-noun] gives the pairs, in languages whose
    // adjectives follow the noun) says what the document or the review covers, not that work is done. A met mark before
    // them ("### ✅ Audit complet") says it is.
    private static bool DescribesNoun(ReportDocument document, FoldedText folded, PhraseMatch match)
    {
        ReadOnlySpan<char> upTo = folded.Chars.Slice(0, match.End);
        if (upTo.Contains("✅", StringComparison.Ordinal) || upTo.Contains("✔", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (string pair in document.Lexicon.Phrases(DescribedNoun))
        {
            if (upTo.EndsWith(pair, StringComparison.Ordinal) && (upTo.Length == pair.Length || !char.IsLetter(upTo[^(pair.Length + 1)])))
            {
                return true;
            }
        }

        return false;
    }

    // Whether the text right after a word in capitals is another word in capitals (one space between), not a joining
    // word: "COMPLETE MONITORING" (an adjective), not "COMPLETE AND VALIDATED" nor "TERMINÉ à 100 %".
    private static bool BeforeNoun(ReportDocument document, ReadOnlySpan<char> after)
    {
        if (after.Length < 2 || after[0] != ' ' || !char.IsLetter(after[1]))
        {
            return false;
        }

        int end = 1;
        while (end < after.Length && char.IsLetter(after[end]))
        {
            if (char.IsLower(after[end]))
            {
                return false;
            }

            end++;
        }

        return !char.IsLower(after[1]) && !document.Lexicon.Contains(CompletionJoiner, TextFolding.Fold(after[1..end]));
    }

    // Words between a link and the completion word it is the subject of: "has been", "du projet est".
    private const int MaxWordsAfterSubject = 3;

    // "The project [self assessment](https://…) has been completed", "L'[auto-évaluation](…) du projet est terminée": the
    // thing said complete is the linked page, not the work this document reports on. A link to another page (not an
    // anchor of this one) ends right before the word, a few words apart at most.
    private static bool OfLinkedPage(ReportDocument document, LeafBlock block, TextSpan word)
    {
        // Read back over the few words before the word first: only a link's end (')', ']' or '>') can stand before
        // them, and walking the block's inlines for every word made a long paragraph quadratic.
        if (block.Inline is not { } root || !LinkEndBefore(document.Text.Text, word.Start))
        {
            return false;
        }

        for (Inline? inline = root.FirstChild; inline is not null; inline = MarkdownSyntax.NextInline(inline, root))
        {
            if (inline is LinkInline { IsImage: false, Url: { Length: > 0 } url } link && url[0] != '#' &&
                document.GetSpan(link) is { } linked && linked.End <= word.Start &&
                FewWords(document.GetText(TextSpan.FromBounds(linked.End, word.Start))))
            {
                return true;
            }
        }

        return false;
    }

    // Whether the text before a position, past at most MaxWordsAfterSubject words of letters (apostrophes within) and
    // spaces, ends with the end of a link: ')', ']' or '>'.
    private static bool LinkEndBefore(string text, int position)
    {
        int words = 0;
        bool inWord = false;
        for (int i = position - 1; i >= 0; i--)
        {
            char c = text[i];
            if (c == ' ')
            {
                inWord = false;
            }
            else if (char.IsLetter(c) || c is '\'' or '’')
            {
                if (!inWord && ++words > MaxWordsAfterSubject)
                {
                    return false;
                }

                inWord = true;
            }
            else
            {
                return c is ')' or ']' or '>';
            }
        }

        return false;
    }

    // At most MaxWordsAfterSubject words of letters (apostrophes within) and nothing else: "has been", "du projet est".
    private static bool FewWords(ReadOnlySpan<char> text)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            if (c == ' ')
            {
                inWord = false;
            }
            else if (char.IsLetter(c) || c is '\'' or '’')
            {
                words += inWord ? 0 : 1;
                inWord = true;
            }
            else
            {
                return false;
            }
        }

        return words <= MaxWordsAfterSubject;
    }

    // A word alone claims completion when written as a claim, not as an adjective: in capitals, right after a met mark,
    // or closing the heading or status line ("Complete Analysis" claims nothing).
    private static bool IsClaimWord(ReportDocument document, FoldedText folded, PhraseMatch match, TextSpan word, TextSpan span)
    {
        ReadOnlySpan<char> original = document.GetText(word);
        bool capitals = true;
        foreach (char c in original)
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                capitals = false;
                break;
            }
        }

        if (capitals && original.Length > 2)
        {
            // "PHASE 18: COMPLETE MONITORING & OBSERVABILITY": a word before a noun is an adjective, not a status; a
            // joining word ("COMPLETE AND VALIDATED", "COMPLET ET PRÊT") keeps it a verdict.
            return !BeforeNoun(document, document.GetText(TextSpan.FromBounds(word.End, Math.Min(span.End, word.End + 40))));
        }

        // Spans, not substrings: a copy of the rest of the text for every match was quadratic on a long line.
        ReadOnlySpan<char> after = folded.Chars.Slice(match.End).Trim(AfterEdges);
        if (after.Length == 0)
        {
            return true;
        }

        ReadOnlySpan<char> before = folded.Chars.Slice(0, match.Start).TrimEnd(BeforeEdges);
        return before.EndsWith("✅", StringComparison.Ordinal) || before.EndsWith("✔", StringComparison.Ordinal);
    }
}
