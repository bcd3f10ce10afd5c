using System.Buffers;
using System.Globalization;
using System.Text;

namespace ReportLint.Text;

/// <summary>
/// One character's worth of mojibake: the characters a UTF-8 sequence became when its bytes were read through a
/// single-byte code page, and what they stood for.
/// </summary>
/// <param name="Span">The mangled characters.</param>
/// <param name="Repaired">The character they stood for.</param>
/// <param name="CodePage">The code page the bytes were read through.</param>
/// <param name="LostBytes">Bytes the code page did not define and the decoder dropped; they were rebuilt.</param>
/// <param name="Alternatives">Other characters a lost byte could have made, most likely first (empty when certain).</param>
public sealed record MojibakeSequence(TextSpan Span, string Repaired, string CodePage, int LostBytes, IReadOnlyList<string> Alternatives)
{
    /// <summary>Whether a lost byte had to be guessed.</summary>
    public bool Uncertain => LostBytes > 0;

    /// <summary>Whether no valid character could be rebuilt: the repair is U+FFFD (then reported as a lost glyph).</summary>
    public bool Broken => Repaired == "\uFFFD";
}

/// <summary>
/// Finds UTF-8 read as a single-byte code page ("âœ…" for "✅"). It decodes candidate runs back to bytes and
/// keeps only those that form valid UTF-8 for assigned, non-control characters, so ordinary accented text
/// ("été", "İstanbul") is never taken for mojibake. Where the code page dropped a byte it did not define, the
/// byte is rebuilt from the candidates that make valid UTF-8, preferring characters common in reports.
/// </summary>
public static class Mojibake
{
    // Characters common in status reports, most likely first: a lost byte is rebuilt towards these.
    private const string Preferred =
        "✅❌⏳⚠✔✓✗✘☑🟢🟡🔴🟠🔵⭐🚀📊📈📉📝📋📌📍📁📂📄📦🔒🔐🔑🛡🔧🛠⚙🔍🔎🧪🧩🎯🏆🎉💡💰💻🖥📱🌐🔗🔥⚡⏱⏰⌛📅📆✨💪👍👉🏗🏁🔄🚧🚨🐛📚📖🗂🗓🤖🧠👥👤📣💬🔔🎵🎶🎖🏅🎛" +
        "➡⬆⬇↗↘→←↑↓•…–—“”‘’«»€£©®™°±×÷≤≥≠≈∞√∑" +
        "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿŒœ";

    // Tried on every document, in this order unless the text shows another code page.
    private static readonly CodePage[] Common = [CodePages.Cp1252, CodePages.Cp1254, CodePages.Iso88591];

    // Candidates for the document's code page; Windows-1250, Windows-1251 and MacRoman are tried only when the
    // document shows clear evidence of them (their lead characters are ordinary letters in real text).
    private static readonly CodePage[] Evidence = [CodePages.Cp1252, CodePages.Cp1254, CodePages.Iso88591, CodePages.Cp1250, CodePages.Cp1251, CodePages.MacRomanPage];

    // Characters only Windows-1254 makes of UTF-8 lead bytes: a text holding them was read as Windows-1254.
    private static readonly SearchValues<char> Windows1254Marks = SearchValues.Create("ĞğİŞş");
    private static readonly SearchValues<char> Leads = BuildLeads();
    private static readonly string[] PreferredElements = SplitElements(Preferred);

    // Long sequences that must decode cleanly before a sequence that no rebuild repairs is called broken.
    private const int BrokenEvidence = 3;

    /// <summary>Whether the text holds any character that can start a mojibake sequence (a cheap first pass).</summary>
    public static bool MightContain(ReadOnlySpan<char> text)
    {
        // Every lead is beyond ASCII, and most documents are all ASCII: a vectorised search for the first character
        // beyond it is several times faster than one for the leads (about 0.6 GB/s).
        int first = FirstBeyondAscii(text);
        return first >= 0 && text[first..].IndexOfAny(Leads) >= 0;
    }

    private static int FirstBeyondAscii(ReadOnlySpan<char> text)
    {
#if NET
        return text.IndexOfAnyExceptInRange('\0', '\u007F');
#else
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] > '\u007F')
            {
                return i;
            }
        }

        return -1;
