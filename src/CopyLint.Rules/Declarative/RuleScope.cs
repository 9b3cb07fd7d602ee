namespace CopyLint.Rules.Declarative;

/// <summary>Where a rule looks: headline, body and caption-like blocks, with or without quoted speech.</summary>
public sealed record RuleScope(bool Headline = true, bool Body = true, bool Captions = true, bool IncludeQuotes = false)
{
    public static readonly RuleScope Default = new();
}
