using CopyLint.Core.Parsing;
using CopyLint.Core.Syntax;
using CopyLint.Core.Text;

namespace CopyLint.Core.Tests.Parsing;

public class SentenceOfTokenTests
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
}
