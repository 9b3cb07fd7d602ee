using CopyLint.Core.Fixes;
using CopyLint.Core.Text;
using CopyLint.Rules.Tests.Infrastructure;

namespace CopyLint.Rules.Tests;

public sealed class CL0007UnbalancedQuotesTests
{
    private const string Id = "CL0007";

    [Theory]
    [InlineData("[|\u201C|]We are ready, the minister said.")]
    [InlineData("The mayor said the plan was [|\u201C|]dead on arrival.")]
    [InlineData("He called it a [|\u201D|]disaster\u201D.")]
    [InlineData("\u201CHe said [|\u201C|]no\u201D twice,\u201D Kim recalled.")]
    [InlineData("The agency [|(|]KCNA said the launch succeeded.")]
    [InlineData("[|\u201C|]We are ready, the minister said.\n\nThe vote is on Tuesday.")]
    [InlineData("The vote was close[|)|] and the motion failed.")]
    [InlineData("He said [|\"|]we are ready.")]
    public void Flags_marks_that_do_not_pair(string marked) => RuleAssert.Flags(Id, marked);

    [Theory]
    [InlineData("\u201CHere the Koreans are mixed with the Russians,\u201D read the message. It also claimed, \u201CAfter each wave, 4-5 Koreans arrive.\u201D")]
    [InlineData("Despite the claims, the video\u2019s poor quality obscures Russia\u2019s losses, and it\u2019s impossible to verify.")]
    [InlineData("\u201CFirst part of the statement.\n\n\u201CSecond part,\u201D he said.")]
    [InlineData("\u2018Single\u2019 inside \u201Cdouble \u2018nested\u2019 quote\u201D is fine.")]
    [InlineData("The \u201990s were different.")]
    [InlineData("Rock \u2019n\u2019 roll.")]
    [InlineData("The pipe is 12\" wide, the city (which owns it) said.")]
    [InlineData("He said \"we are ready\" twice.")]
    public void Silent_on_balanced_marks(string text) => RuleAssert.Silent(Id, text);

    [Fact]
    public void Misdirected_opening_mark_has_a_safe_fix()
    {
        var text = "He called it a \u201Ddisaster\u201D.";
        var d = RuleAssert.Run(text, Id).Single();
        var fix = d.Fixes[0];
        Assert.True(fix.IsSafe);
        var (fixedText, _, _) = FixApplier.Apply(SourceText.From(text), [fix]);
        Assert.Equal("He called it a \u201Cdisaster\u201D.", fixedText.ToString());
        Assert.Empty(RuleAssert.Run(fixedText.ToString(), Id));
    }

    [Fact]
    public void Nested_double_quotes_fix_uses_single_marks()
    {
        var text = "\u201CHe said \u201Cno\u201D twice,\u201D Kim recalled.";
        var d = RuleAssert.Run(text, Id).Single();
        var (fixedText, _, _) = FixApplier.Apply(SourceText.From(text), [d.Fixes[0]]);
        Assert.Equal("\u201CHe said \u2018no\u2019 twice,\u201D Kim recalled.", fixedText.ToString());
    }
}
