using CopyLint.Core.Text;

namespace CopyLint.Core.Syntax;

/// <summary>A token of the prose tree. Tokens (with trivia) cover every character of the input exactly once.</summary>
public readonly record struct SyntaxToken(SyntaxKind Kind, TextSpan Span, TokenFlags Flags)
{
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool Is(TokenFlags flag) => (Flags & flag) != 0;
    public bool IsTrivia => Kind is SyntaxKind.Whitespace or SyntaxKind.Markup or SyntaxKind.Masked;
}
