using CopyLint.Core.Lexicons;

namespace CopyLint.Core.Tests.Lexicons;

public sealed class WordShapeFilterTests
{
    [Fact]
    public void Every_word_of_the_set_passes_in_any_case()
    {
        string[] words = ["ten", "one", "twenty-five", "a.m.", "O'Brien", "x", "caf\u00E9", "\u00E9t\u00E9", "100%"];
        var filter = new WordShapeFilter(words);
        foreach (var w in words)
        {
            Assert.True(filter.MayContain(w), w);
            Assert.True(filter.MayContain(w.ToUpperInvariant()), w.ToUpperInvariant());
            Assert.True(filter.MayStartLike(w), w);
        }
    }

    [Fact]
    public void A_word_whose_first_and_last_letters_come_from_different_entries_is_ruled_out()
    {
        var filter = new WordShapeFilter(["ten", "one"]);
        Assert.False(filter.MayContain("the")); // t..3 is "ten", ..e/3 is "one": no entry has both
        Assert.False(filter.MayContain("tens")); // no entry of four letters
        Assert.False(filter.MayContain(""));
        Assert.True(filter.MayStartLike("tax"));
        Assert.False(filter.MayStartLike("ax"));
    }

    [Fact]
    public void A_non_ascii_word_passes_only_when_the_set_has_non_ascii_ends()
    {
        Assert.False(new WordShapeFilter(["cafe"]).MayContain("caf\u00E9"));
        Assert.True(new WordShapeFilter(["caf\u00E9"]).MayContain("\u00E9t\u00E9"));
    }
}
