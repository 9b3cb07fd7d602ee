using CopyLint.Core.Lexicons;
using CopyLint.Core.Tests.Infrastructure;

namespace CopyLint.Core.Tests.Lexicons;

/// <summary>
/// The per-token lemma test answers as the per-word one does, in every document, however often a word was asked before
/// (answers for ASCII words are kept by word ID across documents).
/// </summary>
public sealed class LexiconLemmaByTokenTests
{
    // "said"/"report" are words of this list, so they have word IDs and their answers are kept by ID; "studies" is not.
    private static Lexicon NewCues() => new("by-token-cues-" + Guid.NewGuid().ToString("N"), ["say", "said", "report", "study", "the"]);

    [Fact]
    public void Every_token_of_several_documents_gets_the_per_word_answer()
    {
        var cues = NewCues();
        string[] texts =
        [
            "The minister said the report studies SAID Said reported saying Reports.",
            "THE report said nothing; the studies said more, said the Minister.",
            "Said the ſtudy, and the ſays: \u212Aelvin reported.", // long s and the Kelvin sign fold to ASCII letters
            "Said said said, the Report reports.",
        ];
        foreach (var text in texts)
        {
            var doc = Parse.Text(text);
            for (int i = 0; i < doc.Tokens.Length; i++)
                Assert.True(cues.ContainsLemmaOf(doc.TokenText(i)) == cues.ContainsLemmaOf(doc, i), $"'{doc.TokenString(i)}' in \"{text}\"");
        }
    }

    [Fact]
    public void A_kept_answer_is_the_same_for_every_casing_of_the_word()
    {
        var cues = NewCues();
        var first = Parse.Text("said report the");
        Assert.True(cues.ContainsLemmaOf(first, 0));
        var second = Parse.Text("SAID Report THE walked");
        Assert.True(cues.ContainsLemmaOf(second, 0));
        Assert.True(cues.ContainsLemmaOf(second, 1));
        Assert.True(cues.ContainsLemmaOf(second, 2));
        Assert.False(cues.ContainsLemmaOf(second, 3));
    }
}
