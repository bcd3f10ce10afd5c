using System.Collections.Concurrent;
using ReportLint.Analysis;
using ReportLint.Lexicons;

namespace ReportLint.Claims;

/// <summary>
/// Triage: which words and marks a document holds at all, so a rule that cannot find anything to report skips it
/// (and a document no rule needs is never parsed). The whole document is folded once (mojibake read through), and a
/// lexicon section "is present" when the longest word of one of its phrases stands as a whole word anywhere in it. A
/// phrase a rule matches in a statement always has its words, as whole words, in that fold (folding a statement only
/// removes text, and code it blanks is read as spaces here), so triage can be too generous but never too strict: it
/// never changes a result.
/// </summary>
public sealed class Triggers
{
    private static readonly ConcurrentDictionary<(Lexicon, string), PhraseIndex> Tokens = new();
    private readonly ReportDocument _document;
    private readonly ConcurrentDictionary<string, bool> _sections = new(StringComparer.Ordinal);
    private string? _folded;

    private Triggers(ReportDocument document) => _document = document;

    /// <summary>The shared triggers of a document.</summary>
    public static Triggers Of(ReportDocument document) => document.GetModel(d => new Triggers(d));

    /// <summary>
    /// The whole document folded for matching, mojibake read through, with backticks read as spaces: a statement
    /// blanks its code spans, so a word that starts a word in a statement also starts one here.
    /// </summary>
    public string Folded => _folded ??= TextFolding.FoldRepaired(_document.Text.Text.Replace('`', ' '), DocumentMojibake.Of(_document).Sequences);

    /// <summary>Whether any phrase of any of the sections may occur in the document.</summary>
    public bool Any(params string[] sections) => sections.Any(Has);

    /// <summary>Whether any status mark (a symbol of the <c>status.*</c> sections: ✅ ❌ ⏳ ⚠ [x] [ ]…) may occur in the document.</summary>
    public bool AnyStatusSymbol() => _sections.GetOrAdd("\u0001symbols", _ => Search(Tokens.GetOrAdd((_document.Lexicon, "\u0001symbols"), key =>
        new PhraseIndex(StatusSections.SelectMany(key.Item1.Phrases).Where(p => p.Length > 0 && !char.IsLetter(p[0]))
            .Select(Token).Distinct(StringComparer.Ordinal).ToArray()))));

