using CopyLint.Rules.Declarative;

namespace CopyLint.Rules.Tests.Declarative;

public sealed class PatternRuleTests
{
    private static DeclarativeRule Rule(params PatternStep[][] patterns) => new() { Id = "DESK050", Kind = DeclarativeRuleKind.Pattern, Patterns = patterns };

    private static readonly DeclarativeRule Absolute = Rule([PatternStep.Matching("very|quite|most"), PatternStep.Matching("unique|unprecedented")]);

    [Theory]
    [InlineData("It was a [|very unique|] event.")]
    [InlineData("The move is [|most unprecedented|].")]
    public void Flags_token_sequences(string marked) => DeskRuleAssert.Flags(Absolute, marked);

    [Theory]
    [InlineData("It was a unique event.")]
    [InlineData("It was very unusual.")]
    [InlineData("Uniqueness is very overrated.")]
    public void Regex_pieces_match_whole_tokens(string text) => DeskRuleAssert.Silent(Absolute, text);

    [Fact]
    public void Optional_and_any_steps()
    {
        var rule = Rule([PatternStep.Literal("the"), PatternStep.AnyToken(optional: true), PatternStep.Literal("fact"), PatternStep.Literal("that")]);
        DeskRuleAssert.Flags(rule, "He ignored [|the fact that|] it rained, and [|the simple fact that|] it snowed.");
        DeskRuleAssert.Silent(rule, "He ignored the very simple fact that it rained.");
    }

    [Fact]
    public void Longest_match_wins()
    {
        var rule = Rule([PatternStep.Literal("rose"), PatternStep.Matching(@"\d+"), PatternStep.Literal("percent", optional: true)]);
        var d = Assert.Single(DeskRuleAssert.Run(rule, "Sales rose 5 percent."));
        Assert.Equal("rose 5 percent", "Sales rose 5 percent.".Substring(d.Span.Start, d.Span.Length));
    }

    [Fact]
    public void Many_optional_steps_do_not_blow_up()
    {
        var steps = Enumerable.Repeat(PatternStep.AnyToken(optional: true), DeclarativeLimits.MaxPatternSteps - 1).Append(PatternStep.Literal("zebra")).ToArray();
        var text = string.Join(' ', Enumerable.Repeat("word", 5000)) + " zebra.";
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var found = DeskRuleAssert.Run(Rule(steps), text, ct: cts.Token);
        Assert.NotEmpty(found);
    }

    [Fact]
    public void Patterns_need_a_required_step()
    {
        var ex = Assert.Throws<DeclarativeRuleException>(() => DeclarativeRuleCompiler.Compile(Rule([PatternStep.Literal("a", optional: true)])));
        Assert.Equal("patterns[0]", ex.Field);
    }
}
