using CopyLint.Core.Parsing;
using CopyLint.Core.Syntax;
using CopyLint.Core.Text;

namespace CopyLint.Core.Tests.Parsing;

/// <summary>Which "N joiner M" pairs are one figure (a range) and which are two.</summary>
public sealed class NumberRangeTests
{
    private static string[] Numbers(string text)
    {
        var doc = ProseParser.Parse(SourceText.From(text), DocumentKind.PlainText);
        return doc.Numbers.Select(n => text.Substring(n.Span.Start, n.Span.Length)).ToArray();
    }

    [Theory]
    [InlineData("Between 15,000 and 20,000 couples go to court.", "15,000 and 20,000")]
    [InlineData("The Dublin dates on June 24 and 25 sold out.", "24 and 25")]
    [InlineData("Some 30 to 40 people attended.", "Some 30 to 40")]
    public void A_range_is_one_figure(string text, string expected) => Assert.Contains(expected, Numbers(text));

    [Fact]
    public void And_after_an_amount_with_a_currency_sign_joins_two_figures()
    {
        var numbers = Numbers("Shareholders lost about $180bn and 20,000 workers lost their jobs.");
        Assert.Equal(["about $180bn", "20,000"], numbers);
    }
}
