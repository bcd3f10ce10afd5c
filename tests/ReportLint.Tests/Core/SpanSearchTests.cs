using ReportLint.Text;

namespace ReportLint.Tests.Core;

/// <summary>The searches from an index over spans give what the string methods of the same name give.</summary>
public class SpanSearchTests
{
    [Theory]
    [InlineData("Tests (12 passed, 3 failed) (cache)")]
    [InlineData("(")]
    [InlineData("Couverture : 85 % ; objectif (80 %)")]
    public void Every_start_gives_what_the_string_gives(string text)
    {
        char[] ends = [',', ')', ';'];
        for (int from = 0; from <= text.Length; from++)
        {
            Assert.Equal(text.IndexOf('(', from), SpanSearch.IndexOf(text.AsSpan(), '(', from));
            Assert.Equal(text.IndexOf(')', from), SpanSearch.IndexOf(text.AsSpan(), ')', from));
            Assert.Equal(text.IndexOfAny(ends, from), SpanSearch.IndexOfAny(text.AsSpan(), ends, from));
            if (from < text.Length)
            {
                Assert.Equal(text.LastIndexOf('(', from), SpanSearch.LastIndexOf(text.AsSpan(), '(', from));
            }
        }

        Assert.Equal(-1, SpanSearch.LastIndexOf(ReadOnlySpan<char>.Empty, '(', 0));
    }
}
