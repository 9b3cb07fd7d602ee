using CopyLint.Core.Diagnostics;
using CopyLint.Rules.Tests.Infrastructure;

namespace CopyLint.Rules.Tests;

public sealed class CL0005WeaselAttributionTests
{
    private const string Id = "CL0005";

    [Theory]
    [InlineData("[|Critics argue|] the law will chill free speech.")]
    [InlineData("[|Many experts believe|] the recession is over.")]
    [InlineData("[|It is widely believed that|] the governor will not run again.")]
    [InlineData("[|Some say|] the festival has lost its soul.")]
    [InlineData("The singer [|reportedly|] plans to retire.")]
    [InlineData("The plan [|is widely regarded as|] a failure.")]
    [InlineData("The economy is slowing, [|according to some analysts|].")]
    [InlineData("[|There are those who say|] the treaty is dead.")]
    public void Flags_vague_attribution_as_info(string marked)
    {
        var found = RuleAssert.Flags(Id, marked);
        Assert.All(found, d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
    }

    [Fact]
    public void Unnamed_studies_are_a_warning()
    {
        var found = RuleAssert.Flags(Id, "[|Studies show|] that remote workers are more productive.");
        Assert.Equal(DiagnosticSeverity.Warning, found[0].Severity);
    }

    [Theory]
    [InlineData("However, analysts have been quick to suggest that Ukraine may be attempting to leverage the media.\n\u201CThe timing could indicate an information operation,\u201D said Yang Uk, a researcher at the Asan Institute for Policy Studies.")]
    [InlineData("The footage comes more than one month following North Korean forces reportedly started operations in Russia\u2019s Kursk region. On Nov. 4, Reuters reported that North Korean troops had engaged in combat for the first time.")]
    [InlineData("Critics, including opposition leader Lee Jae-myung, argue the law will chill free speech.")]
    [InlineData("A 2023 study by Seoul National University found that remote workers were more productive.")]
    [InlineData("Analysts at Goldman Sachs expect two rate cuts.")]
    [InlineData("Military analysts remain cautious about confirming Ukraine\u2019s claims.")]
    [InlineData("The central bank will cut rates.\n\nMany economists believe inflation has peaked.\n\n\u201CPrices are falling,\u201D said Kim Jin-ho, an economist at Hana Bank.")]
    [InlineData("The singer reportedly plans to retire, the Daily Mail said.")]
    [InlineData("It is understood that the talks will resume.")]
    public void Silent_when_named_or_supported(string text) => RuleAssert.Silent(Id, text);

    [Fact]
    public void Support_outside_the_window_does_not_count()
    {
        var text = "The bank cut rates on Monday.\n\nMany economists believe inflation has peaked.\n\nMarkets rose.\n\nBonds fell.\n\nOil was flat.\n\n\u201CPrices are falling,\u201D said Kim Jin-ho, an economist at Hana Bank.";
        Assert.Single(RuleAssert.Run(text, Id));
    }
}
