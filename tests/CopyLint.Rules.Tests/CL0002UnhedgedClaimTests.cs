using CopyLint.Core.Diagnostics;
using CopyLint.Core.Text;
using CopyLint.Rules.Tests.Infrastructure;

namespace CopyLint.Rules.Tests;

public sealed class CL0002UnhedgedClaimTests
{
    private const string Id = "CL0002";

    [Theory]
    [InlineData("[|Park embezzled 3 billion won from the foundation.|]")]
    [InlineData("[|The teacher molested three students between 2019 and 2021.|]")]
    [InlineData("[|Lee stole the chip designs and sold them to a rival.|]")]
    [InlineData("[|Russian troops executed 15 prisoners near the village.|]")]
    [InlineData("[|The militants shot down two helicopters over the valley.|]")]
    [InlineData("[|The video shows soldiers firing on the crowd.|]")]
    [InlineData("[|A clip circulating on Telegram shows the mayor accepting an envelope of cash.|]")]
    public void Flags_claims_stated_as_fact(string marked) => RuleAssert.Flags(Id, marked);

    [Fact]
    public void Prenominal_label_is_a_warning_on_the_label()
    {
        var found = RuleAssert.Flags(Id, "[|Accused killer|] John Smith appeared in court Monday.");
        Assert.Equal(DiagnosticSeverity.Warning, found[0].Severity);
    }

    [Theory]
    [InlineData("On Sunday, the 414th Unmanned Strike Aviation Systems Regiment of Ukraine shared drone footage via its Telegram channel, allegedly showing about 20 bodies, reportedly Russian and North Korean soldiers, lying in a row after being killed in combat.")]
    [InlineData("The footage also depicts what appears to be a Russian military truck carrying corpses, which it later discards along a roadside after spotting a drone tracking it.")]
    [InlineData("They reported that North Korean troops killed over 300 Ukrainian soldiers and captured a village on Dec. 6.")]
    [InlineData("Despite the claims, the video\u2019s poor quality and heavy snowfall obscure the bodies, making it impossible to verify if they are indeed North Korean soldiers.")]
    [InlineData("Kursk has been a fiercely contested area, with Russian forces struggling to regain control after Ukrainian counterattacks.")]
    [InlineData("Park is accused of embezzling 3 billion won from the foundation, prosecutors said.")]
    [InlineData("Smith was convicted of murder in 2019 and sentenced to life in prison.")]
    [InlineData("The video, which could not be independently verified, appears to show soldiers firing on the crowd.")]
    [InlineData("A video posted on X shows the bridge collapsing. Reuters verified the location by matching buildings with satellite images.")]
    [InlineData("Seoul beat Busan 3-1 on Saturday.")]
    [InlineData("The regiment posted a video on Sunday.")]
    [InlineData("Russian forces could strike the city again, analysts warned.")]
    public void Silent_on_hedged_attributed_or_background_sentences(string text) => RuleAssert.Silent(Id, text);

    [Fact]
    public void Crime_accusation_is_an_error_with_an_allegedly_fix_that_reads_grammatically()
    {
        const string text = "Lee stole the chip designs and sold them to a rival.";
        var d = Assert.Single(RuleAssert.Run(text, Id));
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Contains("'stole'", d.Message);
        var fix = d.Fixes.First(f => f.Title.Contains("allegedly", StringComparison.Ordinal));
        Assert.Equal("Lee allegedly stole the chip designs and sold them to a rival.", SourceText.From(text).WithChanges(fix.Edits).ToString());
        Assert.Empty(RuleAssert.Run(SourceText.From(text).WithChanges(fix.Edits).ToString(), Id));
    }

    [Fact]
    public void Footage_fix_says_appears_to_show()
    {
        const string text = "The video shows soldiers firing on the crowd.";
        var d = Assert.Single(RuleAssert.Run(text, Id));
        var fix = d.Fixes.First(f => f.Title.Contains("appears to show", StringComparison.Ordinal));
        var fixedText = SourceText.From(text).WithChanges(fix.Edits).ToString();
        Assert.Equal("The video appears to show soldiers firing on the crowd.", fixedText);
        Assert.Empty(RuleAssert.Run(fixedText, Id));
    }

    [Theory]
    [InlineData("The mayor [|stole|] $2 million from the fund in May.")]
    [InlineData("Theresa May's aide [|stole|] the files.")]
    [InlineData("May 5 saw the mayor [|steal|] the funds.")]
    public void The_month_or_name_May_is_not_the_hedge_may(string marked) => RuleAssert.Flags(Id, marked);

    [Theory]
    [InlineData("The mayor may have stolen $2 million from the fund.")]
    [InlineData("May the mayor have stolen the funds? Nobody knows.")]
    [InlineData("THE MAYOR MAY HAVE STOLEN THE FUNDS.")]
    public void The_modal_may_still_hedges(string text) => RuleAssert.Silent(Id, text);
}
