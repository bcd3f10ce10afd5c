using ReportLint.Text;

namespace ReportLint.Tests.Core;

/// <summary>
/// The string pool rules key words with: the same characters give one string while it stays in the pool, so a word
/// read thousands of times is made once; the string always holds exactly the characters asked for.
/// </summary>
public class StringPoolTests
{
    [Fact]
    public void The_same_characters_give_the_same_string_and_other_characters_their_own()
    {
        char[] line = "sauvegarde backup sauvegarde Backup".ToCharArray();
        string first = StringPool.Get(line.AsSpan(0, 10));
        string again = StringPool.Get(line.AsSpan(18, 10));
        Assert.Equal("sauvegarde", first);
        Assert.Same(first, again);
        string backup = StringPool.Get(line.AsSpan(11, 6));
        Assert.Equal("backup", backup);
        Assert.Equal("Backup", StringPool.Get(line.AsSpan(29, 6)));
        Assert.NotSame(backup, StringPool.Get(line.AsSpan(29, 6)));
        Assert.Same(string.Empty, StringPool.Get(ReadOnlySpan<char>.Empty));
    }

    [Fact]
    public void Longer_words_than_the_pool_holds_are_made_each_time_with_their_characters()
    {
        string text = new('x', StringPool.MaxLength + 1);
        string one = StringPool.Get(text.AsSpan());
        string two = StringPool.Get(text.AsSpan());
        Assert.Equal(text, one);
        Assert.Equal(text, two);
        Assert.NotSame(one, two);
        string longest = new('y', StringPool.MaxLength);
        Assert.Same(StringPool.Get(longest.AsSpan()), StringPool.Get(longest.ToCharArray()));
    }
}
