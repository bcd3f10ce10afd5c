using Markdig.Syntax;
using ReportLint.Claims;
using ReportLint.Lexicons;
using ReportLint.Syntax;
using ReportLint.Text;

namespace ReportLint.Model;

/// <summary>A phrase of a lexicon section that a statement holds, located in the source.</summary>
/// <param name="Statement">The statement that holds it.</param>
/// <param name="Hit">The phrase and where it stands.</param>
public sealed record StatementPhrase(ModelStatement Statement, PhraseHit Hit);

/// <summary>A fenced code block: a report's own commands, configuration or output.</summary>
/// <param name="Span">The whole block, fences included.</param>
/// <param name="Content">From the start of its first line of code to the end of its last (empty when it holds none).</param>
/// <param name="Language">The first word of its info string (<c>bash</c>, <c>yaml</c>), or empty.</param>
public sealed record ModelFence(TextSpan Span, TextSpan Content, string Language);

/// <summary>
/// What the report says about itself that makes text left unfilled a defect: whether it claims to be final or
/// complete, where its phrases of a lexicon section stand, and the values written in a piece of its source.
/// </summary>
public sealed partial class ReportModel
{
    private bool? _titleSaysFinal;
    private ModelFence[]? _fences;

    /// <summary>Every fenced code block, in document order.</summary>
    public IReadOnlyList<ModelFence> Fences => Volatile.Read(ref _fences) ?? Once(ref _fences, BuildFences);

    // Words of a report's title that say it is final (RL4003's words, in RL4003TemplateResidue.{language}.lex).
    private static readonly LexiconSection ReportFinal = new("report.final");

    /// <summary>Whether the report's title (its first heading) says it is final (lexicon section <c>report.final</c>).</summary>
    public bool TitleSaysFinal => _titleSaysFinal ??= Sections is { Count: > 0 } sections && sections[0].Folded.Contains(ReportFinal);

    /// <summary>
    /// Whether the report claims to be complete or final where <paramref name="position"/> (a source offset) stands:
    /// its title says final, or a claim that all is complete is made about the whole report (in a heading, or on a
    /// status line "<c>**Status**: ✅ 100% COMPLETE</c>") or in the heading of a section that holds the position.
    /// A completion word somewhere in the report's opening prose is no such claim.
    /// </summary>
    public bool ClaimsFinalAt(int position)
    {
        if (TitleSaysFinal)
        {
            return true;
        }

        foreach (CompletionFact claim in Completions)
        {
            if (!claim.ClaimsAll)
            {
                continue;
            }

            if (claim.Section is { } section
                    ? claim.AboutReport || (section.Span.Start <= position && position < section.Span.End)
                    : claim.AboutReport && OnStatusLine(claim.Span.Start))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the report claims to be complete or final anywhere (<see cref="ClaimsFinalAt"/> at some place).</summary>
    public bool ClaimsFinal
    {
        get
        {
            if (TitleSaysFinal)
            {
                return true;
            }

            foreach (CompletionFact claim in Completions)
            {
                if (claim.ClaimsAll && (claim.Section is not null || (claim.AboutReport && OnStatusLine(claim.Span.Start))))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>
    /// The phrases of the lexicon section <paramref name="section"/> that the statements hold, in document order,
    /// each with its statement and located in the source. Statements of code (claim lines of a code block) are left
    /// out unless <paramref name="includeCode"/>.
    /// </summary>
    public IEnumerable<StatementPhrase> PhrasesOf(LexiconSection section, bool includeCode = false)
    {
        foreach (ModelStatement statement in Statements)
        {
            if (!includeCode && statement.Kind is StatementKind.CodeLine or StatementKind.DashboardLine)
            {
                continue;
            }

            foreach (PhraseHit hit in statement.Find(section))
            {
                yield return new StatementPhrase(statement, hit);
            }
        }
    }

    /// <summary>Whether <paramref name="word"/>, as written (case, accents), is a phrase of the lexicon section <paramref name="section"/>.</summary>
    public bool IsPhrase(LexiconSection section, ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return false;
        }

        // An ASCII word (most are) folds to its lower case: looked up without making a string.
        if (word.Length <= 64)
        {
            Span<char> lower = stackalloc char[word.Length];
            int i = 0;
            while (i < word.Length && TextFolding.IsAsciiWordCharacter(word[i]))
            {
                lower[i] = TextFolding.ToLowerAscii(word[i]);
                i++;
            }

            if (i == word.Length)
            {
                return Document.Lexicon.Contains(section, lower);
            }
        }

        return Document.Lexicon.Contains(section, TextFolding.Fold(word));
    }

    /// <summary>
    /// The whole of <paramref name="span"/> (a span of the source) read as one value ("9.7 KB", "~430 lines"), or
    /// null when it is not exactly one value.
    /// </summary>
    public FactValue? ReadValue(TextSpan span) =>
        QuantityScanner.TryParseWhole(Document.GetText(span), span.Start, Document.Lexicon, out Quantity quantity) ? new FactValue(this, quantity) : null;

    private ModelFence[] BuildFences()
    {
        var fences = new List<ModelFence>();
        foreach (Block block in Document.WalkBlocks)
        {
            if (block is not FencedCodeBlock fence)
            {
                continue;
            }

            TextSpan span = Document.GetSpan(fence);
            TextSpan content = new(span.Start, 0);
            if (fence.Lines.Count > 0)
            {
                var lines = fence.Lines.Lines;
                int first = lines[0].Slice.Start;
                int last = lines[fence.Lines.Count - 1].Slice.End + 1;
                if (first >= span.Start && last >= first && last <= span.End)
                {
                    content = TextSpan.FromBounds(first, last);
                }
            }

            // The info string itself when it is only the language (most are), else its first word.
            ReadOnlySpan<char> language = MarkdownSyntax.FenceLanguage(fence);
            fences.Add(new ModelFence(span, content, fence.Info is { } info && language.Length == info.Length ? info : language.ToString()));
        }

        return fences.ToArray();
    }

    // "Label: ✅ 100% COMPLETE": a label, then at most three words before the claim.
    private bool OnStatusLine(int at)
    {
        string text = Document.Text.Text;
        int lineStart = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        ReadOnlySpan<char> before = text.AsSpan(lineStart, at - lineStart);
        int colon = before.LastIndexOf(':');
        if (colon < 0)
        {
            return false;
        }

        int words = 0;
        bool inWord = false;
        foreach (char c in before[(colon + 1)..])
        {
            bool letter = char.IsLetterOrDigit(c);
            words += letter && !inWord ? 1 : 0;
            inWord = letter;
        }

        return words <= 3;
    }
}
