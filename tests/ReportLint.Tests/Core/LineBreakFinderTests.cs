using ReportLint.Text;

namespace ReportLint.Tests.Core;

/// <summary>
/// The line break finder gives what <c>IndexOfAny('\n', '\r')</c> gives from each place it is asked, in increasing order,
/// at the edges of its blocks of 64 characters and past the end, and never takes for a break a character whose low
/// byte is one ('\u010A', '\u0D0D').
/// </summary>
public class LineBreakFinderTests
{
    private static readonly char[] Breaks = ['\n', '\r'];

    public static TheoryData<string> Texts()
    {
        var texts = new TheoryData<string>
        {
            "",
            "\n",
            "\r\n",
            "no break at all",
            "a\nb\r\nc\rd\n\n\r\r",
            new string('\n', 200),
            new string('x', 63) + "\n" + new string('y', 64) + "\r\n" + new string('z', 65),
            new string('x', 64) + "\n",
            new string('x', 127) + "\r",
            new string('x', 128),
            "\u010A\u0D0D\u0A0A\n" + new string('\u010A', 70) + "\r" + new string('\u0D0D', 70) + "\n",
        };

        // Breaks at every place around the block edges, one at a time.
        for (int at = 60; at < 132; at++)
        {
            char[] text = new string('w', 140).ToCharArray();
            text[at] = at % 2 == 0 ? '\n' : '\r';
            texts.Add(new string(text));
        }

        return texts;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Finds_what_a_search_from_each_place_finds(string text)
    {
        // Every place, in order.
        var finder = new LineBreakFinder(text);
        for (int from = 0; from <= text.Length + 1; from++)
        {
            Assert.Equal(from > text.Length ? -1 : text.IndexOfAny(Breaks, from), finder.Next(from));
        }

        // Line by line, as a walk asks it: from after each break, with leaps over whole blocks.
        finder = new LineBreakFinder(text);
        for (int from = 0; from <= text.Length; from += 1 + (from % 7 == 0 ? 70 : 0))
        {
            int expected = text.IndexOfAny(Breaks, from);
            int found = finder.Next(from);
            Assert.Equal(expected, found);
            if (found >= 0)
            {
                from = found;
            }
        }
    }
}
