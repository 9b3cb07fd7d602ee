using CopyLint.Core.Diagnostics;
using CopyLint.Rules.Tests.Infrastructure;

namespace CopyLint.Rules.Tests;

public sealed class CL0004AnonymousSourceTests
{
    private const string Id = "CL0004";

    [Theory]
    [InlineData("[|Sources|] said the merger would be announced next week.")]
    [InlineData("[|A source|] told the Daily that the minister would resign.")]
    [InlineData("[|Insiders|] say the coach has lost the dressing room.")]
    [InlineData("[|Officials|] said the suspect had fled.")]
    [InlineData("[|Friends of the actor|] say she is furious.")]
    [InlineData("The deal is worth $4 billion, according to [|sources|].")]
    public void Flags_bare_anonymous_sources_as_warnings(string marked)
    {
        var found = RuleAssert.Flags(Id, marked);
        Assert.All(found, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
    }

    [Fact]
    public void Described_source_without_reason_is_info()
    {
        var found = RuleAssert.Flags(Id, "[|People familiar with the matter|] said the deal was worth $4 billion.");
        Assert.Equal(DiagnosticSeverity.Info, found[0].Severity);
    }

    [Fact]
    public void Anonymous_pejorative_quote_is_an_error()
    {
        var found = RuleAssert.Flags(Id, "\u201CHe is a coward and a liar,\u201D said [|a party source|] who declined to be named.");
        Assert.Equal(DiagnosticSeverity.Error, found[0].Severity);
    }

    [Fact]
    public void Plural_sources_then_the_source_is_info()
    {
        var found = RuleAssert.Run("Sources said the merger was near.\n\nThe source said talks would resume Monday.", Id);
        Assert.Contains(found, d => d.Severity == DiagnosticSeverity.Info && d.Message.Contains("plural", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Ukrainian officials estimate that around 11,000 North Korean personnel are currently stationed in Russia.")]
    [InlineData("A senior Finance Ministry official, who spoke on condition of anonymity because he was not authorized to discuss the budget, said cuts were likely.")]
    [InlineData("Police spokesman Lee Jun-ho said the suspect had fled.")]
    [InlineData("Two people familiar with the talks, who asked not to be named because the discussions are private, said the deal was close.")]
    [InlineData("U.S. officials said the drill had been postponed.")]
    [InlineData("According to the Bank of Korea, exports fell.")]
    [InlineData("Officials at the Finance Ministry said the budget would shrink.")]
    [InlineData("Police officials said the road would reopen.")]
    [InlineData("Solar power is a growing source of electricity, the report said.")]
    [InlineData("The ministry said renewable sources supplied a third of demand.")]
    [InlineData("\u201CSources said the merger would be announced,\u201D he wrote.")]
    public void Silent_on_identified_or_explained_sources(string text) => RuleAssert.Silent(Id, text);
}
