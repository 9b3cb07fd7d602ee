using CopyLint.Core.Fixes;
using CopyLint.Core.Text;
using CopyLint.Rules.Tests.Infrastructure;

namespace CopyLint.Rules.Tests;

public sealed class CL0010NumeralStyleTests
{
    private const string Id = "CL0010";

    [Theory]
    [InlineData("[|12|] people attended the hearing.")]
    [InlineData("The team signed [|3|] new players.")]
    [InlineData("Fifteen of the [|twenty-two|] seats changed hands.")]
    [InlineData("The vote is on Nov. [|4th|].")]
    [InlineData("Prices rose [|3.456|]%.")]
    [InlineData("The meeting is on [|January|] 5.")]
    public void Flags_ap_numeral_style(string marked) => RuleAssert.Flags(Id, marked);

    [Theory]
    [InlineData("It also claimed, \u201CAfter each wave, 4-5 Koreans arrive on buggies.\u201D")]
    [InlineData("The boy, 7, has a sister, 10.")]
    [InlineData("The court ruled 5-4.")]
    [InlineData("2024 was a record year.")]
    [InlineData("Inflation was 3% in May.")]
    [InlineData("The wall is 6 feet tall.")]
    public void Silent_on_ap_exceptions(string text) => RuleAssert.Silent(Id, text);

    [Fact]
    public void Humanizer_reads_compound_number_words() =>
        Assert.Equal(22, Humanizer.WordsToNumberExtension.ToNumber("twenty-two", CopyLint.Core.Parsing.EnglishNumberCulture.Instance));

    [Fact]
    public void Is_off_by_default() => Assert.False(CopyLint.Rules.BuiltIn.Style.CL0010NumeralStyle.Rule.IsEnabledByDefault);

    [Theory]
    [InlineData("The team signed 3 new players.", "The team signed three new players.")]
    [InlineData("Fifteen of the twenty-two seats changed hands.", "Fifteen of the 22 seats changed hands.")]
    [InlineData("12 people attended the hearing.", "Twelve people attended the hearing.")]
    [InlineData("The meeting is on January 5.", "The meeting is on Jan. 5.")]
    public void Safe_fixes_use_humanizer_both_ways(string text, string expected)
    {
        var d = Assert.Single(RuleAssert.Run(text, Id));
        Assert.True(d.Fixes[0].IsSafe);
        var (fixedText, _, _) = FixApplier.Apply(SourceText.From(text), [d.Fixes[0]]);
        Assert.Equal(expected, fixedText.ToString());
    }
}
