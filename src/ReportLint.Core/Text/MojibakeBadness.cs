using System.Runtime.CompilerServices;
namespace ReportLint.Text;

/// <summary>
/// How unlikely a run of text is in real writing: the juxtapositions that UTF-8 read through a single-byte code page
/// makes ("Ã©", "âœ…", "Ã ") and honest text almost never holds. The character classes and the pairs and triples
/// judged unlikely follow ftfy's "badness" heuristic (rspeer/python-ftfy, ftfy/badness.py, Apache-2.0), written
/// here as one linear pass over the text with a class per character, no regular expression.
/// Text that is not bad is never repaired, however well it decodes: "l’été" is French, not MacRoman mojibake.
/// </summary>
internal static class MojibakeBadness
{
    [Flags]
    private enum Cls : ushort
    {
        None = 0,
        Common = 1 << 0,
        C1 = 1 << 1,
        Bad = 1 << 2,
        Law = 1 << 3,
        Currency = 1 << 4,
        Start = 1 << 5,
        End = 1 << 6,
        Numeric = 1 << 7,
        Kaomoji = 1 << 8,
        UpperAccented = 1 << 9,
        LowerAccented = 1 << 10,
        UpperCommon = 1 << 11,
        LowerCommon = 1 << 12,
        Box = 1 << 13,
    }

    private const Cls Accented = Cls.UpperAccented | Cls.LowerAccented;

    // Classes of the characters below U+2600 (the few above it are handled in Of).
    private static readonly Cls[] Table = Build();

    private static Cls[] Build()
    {
        var table = new Cls[0x2600];
        Add(table, Cls.Common, "\u00A0\u00AD\u00B7\u00B4\u2013\u2014\u2015\u2026\u2019");
        AddRange(table, Cls.C1, '\u0080', '\u009F');
        Add(table, Cls.Bad, "\u00A6\u00A4\u00A8\u00AC\u00AF\u00B8\u0192\u02C6\u02C7\u02D8\u02DB\u02DC\u2020\u2021\u2030\u2310\u25CA\u00AA\u00BA");
        Add(table, Cls.Law, "\u00B6\u00A7");
        Add(table, Cls.Currency, "\u00A2\u00A3\u00A5\u20A7\u20AC");
        Add(table, Cls.Start, "\u00A1\u00AB\u00BF\u00A9\u0384\u0385\u2018\u201A\u201C\u201E\u2022\u2039");
        Add(table, Cls.End, "\u00AE\u00BB\u02DD\u201D\u203A\u2122");
        Add(table, Cls.Numeric, "\u00B2\u00B3\u00B9\u00B1\u00BC\u00BD\u00BE\u00D7\u00B5\u00F7\u2044\u2202\u2206\u220F\u2211\u221A\u221E\u2229\u222B\u2248\u2260\u2261\u2264\u2265\u2116");
        AddRange(table, Cls.Kaomoji, '\u00D2', '\u00D6');
        AddRange(table, Cls.Kaomoji, '\u00D9', '\u00DC');
        AddRange(table, Cls.Kaomoji, '\u00F2', '\u00F6');
        AddRange(table, Cls.Kaomoji, '\u00F8', '\u00FC');
        Add(table, Cls.Kaomoji, "\u0150\u014C\u016A\u0172\u00B0");
        AddRange(table, Cls.UpperAccented, '\u00C0', '\u00D1');
        Add(table, Cls.UpperAccented, "\u00D8\u00DC\u00DD\u0102\u0100\u0104\u0106\u010C\u010E\u0110\u0118\u011A\u0112\u0116\u011E\u0122\u0130\u012A\u0136\u0139\u013D\u0141\u013B\u0143\u0147\u0145\u0152\u0158\u015A\u015E\u0160\u0162\u0164\u016E\u0170\u0178\u0179\u017B\u017D\u0490");
        Add(table, Cls.LowerAccented, "\u00DF");
        AddRange(table, Cls.LowerAccented, '\u00E0', '\u00F1');
        Add(table, Cls.LowerAccented, "\u0103\u0105\u0101\u0107\u010D\u010F\u0111\u0119\u011B\u0113\u0117\u011F\u0123\u012F\u012B\u0137\u013A\u013E\u0142\u013C\u0153\u0155\u015B\u015F\u0161\u0165\u00FC\u017A\u017C\u017E\u0491");
        Add(table, Cls.UpperCommon, "\u00DE\u0386\u0388\u0389\u038A\u038C\u038E\u038F\u03AA\u03AB");
        AddRange(table, Cls.UpperCommon, '\u0391', '\u03A9');
        AddRange(table, Cls.UpperCommon, '\u0401', '\u042F');
        AddRange(table, Cls.LowerCommon, '\u03B1', '\u03C9');
        Add(table, Cls.LowerCommon, "\u03AC\u03AD\u03AE\u03AF\u03B0");
        AddRange(table, Cls.LowerCommon, '\u0430', '\u045F');
        Add(table, Cls.Box, "\u2502\u250C\u2510\u2518\u251C\u2524\u252C\u253C\u2580\u2584\u2588\u258C\u2590\u2591\u2592\u2593");
        AddRange(table, Cls.Box, '\u2550', '\u256C');
        return table;
    }

