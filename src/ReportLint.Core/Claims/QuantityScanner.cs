using System.Runtime.CompilerServices;
using System.Buffers;
using System.Globalization;
using ReportLint.Lexicons;
using ReportLint.Text;

namespace ReportLint.Claims;

/// <summary>
/// Finds numbers as reports write them: grouping by comma or (narrow) space, decimal point or comma,
/// multipliers of the lexicon's <c>number.multiplier.*</c> sections (<c>k</c>, <c>M</c>), a <c>+</c> lower bound, comparators (<c>&lt; ≤ &gt; ≥ ~</c>), ratios
/// (<c>7/7</c>), currency, and a unit looked up in the lexicon's <c>unit.*</c> sections. Version numbers,
/// dates, times and ranges are not quantities. One forward pass, no regular expressions.
/// </summary>
internal static class QuantityScanner
{
    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");

    /// <summary>Appends every quantity of <paramref name="text"/> (which starts at <paramref name="offset"/> in the document).</summary>
    public static void Scan(ReadOnlySpan<char> text, int offset, Lexicon lexicon, List<Quantity> results) =>
        Scan(text, offset, lexicon, results, int.MaxValue);

    /// <summary>As <see cref="Scan(ReadOnlySpan{char}, int, Lexicon, List{Quantity})"/>, stopping after <paramref name="max"/> quantities.</summary>
    [MethodImpl(Jit.Hot)]
    internal static void Scan(ReadOnlySpan<char> text, int offset, Lexicon lexicon, List<Quantity> results, int max)
    {
        int i = 0;
        int stop = results.Count + max;
        while (i < text.Length && results.Count < stop)
        {
            int next = text[i..].IndexOfAny(Digits);
            if (next < 0)
            {
                return;
            }

            // A number glued to a word, or hyphenated to one ("us-east-1", "COVID-19", "KEP-5504"), is part of a name.
            int digit = i + next;
            if (digit > 0 && (IsGlued(text[digit - 1]) || (digit > 1 && text[digit - 1] == '-' && char.IsLetter(text[digit - 2]))))
            {
                i = SkipToken(text, digit);
                continue;
            }

            int start = FindPrefixStart(text, digit);
            if (TryParseAt(text, start, offset, lexicon, out Quantity quantity, out int end))
            {
                results.Add(quantity);
                i = end;
            }
            else
            {
                // "245-420ms", "85-92%": a range's lower end is read with its upper one by the model; the upper end is a
                // quantity. Other hyphenated numbers ("2025-11-08", "555-1234") are names.
                if (RangeUpperStart(text, digit, lexicon.NumberFormat) is var upper and > 0 && TryParseAt(text, upper, offset, lexicon, out Quantity upperEnd, out int upperStop))
                {
                    results.Add(upperEnd);
                    i = upperStop;
                }
                else
                {
                    i = SkipToken(text, digit);
                }
            }
        }
    }