    /// <summary>
    /// Whether a heading of the raw text holds a bracketed number ("### Phase 1 (7.5h)"): an ATX heading line, or the
    /// text line above a setext underline (a line of only = or -).
    /// </summary>
    public bool AnyHeadingWithBracketedNumber()
    {
        string[] lines = _document.Text.Text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            ReadOnlySpan<char> line = lines[i].AsSpan().Trim();
            bool atx = line.StartsWith('#');
            bool setext = i + 1 < lines.Length && IsUnderline(lines[i + 1].AsSpan().Trim()) && line.Length > 0;
            if ((atx || setext) && HasBracketedNumber(line))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsUnderline(ReadOnlySpan<char> line) =>
        line.Length > 0 && (line.Trim('=').IsEmpty || line.Trim('-').IsEmpty);

    private static bool HasBracketedNumber(ReadOnlySpan<char> line)
    {
        for (int open = line.IndexOf('('); open >= 0; open = line[(open + 1)..].IndexOf('(') is int next && next >= 0 ? open + 1 + next : -1)
        {
            ReadOnlySpan<char> after = line[(open + 1)..].TrimStart(" ~≈*_");
            if (after.Length > 0 && char.IsAsciiDigit(after[0]))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] StatusSections = ["status.met", "status.failed", "status.pending", "status.partial"];

    /// <summary>Whether the raw text holds any of the characters.</summary>
    public bool AnyChar(string characters) => _document.Text.Text.AsSpan().IndexOfAny(characters) >= 0;

    /// <summary>Whether the raw text holds the string (ordinal).</summary>
    public bool Contains(string value) => _document.Text.Text.Contains(value, StringComparison.Ordinal);

    // A phrase of words is possible when every run of letters and digits in it is a word of the document; a mark
    // (no letter) when it occurs as written.
    private bool Has(string section) => _sections.GetOrAdd(section, s =>
    {
        foreach (string phrase in _document.Lexicon.Phrases(s))
        {
            string[] runs = Runs(phrase);
            if (runs.Length == 0 ? Folded.Contains(phrase, StringComparison.Ordinal) : runs.All(Words.Contains))
            {
                return true;
            }
        }

        return false;
    });

    private HashSet<string>? _words;

    /// <summary>The words of the document (maximal runs of letters and digits, folded), built in one pass.</summary>
    private HashSet<string> Words => _words ??= new HashSet<string>(Runs(Folded), StringComparer.Ordinal);

    private static string[] Runs(string text)
    {
        var runs = new List<string>();
        int start = -1;
        for (int i = 0; i <= text.Length; i++)
        {
            bool word = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (word && start < 0)
            {
                start = i;
            }
            else if (!word && start >= 0)
            {
                runs.Add(text[start..i]);
                start = -1;
            }
        }

        return runs.ToArray();
    }

    /// <summary>
    /// Whether a word of the section is followed, past spaces, colons, equals signs and emphasis, by a number or a
    /// comparator ("target: &gt; 90", "objectif : 1000"), as a stated target must be.
    /// </summary>
    public bool AnyFollowedByNumber(string section) => _sections.GetOrAdd("\u0002" + section, _ =>
    {
        string text = Folded;
        foreach (string phrase in _document.Lexicon.Phrases(section))
        {
            int at = 0;
            while ((at = text.IndexOf(phrase, at, StringComparison.Ordinal)) >= 0)
            {
                int j = at + phrase.Length;
                bool whole = (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (j >= text.Length || !char.IsLetterOrDigit(text[j]));
                while (j < text.Length && text[j] is ' ' or ':' or '=' or '_')
                {
                    j++;
                }

                // As Targets reads a quantity: an optional comparator, spaces, currency, sign, then a digit.
                if (j < text.Length && text[j] is '<' or '>' or '≤' or '≥' or '~' or '≈')
                {
                    j += j + 1 < text.Length && text[j + 1] == '=' ? 2 : 1;
                }

                while (j < text.Length && text[j] == ' ')
                {
                    j++;
                }

                if (j < text.Length && text[j] is '$' or '€' or '£')
                {
                    j++;
                }

                if (j < text.Length && text[j] is '-' or '−')
                {
                    j++;
                }

                if (whole && j < text.Length && char.IsAsciiDigit(text[j]))
                {
                    return true;
                }

                at++;
            }
        }

        return false;
    });

    /// <summary>Whether a line holding a <c>|</c> (a table row) also holds a phrase of each of the sections.</summary>
    public bool AnyTableLineWith(params string[] sections) => _sections.GetOrAdd("\u0003" + string.Join(",", sections), _ =>
    {
        var each = sections.Select(section => _document.Lexicon.Phrases(section).Select(Runs).Where(r => r.Length > 0).ToArray()).ToArray();
        ReportLint.Text.SourceText source = _document.Text;
        for (int number = 1; number <= source.LineCount; number++)
        {
            ReportLint.Text.TextSpan span = source.GetLineSpan(number);
            if (source[span].IndexOf('|') >= 0)
            {
                // Each table line folded on its own (mojibake read through): the whole-document fold has no line breaks.
                string line = Readable.Fold(_document, span, source[span].ToString().Replace('`', ' ')).Text;
                var lineWords = new HashSet<string>(Runs(line), StringComparer.Ordinal);
                if (each.All(words => words.Any(w => w.All(lineWords.Contains))))
                {
                    return true;
                }
            }
        }

        return false;
    });

    /// <summary>Whether the raw text holds a ratio of two equal numbers ("7/7", "12/12").</summary>
    public bool AnyFullRatio()
    {
        ReadOnlySpan<char> text = _document.Text.Text;
        for (int slash = text.IndexOf('/'); slash >= 0; slash = text[(slash + 1)..].IndexOf('/') is int next && next >= 0 ? slash + 1 + next : -1)
        {
            int a = slash;
            while (a > 0 && char.IsAsciiDigit(text[a - 1]))
            {
                a--;
            }

            int b = slash + 1;
            while (b < text.Length && char.IsAsciiDigit(text[b]))
            {
                b++;
            }

            if (a < slash && b > slash + 1 && text[a..slash].SequenceEqual(text[(slash + 1)..b]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether any of <paramref name="patterns"/> occurs outside fenced code opened at column 0. Such a fence is never
    /// inside a container, and CommonMark ends it only with a like fence or the end of the document, so text inside
    /// it is certainly code. Any other code (indented fences, inline code) is treated as text, and a document with raw
    /// HTML at a line start is read whole: triage may only ever be too generous.
    /// </summary>
    public bool AnyOutsideTopLevelFences(params string[] patterns)
    {
        string text = _document.Text.Text;
        if (!patterns.Any(p => text.Contains(p, StringComparison.Ordinal)))
        {
            return false;
        }

        string[] lines = text.Split('\n');
        if (lines.Any(l => l.TrimStart(' ').StartsWith('<')))
        {
            return true;
        }

        char fence = '\0';
        int fenceLength = 0;
        foreach (string raw in lines)
        {
            string line = raw.TrimEnd('\r');
            if (fence == '\0')
            {
                int run = line.Length > 0 && line[0] is '`' or '~' ? line.TakeWhile(c => c == line[0]).Count() : 0;
                if (run >= 3 && !(line[0] == '`' && line[run..].Contains('`')))
                {
                    fence = line[0];
                    fenceLength = run;
                    continue;
                }

                if (patterns.Any(p => line.Contains(p, StringComparison.Ordinal)))
                {
                    return true;
                }
            }
            else
            {
                string closing = line.TrimStart(' ');
                int run = closing.TakeWhile(c => c == fence).Count();
                if (line.Length - closing.Length <= 3 && run >= fenceLength && closing[run..].Trim().Length == 0)
                {
                    fence = '\0';
                }
            }
        }

        return false;
    }

    // Tokens count as whole words ("not" in "not met", not in "nothing"); a mark counts anywhere.
    private bool Search(PhraseIndex tokens) => PhraseMatcher.ContainsAny(Folded, tokens);

    private static PhraseIndex Build(Lexicon lexicon, string section) =>
        new(lexicon.Phrases(section).Select(Token).Where(token => token.Length > 0).Distinct(StringComparer.Ordinal).ToArray());

    // A phrase of words is found by its longest word; a mark ("✅", "[ ]") by itself whole: "[" alone is in every link.
    private static string Token(string phrase) =>
        phrase.Any(char.IsLetter) ? phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).MaxBy(w => w.Length) ?? phrase : phrase;
}
