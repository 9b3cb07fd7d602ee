using CopyLint.Core.Analysis;

namespace CopyLint.Core.Tests.Analysis;

public sealed class RuleOptionDescriptorTests
{
    [Fact]
    public void Each_kind_accepts_its_own_type_only()
    {
        var flag = new RuleOptionDescriptor("f", RuleOptionKind.Boolean);
        var number = new RuleOptionDescriptor("n", RuleOptionKind.Number);
        var text = new RuleOptionDescriptor("s", RuleOptionKind.String);
        var list = new RuleOptionDescriptor("l", RuleOptionKind.StringList);
        Assert.Null(flag.Check(true));
        Assert.Null(number.Check(2.5));
        Assert.Null(text.Check("anything"));
        Assert.Null(list.Check(new List<string> { "a", "b" }));
        Assert.Equal("must be true or false", flag.Check("true"));
        Assert.Equal("must be a number", number.Check("2.5"));
        Assert.Equal("must be a string", text.Check(1.0));
        Assert.Equal("must be a list of strings", list.Check("a"));
    }

    [Fact]
    public void Allowed_values_are_matched_ignoring_case_and_named_when_missed()
    {
        var style = new RuleOptionDescriptor("style", RuleOptionKind.String, ["a", "b"]);
        Assert.Null(style.Check("B"));
        Assert.Equal("must be one of \"a\", \"b\", not \"c\"", style.Check("c"));
        var kinds = new RuleOptionDescriptor("kinds", RuleOptionKind.StringList, ["a", "b"]);
        Assert.Null(kinds.Check(new List<string> { "A" }));
        Assert.Equal("can hold only \"a\", \"b\", not \"c\"", kinds.Check(new List<string> { "a", "c" }));
        Assert.StartsWith("must name at least one value", kinds.Check(new List<string>()));
    }
}
