using CopyLint.Core.Syntax;
using CopyLint.Core.Tests.Infrastructure;

namespace CopyLint.Core.Tests.Parsing;

/// <summary>The hard cases of rules-spec.md §8 that concern the tree: numbers, apostrophes, quotes, abbreviations.</summary>
public sealed class HardCaseTests
{
    [Theory]
    [InlineData("The firm raised US$500 mln last year.", "US$500 mln", "500 mln", NumberForm.Money | NumberForm.Scaled, 500e6)]
    [InlineData("Exports reached 1.2 trillion won in May.", "1.2 trillion won", "1.2 trillion", NumberForm.Money | NumberForm.Scaled | NumberForm.Decimal, 1.2e12)]
    [InlineData("Sales rose 32 pct on the year.", "32 pct", "32", NumberForm.Percent, 32.0)]
    [InlineData("Sales rose 4.1% on the year.", "4.1%", "4.1", NumberForm.Percent | NumberForm.Decimal, 4.1)]
    [InlineData("Sales rose 12 percent on the year.", "12 percent", "12", NumberForm.Percent, 12.0)]
    [InlineData("The budget is W180 billion this year.", "W180 billion", "W180 billion", NumberForm.Money | NumberForm.Scaled, 180e9)]
    [InlineData("It cost $4bn to build.", "$4bn", "4bn", NumberForm.Money | NumberForm.Scaled, 4e9)]
    public void Money_percent_and_scales(string text, string span, string value, NumberForm mustHave, double? expected)
    {
        var doc = Parse.Text(text);
        var n = Parse.Number(doc, span);
        Assert.Equal(value, doc.Text.ToString(n.ValueSpan));
        Assert.True((n.Form & mustHave) == mustHave, $"form {n.Form} lacks {mustHave}");
        Assert.NotNull(n.Value);
        Assert.Equal(expected!.Value, n.Value.Value, 6);
    }

    [Fact]
    public void Tens_of_thousands_is_one_vague_quantity()
    {
        var doc = Parse.Text("Tens of thousands of people marched on Sunday.");
        var n = Parse.Number(doc, "Tens of thousands");
        Assert.True(n.Form.HasFlag(NumberForm.Vague));
        Assert.True(n.Value >= 10_000);
        Assert.Equal("of", doc.TokenString(n.NextToken));
    }

    [Theory]
    [InlineData("Dozens of homes were destroyed.", "Dozens")]
    [InlineData("Hundreds of flights were cancelled.", "Hundreds")]
    public void Plural_scale_words_are_vague_quantities(string text, string span)
    {
        var doc = Parse.Text(text);
        Assert.True(Parse.Number(doc, span).Form.HasFlag(NumberForm.Vague));
    }

    [Fact]
    public void A_significant_number_is_not_a_number()
    {
        var doc = Parse.Text("They sent a significant number of them.");
        Assert.Empty(doc.Numbers);
    }

    [Fact]
    public void A_third_of_is_a_fraction()
    {
        var doc = Parse.Text("A third of the votes were counted.");
        var n = Parse.Number(doc, "third");
        Assert.True(n.Form.HasFlag(NumberForm.Fraction));
        Assert.Equal(1 / 3.0, n.Value!.Value, 6);
    }

    [Theory]
    [InlineData("twenty-five", 25)]
    [InlineData("three hundred", 300)]
    [InlineData("two million", 2_000_000)]
    public void Spelled_out_numbers_are_read_through_humanizer(string words, double value)
    {
        var doc = Parse.Text($"Police said {words} people were hurt.");
        var n = Parse.Number(doc, words);
        Assert.True(n.Form.HasFlag(NumberForm.Words));
        Assert.Equal(value, n.Value);
    }

    [Fact]
    public void Decade_with_a_leading_apostrophe_is_not_a_quote()
    {
        var doc = Parse.Text("Music from the \u201990s was played all night by the band.");
        Assert.Empty(doc.Quotes);
        var n = Parse.Number(doc, "90s");
        Assert.True(n.Form.HasFlag(NumberForm.Alphanumeric));
    }

    [Fact]
    public void Rock_n_roll_apostrophes_are_not_quotes()
    {
        var doc = Parse.Text("He loved rock \u2019n\u2019 roll and the blues.");
        Assert.Empty(doc.Quotes);
        Assert.Single(doc.Sentences);
    }