    private static void Add(Cls[] table, Cls cls, string chars)
    {
        foreach (char c in chars)
        {
            table[c] |= cls;
        }
    }

    private static void AddRange(Cls[] table, Cls cls, char first, char last)
    {
        for (char c = first; c <= last; c++)
        {
            table[c] |= cls;
        }
    }

    private static Cls Of(char c) => c switch
    {
        < '\u2600' => Table[c],
        '\uF8FF' => Cls.Start,
        '\uFB01' or '\uFB02' => Cls.LowerAccented,
        '\uFFFD' => Cls.Bad,
        _ => Cls.None,
    };

    private static bool Is(char c, Cls cls) => (Of(c) & cls) != 0;

    private static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    private static bool IsAsciiLower(char c) => (uint)(c - 'a') <= 'z' - 'a';

    /// <summary>Whether the text holds a sequence that is much more likely mojibake than anything meant.</summary>
    [MethodImpl(Jit.Hot)]
    public static bool IsBad(ReadOnlySpan<char> text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            // No ASCII character has a class, and every sequence BadAt looks for has a character beyond ASCII within
            // its first three: a start whose three characters are ASCII is skipped, up to two before the next other one.
            if (text[i] < '\u0080')
            {
                int next = Mojibake.FirstBeyondAscii(text[i..]);
                if (next < 0)
                {
                    return false;
                }

                i += Math.Max(0, next - 2);
            }

            if (BadAt(text, i))
            {
                return true;
            }
        }

