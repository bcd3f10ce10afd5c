using System.Runtime.CompilerServices;
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
/// Finds UTF-8 read as a single-byte code page ("âœ…" for "✅", "Ã©" for "é"). A run of text is repaired only when it
/// is unlikely in real writing (<see cref="MojibakeBadness"/>) and its characters, taken back to the bytes the code
/// page made them from, decode as UTF-8: so correct French ("l’été… TERMINÉ"), Czech or Turkish is left alone, however
/// well it would decode. Each line is tried whole first, then its runs of would-be UTF-8; the code page is chosen per
/// run, the document's main code page (the one that repairs most runs) first. Where a decoder dropped a byte its code
/// page lacks (the seeds' Windows-1254 made "â³" of "⏳"), the byte is rebuilt from the candidates that make valid
/// UTF-8 for a symbol or emoji, the likeliest in reports first, and the repair is marked uncertain. C1 control
/// characters are read as the bytes they stand for, and a no-break space flattened to a space ("Ã " for "à") is put back.
/// </summary>
public static class Mojibake
{
    // Characters common in status reports, most likely first: a lost byte is rebuilt towards these.
    private const string Preferred =
        "✅❌⏳⚠✔✓✗✘☑🟢🟡🔴🟠🔵⭐🚀📊📈📉📝📋📌📍📁📂📄📦🔒🔐🔑🛡🔧🛠⚙🔍🔎🧪🧩🎯🏆🎉💡💰💻🖥📱🌐🔗🔥⚡⏱⏰⌛📅📆✨💪👍👉🏗🏁🔄🚧🚨🐛📚📖🗂🗓🤖🧠👥👤📣💬🔔🎵🎶🎖🏅🎛" +
        "\uFE0F➡⬆⬇↗↘→←↑↓•…–—“”‘’«»€£©®™°±×÷≤≥≠≈∞√∑";

    // The code pages tried, in this order after the document's main one (ftfy's order, Windows-1252 before Latin-1
    // because a text both can read was more likely written through Windows-1252).
    private static readonly CodePage[] Pages =
    [
        CodePages.Cp1252, CodePages.Iso88591, CodePages.Cp1251, CodePages.Cp1250, CodePages.Cp1253, CodePages.Cp1254,
        CodePages.Cp1257, CodePages.Iso88592Page, CodePages.MacRomanPage, CodePages.Cp437Page,
    ];

    // The rank of each preferred element, its place in Preferred: looked up for every candidate of every rebuilt byte.
    private static readonly Dictionary<string, int> PreferredRank = RankElements(SplitElements(Preferred));

    // Per character, what it can be in some code page: the lead of a 2-, 3- or 4-byte UTF-8 sequence, a continuation,
    // the lead (E2, EF, F0) of a symbol or an emoji.
    private const byte Lead2 = 1, Lead3 = 2, Lead4 = 4, Continuation = 8, SymbolLead = 16;
    private static readonly byte[] Roles = BuildRoles();

    /// <summary>Whether the text holds any character beyond ASCII (mojibake needs one; a cheap first pass).</summary>
    public static bool MightContain(ReadOnlySpan<char> text) => FirstBeyondAscii(text) >= 0;

    // The index of the first character beyond ASCII, or -1.
    internal static int FirstBeyondAscii(ReadOnlySpan<char> text)
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

    // A run of text to repair: where it lies, the code pages that repair it (bit i for Pages[i]), whether it is a C1
    // control character alone. A class, not a struct: framework generic code over a value type (List, Sort) is not
    // precompiled by ReadyToRun and would be JIT-compiled at every start of the tool.
    private sealed record Unit(int Start, int End, int Pages, bool C1);

