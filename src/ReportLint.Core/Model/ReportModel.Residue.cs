using Markdig.Syntax;
using ReportLint.Claims;
using ReportLint.Lexicons;
using ReportLint.Syntax;
using ReportLint.Text;

namespace ReportLint.Model;

/// <summary>A fenced code block: a report's own commands, configuration or output.</summary>
/// <param name="Span">The whole block, fences included.</param>
/// <param name="Content">From the start of its first line of code to the end of its last (empty when it holds none).</param>
/// <param name="Language">The first word of its info string (<c>bash</c>, <c>yaml</c>), or empty.</param>
public sealed record ModelFence(TextSpan Span, TextSpan Content, string Language);

/// <summary>The report's fenced code blocks, its words looked up as written, and the values written in a piece of its source.</summary>
public sealed partial class ReportModel
{
    private ModelFence[]? _fences;

    /// <summary>Every fenced code block, in document order.</summary>
    public IReadOnlyList<ModelFence> Fences => Volatile.Read(ref _fences) ?? Once(ref _fences, BuildFences);

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
        foreach (CodeBlock block in Document.BlockIndex.CodeBlocks)
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
}
