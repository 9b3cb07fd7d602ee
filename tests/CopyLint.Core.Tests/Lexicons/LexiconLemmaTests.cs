using CopyLint.Core.Lexicons;

namespace CopyLint.Core.Tests.Lexicons;

public class LexiconLemmaTests
{
    private static readonly Lexicon Cues = new("cues", ["say", "stop", "study", "report", "estimate", "allege", "tell"]);

    [Theory]
    [InlineData("said")]       // irregular
    [InlineData("Told")]       // irregular, capitalised
    [InlineData("stopped")]    // doubled final consonant
    [InlineData("studies")]    // -ies → -y
    [InlineData("studied")]    // -ied → -y
    [InlineData("reports")]    // -s
    [InlineData("reporting")]  // -ing stem
    [InlineData("estimated")]  // -ed → stem + e
    [InlineData("ALLEGING")]   // -ing → stem + e, upper case
    public void Inflected_forms_find_their_lemma(string word) => Assert.True(Cues.ContainsLemmaOf(word));

    [Theory]
    [InlineData("saying-so")]
    [InlineData("stops-")]
    [InlineData("sing")]        // -ing only from six letters
    [InlineData("class")]       // -ss is not a plural
    [InlineData("")]
    public void Other_words_do_not(string word) => Assert.False(Cues.ContainsLemmaOf(word));

    [Fact]
    public void A_very_long_word_is_read_without_a_stack_buffer()
    {
        var lexicon = new Lexicon("long", [new string('a', 100)]);
        Assert.True(lexicon.ContainsLemmaOf(new string('A', 100) + "s"));
        Assert.False(lexicon.ContainsLemmaOf(new string('b', 100) + "ing"));
    }
}
