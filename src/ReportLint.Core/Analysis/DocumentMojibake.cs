using ReportLint.Text;

namespace ReportLint.Analysis;

/// <summary>
/// The mojibake of a document, found once and shared: RL4001 reports and repairs it, and the claims layer reads
/// words and marks through it (a mangled "âœ…" is still a ✅). Sequences that a correctly encoded document quotes
/// on purpose are left out: those in code, and those on a line whose correct non-ASCII characters outnumber them.
/// </summary>
internal sealed class DocumentMojibake
{
    // An array, not the list they were found in: the searches below index it for every span a rule folds.
    private readonly MojibakeSequence[] _sequences;

    private DocumentMojibake(List<MojibakeSequence> sequences) => _sequences = sequences.Count == 0 ? [] : sequences.ToArray();

    /// <summary>The sequences to report and repair, in document order.</summary>
    public IReadOnlyList<MojibakeSequence> Sequences => _sequences;

    /// <summary>The shared model of a document.</summary>
    public static DocumentMojibake Of(ReportDocument document) => document.KeptMojibake ??= document.GetModel(d => new DocumentMojibake(Find(d)));

    /// <summary>The sequences within <paramref name="span"/>.</summary>
    public IEnumerable<MojibakeSequence> Within(TextSpan span)
    {
        // Most spans hold none: the shared empty array costs no enumerator object, where an iterator cost one per call.
        int first = FirstAtOrAfter(span.Start), end = first;
        while (end < _sequences.Length && _sequences[end].Span.End <= span.End)
        {
            end++;
        }

        return first == end ? [] : Range(first, end);
    }

    /// <summary>Whether any sequence lies within <paramref name="span"/> (what <see cref="Within"/> gives is not empty).</summary>
    internal bool AnyWithin(TextSpan span)
    {
        int first = FirstAtOrAfter(span.Start);
        return first < _sequences.Length && _sequences[first].Span.End <= span.End;
    }

    private IEnumerable<MojibakeSequence> Range(int first, int end)
    {
        for (int i = first; i < end; i++)
        {
            yield return _sequences[i];
        }
    }

    private int FirstAtOrAfter(int position)
    {
        int lo = 0, hi = _sequences.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_sequences[mid].Span.Start < position)
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

    private static List<MojibakeSequence> Find(ReportDocument document)
    {
        string text = document.Text.Text;
        var sequences = new List<MojibakeSequence>();
        Mojibake.Find(text, 0, sequences);
        if (sequences.Count == 0)
        {
            return sequences;
        }

        // Correct non-ASCII characters outside any sequence, in the whole document and on each line where a sequence
        // starts (the only lines read below): three lists, not a list of value tuples, as framework generic code over a
        // value type is JIT-compiled at every start of the tool; lines without mojibake are not kept.
        var lineStarts = new List<int>();
        var lineLegit = new List<int>();
        var lineMangled = new List<int>();
        int legitInDocument = 0, s = 0, t = 0, lineStart = 0, legit = 0, mangled = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                bool starts = false;
                while (t < sequences.Count && sequences[t].Span.Start <= i)
                {
                    t++;
                    starts = true;
                }

                if (starts)
                {
                    lineStarts.Add(lineStart);
                    lineLegit.Add(legit);
                    lineMangled.Add(mangled);
                }

                legitInDocument += legit;
                lineStart = i + 1;
                legit = mangled = 0;
                continue;
            }

            while (s < sequences.Count && sequences[s].Span.End <= i)
            {
                s++;
            }

            if (s < sequences.Count && sequences[s].Span.Start <= i)
            {
                mangled += sequences[s].Span.Start == i ? 1 : 0;
                continue;
            }

            char c = text[i];
            if (c >= 0x80 && !char.IsLowSurrogate(c) && !char.IsWhiteSpace(c) && c != '\uFFFD')
            {
                legit++;
            }
        }

        if (legitInDocument <= sequences.Count)
        {
            return sequences;
        }

        // A correctly encoded document: mojibake in code is an example, and so is a line that is mostly correct.
        // The code regions need the parse: looked up only for a sequence on a line that is not mostly correct.
        CodeRegions? code = null;
        int line = 0;
        sequences.RemoveAll(seq =>
        {
            while (line + 1 < lineStarts.Count && lineStarts[line + 1] <= seq.Span.Start)
            {
                line++;
            }

            // A C1 control character is invisible: never quoted on purpose, always the byte of a character.
            bool control = seq.Span.Length == 1 && text[seq.Span.Start] is >= '\u0080' and <= '\u009F';
            return (!control && lineLegit[line] > lineMangled[line]) || (code ??= CodeRegions.Of(document)).Contains(seq.Span);
        });
        return sequences;
    }
}
