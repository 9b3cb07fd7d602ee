using CopyLint.Rules.Declarative;

namespace CopyLint.Rules.Tests.Declarative;

public sealed class RequireAttributionRuleTests
{
    private static readonly DeclarativeRule Rule = new()
    {
        Id = "DESK020",
        Kind = DeclarativeRuleKind.RequireAttribution,
        Terms = ["poll shows", "survey found"],
        Patterns = [[PatternStep.Literal("rose"), PatternStep.Matching(@"\d+(\.\d+)?%?"), PatternStep.Literal("%", optional: true)]],
    };

    [Theory]
    [InlineData("A new [|poll shows|] most voters oppose the plan.")]
    [InlineData("The [|survey found|] that rents had doubled.")]
    [InlineData("Exports [|rose 12%|] in March.")]
    public void Flags_claims_without_a_source(string marked) => DeskRuleAssert.Flags(Rule, marked);

    [Theory]
    [InlineData("A new poll shows most voters oppose the plan, Gallup said on Monday.")]
    [InlineData("According to the ministry, exports rose 12% in March.")]
    [InlineData("Exports reportedly rose 12% in March.")]
    [InlineData("The statistics office released its figures on Monday. It said exports rose 12% in March.")]
    [InlineData("The trade ministry said: Exports rose 12% in March.")]
    public void Passes_with_attribution_hedge_or_carry_over(string text) => DeskRuleAssert.Silent(Rule, text);

    [Fact]
    public void One_finding_per_sentence()
    {
        var found = DeskRuleAssert.Run(Rule, "Exports rose 3% and imports rose 5%.");
        Assert.Single(found);
    }
}
