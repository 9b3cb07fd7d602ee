namespace CopyLint.Workspace.RulePacks;

/// <summary>Every key the rule-pack reader accepts, by object; a test keeps these and rules/schema/rule-pack.schema.json in step.</summary>
internal static class RulePackKeys
{
    public static readonly string[] Pack = ["$schema", "name", "description", "rules"];
    public static readonly string[] Common = ["id", "kind", "title", "message", "severity", "enabled", "description", "helpUri", "scopes", "examples"];
    public static readonly string[] Matching = ["terms", "patterns", "caseSensitive", "inflections"];
    public static readonly string[] Rule = [.. Common, .. Matching, "replacements", "element", "key"];
    public static readonly string[] Scopes = ["headline", "body", "captions", "includeQuotes"];
    public static readonly string[] Examples = ["bad", "good"];
    public static readonly string[] Replacement = ["find", "replace"];
    public static readonly string[] PatternStep = ["word", "regex", "any", "optional"];
    public static readonly string[] Kinds = ["wordlist", "substitution", "requireAttribution", "requireHedge", "requiredElement", "pattern"];
    public static readonly string[] Elements = ["dateline", "headline", "byline", "frontMatter"];
    public static readonly string[] Severities = ["error", "warning", "info", "hint"];

    /// <summary>The keys that mean something for a kind (besides the common ones).</summary>
    public static IReadOnlyList<string> For(string kind) => kind switch
    {
        "wordlist" or "requireAttribution" or "requireHedge" => Matching,
        "pattern" => ["patterns", "caseSensitive"],
        "substitution" => ["replacements", "caseSensitive"],
        "requiredElement" => ["element", "key"],
        _ => [],
    };
}
