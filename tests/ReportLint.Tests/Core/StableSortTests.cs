using ReportLint.Collections;
using ReportLint.Text;

namespace ReportLint.Tests.Core;

public class StableSortTests
{
    [Fact]
    public void Sorts_and_keeps_the_order_of_equal_keys()
    {
        string[] words = ["ccc", "a", "bb", "dd", "e", "fff", "g", "hh", "iii", "j", "kk"];
        StableSort.Sort(words, static (x, y) => y.Length.CompareTo(x.Length));
        Assert.Equal(["ccc", "fff", "iii", "bb", "dd", "hh", "kk", "a", "e", "g", "j"], words);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    [InlineData(64)]
    [InlineData(1000)]
    public void Gives_what_a_stable_linq_order_gives(int count)
    {
        var random = new Random(count);
        var items = Enumerable.Range(0, count).Select(i => (Key: random.Next(10), Index: i)).ToArray();
        var expected = items.OrderBy(p => p.Key).ToArray();
        StableSort.Sort(items, static (x, y) => x.Key.CompareTo(y.Key));
        Assert.Equal(expected, items);
    }

    [Fact]
    public void A_code_page_gives_back_the_first_byte_of_each_character()
    {
        CodePage page = CodePages.Cp1252;
        for (int b = 0x80; b <= 0xFF; b++)
        {
            if (page.CharOf((byte)b) is char c)
            {
                Assert.True(page.TryGetByte(c, out byte back));
                Assert.Equal(c, page.CharOf(back));
                Assert.True(back <= b);
            }
        }

        Assert.True(page.TryGetByte('€', out byte euro));
        Assert.Equal(0x80, euro);
        Assert.False(page.TryGetByte('\uFFFF', out _));
        Assert.False(page.TryGetByte('ж', out _));
        Assert.Equal(new byte[] { 0x81, 0x8D, 0x8F, 0x90, 0x9D }, page.UndefinedBytes);
    }
}
