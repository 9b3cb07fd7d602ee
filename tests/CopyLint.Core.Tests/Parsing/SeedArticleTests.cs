using CopyLint.Core.Parsing;
using CopyLint.Core.Syntax;
using CopyLint.Core.Tests.Infrastructure;
using CopyLint.Core.Text;
using Xunit.Abstractions;

namespace CopyLint.Core.Tests.Parsing;

/// <summary>Spans on the seed article (../shared/samples/seed-article.txt), as rules-spec.md §7 walks through it.</summary>
public sealed class SeedArticleTests(ITestOutputHelper output)
{
    private ProseDocument? Seed()
    {
        var path = SharedData.PathTo("samples/seed-article.txt");
        if (path is null)
        {
            output.WriteLine("SKIPPED: ../shared/samples/seed-article.txt is absent.");
            return null;
        }
        return ProseParser.Parse(SourceText.From(File.ReadAllBytes(path)), DocumentKind.PlainText);
    }

    private static string At(ProseDocument doc, TextSpan span) => doc.Text.ToString(span);

    [Fact]
    public void Sixteen_paragraphs_one_per_line()
    {
        if (Seed() is not { } doc) return;
        Assert.Equal(16, doc.Paragraphs.Count);
        for (int p = 0; p < 16; p++)
            Assert.Equal(doc.Text.ToString(doc.Text.GetLineSpan(p)), At(doc, doc.Paragraphs[p].Span));
    }

    [Fact]
    public void Month_abbreviation_does_not_end_a_sentence_but_a_date_at_the_end_does()
    {
        if (Seed() is not { } doc) return;
        var sentences = Parse.SentenceTexts(doc);
        Assert.Contains("On Nov. 4, Reuters reported that North Korean troops had engaged in combat for the first time.", sentences);
        Assert.Contains("They reported that North Korean troops killed over 300 Ukrainian soldiers and captured a village on Dec. 6.", sentences);
        var p5 = doc.Paragraphs[4];
        Assert.Equal(3, p5.SentenceCount);
        var p11 = doc.Paragraphs[10];
        Assert.Equal(2, p11.SentenceCount);
        Assert.Equal("Pro-Russian military bloggers have also claimed North Korean involvement in the Kursk region.", At(doc, doc.Sentences[p11.FirstSentence].Span));
    }

    [Fact]
    public void Every_sentence_lies_inside_its_paragraph_and_sentences_do_not_overlap()
    {
        if (Seed() is not { } doc) return;
        Assert.Null(TreeInvariants.Check(doc));
        for (int s = 1; s < doc.Sentences.Count; s++)
            Assert.True(doc.Sentences[s - 1].Span.End <= doc.Sentences[s].Span.Start);
    }

