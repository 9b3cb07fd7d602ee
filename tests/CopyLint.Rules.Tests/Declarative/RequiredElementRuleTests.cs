using CopyLint.Core.Syntax;
using CopyLint.Rules.Declarative;

namespace CopyLint.Rules.Tests.Declarative;

public sealed class RequiredElementRuleTests
{
    private static DeclarativeRule Rule(RequiredElementKind element, string? key = null) =>
        new() { Id = "DESK040", Kind = DeclarativeRuleKind.RequiredElement, Element = element, Key = key };

    [Fact]
    public void Dateline()
    {
        var rule = Rule(RequiredElementKind.Dateline);
        var d = Assert.Single(DeskRuleAssert.Run(rule, "Officials met on Tuesday. They agreed on nothing."));
        Assert.Equal("The story has no dateline", d.Message);
        DeskRuleAssert.Silent(rule, "SEOUL, Dec. 17 (Yonhap) -- Officials met on Tuesday. They agreed on nothing.");
    }

    [Fact]
    public void Headline()
    {
        var rule = Rule(RequiredElementKind.Headline);
        Assert.Single(DeskRuleAssert.Run(rule, "Officials met on Tuesday and agreed on nothing at all.", DocumentKind.Markdown));
        DeskRuleAssert.Silent(rule, "# Budget talks stall\n\nOfficials met on Tuesday and agreed on nothing at all.\n", DocumentKind.Markdown);
    }

    [Fact]
    public void Byline()
    {
        var rule = Rule(RequiredElementKind.Byline);
        Assert.Single(DeskRuleAssert.Run(rule, "Budget talks stall\n\nOfficials met on Tuesday and agreed on nothing at all.\n"));
        DeskRuleAssert.Silent(rule, "Budget talks stall\n\nBy Kim Min-ji\n\nOfficials met on Tuesday and agreed on nothing at all.\n");
    }

    [Fact]
    public void Front_matter_key_must_be_present_and_non_empty()
    {
        var rule = Rule(RequiredElementKind.FrontMatter, "slug");
        Assert.Single(DeskRuleAssert.Run(rule, "---\ntitle: Talks\nslug: \"\"\n---\n\nOfficials met on Tuesday.\n", DocumentKind.Markdown));
        Assert.Single(DeskRuleAssert.Run(rule, "Officials met on Tuesday.\n", DocumentKind.Markdown));
        DeskRuleAssert.Silent(rule, "---\ntitle: Talks\nslug: budget-talks\n---\n\nOfficials met on Tuesday.\n", DocumentKind.Markdown);
    }

    [Fact]
    public void Empty_documents_are_not_stories() => DeskRuleAssert.Silent(Rule(RequiredElementKind.Dateline), "");

    [Fact]
    public void Front_matter_rules_need_a_key()
    {
        var ex = Assert.Throws<DeclarativeRuleException>(() => DeclarativeRuleCompiler.Compile(Rule(RequiredElementKind.FrontMatter)));
        Assert.Equal("key", ex.Field);
    }
}
