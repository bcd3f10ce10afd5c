using System.Collections.Immutable;
using ReportLint.Analysis;
using ReportLint.Lexicons;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Status;

// RL3004, two parts swapped: "18B: AlertManager & SLO" and "18C: Kubernetes Deployment" in the status box, then "18C:
// SLO Dashboards & Alerting" in the to-do list. One identifier given a name that shares no word with its other name,
// and that is the name of another identifier.
public sealed partial class RL3004MetricValueConflict
{
    private sealed record PartName(string Id, string Written, HashSet<string> Words, TextSpan Span, int Line);

    private static void ReportSwappedPartNames(DocumentAnalysisContext context, ReportModel model)
    {
        Lexicon lexicon = context.Document.Lexicon;
        var byId = new Dictionary<string, List<PartName>>(StringComparer.Ordinal);
        foreach (ModelStatement statement in model.StatementArray)
        {
            // "Phase 18B: …" holds a colon and a digit followed by a letter; most statements hold neither.
            ReadOnlySpan<char> raw = context.Document.GetText(statement.Span);
            if (raw.IndexOf(':') < 0 || !HasDigitThenLetter(raw))
            {
                continue;
            }

            ReadOnlySpan<char> text = raw;
            int start = 0;
            while (start <= text.Length)
            {
                int end = text[start..].IndexOf('|');
                end = end < 0 ? text.Length : start + end;
                if (PartNameIn(text, start, end, statement, lexicon) is { } name)
                {
                    if (!byId.TryGetValue(name.Id, out List<PartName>? names))
                    {
                        byId[name.Id] = names = [];
                    }

                    names.Add(name);
                    break;
                }

                start = end + 1;
            }
        }

        if (byId.Count < 2)
        {
            return;
        }

        foreach ((string id, List<PartName> names) in byId)
        {
            PartName first = names[0];
            foreach (PartName other in names)
            {
                if (other.Line <= first.Line || Shared(first.Words, other.Words) > 0 || OwnerOf(byId, id, other) is not { } owner)
                {
                    continue;
                }

                context.Diagnostics.Report(SwappedPartNames, other.Span, ImmutableDictionary<string, string>.Empty, [first.Span, owner.Span],
                    other.Id.ToUpperInvariant(), other.Written, first.Written, first.Line, owner.Written, owner.Id.ToUpperInvariant(), owner.Line);
                break;
            }
        }
    }

    // The name of another identifier that the name shares two words with.
    private static PartName? OwnerOf(Dictionary<string, List<PartName>> byId, string id, PartName name)
    {
        foreach ((string otherId, List<PartName> names) in byId)
        {
            if (otherId == id)
            {
                continue;
            }

            foreach (PartName candidate in names)
            {
                if (Shared(candidate.Words, name.Words) >= 2)
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private static int Shared(HashSet<string> a, HashSet<string> b)
    {
        int shared = 0;
        foreach (string word in a)
        {
            shared += b.Contains(word) ? 1 : 0;
        }

        return shared;
    }

    // "18C: SLO Dashboards & Alerting" in a cell or at a line's start (after marks, "Phase", a box's border): an
    // identifier of a digit and a letter, a colon, then a name of two words at least, up to a bracket or a mark.
    private static bool HasDigitThenLetter(ReadOnlySpan<char> text)
    {
        for (int i = 1; i < text.Length; i++)
        {
            if (char.IsLetter(text[i]) && char.IsDigit(text[i - 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static PartName? PartNameIn(ReadOnlySpan<char> text, int from, int to, ModelStatement statement, Lexicon lexicon)
    {
        Span<char> buffer = stackalloc char[32];
        int i = from;
        while (i < to && !char.IsLetterOrDigit(text[i]))
        {
            i++;
        }

        // "Phase 18B: …": a word naming a period or a part before the identifier.
        int word = i;
        while (i < to && char.IsLetter(text[i]))
        {
            i++;
        }

        // The identifier starts with a digit: a word is only worth looking up when one follows it.
        if (i > word && (i + 1 >= to || text[i] != ' ' || !char.IsDigit(text[i + 1])))
        {
            return null;
        }

        ReadOnlySpan<char> lead = i == word ? default : FoldWord(text[word..i], buffer);
        if (i > word && (lexicon.Contains(LexiconSections.Period, lead) || lexicon.Contains(RL3002ItemKey.Entity, lead)))
        {
            i++;
        }
        else
        {
            i = word;
        }

        int idStart = i;
        bool digit = false, letter = false;
        while (i < to && char.IsLetterOrDigit(text[i]))
        {
            digit |= char.IsDigit(text[i]);
            letter |= char.IsLetter(text[i]);
            i++;
        }

        int idEnd = i;
        // "3A : Collecte": French puts a space before the colon.
        while (i < to && text[i] is ' ' or '\u00A0' or '\u202F' && i - idEnd < 2)
        {
            i++;
        }

        if (!digit || !letter || idEnd - idStart > 5 || !char.IsDigit(text[idStart]) || i >= to || text[i] != ':')
        {
            return null;
        }

        int nameStart = i + 1;
        int nameEnd = nameStart;
        while (nameEnd < to && text[nameEnd] is not ('(' or '[' or '\n' or '|') && !char.IsSurrogate(text[nameEnd]) && text[nameEnd] < 0x2190)
        {
            nameEnd++;
        }

        string written = text[nameStart..nameEnd].Trim(" *_-\t".AsSpan()).ToString();
        HashSet<string> words = Words(written, lexicon);
        words.RemoveWhere(w => lexicon.Contains(RL3002ItemKey.State, w) || lexicon.Contains(RL3002ItemKey.Generic, w));
        if (words.Count < 2)
        {
            return null;
        }

        int at = statement.Span.Start + idStart;
        return new PartName(text[idStart..idEnd].ToString().ToLowerInvariant(), written, words, new TextSpan(at, nameEnd - idStart), statement.Line);
    }
}