    [Fact]
    public void Paragraph_three_has_two_balanced_double_quotes()
    {
        if (Seed() is not { } doc) return;
        var quotes = doc.QuotesInParagraph(2).ToList();
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => { Assert.True(q.IsClosed); Assert.False(q.IsSingle); });
        Assert.StartsWith("\u201CHere the Koreans", At(doc, quotes[0].Span));
        Assert.EndsWith("like cockroaches,\u201D", At(doc, quotes[0].Span));
        Assert.Equal("\u201CAfter each wave, 4-5 Koreans arrive on buggies to collect and line up the bodies\u2026 and to mask the faces of the dead.\u201D", At(doc, quotes[1].Span));
        Assert.StartsWith("After each wave", At(doc, quotes[1].Content));
        Assert.False(quotes[1].IsTerm);
    }

    [Theory]
    [InlineData("video\u2019s")]
    [InlineData("Russia\u2019s")]
    [InlineData("it\u2019s")]
    [InlineData("Ukraine\u2019s")]
    public void Apostrophes_are_part_of_words_not_quotes(string word)
    {
        if (Seed() is not { } doc) return;
        var text = doc.Text.ToString();
        int at = text.IndexOf(word, StringComparison.Ordinal);
        Assert.True(at >= 0);
        int apostrophe = at + word.IndexOf('\u2019');
        Assert.DoesNotContain(doc.Quotes, q => q.IsSingle);
        Assert.DoesNotContain(doc.Quotes, q => q.Span.Start == apostrophe || q.Span.End == apostrophe + 1);
        var token = doc.Tokens[doc.TokenAtOrAfter(at)];
        Assert.Equal(new TextSpan(at, word.Length), token.Span);
        Assert.True(token.Is(TokenFlags.Apostrophe));
    }

    [Fact]
    public void All_seven_double_quotations_pair()
    {
        if (Seed() is not { } doc) return;
        Assert.Equal(7, doc.Quotes.Count);
        Assert.All(doc.Quotes, q => Assert.True(q.IsClosed));
    }

    [Theory]
    [InlineData("about 20", "20", NumberForm.Digits | NumberForm.Approximate, 20)]
    [InlineData("approximately 200", "200", NumberForm.Digits | NumberForm.Approximate, 200)]
    [InlineData("around 11,000", "11,000", NumberForm.Digits | NumberForm.Grouped | NumberForm.Approximate, 11000)]
    [InlineData("50,000", "50,000", NumberForm.Digits | NumberForm.Grouped, 50000)]
    [InlineData("over 300", "300", NumberForm.Digits | NumberForm.Approximate, 300)]
    public void Numbers_have_the_right_spans_forms_and_values(string spanText, string valueText, NumberForm form, double value)
    {
        if (Seed() is not { } doc) return;
        var n = Parse.Number(doc, spanText);
        Assert.Equal(valueText, At(doc, n.ValueSpan));
        Assert.Equal(form, n.Form);
        Assert.Equal(value, n.Value);
        Assert.Same(n, doc.Numbers[n.Index]);
    }

    [Fact]
    public void The_range_4_5_is_one_number_inside_a_quote()
    {
        if (Seed() is not { } doc) return;
        var n = Parse.Number(doc, "4-5");
        Assert.True(n.Form.HasFlag(NumberForm.Range), n.Form.ToString());
        Assert.True(n.IsInQuote);
        Assert.Equal("Koreans", doc.TokenString(n.NextToken));
    }

    [Fact]
    public void The_414th_is_an_ordinal()
    {
        if (Seed() is not { } doc) return;
        var n = Parse.Number(doc, "414th");
        Assert.True(n.Form.HasFlag(NumberForm.Ordinal), n.Form.ToString());
        Assert.Equal(414, n.Value);
    }

    [Fact]
    public void The_email_in_the_byline_is_masked_and_yields_no_number()
    {
        if (Seed() is not { } doc) return;
        var text = doc.Text.ToString();
        var email = "seo.jieun1@joongang.co.kr";
        int at = text.IndexOf(email, StringComparison.Ordinal);
        var emailSpan = new TextSpan(at, email.Length);
        Assert.DoesNotContain(doc.Numbers, n => n.Span.OverlapsWith(emailSpan));
        Assert.DoesNotContain(doc.Tokens, t => t.Span.OverlapsWith(emailSpan));
        Assert.Contains(doc.AllTokens, t => t.Kind == SyntaxKind.Masked && t.Span == emailSpan);
        Assert.Equal(new string(' ', email.Length), doc.Prose.Substring(at, email.Length));
    }

    [Fact]
    public void The_last_line_is_a_personal_byline()
    {
        if (Seed() is not { } doc) return;
        var last = doc.Paragraphs[^1];
        Assert.Equal(BylineKind.Personal, last.Byline);
        Assert.Equal(ParagraphRole.Byline, last.Role);
        Assert.All(doc.Paragraphs.Take(15), p => Assert.Equal(BylineKind.None, p.Byline));
    }

    [Fact]
    public void The_month_numbers_and_durations_are_all_the_numbers_there_are()
    {
        if (Seed() is not { } doc) return;
        // The seed's numeric expressions, in order (rules-spec.md §7): nothing more, nothing less.
        Assert.Equal(["414th", "about 20", "4-5", "more than one", "4", "50,000", "approximately 200", "around 11,000", "over 300", "6"],
            Parse.NumberTexts(doc));
    }
}
