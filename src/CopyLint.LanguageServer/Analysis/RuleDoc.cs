namespace CopyLint.LanguageServer.Analysis;

/// <summary>What a hover shows from docs/rules/&lt;ID&gt;.md: the first paragraph and the Examples section.</summary>
internal sealed record RuleDoc(string Path, string Summary, string? Examples);