#endif
    }

    /// <summary>
    /// Appends every mojibake sequence of <paramref name="text"/> (which starts at <paramref name="offset"/>). The
    /// code page is chosen by what repairs cleanly: the one whose long (3- and 4-byte) sequences decode most often
    /// is tried first; Windows-1250, Windows-1251 and MacRoman are used only when they are that one. In a text with
    /// clear evidence, a sequence whose lost bytes cannot be rebuilt is reported as broken (repaired to U+FFFD).
    /// </summary>
    public static void Find(ReadOnlySpan<char> text, int offset, List<MojibakeSequence> results)
    {
        if (!MightContain(text))
        {
            return;
        }

        (CodePage primary, int evidence) = ChoosePrimary(text);
        var pages = new List<CodePage> { primary };
        pages.AddRange(Common.Where(p => p != primary));
        bool allowBroken = evidence >= BrokenEvidence;
        int i = 0;
        while (i < text.Length)
        {
            int next = text[i..].IndexOfAny(Leads);
            if (next < 0)
            {
                return;
            }

            i += next;
            MojibakeSequence? best = null;
            int bestEnd = i + 1;
            foreach (CodePage page in pages)
            {
                if (TryDecodeAt(text, i, page, offset, allowBroken && page == primary, out MojibakeSequence? found, out int end) &&
                    (best is null || Score(found!) < Score(best)))
                {
                    best = found;
                    bestEnd = end;
                    if (found!.LostBytes == 0 && !found.Broken)
                    {
                        break;
                    }
                }
            }

            if (best is not null)
            {
                results.Add(best);
            }

            i = bestEnd;
        }
    }

    private static int Score(MojibakeSequence sequence) => sequence.Broken ? 100 : sequence.LostBytes;

    // The code page that repairs most cleanly: each clean long (3- or 4-byte) sequence weighs three, each clean
    // two-byte one weighs one. The evidence returned counts long sequences only (they are near-certain).
    private static (CodePage Page, int Evidence) ChoosePrimary(ReadOnlySpan<char> text)
    {
        CodePage best = text.IndexOfAny(Windows1254Marks) >= 0 ? CodePages.Cp1254 : CodePages.Cp1252;
        int bestScore = 0, bestLong = 0;
        foreach (CodePage page in Evidence)
        {
            (int longCount, int shortCount) = CountCleanSequences(text, page);
            int score = (3 * longCount) + shortCount;
            if (score > bestScore)
            {
                best = page;
                bestScore = score;
                bestLong = longCount;
            }
        }

        return (best, bestLong);
    }

    private static (int Long, int Short) CountCleanSequences(ReadOnlySpan<char> text, CodePage page)
    {
        int longCount = 0, shortCount = 0, i = 0;
        while (i < text.Length)
        {
            int next = text[i..].IndexOfAny(Leads);
            if (next < 0)
            {
                break;
            }

            i += next;
            if (CleanEnd(text, i, page, out int needed) is int end and >= 0)
            {
                if (needed >= 2)
                {
                    longCount++;
                }
                else
                {
                    shortCount++;
                }

                i = end;
            }
            else
            {
                i++;
            }
        }

        return (longCount, shortCount);
    }

    // Where the sequence at i ends when it decodes with no byte lost, or -1: what TryDecodeAt finds with nothing lost,
    // without building the sequence (choosing the code page asks this of every lead character, for every page).
    // needed is the number of continuation bytes of its lead (2 or 3 for a long sequence).
    private static int CleanEnd(ReadOnlySpan<char> text, int i, CodePage page, out int needed)
    {
        Span<byte> bytes = stackalloc byte[4];
        return Gather(text, i, page, bytes, out needed, out int got) && got == needed && TryDecodeRune(bytes[..(needed + 1)], out _)
            ? i + 1 + got
            : -1;
    }

    // The lead byte the character at i came from (false when it is no UTF-8 lead) and the continuation bytes read
    // after it into bytes: how many the lead needs, and how many follow (fewer when one is missing).
    private static bool Gather(ReadOnlySpan<char> text, int i, CodePage page, Span<byte> bytes, out int needed, out int got)
    {
        needed = got = 0;
        if (!page.TryGetByte(text[i], out byte lead) || lead < 0xC2 || lead > 0xF4)
        {
            return false;
        }

        needed = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : 1;
        bytes[0] = lead;
        int j = i + 1;
        while (got < needed && j < text.Length && page.TryGetByte(text[j], out byte b) && b is >= 0x80 and <= 0xBF)
        {
            bytes[1 + got] = b;
            got++;
            j++;
        }

        return true;
    }

    private static bool TryDecodeAt(ReadOnlySpan<char> text, int i, CodePage page, int offset, bool allowBroken, out MojibakeSequence? sequence, out int end)
    {
        sequence = null;
        end = i + 1;
        Span<byte> bytes = stackalloc byte[4];
        if (!Gather(text, i, page, bytes, out int needed, out int got))
        {
            return false;
        }

        byte lead = bytes[0];
        int j = i + 1 + got;
        if (got == needed)
        {
            if (TryDecode(bytes[..(needed + 1)], out string? repaired))
            {
                sequence = new MojibakeSequence(TextSpan.FromBounds(offset + i, offset + j), repaired!, page.Name, 0, []);
                end = j;
                return true;
            }

            return Broken(i, j, 0, out sequence, out end);
        }

        // One byte short: the code page may have dropped a byte it does not define. Rebuild it, but only when at
        // least one continuation byte survived (a lone lead character is ordinary text).
        if (got == 0 || needed - got != 1 || page.UndefinedBytes.Count == 0)
        {
            return got > 0 && Broken(i, j, needed - got, out sequence, out end);
        }

        var candidates = new List<string>();
        Span<byte> trial = stackalloc byte[4];
        for (int gap = 1; gap <= needed; gap++)
        {
            foreach (byte lost in page.UndefinedBytes)
            {
                trial[0] = lead;
                int k = 1;
                for (int c = 0; c < got; c++)
                {
                    if (k == gap)
                    {
                        trial[k++] = lost;
                    }

                    trial[k++] = bytes[1 + c];
                }

                if (k == gap)
                {
                    trial[k++] = lost;
                }

                if (TryDecode(trial[..(needed + 1)], out string? candidate) && !candidates.Contains(candidate!))
                {
                    candidates.Add(candidate!);
                }
            }
        }

        if (candidates.Count == 0)
        {
            return Broken(i, j, 1, out sequence, out end);
        }

        candidates.Sort(static (a, b) => Rank(a).CompareTo(Rank(b)));
        string[] alternatives = new string[candidates.Count - 1];
        candidates.CopyTo(1, alternatives, 0, alternatives.Length);
        sequence = new MojibakeSequence(TextSpan.FromBounds(offset + i, offset + j), candidates[0], page.Name, 1, alternatives);
        end = j;
        return true;

        // A lead and continuation characters that no rebuild makes valid: in a clearly mangled text, a lost glyph.
        bool Broken(int from, int to, int lost, out MojibakeSequence? broken, out int stop)
        {
            broken = allowBroken ? new MojibakeSequence(TextSpan.FromBounds(offset + from, offset + to), "\uFFFD", page.Name, lost, []) : null;
            stop = allowBroken ? to : from + 1;
            return allowBroken;
        }
    }

    private static bool TryDecode(ReadOnlySpan<byte> bytes, out string? text)
    {
        text = TryDecodeRune(bytes, out Rune rune) ? rune.ToString() : null;
        return text is not null;
    }

    // One assigned, non-control character of U+00A0 or above, encoded in exactly these bytes.
    private static bool TryDecodeRune(ReadOnlySpan<byte> bytes, out Rune rune)
    {
        if (Rune.DecodeFromUtf8(bytes, out rune, out int consumed) != OperationStatus.Done || consumed != bytes.Length)
        {
            return false;
        }

        UnicodeCategory category = Rune.GetUnicodeCategory(rune);
        return rune.Value >= 0xA0 && category is not (UnicodeCategory.OtherNotAssigned or UnicodeCategory.Control or UnicodeCategory.Surrogate);
    }

    private static int Rank(string candidate)
    {
        int index = Array.IndexOf(PreferredElements, candidate);
        if (index >= 0)
        {
            return index;
        }

        int value = char.ConvertToUtf32(candidate, 0);
        return value switch
        {
            >= 0x1F300 and <= 0x1FAFF => 1000,
            >= 0x2600 and <= 0x27BF => 1100,
            _ => 2000 + Math.Min(value >> 8, 5000),
        };
    }

    private static string[] SplitElements(string text)
    {
        var list = new List<string>();
        for (int i = 0; i < text.Length; i += char.IsHighSurrogate(text[i]) ? 2 : 1)
        {
            list.Add(char.IsHighSurrogate(text[i]) ? text.Substring(i, 2) : text[i].ToString());
        }

        return list.ToArray();
    }

    private static SearchValues<char> BuildLeads()
    {
        // A string, repeats included (SearchValues ignores them), not a HashSet<char> sorted by LINQ: see CodePage.
        var chars = new System.Text.StringBuilder();
        foreach (CodePage page in Evidence)
        {
            for (int b = 0xC2; b <= 0xF4; b++)
            {
                if (page.CharOf((byte)b) is char c)
                {
                    chars.Append(c);
                }
            }
        }

        return SearchValues.Create(chars.ToString());
    }
}
