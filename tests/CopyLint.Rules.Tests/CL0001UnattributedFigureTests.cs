using CopyLint.Core.Diagnostics;
using CopyLint.Rules.Tests.Infrastructure;

namespace CopyLint.Rules.Tests;

public sealed class CL0001UnattributedFigureTests
{
    private const string Id = "CL0001";

    [Theory]
    [InlineData("[|About 500|] people died in the fire.")]
    [InlineData("The storm caused [|$2.3 billion|] in damage across the province.")]
    [InlineData("Unemployment rose to [|4.1%|] in March.")]
    [InlineData("[|More than 300|] protesters were arrested over the weekend.")]
    [InlineData("The program costs taxpayers [|1.2 trillion won|] a year.")]
    [InlineData("Nearly [|a third|] of the city's schools lack heating.")]
    [InlineData("[|Some 40,000|] troops are massed along the border.")]
    [InlineData("[|Two|] people were killed when the bridge collapsed.")]
    [InlineData("The ministry said the toll was rising. [|At least 120|] people are dead.")]
    [InlineData("More than one month of fighting has killed [|3,000|] people.")]
    public void Flags_unattributed_claim_figures(string marked) => RuleAssert.Flags(Id, marked);

    [Theory]
    [InlineData("The New York Times corroborated the report, stating that Russia had assembled a force of 50,000 soldiers, including North Korean personnel.")]
    [InlineData("On Saturday, Ukraine Defense Intelligence (DIU), a military intelligence unit of Ukraine, reported that the estimated losses among units manned by both Russian and North Korean personnel totaled approximately 200.")]
    [InlineData("They reported that North Korean troops killed over 300 Ukrainian soldiers and captured a village on Dec. 6.")]
    [InlineData("It also claimed, \u201CAfter each wave, 4-5 Koreans arrive on buggies to collect and line up the bodies\u2026 and to mask the faces of the dead.\u201D")]
    [InlineData("The footage comes more than one month following North Korean forces reportedly started operations in Russia\u2019s Kursk region.")]
    [InlineData("Kim Min-ji, 34, said she had waited six hours at the border.")]
    [InlineData("The 1950-53 Korean War ended in an armistice, not a peace treaty.")]
    [InlineData("Seoul beat Busan 3-1 on Saturday.")]
    [InlineData("Call the newsroom at 02-751-5114.")]
    [InlineData("One of the two suspects fled on foot, police said.")]
    [InlineData("On Sunday, the 414th Unmanned Strike Aviation Systems Regiment of Ukraine shared drone footage via its Telegram channel, allegedly showing about 20 bodies, reportedly Russian and North Korean soldiers, lying in a row after being killed in combat.")]
    public void Silent_on_attributed_or_exempt_numbers(string text) => RuleAssert.Silent(Id, text);

    [Fact]
    public void Listing_lines_and_sub_heads_are_not_sentences_but_the_copy_under_them_is_checked()
    {
        const string text = "Deals of the week\n\nSonos Move for $400\n\nThe speaker sold 40,000 units in its first month.\n";
        var found = RuleAssert.Run(text, Id);
        var d = Assert.Single(found);
        Assert.Equal("40,000", text.Substring(d.Span.Start, d.Span.Length));
    }

    [Fact]
    public void Paragraphs_in_other_languages_are_not_judged_with_english_cue_lists()
    {
        const string portuguese = "O governo anunciou que a economia cresceu 3% no ano passado, com mais de 500 mil empregos criados nas cidades do interior do pa\u00EDs.";
        Assert.Empty(RuleAssert.Run(portuguese, Id));
    }

    [Fact]
    public void Casualty_figure_in_conflict_sentence_is_an_error()
    {
        var found = RuleAssert.Flags(Id, "[|Dozens|] of civilians were killed in the strike on the market.");
        Assert.Equal(DiagnosticSeverity.Error, found[0].Severity);
    }

    [Fact]
    public void Message_names_the_figure_and_offers_attribution_fix()
    {
        var found = RuleAssert.Flags(Id, "Unemployment rose to [|4.1%|] in March.");
        Assert.Contains("'4.1%'", found[0].Message);
        Assert.Contains(found[0].Fixes, f => f.Title.StartsWith("Add attribution", StringComparison.Ordinal));
        Assert.Contains(found[0].Fixes, f => f.Title.StartsWith("Suppress CL0001", StringComparison.Ordinal));
    }

    [Fact]
    public void Restated_attribution_is_related_information()
    {
        var found = RuleAssert.Flags(Id, "The ministry said the toll was rising. [|At least 120|] people are dead.");
        Assert.Contains(found[0].Related, r => r.Message.Contains("previous sentence", StringComparison.Ordinal));
    }
}
