using CopyLint.Rules.Declarative;

namespace CopyLint.Rules.Tests.Declarative;

public sealed class WordlistRuleTests
{
    private static DeclarativeRule Rule(params string[] terms) => new() { Id = "DESK001", Kind = DeclarativeRuleKind.Wordlist, Terms = terms };

    [Theory]
    [InlineData("The [|cop|] stopped the car.")]
    [InlineData("Officials said the plan would [|go forward|] in May.")]
    [InlineData("A [|COP|] and a [|Cop|] met.")]
    public void Flags_listed_words_and_phrases(string marked) => DeskRuleAssert.Flags(Rule("cop", "go forward"), marked);

    [Theory]
    [InlineData("Send a copy to the desk.")]
    [InlineData("The scope of the inquiry widened.")]
    [InlineData("They will go on forward-looking tours.")]
    public void Respects_word_boundaries(string text) => DeskRuleAssert.Silent(Rule("cop", "go forward"), text);

    [Fact]
    public void Case_sensitive_rules_match_exact_case_only()
    {
        var rule = Rule("Reds") with { CaseSensitive = true };
        DeskRuleAssert.Flags(rule, "The [|Reds|] won again.");
        DeskRuleAssert.Silent(rule, "The reds and greens of autumn.");
    }

    [Theory]
    [InlineData("The agency [|utilizes|] software.")]
    [InlineData("The agency [|utilized|] software.")]
    [InlineData("The agency is [|utilizing|] software.")]
    [InlineData("Two [|crashes|] and a [|crash|] were reported.")]
    [InlineData("The city [|banned|] cars.")]
    [InlineData("Local [|quarries|] complained.")]
    public void Inflections_match_simple_forms(string marked) =>
        DeskRuleAssert.Flags(Rule("utilize", "crash", "ban", "quarry") with { Inflections = true }, marked);

    [Fact]
    public void Without_inflections_only_the_listed_form_matches() =>
        DeskRuleAssert.Silent(Rule("utilize"), "The agency utilized software.");

    [Fact]
    public void Quotations_are_skipped_unless_included()
    {
        const string text = "\u201CWe will utilize every tool we have to fight this,\u201D the mayor said.";
        DeskRuleAssert.Silent(Rule("utilize"), text);
        DeskRuleAssert.Flags(Rule("utilize") with { Scope = new RuleScope(IncludeQuotes: true) },
            "\u201CWe will [|utilize|] every tool we have to fight this,\u201D the mayor said.");
    }

    [Fact]
    public void Headline_scope_can_be_switched_off()
    {
        const string text = "# Council to utilize reserve fund\n\nThe council will utilize its reserve fund, the mayor said.\n";
        var all = DeskRuleAssert.Run(Rule("utilize"), text, Core.Syntax.DocumentKind.Markdown);
        Assert.Equal(2, all.Count);
        var bodyOnly = DeskRuleAssert.Run(Rule("utilize") with { Scope = new RuleScope(Headline: false) }, text, Core.Syntax.DocumentKind.Markdown);
        Assert.Single(bodyOnly);
        Assert.True(bodyOnly[0].Span.Start > text.IndexOf("The council", StringComparison.Ordinal));
    }

    [Fact]
    public void Message_template_fills_match_and_sentence()
    {
        var rule = Rule("synergy") with { Message = "Avoid '{match}' in: {sentence} {unknown-ish}" };
        var d = Assert.Single(DeskRuleAssert.Run(rule, "We seek Synergy now. Other text."));
        Assert.Equal("Avoid 'Synergy' in: We seek Synergy now. {unknown-ish}", d.Message);
    }

    [Fact]
    public void Punctuated_terms_match_as_the_copy_tokenizes_them() =>
        DeskRuleAssert.Flags(Rule("U.S. officials"), "Two [|U.S. officials|] arrived.");

    [Fact]
    public void A_huge_word_list_compiles_and_matches()
    {
        var terms = Enumerable.Range(0, DeclarativeLimits.MaxTerms).Select(i => "zq" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append("boondoggle").ToArray();
        var rule = Rule(terms[1..]) with { Inflections = true };
        DeskRuleAssert.Flags(rule, "The stadium was a [|boondoggle|], not [|zq99999|].");
    }
}
