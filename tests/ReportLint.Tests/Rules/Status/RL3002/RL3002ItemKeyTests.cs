using ReportLint.Lexicons;
using ReportLint.Rules;
using ReportLint.Rules.Status;

namespace ReportLint.Tests.Rules;

/// <summary>
/// RL3002's key of an item label: its content words folded, plural and "-ing" dropped, state words, function words
/// and elided articles left out, "Module 3" read as one identifier; in English and in French.
/// </summary>
public class RL3002ItemKeyTests
{
    private static readonly Lexicon Lexicon = BuiltInRules.LoadLexicon();

    [Theory]
    [InlineData("Backups automatiques configurés et testés", new[] { "backup", "automatique" }, new string[0])]
    [InlineData("Configuration de l'Audit des Images", new[] { "configuration", "audit", "image" }, new string[0])]
    [InlineData("Module 3: Caching of API responses", new[] { "cach", "module 3", "api", "response" }, new[] { "module 3" })]
    [InlineData("Load Testing for GA4 events", new[] { "load", "test", "ga4", "event" }, new[] { "ga4" })]
    [InlineData("Sécurité des Déploiements (hors périmètre)", new[] { "securite", "deploiement" }, new string[0])]
    public void A_label_gives_its_content_words_in_order(string label, string[] words, string[] ids)
    {
        RL3002ItemKey key = RL3002ItemKey.Of(label, Lexicon);
        Assert.Equal(words, key.Words.ToArray());
        Assert.Equal(ids, key.Ids.ToArray());
    }

    [Fact]
    public void A_word_longer_than_the_buffer_is_read_whole_and_in_lower_case()
    {
        string longWord = "Supercalifragilisticexpialidocious" + new string('X', 40);
        RL3002ItemKey key = RL3002ItemKey.Of("Deploy " + longWord, Lexicon);
        Assert.Contains(longWord.ToLowerInvariant(), key.Words);
    }

    [Fact]
    public void Two_labels_of_one_item_share_their_key_and_a_label_of_another_does_not()
    {
        RL3002ItemKey done = RL3002ItemKey.Of("✅ Backups automatiques configurés", Lexicon);
        RL3002ItemKey pending = RL3002ItemKey.Of("Backups automatiques configurés et testés", Lexicon);
        RL3002ItemKey other = RL3002ItemKey.Of("Monitoring automatique", Lexicon);
        Assert.True(done.SameItemAs(pending));
        Assert.False(done.SameItemAs(other));
    }
}
