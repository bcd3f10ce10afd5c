using ReportLint.Rules.Status;

namespace ReportLint.Tests.Rules;

/// <summary>RL3002's word set: the order a hash set gives, without one.</summary>
public class ItemWordsTests
{
    [Fact]
    public void Words_come_in_the_order_added_and_a_removed_words_place_goes_to_the_next_word()
    {
        var words = new ItemWords();
        Assert.True(words.Add("module"));
        Assert.True(words.Add("module 3"));
        Assert.False(words.Add("module"));
        Assert.True(words.Remove("module"));
        Assert.False(words.Remove("module"));
        Assert.True(words.Add("cache"));
        Assert.Equal(["cache", "module 3"], words.ToArray());
        Assert.Equal(2, words.Count);
    }

    [Fact]
    public void Places_of_several_removed_words_are_reused_last_removed_first()
    {
        var words = new ItemWords();
        foreach (string word in new[] { "a1", "b2", "c3", "d4" })
        {
            words.Add(word);
        }

        words.Remove("a1");
        words.Remove("c3");
        words.Add("e5");
        words.Add("f6");
        words.Add("g7");
        Assert.Equal(["f6", "b2", "e5", "d4", "g7"], words.ToArray());
        Assert.True(words.Contains("g7"));
        Assert.False(words.Contains("a1"));
        Assert.Equal("f6", words.First());
    }

    [Fact]
    public void The_order_is_the_one_a_hash_set_gives()
    {
        var words = new ItemWords();
        var set = new HashSet<string>(StringComparer.Ordinal);
        string[] steps = ["+w1", "+w2", "+w3", "-w2", "-w1", "+w4", "-w3", "+w5", "+w6", "+w7"];
        foreach (string step in steps)
        {
            string word = step[1..];
            Assert.Equal(step[0] == '+' ? set.Add(word) : set.Remove(word), step[0] == '+' ? words.Add(word) : words.Remove(word));
        }

        Assert.Equal(set.ToArray(), words.ToArray());
    }
}