        return false;
    }

    // Whether an unlikely sequence starts at i.
    private static bool BadAt(ReadOnlySpan<char> t, int i)
    {
        char x = t[i];
        Cls cx = Of(x);
        if ((cx & Cls.C1) != 0)
        {
            return true;
        }

        if (i + 1 >= t.Length)
        {
            return false;
        }

        char y = t[i + 1];
        if ((y < '\u0080' || char.IsSurrogate(y)) && x >= '\u0080')
        {
            // Most characters beyond ASCII (a French letter, a status mark) have an ASCII character after them, and an
            // emoji is a pair of surrogates. Then only these two sequences can start here: every other test below asks
            // for a class of y (no ASCII character or surrogate has one), a particular y that is neither, or an x
            // within ASCII.
            return (x is '\u0152' or '\u0153' && !IsAsciiLetter(y)) || (x is 'Ã' or 'Â' && y == ' ' && i == 0);
        }

        Cls cy = Of(y);
        char z = i + 2 < t.Length ? t[i + 2] : '\0';
        Cls cz = i + 2 < t.Length ? Of(z) : Cls.None;

        // Pairs of classes that real text does not put side by side.
        if (((cx & (Cls.Bad | Accented | Cls.Box | Cls.Start | Cls.End | Cls.Currency | Cls.Numeric | Cls.Law)) != 0 && (cy & Cls.Bad) != 0) ||
            ((cx & Cls.Bad) != 0 && (cy & (Accented | Cls.Box | Cls.Start | Cls.End | Cls.Currency | Cls.Numeric | Cls.Law)) != 0) ||
            ((cx & (Cls.LowerAccented | Cls.LowerCommon | Cls.Box | Cls.End | Cls.Currency | Cls.Numeric)) != 0 && (cy & Cls.UpperAccented) != 0) ||
            ((cx & (Cls.Box | Cls.End | Cls.Currency | Cls.Numeric)) != 0 && (cy & Cls.LowerAccented) != 0) ||
            ((cx & (Cls.LowerAccented | Cls.Box | Cls.End)) != 0 && (cy & Cls.Currency) != 0) ||
            ((cx & (Cls.UpperAccented | Cls.Box)) != 0 && (cy & (Cls.Numeric | Cls.Law)) != 0) ||
            ((cx & (Cls.Currency | Cls.Numeric | Cls.Box)) != 0 && (cy & Cls.Start) != 0) ||
            ((cx & Cls.Box) != 0 && (cy & (Cls.Kaomoji | Cls.End)) != 0) ||
            ((cx & (Accented | Cls.Currency | Cls.Numeric | Cls.Start | Cls.End | Cls.Law)) != 0 && (cy & Cls.Box) != 0))
        {
            return true;
        }

        // Triples.
        if (z != '\0' &&
            ((IsAsciiLetter(x) && (cy & (Cls.LowerCommon | Cls.UpperCommon)) != 0 && (cz & Cls.Bad) != 0) ||
             (char.IsWhiteSpace(x) && (cy & Cls.UpperAccented) != 0 && (cz & Cls.Currency) != 0) ||
             ((cx & (Accented | Cls.Box | Cls.Currency | Cls.End)) != 0 && (cy & Cls.Start) != 0 && (cz & Cls.Numeric) != 0) ||
             ((cx & (Accented | Cls.Currency | Cls.Numeric | Cls.Box | Cls.Law)) != 0 && (cy & Cls.End) != 0 && (cz & Cls.Start) != 0) ||
             (IsAsciiLower(x) && (cy & Cls.UpperAccented) != 0 && (cz & (Cls.Start | Cls.Currency)) != 0) ||
             ((cx & Accented) != 0 && (cy & (Cls.Start | Cls.End)) != 0 && (char.IsLetterOrDigit(z) || z == '_'))))
        {
            return true;
        }

        // Particular sequences of the common code pages.
        switch (x)
        {
            case '\u0152' or '\u0153' when !IsAsciiLetter(y):
            case 'Â' or 'Ã' or 'Î' or 'Ð' when "€œŠš¢£Ÿž\u00A0\u00AD®©°·»–—´".Contains(y) || (cy & (Cls.Start | Cls.End)) != 0:
            case '×' when y is '²' or '³':
            case 'à' when "²µ¹¼½¾".Contains(y):
            case '√' when "±∂†≠®™´≤≥¥µø".Contains(y):
            case '≈' when y is '°' or '¢':
            // "‚Ä" is MacRoman for E2 80, the lead of the general punctuation: ftfy's list, and "ë" (U+2011 "‑"), "Ø"
            // (U+202F narrow no-break space), "â" (U+2009 thin space). German opens a quote with "‚" before a word,
            // and no word starts "Äë", "ÄØ" or "Äâ".
            case '‚' when (y == 'Ä' && "ìîïòôúùû†°¢πëØâ".Contains(z)) || ((y is 'â' or 'ó') && "àä°ê".Contains(z)):
            case 'в' when y == 'Ђ':
            case 'Ã' when y is '\u00A0' or '¡':
            case 'β' when y == '€' && "™\u00A0Ά\u00AD®°―".Contains(z): // "―": the narrow no-break space E2 80 AF
            case 'ā' when y == '€':
            // The lead C3 or E2 read as "Γ" (Windows-1253, CP437), its next byte a Latin-1 letter or sign, a box or
            // "⌐": "é" through Windows-1253 is "Γ©", "ü" twice through CP437 "Γö£Γò¥". Greek puts a Greek letter,
            // a space, a tonos or a quote after "Γ" ("Γ’ τάξη", "«Γ»").
            case 'Γ' when y is (>= '\u00A1' and <= '\u00FF' and not ('«' or '»' or '·')) or '\u0192' or '\u20A7' or '\u2310' || (cy & Cls.Box) != 0:
                return true;
        }

        if ((cx & Cls.UpperAccented) != 0 && y == '°')
        {
            return true;
        }

        if (z != '\0' && GluedLead(x, y, z))
        {
            return true;
        }

        // The lead C2, C3 or C5 read by Windows-1257 or Windows-1250 as a capital ("Ć", "Ā", "Ă", "Ĺ") inside a
        // lowercase Latin word, before a sign, a no-break space, a soft hyphen or the capital Windows-1257 makes of a
        // continuation byte: "AtmosphĆØre", "bĆŖta", "VĆ­ce", "localesĀ :", "materiaĹ‚y". Polish, Croatian, Latvian,
        // Romanian and Slovak write these capitals at the start of a word or in capitals, never after a small letter.
        if (z != '\0' && IsAsciiLower(x) && y is 'Ā' or 'Ć' or 'Ă' or 'Ĺ' && z >= '\u0080' &&
            (!char.IsLetter(z) || z is 'Ø' or 'ø' or 'Ŗ' or 'ŗ' or 'Æ' or 'æ') && (!char.IsWhiteSpace(z) || z == '\u00A0'))
        {
            return true;
        }

        // "à" alone, its C3 read as a capital and its A0 kept as a no-break space before the space that follows it:
        // "mise Г\u00A0 jour" (Windows-1251), "Γ" (1253), "Ć" (1257), "Ă" (1250, ISO-8859-2). A one-letter word
        // followed by a no-break space and a space is nothing anyone types. (Windows-1250 reads "Ć" and the no-break
        // space as "Ơ": Mojibake's oddness score prefers "à" there.)
        // A word's first letter, its lead C3 read by Windows-1251 as "Г" or by Windows-1253 as "Γ" and its continuation
        // as a sign or a letter of another alphabet, before the rest of a Latin word: "Г©tat", "Г‰viter", "Гјber",
        // "Γ‰viter", "ΓΌbernehmen". Russian and Greek follow "Г" and "Γ" with a letter of their own alphabet, a
        // space, a quote or a dash ("Γ’ Λυκείου"), never with a sign and then a Latin letter; math's "Γ²x", "Γ₀f",
        // "Γ′x", "Γ±x" are left out (mathematical symbols, superscripts, subscripts and primes).
        if ((x == 'Г' || x == 'Γ') && y >= '\u0080' && IsAsciiLetter(z) && !char.IsWhiteSpace(y) &&
            char.GetUnicodeCategory(y) is not (System.Globalization.UnicodeCategory.InitialQuotePunctuation or
                System.Globalization.UnicodeCategory.FinalQuotePunctuation or System.Globalization.UnicodeCategory.DashPunctuation or
                System.Globalization.UnicodeCategory.MathSymbol or System.Globalization.UnicodeCategory.OtherNumber) &&
            y is not ('«' or '»' or '…' or '·' or '′' or '″') &&
            (x == 'Г' ? y is not (>= '\u0410' and <= '\u044F') : !char.IsLetter(y) || y is '\u0386' or (>= '\u0388' and <= '\u038A') or '\u038C' or '\u038E' or '\u038F'))
        {
            return true;
        }

        // CP437 reads the leads C2 to C5 as the box drawings "┬", "├", "─", "┼" and continuation bytes as accented
        // letters, double-line boxes and shades: "für" is "f├╝r", "które" "kt├│re", "są" "s─à", "yapıldı" "yap─▒ld─▒".
        // A drawing stands beside spaces, other lines or a cell's text, and line art writes letters with single lines
        // ("├┤a┼┐a", one of ftfy's correct texts), but never glues a single line to a letter before an accented letter,
        // a shade or a double line. (CP437's single lines after a lead, "kt├│re", stay unflagged for that art.)
        if (IsAsciiLetter(x) && y is '┬' or '├' or '─' or '┼' && z != '\0' &&
            ((z is >= '\u00C0' and <= '\u024F' && char.IsLetter(z)) || "╝╢╡╖╕╣║╗╜╛░▒▓".Contains(z)))
        {
            return true;
        }

        // Windows-1250 and ISO-8859-2 read C3 as "Ă" and C4 as "Ä": "für" is "fĂĽr", "même" "mĂŞme", "są" "sÄ…".
        if (IsAsciiLower(x) && ((y == 'Ă' && char.IsUpper(z)) || (y == 'Ä' && "…‚„†‡‰‹›™".Contains(z))))
        {
            return true;
        }

        // MacRoman. An emoji's lead F0 9F is the Apple logo U+F8FF and "ü": the logo stands before a space or a
        // product name ("\uF8FF Watch"), never before "ü". "ą" and "ę" are "ƒÖ" and "ƒô" (C4 read as the florin sign),
        // glued to the letter before: the florin sign or a function "ƒ" stands before a space, a digit or "(".
        if ((x == '\uF8FF' && y == 'ü') ||
            (x == 'ƒ' && i > 0 && IsAsciiLetter(t[i - 1]) && (cy & Cls.Kaomoji) != 0 && char.IsLetter(y)))
        {
            return true;
        }

        if (char.IsWhiteSpace(x) && x != '\u00A0' && y is 'Г' or 'Γ' or 'Ć' or 'Ă' && z == '\u00A0' && i + 3 < t.Length && t[i + 3] == ' ')
        {
            return true;
        }

        if (z != '\0')
        {
            const Cls Between = Cls.C1 | Cls.Bad | Cls.Start | Cls.End | Cls.Currency;
            if (("ВГРС".Contains(x) && ((cy & Between) != 0 || y is '°' or 'µ') && "ВГРС".Contains(z)) ||
                ("ΒΓΞΟ".Contains(x) && ((cy & Between) != 0 || y == '°') && "ΒΓΞΟ".Contains(z)))
            {
                return true;
            }

            if (x is 'Ø' or 'Ù' && i + 3 < t.Length && t[i + 2] is 'Ø' or 'Ù' && ArabicFollower(y) && ArabicFollower(t[i + 3]))
            {
                return true;
            }

            if (x == 'Г' && t[i..].StartsWith("ГўВЂВ") && i + 6 < t.Length && (IsAsciiLetter(t[i + 6]) || t[i + 6] == ' '))
            {
                return true;
            }
        }

        // A no-break space flattened to a space: "Ã " for "à".
        if (x is 'Ã' or 'Â' && y == ' ' && i == 0)
        {
            return true;
        }

        if (IsAsciiLower(x))
        {
            int k = i + 1;
            if (k < t.Length && char.IsWhiteSpace(t[k]) && k + 1 < t.Length && t[k + 1] is 'Ã' or 'Â')
            {
                k++;
            }

            if (t[k] is 'Ã' or 'Â' && k + 1 < t.Length && t[k + 1] == ' ')
            {
                return true;
            }
        }

        // "Â" standing before a character it is the UTF-8 lead of: "word Â» next".
        return (IsAsciiLower(x) || x is '.' or ',' or '?' or '!' || (cx & Cls.End) != 0) && y == 'Â' && z != '\0' && (z == ' ' || (cz & (Cls.Start | Cls.End)) != 0);
    }

    // A UTF-8 lead read as a Cyrillic or Greek letter, glued to the Latin letter before it and followed by what its
    // continuation byte became: "cafГ©", "gГЁre", "ceciВ" and a no-break space, "itвЂ™s" (Windows-1251), "sΔ…", "HoleΕ΅ky",
    // "Phaseβ€―2" (Windows-1253), "contribuerР’В" (twice). Real text puts a Latin letter against a Cyrillic or Greek
    // one only in a few shapes, each followed by a letter of that script or by ASCII: a Latin homoglyph typed in a
    // Russian word ("Cеть"), a unit or index ("kΩ", "Tμν", "Δx"), a brand with a Russian ending. None of them puts
    // after the Cyrillic or Greek letter a sign, a no-break space, a letter of another alphabet of that script
    // (Serbian "Ђ", Ukrainian "є") or an accented Greek capital: those are the continuation bytes.
    private static bool GluedLead(char x, char y, char z)
    {
        bool cyrillic = y is 'В' or 'Г' or 'Д' or 'Е' or 'Р' or 'С' or 'в';
        bool greek = y is 'Β' or 'Γ' or 'Δ' or 'Ε' or 'Ξ' or 'Ο' or 'β';
        if ((!cyrillic && !greek) || !(IsAsciiLetter(x) || (x is >= '\u00C0' and <= '\u024F' && char.IsLetter(x))))
        {
            return false;
        }

        if (z < '\u0080' || (char.IsWhiteSpace(z) && z != '\u00A0') || z is '²' or '³' or '¹' or '′' or '″' or '·' || char.GetUnicodeCategory(z) == System.Globalization.UnicodeCategory.NonSpacingMark)
        {
            return false;
        }

        return cyrillic
            ? z is not (>= '\u0410' and <= '\u044F')
            : !char.IsLetter(z) || z is '\u0386' or (>= '\u0388' and <= '\u038A') or '\u038C' or '\u038E' or '\u038F';
    }

    private static bool ArabicFollower(char c) =>
        (Of(c) & (Cls.Common | Cls.Currency | Cls.Bad | Cls.Numeric | Cls.Start)) != 0 || c is 'Ÿ' or 'Š' or '®' or '°' or 'µ' or '»';
}
