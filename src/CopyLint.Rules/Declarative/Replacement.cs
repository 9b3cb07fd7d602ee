namespace CopyLint.Rules.Declarative;

/// <summary>One house-style substitution: any of <see cref="Find"/> becomes <see cref="Replace"/>.</summary>
public sealed record Replacement(IReadOnlyList<string> Find, string Replace);
