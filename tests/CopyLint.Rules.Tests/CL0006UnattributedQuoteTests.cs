using CopyLint.Core.Diagnostics;
using CopyLint.Core.Fixes;
using CopyLint.Core.Text;
using CopyLint.Rules.Tests.Infrastructure;

namespace CopyLint.Rules.Tests;

public sealed class CL0006UnattributedQuoteTests
{
    private const string Id = "CL0006";

    [Theory]
    [InlineData("The council met on Monday.\n\n[|\u201CWe will not back down.\u201D|]")]
    [InlineData("The plan drew anger. [|\u201CThis is theft in broad daylight.\u201D|]")]
    [InlineData("Residents were furious. [|\u201CNobody warned us the dam would open.\u201D|]")]
    [InlineData("[|\u201CPrices will fall by summer, and wages will follow.\u201D|]\n\nThe council approved the budget on Tuesday.")]
    [InlineData("Kim and Lee met on Monday. [|\u201CIt is nowhere near done.\u201D|]")]
    [InlineData("\u201CWe object to the whole plan,\u201D Kim said. \u201CWe were never asked about it,\u201D Lee added.\n\n[|\u201CThe vote was rigged from the start.\u201D|]")]
    public void Flags_quotes_without_a_speaker(string marked)
    {
        var found = RuleAssert.Flags(Id, marked);
        Assert.All(found, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
    }

    [Fact]
    public void Three_sentence_quote_tagged_at_the_end_is_info()
    {
        var found = RuleAssert.Flags(Id, "[|\u201CWe tried. We failed. We will try again,\u201D|] she said.");
        Assert.Equal(DiagnosticSeverity.Info, found[0].Severity);
    }

    [Theory]
    [InlineData("\u201CHere the Koreans are mixed with the Russians, once again going on the attack together with the snow, like cockroaches,\u201D read the accompanying message from the channel.")]
    [InlineData("\u201CNorth Korean troops have suffered sanitary and irreversible losses as a result of fire attacks by the Ukrainian Security and Defense Forces,\u201D the DIU added.")]
    [InlineData("Ukrainian President Volodymyr Zelenskyy also addressed the issue during a speech on Saturday, saying, \u201CWe already have preliminary data that the Russians have begun to use North Korean soldiers in their assaults \u2014 a significant number of them,\u201D without providing further details.")]
    [InlineData("\u201CThe timing could indicate an information operation,\u201D said Yang Uk, a researcher at the Asan Institute for Policy Studies. \u201CGiven the current phase of combat, where most forces are engaged in heavy offensives, it\u2019s not unusual to release footage of casualties and such material.\u201D")]
    [InlineData("\u201CThe focus on Kursk shows that Russia is reinforcing its positions with North Korean troops. For Ukraine, which needs to expand control in the region, this situation has become increasingly difficult,\u201D he added.")]
    [InlineData("The council called the plan \u201Ca betrayal.\u201D")]
    [InlineData("Lee said:\n\n\u201CWe were never consulted.\u201D")]
    [InlineData("\u201CThe first part of the statement is here.\n\n\u201CThe second part follows now,\u201D he said.")]
    [InlineData("The economy will grow, according to Kim, who said \u201Cthe worst is now behind us.\u201D")]
    public void Silent_on_attributed_quotes_and_terms(string text) => RuleAssert.Silent(Id, text);

    [Fact]
    public void Speaker_tag_fix_turns_the_period_into_a_comma()
    {
        var c = MarkedCase.Parse("The plan drew anger. \u201CThis is theft in broad daylight.\u201D");
        var d = RuleAssert.Run(c.Text, Id).Single();
        var fix = d.Fixes.First(f => !f.Title.StartsWith("Suppress", StringComparison.Ordinal));
        Assert.False(fix.IsSafe);
        var (text, _, _) = FixApplier.Apply(SourceText.From(c.Text), [fix]);
        Assert.Equal("The plan drew anger. \u201CThis is theft in broad daylight,\u201D <speaker> said.", text.ToString());
    }
}
