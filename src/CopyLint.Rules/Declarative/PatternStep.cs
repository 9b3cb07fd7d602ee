namespace CopyLint.Rules.Declarative;

/// <summary>
/// One token of a token-sequence pattern: a literal word, a regular expression the whole token must match,
/// or any token. An optional step may match nothing.
/// </summary>
public sealed record PatternStep(string? Word = null, string? Regex = null, bool Any = false, bool Optional = false)
{
    public static PatternStep Literal(string word, bool optional = false) => new(Word: word, Optional: optional);
    public static PatternStep Matching(string regex, bool optional = false) => new(Regex: regex, Optional: optional);
    public static PatternStep AnyToken(bool optional = false) => new(Any: true, Optional: optional);

    public override string ToString() => (Word ?? (Regex is not null ? "/" + Regex + "/" : "*")) + (Optional ? "?" : "");
}
