using CopyLint.Core.Fixes;
using CopyLint.Core.Text;
using CopyLint.Rules.Tests.Infrastructure;

namespace CopyLint.Rules.Tests;

public sealed class CL0011TimeElementTests
{
    private const string Id = "CL0011";

    [Theory]
    [InlineData("The minister resigned [|yesterday|].")]
    [InlineData("The court will rule [|tomorrow|].")]
    [InlineData("The vote is scheduled for [|next Tuesday|].")]
    [InlineData("The fire broke out at 3 [|a.m. this morning|].")]
    [InlineData("Talks resume [|tonight|] at 8 [|p.m. tonight|].")]
    [InlineData("The deadline was extended to March [|3rd|].")]
    public void Flags_relative_and_redundant_time(string marked) => RuleAssert.Flags(Id, marked);

    [Theory]
    [InlineData("On Sunday, the 414th Unmanned Strike Aviation Systems Regiment of Ukraine shared drone footage.")]
    [InlineData("Ukrainian President Volodymyr Zelenskyy also addressed the issue during a speech on Saturday.")]
    [InlineData("\u201CI will decide tomorrow,\u201D he said.")]
    [InlineData("The law takes effect Jan. 1.")]
    [InlineData("Today's Korea is very different from the 1980s.")]
    [InlineData("The minister resigned Monday.")]
    [InlineData("Today, plague infections are rare.")]
    [InlineData("Nobody knows why the universe looks as it is today.")]
    [InlineData("LOS ANGELES, Feb 26 - The company said today it would cut 500 jobs.")]
    public void Silent_on_days_dates_quotes_and_nowadays(string text) => RuleAssert.Silent(Id, text);

    [Theory]
    [InlineData("The vote is scheduled for next Tuesday.", "The vote is scheduled for Tuesday.")]
    [InlineData("The fire broke out at 3 a.m. this morning.", "The fire broke out at 3 a.m..")]
    [InlineData("The deadline was extended to March 3rd.", "The deadline was extended to March 3.")]
    [InlineData("Lunch is at 12 noon.", "Lunch is at noon.")]
    public void Mechanical_rewrites_are_safe_fixes(string text, string expected)
    {
        var d = Assert.Single(RuleAssert.Run(text, Id));
        Assert.True(d.Fixes[0].IsSafe);
        var (fixedText, _, _) = FixApplier.Apply(SourceText.From(text), [d.Fixes[0]]);
        Assert.Equal(expected, fixedText.ToString());
    }
}
