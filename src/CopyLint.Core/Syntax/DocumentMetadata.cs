namespace CopyLint.Core.Syntax;

/// <summary>Author evidence found outside the prose: HTML meta tags, itemprop, JSON-LD, byline classes.</summary>
public sealed record AuthorEvidence(string Name, string Where);
