using CopyLint.Core.Diagnostics;
using CopyLint.Rules.Declarative;

namespace CopyLint.Rules.Tests.Declarative;

public sealed class DeclarativeRuleCompilerTests
{
    private static DeclarativeRule Wordlist(string id) => new() { Id = id, Kind = DeclarativeRuleKind.Wordlist, Terms = ["x"] };

    [Theory]
    [InlineData("CL0100")]
    [InlineData("CLX1")]
    public void The_CL_prefix_is_reserved(string id)
    {
        var ex = Assert.Throws<DeclarativeRuleException>(() => DeclarativeRuleCompiler.Compile(Wordlist(id)));
        Assert.Equal("id", ex.Field);
        Assert.Contains("reserved", ex.Message);
    }

    [Theory]
    [InlineData("desk001")]
    [InlineData("DESK")]
    [InlineData("001")]
    [InlineData("DESK-001")]
    public void Ids_are_capitals_then_digits(string id) =>
        Assert.Equal("id", Assert.Throws<DeclarativeRuleException>(() => DeclarativeRuleCompiler.Compile(Wordlist(id))).Field);

    [Fact]
    public void Descriptor_carries_the_rule_metadata()
    {
        var a = DeclarativeRuleCompiler.Compile(Wordlist("DESK001") with
        {
            Description = "Jargon the desk avoids. It obscures meaning.",
            HelpUri = "https://example.org/style#jargon",
            Severity = DiagnosticSeverity.Info,
            Enabled = false,
        });
        var d = Assert.Single(a.SupportedDiagnostics);
        Assert.Equal("DESK001", d.Id);
        Assert.Equal("Jargon the desk avoids", d.Title);
        Assert.Equal("Jargon the desk avoids. It obscures meaning.", d.Description);
        Assert.Equal("https://example.org/style#jargon", d.HelpLinkUri);
        Assert.Equal(DiagnosticSeverity.Info, d.DefaultSeverity);
        Assert.False(d.IsEnabledByDefault);
        Assert.Equal(DeclarativeRuleCompiler.Category, d.Category);
    }

    [Fact]
    public void Unknown_placeholders_are_errors() =>
        Assert.Equal("message", Assert.Throws<DeclarativeRuleException>(() => DeclarativeRuleCompiler.Compile(Wordlist("DESK001") with { Message = "Bad {word}" })).Field);

    [Fact]
    public void Braces_in_messages_never_break_formatting()
    {
        var a = DeclarativeRuleCompiler.Compile(Wordlist("DESK001") with { Message = "Use {x-y} not {match} {0} }{" });
        Assert.Equal("Use {x-y} not y {0} }{", a.Descriptor.FormatMessage("y", "s", "r"));
    }

    [Fact]
    public void Too_many_terms_are_rejected()
    {
        var terms = Enumerable.Range(0, DeclarativeLimits.MaxTerms + 1).Select(i => "t" + i).ToArray();
        Assert.Equal("terms", Assert.Throws<DeclarativeRuleException>(() => DeclarativeRuleCompiler.Compile(Wordlist("DESK001") with { Terms = terms })).Field);
    }

    [Fact]
    public void Kinds_need_their_members()
    {
        Assert.Equal("terms", Assert.Throws<DeclarativeRuleException>(() => DeclarativeRuleCompiler.Compile(new DeclarativeRule { Id = "D1", Kind = DeclarativeRuleKind.RequireHedge })).Field);
        Assert.Equal("replacements", Assert.Throws<DeclarativeRuleException>(() => DeclarativeRuleCompiler.Compile(new DeclarativeRule { Id = "D1", Kind = DeclarativeRuleKind.Substitution })).Field);
        Assert.Equal("patterns", Assert.Throws<DeclarativeRuleException>(() => DeclarativeRuleCompiler.Compile(new DeclarativeRule { Id = "D1", Kind = DeclarativeRuleKind.Pattern })).Field);
        Assert.Equal("patterns[0][1]", Assert.Throws<DeclarativeRuleException>(() => DeclarativeRuleCompiler.Compile(new DeclarativeRule
        { Id = "D1", Kind = DeclarativeRuleKind.Pattern, Patterns = [[PatternStep.Literal("a"), PatternStep.Matching(@"(a)\1")]] })).Field);
    }

    [Theory]
    [InlineData("ban", new[] { "bans", "banned", "banning" })]
    [InlineData("utilize", new[] { "utilizes", "utilized", "utilizing" })]
    [InlineData("agency", new[] { "agencies", "agencying" })]
    [InlineData("crash", new[] { "crashes", "crashed", "crashing" })]
    public void Inflector_forms(string word, string[] expected)
    {
        var forms = Inflector.Forms(word).ToList();
        Assert.Contains(word, forms);
        foreach (var e in expected) Assert.Contains(e, forms);
    }
}
