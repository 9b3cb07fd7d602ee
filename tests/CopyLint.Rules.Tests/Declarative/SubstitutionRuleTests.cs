using CopyLint.Core.Fixes;
using CopyLint.Core.Text;
using CopyLint.Rules.Declarative;

namespace CopyLint.Rules.Tests.Declarative;

public sealed class SubstitutionRuleTests
{
    private static readonly DeclarativeRule Rule = new()
    {
        Id = "DESK010",
        Kind = DeclarativeRuleKind.Substitution,
        Replacements = [new Replacement(["per cent", "per centum"], "percent"), new Replacement(["Kiev"], "Kyiv")],
    };

    [Theory]
    [InlineData("Prices rose 4 [|per cent|].", "Prices rose 4 percent.")]
    [InlineData("[|Per cent|] figures were revised.", "Percent figures were revised.")]
    [InlineData("PRICES UP 4 [|PER CENT|]", "PRICES UP 4 PERCENT")]
    [InlineData("Troops left [|Kiev|] and [|kiev|].", "Troops left Kyiv and Kyiv.")]
    public void Flags_and_fixes_preserving_capitalisation(string marked, string expected)
    {
        var found = DeskRuleAssert.Flags(Rule, marked);
        Assert.All(found, d => Assert.True(HouseFix(d).IsSafe));
        var text = SourceText.From(Infrastructure.MarkedCase.Parse(marked).Text);
        var (fixedText, applied, _) = FixApplier.Apply(text, found.Select(HouseFix));
        Assert.Equal(found.Count, applied);
        Assert.Equal(expected, fixedText.ToString());
        DeskRuleAssert.Silent(Rule, fixedText.ToString());
    }

    private static CodeFix HouseFix(Core.Diagnostics.Diagnostic d) => d.Fixes.Single(f => f.EquivalenceKey == Rule.Id);

    [Fact]
    public void Message_names_the_replacement()
    {
        var d = Assert.Single(DeskRuleAssert.Run(Rule, "It fell 3 per cent."));
        Assert.Equal("House style: use 'percent' instead of 'per cent'", d.Message);
    }

    [Fact]
    public void Leaves_house_style_alone() => DeskRuleAssert.Silent(Rule, "Prices rose 4 percent in Kyiv.");

    [Fact]
    public void A_replacement_that_is_also_found_is_rejected()
    {
        var ex = Assert.Throws<DeclarativeRuleException>(() => DeclarativeRuleCompiler.Compile(Rule with { Replacements = [new Replacement(["Email", "e-mail"], "email")] }));
        Assert.Equal("replacements[0]", ex.Field);
    }
}
