using CopyLint.Core.Diagnostics;
using CopyLint.Rules.Tests.Infrastructure;

namespace CopyLint.Rules.Tests;

public sealed class CL0009LoadedLanguageTests
{
    private const string Id = "CL0009";

    [Theory]
    [InlineData("The [|extremist|] group marched through the city.", DiagnosticSeverity.Warning)]
    [InlineData("[|Interestingly|], the minister did not attend.", DiagnosticSeverity.Info)]
    [InlineData("\u201CWe will win,\u201D she [|smiled|].", DiagnosticSeverity.Warning)]
    [InlineData("The CEO [|admitted|] that sales had fallen.", DiagnosticSeverity.Warning)]
    [InlineData("The [|so-called|] reform cut pensions.", DiagnosticSeverity.Info)]
    [InlineData("The report [|revealed|] the plan would cost more.", DiagnosticSeverity.Info)]
    public void Flags_loaded_words_with_their_severity(string marked, DiagnosticSeverity severity)
    {
        var found = RuleAssert.Flags(Id, marked);
        Assert.All(found, d => Assert.Equal(severity, d.Severity));
    }

    [Fact]
    public void Flags_each_puffery_word()
    {
        var found = RuleAssert.Flags(Id, "The [|legendary|] director returns with a [|brilliant|] new film.");
        Assert.Equal(2, found.Count);
    }

    [Theory]
    [InlineData("\u201CHere the Koreans are mixed with the Russians, once again going on the attack together with the snow, like cockroaches,\u201D read the accompanying message from the channel.")]
    [InlineData("It also claimed, \u201CAfter each wave, 4-5 Koreans arrive on buggies to collect and line up the bodies.\u201D")]
    [InlineData("The Washington-based Institute for the Study of War supported Ukraine\u2019s claim, noting that it is consistent with similar reports.")]
    [InlineData("The government designated the group a terrorist organization in 2019.")]
    [InlineData("He pleaded guilty and admitted the charge in court.")]
    [InlineData("\u201CWe will win,\u201D she said with a smile.")]
    [InlineData("He was admitted to hospital on Friday.")]
    [InlineData("The club celebrated its centenary.")]
    [InlineData("She spoke clearly and slowly.")]
    public void Silent_on_quotes_records_and_literal_uses(string text) => RuleAssert.Silent(Id, text);
}
