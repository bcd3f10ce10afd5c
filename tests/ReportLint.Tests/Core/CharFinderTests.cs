using ReportLint.Text;

namespace ReportLint.Tests.Core;

/// <summary>
/// The character finder gives what <c>IndexOfAny</c> of its characters gives from each place it is asked, in increasing
/// order, at the edges of its blocks of 64 characters and past the end, and never takes for one of them a character
/// whose low byte is one ('\u010A', '\u0D0D', '\u012A', '\uFF2A'): for the line breaks of the heading walk, and for the markers of
/// the completeness test.
/// </summary>
public class CharFinderTests
{
    private static readonly char[] Breaks = ['\n', '\r'];
    private static readonly char[] Markers = ['*', '`', '_', '~'];

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
            "\u012A\u0160\u015F\u017E*" + new string('\u0160', 70) + "`_~" + new string('\u017E', 70) + "**",
            "a*b`c_d~e\n" + new string('*', 130) + "\r\n~~",
            string.Concat(Enumerable.Repeat("\u00FF\u0000\u7F0A\u800D\uFF2A\uFF60\u805F\u7E7E\u00AA\u008A", 20)) + "\n*",
        };

        // Breaks at every place around the block edges, one at a time.
        for (int at = 60; at < 132; at++)
        {
            char[] text = new string('w', 140).ToCharArray();
            text[at] = "\n\r*`_~"[at % 6];
            texts.Add(new string(text));
        }

        return texts;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Finds_what_a_search_from_each_place_finds(string text)
    {
        Assert.All(Finds(text, CharFinder.LineBreaks(text), Breaks), found => Assert.Equal(found.Expected, found.Found));
        Assert.All(Finds(text, CharFinder.Markers(text), Markers), found => Assert.Equal(found.Expected, found.Found));
    }

    // What IndexOfAny and the finder give from every place, in order.
    private static List<(int Expected, int Found)> Finds(string text, CharFinder finder, char[] chars)
    {
        var finds = new List<(int, int)>();
        for (int from = 0; from <= text.Length + 1; from++)
        {
            finds.Add((from > text.Length ? -1 : text.IndexOfAny(chars, from), finder.Next(from)));
        }

        return finds;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Finds_what_a_walk_from_each_place_found_finds(string text)
    {
        Walk(text, CharFinder.LineBreaks(text), Breaks);
        Walk(text, CharFinder.Markers(text), Markers);
    }

    // As a walk asks: from after each place found, with leaps over whole blocks.
    private static void Walk(string text, CharFinder finder, char[] chars)
    {
        for (int from = 0; from <= text.Length; from += 1 + (from % 7 == 0 ? 70 : 0))
        {
            int expected = text.IndexOfAny(chars, from);
            int found = finder.Next(from);
            Assert.Equal(expected, found);
            if (found >= 0)
            {
                from = found;
            }
        }
    }
}