    /// <summary>
    /// Parses a whole cell or value: the text, once emphasis and code markers and white space are trimmed,
    /// must be exactly one quantity.
    /// </summary>
    public static bool TryParseWhole(ReadOnlySpan<char> text, int offset, Lexicon lexicon, out Quantity quantity)
    {
        int start = 0, end = text.Length;
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is '*' or '_' or '`'))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '*' or '_' or '`'))
        {
            end--;
        }

        if (start < end && TryParseAt(text[..end], start, offset, lexicon, out quantity, out int stop) && stop == end)
        {
            return true;
        }

        // A letter grade standing alone ("A+", "B-"): unit "grade", on a 4.3 scale (A+ 4.3, A 4, A- 3.7 … F 0).
        if (end - start is 1 or 2 && text[start] is >= 'A' and <= 'F' && text[start] != 'E' &&
            (end - start == 1 || text[start + 1] is '+' or '-'))
        {
            decimal points = text[start] switch { 'A' => 4m, 'B' => 3m, 'C' => 2m, 'D' => 1m, _ => 0m };
            points += end - start == 1 || text[start] == 'F' ? 0m : text[start + 1] == '+' ? 0.3m : -0.3m;
            quantity = new Quantity
            {
                Value = points, Unit = "grade", UnitText = string.Empty, Comparison = Comparison.Exact,
                Span = TextSpan.FromBounds(offset + start, offset + end), NumberSpan = TextSpan.FromBounds(offset + start, offset + end),
                Noun = string.Empty,
            };
            return true;
        }

        quantity = default;
        return false;
    }

    /// <summary>Parses a quantity starting exactly at <paramref name="index"/> (a comparator, currency, sign or digit).</summary>
    public static bool TryParseAt(ReadOnlySpan<char> text, int index, int offset, Lexicon lexicon, out Quantity quantity, out int end)
    {
        quantity = default;
        end = index;
        int j = index;
        Comparison comparison = ReadComparator(text, ref j);
        while (j < text.Length && j - index < 4 && text[j] is ' ' or '\u00A0' or '\u202F')
        {
            j++;
        }

        string currency = string.Empty;
        if (j < text.Length && text[j] is '$' or '€' or '£')
        {
            currency = text[j].ToString();
            j++;
        }

        bool negative = false;
        if (j < text.Length && text[j] is '-' or '−' && j + 1 < text.Length && char.IsAsciiDigit(text[j + 1]))
        {
            negative = true;
            j++;
        }

        if (j >= text.Length || !char.IsAsciiDigit(text[j]))
        {
            return false;
        }

        int numberStart = j;
        if (!ReadNumber(text, ref j, lexicon.NumberFormat, out decimal value, out int decimals))
        {
            return false;
        }

        int numberEnd = j;
        if (j < text.Length && IsNumberContinuation(text, j))
        {
            return false;
        }

        decimal? denominator = null;
        if (j + 1 < text.Length && text[j] == '/' && char.IsAsciiDigit(text[j + 1]))
        {
            int d = j + 1;
            if (!ReadNumber(text, ref d, lexicon.NumberFormat, out decimal den, out _) || (d < text.Length && IsNumberContinuation(text, d)))
            {
                return false;
            }

            denominator = den;
            j = d;
            numberEnd = d;
        }

        // "12k", "3M": a multiplier of the lexicon (number.multiplier.*), not followed by a letter.
        if (denominator is null && j < text.Length && char.IsLetter(text[j]) && lexicon.Multipliers.TryRead(text, j, out decimal factor, out int written))
        {
            value *= factor;
            j += written;
            numberEnd = j;
        }

        // "50+", and "~50+" (about fifty or more): a lower bound, which a sum above it does not contradict.
        if (j < text.Length && text[j] == '+' && (j + 1 >= text.Length || !char.IsAsciiDigit(text[j + 1])))
        {
            if (comparison is Comparison.Exact or Comparison.Approximately)
            {
                comparison = Comparison.AtLeast;
            }

            j++;
        }

        string unit = currency, unitText = string.Empty, noun = string.Empty;
        int unitEnd = j;
        if (currency.Length == 0 && TrySuffixCurrency(text, j, out currency, out unitEnd))
        {
            unit = currency;
            unitText = StringPool.Get(text[j..unitEnd]);
        }
        else if (currency.Length == 0)
        {
            ReadUnit(text, j, lexicon, out unit, out unitText, out noun, out unitEnd, out bool gluedUnknown);
            if (gluedUnknown)
            {
                return false;
            }
        }

        // "98%+": a lower bound written after its percent sign.
        if (unit == "%" && unitEnd < text.Length && text[unitEnd] == '+' && (unitEnd + 1 >= text.Length || !char.IsLetterOrDigit(text[unitEnd + 1])))
        {
            if (comparison is Comparison.Exact or Comparison.Approximately)
            {
                comparison = Comparison.AtLeast;
            }

            unitEnd++;
        }

        if (currency.Length > 0 && j < text.Length && text[j] is ' ' && j + 1 < text.Length && char.IsLetter(text[j + 1]))
        {
            noun = TextFolding.Fold(ReadWord(text, j + 1));
        }

        quantity = new Quantity
        {
            Value = negative ? -value : value,
            Unit = unit,
            UnitText = unitText,
            Comparison = comparison,
            Span = TextSpan.FromBounds(offset + index, offset + Math.Max(unitEnd, j)),
            NumberSpan = TextSpan.FromBounds(offset + numberStart, offset + numberEnd),
            Decimals = decimals,
            Denominator = denominator,
            Noun = noun,
        };
        end = Math.Max(unitEnd, j);
        return true;
    }

    // "1 200 €", "800€": a currency symbol after the number.
    private static bool TrySuffixCurrency(ReadOnlySpan<char> text, int j, out string currency, out int end)
    {
        int k = j;
        if (k < text.Length && text[k] is ' ' or '\u00A0' or '\u202F')
        {
            k++;
        }

        if (k < text.Length && text[k] is '€' or '$' or '£')
        {
            currency = text[k].ToString();
            end = k + 1;
            return true;
        }

        currency = string.Empty;
        end = j;
        return false;
    }

    private static Comparison ReadComparator(ReadOnlySpan<char> text, ref int j)
    {
        if (j >= text.Length)
        {
            return Comparison.Exact;
        }

        char c = text[j];
        bool orEqual = j + 1 < text.Length && text[j + 1] == '=';
        switch (c)
        {
            case '<':
                j += orEqual ? 2 : 1;
                return orEqual ? Comparison.AtMost : Comparison.LessThan;
            case '>':
                j += orEqual ? 2 : 1;
                return orEqual ? Comparison.AtLeast : Comparison.GreaterThan;
            case '≤':
                j++;
                return Comparison.AtMost;
            case '≥':
                j++;
                return Comparison.AtLeast;
            case '~' or '≈':
                j++;
                return Comparison.Approximately;
            default:
                return Comparison.Exact;
        }
    }

    // Integer digits and decimals a quantity may have: with the k/M multipliers and unit conversions (hours to
    // milliseconds) its value stays far inside decimal's range, and so do sums and ratios of many of them.
    private const int MaxIntegerDigits = 12;
    private const int MaxDecimals = 9;

    private static bool ReadNumber(ReadOnlySpan<char> text, ref int j, NumberFormat format, out decimal value, out int decimals)
    {
        value = 0;
        decimals = 0;
        int start = j;
        Span<char> buffer = stackalloc char[40];
        int length = 0;
        while (j < text.Length && char.IsAsciiDigit(text[j]))
        {
            if (length < MaxIntegerDigits + 1)
            {
                buffer[length++] = text[j];
            }

            j++;
        }

        int firstGroup = j - start;
        while (j + 3 < text.Length && format.IsGroup(text[j], firstGroup) && HasThreeDigitGroup(text, j + 1))
        {
            for (int k = 1; k <= 3; k++)
            {
                if (length < MaxIntegerDigits + 1)
                {
                    buffer[length++] = text[j + k];
                }
            }

            j += 4;
        }

        if (j + 1 < text.Length && format.Decimals.Contains(text[j]) && char.IsAsciiDigit(text[j + 1]))
        {
            int d = j + 1;
            while (d < text.Length && char.IsAsciiDigit(text[d]))
            {
                d++;
            }

            decimals = d - j - 1;
            if (length > MaxIntegerDigits || decimals > MaxDecimals)
            {
                j = d;
                return false;
            }

            buffer[length++] = '.';
            for (int k = j + 1; k < d; k++)
            {
                buffer[length++] = text[k];
            }

            j = d;
        }

        // More digits than any count, duration or percentage a report states is not a quantity: a value that large
        // (or that precise) would only overflow the arithmetic of the rules that add, compare and divide them.
        if (length > MaxIntegerDigits)
        {
            return false;
        }

        return decimal.TryParse(buffer[..length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private static bool HasThreeDigitGroup(ReadOnlySpan<char> text, int at) =>
        at + 2 < text.Length && char.IsAsciiDigit(text[at]) && char.IsAsciiDigit(text[at + 1]) && char.IsAsciiDigit(text[at + 2]) &&
        (at + 3 >= text.Length || !char.IsAsciiDigit(text[at + 3]));

    // After a number: another dotted part (1.2.3), a range or date (2-4, 2025-11-08), a time (10:30) or an
    // identifier (x86_64) means this is not a quantity.
    private static bool IsNumberContinuation(ReadOnlySpan<char> text, int j)
    {
        char c = text[j];
        bool nextDigit = j + 1 < text.Length && char.IsAsciiDigit(text[j + 1]);
        return (c is '.' or '-' or '–' or ':' or '_' or ',' && nextDigit) || char.IsAsciiDigit(c);
    }

    private static void ReadUnit(ReadOnlySpan<char> text, int j, Lexicon lexicon, out string unit, out string unitText,
        out string noun, out int end, out bool gluedUnknown)
    {
        unit = string.Empty;
        unitText = string.Empty;
        noun = string.Empty;
        end = j;
        gluedUnknown = false;
        if (j >= text.Length)
        {
            return;
        }

        if (text[j] == '%')
        {
            unit = "%";
            unitText = "%";
            end = j + 1;
            return;
        }

        int k = j;
        bool spaced = false;
        if (text[k] is ' ' or '\u00A0' or '\u202F')
        {
            k++;
            spaced = true;
            if (k < text.Length && text[k] == '%')
            {
                unit = "%";
                unitText = StringPool.Get(text[j..(k + 1)]);
                end = k + 1;
                return;
            }
        }

        if (k >= text.Length || !char.IsLetter(text[k]))
        {
            return;
        }

        int tokenEnd = k;
        while (tokenEnd < text.Length && (char.IsLetter(text[tokenEnd]) ||
               (text[tokenEnd] == '/' && tokenEnd + 1 < text.Length && char.IsLetter(text[tokenEnd + 1]))))
        {
            tokenEnd++;
        }

        IReadOnlyDictionary<string, string> units = lexicon.ReverseIndex(LexiconSections.Unit);
        string token = TextFolding.Fold(text[k..tokenEnd]);
        if (units.TryGetValue(token, out string? canonical))
        {
            unit = canonical;
            unitText = StringPool.Get(text[j..tokenEnd]);
            end = tokenEnd;
            return;
        }

        int slash = token.IndexOf('/');
        if (slash > 0 && units.TryGetValue(token[..slash], out canonical))
        {
            unit = canonical;
            unitText = StringPool.Get(text[j..(k + slash)]);
            end = k + slash;
            return;
        }

        if (spaced)
        {
            noun = TextFolding.Fold(ReadWord(text, k));
        }
        else
        {
            gluedUnknown = true;
        }
    }

    private static ReadOnlySpan<char> ReadWord(ReadOnlySpan<char> text, int k)
    {
        int e = k;
        while (e < text.Length && char.IsLetter(text[e]))
        {
            e++;
        }

        return text[k..e];
    }

    private static int FindPrefixStart(ReadOnlySpan<char> text, int digit)
    {
        int p = digit;
        if (p > 0 && text[p - 1] is '$' or '€' or '£' or '-' or '−')
        {
            p--;
        }

        int q = p;
        while (q > 0 && p - q < 3 && text[q - 1] is ' ' or '\u00A0' or '\u202F')
        {
            q--;
        }

        if (q > 0 && text[q - 1] is '<' or '>' or '≤' or '≥' or '~' or '≈')
        {
            return q - 1;
        }

        if (q > 1 && text[q - 1] == '=' && text[q - 2] is '<' or '>')
        {
            return q - 2;
        }

        return p;
    }

    private static bool IsGlued(char c) => char.IsLetterOrDigit(c) || c is '.' or '_' or '#' or '/' or '\\' or '@' or ':' or ',' or '^';

    // Where the upper end of "245-420ms" starts: a number after a space, a bracket, emphasis or the start, one hyphen, a larger
    // number, then a unit or a percent sign (glued or after a space) and no further hyphen or digit group; else -1.
    private static int RangeUpperStart(ReadOnlySpan<char> text, int digit, NumberFormat format)
    {
        if (digit > 0 && !(char.IsWhiteSpace(text[digit - 1]) || text[digit - 1] is '(' or '[' or '*' or '_'))
        {
            return -1;
        }

        int j = digit;
        if (!ReadNumber(text, ref j, format, out decimal lower, out _) || j + 1 >= text.Length || text[j] != '-' || !char.IsAsciiDigit(text[j + 1]))
        {
            return -1;
        }

        int upperStart = j + 1, k = upperStart;
        if (!ReadNumber(text, ref k, format, out decimal upper, out _) || upper <= lower || (k < text.Length && IsNumberContinuation(text, k)))
        {
            return -1;
        }

        int unit = k < text.Length && text[k] == ' ' ? k + 1 : k;
        return unit < text.Length && (char.IsLetter(text[unit]) || text[unit] == '%') ? upperStart : -1;
    }

    private static int SkipToken(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '.' or '_' or '-' or ':' or '/' or ','))
        {
            i++;
        }

        return Math.Max(i, 1);
    }
}
