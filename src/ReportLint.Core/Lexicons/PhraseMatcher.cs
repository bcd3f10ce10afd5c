namespace ReportLint.Lexicons;

/// <summary>A phrase of a lexicon section found in folded text.</summary>
public readonly record struct PhraseMatch(string Section, string Phrase, int Start, int End);

/// <summary>Finds a section's phrases in folded text; phrases that start or end with a letter must stand as whole words.</summary>
public static class PhraseMatcher
{
    /// <summary>Every non-overlapping match of the section's phrases, longest phrase first at each position.</summary>
    public static void FindAll(string folded, Lexicon lexicon, string section, List<PhraseMatch> results)
    {
        IReadOnlyList<string> phrases = lexicon.Phrases(section);
        if (phrases.Count == 0 || folded.Length == 0)
        {
            return;
        }

        var found = new List<PhraseMatch>();
        foreach (string phrase in phrases)
        {
            int from = 0;
            while (from < folded.Length)
            {
                int at = folded.IndexOf(phrase, from, StringComparison.Ordinal);
                if (at < 0)
                {
                    break;
                }

                if (IsWholeWord(folded, at, phrase.Length))
                {
                    found.Add(new PhraseMatch(section, phrase, at, at + phrase.Length));
                }

                from = at + 1;
            }
        }

        found.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        int lastEnd = -1;
        foreach (PhraseMatch match in found)
        {
            if (match.Start >= lastEnd)
            {
                results.Add(match);
                lastEnd = match.End;
            }
        }
    }

    /// <summary>Whether any phrase of the section occurs in the folded text.</summary>
    public static bool ContainsAny(string folded, Lexicon lexicon, string section)
    {
        foreach (string phrase in lexicon.Phrases(section))
        {
            int from = 0;
            while (from < folded.Length)
            {
                int at = folded.IndexOf(phrase, from, StringComparison.Ordinal);
                if (at < 0)
                {
                    break;
                }

                if (IsWholeWord(folded, at, phrase.Length))
                {
                    return true;
                }

                from = at + 1;
            }
        }

        return false;
    }

    /// <summary>Whether the folded text equals a phrase, or starts with one followed by a non-letter.</summary>
    public static bool StartsWithAny(string folded, Lexicon lexicon, string section)
    {
        foreach (string phrase in lexicon.Phrases(section))
        {
            if (folded.StartsWith(phrase, StringComparison.Ordinal) && IsWholeWord(folded, 0, phrase.Length))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsWholeWord(string text, int start, int length)
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
