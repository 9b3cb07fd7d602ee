using CopyLint.Rules.Declarative;

namespace CopyLint.Rules.Tests.Declarative;

public sealed class RequireHedgeRuleTests
{
    private static readonly DeclarativeRule Rule = new()
    {
        Id = "DESK030",
        Kind = DeclarativeRuleKind.RequireHedge,
        Terms = ["massacre", "war crime"],
        Inflections = true,
    };

    [Theory]
    [InlineData("The [|massacre|] left the village empty.")]
    [InlineData("Soldiers [|massacred|] dozens of civilians.")]
    [InlineData("The shelling was a [|war crime|].")]
    public void Flags_unhedged_labels(string marked) => DeskRuleAssert.Flags(Rule, marked);

    [Theory]
    [InlineData("The alleged massacre left the village empty.")]
    [InlineData("The massacre left the village empty, residents said.")]
    [InlineData("Soldiers massacred dozens of civilians. The claim could not be independently verified.")]
    [InlineData("The shelling was possibly a war crime.")]
    public void Passes_with_hedge_attribution_or_disclaimer(string text) => DeskRuleAssert.Silent(Rule, text);
}
