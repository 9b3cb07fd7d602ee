using CopyLint.Core.Parsing;
using CopyLint.Core.Syntax;
using CopyLint.Core.Text;

namespace CopyLint.Core.Tests.Parsing;

/// <summary>From a token or a sentence to what belongs to it: the binary searches rules use instead of per-token arrays.</summary>
public class SentenceLookupTests
{
    [Fact]
    public void Every_token_maps_to_the_sentence_that_holds_it_and_dateline_tokens_to_none()
    {
        var doc = ProseParser.Parse(SourceText.From(
            "Headline about a fire\n\nSEOUL -- Three people died on Monday. Police said the fire began at night.\n\nThe mayor said: \"We will rebuild.\" Work starts soon."),
            DocumentKind.PlainText);
        Assert.True(doc.Sentences.Count >= 4);
        var expected = Enumerable.Repeat(-1, doc.Tokens.Length).ToArray();
        foreach (var s in doc.Sentences)
            for (int k = s.FirstToken; k < s.EndToken; k++) expected[k] = s.Index;
        for (int i = 0; i < doc.Tokens.Length; i++) Assert.Equal(expected[i], doc.SentenceOfToken(i));
        Assert.Contains(-1, expected); // the dateline's tokens belong to no sentence
        Assert.Equal(-1, doc.SentenceOfToken(-1));
        Assert.Equal(-1, doc.SentenceOfToken(doc.Tokens.Length));
    }

    [Fact]
    public void The_number_range_of_a_sentence_holds_exactly_its_numbers()
    {
        var doc = ProseParser.Parse(SourceText.From(
            "About 500 people fled and 20 died. Nobody spoke.\n\nThe toll rose to 30, officials said, from 12 on Monday."),
            DocumentKind.PlainText);
        Assert.True(doc.Sentences.Count >= 3 && doc.Numbers.Count >= 4);
        foreach (var s in doc.Sentences)
        {
            var (start, end) = doc.NumberRangeOfSentence(s.Index);
            var expected = Enumerable.Range(0, doc.Numbers.Count).Where(k => doc.Numbers[k].Sentence == s.Index).ToList();
            Assert.Equal(expected, Enumerable.Range(start, end - start).ToList());
            Assert.Equal(expected.Select(k => doc.Numbers[k]), doc.NumbersInSentence(s.Index));
        }
        Assert.Equal((0, 0), doc.NumberRangeOfSentence(1)); // "Nobody spoke." has none
    }
}
