using CopyLint.Core.Lexicons;
using CopyLint.Core.Tests.Infrastructure;

namespace CopyLint.Core.Tests.Lexicons;

/// <summary>
/// <see cref="Lexicon.OccursIn"/>: an entry starting at a word token of the range and ending within it, outside
/// quotations when asked; the range's end bounds a phrase as well as its start.
/// </summary>
public sealed class LexiconOccursInTests
{
    private static readonly Lexicon Cues = new("occurs-in-cues-" + Guid.NewGuid().ToString("N"), ["interest rates", "record"]);

    private static int TokenOf(Syntax.ProseDocument doc, string word)
    {
        for (int i = 0; i < doc.Tokens.Length; i++) if (doc.TokenIs(i, word)) return i;
        throw new InvalidOperationException($"no token '{word}'");
    }

    [Fact]
    public void Finds_a_phrase_in_the_range_in_any_casing()
    {
        var doc = Parse.Text("The bank left Interest Rates on hold at 4.75%.");
        Assert.True(Cues.OccursIn(doc, 0, doc.Tokens.Length, skipQuoted: true));
        Assert.True(Cues.OccursIn(doc, TokenOf(doc, "Interest"), TokenOf(doc, "on"), skipQuoted: false));
    }

    [Fact]
    public void A_phrase_cut_by_the_ranges_end_or_start_does_not_count()
    {
        var doc = Parse.Text("The bank left interest rates on hold.");
        int interest = TokenOf(doc, "interest");
        Assert.False(Cues.OccursIn(doc, 0, interest + 1, skipQuoted: false)); // "interest" alone
        Assert.False(Cues.OccursIn(doc, interest + 1, doc.Tokens.Length, skipQuoted: false)); // "rates" alone
    }

    [Fact]
    public void Quoted_entries_count_only_when_quotes_are_not_skipped()
    {
        var doc = Parse.Text("He said: \"It was a record year.\" Sales rose.");
        Assert.True(Cues.OccursIn(doc, 0, doc.Tokens.Length, skipQuoted: false));
        Assert.False(Cues.OccursIn(doc, 0, doc.Tokens.Length, skipQuoted: true));
    }

    [Fact]
    public void An_empty_range_or_a_text_without_entries_has_none()
    {
        var doc = Parse.Text("Sales rose in March.");
        Assert.False(Cues.OccursIn(doc, 0, doc.Tokens.Length, skipQuoted: false));
        Assert.False(Cues.OccursIn(doc, 2, 2, skipQuoted: false));
    }
}