    [Fact]
    public void A_quote_spanning_paragraphs_continues_and_closes()
    {
        var doc = Parse.Text(
            "\u201CWe will rebuild the bridge before winter,\u201D the mayor said. \u201CThe money is there.\n\n" +
            "\u201CAnd the contractors are ready to start on Monday,\u201D she added.");
        Assert.Equal(2, doc.Paragraphs.Count);
        Assert.True(doc.Paragraphs[0].EndsInsideQuote);
        var open = doc.Quotes.Single(q => !q.IsClosed);
        Assert.Equal(0, open.Paragraph);
        Assert.Equal("\u201CThe money is there.", doc.Text.ToString(open.Span));
        var continued = doc.Quotes.Single(q => q.ContinuesPrevious);
        Assert.Equal(1, continued.Paragraph);
        Assert.True(continued.IsClosed);
        Assert.StartsWith("\u201CAnd the contractors", doc.Text.ToString(continued.Span));
    }

    [Fact]
    public void Em_dash_and_ellipsis_inside_a_quote_break_neither_pairing_nor_sentences()
    {
        var doc = Parse.Text("He said, \u201CWe saw the bodies\u2026 and the trucks \u2014 a significant number of them,\u201D without details. Then he left.");
        var q = Assert.Single(doc.Quotes);
        Assert.True(q.IsClosed);
        Assert.Equal("\u201CWe saw the bodies\u2026 and the trucks \u2014 a significant number of them,\u201D", doc.Text.ToString(q.Span));
        Assert.Equal(["He said, \u201CWe saw the bodies\u2026 and the trucks \u2014 a significant number of them,\u201D without details.", "Then he left."],
            Parse.SentenceTexts(doc));
    }

    [Fact]
    public void Straight_double_quotes_pair_by_toggling()
    {
        var doc = Parse.Text("\"We are leaving the city tonight,\" he said. \"All of us.\"");
        Assert.Equal(2, doc.Quotes.Count);
        Assert.All(doc.Quotes, q => Assert.True(q.IsClosed));
        Assert.Equal("\"All of us.\"", doc.Text.ToString(doc.Quotes[1].Span));
    }

    [Fact]
    public void Single_curly_quotes_at_a_word_start_are_quotes()
    {
        var doc = Parse.Text("The sign read \u2018no entry for anyone at all\u2019 in red.");
        var q = Assert.Single(doc.Quotes);
        Assert.True(q.IsSingle);
        Assert.Equal("\u2018no entry for anyone at all\u2019", doc.Text.ToString(q.Span));
    }

    [Theory]
    [InlineData("The U.S. Army said it would leave. The talks ended.", new[] { "The U.S. Army said it would leave.", "The talks ended." })]
    [InlineData("Mr. Smith met Dr. Jones on Friday. They talked.", new[] { "Mr. Smith met Dr. Jones on Friday.", "They talked." })]
    [InlineData("The meeting starts at 9 a.m. Monday in Seoul. It ends at noon.", new[] { "The meeting starts at 9 a.m. Monday in Seoul.", "It ends at noon." })]
    [InlineData("Troops left the U.S. The talks ended.", new[] { "Troops left the U.S.", "The talks ended." })]
    [InlineData("Is it over? Yes! It is.", new[] { "Is it over?", "Yes!", "It is." })]
    [InlineData("He said, \u201CIt is over.\u201D Then he left.", new[] { "He said, \u201CIt is over.\u201D", "Then he left." })]
    [InlineData("The plan cost 3.5 million. It failed.", new[] { "The plan cost 3.5 million.", "It failed." })]
    [InlineData("They moved to Calif. in June and stayed.", new[] { "They moved to Calif. in June and stayed." })]
    [InlineData("John F. Kennedy was shot in 1963.", new[] { "John F. Kennedy was shot in 1963." })]
    public void Abbreviations_and_sentence_ends(string text, string[] sentences)
    {
        var doc = Parse.Text(text);
        Assert.Equal(sentences, Parse.SentenceTexts(doc));
    }

    [Theory]
    [InlineData("U.S.")]
    [InlineData("a.m.")]
    [InlineData("e.g.")]
    public void Dotted_abbreviations_are_one_token(string abbreviation)
    {
        var doc = Parse.Text($"It was {abbreviation} and more.");
        Assert.Contains(doc.Tokens, t => doc.Text.ToString(t.Span) == abbreviation);
    }

    [Theory]
    [InlineData("See covid19.go.kr for the rules.", "covid19.go.kr")]
    [InlineData("Follow @user123 for news.", "@user123")]
    [InlineData("Read https://example.com/a/2024/story-1 today.", "https://example.com/a/2024/story-1")]
    [InlineData("Mail jane.doe2@example.org now.", "jane.doe2@example.org")]
    public void Urls_emails_and_handles_are_masked_so_their_digits_are_no_numbers(string text, string masked)
    {
        var doc = Parse.Text(text);
        int at = text.IndexOf(masked, StringComparison.Ordinal);
        Assert.Contains(doc.AllTokens, t => t.Kind == SyntaxKind.Masked && t.Span.Start == at && t.Span.Length == masked.Length);
        Assert.Empty(doc.Numbers);
    }
}
