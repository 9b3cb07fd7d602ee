using CopyLint.Core.Diagnostics;
using CopyLint.Core.Fixes;
using CopyLint.Core.Text;
using CopyLint.Rules.Tests.Infrastructure;

namespace CopyLint.Rules.Tests;

public sealed class CL0008SuperlativeClaimTests
{
    private const string Id = "CL0008";

    [Theory]
    [InlineData("It was the [|deadliest|] attack on the city since the war.")]
    [InlineData("The company is the world's [|largest|] maker of memory chips.")]
    [InlineData("[|For the first time|], a woman will lead the army.")]
    [InlineData("Exports hit [|a record|] $70 billion in March.")]
    [InlineData("The decision is [|unprecedented|].")]
    [InlineData("She became the [|first-ever|] Korean to win the award.")]
    [InlineData("The bridge is [|the only|] crossing left open.")]
    public void Flags_unsourced_superlatives(string marked) => RuleAssert.Flags(Id, marked);

    [Fact]
    public void First_ever_gets_a_warning_and_a_safe_info_fix()
    {
        var text = "She became the first-ever Korean to win the award.";
        var found = RuleAssert.Run(text, Id);
        Assert.Contains(found, d => d.Severity == DiagnosticSeverity.Warning);
        var info = Assert.Single(found, d => d.Severity == DiagnosticSeverity.Info);
        Assert.True(info.Fixes[0].IsSafe);
        var (fixedText, _, _) = FixApplier.Apply(SourceText.From(text), [info.Fixes[0]]);
        Assert.Equal("She became the first Korean to win the award.", fixedText.ToString());
    }

    [Theory]
    [InlineData("On Nov. 4, Reuters reported that North Korean troops had engaged in combat for the first time.")]
    [InlineData("It was the deadliest attack on the city since the war, according to the U.N.")]
    [InlineData("Samsung, the world's largest memory chip maker by revenue, according to TrendForce, raised prices.")]
    [InlineData("Kim scored in the first half.")]
    [InlineData("At first, residents ignored the alarm.")]
    [InlineData("\u201CThis is the worst flood I have ever seen,\u201D said farmer Park Jin-su.")]
    [InlineData("The dollar fell to its lowest level since 1985.")]
    [InlineData("Sales were the highest in five years.")]
    [InlineData("Seoul is one of the largest cities in Asia.")]
    [InlineData("It is the only way to win.")]
    public void Silent_on_sourced_bounded_or_sequence_uses(string text) => RuleAssert.Silent(Id, text);
}
