using System.Runtime.CompilerServices;
using ReportLint.Text;

namespace ReportLint.Lexicons;

/// <summary>A phrase of a lexicon section found in folded text.</summary>
internal readonly record struct PhraseMatch(LexiconSection Section, string Phrase, int Start, int End);

/// <summary>Finds a section's phrases in folded text; phrases that start or end with a letter must stand as whole words.</summary>
internal static class PhraseMatcher
{
    /// <summary>Every non-overlapping match of the section's phrases, longest phrase first at each position.</summary>
    public static void FindAll(ReadOnlySpan<char> folded, Lexicon lexicon, LexiconSection section, List<PhraseMatch> results) =>
        Scan(folded, lexicon.IndexOf(section.Name), section, results);

    /// <summary>As <see cref="FindAll(ReadOnlySpan{char}, Lexicon, LexiconSection, List{PhraseMatch})"/>, for the phrases of an index (matches carry no section).</summary>
    public static void FindAll(ReadOnlySpan<char> folded, PhraseIndex index, List<PhraseMatch> results) => Scan(folded, index, default, results);

    /// <summary>Whether any phrase of the section occurs in the folded text.</summary>
    public static bool ContainsAny(ReadOnlySpan<char> folded, Lexicon lexicon, LexiconSection section) =>
        Scan(folded, lexicon.IndexOf(section.Name), section, null);

    /// <summary>Whether any phrase of <paramref name="index"/> occurs in the folded text as a whole word (a mark anywhere).</summary>
    internal static bool ContainsAny(ReadOnlySpan<char> folded, PhraseIndex index) => Scan(folded, index, default, null);

    // One pass: at each character that starts some phrase, try that character's phrases, longest first. With no
    // result list, stops at the first match.
    [MethodImpl(Jit.Hot)]
    private static bool Scan(ReadOnlySpan<char> text, PhraseIndex index, LexiconSection section, List<PhraseMatch>? results)
    {
        bool found = false;
        int i = 0;
        while (i < text.Length)
        {
            int next = text[i..].IndexOfAny(index.FirstChars);
            if (next < 0)
            {
                break;
            }

            i += next;
            // A phrase that starts with a letter or digit must start a word (IsWholeWord): inside a word, no phrase
            // of this character can match, nor can one at any later character of the word.
            if (i > 0 && char.IsLetterOrDigit(text[i]) && char.IsLetterOrDigit(text[i - 1]))
            {
                do
                {
                    i++;
                }
                while (i < text.Length && char.IsLetterOrDigit(text[i]));
                continue;
            }

            // The longest phrase that matches here: of those that start with this character and the next, else the
            // one of this character alone (every longer one comes before it, longest first).
            string? match = null;
            if (i + 1 < text.Length && index.MayStartPair(text[i], text[i + 1]) && index.ByPair.TryGetValue(PhraseIndex.Pair(text[i], text[i + 1]), out string[]? longer))
            {
                foreach (string phrase in longer)
                {
                    if (text[i..].StartsWith(phrase, StringComparison.Ordinal) && IsWholeWord(text, i, phrase.Length))
                    {
                        match = phrase;
                        break;
                    }
                }
            }

            if (match is null && index.MayBeSingle(text[i]) && index.Single.TryGetValue(text[i], out string? single) && IsWholeWord(text, i, 1))
            {
                match = single;
            }

            if (match is not null)
            {
                if (results is null)
                {
                    return true;
                }

                results.Add(new PhraseMatch(section, match, i, i + match.Length));
                found = true;
            }

            i += Math.Max(1, match?.Length ?? 0);
        }

        return found;
    }

    /// <summary>Whether the folded text equals a phrase, or starts with one followed by a non-letter.</summary>
    public static bool StartsWithAny(string folded, Lexicon lexicon, LexiconSection section)
    {
        // By index: a foreach over the read-only list cost an enumerator object per call (once per table row and cell).
        IReadOnlyList<string> phrases = lexicon.Phrases(section);
        for (int k = 0; k < phrases.Count; k++)
        {
            string phrase = phrases[k];
            if (folded.StartsWith(phrase, StringComparison.Ordinal) && IsWholeWord(folded, 0, phrase.Length))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsWholeWord(ReadOnlySpan<char> text, int start, int length)
    {
        int end = start + length;
        bool startsWord = char.IsLetterOrDigit(text[start]);
        bool endsWord = char.IsLetterOrDigit(text[end - 1]);
        if (startsWord && start > 0 && char.IsLetterOrDigit(text[start - 1]))
        {
            return false;
        }

        return !(endsWord && end < text.Length && char.IsLetterOrDigit(text[end]));
    }
}
