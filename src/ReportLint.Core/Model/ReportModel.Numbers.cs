using System.Globalization;

namespace ReportLint.Model;

// How the report writes its numbers, for the numbers rules write in their messages.
public sealed partial class ReportModel
{
    // How many numbers with a fraction are read to learn the report's decimal mark: enough to outvote a stray one.
    private const int DecimalSamples = 64;

    private char _decimalMark;

    /// <summary>
    /// The decimal mark the report writes its numbers with: ',' when most of its numbers with a fraction are written
    /// "12,5 j" or "1 200,5 €", else '.'. Read from the numbers themselves, not from the report's language: a French
    /// report may write "7.5h".
    /// </summary>
    public char DecimalMark => _decimalMark != '\0' ? _decimalMark : _decimalMark = ReadDecimalMark();

    /// <summary>
    /// Formats a number a rule computed as the report writes its numbers: <paramref name="format"/> is an invariant
    /// .NET format ("0.#"), its decimal point written with <see cref="DecimalMark"/> ("88,9" in a report that writes
    /// "12,5").
    /// </summary>
    public string FormatNumber(decimal value, string format = "0.#")
    {
        string text = value.ToString(format, CultureInfo.InvariantCulture);
        return DecimalMark == '.' ? text : text.Replace('.', DecimalMark);
    }

    private char ReadDecimalMark()
    {
        int commas = 0, points = 0;
        foreach (ModelStatement statement in Statements)
        {
            foreach (FactValue value in statement.Values)
            {
                if (value.Decimals == 0)
                {
                    continue;
                }

                // The last separator of "1 200,5" or "1,200.50" is its decimal mark.
                ReadOnlySpan<char> number = Document.GetText(value.NumberSpan);
                int comma = number.LastIndexOf(','), point = number.LastIndexOf('.');
                if (comma > point)
                {
                    commas++;
                }
                else if (point > comma)
                {
                    points++;
                }

                if (commas + points >= DecimalSamples)
                {
                    return commas > points ? ',' : '.';
                }
            }
        }

        return commas > points ? ',' : '.';
    }
}