    /// <summary>
    /// Appends every mojibake sequence of <paramref name="text"/> (which starts at <paramref name="offset"/>), in order.
    /// </summary>
    [MethodImpl(Jit.Hot)]
    public static void Find(ReadOnlySpan<char> text, int offset, List<MojibakeSequence> results)
    {
        if (!MightContain(text))
        {
            return;
        }

        var units = new List<Unit>();
        int lineStart = 0;
        while (lineStart <= text.Length)
        {
            // A line of ASCII alone holds nothing to repair: the next line with a character beyond ASCII is found at once
            // (most lines of a page in English), not line by line.
            int beyond = FirstBeyondAscii(text[lineStart..]);
            if (beyond < 0)
            {
                break;
            }

            lineStart += text.Slice(lineStart, beyond).LastIndexOf('\n') + 1;
            int newline = text[lineStart..].IndexOf('\n');
            int lineEnd = newline < 0 ? text.Length : lineStart + newline;
            int contentEnd = lineEnd > lineStart && text[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
            CollectUnits(text[lineStart..contentEnd], lineStart, units);

            if (newline < 0)
            {
                break;
            }

            lineStart = lineEnd + 1;
        }

        if (units.Count == 0)
        {
            return;
        }

        // The document's main code page: the one that repairs most runs (the first in order on a tie).
        Span<int> votes = stackalloc int[Pages.Length];
        foreach (Unit unit in units)
        {
            for (int p = 0; p < Pages.Length; p++)
            {
                votes[p] += (unit.Pages >> p) & 1;
            }
        }

        int main = 0;
        for (int p = 1; p < Pages.Length; p++)
        {
            main = votes[p] > votes[main] ? p : main;
        }

        foreach (Unit unit in units)
        {
            ReadOnlySpan<char> run = text[unit.Start..unit.End];
            if (unit.C1)
            {
                results.Add(new MojibakeSequence(new TextSpan(offset + unit.Start, 1), CodePages.Cp1252.CharOf((byte)run[0])!.Value.ToString(), CodePages.Iso88591.Name, 0, []));
                continue;
            }

            int page = ((unit.Pages >> main) & 1) != 0 ? main : 0;
            while (((unit.Pages >> page) & 1) == 0)
            {
                page++;
            }

            page = LeastOdd(text, unit, page, out List<MojibakeSequence>? repaired);
            // The first layer LeastOdd made through the chosen page is the one RepairLayers would make again (at this
            // offset: LeastOdd's spans are the text's).
            RepairLayers(run, Pages[page], results, offset + unit.Start, offset == 0 ? repaired : null);
        }
    }

    // Among the code pages that repair a run, the one whose repair reads most like text: where two pages differ on a
    // byte (Windows-1250 and ISO-8859-2 on "Š" and "ś"), "hiérarchie" is likelier than "hiÊrarchie", and a repair
    // holding a C1 control is the least likely. The chosen page keeps the run unless another is strictly better.
    private static int LeastOdd(ReadOnlySpan<char> text, Unit unit, int chosen, out List<MojibakeSequence>? repairedByBest)
    {
        int pages = unit.Pages;
        repairedByBest = null;
        if ((pages & (pages - 1)) == 0)
        {
            return chosen;
        }

        ReadOnlySpan<char> run = text[unit.Start..unit.End];
        List<MojibakeSequence> best = Scratch(ref t_best);
        List<MojibakeSequence> trial = Scratch(ref t_trial);
        TryRepair(run, Pages[chosen], requireLikely: false, best, unit.Start);
        int bestPage = chosen, bestScore = Oddness(text, best);
        for (int p = 0; p < Pages.Length; p++)
        {
            if (p == chosen || ((pages >> p) & 1) == 0)
            {
                continue;
            }

            trial.Clear();
            TryRepair(run, Pages[p], requireLikely: false, trial, unit.Start);
            int score = Oddness(text, trial);
            if (score < bestScore)
            {
                bestPage = p;
                bestScore = score;
                (best, trial) = (trial, best);
            }
        }

        // The scratch lists swap roles as the best changes: each is kept for the next run whichever it ended as.
        (t_best, t_trial) = (best, trial);
        repairedByBest = best;
        return bestPage;
    }

    // Lists of sequences kept per thread between runs (a run's repairs are read before the next run is looked at): a
    // document with mojibake has a run per mangled word. Emptied when taken; dropped when one grew large.
    [ThreadStatic]
    private static List<MojibakeSequence>? t_trial;

    [ThreadStatic]
    private static List<MojibakeSequence>? t_best;

    [ThreadStatic]
    private static List<MojibakeSequence>? t_layer;

    private static List<MojibakeSequence> Scratch(ref List<MojibakeSequence>? kept)
    {
        if (kept is null || kept.Capacity > 256)
        {
            kept = [];
        }

        kept.Clear();
        return kept;
    }

    // C1 controls, rare letters and capitals inside words in a repair.
    private static int Oddness(ReadOnlySpan<char> run, List<MojibakeSequence> repaired)
    {
        int score = 0;
        foreach (MojibakeSequence sequence in repaired)
        {
            char c = sequence.Repaired[0];
            if (c is >= '\u0080' and <= '\u009F')
            {
                score += 10;
            }
            else if (c is '\u01A0' or '\u01A1' or '\u01AF' or '\u01B0' &&
                     (sequence.Span.Start == 0 || !char.IsLetter(run[sequence.Span.Start - 1])) &&
                     (sequence.Span.End >= run.Length || !char.IsLetter(run[sequence.Span.End])))
            {
                score += 2; // "ơ", "ư" alone as a word: Windows-1250's reading of "à" mangled through Windows-1257 ("Ć" and a no-break space)
            }
            else if (c is >= '\u0180' and <= '\u024F' and not ('\u01A0' or '\u01A1' or '\u01AF' or '\u01B0' or (>= '\u0218' and <= '\u021B')))
            {
                score += 2; // Latin Extended-B ("ƀ", "ƶ") is rare but in Vietnamese and Romanian: rarer than a capital inside a word
            }
            else if (char.IsUpper(c) && sequence.Span.Start > 0 && run[sequence.Span.Start - 1] is char before &&
                     (char.IsLetter(before) || before is '\'' or '’') &&
                     (char.IsLower(before) || (sequence.Span.End < run.Length && char.IsLower(run[sequence.Span.End]))))
            {
                score++; // a capital inside a word: "hiÊrarchie", "SƩlection", "compatibilitÊ", "d'Ʃtape"
            }
        }

        return score;
    }

    // Repairs a run, then what the repair made of it as long as that decodes again, whole, through a code page: text
    // mangled twice or three times is repaired in one step, each sequence spanning all its layers ("Ã¢â‚¬â„¢" is ’).
    private static void RepairLayers(ReadOnlySpan<char> run, CodePage page, List<MojibakeSequence> results, int offset, List<MojibakeSequence>? first = null)
    {
        // The first layer in this thread's scratch list: most runs have no other.
        List<MojibakeSequence> layer = Scratch(ref t_layer);
        if (first is not null)
        {
            layer.AddRange(first);
        }
        else
        {
            TryRepair(run, page, requireLikely: false, layer, offset);
        }

        for (int depth = 1; depth < 3 && layer.Count > 0 && !layer.Exists(static s => s.Uncertain || s.Broken); depth++)
        {
            // Another layer is a sequence of the text this layer makes, and it would start at a lead byte that one of this
            // layer's repairs made: a lead left as it was may not be used (below), and ASCII is no lead. When no
            // character of the repairs can be a lead in any code page ("✅", "é" are none), there is none to look for.
            if (!AnyLeadMade(layer))
            {
                break;
            }

            // The text the layer makes of the run, and the span of the run each of its characters comes from.
            // A character the layer left as it was gets -1 in from: the next layer may not use it (in "Äā€°", "Ä"
            // is a lead whose byte was lost, and must not join the "‰" the first layer made).
            var text = new StringBuilder(run.Length);
            var from = new List<int>(run.Length);
            var to = new List<int>(run.Length);
            int at = offset;
            foreach (MojibakeSequence sequence in layer)
            {
                for (; at < sequence.Span.Start; at++)
                {
                    text.Append(run[at - offset]);
                    from.Add(run[at - offset] < 0x80 ? at : -1);
                    to.Add(at + 1);
                }

                foreach (char c in sequence.Repaired)
                {
                    text.Append(c);
                    from.Add(sequence.Span.Start);
                    to.Add(sequence.Span.End);
                }

                at = sequence.Span.End;
            }

            for (; at < offset + run.Length; at++)
            {
                text.Append(run[at - offset]);
                from.Add(run[at - offset] < 0x80 ? at : -1);
                to.Add(at + 1);
            }

            // The next layer through the same code page needs nothing more ("Ä…", twice Windows-1252 for "ą", decodes
            // whole again); through another page the text must also be unlikely, as for the first layer. A page that
            // makes letters of continuation bytes (MacRoman reads "’é" as Armenian, CP437 "é" as a continuation) reads
            // text that is not unlikely again only where each character it makes is plainly another layer.
            var next = new List<MojibakeSequence>();
            string middle = text.ToString();
            bool bad = MojibakeBadness.IsBad(middle);
            bool lettersContinue = page == CodePages.MacRomanPage || page == CodePages.Cp437Page;
            bool again = TryRepair(middle, page, requireLikely: false, next, 0, restoreSpaces: bad);
            if (again && lettersContinue && !bad && !next.TrueForAll(s => PlainlyAnotherLayer(middle, s)))
            {
                next.Clear();
                again = false;
            }

            if (!again)
            {
                foreach (CodePage other in Pages)
                {
                    next.Clear();
                    if (other != page && (bad || other.HasUndefinedBytes) && TryRepair(middle, other, requireLikely: false, next, 0, restoreSpaces: bad) && next.Count > 0)
                    {
                        break;
                    }
                }
            }

            if (next.Count == 0 || next.Exists(s => from.IndexOf(-1, s.Span.Start, s.Span.Length) >= 0))
            {
                break;
            }

            layer = next.ConvertAll(s => s with { Span = TextSpan.FromBounds(from[s.Span.Start], to[s.Span.End - 1]), CodePage = page.Name });
        }

        // A private-use character is never a repair: U+F8FF only ever stands between two layers.
        if (!layer.Exists(static s => s.Repaired == "\uF8FF"))
        {
            results.AddRange(layer);
        }
    }

    // Whether any character of the repairs can be taken back to a lead byte of a UTF-8 sequence by some code page.
    private static bool AnyLeadMade(List<MojibakeSequence> layer)
    {
        foreach (MojibakeSequence sequence in layer)
        {
            foreach (char c in sequence.Repaired)
            {
                if (MayBeLead(c))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool MayBeLead(char c)
    {
        if (c < Roles.Length)
        {
            return (Role(c) & (Lead2 | Lead3 | Lead4)) != 0;
        }

        // Above the roles' table (MacRoman's "\uF8FF" and ligatures): asked of each code page.
        foreach (CodePage page in Pages)
        {
            if (page.TryGetByte(c, out byte b) && b >= 0xC2)
            {
                return true;
            }
        }

        return false;
    }

    // Whether a sequence that MacRoman or CP437 reads in text that is not unlikely is plainly mojibake: a three- or
    // four-byte sequence (MacRoman "‚Äë" is "‑", CP437 "Γöé" is "│"), or a two-byte one that makes a Latin, Greek or
    // Cyrillic letter of a lead that is no punctuation (MacRoman "ƒÖ", CP437 "─à" are "ą"). Real text puts an accented
    // letter after a quote or a dash ("’é", "«à", "—é"), never after "ƒ", "√" or a box-drawing character.
    private static bool PlainlyAnotherLayer(ReadOnlySpan<char> middle, MojibakeSequence sequence)
    {
        int value = char.ConvertToUtf32(sequence.Repaired, 0);
        if (value >= 0x800)
        {
            return true;
        }

        UnicodeCategory lead = char.GetUnicodeCategory(middle[sequence.Span.Start]);
        return value is >= 0xA0 and <= 0x4FF && lead is not (UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or
            UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation or
            UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation) &&
            char.GetUnicodeCategory(sequence.Repaired[0]) != UnicodeCategory.NonSpacingMark;
    }

    // The runs of one line to repair. A bad line is tried whole, then run by run. A line that is not bad is repaired
    // only where a three- or four-byte sequence gives a status mark or emoji (nothing else about "- Go-live â³" or
    // "âš¡ fast" is unlikely; ftfy leaves them), then whole if it decodes whole, else those runs alone.
    [MethodImpl(Jit.Hot)]
    private static void CollectUnits(ReadOnlySpan<char> line, int lineOffset, List<Unit> units)
    {
        bool bad = MojibakeBadness.IsBad(line);
        // A line that is not bad is read for runs of symbol sequences only, each of which starts with a symbol lead: a
        // line without one (most lines of a page in French) has nothing to repair, and is not tried position by position.
        if (!bad && !AnySymbolLead(line))
        {
            return;
        }

        if ((bad || HasSymbolLead(line)) && PagesRepairing(line, requireLikely: !bad) is int whole and not 0)
        {
            units.Add(new Unit(lineOffset, lineOffset + line.Length, whole, false));
            return;
        }

        int first = units.Count;
        int i = 0, free = 0;
        while (i < line.Length)
        {
            int end = MatchRun(line, i, symbolsOnly: !bad);
            if (end <= i)
            {
                i++;
                continue;
            }

            ReadOnlySpan<char> run = line[i..end];
            bool badRun = bad && MojibakeBadness.IsBad(run);
            // A two-byte lead just before the run, on its own, may be a character whose second byte a decoder dropped
            // (twice through Windows-1257, "≡" is "Äā€°"): taken with the run where a page reads it so, as a lost glyph,
            // never left to be joined to what the run is repaired to.
            if (bad && i > free && (Role(line[i - 1]) & Lead2) != 0 && PagesRepairing(line[(i - 1)..end], requireLikely: false) is int withLead and not 0)
            {
                units.Add(new Unit(lineOffset + i - 1, lineOffset + end, withLead, false));
            }
            else if (PagesRepairing(run, requireLikely: !badRun) is int pages and not 0)
            {
                units.Add(new Unit(lineOffset + i, lineOffset + end, pages, false));
            }

            i = free = end;
        }

        if (!bad)
        {
            return;
        }

        // C1 control characters left over: read as the Windows-1252 characters of the same bytes, as browsers do.
        int u = first, count = units.Count;
        for (int k = 0; k < line.Length; k++)
        {
            char c = line[k];
            if (c is < '\u0080' or > '\u009F' || CodePages.Cp1252.CharOf((byte)c) is null)
            {
                continue;
            }

            while (u < count && units[u].End <= lineOffset + k)
            {
                u++;
            }

            if (u < count && units[u].Start <= lineOffset + k)
            {
                continue;
            }

            units.Add(new Unit(lineOffset + k, lineOffset + k + 1, 0, true));
        }

        if (units.Count > count)
        {
            units.Sort(first, units.Count - first, Comparer<Unit>.Create(static (a, b) => a.Start.CompareTo(b.Start)));
        }
    }

    // Whether any character of the line can be the lead of a symbol's sequence (a table lookup per character: a
    // SearchValues of these non-ASCII characters is a probabilistic map, whose shuffles NativeAOT compiles as calls).
    private static bool AnySymbolLead(ReadOnlySpan<char> line)
    {
        byte[] roles = Roles;
        foreach (char c in line)
        {
            if (c < roles.Length && (roles[c] & SymbolLead) != 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasSymbolLead(ReadOnlySpan<char> line)
    {
        for (int i = 0; i < line.Length; i++)
        {
            if (MatchRun(line, i, symbolsOnly: true) > i)
            {
                return true;
            }
        }

        return false;
    }

    private static int PagesRepairing(ReadOnlySpan<char> run, bool requireLikely)
    {
        int mask = 0;
        for (int p = 0; p < Pages.Length; p++)
        {
            if (TryRepair(run, Pages[p], requireLikely, null, 0))
            {
                mask |= 1 << p;
            }
        }

        return mask;
    }

    // Where a run of would-be UTF-8 sequences starting at i ends (i when none starts there): each a character that
    // can be a lead followed by as many that can be continuations (one fewer where a byte may have been dropped).
    // symbolsOnly: only runs of 3- and 4-byte sequences whose lead makes symbols and emoji (E2, EF, F0), possibly short.
    private static int MatchRun(ReadOnlySpan<char> line, int i, bool symbolsOnly)
    {
        int j = i;
        bool any = false;
        while (j < line.Length)
        {
            byte role = Role(line[j]);
            if (symbolsOnly && (role & SymbolLead) == 0)
            {
                break;
            }

            int following = 0;
            // A space may stand for a no-break space (A0) a decoder flattened.
            while (following < 3 && j + 1 + following < line.Length &&
                   ((Role(line[j + 1 + following]) & Continuation) != 0 || (!symbolsOnly && line[j + 1 + following] == ' ')))
            {
                following++;
            }

            int take = (role & Lead4) != 0 && following >= 2 ? Math.Min(following, 3)
                : (role & Lead3) != 0 && following >= 1 ? Math.Min(following, 2)
                : (role & Lead2) != 0 && following >= 1 && !symbolsOnly ? 1
                : 0;
            if (take == 0)
            {
                break;
            }

            any = true;
            j += 1 + take;
        }

        return any ? j : i;
    }

    private static byte Role(char c) => c < Roles.Length ? Roles[c] : (byte)0;

    /// <summary>
    /// Takes the run back to bytes through <paramref name="page"/> and decodes them as UTF-8. On success, appends the
    /// sequences to <paramref name="output"/> (when given). A byte the page lacks and a decoder dropped is rebuilt; a
    /// no-break space flattened to a space is put back; requireLikely accepts only a repair that makes a status mark
    /// or an emoji of a three- or four-byte sequence.
    /// </summary>
    private static bool TryRepair(ReadOnlySpan<char> run, CodePage page, bool requireLikely, List<MojibakeSequence>? output, int offset, bool restoreSpaces = true)
    {
        // Bytes and, for each, the character it came from (-1: a byte put back; -2 - k: a space at k read as a no-break
        // space where a dropped byte would also fit).
        // On the stack for a run of a line (most runs; this is tried through each code page for every line with a
        // character beyond ASCII), rented beyond that.
        int capacity = run.Length * 2;
        byte[]? rentedBytes = null;
        int[]? rentedSource = null;
        Span<byte> bytes = capacity <= StackRun ? stackalloc byte[StackRun] : (rentedBytes = ArrayPool<byte>.Shared.Rent(capacity));
        Span<int> source = capacity <= StackRun ? stackalloc int[StackRun] : (rentedSource = ArrayPool<int>.Shared.Rent(capacity));
        try
        {
            int n = 0;
            for (int k = 0; k < run.Length; k++)
            {
                char c = run[k];
                byte b;
                if (c < 0x80)
                {
                    b = (byte)c;
                }
                else if (c == '\uFFFD' && page.HasUndefinedBytes)
                {
                    b = 0x1A; // what a lossy decoder made of a byte it lacked; a sequence holding it is lost
                }
                else if (!page.TryGetByteLenient(c, out b))
                {
                    return false;
                }

                bytes[n] = b;
                source[n++] = k;
                // "Ã " for "à": the no-break space of C3 A0 flattened to a space and swallowed, before a word.
                if (restoreSpaces && b == 0xC3 && page != CodePages.MacRomanPage && k + 1 < run.Length && run[k + 1] == ' ' && !AGraveWord(run[(k + 2)..]))
                {
                    bytes[n] = 0xA0;
                    source[n++] = -1;
                }
            }

            if (restoreSpaces && page != CodePages.MacRomanPage)
            {
                RestoreNoBreakSpaces(bytes[..n], source, page);
            }

            return Decode(run, bytes[..n], source, page, requireLikely, output, offset);
        }
        finally
        {
            if (rentedBytes is not null)
            {
                ArrayPool<byte>.Shared.Return(rentedBytes);
                ArrayPool<int>.Shared.Return(rentedSource!);
            }
        }
    }

    // The longest run (in bytes, two per character at most) whose bytes are kept on the stack.
    private const int StackRun = 256;

    // "à" standing alone before these is Portuguese ("às", "àquele"), not a flattened no-break space.
    private static bool AGraveWord(ReadOnlySpan<char> after) =>
        after.StartsWith(" ") || after.StartsWith("quele") || after.StartsWith("quela") || after.StartsWith("quilo") || after.StartsWith("s ");

    // A0 bytes a decoder turned into spaces, where putting them back makes a likely UTF-8 sequence. Where the space
    // ends the sequence and the page lacks bytes a decoder may have dropped, a dropped byte fits too: the sequence is
    // rebuilt instead when that makes a status mark ("âŒ " is ❌ with 9D dropped, not ⌠), else marked uncertain.
    private static void RestoreNoBreakSpaces(Span<byte> b, Span<int> source, CodePage page)
    {
        Span<byte> trial = stackalloc byte[4];
        for (int i = 0; i + 1 < b.Length; i++)
        {
            byte lead = b[i];
            if (lead < 0xC2)
            {
                continue; // every case below starts at a lead of C2 or above (most bytes of a line are ASCII)
            }

            if (lead is 0xC2 or 0xC3 or 0xC5 or 0xCE or 0xD0 or 0xD9 && b[i + 1] == 0x20)
            {
                b[i + 1] = 0xA0;
                source[i + 1] = DroppedByteFits(lead, page) ? -2 - source[i + 1] : source[i + 1];
                i++;
            }
            else if (i + 2 < b.Length && lead is 0xE2 or 0xE3 && b[i + 1] == 0x20 && LikelyContinuation(b[i + 2]))
            {
                b[i + 1] = 0xA0;
                i += 2;
            }
            else if (i + 2 < b.Length && lead is >= 0xE0 and <= 0xE3 && LikelyContinuation(b[i + 1]) && b[i + 2] == 0x20 &&
                     Ambiguity(b.Slice(i, 2), 2, page, trial) is int ambiguous and >= 0)
            {
                b[i + 2] = 0xA0;
                source[i + 2] = ambiguous > 0 ? -2 - source[i + 2] : source[i + 2];
                i += 2;
            }
            else if (i + 3 < b.Length && lead == 0xF0)
            {
                int spaces = 0, at = -1;
                for (int k = 1; k <= 3; k++)
                {
                    if (b[i + k] == 0x20)
                    {
                        spaces++;
                        at = i + k;
                    }
                    else if (b[i + k] is < 0x80 or > 0xBF)
                    {
                        spaces = 2;
                    }
                }

                int ambiguity = spaces == 1 && at == i + 3 ? Ambiguity(b.Slice(i, 3), 3, page, trial) : 0;
                if (spaces == 1 && ambiguity >= 0)
                {
                    b[at] = 0xA0;
                    source[at] = ambiguity > 0 ? -2 - source[at] : source[at];
                    i += 3;
                }
            }
        }

        // -1: rebuild a dropped byte instead (it makes a status mark); 1: restore, uncertain; 0: restore.
        static int Ambiguity(ReadOnlySpan<byte> present, int needed, CodePage page, Span<byte> trial)
        {
            if (!page.HasUndefinedBytes || Rebuild(present, needed, page, trial) is not [string best, ..])
            {
                return 0;
            }

            return PreferredRank.ContainsKey(best) ? -1 : 1;
        }

        static bool LikelyContinuation(byte x) => x is (>= 0x80 and <= 0x84) or (>= 0x86 and <= 0x9F) or (>= 0xA1 and <= 0xBF);
    }

    // Whether a byte the page lacks, dropped after this two-byte lead, would make a character ("Å " is "Š" with its
    // no-break space flattened, or "ş" with 9F dropped by Windows-1257).
    private static bool DroppedByteFits(byte lead, CodePage page)
    {
        Span<byte> pair = stackalloc byte[2];
        pair[0] = lead;
        foreach (byte lost in page.UndefinedBytes)
        {
            pair[1] = lost;
            if (lost is >= 0x80 and <= 0xBF && TryDecodeRune(pair, out _))
            {
                return true;
            }
        }

        return false;
    }

    // The sequences are added to output as they are decoded (no list of the run's own grown and copied), and taken
    // out again when the run does not decode.
    private static bool Decode(ReadOnlySpan<char> run, ReadOnlySpan<byte> bytes, ReadOnlySpan<int> source, CodePage page, bool requireLikely, List<MojibakeSequence>? output, int offset)
    {
        int kept = output?.Count ?? 0;
        if (DecodeInto(run, bytes, source, page, requireLikely, output, offset))
        {
            return true;
        }

        output?.RemoveRange(kept, output.Count - kept);
        return false;
    }

    private static bool DecodeInto(ReadOnlySpan<char> run, ReadOnlySpan<byte> bytes, ReadOnlySpan<int> source, CodePage page, bool requireLikely, List<MojibakeSequence>? found, int offset)
    {
        int cleanLong = 0, broken = 0, rebuilt = 0, likely = 0, orphans = 0, clean = 0, i = 0;
        Span<byte> trial = stackalloc byte[4];
        while (i < bytes.Length)
        {
            byte lead = bytes[i];
            if (lead < 0x80)
            {
                i++;
                continue;
            }

            if (lead is < 0xC2 or > 0xF4)
            {
                return false;
            }

            int needed = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : 1;
            int got = 0;
            bool lossy = false;
            while (got < needed && i + 1 + got < bytes.Length && bytes[i + 1 + got] is (>= 0x80 and <= 0xBF) or 0x1A)
            {
                lossy |= bytes[i + 1 + got] == 0x1A;
                got++;
            }

            int end = i + 1 + got;
            string? repaired;
            int lost = 0;
            IReadOnlyList<string> alternatives = [];
            if (lossy)
            {
                repaired = "\uFFFD";
                broken++;
            }
            else if (lead == 0xED && got == 2 && bytes[i + 1] is >= 0xA0 and <= 0xAF && end + 2 < bytes.Length &&
                     bytes[end] == 0xED && bytes[end + 1] is >= 0xB0 and <= 0xBF && bytes[end + 2] is >= 0x80 and <= 0xBF)
            {
                // CESU-8: a character beyond U+FFFF written as two three-byte surrogates (as Java and MySQL's utf8 do).
                int high = 0xD000 | ((bytes[i + 1] & 0x3F) << 6) | (bytes[i + 2] & 0x3F);
                int low = 0xD000 | ((bytes[end + 1] & 0x3F) << 6) | (bytes[end + 2] & 0x3F);
                repaired = char.ConvertFromUtf32(char.ConvertToUtf32((char)high, (char)low));
                end += 3;
                cleanLong++;
            }
            else if (got == needed)
            {
                if (!TryDecodeRune(bytes[i..end], out Rune rune, betweenLayers: true))
                {
                    return false;
                }

                repaired = rune.ToString();
                clean++;
                cleanLong += needed >= 2 ? 1 : 0;
                likely += needed >= 2 && IsLikely(repaired) ? 1 : 0;
                // A no-break space put back where a decoder swallowed it ("Ã " for "à") is a byte rebuilt too, and so is
                // one put back where a dropped byte would also fit (then the rebuilds are the alternatives).
                for (int k = i + 1; k < end; k++)
                {
                    lost += source[k] < 0 ? 1 : 0;
                    if (source[k] <= -2)
                    {
                        alternatives = Rebuild(bytes[i..k], needed, page, trial);
                    }
                }
            }
            else if (got >= 1 && got == needed - 1 && page.HasUndefinedBytes)
            {
                List<string> candidates = Rebuild(bytes[i..end], needed, page, trial);
                lost = 1;
                if (candidates.Count == 0)
                {
                    repaired = "\uFFFD";
                    broken++;
                }
                else
                {
                    repaired = candidates[0];
                    alternatives = candidates.GetRange(1, candidates.Count - 1);
                    rebuilt++;
                    likely += IsLikely(repaired) ? 1 : 0;
                }
            }
            else if (got == 0 && needed == 1 && page.HasUndefinedBytes && end < bytes.Length && bytes[end] is >= 0xC2 and <= 0xF4 &&
                     DroppedByteFits(lead, page))
            {
                // A lead whose byte a decoder dropped, right before the next sequence: text mangled twice through
                // Windows-1257 makes "Äā€°" of "≡" ("ā‰" once, 81 and A1 dropped). It is a lost glyph, never joined to
                // what the next sequence makes ("Ä‰" would read as "ĉ", a letter nobody wrote).
                repaired = "\uFFFD";
                lost = 1;
                orphans++;
            }
            else
            {
                return false;
            }

            if (found is not null)
            {
                int from = source[i], to = from;
                for (int k = i; k < end + (end < bytes.Length && source[end] == -1 ? 1 : 0); k++)
                {
                    to = source[k] >= 0 ? source[k] : source[k] <= -2 ? -2 - source[k] : to;
                }

                found.Add(new MojibakeSequence(TextSpan.FromBounds(offset + from, offset + to + 1), repaired, page.Name, lost, alternatives));
            }

            i = end;
            while (i < bytes.Length && source[i] == -1 && bytes[i] == 0xA0 && i > 0 && bytes[i - 1] == 0xC3)
            {
                i++; // the no-break space put back after "Ã" was read with it (C3 A0 is complete)
            }
        }

        // A sequence with no valid rebuild is a lost glyph only where the run is clearly mangled otherwise.
        // A lead whose byte was dropped counts only beside sequences that decode.
        if ((broken > 0 && cleanLong == 0 && rebuilt == 0 && !run.Contains('\uFFFD')) || (orphans > 0 && clean + rebuilt == 0) ||
            (requireLikely && likely == 0))
        {
            return false;
        }

        return true;
    }

    // The characters a sequence one byte short could have been, likeliest first: each byte the page lacks put in
    // each place, keeping those that decode to a symbol or emoji (never private-use, unassigned or control).
    private static List<string> Rebuild(ReadOnlySpan<byte> present, int needed, CodePage page, Span<byte> trial)
    {
        var candidates = new List<string>();
        for (int gap = 1; gap <= needed; gap++)
        {
            foreach (byte lost in page.UndefinedBytes)
            {
                int k = 0;
                for (int c = 0; c < present.Length; c++)
                {
                    if (c == gap)
                    {
                        trial[k++] = lost;
                    }

                    trial[k++] = present[c];
                }

                if (gap == present.Length)
                {
                    trial[k++] = lost;
                }

                if (TryDecodeRune(trial[..k], out Rune rune) && IsRebuildTarget(rune) && !candidates.Contains(rune.ToString()))
                {
                    candidates.Add(rune.ToString());
                }
            }
        }

        candidates.Sort(static (a, b) => Rank(a).CompareTo(Rank(b)));
        return candidates;
    }

    // What a lost byte may be rebuilt into: punctuation, arrows, technical and other symbols, dingbats, emoji and the
    // emoji variation selector. Letters of other scripts are never guessed.
    private static bool IsRebuildTarget(Rune rune) => rune.Value is (>= 0x2000 and <= 0x27BF) or (>= 0x2900 and <= 0x2BFF) or 0xFE0F or (>= 0x1F000 and <= 0x1FAFF);

    // Whether a character is one reports hold (a status mark, an emoji): made of a three- or four-byte sequence, enough
    // on its own to call a run mangled.
    private static bool IsLikely(string repaired) =>
        PreferredRank.ContainsKey(repaired) || char.ConvertToUtf32(repaired, 0) >= 0x1F000;

    // One assigned character of U+00A0 or above that is no control, surrogate or private-use character, encoded in
    // exactly these bytes.
    // betweenLayers: a C1 control character, or MacRoman's Apple logo U+F8FF (its byte F0 leads every emoji), is
    // accepted: a text mangled twice holds them between its two repairs.
    private static bool TryDecodeRune(ReadOnlySpan<byte> bytes, out Rune rune, bool betweenLayers = false)
    {
        if (Rune.DecodeFromUtf8(bytes, out rune, out int consumed) != OperationStatus.Done || consumed != bytes.Length)
        {
            return false;
        }

        if (betweenLayers && rune.Value is (>= 0x80 and <= 0x9F) or 0xF8FF)
        {
            return true;
        }

        UnicodeCategory category = Rune.GetUnicodeCategory(rune);
        return rune.Value >= 0xA0 && category is not (UnicodeCategory.OtherNotAssigned or UnicodeCategory.Control or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse);
    }

    private static int Rank(string candidate)
    {
        if (PreferredRank.TryGetValue(candidate, out int index))
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

    private static Dictionary<string, int> RankElements(string[] elements)
    {
        var ranks = new Dictionary<string, int>(elements.Length, StringComparer.Ordinal);
        for (int i = elements.Length - 1; i >= 0; i--)
        {
            ranks[elements[i]] = i; // the first index of an element listed twice, as Array.IndexOf gave
        }

        return ranks;
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

    private static byte[] BuildRoles()
    {
        var roles = new byte[0x2600];
        for (int c = 0x80; c <= 0x9F; c++)
        {
            roles[c] |= Continuation; // a C1 control character is the byte of the same value
        }

        foreach (CodePage page in Pages)
        {
            for (int b = 0x80; b <= 0xFF; b++)
            {
                if (page.CharOf((byte)b) is not char c || c >= roles.Length)
                {
                    continue;
                }

                roles[c] |= b switch
                {
                    <= 0xBF => Continuation,
                    >= 0xC2 and <= 0xDF => Lead2,
                    >= 0xE0 and <= 0xEF => Lead3,
                    >= 0xF0 and <= 0xF4 => Lead4,
                    _ => 0,
                };
                if (b is 0xE2 or 0xEF or 0xF0)
                {
                    roles[c] |= SymbolLead;
                }
            }
        }

        return roles;
    }
}
