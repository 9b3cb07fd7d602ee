namespace CopyLint.Rules.Declarative;

/// <summary>What a requiredElement rule asks the document to have.</summary>
public enum RequiredElementKind
{
    Dateline,
    Headline,
    Byline,
    /// <summary>A non-empty front-matter key (named by <see cref="DeclarativeRule.Key"/>).</summary>
    FrontMatter,
}
