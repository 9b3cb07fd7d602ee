namespace CopyLint.Rules.Declarative;

/// <summary>The closed set of rule kinds a style desk can write as JSON.</summary>
public enum DeclarativeRuleKind
{
    /// <summary>Flag listed words or phrases.</summary>
    Wordlist,
    /// <summary>House-style replacements with a safe quick fix.</summary>
    Substitution,
    /// <summary>Terms that make a sentence a claim needing a source (CL0001's evidence windows).</summary>
    RequireAttribution,
    /// <summary>Terms that need a hedge, attribution or disclaimer (CL0002's windows).</summary>
    RequireHedge,
    /// <summary>The document must have a dateline, headline, byline or front-matter key.</summary>
    RequiredElement,
    /// <summary>Token-sequence patterns with optional regex pieces.</summary>
    Pattern,
}
