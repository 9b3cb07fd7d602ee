using CopyLint.Core.Text;

namespace CopyLint.Rules.BuiltIn.Attribution;

public enum ClaimClass
{
    Crime,
    Prenominal,
    Conflict,
    Media,
}

/// <summary>A detected claim: its class, the predicate's span and token index.</summary>
public readonly record struct ClaimMatch(ClaimClass Class, TextSpan Span, int Token, int Length);
