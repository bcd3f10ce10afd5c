using ReportLint.Lexicons;
using ReportLint.Model;

namespace ReportLint.Rules.Status;

/// <summary>The content words of a name or title, for matching names across a report (RL3003, RL3004).</summary>
internal static class StatusWords
{
    // Words of letters (hyphenated words split), folded, a plural "s" dropped, stopwords left out.
    public static HashSet<string> Of(string text, Lexicon lexicon)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        Into(text, lexicon, words);
        return words;
    }

    /// <summary>The words <see cref="Of(string, Lexicon)"/> gives, in the same order, put in a set the caller keeps (emptied first).</summary>
    public static void Into(string text, Lexicon lexicon, HashSet<string> words)
    {
        words.Clear();
        int i = 0;
        while (NextWord(text, ref i, out int start))
        {
            if (i - start < 3)
            {
                // A word of ASCII letters folds to itself in lower case: a short one stays short, and is let go unmade.
                if (IsAsciiLetters(text.AsSpan(start, i - start)))
                {
                    continue;
                }
            }

            string word = LowerAscii(text.AsSpan(start, i - start)) ?? ReportModel.Fold(text[start..i]).ToLowerInvariant();
            if (word.Length < 3 || lexicon.Contains(LexiconSections.Stopword, word))
            {
                continue;
            }

            words.Add(word.Length > 4 && word[^1] == 's' && word[^2] != 's' ? word[..^1] : word);
        }
    }

    // The next run of letters from i: its start, and i moved to its end; false when no letter is left.
    internal static bool NextWord(ReadOnlySpan<char> text, ref int i, out int start)
    {
        while (i < text.Length && !char.IsLetter(text[i]))
        {
            i++;
        }

        start = i;
        while (i < text.Length && char.IsLetter(text[i]))
        {
            i++;
        }

        return i > start;
    }

    /// <summary>The text cut to at most <paramref name="length"/> characters with an ellipsis, never inside a surrogate pair.</summary>
    public static string Clip(string text, int length)
    {
        text = text.Trim();
        if (text.Length <= length)
        {
            return text;
        }

        int cut = char.IsHighSurrogate(text[length - 1]) ? length - 1 : length;
        return text[..cut] + "…";
    }

    /// <summary>
    /// The bounds of a line's first word: the letters after any marks, emphasis or box drawing ("├─ Dec", "**Tested**");
    /// empty when a digit or nothing comes first.
    /// </summary>
    internal static (int Start, int End) FirstWord(ReadOnlySpan<char> text)
    {
        int i = 0;
        while (i < text.Length && !char.IsLetterOrDigit(text[i]))
        {
            i++;
        }

        int start = i;
        while (i < text.Length && char.IsLetter(text[i]))
        {
            i++;
        }

        return (start, i);
    }

    /// <summary>
    /// An ASCII word in lower case (for a word of letters, its fold), made as one string from a stack buffer; null for a
    /// word with any other character, whose fold the caller makes.
    /// </summary>
    internal static string? LowerAscii(ReadOnlySpan<char> word)
    {
        Span<char> lowered = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        return LowerAscii(word, lowered) ? lowered.ToString() : null;
    }

    /// <summary>
    /// Writes an ASCII word in lower case into <paramref name="lowered"/>; false (nothing written) for a word with any
    /// other character or longer than the buffer.
    /// </summary>
    internal static bool LowerAscii(ReadOnlySpan<char> word, Span<char> lowered)
    {
        if (word.Length > lowered.Length)
        {
            return false;
        }

        foreach (char c in word)
        {
            if (c > 0x7F)
            {
                return false;
            }
        }

        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            lowered[i] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }

        return true;
    }

    /// <summary>Whether the word is ASCII letters only: its fold is itself in lower case.</summary>
    internal static bool IsAsciiLetters(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (c is not (>= 'a' and <= 'z' or >= 'A' and <= 'Z'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether a word of <see cref="Of"/> may be a phrase of the section, asked of the text before its words are made: a
    /// word of ASCII letters may only if the model reads it, or it without a plural "s", as one of the phrases; a word
    /// with any other letter may.
    /// </summary>
    internal static bool MayHoldWordOf(ReportModel model, ReadOnlySpan<char> text, LexiconSection section)
    {
        int i = 0;
        while (NextWord(text, ref i, out int start))
        {
            ReadOnlySpan<char> word = text[start..i];
            if (word.Length >= 3 && (MayBePhrase(model, word, section)
                || (word.Length > 4 && word[^1] is 's' or 'S' && word[^2] is not ('s' or 'S') && model.IsPhrase(section, word[..^1]))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a word of letters may fold to a phrase of the section, asked before it is folded: a word of ASCII letters
    /// may only if the model reads it as one of the phrases (without making a string); any other word may.
    /// </summary>
    internal static bool MayBePhrase(ReportModel model, ReadOnlySpan<char> word, LexiconSection section) =>
        !IsAsciiLetters(word) || model.IsPhrase(section, word);
}
