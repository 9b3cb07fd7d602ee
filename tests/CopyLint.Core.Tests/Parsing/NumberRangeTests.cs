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
    [InlineData("It will pay between $1bn and $3bn in stock.", "$1bn and $3bn")]
    public void A_range_is_one_figure(string text, string expected) => Assert.Contains(expected, Numbers(text));

    [Fact]
    public void And_after_an_amount_with_a_currency_sign_joins_two_figures()
    {
        var numbers = Numbers("Shareholders lost about $180bn and 20,000 workers lost their jobs.");
        Assert.Equal(["about $180bn", "20,000"], numbers);
    }

    [Fact]
    public void Two_signed_amounts_outside_between_are_two_figures() =>
        Assert.Equal(["$64.8m", "$45.1m"], Numbers("Democratic groups raised $64.8m to $45.1m for Republican groups."));
}
